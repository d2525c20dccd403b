"""Figures for a staffed contact centre: results in, ``go.Figure`` out.

Conventions as in :mod:`estimator.charts` (its theme, fonts and Okabe–Ito colours): the staffing
curve shows agents needed on the phones per interval, one line per queue, with the offered
contacts as light bars behind; the title states the peak.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from .charts import OKABE_ITO, _layout, plain
from .staffing import Staffing

# the contacts axis's labels: a dark grey (7:1 on white), apart from the agents' black
CONTACTS_GREY = "#555555"
QUEUE_COLOURS = (OKABE_ITO[4], OKABE_ITO[5], OKABE_ITO[2], OKABE_ITO[6], OKABE_ITO[0])


def interval_labels(intervals: int, interval_minutes: float, week: bool = False) -> list[str]:
    """Labels for a day's (``HH:MM``) or a week's (``Mon 08:30``) intervals.

    >>> interval_labels(48, 30)[17], interval_labels(336, 30, week=True)[49]
    ('08:30', 'Tue 00:30')
    """
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    per_day = int(round(24 * 60 / interval_minutes))
    labels = []
    for i in range(intervals):
        minutes = int((i % per_day) * interval_minutes)
        clock = f"{minutes // 60:02d}:{minutes % 60:02d}"
        labels.append(f"{days[(i // per_day) % 7]} {clock}" if week else clock)
    return labels


def staffing_headline(staffing: Staffing, labels: Sequence[str]) -> str:
    """The peak of each queue in one sentence.

    >>> from estimator.staffing import ContactCentre, Queue, staff
    >>> s = staff(ContactCentre((Queue("Voice", [50, 100], 180, 20, 0.8, 1.0),)), 0.3)
    >>> staffing_headline(s, ["08:00", "08:30"])
    'Voice needs up to 14 agents on the phones (at 08:30)'
    """
    parts = []
    for q, row in zip(staffing.centre.names, staffing.agents.reshape(len(staffing.centre.queues), -1), strict=True):
        peak = int(row.argmax())
        parts.append(f"{plain(q)} needs up to {int(row[peak]):,} agents on the phones (at {labels[peak]})")
    return "; ".join(parts)


def staffing_curve_figure(staffing: Staffing, labels: Sequence[str]) -> go.Figure:
    """Agents needed per interval, a step line per queue, over the offered contacts (light bars).

    Only a single (undrawn) staffing: arrays of (queues × intervals).
    """
    traces: list[dict[str, object]] = []
    agents = staffing.agents.reshape(len(staffing.centre.queues), -1)
    contacts = staffing.contacts.reshape(agents.shape)
    x = np.asarray(labels)  # arrays, not lists: plotly validates a numpy array in one step
    for i, name in enumerate(plain(n) for n in staffing.centre.names):
        colour = QUEUE_COLOURS[i % len(QUEUE_COLOURS)]
        # The queue's name goes in as ``meta``, never into the template: Plotly reads "%{y}" in a template
        # as its own variable, so a queue named "Sales %{y}" would show a number for its name.
        traces.append(dict(type="bar", x=x, y=contacts[i], name=f"{name}: contacts offered", meta=name,
                           marker=dict(color=colour, opacity=0.22), yaxis="y2",
                           hovertemplate="%{meta} %{x}: %{y:,.0f} contacts<extra></extra>"))
        traces.append(dict(type="scatter", x=x, y=agents[i], name=f"{name}: agents needed", meta=name,
                           mode="lines", line=dict(color=colour, width=3, shape="hv"),
                           hovertemplate="%{meta} %{x}: %{y:,.0f} agents<extra></extra>"))
    layout = _layout(
        staffing_headline(staffing, labels), height=400, barmode="group", bargap=0.1,
        xaxis=dict(type="category", nticks=12, tickfont=dict(size=14)),
        yaxis=dict(title=dict(text="Agents on the phones"), rangemode="tozero", tickformat=",.0f"),
        # The contacts' own round ticks: plotly.js syncs an overlaying axis's ticks to the gridlines of the axis
        # it overlays by default, which put contacts at 0, 20, 40, 61, 81 beside agents at 0, 5, 10, 15, 20.
        # No gridlines of its own, and its labels in the bars' light grey, so it reads as the bars' scale.
        yaxis2=dict(title=dict(text="Contacts per interval", font=dict(color=CONTACTS_GREY)), overlaying="y",
                    side="right", showgrid=False, rangemode="tozero", tickformat=",.0f", tickmode="auto",
                    tickfont=dict(color=CONTACTS_GREY)),
    )
    return go.Figure(data=traces, layout=layout)
