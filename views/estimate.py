"""The estimate page: sidebar inputs in, three costs, their build-up and the downloads out."""

from __future__ import annotations

import streamlit as st

from estimator.assumptions import ASSUMPTIONS
from estimator.charts import cost_buildup_figure, describe_buildup, figure_image
from estimator.estimate import Estimate, OptionEstimate, estimate
from estimator.export import tidy_table, to_csv_bytes
from estimator.formatting import money, money_range, number, percent
from estimator.pricing import PriceBookError
from estimator.scenario import OPTION_LABELS, InputError, dump_scenario
from views.inputs import sidebar_scenario
from views.state import reference_book


def field_label(field: str) -> str:
    """A user's name for an estimator field ("bpo.price.low" -> "BPO price, low end")."""
    section, _, rest = field.partition(".")
    if section in ("bpo", "kpo"):
        part = rest.removeprefix("price.")
        return f"{OPTION_LABELS[section]} price, {part} end" if part in ("low", "high") else f"{OPTION_LABELS[section]} {part}"
    if rest in ASSUMPTIONS:
        return ASSUMPTIONS[rest].label
    return {"workload": "Workload"}.get(section, field)


def _file_stem(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")[:60] or "scenario"


def _metric(est: Estimate, op: OptionEstimate) -> None:
    cur = est.scenario.currency
    label = f"{OPTION_LABELS[op.option]} cost a month"
    if not op.priced:
        st.metric(label, "Needs a quote", help="No reference price for this work: type a vendor quote in the sidebar.")
        st.caption("No reference price in the seeds. Enter a vendor quote to compare.")
        return
    total = op.total
    if op.option == "in_house":
        st.metric(label, money(total.mid, cur),
                  help=f"{number(est.fte, 1)} FTE for {number(est.workload_hours)} productive hours a month: "
                       "wages + benefits + supervision + overhead + hiring.")
        st.caption(f"{money(op.annual_total.mid, cur)} a year · {number(est.fte, 1)} FTE")
        return
    saving, share = est.savings(op), est.savings_share(op)
    delta = f"{money(-saving.mid, cur)} ({percent(-share.mid)}) vs in-house"
    price = op.price
    assert price is not None
    st.metric(label, money(total.mid, cur), delta=delta, delta_color="inverse",
              help=f"Fees on a {price.basis.replace('_', ' ')} basis ({price.source}) plus "
                   f"{percent(est.scenario.vendor_management.governance_rate)} governance. Midpoint of the range.")
    st.caption(f"Range {money_range(total.low, total.high, cur)} a month · {money(op.annual_total.mid, cur)} a year · "
               f"one-time {money(op.one_time_total.mid, cur)} · saves {percent(share.low)}–{percent(share.high)}")


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
            used = s.value(key)
            shown = percent(used) if a.unit.startswith("share") else f"{used:,.0f} {a.unit}"
            rows.append({"Input": a.label, "Used": shown, "Source": a.source})
        st.dataframe(rows, hide_index=True, width="stretch")


def _downloads(est: Estimate, fig) -> None:
    stem = _file_stem(est.scenario.name)
    c1, c2, c3 = st.columns(3)
    # Callables: the bytes are made when the user clicks, not on every slider move.
    c1.download_button("Download scenario table (CSV)", lambda: to_csv_bytes(tidy_table(est)), file_name=f"{stem}.csv",
                       mime="text/csv", on_click="ignore", key="download_csv", icon=":material/table:")
    c2.download_button("Download inputs (JSON)", lambda: dump_scenario(est.scenario), file_name=f"{stem}.json",
                       mime="application/json", on_click="ignore", key="download_json", icon=":material/data_object:")
    c3.download_button("Download chart (PNG, slide size)", lambda: figure_image(fig, "png"), file_name=f"{stem}.png",
                       mime="image/png", on_click="ignore", key="download_png", icon=":material/image:")


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
    st.markdown(f"### {scenario.function}: in-house, BPO or KPO?")
    st.caption(f"{number(est.fte, 1)} FTE in-house = {number(est.workload_hours)} productive hours of work a month. "
               "Costs are per month; ranges run from the cheap end to the dear end of every price.")
    for col, op in zip(st.columns(3), est.options, strict=True):
        with col:
            _metric(est, op)
    fig = cost_buildup_figure(est)
    st.plotly_chart(fig, key="buildup_chart", theme=None, config={"displaylogo": False})
    _sources(est)
    _downloads(est, fig)
    st.caption(f"Chart in words: {describe_buildup(est)}")


render()
