"""An Excel workbook of an estimate for the finance manager who audits in Excel: results in, bytes out.

Sheets:

- **Inputs**: every model input, per case (cheap end, midpoint, dear end) or as one value, with its unit
  and source. Change a value and the workbook recomputes.
- **Calculations**: the monthly run rate as live formulas over the inputs, one column per case (billed
  volume, fees, governance with its floor, VAT, one-time costs, the timeline's months; an offshore
  captive's team abroad from its pay in the delivery currency and the exchange rate), then each
  option's horizon cost by part, total, NPV and savings over the Months sheet.
- **Months**: the business case month by month (in-house paid until go-live, fees from go-live or the
  contract's start with capped escalation, ramp-up, first-year governance, VAT, stranded overhead, one-time
  costs in their months, exit), laid out for the longest horizon the model allows so that changing the
  horizon in Inputs recomputes too; months past the horizon are zero.
- **Results**: the estimator's own figures, generic over each option's components, next to the workbook's
  live formula for the midpoint, so an auditor sees both agree; where each outsourced option is delivered
  from.
- **Uncertainty**: the Monte Carlo behind the Estimate page's Uncertainty chart, for each option priced: P10, P50
  and P90 of its cost over the horizon, its chance of being cheaper than in-house, the NPV of its savings (P10,
  P50, P90), the chance that NPV is above zero and the discounted payback month (P50); the draws, the seed and the
  distribution; each input drawn from a range, low–high with its unit. Fixed values, not formulas: a spreadsheet
  cannot redo a Monte Carlo, so changing Inputs leaves this sheet as it was.
- **Sources**: every default and price with its source.

The live formulas mirror :mod:`estimator.model` and :mod:`estimator.projection` and are written once, in
the two tables :data:`RUN_RATE` and :data:`MONTHLY` below; adding a cost component to the model is one
row in one of them (README, "Meeting-room outputs"). Text that a spreadsheet could run as a formula is
stored as a string with Excel's quote prefix, never as a formula.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .assumptions import ASSUMPTIONS, CAPTIVE_ASSUMPTIONS, CAPTIVE_CURRENCY, RAMP_UP_SOURCE, in_house_source
from .estimate import Estimate, OptionEstimate, Range
from .formatting import excel_money_format, in_sentence, percent
from .locations import delivered_from
from .meeting import component_label, source_lines
from .options import CAPTIVE, options
from .params import CAPTIVE_COLUMNS, COLUMNS, CONTACT_COLUMNS, FX_COLUMNS, Uncertain, cases, uncertain_inputs
from .price_words import price_words
from .projection import first_year_factor
from .scenario import IN_HOUSE_MONEY, OPTION_LABELS, InputError, Scenario
from .uncertainty import Simulation, simulate
from .verdict import cheapest_outsourced, reality_check, run_rate_sentence, verdict

CASES = ("Cheap end", "Midpoint", "Dear end")
VENDORS = options(vendors_only=True)


@dataclass(frozen=True)
class Formula:
    """One live formula row (run rate) or column (months).

    ``template`` is an Excel formula whose ``{name}`` placeholders name other rows or inputs; in a vendor
    row ``{fees}`` is that vendor's own fees and ``{price}`` its own price; in a captive row ``{rate}`` is
    its pay's exchange rate. ``option``: the kinds of option the row is for, separated by spaces:
    ``in_house``, ``vendor`` (one row each for BPO and KPO when priced), ``captive`` (the offshore
    captive, when the scenario sets one; ``"vendor captive"`` for a row both have), or ``""`` for a shared
    helper. ``role``:
    ``component`` (summed into the option's monthly run rate, Calculations), ``one_time`` (summed into
    its one-time total), ``cost`` (summed into its monthly cost, Months) or ``helper``. ``unit``:
    ``money``, ``share``, ``hours``, ``fte``, ``months`` or ``factor``.
    """

    key: str
    label: str
    template: str
    option: str
    role: str
    unit: str = "money"


# The monthly run rate, per case: estimator.model and estimator.projection.run_rate, term by term. Totals
# are generated from the roles. Helpers with option "" are shared; a vendor helper gets one row per vendor.
RUN_RATE: tuple[Formula, ...] = (
    Formula("workload_hours", "Productive hours of work a month",
            '=IF({workload_basis}="fte",{workload}*{paid_hours_per_year}/12*(1-{shrinkage}),{workload})',
            "", "helper", "hours"),
    Formula("fte", "In-house FTE needed", "={workload_hours}/({paid_hours_per_year}/12*(1-{shrinkage}))",
            "", "helper", "fte"),
    Formula("months", "Months in the horizon", "={horizon_years}*12", "", "helper", "months"),
    Formula("contract_start", "Contract starts in month (after vendor selection)", "={selection_months}+1",
            "", "helper", "months"),
    Formula("go_live", "Go-live month (after selection and transition)",
            "={selection_months}+{dual_running_months}+1", "", "helper", "months"),
    Formula("billed_from", "Fees billed from month", "=IF({bills_during_transition},{contract_start},{go_live})",
            "", "helper", "months"),
    Formula("escalation", "Yearly change in fees (index, capped, less productivity)",
            '=MIN(IF({escalation_index}="home_cpi",{contract_escalation},{delivery_wage_growth}),{escalation_cap})'
            "-{productivity_commitment}", "", "helper", "share"),
    Formula("governance_floor", "Governance floor a month (retained organisation)",
            "={governance_min_fte}*{governance_salary}*(1+{benefits_load})/12", "", "helper"),
    Formula("leavers", "Staff who leave (none when staff transfer)", "=IF({staff_transfer},0,{fte}*{leaver_share})",
            "", "helper", "fte"),
    Formula("stranded_overhead", "Stranded overhead a month after go-live (before wage inflation)",
            "={in_house.overhead}*{stranded_overhead_share}", "", "helper"),
    Formula("wages", "Wages", "={fte}*{annual_salary}/12", "in_house", "component"),
    Formula("benefits", "Benefits and payroll taxes", "={wages}*{benefits_load}", "in_house", "component"),
    Formula("supervision", "Supervision", "={fte}/{span_of_control}*{supervisor_salary}/12*(1+{benefits_load})",
            "in_house", "component"),
    Formula("overhead", "Overhead", "={fte}*{overhead_per_fte_month}", "in_house", "component"),
    Formula("hiring", "Hiring to replace attrition", "={fte}*{annual_attrition}*{cost_per_hire}/12",
            "in_house", "component"),
    # The offshore captive (estimator.captive): the in-house FTE times the longer handling offshore, each paid in
    # the delivery currency and converted at the first year's rate ({rate} units of it to one reporting unit).
    Formula("team_fte", "Team abroad in FTE (in-house FTE × the longer handling offshore)", "={fte}*{handle_time_ratio}",
            "captive", "helper", "fte"),
    Formula("wages", "Wages", "={team_fte}*{entry_pay_month}/{rate}", "captive", "component"),
    Formula("bonus", "Bonuses", "={wages}*{bonus_share}", "captive", "component"),
    Formula("benefits", "Benefits", "={wages}*{benefits_share}", "captive", "component"),
    Formula("supervision", "Team leads", "={team_fte}*{senior_pay_year}/12/{span_of_control}*(1+{benefits_share})"
            "/{rate}", "captive", "component"),
    Formula("overhead", "Overhead (premises, IT, telecoms)",
            "=({wages}+{bonus}+{benefits}+{supervision})*(1-{labour_share})/{labour_share}", "captive", "component"),
    Formula("billed_volume", "Billed hours (or FTE-months) a month: handle-time ratio, vendor shrinkage",
            '=IF({billed}="productive_hour",{workload_hours}*{handle_time_ratio},'
            'IF({billed}="paid_hour",{workload_hours}*{handle_time_ratio}/(1-{vendor_shrinkage}),'
            "{workload_hours}*{handle_time_ratio}/({paid_hours_per_year}/12*(1-{vendor_shrinkage}))))",
            "vendor", "helper", "hours"),
    Formula("fees", "Vendor fees",
            '=IF({basis}="per_hour",{price}*{billed_volume},'
            'IF({basis}="per_month",{price}*{units},{in_house.total}*(1-{price})))', "vendor", "component"),
    Formula("governance", "Vendor governance (never below the floor)",
            "=MAX({fees}*{governance_rate},{governance_floor})", "vendor", "component"),
    Formula("vat", "Unrecovered VAT", "={fees}*{vat_rate}*(1-{vat_recoverable_share})", "vendor", "component"),
    Formula("vendor_selection", "Vendor selection", "=12*{fees}*{vendor_selection_rate}", "vendor", "one_time"),
    Formula("transition", "Transition", "=12*{fees}*{transition_rate}", "vendor", "one_time"),
    Formula("severance", "Severance",
            "={leavers}*{annual_salary}/52*MAX({severance_min_weeks},{severance_weeks_per_year}*{average_tenure_years})",
            "vendor captive", "one_time"),
    Formula("retention", "Retention bonuses", "={leavers}*{annual_salary}*{retention_bonus_share}", "vendor captive",
            "one_time"),
)

# The business case, per month and case: estimator.projection.project. {month} and {year} (0 in months 1-12)
# are the row's own month; {m.X} is this option's monthly column X on the same row; {wage_growth} is
# (1 + wage inflation)^year; {ramp} the ramp-up shares on Inputs; plain names are Calculations rows or
# inputs. A vendor's "cost" columns are its parts (estimator.projection.VENDOR_PARTS), summed into its
# monthly total.
MONTHLY: tuple[Formula, ...] = (
    Formula("in_house", "In-house cost", "={in_house.total}*{wage_growth}", "in_house", "cost"),
    # the captive team is paid from the contract's start, its pay rising with delivery-country wages
    Formula("captive_team", "Captive team", "=IF({month}>={contract_start},{total}*(1+{delivery_wage_growth})^{year},0)",
            "captive", "cost"),
    Formula("fees", "Fees (steady)", "=IF({month}>={billed_from},{fees}*(1+{escalation})^{year},0)", "vendor",
            "cost"),
    Formula("ramp_up", "Ramp-up hours",
            '=IF(AND({basis}="per_hour",{month}>={go_live},{month}-{go_live}<ROWS({ramp})),'
            "{m.fees}*INDEX({ramp},{month}-{go_live}+1),0)", "vendor", "cost"),
    Formula("governance", "Governance",
            "=IF({month}>={contract_start},MAX(({m.fees}+{m.ramp_up})*IF({month}<{contract_start}+12,"
            "{first_year_governance_rate},{governance_rate}),{governance_floor}*{wage_growth}),0)", "vendor", "cost"),
    Formula("vat", "Unrecovered VAT", "=({m.fees}+{m.ramp_up})*{vat_rate}*(1-{vat_recoverable_share})", "vendor",
            "cost"),
    Formula("in_house_until_go_live", "In-house until go-live", "=IF({month}<{go_live},{m.in_house},0)",
            "vendor captive", "cost"),
    Formula("stranded_overhead", "Stranded overhead",
            "=IF(AND({month}>={go_live},{month}-{go_live}<{stranded_months}),{stranded_overhead}*{wage_growth},0)",
            "vendor captive", "cost"),
    Formula("vendor_selection", "Vendor selection", "=IF({month}=1,{vendor_selection},0)", "vendor", "cost"),
    Formula("transition", "Transition", "=IF({month}={contract_start},{transition},0)", "vendor", "cost"),
    Formula("severance", "Severance", "=IF({month}={go_live},{severance},0)", "vendor captive", "cost"),
    Formula("retention", "Retention bonuses", "=IF({month}={go_live},{retention},0)", "vendor captive", "cost"),
    Formula("exit", "Exit", "=IF({month}={months},12*({m.fees}+{m.ramp_up})*{exit_rate},0)", "vendor", "cost"),
)


def _kind(option: str) -> str:
    """Which formulas an option takes: ``in_house``, ``vendor`` (BPO, KPO) or ``captive``."""
    return option if option in ("in_house", CAPTIVE) else "vendor"


def _rows_for(table: tuple[Formula, ...], option: str) -> list[Formula]:
    """The rows of ``table`` for ``option``, in table order."""
    return [f for f in table if _kind(option) in f.option.split()]


PART_LABELS = {f.key: in_sentence(f.label) for f in MONTHLY if f.option not in ("", "in_house")}
MAX_MONTHS = int(ASSUMPTIONS["horizon_years"].maximum) * 12
# Inputs that are one value for all three cases (the rest vary by case, from estimator.params.cases).
SCALAR_INPUTS = ("workload", "workload_basis", "horizon_years", "discount_rate", "dual_running_months", "exit_rate",
                 "selection_months")

HEADER = Font(bold=True)
TITLE = Font(bold=True, size=14)
INPUT_FILL = PatternFill("solid", fgColor="FFF4CC")
_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _put_text(ws: Worksheet, row: int, col: int, value: str, font: Font | None = None) -> None:
    """Text as a string, never a formula: stored with type "s" and Excel's quote prefix when it could run.

    Control characters, which a worksheet cannot hold, become U+FFFD (the replacement character).
    """
    cell = ws.cell(row=row, column=col)
    cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell.data_type = "s"
    if cell.value.startswith(_FORMULA_START):
        cell.quotePrefix = True
    if font is not None:
        cell.font = font


def _format(unit: str, currency: str) -> str:
    if unit.startswith("money:"):  # money in another currency than the reporting one: "money:INR"
        return excel_money_format(unit.removeprefix("money:"))
    return {"money": excel_money_format(currency), "share": "0.0%", "hours": "#,##0.00", "fte": "#,##0.00",
            "months": "0", "factor": "0.000000"}.get(unit, "General")


@dataclass
class _Refs:
    """Where each named input and calculation row lives, per case column."""

    inputs: dict[str, tuple[int, bool]]  # key -> (row on Inputs, one value for all cases)
    calc: dict[str, int]  # "option.key" or "key" -> row on Calculations

    @property
    def ramp(self) -> str:
        """The ramp-up shares on Inputs, as one column range (months after go-live, in order)."""
        rows = sorted(row for key, (row, _) in self.inputs.items() if key.startswith("ramp_up_"))
        return f"Inputs!$D${rows[0]}:$D${rows[-1]}"

    def input_ref(self, key: str, case: int) -> str:
        row, scalar = self.inputs[key]
        return f"Inputs!${'D' if scalar else get_column_letter(4 + case)}${row}"

    def calc_ref(self, key: str, case: int, sheet: bool) -> str:
        return f"{'Calculations!' if sheet else ''}{get_column_letter(4 + case)}{self.calc[key]}"


def _resolve(template: str, option: str, case: int, refs: _Refs, sheet: bool,
             local: dict[str, str] | None = None) -> str:
    """Fill a template's placeholders with cell references; an unknown name is an error in the table."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if local is not None and name in local:
            return local[name]
        if name == "ramp":
            return refs.ramp
        for candidate in (f"{option}.{name}", name):
            if candidate in refs.calc:
                return refs.calc_ref(candidate, case, sheet)
        for candidate in (f"{option}_{name}", name):
            if candidate in refs.inputs:
                return refs.input_ref(candidate, case)
        raise KeyError(f"workbook formula {template!r}: no input or row named {name!r} for {option or 'all'}")

    return _PLACEHOLDER.sub(one, template)


def _converted(s: Scenario, part: str) -> str:
    """A source's note that its figure is converted: the workbook is in the reporting currency throughout."""
    rate = s.rate_for(part)
    if rate is None:
        return ""
    return (f"; given in {rate.target}, converted at 1 {rate.source} = {rate.rate:,.6g} {rate.target} (the first "
            "year's rate: this workbook's formulas leave out the rate's yearly drift, which the estimator's own "
            "figures in Results include)")


def _input_rows(est: Estimate) -> list[tuple[str, str, str, tuple[object, ...], str]]:
    """(key, label, unit, values per case or one value, source) for every input the formulas read."""
    s = est.scenario
    table = cases(s).table
    rows: list[tuple[str, str, str, tuple[object, ...], str]] = [
        ("workload", "Workload" + (" (in-house FTE)" if s.workload_basis == "fte" else " (productive hours a month)"),
         "fte" if s.workload_basis == "fte" else "hours", (s.workload,), "scenario"),
        ("workload_basis", "Workload given as (fte or hours_per_month)", "text", (s.workload_basis,), "scenario"),
    ]
    for i, key in enumerate(COLUMNS):
        if key in CONTACT_COLUMNS or key in FX_COLUMNS or key in CAPTIVE_COLUMNS:  # contact-volume factors, rates'
            continue  # drifts, the captive's pay: not in the workbook's formulas (it states its currencies, see Inputs)
        if key.endswith("_price"):
            option = key.removesuffix("_price")
            price = s.price(option)
            if price is None:
                continue
            unit = "share" if price.basis == "savings_share" else "money"
            fx = 1.0 if unit == "share" else first_year_factor(s, option)
            rows.append((key, f"{OPTION_LABELS[option]} price ({price.basis.replace('_', ' ')})", unit,
                         tuple(float(v) * fx for v in table[:, i]), price.source + _converted(s, option)))
            rows.append((f"{option}_basis", f"{OPTION_LABELS[option]} pricing basis", "text", (price.basis,),
                         "scenario"))
            rows.append((f"{option}_units", f"{OPTION_LABELS[option]} billing units (per-month basis)", "number",
                         (price.units,), "scenario"))
            rows.append((f"{option}_billed", f"{OPTION_LABELS[option]} hour billed (productive_hour, paid_hour or "
                         "fte_month)", "text", (price.billed,), "scenario"))
            continue
        a = ASSUMPTIONS[key]
        fx = first_year_factor(s, "in_house") if key in IN_HOUSE_MONEY else 1.0
        rows.append((key, a.label, "share" if a.is_share else "money" if "USD" in a.unit else "number",
                     tuple(float(v) * fx for v in table[:, i]),
                     in_house_source(s.function, key) + (_converted(s, "in_house") if fx != 1.0 else "")))
    for key in SCALAR_INPUTS[2:]:
        a = ASSUMPTIONS[key]
        rows.append((key, a.label, "share" if a.is_share else "months" if "month" in a.unit else "number",
                     (s.value(key),), a.source))
    terms = s.vendor_terms
    rows += [
        ("escalation_index", "Fees follow (home_cpi or delivery_wages)", "text", (terms.escalation_index,), "scenario"),
        ("bills_during_transition", "Vendor bills during transition", "true/false", (terms.bills_during_transition,),
         "scenario"),
        ("staff_transfer", "Staff transfer to the vendor (no severance, no retention)", "true/false",
         (s.people.staff_transfer,), "scenario"),
    ]
    if s.captive is not None:
        rows += _captive_input_rows(s, table)
    # At least one row, so the ramp-up range exists; a zero share adds nothing.
    for k, share in enumerate(terms.ramp_up or (0.0,), start=1):
        rows.append((f"ramp_up_{k}", f"Ramp-up: extra vendor hours in month {k} after go-live", "share", (share,),
                     RAMP_UP_SOURCE))
    return rows


def _captive_input_rows(s: Scenario, table) -> list[tuple[str, str, str, tuple[object, ...], str]]:
    """The offshore captive's pay and loads in its own currency, per case as the estimator's cases take them
    (``table``, :func:`estimator.params.cases`), each with its source; then the rate that converts them."""
    assert s.captive is not None
    code = s.captive.currency
    rows: list[tuple[str, str, str, tuple[object, ...], str]] = []
    for key in CAPTIVE_COLUMNS:
        a = CAPTIVE_ASSUMPTIONS[key]
        unit = "share" if a.is_share else f"money:{code}" if a.unit.startswith(CAPTIVE_CURRENCY) else "number"
        rows.append((key, f"Offshore captive: {in_sentence(a.label)} ({a.unit.replace('INR', code)})",
                     unit, tuple(float(v) for v in table[:, COLUMNS.index(key)]), a.source))
    rate = s.rate_for(CAPTIVE)
    rows.append(("captive_rate", f"Offshore captive: exchange rate, {code} to 1 {s.currency} (first year)", "number",
                 (1.0 if rate is None else rate.rate,),
                 "scenario" + ("" if rate is None else "; this workbook's formulas leave out the rate's yearly drift, "
                               "which the estimator's own figures in Results include")))
    return rows


def _inputs_sheet(ws: Worksheet, est: Estimate) -> dict[str, tuple[int, bool]]:
    cur = est.scenario.currency
    _put_text(ws, 1, 1, "Inputs: change a yellow cell and the Calculations, Months and formula column of "
                        "Results recompute", TITLE)
    _put_text(ws, 2, 1, f"Scenario: {est.scenario.name}")
    _put_text(ws, 3, 1, f"Function: {est.scenario.function}. Money in {cur}; shares as percent. "
                        "A one-value input applies to all three cases.")
    for col, head in enumerate(("Input", "Key", "Unit", *CASES, "Source"), start=1):
        _put_text(ws, 5, col, head, HEADER)
    where: dict[str, tuple[int, bool]] = {}
    for row, (key, label, unit, values, source) in enumerate(_input_rows(est), start=6):
        _put_text(ws, row, 1, label)
        _put_text(ws, row, 2, key)
        # an assumption's own unit ("USD/year", "USD/month", "weeks of pay per year of service"): "USD" beside both
        # the salary (a year) and the overhead (a month), and "number" beside paid hours and severance, left the
        # reader to guess
        own = ASSUMPTIONS[key].unit.replace("USD", cur) if key in ASSUMPTIONS and unit in ("money", "number") else None
        _put_text(ws, row, 3, own or {"money": cur}.get(unit, unit.removeprefix("money:")))
        for case, value in enumerate(values):
            cell = ws.cell(row=row, column=4 + case)
            if isinstance(value, str):
                _put_text(ws, row, 4 + case, value)
            else:
                cell.value = value
                cell.number_format = _format(unit, cur)
            cell.fill = INPUT_FILL
        _put_text(ws, row, 7, source)
        where[key] = (row, len(values) == 1)
    for col, width in zip("ABCDEFG", (44, 26, 10, 14, 14, 14, 90), strict=True):
        ws.column_dimensions[col].width = width
    return where


def _priced(est: Estimate) -> list[str]:
    """The options the workbook lays out: in-house, each priced vendor, and the captive when the scenario sets one."""
    return [op.option for op in est.options if op.priced or op.option == "in_house"]


def _calc_rows(est: Estimate) -> list[tuple[str, str, str, str, str]]:
    """(row key, label, option, unit, template or generated formula) for Calculations, in order."""
    rows = []
    for f in RUN_RATE:
        if f.option == "":
            rows.append((f.key, f.label, "", f.unit, f.template))
    for option in _priced(est):
        mine = _rows_for(RUN_RATE, option)
        label = OPTION_LABELS[option]
        for f in mine:
            if f.role in ("component", "helper"):
                rows.append((f"{option}.{f.key}", f"{label}: {in_sentence(f.label)} a month", option,
                             f.unit, f.template))
        parts = "+".join("{" + f.key + "}" for f in mine if f.role == "component")
        rows.append((f"{option}.total", f"{label}: total a month", option, "money", f"={parts}"))
        one_time = [f for f in mine if f.role == "one_time"]
        for f in one_time:
            rows.append((f"{option}.{f.key}", f"{label}: {in_sentence(f.label)} (once)", option, f.unit,
                         f.template))
        if one_time:
            rows.append((f"{option}.one_time_total", f"{label}: one-time total", option, "money",
                         "=" + "+".join("{" + f.key + "}" for f in one_time)))
    return rows


def _calculations_sheet(ws: Worksheet, est: Estimate, refs: _Refs) -> list[str]:
    cur = est.scenario.currency
    _put_text(ws, 1, 1, "Calculations: live formulas over Inputs (estimator.model, term by term)", TITLE)
    for col, head in enumerate(("Figure", "Key", "Unit", *CASES), start=1):
        _put_text(ws, 3, col, head, HEADER)
    rows = _calc_rows(est)
    for i, (key, *_rest) in enumerate(rows):
        refs.calc[key] = 4 + i
    for i, (key, label, option, unit, template) in enumerate(rows):
        row = 4 + i
        _put_text(ws, row, 1, label)
        _put_text(ws, row, 2, key)
        _put_text(ws, row, 3, {"money": cur, "share": "share a year"}.get(unit, unit))
        for case in range(3):
            cell = ws.cell(row=row, column=4 + case, value=_resolve(template, option, case, refs, sheet=False))
            cell.number_format = _format(unit, cur)
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 30
    for col in "DEF":
        ws.column_dimensions[col].width = 18
    return [key for key, *_ in rows]


def _months_sheet(ws: Worksheet, est: Estimate, refs: _Refs) -> dict[tuple[str, int], dict[str, str]]:
    """Month rows; returns, per (option, case), the column letter of each monthly series and of the total."""
    cur = est.scenario.currency
    _put_text(ws, 1, 1, "Months: the business case month by month, live over Inputs and Calculations "
                        f"(laid out for {MAX_MONTHS} months; months past the horizon are zero)", TITLE)
    first = 4
    month_rows = range(first, first + MAX_MONTHS)
    for col, head in enumerate(("Month", "Year (0 = first)", "Discount factor"), start=1):
        _put_text(ws, 3, col, head, HEADER)
    discount = refs.input_ref("discount_rate", 1)
    for r in month_rows:
        ws.cell(row=r, column=1, value=r - first + 1)
        ws.cell(row=r, column=2, value=f"=INT((A{r}-1)/12)")
        ws.cell(row=r, column=3, value=f"=(1+{discount})^(-(A{r}-1)/12)").number_format = "0.000000"
    found: dict[tuple[str, int], dict[str, str]] = {}
    money = excel_money_format(cur)
    col = 4
    for case in range(3):
        inflation = refs.input_ref("wage_inflation", case)
        months_ref = refs.calc_ref("months", case, sheet=True)
        for option in _priced(est):
            series = _rows_for(MONTHLY, option)
            columns = {f.key: get_column_letter(col + i) for i, f in enumerate(series)}
            heads = [f.label for f in series]
            if option == "in_house":
                columns["total"] = columns["in_house"]
            else:
                columns["in_house"] = found[("in_house", case)]["total"]
                columns["total"] = get_column_letter(col + len(series))
                heads.append("Total")
            for i, head in enumerate(heads):
                _put_text(ws, 2, col + i, f"{CASES[case]} · {OPTION_LABELS[option]}", HEADER)
                _put_text(ws, 3, col + i, head, HEADER)
            cost = [columns[f.key] for f in series if f.role == "cost"]
            for r in month_rows:
                local = {"month": f"$A{r}", "year": f"$B{r}", "wage_growth": f"(1+{inflation})^$B{r}"}
                local.update({f"m.{k}": f"{v}{r}" for k, v in columns.items()})
                for i, f in enumerate(series):
                    body = _resolve(f.template, option, case, refs, sheet=True, local=local)[1:]
                    ws.cell(row=r, column=col + i, value=f"=IF($A{r}>{months_ref},0,{body})").number_format = money
                if option != "in_house":
                    ws.cell(row=r, column=col + len(series),
                            value="=" + "+".join(f"{c}{r}" for c in cost)).number_format = money
            found[(option, case)] = columns
            col += len(heads)
    for c in range(4, col):
        ws.column_dimensions[get_column_letter(c)].width = 16
    ws.freeze_panes = "D4"
    return found


def _horizon_rows(ws: Worksheet, est: Estimate, refs: _Refs, found: dict[tuple[str, int], dict[str, str]]) -> None:
    """Per option: each part's sum over the horizon, the horizon total, NPV and savings, appended to
    Calculations over the Months sheet."""
    cur = est.scenario.currency
    row = ws.max_row + 2
    last = 3 + MAX_MONTHS

    def column_sum(option: str, key: str) -> Callable[[int], str]:
        return lambda c: f"=SUM(Months!{found[(option, c)][key]}4:{found[(option, c)][key]}{last})"

    for option in _priced(est):
        label = OPTION_LABELS[option]
        figures: list[tuple[str, str, Callable[[int], str]]] = []
        if option != "in_house":
            figures += [(f"parts.{f.key}", f"{label} over the horizon: {in_sentence(f.label)}",
                         column_sum(option, f.key)) for f in _rows_for(MONTHLY, option) if f.role == "cost"]
        figures += [("horizon_total", f"{label}: cost over the horizon", column_sum(option, "total")),
                    ("npv", f"{label}: NPV of the cost",
                     lambda c, o=option: f"=SUMPRODUCT(Months!{found[(o, c)]['total']}4:{found[(o, c)]['total']}{last},"
                                         f"Months!$C$4:$C${last})")]
        if option != "in_house":
            figures.append(("horizon_savings", f"{label}: savings over the horizon against in-house",
                            lambda c, o=option: f"={refs.calc_ref('in_house.horizon_total', c, False)}"
                                                f"-{refs.calc_ref(f'{o}.horizon_total', c, False)}"))
        for key, text, formula in figures:
            refs.calc[f"{option}.{key}"] = row
            _put_text(ws, row, 1, text)
            _put_text(ws, row, 2, f"{option}.{key}")
            _put_text(ws, row, 3, cur)
            for case in range(3):
                ws.cell(row=row, column=4 + case, value=formula(case)).number_format = excel_money_format(cur)
            row += 1


def _result_rows(est: Estimate) -> list[tuple[str, str, str, Range | None, str]]:
    """(key, option label, figure, estimator value, unit) for every figure, generic over the components."""
    cur = est.scenario.currency
    rows: list[tuple[str, str, str, Range | None, str]] = []
    for op in est.options:
        label = OPTION_LABELS[op.option]
        if not op.priced:
            rows.append((f"{op.option}.total", label, "Needs a vendor quote", None, ""))
            continue
        if (where := delivered_from(est.scenario, op.option)) is not None:
            rows.append((f"{op.option}.location", label, f"Delivered from: {where}", None, ""))
        rows += [(f"{op.option}.{c.name}", label, f"{component_label(c.name)} a month", c.cost, f"{cur}/month")
                 for c in op.components]
        rows.append((f"{op.option}.total", label, "Total a month", op.total, f"{cur}/month"))
        rows += [(f"{op.option}.{c.name}", label, f"{component_label(c.name)} (once)", c.cost, cur)
                 for c in op.one_time]
        if op.one_time:
            rows.append((f"{op.option}.one_time_total", label, "One-time total", op.one_time_total, cur))
        p = est.projected(op)
        if op.option != "in_house" and p is not None:
            rows += [(f"{op.option}.parts.{name}", label, f"Over the horizon: {PART_LABELS.get(name, name)}",
                      Range.from_cases(value), cur) for name, value in p.parts.items()]
        rows.append((f"{op.option}.horizon_total", label, "Cost over the horizon", est.horizon_total(op), cur))
        rows.append((f"{op.option}.npv", label, "NPV of the cost", est.npv(op), cur))
        if op.option != "in_house":
            rows.append((f"{op.option}.horizon_savings", label, "Savings over the horizon", est.horizon_savings(op),
                         cur))
    return rows


def _results_sheet(ws: Worksheet, est: Estimate, refs: _Refs) -> None:
    cur = est.scenario.currency
    _put_text(ws, 1, 1, verdict(est).sentence, TITLE)
    _put_text(ws, 2, 1, "Estimator figures (fixed values) and, for the midpoint, the workbook's live formula: "
                        "they agree until an input is changed.")
    rival = cheapest_outsourced(est)
    _put_text(ws, 3, 1, (run_rate_sentence(est, rival) + ". " if rival else "")
              + reality_check(est, None).sentence)
    for col, head in enumerate(("Option", "Figure", "Unit", *CASES, "Live formula (midpoint)", "Key"), start=1):
        _put_text(ws, 5, col, head, HEADER)
    for row, (key, label, figure, value, unit) in enumerate(_result_rows(est), start=6):
        _put_text(ws, row, 1, label)
        _put_text(ws, row, 2, figure)
        _put_text(ws, row, 3, unit)
        _put_text(ws, row, 8, key)
        if value is None:
            continue
        # Savings are sorted case by case in the estimator; the Calculations column is case by case.
        for case, v in enumerate(value.as_tuple()):
            ws.cell(row=row, column=4 + case, value=v).number_format = excel_money_format(cur)
        if key in refs.calc:
            ws.cell(row=row, column=7, value=f"={refs.calc_ref(key, 1, sheet=True)}").number_format = \
                excel_money_format(cur)
    for col, width in zip("ABCDEFGH", (12, 34, 12, 18, 18, 18, 24, 30), strict=True):
        ws.column_dimensions[col].width = width


MONTE_CARLO_NOTE = ("Fixed values from the estimator's Monte Carlo, not formulas: a spreadsheet cannot redo a Monte "
                    "Carlo, so changing Inputs does not change this sheet. The same inputs, draws and seed give the "
                    "same figures (the Estimate page's Uncertainty chart).")
DISTRIBUTIONS = {"pert": "PERT (peaked at the most likely value)", "triangular": "triangular", "uniform": "uniform"}


def _drawn_range(s: Scenario, u: Uncertain) -> tuple[str, str, str]:
    """(the range low–high with its unit, the number format of its ends, where the range comes from)."""
    given = {r.key for r in s.ranges}
    if u.column.endswith("_price"):
        option = u.column.removesuffix("_price")
        price = s.price(option)
        assert price is not None
        share = price.basis == "savings_share"
        return (price_words(price, s.currency), "0.0%" if share else excel_money_format(s.currency_of(option)),
                "the scenario's price")
    if u.column.endswith("_fx_drift"):
        return f"{percent(u.low)}–{percent(u.high)} a year", "0.0%", "the scenario's exchange rate"
    a = ASSUMPTIONS.get(u.column) or CAPTIVE_ASSUMPTIONS.get(u.column)
    if a is None:  # a contact volume or handle time, as a multiple of the plan
        return f"{u.low:g}–{u.high:g} × plan", "0.00", "the scenario's range"
    code = s.money_of(u.column)
    unit = a.unit_in(code)
    number_format = "0.0%" if a.is_share else excel_money_format(code) if code in unit else "#,##0.00"
    origin = "the scenario's range" if u.column in given else "the sources' range, around the scenario's value"
    return a.show_range(u.low, u.high, currency=code), number_format, origin


def _uncertainty_sheet(ws: Worksheet, est: Estimate, sim: Simulation) -> None:
    s = est.scenario
    cur = s.currency
    money = excel_money_format(cur, decimals=False)
    _put_text(ws, 1, 1, "Uncertainty: the Monte Carlo over every range", TITLE)
    _put_text(ws, 2, 1, MONTE_CARLO_NOTE)
    for row, (label, value) in enumerate((("Draws", sim.draws), ("Seed", sim.seed)), start=3):
        _put_text(ws, row, 1, label, HEADER)
        ws.cell(row=row, column=2, value=value).number_format = "#,##0" if label == "Draws" else "0"
    _put_text(ws, 5, 1, "Distribution", HEADER)
    _put_text(ws, 5, 2, DISTRIBUTIONS.get(sim.distribution, sim.distribution))
    heads = ("Option", f"Cost over the horizon, P10 ({cur})", f"Cost over the horizon, P50 ({cur})",
             f"Cost over the horizon, P90 ({cur})", "Chance cheaper than in-house over the horizon",
             f"NPV of the savings, P10 ({cur})", f"NPV of the savings, P50 ({cur})", f"NPV of the savings, P90 ({cur})",
             "Chance the NPV of the savings is above zero", "Discounted payback month (P50)",
             f"Savings over the horizon, P10 ({cur})", f"Savings over the horizon, P50 ({cur})",
             f"Savings over the horizon, P90 ({cur})")
    top = 7
    for col, head in enumerate(heads, start=1):
        _put_text(ws, top, col, head, HEADER)
        ws.cell(row=top, column=col).alignment = Alignment(wrap_text=True, vertical="bottom")
    row = top + 1
    for op in est.options:
        if not op.priced or (spread := sim.option(op.option)) is None:
            continue
        _put_text(ws, row, 1, OPTION_LABELS[op.option])
        for col, value in enumerate(spread.horizon_total.as_tuple(), start=2):  # a cost: P10, P50, P90
            ws.cell(row=row, column=col, value=value).number_format = money
        if spread.probability_cheaper is not None:
            ws.cell(row=row, column=5, value=spread.probability_cheaper).number_format = "0.0%"
        if spread.npv_savings is not None:  # a saving's cheap side is its P90: P10, P50, P90 as the page says them
            r = spread.npv_savings
            for col, value in enumerate((r.high, r.mid, r.low), start=6):
                ws.cell(row=row, column=col, value=value).number_format = money
            ws.cell(row=row, column=9, value=spread.probability_npv_positive).number_format = "0.0%"
            if spread.discounted_payback_month is None:
                _put_text(ws, row, 10, "never (most draws do not pay back)")
            else:
                ws.cell(row=row, column=10, value=spread.discounted_payback_month).number_format = "0"
        if spread.savings is not None:  # the deck's and report's savings P10-P90 (in-house minus option, draw by draw)
            saved = spread.savings
            for col, value in enumerate((saved.high, saved.mid, saved.low), start=11):
                ws.cell(row=row, column=col, value=value).number_format = money
        row += 1
    row += 1
    _put_text(ws, row, 1, "Inputs drawn from a range", TITLE)
    row += 1
    for col, head in enumerate(("Input", "Range (low–high, with its unit)", "Low", "High", "Most likely",
                                "Where the range comes from"), start=1):
        _put_text(ws, row, col, head, HEADER)
    drawn = [u for u in uncertain_inputs(s) if u.high > u.low]  # a price of one figure is drawn as itself
    if not drawn:
        _put_text(ws, row + 1, 1, "None: every input is one value, so every draw is the point estimate.")
    for u in drawn:
        row += 1
        text, number_format, origin = _drawn_range(s, u)
        _put_text(ws, row, 1, u.label)
        _put_text(ws, row, 2, text)
        for col, value in enumerate((u.low, u.high, u.mode), start=3):
            ws.cell(row=row, column=col, value=value).number_format = number_format
        _put_text(ws, row, 6, origin)
    for col, width in zip("ABCDEFGHIJKLM", (34, 40, 18, 18, 18, 44, 18, 18, 18, 18, 18, 18, 18), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = f"A{top + 1}"


def _sources_sheet(ws: Worksheet, est: Estimate) -> None:
    _put_text(ws, 1, 1, "Sources", TITLE)
    for row, line in enumerate(source_lines(est), start=3):
        _put_text(ws, row, 1, line)
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 140


NO_WORKBOOK = ("Workbook: not for a contact-volume workload yet (Excel formulas cannot redo Erlang C); "
               "the CSV, deck and report carry every figure.")


def workbook_can_carry(scenario: Scenario) -> bool:
    """Whether the workbook's formulas recompute this scenario: not when its workload is a contact volume,
    whose agent hours come from Erlang C over every interval."""
    return scenario.contact_centre is None


def build_workbook(est: Estimate, sim: Simulation | None = None) -> bytes:
    """The workbook as .xlsx bytes; ``sim`` is the estimate's Monte Carlo (run here when not given: the same
    scenario and seed give the same figures).

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> build_workbook(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))))[:2]
    b'PK'
    """
    if not workbook_can_carry(est.scenario):
        raise InputError("workload.contacts", NO_WORKBOOK)
    wb = Workbook()
    inputs = wb.active
    inputs.title = "Inputs"
    calc = wb.create_sheet("Calculations")
    months = wb.create_sheet("Months")
    results = wb.create_sheet("Results")
    uncertainty = wb.create_sheet("Uncertainty")
    sources = wb.create_sheet("Sources")
    refs = _Refs(inputs=_inputs_sheet(inputs, est), calc={})
    _calculations_sheet(calc, est, refs)
    found = _months_sheet(months, est, refs)
    _horizon_rows(calc, est, refs, found)
    _results_sheet(results, est, refs)
    _uncertainty_sheet(uncertainty, est, simulate(est.scenario) if sim is None else sim)
    _sources_sheet(sources, est)
    wb.active = wb.index(results)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def formula_keys(option: OptionEstimate) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The run-rate and one-time component names the workbook's formula table covers for this option."""
    mine = _rows_for(RUN_RATE, option.option)
    return (tuple(f.key for f in mine if f.role == "component"), tuple(f.key for f in mine if f.role == "one_time"))


def part_keys(option: str = "bpo") -> tuple[str, ...]:
    """The parts of an outsourced option's (a vendor's, or the captive's) horizon cost that the Months sheet lays
    out, in order."""
    return tuple(f.key for f in _rows_for(MONTHLY, option) if f.role == "cost")
