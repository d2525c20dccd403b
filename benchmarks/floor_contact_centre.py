"""The floor of the Contact centre page: its sidebar and its shape, with no staffing model behind it.

The same sidebar (it calls the page's own ``_inputs``, so the two cannot drift apart), the app's navigation
(``views/navigation.py``: its seven links, this page at ``/contact_centre``), a heading, eight metrics in two
rows, a chart title as text, one Plotly chart of one bar trace (the contacts offered per interval, which the
sidebar already spreads), the caption, the button and the queue table. The numbers are arithmetic on the contacts
and shrinkage, not Erlang C, the cost model or the Monte Carlo (the figures a shrinkage move changes on the page
change here too): what is left is what Streamlit and the browser cost for a page of this shape.
``benchmarks/latency.py --contact-centre`` measures it beside the real page, in the same run.

    .venv/bin/python -m streamlit run benchmarks/floor_contact_centre.py
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

# Streamlit puts this file's folder on sys.path, not the repository's: benchmarks/latency.py starts it with
# the repository on PYTHONPATH, so the floor can reuse the page's sidebar instead of a copy of it.
from views import chart_handoff, navigation, store
from views.contact_centre import _inputs
from views.tables import static_table

CHART_HEIGHT = 400  # the staffing curve's height in estimator/staffing_charts.py


def floor() -> None:
    st.markdown("### Contact centre: from contact volume to agents and cost per contact")
    store.start_run()
    centre, labels, settings = _inputs()
    contacts = sum(q.contacts for q in centre.queues)
    month = float(contacts.sum()) * centre.periods_per_month
    share = 1 - float(settings["shrinkage"])  # type: ignore[arg-type]
    # The figures that move with shrinkage on the page move with it here (staff, paid FTE, in-house cost and cost
    # per contact, with its P10-P90 in the help, and the caption's bands), so that a shrinkage press changes as
    # much of this page as of the real one; the agents, hours and the vendor's figures do not move on either.
    figures = {"Peak agents on the phones": f"{contacts.max() / 7:,.0f}",
               "Staff to schedule at the peak": f"{contacts.max() / 7 / share:,.0f}",
               "Paid FTE": f"{month / 900 / share:,.1f}", "Agent hours a month": f"{month / 10:,.0f}",
               "In-house cost a month": f"${month * 4.2 / share:,.0f}",
               "In-house cost per contact": f"${4.2 / share:,.2f}",
               "BPO cost a month": f"${month * 4:,.0f}", "BPO cost per contact": "$4.00"}
    helps = {"In-house cost per contact": f"P10–P90 ${3.8 / share:,.2f}–${4.6 / share:,.2f} per contact (floor page)"}
    for row in (list(figures.items())[:4], list(figures.items())[4:]):
        for col, (label, value) in zip(st.columns(4), row, strict=True):
            col.metric(label, value, help=helps.get(label, "floor page: arithmetic, not the model"))
    chart_handoff.chart_title(f"Floor page: at most {contacts.max():,.0f} contacts in a half hour")  # as the page's
    fig = go.Figure(go.Bar(x=labels, y=contacts), layout=dict(height=CHART_HEIGHT))
    st.plotly_chart(fig, key="cc_curve", theme=None, config={"displaylogo": False})
    st.caption(f"Floor page: {month:,.0f} contacts a month, in-house ${3.8 / share:,.2f} / ${4.2 / share:,.2f} / "
               f"${4.6 / share:,.2f} a contact; no Erlang C and no Monte Carlo.")
    st.button("Use this queue as the workload of the estimate", key="cc_use_in_estimate")
    # the page's queue table, drawn as the page draws it (a static table: its seven columns, figures as text)
    rows = [{"Queue": q.name, "Contacts a month": f"{q.contacts.sum() * centre.periods_per_month:,.0f}",
             "Handled minutes a month": "floor", "Peak agents": f"{contacts.max() / 7:,.0f}",
             "Agent hours a month": f"{month / 10:,.0f}", "Service level (lowest open interval)": "80%",
             "Occupancy (average, open intervals)": "85%"} for q in centre.queues]
    static_table(rows, "cc_queues", right=list(rows[0])[1:])


if __name__ == "__main__":  # as Streamlit runs it; pytest's doctest collection only imports the file
    st.set_page_config(page_title="Floor page", layout="wide")
    st.navigation(navigation.pages({"views/contact_centre.py": floor})).run()
