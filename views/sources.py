"""The reference data page: every price range and default, with its source.

Static tables whose prose wraps (views/tables.py): in ``st.dataframe`` the Source and Notes columns (up to 500
characters) were cut at the right edge at 1440 px, as a grid cell shows one line; on a phone each row is a block.
"""

from __future__ import annotations

from typing import Any

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
from estimator.currency import DEFAULT_CURRENCY, converted
from estimator.formatting import format_money, money, percent, price_money
from estimator.locations import location_label
from views import currency as currency_view
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


def _reporting() -> tuple[str, float | None]:
    """The Estimate page's reporting currency and how many of it one US dollar buys at the rate its Currency
    expander holds (None while none is given); (USD, 1) reporting in dollars."""
    reporting = currency_view.shown("reporting")
    return reporting, currency_view.from_store({DEFAULT_CURRENCY}).per_dollar(reporting)


def _in_reporting(dollars: float | None) -> str:
    """A sourced dollar figure in the reporting currency, rounded as the sidebar shows a converted default
    (:func:`estimator.currency.converted`): "£33,280", "£1.60"; "" for no figure."""
    if dollars is None or PER is None:
        return ""
    return price_money(converted(dollars, PER), REPORTING)


st.markdown("### Reference prices and default assumptions")
book = book_or_stop()
REPORTING, PER = _reporting()
# Reporting in another currency, the sources' figures are still their US dollars: said plainly, and each money
# figure beside them in the reporting currency at the rate given (h20walk: reporting in GBP, only dollars showed).
CONVERT = REPORTING != DEFAULT_CURRENCY and PER is not None
IN = f"in {REPORTING}"
if REPORTING != DEFAULT_CURRENCY:
    if PER is None:
        st.info(f"The figures below are the sources' own, in US dollars. Results are in {REPORTING}: give the US "
                f"dollar's rate (Estimate page, Currency: 1 {REPORTING} = … USD) to see each one in {REPORTING} too.",
                icon=":material/currency_exchange:")
    else:
        st.info(local_numbers.shows_page(
            f"The figures below are the sources' own, in US dollars; the columns \"{IN}\" give each money figure in "
            f"{REPORTING} at your rate, 1 {REPORTING} = {currency_view.rate_text(1 / PER)} USD "
            f"({money(1, 'USD')} = {format_money(PER, REPORTING)}), as the Estimate page uses them."),
            icon=":material/currency_exchange:")

st.markdown("**Vendor prices** (`data/pricing.csv`). Empty ranges: the seeds name the work without a price. "
            "Delivered from: where the row says the work is done; the seeds state no location.")

def _price_in(value: float | None, r: Any) -> str:
    """A price row's end in the reporting currency: a dollar price converted; "" for a savings share (no money: its
    share is in Low and High; session 27's walk read "Low in EUR: 40%"), for another currency's (none of the seeds')
    and for no price."""
    if r.basis == "savings_share" or value is None:
        return ""
    return _in_reporting(value) if r.currency == DEFAULT_CURRENCY else ""


static_table([{"Function": r.function, "Model": r.model, "Delivered from": location_label(r.location),
              "Basis": r.basis.replace("_", " "), "Low": _shown(r.low, r.basis), "High": _shown(r.high, r.basis),
              **({f"Low {IN}": _price_in(r.low, r), f"High {IN}": _price_in(r.high, r)} if CONVERT else {}),
              "Currency": r.currency, "Unit": r.unit, "Source": r.source, "As of": r.as_of, "Notes": r.notes}
             for r in book.rows], "sources_prices", keep=("Function", "Source", "As of", "Notes"))
st.markdown("**In-house and vendor-management defaults** (`estimator/assumptions.py`)")


def _money_in(a: Any) -> dict[str, str]:
    """An assumption's default and range in the reporting currency, where they are dollars."""
    if not CONVERT:
        return {}
    if a.money_code(None) != DEFAULT_CURRENCY:
        return {f"Default {IN}": "", f"Range {IN}": ""}
    ends = "" if a.low is None or a.high is None else f"{_in_reporting(a.low)}–{_in_reporting(a.high)}"
    return {f"Default {IN}": _in_reporting(a.default), f"Range {IN}": ends}


defaults = [{"Assumption": a.label,
             "Default": a.show(a.default, unit=False),
             "Sources' range": "" if a.low is None or a.high is None else a.show_range(a.low, a.high, unit=False),
             **_money_in(a), "Unit": a.unit, "Source": a.source} for a in ASSUMPTIONS.values()]
static_table(defaults, "sources_defaults", keep=("Source",))
st.markdown("**In-house pay by function** (the defaults above are a contact-centre agent's)")
PAY_IN = {f"Salary {IN}": "", f"Overhead a month {IN}": ""} if CONVERT else {}
static_table([{"Function": f, "Salary": money(p.annual_salary), "Overhead a month": money(p.overhead_per_fte_month),
              **({f"Salary {IN}": _in_reporting(p.annual_salary),
                  f"Overhead a month {IN}": _in_reporting(p.overhead_per_fte_month)} if CONVERT else {}),
              "Source": p.source} for f, p in FUNCTION_PAY.items()]
             + [{"Function": "Human resources, employees served", "Salary": "", "Overhead a month": "", **PAY_IN,
                 "Source": f"{HR_STAFF_PER_100_EMPLOYEES:g} HR staff per 100 employees: {HR_RATIO_SOURCE}"},
                {"Function": "Realised savings (reality check)", "Salary": "", "Overhead a month": "", **PAY_IN,
                 "Source": REALISED_SAVINGS_SOURCE}], "sources_pay", keep=("Function", "Source"))
st.markdown("**Offshore captive** (your own team abroad, the fourth option: turn it on under \"Offshore captive\" on "
            "the Estimate page, or offer it on the Mix of functions page)")
captive = (
    [{"Assumption": a.label, "Default": a.show(a.default, unit=False),
      "Sources' range": "" if a.low is None or a.high is None else a.show_range(a.low, a.high, unit=False),
      **_money_in(a), "Unit": a.unit, "Source": a.source} for a in CAPTIVE_ASSUMPTIONS.values()]
    + [{"Assumption": f"Agent wage, {w.country}", "Default": "", "Sources' range": f"${w.wage.low:g}–${w.wage.high:g}",
        **({f"Default {IN}": "", f"Range {IN}": f"{_in_reporting(w.wage.low)}–{_in_reporting(w.wage.high)}"}
           if CONVERT else {}),
        "Unit": "USD/hour" + ("" if w.benefits is None else
                              f"; benefits {percent(w.benefits.low)}–{percent(w.benefits.high)} of wages"),
        "Source": OFFSHORE_WAGES_SOURCE} for w in OFFSHORE_WAGES.values()])
static_table(captive, "sources_captive", keep=("Source",))
st.caption("Not used: the seed's claim that the outsourcing market grew from $45.6 trillion to $92.5 trillion "
           "(2000–2019) exceeds world GDP and is plainly a unit error.")
