"""The comparison as a workbook a finance analyst reads: results in, .xlsx bytes out.

The comparison's CSV is the tidy table (:func:`estimator.compare.comparison_table`), for machines. This workbook
holds the same figures for a reader, in three sheets:

- **Results**: the Scenarios page's results table as numbers: each scenario's options, cost a month and over the
  horizon, NPV, savings, the savings' P10/P50/P90 over its Monte Carlo draws and the chance each is cheaper than
  in-house.
- **Inputs**: every input of every scenario by the sidebar's name, as the sidebar shows it (money in the scenario's
  own currency), and whether it differs between them.
- **All figures**: every figure of the tidy table except its input rows, named in words ("Cost over the horizon",
  "Run rate, a month"), one row each.

Money cells carry a money number format naming the row's currency; shares a percent format. Headers are words with
units, frozen at the top, columns wide enough to read. Compared scenarios may report in different currencies: each
row's money is in its own scenario's currency (a Currency column says which) and nothing is converted; the notes
say so. Text a spreadsheet could run as a formula (starting ``=``, ``+``, ``-``, ``@``, tab or CR) is written with
a leading apostrophe, as in the CSV, and always as text.
"""

from __future__ import annotations

import io
import math
import re

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .charts import component_label
from .compare import Compared, comparison_table, currencies, input_frame, readable_inputs, results_table
from .export import _defuse
from .formatting import excel_money_format
from .interchange import INPUT_PERIOD
from .scenario import OPTION_LABELS

HEADER = Font(bold=True)
TITLE = Font(bold=True, size=14)
SHARE_FORMAT = "0.0%"
MONTH_FORMAT = "0"
FIGURE_FORMAT = "#,##0.00"

# The tidy table's components and periods in words (the rest: estimator.charts.component_label)
FIGURE_NAMES = {
    "total": "Total", "savings": "Savings against in-house", "savings_share": "Savings, share of in-house cost",
    "fte": "FTE", "workload_hours": "Productive hours a month", "one_time_total": "One-time total",
    "horizon_total": "Cost over the horizon", "npv": "NPV of the cost", "horizon_savings": "Savings over the horizon",
    "horizon_savings_share": "Savings over the horizon, share of in-house cost", "npv_savings": "NPV of the savings",
    "break_even_month": "Break-even month", "discounted_payback_month": "Discounted payback month",
    "break_even_price": "Break-even price", "verdict": "Verdict: saving of the best option against in-house",
    "horizon_average_monthly_cost_p10_p50_p90": "Average month over the horizon (P10, P50, P90)",
    "horizon_total_p10_p50_p90": "Cost over the horizon (P10, P50, P90)",
    "npv_p10_p50_p90": "NPV of the cost (P10, P50, P90)",
    "npv_savings_p90_p50_p10": "NPV of the savings (P90, P50, P10)",
    "probability_cheaper": "Chance cheaper than in-house over the horizon",
    "probability_npv_positive": "Chance the NPV of the savings is above zero",
    "discounted_payback_month_p50": "Discounted payback month (P50)",
    "horizon_savings_p10_p50_p90": "Savings over the horizon (P10, P50, P90)",
}
PERIOD_NAMES = {"run_rate_month": "Run rate, a month", "run_rate_year": "Run rate, a year", "one_time": "Once",
                "horizon": "Over the horizon", "monte_carlo": "Monte Carlo, across the draws"}


def figure_name(component: str) -> str:
    """
    >>> figure_name("horizon_total_p10_p50_p90"), figure_name("wages"), figure_name("in_house_until_go_live")
    ('Cost over the horizon (P10, P50, P90)', 'Wages', 'In house until go live')
    """
    return FIGURE_NAMES.get(component) or component_label(component)


def period_name(period: str) -> str:
    """
    >>> period_name("run_rate_month"), period_name("month_7"), period_name("year_2")
    ('Run rate, a month', 'Month 7', 'Contract year 2')
    """
    if found := re.fullmatch(r"(month|year)_(\d+)", period):
        return f"{'Month' if found[1] == 'month' else 'Contract year'} {found[2]}"
    return PERIOD_NAMES.get(period, period)


def _text(ws: Worksheet, row: int, col: int, value: object, font: Font | None = None) -> None:
    """Text as text, never a formula: guarded as the CSV is (a leading apostrophe), stored as a string; control
    characters a worksheet cannot hold become U+FFFD."""
    cell = ws.cell(row=row, column=col)
    cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(_defuse(str(value))))
    cell.data_type = "s"
    if font is not None:
        cell.font = font


def _number(ws: Worksheet, row: int, col: int, value: object, number_format: str) -> None:
    """A number with its format; an empty or missing figure leaves the cell empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return
    cell = ws.cell(row=row, column=col, value=float(value))  # type: ignore[arg-type]
    cell.number_format = number_format


def _header(ws: Worksheet, row: int, heads: list[str]) -> None:
    for col, head in enumerate(heads, start=1):
        _text(ws, row, col, head, HEADER)
        ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="bottom")
    ws.freeze_panes = ws.cell(row=row + 1, column=1 if len(heads) < 3 else 2).coordinate


def _widths(ws: Worksheet, header_row: int, widest: int = 60) -> None:
    """Each column as wide as its longest text or number (numbers as formatted, about), from 10 to ``widest``
    characters; headers wrap, so they count for at most 24."""
    sizes: dict[int, int] = {}
    for row in ws.iter_rows(min_row=header_row):
        for cell in row:
            if cell.value is None:
                continue
            if cell.row == header_row:
                size = min(len(str(cell.value)), 24)
            elif isinstance(cell.value, float):
                size = len(f"{cell.value:,.2f}") + 5  # the currency's code or sign, a percent
            else:
                size = len(str(cell.value))
            sizes[cell.column] = max(sizes.get(cell.column, 0), size)
    for col, size in sizes.items():
        ws.column_dimensions[get_column_letter(col)].width = max(10, min(size + 2, widest))


def _money_note(codes: tuple[str, ...]) -> str:
    if len(codes) == 1:
        return f"Money in {codes[0]}."
    return (f"These scenarios report in different currencies ({', '.join(codes)}): each row's money is in its own "
            "scenario's currency (the Currency column), not converted. Compare amounts only within a scenario.")


def _results_sheet(ws: Worksheet, compared: list[Compared], codes: tuple[str, ...]) -> None:
    res = results_table(compared)
    cur = {c.scenario.name: c.scenario.currency for c in compared}
    unit = codes[0] if len(codes) == 1 else "scenario's currency"
    _text(ws, 1, 1, "Comparison: " + " vs ".join(c.scenario.name for c in compared), TITLE)
    _text(ws, 2, 1, "Midpoint figures of each scenario's estimate; savings P10, P50, P90 and the chance cheaper over "
                    "its own Monte Carlo draws (fixed values). " + _money_note(codes))
    heads = ["Scenario", "Option", "Currency", f"Cost a month ({unit})", f"Cost over the horizon ({unit})",
             f"NPV of the cost ({unit})", f"Savings over the horizon against in-house ({unit})",
             f"Savings P10 ({unit})", f"Savings P50 ({unit})", f"Savings P90 ({unit})",
             "Chance cheaper than in-house (%)"]
    _header(ws, 4, heads)
    money = ("cost_per_month", "horizon_total", "npv", "horizon_savings", "savings_p10", "savings_p50", "savings_p90")
    for row, r in enumerate(res.to_dict("records"), start=5):
        _text(ws, row, 1, r["scenario"])
        _text(ws, row, 2, r["option"])
        _text(ws, row, 3, cur[r["scenario"]])
        if not r["priced"]:
            _text(ws, row, 4, "needs a quote")
            continue
        for col, key in enumerate(money, start=4):
            _number(ws, row, col, r.get(key), excel_money_format(cur[r["scenario"]]))
        _number(ws, row, 11, r.get("probability_cheaper"), SHARE_FORMAT)
    _widths(ws, 4)


def _inputs_sheet(ws: Worksheet, compared: list[Compared]) -> None:
    scenarios = [c.scenario for c in compared]
    frame = input_frame(scenarios)
    shown = readable_inputs(frame, scenarios)
    differs = frame.nunique(axis=1) > 1
    _text(ws, 1, 1, "Inputs: every input of each scenario, as the sidebar shows it", TITLE)
    _text(ws, 2, 1, "Money in each scenario's own currency; a dash where a scenario has no such input.")
    _header(ws, 4, ["Input", *shown.columns, "Differs"])
    for row, (name, values, differ) in enumerate(zip(shown.index, shown.itertuples(index=False), differs,
                                                     strict=True), start=5):
        _text(ws, row, 1, name)
        for col, value in enumerate(values, start=2):
            _text(ws, row, col, value)
        _text(ws, row, 2 + len(shown.columns), "yes" if differ else "")
    _widths(ws, 4)


def _row_format(unit: str, currency: str) -> str:
    if currency:
        return excel_money_format(currency)
    return {"share": SHARE_FORMAT, "month": MONTH_FORMAT}.get(unit, FIGURE_FORMAT)


def _figures_sheet(ws: Worksheet, compared: list[Compared], codes: tuple[str, ...]) -> None:
    table = comparison_table(compared)
    table = table[table.period != INPUT_PERIOD]
    _text(ws, 1, 1, "All figures: each scenario's estimate, row by row (the comparison's CSV without its input rows)",
          TITLE)
    _text(ws, 2, 1, "Cheap end, midpoint, dear end: the estimate's three cases (a saving's cheap end is its largest). "
                    "Monte Carlo rows: the percentiles the figure's name gives, in that order. " + _money_note(codes))
    _header(ws, 4, ["Scenario", "Work", "Option", "Figure", "Period", "Cheap end", "Midpoint", "Dear end", "Currency",
                    "Unit", "Delivered from"])
    for row, r in enumerate(table.to_dict("records"), start=5):
        _text(ws, row, 1, r["scenario"])
        _text(ws, row, 2, r["function"])
        _text(ws, row, 3, OPTION_LABELS.get(r["option"], r["option"]))
        _text(ws, row, 4, figure_name(r["component"]))
        _text(ws, row, 5, period_name(r["period"]))
        number_format = _row_format(r["unit"], r["currency"])
        for col, key in enumerate(("low", "mid", "high"), start=6):
            _number(ws, row, col, r[key], number_format)
        _text(ws, row, 9, r["currency"])
        _text(ws, row, 10, "%" if r["unit"] == "share" else r["unit"])
        _text(ws, row, 11, str(r["location"]).replace("_", " "))
    _widths(ws, 4)


def comparison_workbook(compared: list[Compared]) -> bytes:
    """The comparison as .xlsx bytes (sheets in the module docstring)."""
    codes = currencies(compared)
    wb = Workbook()
    results = wb.active
    results.title = "Results"
    _results_sheet(results, compared, codes)
    _inputs_sheet(wb.create_sheet("Inputs"), compared)
    _figures_sheet(wb.create_sheet("All figures"), compared, codes)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()

