"""The estimate page: sidebar inputs in; three costs, one chart at a time, the annual table and downloads out."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from estimator import charts, meeting
from estimator.assumptions import ASSUMPTIONS
from estimator.estimate import Estimate, OptionEstimate, estimate
from estimator.export import tidy_table, to_csv_bytes
from estimator.formatting import money, money_range, number, percent
from estimator.outputs import FORMATS, export_bytes
from estimator.pricing import PriceBookError
from estimator.scenario import OPTION_LABELS, InputError, dump_scenario
from estimator.uncertainty import Simulation, tornado
from views.inputs import sidebar_scenario
from views.state import reference_book, simulation, swing

CHART_VIEWS = {
    "buildup": "Cost build-up",
    "cumulative": "Cumulative cost",
    "waterfall": "Savings waterfall",
    "distribution": "Uncertainty",
    "fan": "Fan chart",
    "tornado": "What moves it",
}

MEETING_DOWNLOADS = (("svg", "Download chart (SVG)", ":material/image:"),
                     ("pptx", "Download slide deck", ":material/slideshow:"),
                     ("xlsx", "Download workbook (Excel)", ":material/grid_on:"),
                     ("html", "Download report (HTML)", ":material/description:"))


def field_label(field: str) -> str:
    """A user's name for an estimator field ("bpo.price.low" -> "BPO price, low end")."""
    section, _, rest = field.partition(".")
    if section in ("bpo", "kpo"):
        part = rest.removeprefix("price.")
        return f"{OPTION_LABELS[section]} price, {part} end" if part in ("low", "high") else f"{OPTION_LABELS[section]} {part}"
    key = rest.split(".")[0]
    if key in ASSUMPTIONS:
        return ASSUMPTIONS[key].label
    return {"workload": "Workload"}.get(section, field)


def _file_stem(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")[:60] or "scenario"


def _metric(est: Estimate, sim: Simulation, op: OptionEstimate) -> None:
    cur = est.scenario.currency
    label = f"{OPTION_LABELS[op.option]} cost a month"
    years = est.scenario.business_case.horizon_years
    if not op.priced:
        st.metric(label, "Needs a quote", help="No reference price for this work: type a vendor quote in the sidebar.")
        st.caption("No reference price in the seeds. Enter a vendor quote to compare.")
        return
    total = op.total
    horizon, npv = est.horizon_total(op), est.npv(op)
    if op.option == "in_house":
        st.metric(label, money(total.mid, cur),
                  help=f"{number(est.fte, 1)} FTE for {number(est.workload_hours)} productive hours a month: "
                       "wages + benefits + supervision + overhead + hiring.")
        st.caption(f"{money(op.annual_total.mid, cur)} a year · {number(est.fte, 1)} FTE · "
                   f"{money(horizon.mid, cur)} over {years} years (NPV {money(npv.mid, cur)})")
        return
    saving, share = est.savings(op), est.savings_share(op)
    price = op.price
    assert price is not None
    st.metric(label, money(total.mid, cur), delta=f"{money(-saving.mid, cur)} ({percent(-share.mid)}) vs in-house",
              delta_color="inverse",
              help=f"Fees on a {price.basis.replace('_', ' ')} basis ({price.source}) plus "
                   f"{percent(est.scenario.vendor_management.governance_rate)} governance. Midpoint of the range.")
    month = est.break_even_month(op)[1]
    spread = sim.option(op.option)
    chance = f" · cheaper in {percent(spread.probability_cheaper)} of draws" if spread else ""
    st.caption(f"Range {money_range(total.low, total.high, cur)} · {money(op.annual_total.mid, cur)} a year · "
               f"one-time {money(op.one_time_total.mid, cur)} · break-even {'never' if month is None else f'month {month:.0f}'}"
               f"{chance}")


def _figure(view: str, est: Estimate, sim: Simulation) -> go.Figure:
    cur = est.scenario.currency
    if view == "cumulative":
        return charts.cumulative_cost_figure(est)
    if view == "waterfall":
        return charts.savings_waterfall_figure(est)
    if view == "distribution":
        return charts.distribution_figure(sim, cur)
    if view == "fan":
        return charts.fan_figure(sim, cur)
    if view == "tornado":
        best = charts.best_option(est)
        if best is None:
            return charts.message_figure("Enter a vendor quote to see what moves the savings")
        t = swing(est.scenario, best.option)
        assert t is not None
        return charts.tornado_figure(t, cur)
    return charts.cost_buildup_figure(est)


def _annual_table(est: Estimate) -> None:
    cur = est.scenario.currency
    with st.expander(f"Year by year, {est.scenario.business_case.horizon_years} years (midpoint)"):
        columns = {}
        for op in est.options:
            p = est.projected(op)
            if p is not None:
                columns[OPTION_LABELS[op.option]] = [money(v, cur) for v in p.annual[1]]
        frame = pd.DataFrame(columns, index=[f"Year {y + 1}" for y in range(est.scenario.business_case.horizon_years)])
        st.dataframe(frame, width="stretch")
        st.caption("Year 1 of an outsourced option includes selection, transition and the dual-running months; "
                   "the last year includes any exit cost.")


def _sources(est: Estimate) -> None:
    with st.expander("Where each default comes from"):
        rows = []
        for op in (est.bpo, est.kpo):
            if op.price is not None:
                p = op.price
                rows.append({"Input": f"{OPTION_LABELS[op.option]} price ({p.basis.replace('_', ' ')})",
                             "Used": f"{p.low:g}–{p.high:g}", "Source": p.source})
        s = est.scenario
        for key, a in ASSUMPTIONS.items():
            r = s.range_of(key)
            shown = a.show_range(r.low, r.high) if r else a.show(s.value(key))
            rows.append({"Input": a.label, "Used": shown, "Source": a.source})
        st.dataframe(rows, hide_index=True, width="stretch")


def _downloads(est: Estimate, sim: Simulation, fig: go.Figure, view: str) -> None:
    stem = _file_stem(est.scenario.name)
    c1, c2, c3 = st.columns(3)
    # Callables: the bytes are made when the user clicks, not on every slider move.
    c1.download_button("Download scenario table (CSV)", lambda: to_csv_bytes(tidy_table(est, sim)),
                       file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="download_csv",
                       icon=":material/table:")
    c2.download_button("Download inputs (JSON)", lambda: dump_scenario(est.scenario), file_name=f"{stem}.json",
                       mime="application/json", on_click="ignore", key="download_json", icon=":material/data_object:")
    context = meeting.context_for(est)
    c3.download_button("Download chart (PNG, slide size)", lambda: meeting.image_bytes(fig, context, "png"),
                       file_name=f"{stem}-{view}.png", mime="image/png", on_click="ignore", key="download_png",
                       icon=":material/image:")
    best = charts.best_option(est)

    def made(fmt: str) -> Callable[[], bytes]:
        return lambda: export_bytes(est, sim, tornado(est.scenario, best.option) if best else None, fmt)

    for col, (fmt, label, icon) in zip(st.columns(4), MEETING_DOWNLOADS, strict=True):
        data = (lambda: meeting.image_bytes(fig, context, "svg")) if fmt == "svg" else made(fmt)
        col.download_button(label, data, file_name=f"{stem}-{view}.svg" if fmt == "svg" else f"{stem}.{fmt}",
                            mime=FORMATS[fmt], on_click="ignore", key=f"download_{fmt}", icon=icon)


def render() -> None:
    try:
        book = reference_book()
    except PriceBookError as exc:
        st.error(f"The price book could not be read: {exc}")
        st.stop()
    try:
        scenario = sidebar_scenario(book)
    except InputError as exc:
        st.error(f"Please check an input. {field_label(exc.field)}: {exc.reason}", icon="⚠️")
        st.stop()
    est = estimate(scenario)
    sim = simulation(scenario)
    st.markdown(f"### {scenario.function}: in-house, BPO or KPO?")
    st.caption(f"{number(est.fte, 1)} FTE in-house = {number(est.workload_hours)} productive hours of work a month. "
               "Costs are per month; ranges run from the cheap end to the dear end of every price.")
    for col, op in zip(st.columns(3), est.options, strict=True):
        with col:
            _metric(est, sim, op)
    _chart_panel(est, sim)
    _annual_table(est)


@st.fragment
def _chart_panel(est: Estimate, sim: Simulation) -> None:
    """One chart at a time. A fragment: picking another chart reruns this panel only, not the model."""
    view = st.segmented_control("Chart", list(CHART_VIEWS), format_func=CHART_VIEWS.get, default="buildup",
                                key="chart_view", required=True, label_visibility="collapsed")
    fig = _figure(view, est, sim)
    st.plotly_chart(fig, key=f"chart_{view}", theme=None,
                    config=meeting.toolbar_config(f"{_file_stem(est.scenario.name)}-{view}"))
    _sources(est)
    _downloads(est, sim, fig, view)
    # For screen readers: the chart's finding as text (the build-up chart reads out every bar).
    words = charts.describe_buildup(est) if view == "buildup" else f"{fig.layout.title.text}."
    st.caption(f"Chart in words: {words}")


render()
