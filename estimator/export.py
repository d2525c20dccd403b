"""The tidy long table: the one exchange format (CSV download, command line, comparisons).

Schema, one row per figure:

========== ===============================================================
scenario   scenario name (text)
function   the work priced, as named in the price book
option     ``in_house``, ``bpo``, ``kpo``, or ``captive`` where the
           scenario sets an offshore captive
component  run rate: ``wages``, ``benefits``, ``supervision``, ``overhead``,
           ``hiring``, ``bonus`` (captive), ``fees``, ``governance``, ``vat``, ``total``,
           ``savings``, ``savings_share``, ``fte``, ``workload_hours``;
           one-time: ``vendor_selection``, ``transition``, ``severance``,
           ``retention``, ``one_time_total``;
           over time: ``total`` (per month or contract year), and over the
           horizon the parts of an option's cost (``fees``, ``ramp_up``,
           ``captive_team``,
           ``governance``, ``vat``, ``in_house_until_go_live``,
           ``stranded_overhead``, ``vendor_selection``, ``transition``,
           ``severance``, ``retention``, ``exit``, adding up to
           ``horizon_total``), ``horizon_savings``,
           ``horizon_savings_share``, ``npv``, ``npv_savings``,
           ``break_even_month``, ``discounted_payback_month``,
           ``break_even_price``, and ``verdict`` (one row: its option is
           the best over the horizon, its numbers the saving against
           in-house, 0 when in-house is best);
           Monte Carlo: ``horizon_average_monthly_cost_p10_p50_p90``,
           ``horizon_total_p10_p50_p90``, ``npv_p10_p50_p90``,
           ``npv_savings_p90_p50_p10``, ``probability_cheaper``,
           ``probability_npv_positive``, ``discounted_payback_month_p50``
period     ``run_rate_month`` (a month after go-live, before time effects),
           ``run_rate_year`` (12 × that), ``one_time``, ``month_1`` …
           ``month_N`` (month of the horizon), ``year_1`` … ``year_Y``,
           ``horizon`` (the whole horizon), ``monte_carlo`` (across draws)
low/mid/high  one meaning in every row: the cheap-end case, the midpoint
           case, the dear-end case (a saving's ``low`` is therefore the
           largest saving); for ``monte_carlo`` rows the percentile on the
           cheap side, P50, the percentile on the dear side, as the
           component's name spells out. Empty where an option has no price
           yet, and for a month that never comes
currency   the scenario's currency for money rows; a ``break_even_price``
           row names its quote's currency (the price book's ``USD`` in a
           rupee report), empty for a savings share; empty otherwise. An
           input row (estimator.interchange) of money names its own
unit       ``USD/month``, ``USD/year``, ``USD``, ``USD per <billed unit>``,
           ``share``, ``FTE``, ``hours/month``, ``month``
location   where a vendor option's price says the work is delivered from:
           ``onshore``, ``nearshore``, ``offshore`` or ``not_stated`` (the
           seed prices state none); ``offshore`` for the offshore captive;
           empty for in-house and for rows of no option. A CSV written before the column existed reads
           back with it empty
========== ===============================================================

Numbers in the CSV: money (every result row with a currency; an input row keeps its value) is rounded to cents,
``1091.9999999999998`` is written ``1092.0``; hours a month and FTE to two
decimals; shares (``unit`` ``share``) keep their full precision, since 0.57
would read as 57% when the figure is 57.35%; months (``break_even_month``) are
whole numbers already. The table in memory keeps full precision; only the CSV
is rounded, so a CSV read back equals :func:`rounded` of the table.

Exports are pure: results in, bytes out. Text cells that a spreadsheet would
run as a formula (starting ``=``, ``+``, ``-``, ``@``, tab or CR) are prefixed
with an apostrophe (OWASP CSV injection guidance), as are cells that already
start with one; :func:`read_tidy_csv` removes exactly one again.
"""

from __future__ import annotations

import io

import pandas as pd

from .breakeven import break_even_price, break_even_unit
from .estimate import Estimate, OptionEstimate, Range
from .locations import option_location
from .options import VENDORS
from .uncertainty import Simulation
from .verdict import verdict

COLUMNS = ("scenario", "function", "option", "component", "period", "low", "mid", "high", "currency", "unit",
           "location")
TEXT_COLUMNS = ("scenario", "function", "option", "component", "period", "currency", "unit", "location")
OPTIONAL_COLUMNS = ("location",)  # may be missing from a CSV written before it existed
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _row(est: Estimate, option: str, component: str, period: str, value: Range | None, unit: str,
         money: bool = True) -> dict[str, object]:
    low, mid, high = value.as_tuple() if value is not None else (None, None, None)
    s = est.scenario
    return {"scenario": s.name, "function": s.function, "option": option, "component": component,
            "period": period, "low": low, "mid": mid, "high": high,
            "currency": s.currency if money else "", "unit": unit, "location": option_location(s, option)}


def _option_rows(est: Estimate, op: OptionEstimate) -> list[dict[str, object]]:
    cur = est.scenario.currency
    if not op.priced:
        return [_row(est, op.option, "total", "run_rate_month", None, f"{cur}/month")]
    rows = [_row(est, op.option, c.name, "run_rate_month", c.cost, f"{cur}/month") for c in op.components]
    rows.append(_row(est, op.option, "total", "run_rate_month", op.total, f"{cur}/month"))
    rows.append(_row(est, op.option, "total", "run_rate_year", op.annual_total, f"{cur}/year"))
    if op.option != "in_house":
        rows += [_row(est, op.option, c.name, "one_time", c.cost, cur) for c in op.one_time]
        rows.append(_row(est, op.option, "one_time_total", "one_time", op.one_time_total, cur))
        rows.append(_row(est, op.option, "savings", "run_rate_month", est.savings(op), f"{cur}/month"))
        rows.append(_row(est, op.option, "savings_share", "run_rate_month", est.savings_share(op), "share",
                         money=False))
    return rows


def _time_rows(est: Estimate, op: OptionEstimate) -> list[dict[str, object]]:
    """Horizon summary, contract years and the monthly series of one option (cheap, mid, dear case)."""
    cur = est.scenario.currency
    p = est.projected(op)
    if p is None:
        return []
    rows = [_row(est, op.option, "horizon_total", "horizon", est.horizon_total(op), cur),
            _row(est, op.option, "npv", "horizon", est.npv(op), cur)]
    if op.option != "in_house":
        rows += [_row(est, op.option, name, "horizon", Range.from_cases(value), cur) for name, value in p.parts.items()]
        rows.append(_row(est, op.option, "horizon_savings", "horizon", est.horizon_savings(op), cur))
        rows.append(_row(est, op.option, "horizon_savings_share", "horizon", est.horizon_savings_share(op), "share",
                         money=False))
        rows.append(_row(est, op.option, "npv_savings", "horizon", est.npv_savings(op), cur))
        for name, months in (("break_even_month", est.break_even_month(op)),
                             ("discounted_payback_month", est.discounted_payback_month(op))):
            values = [float("nan") if m is None else m for m in months]
            rows.append(_row(est, op.option, name, "horizon", Range.cases(*values), "month", money=False))
        # a vendor's break-even price (the captive has no price: its pay is the input)
        price = est.scenario.price(op.option) if op.option in VENDORS else None
        x = None if price is None else break_even_price(est, op.option)
        if price is not None and x is not None:  # in the quote's own currency, which the row names
            code, unit = break_even_unit(est.scenario, op.option)
            row = _row(est, op.option, "break_even_price", "horizon", Range(x, x, x), unit, money=False)
            rows.append(row | {"currency": code})
    annual = p.annual
    rows += [_row(est, op.option, "total", f"year_{y + 1}", Range.from_cases(annual[:, y]), f"{cur}/year")
             for y in range(annual.shape[1])]
    rows += [_row(est, op.option, "total", f"month_{m + 1}", Range.from_cases(p.monthly[:, m]), cur)
             for m in range(p.monthly.shape[1])]
    return rows


def _simulation_rows(est: Estimate, sim: Simulation) -> list[dict[str, object]]:
    cur = est.scenario.currency
    rows = []
    for spread in sim.options:
        rows += [
            _row(est, spread.option, "horizon_average_monthly_cost_p10_p50_p90", "monte_carlo", spread.monthly_cost,
                 f"{cur}/month"),
            _row(est, spread.option, "horizon_total_p10_p50_p90", "monte_carlo", spread.horizon_total, cur),
            _row(est, spread.option, "npv_p10_p50_p90", "monte_carlo", spread.npv, cur),
        ]
        if spread.npv_savings is not None:
            rows.append(_row(est, spread.option, "npv_savings_p90_p50_p10", "monte_carlo", spread.npv_savings, cur))
        for name, value, unit in (("probability_cheaper", spread.probability_cheaper, "share"),
                                  ("probability_npv_positive", spread.probability_npv_positive, "share"),
                                  ("discounted_payback_month_p50", spread.discounted_payback_month, "month")):
            if spread.option != "in_house":
                v = float("nan") if value is None else value
                rows.append(_row(est, spread.option, name, "monte_carlo", Range(v, v, v), unit, money=False))
    return rows


def tidy_table(est: Estimate, sim: Simulation | None = None) -> pd.DataFrame:
    """The estimate (and, when given, its Monte Carlo) as the tidy long table (schema in the module docstring)."""
    v = verdict(est)
    saving = est.horizon_savings(est.option(v.option))
    rows = [
        _row(est, "in_house", "workload_hours", "run_rate_month", Range(*(est.workload_hours,) * 3), "hours/month",
             money=False),
        _row(est, "in_house", "fte", "run_rate_month", Range(*(est.fte,) * 3), "FTE", money=False),
        _row(est, v.option, "verdict", "horizon", saving, est.scenario.currency),
    ]
    for op in est.options:
        rows += _option_rows(est, op)
    if sim is not None:
        rows += _simulation_rows(est, sim)
    for op in est.options:
        rows += _time_rows(est, op)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in ("low", "mid", "high"):
        frame[col] = frame[col].astype(float)
    return frame


def _defuse(value: object) -> object:
    # A leading apostrophe is escaped too, so that reading back strips exactly one and loses nothing.
    if isinstance(value, str) and value.startswith((*_FORMULA_START, "'")):
        return "'" + value
    return value


# Decimal places by the unit of a row; a unit not named here (shares) keeps full precision.
_DECIMALS = {"hours/month": 2, "FTE": 2, "month": 0}


def rounded(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its numbers rounded as the CSV writes them (rule in the module docstring).

    >>> t = pd.DataFrame({"low": [1091.9999999999998, 0.573512, -0.001], "mid": [1.006, 0.5, 2.0],
    ...                   "high": [2.0, 0.5, 2.0], "currency": ["USD", "", "USD"], "unit": ["USD", "share", "USD"]})
    >>> rounded(t)[["low", "mid"]].values.tolist()
    [[1092.0, 1.01], [0.573512, 0.5], [0.0, 2.0]]
    """
    out = table.copy()
    money = out["currency"] != ""
    places = out["unit"].map(_DECIMALS).where(~money, 2)
    if "period" in out:  # an input (estimator.interchange) as given, whatever its unit: the scenario it reads back as
        places = places.where(out["period"] != "input")
    for col in ("low", "mid", "high"):
        values = out[col].to_numpy(dtype=float, copy=True)
        for digits in places.dropna().unique():
            rows = (places == digits).to_numpy()
            # + 0.0 turns a -0.0 (a tiny negative rounded away) into 0.0, so no "-0.0" reaches a spreadsheet
            values[rows] = values[rows].round(int(digits)) + 0.0
        out[col] = values
    return out


def to_csv_bytes(table: pd.DataFrame) -> bytes:
    """CSV bytes (UTF-8, header row, CRLF line ends) safe to open in a spreadsheet, numbers :func:`rounded`."""
    safe = rounded(table)
    for col in TEXT_COLUMNS:
        if col in safe.columns:  # a table from before the location column has none
            safe[col] = safe[col].map(_defuse)
    # No float_format: a rounded number is written in its shortest form (34666.67, 1092.0) and reads back
    # exactly. CRLF line ends (RFC 4180) also make the csv writer quote any text holding a CR or LF, so a
    # name cannot split a row.
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def read_tidy_csv(data: bytes) -> pd.DataFrame:
    """Read a tidy CSV back, undoing the formula guard."""
    frame = pd.read_csv(io.BytesIO(data), dtype={c: str for c in TEXT_COLUMNS}, keep_default_na=False,
                        na_values={c: [""] for c in ("low", "mid", "high")})
    missing = [c for c in COLUMNS if c not in frame.columns and c not in OPTIONAL_COLUMNS]
    if missing:
        raise ValueError(f"tidy CSV: missing column(s) {', '.join(missing)}")
    for col in OPTIONAL_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    for col in TEXT_COLUMNS:
        frame[col] = frame[col].map(lambda v: v[1:] if v.startswith("'") else v)
    return frame[list(COLUMNS)]
