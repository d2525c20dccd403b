"""The floor: a bare Streamlit page of the estimate page's shape, with no model behind it.

Same sidebar widgets (it calls the page's own ``sidebar_scenario``, so the two cannot drift apart), the app's
navigation (``views/navigation.py``: its seven links), a heading, three metrics with captions, the chart picker,
one Plotly chart of one bar trace at the page's chart height, the two expanders with a table each (drawn only while
open, as the page's are: ``views.lazy.opened``), the three downloads and the caption. The numbers are arithmetic on
the headcount, not the cost model: what is left is what Streamlit and the browser cost for a page of this shape.
``benchmarks/latency.py`` measures it beside the real page, in the same run.

    .venv/bin/python -m streamlit run benchmarks/floor_page.py
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

# Streamlit puts this file's folder on sys.path, not the repository's: benchmarks/latency.py starts it with
# the repository on PYTHONPATH, so the floor can reuse the page's sidebar instead of a copy of it.
from views import lazy, navigation
from views.estimate_chart import CHART_VIEWS
from views.inputs import sidebar_scenario
from views.state import reference_book

CHART_HEIGHT = 380  # the build-up chart's height in estimator/charts.py


def floor() -> None:
    scenario = sidebar_scenario(reference_book())
    w = scenario.workload
    st.markdown(f"### {scenario.function}: in-house, BPO or KPO?")
    st.caption(f"{w:,.1f} FTE: a floor page with the page's widgets and no model.")
    values = {"In-house": 7_431.8 * w, "BPO": 3_169.8 * w, "KPO": 0.0}
    for col, (label, value) in zip(st.columns(3), values.items(), strict=True):
        with col:
            st.metric(f"{label} cost a month", f"${value:,.0f}", delta=f"{-value / 10:,.0f}", delta_color="inverse")
            st.caption(f"Range ${0.8 * value:,.0f}–${1.2 * value:,.0f} · ${12 * value:,.0f} a year")
    _panel(values)
    # Closed, the page's expanders send no content (views/lazy.py): until session 17 the floor drew both tables inside
    # closed expanders on every press, work the page does not do, and the floor was that much slower than its shape.
    if (box := lazy.opened("Year by year (floor)", "open_annual_table")) is not None:
        with box:
            st.dataframe({name: [f"${v * 12 * (y + 1):,.0f}" for y in range(5)] for name, v in values.items()},
                         width="stretch")


@st.fragment
def _panel(values: dict[str, float]) -> None:
    st.segmented_control("Chart", list(CHART_VIEWS), format_func=CHART_VIEWS.get, default="buildup",
                         key="chart_view", required=True, label_visibility="collapsed")
    fig = go.Figure(go.Bar(x=list(values), y=list(values.values())), layout=dict(height=CHART_HEIGHT))
    st.plotly_chart(fig, key="chart_floor", theme=None, config={"displaylogo": False})
    if (box := lazy.opened("Where each default comes from", "open_sources")) is not None:
        with box:
            st.dataframe([{"Input": k, "Used": f"{v:,.0f}"} for k, v in values.items()], hide_index=True, width="stretch")
    c1, c2, c3 = st.columns(3)
    c1.download_button("Download scenario table (CSV)", lambda: b"a,b\n", file_name="floor.csv", on_click="ignore",
                       key="download_csv")
    c2.download_button("Download inputs (JSON)", lambda: b"{}", file_name="floor.json", on_click="ignore",
                       key="download_json")
    c3.download_button("Download chart (PNG, slide size)", lambda: b"", file_name="floor.png", on_click="ignore",
                       key="download_png")
    st.caption(f"Chart in words: in-house ${values['In-house']:,.0f}, BPO ${values['BPO']:,.0f}.")


if __name__ == "__main__":  # as Streamlit runs it; pytest's doctest collection only imports the file
    st.set_page_config(page_title="Floor page", layout="wide")
    st.navigation(navigation.pages({"views/estimate.py": floor})).run()
