"""The estimate page: sidebar inputs in; three costs, one chart at a time, the annual table and downloads out."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from estimator import charts, meeting
from estimator.assumptions import ASSUMPTIONS, OFFSHORE_SAVINGS_SOURCE
from estimator.breakeven import break_even_words
from estimator.estimate import Estimate, OptionEstimate, estimate
from estimator.export import to_csv_bytes
from estimator.formatting import chance_percent, compact_money, money, money_text, number
from estimator.formatting import years as years_text
from estimator.interchange import scenario_table
from estimator.locations import delivered_from
from estimator.options import options
from estimator.outputs import FORMATS, export_bytes
from estimator.pricing import PriceBook
from estimator.quote_check import far_quotes
from estimator.scenario import OPTION_LABELS, InputError, Scenario, dump_scenario
from estimator.uncertainty import Simulation
from estimator.verdict import RealityCheck, best_option, captive_check, cheapest_outsourced, question, reality_check
from estimator.workbook import NO_WORKBOOK, workbook_can_carry
from views import cards, chart_handoff, lazy, local_numbers, store, suggestion
from views.delta import saving_delta
from views.estimate_chart import CHART_VIEWS, LEGEND_AS_TEXT, SIMULATED_VIEWS, page_spec
from views.inputs import sidebar_scenario
from views.share import CURRENT_BEHIND, HANDED_OVER, remember
from views.state import book_or_stop, chances, file_stem, simulation, swing
from views.text import plain

LAST_VALID = "_last_valid_scenario"  # shown, marked stale, while an input is wrong

MEETING_DOWNLOADS = (("svg", "Download chart (SVG)", ":material/image:"),
                     ("pptx", "Download slide deck", ":material/slideshow:"),
                     ("xlsx", "Download workbook (Excel)", ":material/grid_on:"),
                     ("html", "Download report (HTML)", ":material/description:"))


def field_label(field: str) -> str:
    """A user's name for an estimator field ("bpo.price.low" -> "BPO quote, low end").

    A price's ends are named as the sidebar's range check names the quote fields ("KPO quote, low end"): only a
    typed quote can have its low end above its high end, and one field had two names in two messages."""
    section, _, rest = field.partition(".")
    if section in options(vendors_only=True):
        part = rest.removeprefix("price.")
        return f"{OPTION_LABELS[section]} quote, {part} end" if part in ("low", "high") else f"{OPTION_LABELS[section]} {part}"
    key = rest.split(".")[0]
    if key in ASSUMPTIONS:
        return ASSUMPTIONS[key].label
    return {"workload": "Workload", "exchange_rates": f"Exchange rate ({key})"}.get(section, field)


def _card(est: Estimate, chance_cheaper: dict[str, float], op: OptionEstimate, book: PriceBook) -> cards.Card:
    """An option's metric (its cost over the horizon) and the caption under it."""
    cur = est.scenario.currency
    years = est.scenario.business_case.horizon_years
    label = f"{OPTION_LABELS[op.option]} over {years_text(years)}"
    if not op.priced:
        return cards.Card(label, "Needs a quote",
                          {"help": "No reference price for this work: type a vendor quote in the sidebar."},
                          "No reference price in the seeds. Enter a vendor quote to compare.")
    total = op.total
    horizon, npv = est.horizon_total(op), est.npv(op)
    assert horizon is not None and npv is not None
    best = best_option(est).option == op.option
    if op.option == "in_house":
        metric = {"delta": "best over the horizon" if best else None,
                  "delta_color": "off", "delta_arrow": "off",  # an up arrow on "best" read as a rise in cost
                  "help": f"{number(est.fte, 1)} FTE for {number(est.workload_hours)} productive hours a month: "
                          "wages + benefits + supervision + overhead + hiring, rising with wage inflation."}
        # with "Give assumptions as ranges" on, in-house has a range too: the vendors' metrics gave theirs and this
        # one none, as if the in-house cost were certain (the chart's whisker and the exports gave it)
        low, high = compact_money(horizon.low, cur), compact_money(horizon.high, cur)
        spread = f"Range {low}–{high} · " if low != high else ""
        return cards.Card(label, money(horizon.mid, cur), metric,
                          local_numbers.shows_page(f"{spread}Run rate {money(total.mid, cur)} a month · "
                                                   f"{number(est.fte, 1)} FTE · NPV {money(npv.mid, cur)}"))
    saving, share = est.horizon_savings(op), est.horizon_savings_share(op)
    assert saving is not None and share is not None
    price = op.price
    if price is None:  # the offshore captive: priced from the delivery country's pay, not a vendor's price
        code = getattr(est.scenario.captive, "currency", "")
        fte = est.captive_fte or est.fte
        basis = (f"a team of {number(fte, 1)} FTE abroad (in-house FTE × the longer handling offshore) on {code} "
                 "pay, benefits, bonuses, team leads and overhead, rising with delivery-country wage growth; the "
                 "in-house team until go-live, severance, stranded costs; no set-up, recruitment or attrition cost "
                 "(none sourced)")
    else:
        basis = (f"fees on a {price.basis.replace('_', ' ')} basis ({price.source}), governance, transition, "
                 "severance, stranded costs")
    # "↓ $1,990,160 (41%) below in-house · best", in green ("below", not "less than": at 1280 px wide "· best" was
    # cut off)
    delta = saving_delta(saving.mid, share.mid, cur, "in-house")
    if best:
        delta["delta"] += " · best"
    metric = {**delta, "help": f"Over the horizon, one-time costs included: {basis}. Midpoint of the range."}
    month = est.break_even_month(op)[1]
    p = chance_cheaper.get(op.option)
    chance = f" · cheaper in {chance_percent(p)} of draws" if p is not None else ""
    low, high = compact_money(horizon.low, cur), compact_money(horizon.high, cur)
    spread = f" · Range {low}–{high}" if low != high else ""  # a one-figure quote read "Range $3.23M–$3.23M"
    return cards.Card(label, money(horizon.mid, cur), metric, local_numbers.shows_page(
        f"{delivered_from(est.scenario, op.option)}{spread} · run rate "
        f"{money(total.mid, cur)}/mo · break-even {'never' if month is None else f'month {month:.0f}'}"
        f"{chance}" + (f" · {bep}" if (bep := break_even_words(est, op.option, book)) else "")))


def _reality_check(est: Estimate) -> RealityCheck:
    """The surveyed band of realised savings beside the estimate; the drivers of any gap in one click."""
    rival = cheapest_outsourced(est)
    check = reality_check(est, swing(est.scenario, rival.option) if rival else None)
    more = " What drives the gap: below the chart." if check.drivers else ""
    st.caption(local_numbers.shows_page(f"**Reality check:** {check.short}{more}"), help=check.source)
    captive = est.option("captive") if est.scenario.captive else None
    share = est.horizon_savings_share(captive) if captive is not None and captive.priced else None
    if share is not None and (text := captive_check(share.mid)):
        st.caption(local_numbers.shows_page(f"**Reality check:** {text}"), help=OFFSHORE_SAVINGS_SOURCE)
    return check


def _npv_sentence(est: Estimate, sim: Simulation) -> str:
    """The Monte Carlo's NPV of savings, its chance of being positive and the discounted payback month."""
    cur, parts = est.scenario.currency, []
    for op in est.vendors:
        spread = sim.option(op.option)
        if spread is None or spread.npv_savings is None:
            continue
        r = spread.npv_savings  # cheap side (P90) first
        payback = spread.discounted_payback_month
        parts.append(f"{OPTION_LABELS[op.option]}: NPV of savings P10 {money_text(r.high, cur)}, "
                     f"P50 {money_text(r.mid, cur)}, P90 {money_text(r.low, cur)}; "
                     f"positive in {chance_percent(spread.probability_npv_positive or 0)} of draws; "
                     f"discounted payback {'never (P50)' if payback is None else f'in month {payback:.0f} (P50)'}.")
    return " ".join(parts)


def _reality_drivers(check: RealityCheck) -> None:
    """The biggest drivers of a gap between the estimate and the surveyed band, in plain words."""
    if check.drivers:
        with st.expander(f"Why this estimate is {check.position} the surveyed band", expanded=False):
            st.markdown(local_numbers.shows_page("What moves the saving most (from the tornado, each input across its "
                                                 "range):\n" + "\n".join(f"- {d}" for d in check.drivers)))


def _annual_table(est: Estimate) -> None:
    cur = est.scenario.currency
    box = lazy.opened(f"Year by year, {years_text(est.scenario.business_case.horizon_years)} (midpoint)", "open_annual_table")
    if box is None:
        return
    with box:
        columns = {}
        for op in est.options:
            p = est.projected(op)
            if p is not None:
                columns[OPTION_LABELS[op.option]] = [money(v, cur) for v in p.annual[1]]
        frame = pd.DataFrame(columns, index=[f"Year {y + 1}" for y in range(est.scenario.business_case.horizon_years)])
        st.dataframe(local_numbers.frame_shown(frame), width="stretch")
        st.caption("Year 1 of an outsourced option includes selection, transition and the dual-running months; "
                   "the last year includes any exit cost.")


def _sources(est: Estimate) -> None:
    box = lazy.opened("Where each default comes from", "open_sources")
    if box is None:
        return
    with box:
        # the same rows as the exports' (prices with currency and unit, the function's own pay source)
        # the figures used as the page writes them; the sources as cited ("table 14.5")
        rows = [{"Input": label, "Used": local_numbers.shows_page(used), "Source": source}
                for label, used, source in meeting.source_rows(est)]
        st.dataframe(rows, hide_index=True, width="stretch")


def _downloads(est: Estimate, fig: go.Figure, view: str, title: str) -> None:
    stem = file_stem(est.scenario.name)
    # One row that wraps, each button as wide as its label: in four columns at 1280 px wide, "Download workbook
    # (Excel)" and "Download report (HTML)" were cut off with an ellipsis.
    row = st.container(horizontal=True)
    # Callables: the bytes (and the Monte Carlo's summaries they carry) are made when the user clicks, not on every
    # slider move.
    row.download_button("Download scenario table (CSV)",
                        lambda: to_csv_bytes(scenario_table(est, simulation(est.scenario))),
                        file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="download_csv",
                        icon=":material/table:")
    row.download_button("Download inputs (JSON)", lambda: dump_scenario(est.scenario), file_name=f"{stem}.json",
                        mime="application/json", on_click="ignore", key="download_json", icon=":material/data_object:")
    context = meeting.context_for(est)

    def image(fmt: str) -> Callable[[], bytes]:
        # made on click, not on every slider move; a legend the page shows as text goes back into the image
        return lambda: meeting.image_bytes(go.Figure(fig).update_layout(showlegend=None), context, fmt, title)

    drawable = charts.chromium_path() is not None  # Kaleido draws images in Chromium; without it, say so once
    if drawable:
        row.download_button("Download chart (PNG, slide size)",
                            image("png"),
                            file_name=f"{stem}-{view}.png", mime="image/png", on_click="ignore", key="download_png",
                            icon=":material/image:")
    else:
        row.caption(charts.NO_CHROMIUM)

    def made(fmt: str) -> Callable[[], bytes]:
        if fmt == "svg":
            return image("svg")
        rival = cheapest_outsourced(est)
        return lambda: export_bytes(est, simulation(est.scenario), swing(est.scenario, rival.option) if rival else None,
                                    fmt)

    for fmt, label, icon in MEETING_DOWNLOADS:
        if fmt == "xlsx" and not workbook_can_carry(est.scenario):
            row.caption(NO_WORKBOOK)
            continue
        if fmt == "svg" and not drawable:
            continue
        row.download_button(label, made(fmt), file_name=f"{stem}-{view}.svg" if fmt == "svg" else f"{stem}.{fmt}",
                            mime=FORMATS[fmt], on_click="ignore", key=f"download_{fmt}", icon=icon)


def render() -> None:
    book = book_or_stop()
    try:
        scenario: Scenario | None = sidebar_scenario(book)
    except InputError as exc:
        # its figures as the fields show numbers (a decimal comma browser: "$40 is above the high end, $30" beside
        # fields showing "40,00" and "30,00")
        wrong = f"{field_label(exc.field)}: {local_numbers.checked(exc.reason, local_numbers.comma_locale())}"
        if refused := [r for r in store.rejected() if r.label == field_label(exc.field)]:
            # its figure is the field's last accepted value, not the one it shows, itself refused below: "$1,850 is
            # above the high end, $24" beside a field showing 99999999 (session 23's walk)
            wrong += f" ({refused[0].used} is the last value this field accepted; it shows {refused[0].shown}, not used: below)"
        st.error(f"Please check an input. {wrong}", icon="⚠️")
        st.session_state[CURRENT_BEHIND] = wrong  # the Scenarios page says so, and saves nothing, until it is fixed
        scenario = None
    if store.stored("workload_basis", "fte") == "contacts":
        # on the page, not in the sidebar: on a phone a page link in the sidebar left it open over the Contact
        # centre page; this one is tapped with the sidebar closed
        st.page_link("views/contact_centre.py", label="Set queues: Contact centre", icon=":material/support_agent:")
    rejected = store.rejected()
    if rejected:
        # Next to the results: what was typed, why it was not used, and what the results use instead.
        st.warning("**Not used:**\n" + "\n".join(f"- {r.message if scenario is not None else r.stale_message}"
                                                 for r in rejected), icon=":material/block:")
    for text in store.noted():  # how an input was read, said in the sidebar too
        st.info(plain(text), icon=":material/info:")
    if scenario is not None and (far := far_quotes(scenario, book)):
        # used as typed (a vendor may bill that), but said beside the results: "30,50" in an English-language browser
        # is 3,050, and the page said only that the BPO cost 2,722% more (session 23's walk)
        comma = ("A browser set to English reads a comma as a thousands separator: 30,50 is taken as 3,050; type "
                 "30.50." if local_numbers.comma_locale() is None and any(f.value > f.reference for f in far) else "")
        why = "far from the price book" if any(f.reference for f in far) else "a price of nothing"  # a $0 quote
        st.warning(f"**Check:** used as typed, but {why}.\n" + "\n".join(
            f"- {plain(local_numbers.shows_page(f.text))}." for f in far) + (f"\n\n{plain(comma)}" if comma else ""),
            icon=":material/help:")
    if handed := st.session_state.pop(HANDED_OVER, None):  # once, on the run the queues arrive
        st.info("**From the Contact centre:** " + plain(local_numbers.shows_page(handed)), icon=":material/support_agent:")
    if scenario is not None:
        remember(scenario)
    scenario = store.last_valid(LAST_VALID, scenario, "**Stale:** these are the last valid results, from before "
                                "the input above; they will update when it is fixed. Until then the link in the "
                                "address bar holds the inputs they are from, and the Scenarios page saves nothing.")
    est = estimate(scenario)
    st.markdown(f"### {local_numbers.shows_page(question(scenario))}")
    suggestion.show(scenario.function)
    if est.workload_hours <= 0:
        st.info("No work to price: the workload is 0 productive hours a month, so every option costs nothing. "
                "Set the headcount or the hours of work above 0 to compare.", icon=":material/info:")
        st.stop()
    # The chance of being cheaper comes with the full Monte Carlo when the chart shown needs it anyway.
    simulated = store.stored("chart_view", "buildup") in SIMULATED_VIEWS
    chance = simulation(scenario).chances() if simulated else chances(scenario)
    # side by side where they fit, else two a row or one (views/cards.py): at 1024 × 768 three columns read
    # "Needs a …" and "$1,990,160 (41%) belo…"
    cards.show([_card(est, chance, op, book) for op in est.options])
    check = _reality_check(est)
    _chart_panel(est)
    _reality_drivers(check)
    _annual_table(est)


@st.fragment
def _chart_panel(est: Estimate) -> None:
    """One chart at a time. A fragment: picking another chart reruns this panel only, not the model."""
    store.prime("chart_view", "buildup")
    view = store.keep("chart_view", st.segmented_control(
        "Chart", list(CHART_VIEWS), format_func=CHART_VIEWS.get, key="chart_view", required=True,
        label_visibility="collapsed")) or "buildup"
    sim = simulation(est.scenario) if view in SIMULATED_VIEWS else None  # one cache look-up a run, not one a use
    title, fig = page_spec(view, est, sim)  # a spec: plain dicts, handed over unvalidated (see estimate_chart)
    chart_handoff.chart_title(title)
    # Always one element here, empty for the other charts: the chart keeps its place in the page, so a new
    # view replaces the old chart at once (with the legend only on the build-up, both charts were on the
    # page together while the other view drew).
    st.markdown(chart_handoff.legend_html(fig) if view in LEGEND_AS_TEXT else "", unsafe_allow_html=True)
    # drawn once per rerun, not twice (see the module); the figure handed over is the downloads' too
    handed = chart_handoff.plotly_chart(fig, key=f"chart_{view}", config=meeting.TOOLBAR_CONFIG)
    _sources(est)
    _downloads(est, handed, view, title)
    # For screen readers: the chart's finding as text (the build-up chart reads out every bar).
    words = charts.describe_buildup(est) if view == "buildup" else f"{title}."
    if sim is not None:
        words += " " + _npv_sentence(est, sim)
    st.caption(local_numbers.shows_page(f"Chart in words: {words}"))


render()
