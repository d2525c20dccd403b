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


def _round_step(at_least: float) -> float:
    """The smallest step of 1, 2 or 5 × 10^k that is at least ``at_least`` (and at least 1: agents and contacts).

    >>> _round_step(2.8), _round_step(14.3), _round_step(0.3), _round_step(200.0)
    (5.0, 20.0, 1.0, 200.0)
    """
    at_least = max(float(at_least), 1.0)
    power = 10.0 ** np.floor(np.log10(at_least))
    return next(float(m * power) for m in (1, 2, 5, 10) if m * power >= at_least * (1 - 1e-12))


def aligned_axes(left_max: float, right_max: float) -> tuple[int, float, float]:
    """A count of intervals and a round step for each of two axes from 0, so that every tick of the right axis
    sits on a gridline of the left one: the count (4 to 8) that wastes least of the two ranges above their data.

    Written here: plotly.js either syncs an overlaying axis to the other's gridlines (at steps such as 20.4:
    labels 20, 40, 61, 81) or gives it ticks of its own that fall between the gridlines.

    >>> aligned_axes(14, 100)  # 7 intervals: agents 0-14 by 2, contacts 0-140 by 20
    (7, 2.0, 20.0)
    """
    def waste(n: int) -> float:
        return n * _round_step(left_max / n) / max(left_max, 1.0) + n * _round_step(right_max / n) / max(right_max, 1.0)

    n = min(range(4, 9), key=waste)
    return n, _round_step(left_max / n), _round_step(right_max / n)


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
        # "hvh": each interval's level is drawn centred on its own bar. With "hv" it ran from its bar's centre to
        # the next one's, half a bar late, and the last interval had no level at all (seen with a few intervals).
        traces.append(dict(type="scatter", x=x, y=agents[i], name=f"{name}: agents needed", meta=name,
                           mode="lines", line=dict(color=colour, width=3, shape="hvh"),
                           hovertemplate="%{meta} %{x}: %{y:,.0f} agents<extra></extra>"))
    # Both axes from 0 in the same number of round steps, so every contacts label sits on an agents gridline
    # (plotly.js's own choices put contacts at 0, 20, 40, 61, 81, or between the gridlines).
    # 5% above the data, so that no peak sits on the plot's top edge, half its line cut off
    n, agents_step, contacts_step = aligned_axes(1.05 * float(agents.max(initial=0)),
                                                 1.05 * float(contacts.max(initial=0)))
    layout = _layout(
        staffing_headline(staffing, labels), height=400, barmode="group", bargap=0.1,
        xaxis=dict(type="category", nticks=12, tickfont=dict(size=14)),
        yaxis=dict(title=dict(text="Agents on the phones"), range=[0, n * agents_step], tickmode="linear", tick0=0,
                   dtick=agents_step, tickformat=",.0f"),
        # No gridlines of its own, and its labels in the bars' dark grey, so it reads as the bars' scale.
        yaxis2=dict(title=dict(text="Contacts per interval", font=dict(color=CONTACTS_GREY)), overlaying="y",
                    side="right", showgrid=False, range=[0, n * contacts_step], tickmode="linear", tick0=0,
                    dtick=contacts_step, tickformat=",.0f", tickfont=dict(color=CONTACTS_GREY)),
    )
    return go.Figure(data=traces, layout=layout)
