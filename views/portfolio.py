"""The mix-of-functions page: an editable table of functions in; the chosen mix against all in-house and all
outsourced, a chart stacked by function, the Monte Carlo with its progress, and downloads out.

The table survives a page switch the way views/store.py keeps other inputs: Streamlit drops a data editor's
edits when its page is not drawn, so the edited table is kept under a key no widget owns (``KEPT``) and, when
the page is drawn again, becomes the data the editor starts from (``BASE``). While the page stays open the
editor's data does not change: a dynamic editor's identity includes its data, and new data would drop the
edits in progress.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from estimator import charts, portfolio_charts
from estimator.assumptions import LOCATIONS
from estimator.currency import ExchangeRate
from estimator.export import to_csv_bytes
from estimator.formatting import chance_percent, compact_money, money, number, percent, price_money, share_size
from estimator.formatting import years as years_text
from estimator.locations import delivered_from
from estimator.options import options
from estimator.portfolio import (
    KIND,
    OPTIONS,
    ROW_PAY_KEYS,
    Portfolio,
    PortfolioEstimate,
    PortfolioSimulation,
    chunk_count,
    dump_portfolio,
    estimate_portfolio,
    portfolio_from_dict,
    portfolio_of,
    portfolio_to_dict,
    shared_from_scenario,
    simulate_portfolio,
)
from estimator.portfolio_table import (
    BASIS_LABELS,
    COLUMN_LABELS,
    COLUMNS,
    NUMBERS,
    TableError,
    default_pay,
    money_rates,
    portfolio_from_table,
    table_rows,
)
from estimator.pricing import BOOK_LOCATIONS, PriceBook
from estimator.scenario import (
    OPTION_LABELS,
    InputError,
    Scenario,
    exchange_rate_dict,
    quote_basis,
    scenario_from_dict,
    scenario_to_dict,
)
from estimator.store import StoreError
from views import cards, chart_handoff, local_numbers, store
from views import currency as currency_view
from views.delta import saving_delta
from views.inputs import _per
from views.local_numbers import QUOTE_PLACES
from views.share import CURRENT, CURRENT_BEHIND
from views.state import MIX_PENDING, book_or_stop, file_stem, scenario_store
from views.tables import NARROW, static_table
from views.text import name_field, plain

EDITOR = "mix_editor"  # the data editor's widget key
KEPT = "_mix_table"  # the table as last edited: outlives the editor's own state
BASE = "_mix_base"  # the data the editor was drawn with on this visit
SHARED = "_mix_shared"  # shared sections (business case...) of an opened file; {} = the defaults
LAST_VALID = "_mix_last_valid"  # the last portfolio the table gave, shown as stale while a cell is wrong
SIMULATED = "_mix_simulation"  # (portfolio, its Monte Carlo)
NAME = "mix_name"
OPEN_FAILED = "_mix_open_failed"  # why the last "Open" did not open, shown once
DEFAULT_NAME = "Mix of functions"
# A first mix to edit: one row per option, functions the price book prices.
STARTER = ({"function": "Customer service", "workload": 10.0, "basis": "fte", "option": "bpo"},
           {"function": "IT and software operations", "workload": 4.0, "basis": "fte", "option": "in_house"},
           {"function": "Research and analysis", "workload": 3.0, "basis": "fte", "option": "kpo"})
BASIS_UNITS = {"per_hour": "per productive hour", "per_month": "a billing unit a month",
               "savings_share": "below in-house cost", "per_contact": "per contact", "per_minute": "per minute"}


def frame(rows: Any) -> pd.DataFrame:
    """The editor's data: the table's columns in order, numbers as floats (an empty cell is NaN)."""
    table = pd.DataFrame(list(rows), columns=list(COLUMNS))
    for column in NUMBERS:
        table[column] = pd.to_numeric(table[column], errors="coerce").astype(float)
    for column in ("function", "basis", "option", "quote_currency", "location"):
        table[column] = table[column].astype(object)
    return table.reset_index(drop=True)


def _records(table: pd.DataFrame) -> list[dict[str, Any]]:
    return table.to_dict("records")


QUOTES = ("quote_low", "quote_high")


def quote_places(table: pd.DataFrame) -> int:
    """The decimals the grid's quote cells show: two, or up to :data:`views.local_numbers.QUOTE_PLACES` (four) where a quote
    in the table has them, as the sidebar's quote fields show them. A file's 25.004 read "25.00" in the grid, which
    used 25.004; a price a minute converted from one an hour ($25 an hour at 3.3 minutes a contact: 0.5833) needs all
    four.

    >>> quote_places(pd.DataFrame({"quote_low": [25.0, float("nan")], "quote_high": [25.5, 30.0]}))
    2
    >>> quote_places(pd.DataFrame({"quote_low": [25.004, 0.58333333], "quote_high": [25.0, 0.5]}))
    4
    """
    places = 2
    for value in table[list(QUOTES)].to_numpy().ravel():
        if isinstance(value, float) and math.isfinite(value):
            places = max(places, local_numbers.places_held(value, QUOTE_PLACES))
    return places


def quotes_as_shown(table: pd.DataFrame, places: int) -> pd.DataFrame:
    """``table`` with each quote as its cell shows it to ``places`` decimals (the grid's number format, JavaScript's
    rounding): what the results then use. A quote typed with more decimals than the column shows is used as shown.

    >>> quotes_as_shown(pd.DataFrame({"quote_low": [25.004, float("nan")], "quote_high": [0.58335, 30.0]}), 2).values.tolist()
    [[25.0, 0.58], [nan, 30.0]]
    """
    shown = table.copy()
    for column in QUOTES:
        shown[column] = [local_numbers.as_shown(v, None, places) if isinstance(v, float) and math.isfinite(v) else v
                         for v in shown[column]]
    return shown


def _column_config(book: PriceBook, currency: str, captive: bool = False, reporting: str = "USD",
                   quote_currencies: tuple[str, ...] = (), places: int = 2) -> dict[str, Any]:
    """``currency``: the in-house pay's; ``reporting``: a typed quote's (the mix's reporting currency);
    ``quote_currencies``: those a quote may be in (the reporting one and each the mix has a rate for); ``places``:
    the decimals a quote shows (:func:`quote_places`)."""
    cc = st.column_config
    # Where the browser writes decimals with a comma, a sprintf format would still show "12.5" beside fields showing
    # "12,5": "localized" is the browser's own Intl.NumberFormat (its cell editor reads the same way).
    comma = local_numbers.comma_locale() is not None
    pay = "dollar" if currency == "USD" and not comma else "localized"
    one_place, cents = ("localized", "localized") if comma else ("%.1f", f"%.{places}f")
    # the step sets the decimals "localized" shows (the browser's Intl.NumberFormat, to exactly that many) and those
    # the cell editor keeps of what is typed
    step = 10.0 ** -places
    return {
        # No required=True and no min_value on what the user types: the browser holds back a row with an empty
        # required cell, and a number field with a minimum drops a minus sign (-3 became 3), both without a word;
        # portfolio_table checks every cell instead and names the row ("Row 4 (...), Workload: is empty").
        # Pinned: eight columns are some 1,050 px, wider than a phone's 358 px (and than a laptop's main area), and
        # an editing grid cannot stack its rows as the page's static tables do (a canvas of fixed-width columns,
        # its widths set here, the screen unknown here). Swiped sideways, a row's other cells stay beside its
        # function. 160 px, not 210: pinned at 210 it left a phone 150 px for the rest.
        "function": cc.SelectboxColumn(COLUMN_LABELS["function"], options=list(book.functions), pinned=True,
                                       width=160, help="The work, as the price book names it. Pinned: it stays in view, drawn "
                                                                "paler, and changes like any cell"),
        "workload": cc.NumberColumn(COLUMN_LABELS["workload"], step=0.5, format=one_place, width=105,
                                    help="In-house headcount (FTE) or productive hours a month, "
                                         "as the next column says"),
        "basis": cc.SelectboxColumn(COLUMN_LABELS["basis"], options=list(BASIS_LABELS), format_func=BASIS_LABELS.get,
                                    default="fte", required=True, width=140),
        "annual_salary": cc.NumberColumn(f"Pay, {currency} a year", step=1000.0, format=pay, width=150,
                                         help=f"In-house pay in {currency}, only where it differs from the function's "
                                              "default; empty takes the default (listed under the table)"),
        "option": cc.SelectboxColumn(COLUMN_LABELS["option"], options=[o for o in OPTIONS if captive or o != "captive"],
                                     format_func=OPTION_LABELS.get, default="in_house", required=True, width=120,
                                     help="In-house, a vendor option the price book prices or the row quotes, or the "
                                          "offshore captive where it is offered (above the table)"),
        "quote_low": cc.NumberColumn(COLUMN_LABELS["quote_low"], format=cents, step=step, width=115,
                                     help=f"A vendor quote for the chosen option in {reporting}, on the price book's "
                                          "basis (per productive hour unless the table below says otherwise); empty: "
                                          "the price book's range (in its own currency, converted)"),
        "quote_high": cc.NumberColumn(COLUMN_LABELS["quote_high"], format=cents, step=step, width=115,
                                      help="The dear end of the quote; the same as the low end for one price"),
        # the quote as typed, in its own currency (a mix opened with a euro quote in dollars): the currencies the
        # mix has a rate for
        "quote_currency": cc.SelectboxColumn(COLUMN_LABELS["quote_currency"], options=quote_currencies, width=90,
                                             help=f"The quote's currency; empty: {reporting}, the mix's. Another "
                                                  "currency where the mix has its rate (an opened file's quote)"),
        "location": cc.SelectboxColumn(COLUMN_LABELS["location"], options=list(BOOK_LOCATIONS),
                                       format_func=LOCATIONS.get, width=140,
                                       help="Where the chosen vendor option's work is done: the quote's location, or "
                                            "without a quote the price book's row there. Empty: not stated. Price "
                                            "one function from two places with two rows"),
    }


def _quote_currencies(shared: dict[str, Any], reporting: str) -> tuple[str, ...]:
    """The currencies a row's quote may be in: the mix's, then each it has a rate for (an opened file's)."""
    rates = shared.get("exchange_rates")
    return (reporting, *sorted(c for c in (rates if isinstance(rates, dict) else {}) if c != reporting))


def _editor(book: PriceBook, shared: dict[str, Any]) -> pd.DataFrame:
    """The table, edited; kept under ``KEPT`` so it comes back after a page switch."""
    if EDITOR not in st.session_state or BASE not in st.session_state:
        # first draw, or back from another page: the editor's own edits are gone, the kept table is not
        st.session_state[BASE] = frame(_records(st.session_state[KEPT]) if KEPT in st.session_state else STARTER)
    reporting, currency, per, _ = money_rates(shared)
    # Streamlit draws a pinned column's cells faded (its grid's "faded" style, for every pinned column, with no
    # setting to change it): at 1440 x 900 the functions read as disabled, though they change like any cell.
    # Unpinned they would scroll out of view (the grid is 189 px wider than the main area there; 1,077 px in 356 on a
    # phone).
    st.caption("The Function column stays in view when the table scrolls sideways, so it is drawn paler; its cells "
               "change like the others.")
    # Then, on a narrow screen only (the style sheet hides it on a wide one), the line to swipe: the grid's sideways
    # scroll has no scroll bar on a touch screen, and the columns past "Workload" read as missing. Its short last
    # line on a phone clears the grid's toolbar, which covered the end of the line above it there.
    st.html(f"<style>@media (min-width: {NARROW + 1}px) {{.st-key-mix_swipe {{display: none;}}}}</style>")
    with st.container(key="mix_swipe"):
        st.caption("Swipe the table sideways for its other columns (pay, option, quote, location).")
    # The quotes' decimals follow the table the grid starts from (an opened file's 25.004 shows "25.004"), not its
    # edits: a change to the column settings makes a new grid (its identity), which would drop what was typed.
    # What is typed is used as its cell shows it.
    places = quote_places(st.session_state[BASE])
    edited = st.data_editor(st.session_state[BASE], key=EDITOR, num_rows="dynamic", hide_index=True, placeholder="default",
                            column_config=_column_config(book, currency, "captive" in shared, reporting,
                                                         _quote_currencies(shared, reporting), places),
                            width="stretch")
    edited = quotes_as_shown(edited, places)
    st.session_state[KEPT] = edited
    _default_pay(edited, currency, per)
    return edited


def _default_pay(table: pd.DataFrame, currency: str, per: float | None) -> None:
    """Under the table, the pay an empty Pay cell takes, per function in it: the sources' dollars in the in-house
    currency (the table's "default" cell could not say which figure, nor in what currency)."""
    functions = [f for f in dict.fromkeys(table["function"]) if isinstance(f, str) and f]
    if not functions:
        return
    if per is None:
        st.caption(f"An empty Pay cell takes the function's default, the sources' US dollars in {currency}: it waits "
                   "for the rate above.")
        return
    # the figures as the browser's locale writes them, as the grid's cells do ("10,0")
    pays = ", ".join(f"{f} {local_numbers.shows_page(money(pay['annual_salary'], currency))}"
                     for f in functions if (pay := default_pay(f, per)) is not None)
    at = "" if currency == "USD" else local_numbers.shows_page(
        f" (the sources' US dollars at 1 USD = {_per(per)} {currency})")
    st.caption(f"An empty Pay cell takes the function's default pay a year{at}: {pays}.")


def _load(portfolio: Portfolio, book: PriceBook) -> None:
    """Put an opened portfolio in the table, its shared settings in force; what was typed is replaced."""
    shared = {k: v for k, v in portfolio_to_dict(portfolio).items() if k not in ("kind", "format_version", "name", "rows")}
    shared["in_house"] = {k: v for k, v in shared["in_house"].items() if k not in ROW_PAY_KEYS}  # pay is per row
    st.session_state[SHARED] = shared
    st.session_state[SHARED_FROM] = "the opened file"
    st.session_state[KEPT] = st.session_state[BASE] = frame(table_rows(portfolio, book))
    st.session_state.pop(EDITOR, None)
    store.set_value(NAME, portfolio.name)


def _plans(pe: PortfolioEstimate) -> None:
    p = pe.portfolio
    cur, years = p.currency, p.business_case.horizon_years
    mix, in_house, outsourced = pe.mix, pe.in_house, pe.outsourced
    vs_in_house = pe.compare("mix", "in_house")
    out_vs = pe.compare("outsourced", "in_house")
    # side by side where they fit, else under one another (views/cards.py): at 1024 × 768 three columns cut the deltas
    cards.show([
        cards.Card(f"Chosen mix over {years_text(years)}", money(mix.horizon_total.mid, cur),
                   {**saving_delta(vs_in_house.horizon_saving.mid, vs_in_house.horizon_saving_share.mid, cur,
                                   "all in-house"),
                    "help": "Midpoint over the horizon, one-time costs included, in " + cur}),
        cards.Card(f"All in-house over {years_text(years)}", money(in_house.horizon_total.mid, cur)),
        cards.Card(f"All outsourced over {years_text(years)}", money(outsourced.horizon_total.mid, cur),
                   {**saving_delta(out_vs.horizon_saving.mid, out_vs.horizon_saving_share.mid, cur, "all in-house"),
                    "help": "Each function with its cheapest priced vendor option; in-house where none is priced"})])
    rows = []
    for name in ("mix", "in_house", "outsourced", "best"):
        plan = pe.plans[name]
        total, npv = plan.horizon_total, plan.npv_range
        low, high = compact_money(total.low, cur), compact_money(total.high, cur)
        row = {"Plan": plan.label, f"Over {years_text(years)} (midpoint)": money(total.mid, cur),
               "Range": f"{low}–{high}" if low != high else low,  # all in-house read "$9.54M–$9.54M"
               "NPV": money(npv.mid, cur)}
        if name == "mix":
            row.update({"Mix saves": "", "Mix's NPV saving": "", "Mix breaks even": ""})
        elif plan.options == mix.options:
            row.update({"Mix saves": "the same plan", "Mix's NPV saving": "", "Mix breaks even": ""})
        else:
            c = pe.compare("mix", name)
            month = c.break_even_month[1]
            share = c.horizon_saving_share.mid  # a share under a half percent is not "0%" ("-$1,234 (-0%)")
            shown = share_size(share) if percent(share) in ("0%", "-0%") else percent(share)
            row.update({"Mix saves": f"{money(c.horizon_saving.mid, cur)} ({shown})",
                        "Mix's NPV saving": money(c.npv_saving.mid, cur),
                        "Mix breaks even": "never" if month is None else f"month {month:.0f}"})
        rows.append(row)
    # Headers without the currency (the caption states it): with it, "Mix's NPV saving (USD)" was cut and "Mix breaks
    # even" hidden at 1280 px, behind a horizontal scroll that is easy to miss. A static table, as the functions
    # table below: as a grid it was still 821 px in 818 at 1280 x 720, its right edge behind a 3 px scroll.
    figures = list(rows[0])[1:6]  # every money column, and the saving with its share
    static_table(local_numbers.frame_shown(rows), "mix_plans", right=figures, whole=["Mix breaks even"])
    st.caption(f"Money in {cur} over {years_text(years)}, one-time costs included; range from every cheap end to every dear "
               f"end; NPV discounted at "
               f"{percent(p.business_case.discount_rate)} a year. Break-even: the first month from "
               "which the chosen mix's cumulative cost stays below the other plan's (midpoint).")


def _functions(pe: PortfolioEstimate, book: PriceBook) -> None:
    p = pe.portfolio
    cur, years = p.currency, p.business_case.horizon_years
    rows = []
    for i, row in enumerate(p.rows):
        price = row.price(row.option)
        if row.option == "captive" and p.captive is not None:
            fte = pe.estimates[i].captive_fte or pe.estimates[i].fte
            used = (f"{number(fte, 1)} FTE in an offshore captive at {money(p.captive.entry_pay_month, p.captive.currency)} "
                    "a month at entry")
        elif price is None:
            s = p.scenario(i)
            used = (f"{number(pe.estimates[i].fte, 1)} FTE in-house at "
                    f"{money(s.in_house.annual_salary, s.currency_of('in_house'))} a year")
        elif price.basis == "savings_share":
            used = f"{percent(price.low)}–{percent(price.high)} {BASIS_UNITS[price.basis]} ({price.source})"
        else:
            used = f"{_price_text(price, p)} {BASIS_UNITS[price.basis]} ({price.source})"
        where = delivered_from(pe.estimates[i].scenario, row.option) or ""
        quotes = ", ".join(f"{OPTION_LABELS[o]} {BASIS_UNITS[quote_basis(book, row.function, o)]}"
                           for o in options(vendors_only=True))
        # the figures first, the prose after: at 1280 px the two cost columns were past the table's right edge,
        # behind a horizontal scroll that is easy to miss
        rows.append({"Function": row.function, "Chosen": OPTION_LABELS[row.option],
                     f"Chosen, {cur} over {years_text(years)}": money(float(pe.mix.by_function[i, 1]), cur),
                     f"In-house, {cur} over {years_text(years)}": money(float(pe.in_house.by_function[i, 1]), cur),
                     "Delivered from": where, "Price used": used,
                     "Priced options": ", ".join(OPTION_LABELS[o] for o in p.available(row)),
                     "A quote is given": quotes})
    # A static table, its prose wrapped in its cells: in st.dataframe a cell is one line, and "Price used" and "A quote
    # is given" took the grid to 1,432 px in the 818 px a 1280 x 720 screen leaves beside the sidebar, behind a
    # sideways scroll. The figures right-aligned; on a phone each function is a block of lines (views/tables.py).
    static_table(local_numbers.frame_shown(rows, keep=("Function",)), "mix_functions",
                 right=list(rows[0])[2:4] if rows else (), whole=["Chosen"])


def _price_text(price: Any, p: Portfolio) -> str:
    """A vendor price in its own currency, and in the reporting one where they differ: the price book's dollar range
    in a euro mix read "EUR20-EUR30", its dollars labelled euros (the model converted them)."""
    code = price.currency or p.currency
    def shown(v: float, c: str) -> str:
        return price_money(v, c)

    own = f"{shown(price.low, code)}–{shown(price.high, code)}"
    rate = next((r.rate for r in p.exchange_rates if r.target == code), None)
    if code == p.currency or rate is None:
        return own
    return (f"{own} ({shown(price.low / rate, p.currency)}–{shown(price.high / rate, p.currency)} at 1 {p.currency} "
            f"= {_per(rate)} {code})")


def _monte_carlo(pe: PortfolioEstimate) -> None:
    p = pe.portfolio
    cur, years = p.currency, p.business_case.horizon_years
    st.markdown("#### How sure: the Monte Carlo of the mix")
    steps = chunk_count(p)
    label = local_numbers.shows_page(
        f"Run {number(p.uncertainty.draws)} draws for {len(p.rows)} function{'s' if len(p.rows) != 1 else ''}")
    if st.button(label, key="mix_run_monte_carlo", icon=":material/casino:"):
        bar = st.progress(0.0, text=f"Monte Carlo: 0 of {steps} chunks")

        def advance(done: int, total: int) -> None:
            bar.progress(done / total, text=f"Monte Carlo: {done} of {total} chunks")

        st.session_state[SIMULATED] = (p, simulate_portfolio(p, pe, progress=advance))
    ran = st.session_state.get(SIMULATED)
    if ran is None:
        st.caption(local_numbers.shows_page(f"Every range drawn {number(p.uncertainty.draws)} times per function, in "
                                            f"{steps} chunks of up to 2,000 draws; a bar shows how far it has got."))
        return
    if ran[0] != p:
        st.caption("The table changed since the last run: run it again for this mix.")
        return
    sim: PortfolioSimulation = ran[1]
    rows = [{"Plan": pe.plans[name].label, f"P10 ({cur})": money(r.low, cur), f"P50 ({cur})": money(r.mid, cur),
             f"P90 ({cur})": money(r.high, cur)} for name, r in sim.horizon_total.items() if name != "best"]
    st.dataframe(local_numbers.frame_shown(pd.DataFrame(rows)), hide_index=True, width="stretch", key="mix_monte_carlo")
    saving = sim.mix_saving["in_house"]
    st.caption(local_numbers.shows_page(
               f"Cost over {years_text(years)} across {number(sim.draws)} draws (seed {sim.seed}). Against all in-house "
               f"the chosen mix saves P10 {money(saving.high, cur)}, P50 {money(saving.mid, cur)}, "
               f"P90 {money(saving.low, cur)}, and is cheaper in {chance_percent(sim.probability_mix_cheaper['in_house'])} "
               f"of draws; against all outsourced, in {chance_percent(sim.probability_mix_cheaper['outsourced'])}."))


def _files(pe: PortfolioEstimate, book: PriceBook) -> None:
    p = pe.portfolio
    stem = file_stem(p.name)
    st.markdown("#### Save, open, download")
    # a row that wraps, each button as wide as its label: in two columns "Download the mix's table (CSV)" was cut to
    # "Download the mix's tabl…" at 768 × 1024, a tablet held upright with the sidebar open (h21walk)
    row = st.container(horizontal=True, key="mix_downloads")
    # made on click, not on every edit
    row.download_button("Download the mix (JSON)", lambda: dump_portfolio(p), file_name=f"{stem}.json",
                       mime="application/json", on_click="ignore", key="download_mix_json",
                       icon=":material/data_object:")
    from estimator.portfolio_table import portfolio_tidy_table  # noqa: PLC0415 - pandas work only on click

    row.download_button("Download the mix's table (CSV)", lambda: to_csv_bytes(portfolio_tidy_table(pe)),
                       file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="download_mix_csv",
                       icon=":material/table:")
    try:
        saved = scenario_store()
        names = saved.names()
    except StoreError as exc:
        st.caption(f"The scenario store cannot be used now: {exc}")
        return
    s1, s2 = st.columns(2)
    if s1.button("Save the mix to the store", key="action_mix_save", icon=":material/save:"):
        try:
            done = saved.save(portfolio_to_dict(p), p.name)
        except StoreError as exc:
            s1.error(str(exc))
        else:
            s1.success(f"Saved as “{plain(done.name)}”; it is listed on the Scenarios page.")
            names = saved.names()
    if not names:
        s2.caption("Nothing saved yet.")
        return
    s2.selectbox("Saved mix or scenario", names, key="mix_open_pick")
    # a callback: it runs before the page is drawn, so it may set the name field and the table
    s2.button("Open in the table", key="action_mix_open", icon=":material/open_in_new:", on_click=_open, args=(book,))
    failed = st.session_state.pop(OPEN_FAILED, None)
    if failed:
        s2.error(f"It was not opened; the table is as it was. {failed}")


def _open(book: PriceBook) -> None:
    """Open the picked saved mix (a one-function scenario opens as a mix of one)."""
    try:
        data = scenario_store().show(st.session_state["mix_open_pick"]).data
        opened = (portfolio_from_dict(data, book) if isinstance(data, dict) and data.get("kind") == KIND
                  else portfolio_of(scenario_from_dict(data, book)))
    except (StoreError, InputError) as exc:
        st.session_state[OPEN_FAILED] = str(exc)
    else:
        _load(opened, book)


def _pending(book: PriceBook) -> None:
    """A mix the Scenarios page asked to open: into the table, before any widget is drawn."""
    data = st.session_state.pop(MIX_PENDING, None)
    if data is None:
        return
    try:
        _load(portfolio_from_dict(data, book), book)
    except InputError as exc:
        st.error(f"The saved mix was not opened; the table is as it was. {exc}", icon="⚠️")


CAPTIVE_ON = "mix_captive_on"
SHARED_FROM = "_mix_shared_from"  # where the shared settings came from, for the caption


def _from_estimate() -> None:
    """The Estimate page's settings (horizon, terms, people, uncertainty, currency...) become the mix's shared ones."""
    current = st.session_state.get(CURRENT)
    if isinstance(current, Scenario):
        st.session_state[SHARED] = shared_from_scenario(scenario_to_dict(current))
        st.session_state[SHARED_FROM] = "the Estimate page"


def _with_captive(shared: dict[str, Any]) -> dict[str, Any]:
    """The shared settings, with the offshore captive offered: an opened file's, or, with the toggle on, the
    Estimate page's (its pay and its currency's rate, as set in that page's sidebar)."""
    if "captive" in shared:
        st.caption("The opened file offers an offshore captive: a row may choose it.")
        return shared
    store.prime(CAPTIVE_ON, False)
    on = store.keep(CAPTIVE_ON, st.toggle(
        "Offer the offshore captive", key=CAPTIVE_ON,
        help="Your own team abroad as a choice for any row, with the pay, loads and exchange rate set under "
             "'Offshore captive' and 'Currency' on the Estimate page."))
    if not on:
        return shared
    current = st.session_state.get(CURRENT)
    if not isinstance(current, Scenario) or current.captive is None:
        st.info("Turn on 'Price an offshore captive' in the Estimate page's sidebar, with its exchange rate, "
                "to offer it here.", icon=":material/info:")
        return shared
    form = scenario_to_dict(current)
    rate = current.rate_for("captive")
    rates = {} if rate is None else {"exchange_rates": {rate.target: form["exchange_rates"][rate.target]}}
    return {**shared, "captive": form["captive"], **rates}


def _in_estimate_currencies(shared: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The shared settings in the currencies of the Estimate page's Currency expander ("Report in", "In-house pay and
    costs in", and the rates), where they name none of their own (an opened file's, or "Use the Estimate page's
    settings", name theirs). The rates are that expander's own fields, drawn here for each currency the mix needs
    (the in-house one, and the US dollar's for the sources' figures and the price book's ranges), as the Contact
    centre page draws them. Without this the page stayed in dollars ("Pay, USD a year") while "Report in" said INR.

    Returns the settings and the currencies whose rate the mix still waits for."""
    if "currency" in shared:  # its own currencies and rates
        return _missing_rates(shared), []
    reporting, ih = currency_view.shown("reporting"), currency_view.shown("in_house")
    codes = ({ih} | currency_view.sourced(reporting)) - {reporting}
    if not codes:
        return shared, []
    st.markdown("**Currency**")
    st.caption(f"Costs in {reporting}, in-house pay in {ih}, as on the Estimate page (its Currency expander). The "
               "sources' pay figures and the price book's ranges are US dollars, converted at the rate below.")
    given = currency_view.from_store(codes).rates  # read before the fields, as the Contact centre page reads them
    for code in sorted(codes):
        currency_view.rate_field(code, reporting)
    rates = {c: exchange_rate_dict(r) for c, r in given.items() if isinstance(r, ExchangeRate)}
    out = {**shared, "currency": reporting, "exchange_rates": {**rates, **shared.get("exchange_rates", {})}}
    if ih != reporting:
        out["in_house"] = {**shared.get("in_house", {}), "currency": ih}
    missing = sorted(c for c in codes if not isinstance(given.get(c), ExchangeRate))
    return out, missing


def _missing_rates(shared: dict[str, Any]) -> dict[str, Any]:
    """An opened mix's settings with a field for each rate its currencies need and it does not give (the US dollar's,
    for the sources' pay figures and the price book's ranges; the in-house currency's), as the Estimate page asks for
    them: a euro mix without a dollar rate was refused under the table, "give how many USD one EUR buys (Currency,
    '1 EUR = ... USD')", and the page had no such field. Under the Currency expander's own key where the mix reports in
    the expander's currency (one rate for the pages), else under one of the mix's. A rate typed is added to the mix's
    rates; one not typed leaves the model's message, which names it."""
    reporting, ih, _, _ = money_rates(shared)
    given = shared.get("exchange_rates") if isinstance(shared.get("exchange_rates"), dict) else {}
    codes = sorted(({ih} | currency_view.sourced(reporting)) - {reporting} - set(given))
    if not codes:
        return shared
    st.markdown("**Currency**")
    st.caption(f"The opened mix reports in {reporting}" + (f", in-house pay in {ih}" if ih != reporting else "") +
               ". The sources' pay figures and the price book's ranges are US dollars: give the rate the file "
               "leaves out.")
    own = reporting == currency_view.shown("reporting")
    typed = {code: currency_view.rate_field(code, reporting, None if own else f"mix_fx_rate_{reporting}_{code}")
             for code in codes}
    rates = {c: exchange_rate_dict(ExchangeRate(reporting, c, v)) for c, v in typed.items() if v is not None}
    return {**shared, "exchange_rates": {**given, **rates}} if rates else shared


def shared_prefix(field: str, source: str | None) -> str:
    """Where an error in no row's cell points: a rate to the Currency rates (the page's fields above the table, or
    the Estimate page's Currency expander), another figure to the shared settings and where they came from (as the
    caption under the table names them). "Please check the table." stood before a shared supervisor's pay out of its
    limits, which no cell holds.

    >>> shared_prefix("Supervisor salary (shared by every row)", "the opened file")
    'Please check the shared settings from the opened file.'
    >>> shared_prefix("exchange_rates.USD.rate", None)
    'Please check the exchange rates (Currency).'
    """
    if field.partition(".")[0] == "exchange_rates":
        return "Please check the exchange rates (Currency)."
    return f"Please check the shared settings{f' from {source}' if source else ''}."  # as the caption names them


def render() -> None:
    book = book_or_stop()
    # the rate fields below are the Currency expander's own (one key for every page): after a page switch, given
    # the value the store holds, or they started empty and the mix waited for a rate already given
    store.carry_to_page()
    _pending(book)
    st.markdown("### Mix of functions")
    st.caption("Several functions at once, each with its own choice: in-house, BPO or KPO where the price book "
               "prices it or you type a quote, or an offshore captive (your own team abroad) where it is offered. "
               "Add a row at the table's foot; select rows to delete them.")
    store.prime(NAME, DEFAULT_NAME)
    name = store.keep(NAME, name_field(st, "Name of the mix", key=NAME)) or DEFAULT_NAME
    # While the Estimate page refuses an input its held settings are the ones from before it (as on the Scenarios
    # page, which then saves nothing): brought here they would not be what its sidebar shows.
    behind: str | None = st.session_state.get(CURRENT_BEHIND)
    st.button("Use the Estimate page's settings", key="mix_from_estimate", on_click=_from_estimate,
              icon=":material/input:", disabled=bool(behind) or not isinstance(st.session_state.get(CURRENT), Scenario),
              help="The horizon, contract terms, people, uncertainty, currency and in-house assumptions (pay "
                   "stays per row) as set in the Estimate page's sidebar, for every row here.")
    if behind:
        st.caption(f"The Estimate page's settings wait until it can use every input; it cannot use this one: {behind}")
    shared, waiting = _in_estimate_currencies(_with_captive(st.session_state.get(SHARED, {})))
    store.carried()
    reporting, ih, per, _ = money_rates(shared)
    if waiting:
        wanted = " and ".join(f"1 {reporting} = … {code}" for code in waiting)
        st.info(f"The mix waits for the rate{'s' if len(waiting) > 1 else ''} {wanted}: each function's default pay, "
                f"the shared in-house figures and the price book's ranges are US dollars, converted to {ih} at the "
                "rates given. What you type in the table is kept.",
                icon=":material/currency_exchange:")
    table = _editor(book, shared)
    portfolio: Portfolio | None = None
    try:
        if not waiting:
            portfolio = portfolio_from_table(_records(table), book, name.strip() or DEFAULT_NAME, shared)
    except TableError as exc:
        st.error(f"Please check the table. {exc.message}", icon="⚠️")
        portfolio = None
    except InputError as exc:
        st.error(f"{shared_prefix(exc.field, st.session_state.get(SHARED_FROM))} {exc}", icon="⚠️")
        portfolio = None
    fresh = portfolio is not None
    portfolio = store.last_valid(LAST_VALID, portfolio, "**Stale:** these are the results of the table before "
                                 "that cell; they update when it is fixed. Nothing you typed is lost.")
    if st.session_state.get(SHARED):
        # what the results shown use, all of it from them: stale, they are from before the settings now shared, and
        # the caption read "from the opened file: ..., money in USD, in-house pay in EUR", the old results' currency
        # beside the just-opened euro file's
        pay = portfolio.in_house.currency or portfolio.currency
        said = (f"{portfolio.business_case.horizon_years}-year horizon, money in {portfolio.currency}"
                + (f", in-house pay in {pay}." if pay != portfolio.currency else "."))
        source = st.session_state.get(SHARED_FROM, "the opened file")
        st.caption(f"Shared settings from {source}: {said}" if fresh else
                   f"The stale results shown use a {said.removesuffix('.')}: they are from before the shared "
                   f"settings from {source}.")
    pe = estimate_portfolio(portfolio)
    _plans(pe)
    title, fig = charts.for_page(portfolio_charts.mix_figure(pe))
    chart_handoff.chart_title(title)
    chart_handoff.plotly_chart(fig, key="mix_chart")
    st.caption(local_numbers.shows_page(f"Chart in words: {portfolio_charts.describe_mix(pe)}"))
    _functions(pe, book)
    _monte_carlo(pe)
    _files(pe, book)


render()
