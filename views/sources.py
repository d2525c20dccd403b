"""The reference data page: every price range and default, with its source.

Static tables whose prose wraps (views/tables.py): in ``st.dataframe`` the Source and Notes columns (up to 500
characters) were cut at the right edge at 1440 px, as a grid cell shows one line; on a phone each row is a block.
"""

from __future__ import annotations

import streamlit as st

from estimator.assumptions import (
    ASSUMPTIONS,
    CAPTIVE_ASSUMPTIONS,
    FUNCTION_PAY,
    HR_RATIO_SOURCE,
    HR_STAFF_PER_100_EMPLOYEES,
    OFFSHORE_WAGES,
    OFFSHORE_WAGES_SOURCE,
    REALISED_SAVINGS_SOURCE,
)
from estimator.formatting import money, percent
from estimator.locations import location_label
from views import local_numbers, tables
from views.state import book_or_stop


def _shown(value: float | None, basis: str) -> str:
    if value is None:
        return "needs a quote"
    return percent(value) if basis == "savings_share" else f"${value:,.0f}"


def static_table(rows: list[dict[str, str]], key: str, keep: tuple[str, ...]) -> None:
    """:func:`views.tables.static_table` with its figures as the browser's locale writes them (a decimal comma
    locale: "$41.600", "3,7%"); the columns ``keep`` names (citations: "table 14.5", a name, a date) as written."""
    tables.static_table(local_numbers.frame_shown(rows, keep=keep), key)


st.markdown("### Reference prices and default assumptions")
book = book_or_stop()

st.markdown("**Vendor prices** (`data/pricing.csv`). Empty ranges: the seeds name the work without a price. "
            "Delivered from: where the row says the work is done; the seeds state no location.")
static_table([{"Function": r.function, "Model": r.model, "Delivered from": location_label(r.location),
              "Basis": r.basis.replace("_", " "), "Low": _shown(r.low, r.basis), "High": _shown(r.high, r.basis),
              "Currency": r.currency, "Unit": r.unit, "Source": r.source, "As of": r.as_of, "Notes": r.notes}
             for r in book.rows], "sources_prices", keep=("Function", "Source", "As of", "Notes"))
st.markdown("**In-house and vendor-management defaults** (`estimator/assumptions.py`)")
defaults = [{"Assumption": a.label,
             "Default": a.show(a.default, unit=False),
             "Sources' range": "" if a.low is None or a.high is None else a.show_range(a.low, a.high, unit=False),
             "Unit": a.unit, "Source": a.source} for a in ASSUMPTIONS.values()]
static_table(defaults, "sources_defaults", keep=("Source",))
st.markdown("**In-house pay by function** (the defaults above are a contact-centre agent's)")
static_table([{"Function": f, "Salary": money(p.annual_salary), "Overhead a month": money(p.overhead_per_fte_month),
              "Source": p.source} for f, p in FUNCTION_PAY.items()]
             + [{"Function": "Human resources, employees served", "Salary": "", "Overhead a month": "",
                 "Source": f"{HR_STAFF_PER_100_EMPLOYEES:g} HR staff per 100 employees: {HR_RATIO_SOURCE}"},
                {"Function": "Realised savings (reality check)", "Salary": "", "Overhead a month": "",
                 "Source": REALISED_SAVINGS_SOURCE}], "sources_pay", keep=("Function", "Source"))
st.markdown("**Offshore captive** (your own team abroad, the fourth option: turn it on under \"Offshore captive\" on "
            "the Estimate page, or offer it on the Mix of functions page)")
captive = (
    [{"Assumption": a.label, "Default": a.show(a.default, unit=False),
      "Sources' range": "" if a.low is None or a.high is None else a.show_range(a.low, a.high, unit=False),
      "Unit": a.unit, "Source": a.source} for a in CAPTIVE_ASSUMPTIONS.values()]
    + [{"Assumption": f"Agent wage, {w.country}", "Default": "", "Sources' range": f"${w.wage.low:g}–${w.wage.high:g}",
        "Unit": "USD/hour" + ("" if w.benefits is None else
                              f"; benefits {percent(w.benefits.low)}–{percent(w.benefits.high)} of wages"),
        "Source": OFFSHORE_WAGES_SOURCE} for w in OFFSHORE_WAGES.values()])
static_table(captive, "sources_captive", keep=("Source",))
st.caption("Not used: the seed's claim that the outsourcing market grew from $45.6 trillion to $92.5 trillion "
           "(2000–2019) exceeds world GDP and is plainly a unit error.")
