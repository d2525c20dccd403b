"""Two to four scenarios side by side: the inputs that differ, the results, one tidy table.

Each scenario is estimated on its own (run rate, horizon, Monte Carlo). The comparison's tidy
table is each scenario's table (inputs first, see :mod:`estimator.interchange`) one after another,
plus the spread of horizon savings (P10, P50, P90 over the Monte Carlo draws) for each priced
vendor option; the ``scenario`` column tells them apart, so names are made distinct first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from .assumptions import ASSUMPTIONS, BILLED_UNITS, CAPTIVE_ASSUMPTIONS, LOCATIONS, share_text
from .estimate import Estimate, Range, estimate
from .export import _row
from .formatting import price_money
from .interchange import holds_text, input_rows, scenario_table
from .locations import location_label
from .options import VENDORS
from .params import draws
from .price_words import BASIS_WORDS
from .projection import project_totals
from .scenario import DISTRIBUTION_LABELS, ESCALATION_INDICES, OPTION_LABELS, Scenario
from .uncertainty import PERCENTILES, Simulation, simulate

SAVINGS_COMPONENT = "horizon_savings_p10_p50_p90"


@dataclass(frozen=True)
class Compared:
    """One scenario of a comparison with its estimate, its Monte Carlo and its savings spread by option."""

    scenario: Scenario
    estimate: Estimate
    simulation: Simulation
    savings: dict[str, Range]  # horizon savings vs in-house, P10/P50/P90, per priced vendor option


def distinct_names(scenarios: list[Scenario]) -> list[Scenario]:
    """The scenarios with repeated names told apart: "Plan", "Plan (2)", ..."""
    seen: dict[str, int] = {}
    out = []
    for s in scenarios:
        n = seen[s.name] = seen.get(s.name, 0) + 1
        out.append(s if n == 1 else replace(s, name=f"{s.name[:195]} ({n})"))
    return out


def savings_spread(scenario: Scenario) -> dict[str, Range]:
    """P10, P50 and P90 of horizon savings (in-house minus option) over the scenario's own draws.

    Percentiles of the difference draw by draw, not the difference of two percentiles.
    """
    projection = project_totals(scenario, draws(scenario))  # totals only: equal months merged
    base = projection.in_house.total
    return {p.option: Range.from_cases(np.percentile(base - p.total, PERCENTILES)) for p in projection.outsourced}


def compare(scenarios: list[Scenario]) -> list[Compared]:
    return [Compared(s, estimate(s), simulate(s), savings_spread(s)) for s in distinct_names(scenarios)]


def comparison_table(compared: list[Compared]) -> pd.DataFrame:
    """One tidy table for the whole comparison (schema in :mod:`estimator.export`)."""
    frames = []
    for c in compared:
        frames.append(scenario_table(c.estimate, c.simulation))
        cur = c.scenario.currency
        rows = [_row(c.estimate, option, SAVINGS_COMPONENT, "horizon", spread, cur) for option, spread in c.savings.items()]
        if rows:
            frames.append(pd.DataFrame(rows, columns=frames[-1].columns).astype({k: float for k in ("low", "mid", "high")}))
    return pd.concat(frames, ignore_index=True)


def _shown(row: pd.Series) -> str:
    if holds_text(row.mid, row.unit):
        value = json.loads(row.unit)
        return value if isinstance(value, str) else ("—" if value is None or value == {} else json.dumps(value))
    return f"{row.mid:,.10g}"


def input_frame(scenarios: list[Scenario]) -> pd.DataFrame:
    """Every input of the scenarios: one row per input (its path in the JSON form), a column per scenario, "—"
    where a scenario has no such input.

    One row more, ``ranges``: whether the scenario gives ranges at all ("true", "false"), before its ranges' rows.
    The file's empty ``ranges`` (no ranges) was a row of dashes named "ranges", in every column alike.
    """
    named = distinct_names(scenarios)
    columns = {}
    for s in named:
        rows = input_rows(s)
        rows = rows[rows.component != "name"]
        shown: dict[str, str] = {}
        for r in rows.itertuples(index=False):
            if r.component == "ranges" or r.component.startswith("ranges."):
                shown.setdefault("ranges", json.dumps(bool(s.ranges)))
            if r.component != "ranges":
                shown[r.component] = _shown(r)
        columns[s.name] = shown
    frame = pd.DataFrame(columns).fillna("—")
    frame.index.name = "input"
    return frame


def differing_inputs(scenarios: list[Scenario]) -> pd.DataFrame:
    """The inputs whose values are not the same in every scenario: one row per input, a column per scenario."""
    frame = input_frame(scenarios)
    return frame[frame.nunique(axis=1) > 1]


# Inputs that are not assumptions, by their path in the JSON form: the sidebar's names for them.
INPUT_NAMES = {"function": "Work to price", "currency": "Reporting currency", "workload_basis": "Workload given as",
               "workload.fte": "In-house headcount (FTE)", "workload.hours_per_month": "Productive hours a month",
               "format_version": "Scenario file format version", "in_house.currency": "In-house figures' currency",
               "captive.currency": "Offshore captive: pay currency",
               "vendor_terms.escalation_index": "Fees rise each year with",
               "vendor_terms.bills_during_transition": "The vendor bills during transition",
               "vendor_terms.ramp_up": "Ramp-up: extra vendor hours in months 1, 2, 3… after go-live",
               "people.staff_transfer": "Staff transfer to the vendor",
               "uncertainty.distribution": "Distribution of each range", "uncertainty.draws": "Draws",
               "uncertainty.seed": "Seed", "uncertainty.sourced_ranges": "Draw the sources' ranges",
               "ranges": "Give assumptions as ranges", "bpo": "BPO price", "kpo": "KPO price"}
# A switch as the sidebar's toggles read it (their help: "Off: fees start at go-live. On: ...")
_ON_OFF = {"true": "On", "false": "Off"}
# An input that is one of a few choices or a switch, by its path: each value as the sidebar's select or toggle shows it.
# The page read "home_cpi | delivery_wages", "false | true", "pert | triangular".
_CHOICE_WORDS: dict[str, dict[str, str]] = {
    "vendor_terms.escalation_index": ESCALATION_INDICES, "uncertainty.distribution": DISTRIBUTION_LABELS,
    "vendor_terms.bills_during_transition": _ON_OFF, "people.staff_transfer": _ON_OFF,
    "uncertainty.sourced_ranges": _ON_OFF, "ranges": _ON_OFF}
# A vendor price's fields by the sidebar's words ("bpo.mode": "BPO price, most likely")
_PRICE_FIELDS = {"low": "low end", "high": "high end", "mode": "most likely", "basis": "basis", "units": "units",
                 "location": "location", "billed": "billed", "source": "source", "currency": "currency"}


def _assumption_value(key: str, text: str, table: dict = ASSUMPTIONS, currency: str | None = None) -> str:
    """A compared value as the sidebar shows it, money in ``currency`` (the scenario's, see
    :meth:`Scenario.money_of`) written as the results beside it write money; "—" where the scenario has no such
    input. A rupee salary read "3,466,667 INR/year" above results in lakhs, "₹34,66,667" (session 19's walk).

    >>> _assumption_value("annual_salary", "3466667", currency="INR"), _assumption_value("cost_per_hire", "4129")
    ('₹34,66,667/year', '4,129 USD/hire')
    >>> _assumption_value("annual_salary", "41600", currency="EUR"), _assumption_value("shrinkage", "0.3", currency="EUR")
    ('€41,600/year', '30%')
    """
    try:
        value = float(text.replace(",", ""))
    except ValueError:  # "—": not in that scenario
        return text
    a = table[key]
    unit = a.unit_in(currency)
    if currency is not None and unit != a.unit_in("XXX"):  # money (a unit without a currency reads the same)
        return price_money(value, currency) + unit.removeprefix(currency)
    return a.show(value, currency=currency)


def _percent_value(text: str) -> str:
    try:
        return share_text(float(text.replace(",", "")))
    except ValueError:
        return text


def _price_value(s: Scenario | None, option: str, text: str) -> str:
    """A vendor price's end as the rest of the app writes a price (:func:`estimator.formatting.price_money`, in the
    quote's currency) with what it is per ("€20 per productive hour", "$45.50 per productive hour"), a savings share
    as percent; as written where it is not a number or the scenario has no such price. The Scenarios page read "BPO
    price, high end | 60 | 50": sixty of what, per what; then "45.5 USD per productive hour" beside the same
    workbook's "$85,000/year" and the page's "$38–$50"."""
    price = None if s is None else s.price(option)
    if price is None:
        return text
    if price.basis == "savings_share":
        return _percent_value(text)
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return text
    per = BILLED_UNITS[price.billed] if price.basis == "per_hour" else BASIS_WORDS[price.basis]
    return f"{price_money(value, s.currency_of(option))} {per}"


def _choice_value(path: str, text: str) -> str:
    """A choice or a switch as the sidebar shows it; as written where it is none of them ("—").

    >>> _choice_value("vendor_terms.escalation_index", "delivery_wages"), _choice_value("people.staff_transfer", "true")
    ('Delivery-country wage growth', 'On')
    >>> _choice_value("uncertainty.distribution", "triangular"), _choice_value("uncertainty.distribution", "—")
    ('Triangular', '—')
    """
    return _CHOICE_WORDS[path].get(text, text)


def _ramp_value(text: str) -> str:
    """A ramp-up's shares as percent, month by month, as typed in the sidebar's field (which is in %); "none" for no
    ramp-up. It read "[0.3, 0.2, 0.1]", the file's shares, where the sidebar takes "30, 20, 10".

    >>> _ramp_value("[0.3, 0.2, 0.1]"), _ramp_value("[0.125, 0.1]"), _ramp_value("[]"), _ramp_value("—")
    ('30%, 20%, 10%', '12.5%, 10%', 'none', '—')
    """
    try:
        shares = json.loads(text)
    except json.JSONDecodeError:
        return text
    if not isinstance(shares, list):
        return text
    return ", ".join(share_text(float(v)) for v in shares) or "none"


def _whole_value(text: str) -> str:
    """A whole number that is a name more than an amount (a seed) as its field shows it, without separators:
    "Seed | 2,026" read as a count.

    >>> _whole_value("2,026"), _whole_value("4,294,967,295"), _whole_value("—")
    ('2026', '4294967295', '—')
    """
    try:
        return str(int(float(text.replace(",", ""))))
    except ValueError:
        return text


# A price's basis and billed hour in the sidebar's words, not the file's keys ("per_hour", "paid_hour")
_BASIS_NAMES = {"per_hour": "per hour", "per_month": "per billing unit a month", "savings_share": "savings share",
                "per_contact": "per contact", "per_minute": "per handled minute"}


def _price_word(field: str, text: str) -> str:
    """
    >>> _price_word("basis", "per_month"), _price_word("billed", "paid_hour"), _price_word("billed", "—")
    ('per billing unit a month', 'paid (scheduled) hour', '—')
    """
    if field == "basis":
        return _BASIS_NAMES.get(text, text)
    return BILLED_UNITS[text].removeprefix("per ") if text in BILLED_UNITS else text


# An exchange rate's fields by the sidebar's words ("exchange_rates.INR.drift_low")
_RATE_FIELDS = {"rate": "{code} exchange rate", "drift_low": "{code} rate's yearly change, low end",
                "drift_mode": "{code} rate's yearly change, most likely", "drift_high": "{code} rate's yearly change, high end"}


# A contact-centre workload's fields ("workload.contacts.periods_per_month") by the Contact centre page's words
_CONTACT_FIELDS = {"queues": "Contact centre: queues", "interval_minutes": "Contact centre: interval length",
                   "periods_per_month": "Contact centre: times the day's (or week's) intervals repeat a month",
                   "volume_range": "Contact centre: volume uncertainty (on the plan)",
                   "aht_range": "Contact centre: handle-time uncertainty (on the plan)"}


def _spread(low: float, high: float) -> str:
    """Factors on the plan as the Contact centre page's "± %" says them.

    >>> _spread(0.9, 1.1), _spread(1.0, 1.0), _spread(0.8, 1.25)
    ('±10%', 'none', '−20% to +25%')
    """
    down, up = round((1 - low) * 100, 2), round((high - 1) * 100, 2)
    if down == up:
        return "none" if up == 0 else f"±{up:g}%"
    return f"−{down:g}% to +{up:g}%"


def _queues_text(s: Scenario) -> str:
    """A scenario's queues in words, one clause each: contacts a month (the intervals' contacts × the times they
    repeat a month), mean handle time, the service target and the occupancy cap. The Scenarios page showed the JSON
    ('[{"name": "Voice", "contacts": [0.0, ...')."""
    w = s.contact_centre
    if w is None:
        return "—"
    out = []
    for q in w.queues:
        contacts = sum(q.contacts)
        aht = q.aht_seconds if not isinstance(q.aht_seconds, tuple) else (
            sum(c * a for c, a in zip(q.contacts, q.aht_seconds, strict=True)) / contacts if contacts else 0.0)
        out.append(f"{q.name}: {contacts * w.periods_per_month:,.0f} contacts a month over {len(q.contacts):,} "
                   f"intervals, {aht:,.4g} s handle time, {share_text(q.service_level)} answered in "
                   f"{q.answer_seconds:,.4g} s, occupancy at most {share_text(q.max_occupancy)}")
    return "; ".join(out)


def _contact_value(s: Scenario, field: str, text: str) -> str:
    """A contact-centre workload's field for a reader, from the scenario (its JSON text where it has none)."""
    w = s.contact_centre
    if w is None or text == "—":
        return text
    if field == "queues":
        return _queues_text(s)
    if field == "interval_minutes":
        return f"{w.interval_minutes:,.4g} minutes"
    if field == "periods_per_month":
        return f"{w.periods_per_month:,.4g} a month"
    if field in ("volume_range", "aht_range"):
        return _spread(*getattr(w, field))
    return text


def readable_inputs(diff: pd.DataFrame, scenarios: list[Scenario]) -> pd.DataFrame:
    """:func:`differing_inputs` of ``scenarios`` for a reader: each input by the sidebar's name, its value as the
    sidebar shows it (a choice by its label, a switch On or Off, a ramp-up in percent, a seed without separators),
    money in each scenario's own currency as the rest of the app writes it. The Scenarios page listed
    "business_case.contract_escalation 0.029 | 0.05" and "bpo.low 20 | 40", and a euro scenario's salary as
    "41,600 USD/year"; then "home_cpi | delivery_wages", "false | true", "[0.3, 0.2, 0.1]" and "38 USD per
    productive hour" beside "$85,000/year".

    >>> from estimator.scenario import BusinessCase, InHouseInputs, VendorManagement, VendorPrice
    >>> a = Scenario("Customer service", 10, name="A", bpo=VendorPrice("per_hour", 20, 30))
    >>> euros = InHouseInputs(annual_salary=41_600.0, supervisor_salary=58_450.0, overhead_per_fte_month=2_187.0,
    ...                       cost_per_hire=4_129.0)  # typed in euros (the sources' dollars would want a rate)
    >>> b = Scenario("Customer service", 25, name="B", bpo=VendorPrice("per_hour", 40, 30 + 70), currency="EUR",
    ...              in_house=euros, vendor_management=VendorManagement(governance_salary=98_580.0),
    ...              business_case=BusinessCase(contract_escalation=0.05))
    >>> readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")  # doctest: +NORMALIZE_WHITESPACE
    {'Reporting currency': {'A': 'USD', 'B': 'EUR'}, 'In-house headcount (FTE)': {'A': '10', 'B': '25'},
     'BPO price, low end': {'A': '$20 per productive hour', 'B': '€40 per productive hour'},
     'BPO price, high end': {'A': '$30 per productive hour', 'B': '€100 per productive hour'},
     'Contract escalation': {'A': '2.9%', 'B': '5%'}}
    """
    by_name = dict(zip(diff.columns, distinct_names(scenarios), strict=True))

    def money(key: str) -> dict[str, str | None]:
        return {c: s.money_of(key) for c, s in by_name.items()}

    names, rows = [], []
    for path, values in diff.iterrows():
        section, _, key = str(path).partition(".")
        if section == "ranges" and key.rpartition(".")[0] in ASSUMPTIONS:  # "ranges.shrinkage.low"
            name, _, end = key.rpartition(".")
            names.append(f"{ASSUMPTIONS[name].label}, range {'most likely' if end == 'mode' else end + ' end'}")
            cur = money(name)
            rows.append({c: _assumption_value(name, v, currency=cur[c]) for c, v in values.items()})
            continue
        if section == "exchange_rates" and key.rpartition(".")[2] in _RATE_FIELDS:  # "exchange_rates.INR.rate"
            code, _, field = key.rpartition(".")
            names.append(_RATE_FIELDS[field].format(code=code))
            rows.append({c: (v if v == "—" else f"1 {by_name[c].currency} = {v} {code}") for c, v in values.items()}
                        if field == "rate" else {c: _percent_value(v) for c, v in values.items()})
            continue
        if section == "workload" and key.startswith("contacts.") and key[9:] in _CONTACT_FIELDS:
            field = key[9:]  # "workload.contacts.queues": the queues in words, not their JSON
            names.append(_CONTACT_FIELDS[field])
            rows.append({c: _contact_value(by_name[c], field, v) for c, v in values.items()})
            continue
        if section == "captive" and f"captive_{key}" in CAPTIVE_ASSUMPTIONS:  # "captive.entry_pay_month"
            names.append(f"Offshore captive: {CAPTIVE_ASSUMPTIONS[f'captive_{key}'].label}")
            cur = money(f"captive_{key}")
            rows.append({c: _assumption_value(f"captive_{key}", v, CAPTIVE_ASSUMPTIONS, cur[c])
                         for c, v in values.items()})
            continue
        if key in ASSUMPTIONS:
            names.append(ASSUMPTIONS[key].label)
            cur = money(key)
            rows.append({c: _assumption_value(key, v, currency=cur[c]) for c, v in values.items()})
            continue
        vendor = section in OPTION_LABELS and key in _PRICE_FIELDS
        names.append(INPUT_NAMES.get(str(path)) or (
            f"{OPTION_LABELS[section]} price, {_PRICE_FIELDS[key]}" if vendor else str(path)))
        if path in _CHOICE_WORDS:
            rows.append({c: _choice_value(str(path), v) for c, v in values.items()})
            continue
        if path == "vendor_terms.ramp_up":
            rows.append({c: _ramp_value(v) for c, v in values.items()})
            continue
        if path == "uncertainty.seed":
            rows.append({c: _whole_value(v) for c, v in values.items()})
            continue
        if vendor and key in ("low", "high", "mode"):
            rows.append({c: _price_value(by_name[c], section, v) for c, v in values.items()})
            continue
        if vendor and key in ("basis", "billed"):
            rows.append({c: _price_word(key, v) for c, v in values.items()})
            continue
        if vendor and key == "location":  # "not_stated" in words, as the sidebar names it
            rows.append({c: location_label(v) if v in LOCATIONS else v for c, v in values.items()})
            continue
        if vendor and key == "currency" and section in VENDORS:  # a quote with no currency of its own: the scenario's
            rows.append({c: by_name[c].currency_of(section) if by_name[c].price(section) else v
                         for c, v in values.items()})
            continue
        rows.append(dict(values.items()))
    return pd.DataFrame(rows, index=pd.Index(names, name="input"), columns=diff.columns)


def currencies(compared: list[Compared]) -> tuple[str, ...]:
    """The reporting currencies of the compared scenarios, each once, in order: more than one and their figures
    are each in their own currency. Nothing converts between them (a scenario's exchange rates are for its own
    amounts abroad, not for another scenario's reporting currency)."""
    return tuple(dict.fromkeys(c.scenario.currency for c in compared))


def results_table(compared: list[Compared]) -> pd.DataFrame:
    """Midpoint results per scenario and option, with the savings spread where the Monte Carlo ran."""
    rows = []
    for c in compared:
        est = c.estimate
        for op in est.options:
            if not op.priced:
                rows.append({"scenario": c.scenario.name, "option": OPTION_LABELS[op.option], "priced": False})
                continue
            spread = c.simulation.option(op.option)
            savings = c.savings.get(op.option)
            rows.append({
                "scenario": c.scenario.name, "option": OPTION_LABELS[op.option], "priced": True,
                "cost_per_month": op.total.mid, "horizon_total": est.horizon_total(op).mid, "npv": est.npv(op).mid,
                "horizon_savings": est.horizon_savings(op).mid if op.option != "in_house" else None,
                "savings_p10": savings.low if savings else None, "savings_p50": savings.mid if savings else None,
                "savings_p90": savings.high if savings else None,
                "probability_cheaper": spread.probability_cheaper if spread else None,
            })
    return pd.DataFrame(rows)
