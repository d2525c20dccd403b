"""What the Contact centre page keeps between reruns: Erlang C, the staffing curve and the Monte Carlo.

A module of its own because Streamlit runs a page's file afresh on every rerun: a cached function defined
there is made again each time, and making one reads and hashes its source (``inspect.getsource``), about a
millisecond each. Defined here, they are made once, when the module is first imported.

What a rerun computes, and what it keeps: Erlang C (the agents per interval, at the plan and over the Monte
Carlo's draws) and the staffing curve depend on the queues alone; shrinkage, pay and the vendor's price only
reprice them. So the caches key on :func:`digest` of the queues and labels (computed once a rerun, where
Streamlit would hash the queues' arrays and every label again for each cached call), and a move of
shrinkage, pay or a price reruns only the pricing: the staff to schedule (a division), the point cost and
the draws' cost per contact.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from typing import Generic, TypeVar

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from estimator.charts import MODEBAR_MARGIN, for_page
from estimator.formatting import number, percent
from estimator.intervals import IntervalFile, read_intervals
from estimator.staffing import (
    ContactCentre,
    CostPerContactDraws,
    Staffing,
    VendorWork,
    draw_staffing,
    price_draws,
    scheduled_staff,
    staff,
)
from estimator.staffing_charts import staffing_curve_figure
from views import chart_handoff

T = TypeVar("T")


class Kept(Generic[T]):
    """The last ``size`` results of making something, by a key the page has already computed (:func:`digest`).

    Written here rather than with ``st.cache_resource``: that hashes every argument and inspects the function's
    signature on every call, and a shrinkage move made six such calls; py-spy over 40 moves in Chromium put
    Streamlit's cache machinery at 2.4 ms of the page's script a move, more than the floor page's whole gap to
    the page had to spare. Not ``functools.lru_cache``: the arguments (the centre's arrays, a staffing) are not
    hashable, and the key already stands for them. Thread-safe (sessions run in threads); a value is made outside
    the lock, so two sessions may both make one (the functions are pure), and it is shared read-only, as a
    cached resource is."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[Hashable, T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = make()
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return value


@st.cache_data(show_spinner=False, max_entries=16)
def read_upload(data: bytes, name: str) -> IntervalFile:
    return read_intervals(data, name)


def digest(centre: ContactCentre, labels: Sequence[str]) -> str:
    """Everything Erlang C and the staffing curve read from the centre and its interval labels, as 32 hex digits.

    >>> from estimator.staffing import Queue
    >>> a = ContactCentre((Queue("Voice", [100.0, 50.0], 180, 20, 0.8, 1.0),))
    >>> b = ContactCentre((Queue("Voice", [100.0, 50.0], 180, 20, 0.81, 1.0),))
    >>> len(digest(a, ["08:00", "08:30"])), digest(a, ["08:00", "08:30"]) == digest(b, ["08:00", "08:30"])
    (32, False)
    """
    h = hashlib.blake2b(repr((centre.interval_minutes, centre.periods_per_month, list(labels))).encode(),
                        digest_size=16)
    for q in centre.queues:
        h.update(repr((q.name, q.answer_seconds, q.service_level, q.max_occupancy)).encode())
        for values in (q.contacts, q.aht_seconds):
            array = np.ascontiguousarray(values, dtype=float)
            h.update(repr(array.shape).encode())
            h.update(array.tobytes())
    return h.hexdigest()


_ERLANG: Kept[Staffing] = Kept(8)  # Erlang C at the plan's volume, before shrinkage (read-only)


def staffed(centre: ContactCentre, key: str, shrinkage: float) -> Staffing:
    """The centre staffed at ``shrinkage``: the cached agents, and the staff to schedule for them."""
    base = _ERLANG.get(key, lambda: staff(centre, 0.0))
    return replace(base, scheduled=scheduled_staff(base.agents, shrinkage), shrinkage=float(shrinkage))


# px right of the plot for the contacts axis: its tick labels ("1,400") and its title stood on end.
CONTACTS_AXIS_WIDTH = 80


_CURVES: Kept[tuple[str, go.Figure]] = Kept(8)


def _curve(staffing: Staffing, labels: Sequence[str]) -> tuple[str, go.Figure]:
    title, fig = for_page(staffing_curve_figure(staffing, list(labels)))
    # The contacts axis and plotly's toolbar both stand in the right margin, and plotly's automargin sizes it for
    # the larger of them, not their sum: the toolbar covered "Contacts per interval" whenever the pointer was on
    # the chart. The margin holds both, the toolbar outside the axis.
    fig.layout.margin.r = MODEBAR_MARGIN + CONTACTS_AXIS_WIDTH
    # made ready for the browser here, once: the page's chart_handoff.plotly_chart then leaves it as it is
    return title, chart_handoff.browser_figure(fig)


def curve(key: str, labels: Sequence[str], staffing: Staffing) -> tuple[str, go.Figure]:
    """The staffing curve's title and figure (agents and contacts: no shrinkage, pay or price in it), read-only
    once drawn. The title is the page's text (charts.for_page): two queues' peaks did not fit one SVG line."""
    return _CURVES.get(key, lambda: _curve(staffing, labels))


_DRAWS: Kept[Staffing] = Kept(8)  # Erlang C over the Monte Carlo's draws: kept while only shrinkage, pay or a price moves


def bands(key: str, in_house: dict[str, float], volume: tuple[float, float], aht: tuple[float, float],
          basis: str | None, price: tuple[float, float], governance: float, work: VendorWork, _centre: ContactCentre,
          floor: float = 0.0) -> CostPerContactDraws:
    """P10/P50/P90 of cost per contact over the cached staffed draws, priced at this rerun's pay and price.

    Priced on every rerun, not cached: a shrinkage move (the page's slider) misses any cache of it, and pricing the
    kept draws (under a millisecond, their sums kept with them: estimator.staffing.Staffing) costs less than
    Streamlit's hashing of these arguments did on a hit."""
    draws = _DRAWS.get((key, volume, aht), lambda: draw_staffing(_centre, volume_range=volume, aht_range=aht))
    return price_draws(draws, in_house, vendor_basis=basis, vendor_range=price, governance_rate=governance, work=work,
                       governance_floor=floor)


_TABLES: Kept[tuple[dict[str, str], ...]] = Kept(8)


def _queue_table(staffing: Staffing) -> tuple[dict[str, str], ...]:
    rows = []
    for i, name in enumerate(staffing.centre.names):
        agents = staffing.agents[i]
        open_cells = agents > 0
        rows.append({
            "Queue": name,
            "Contacts a month": number(float(staffing.contacts_month[i])),
            "Handled minutes a month": number(float(staffing.handled_minutes_month[i])),
            "Peak agents": f"{int(agents.max()):,}",
            "Agent hours a month": number(float(staffing.agent_hours_month[i])),
            "Service level (lowest open interval)": percent(float(staffing.erlang.service_level[i][open_cells].min()))
            if open_cells.any() else "–",
            "Occupancy (average, open intervals)": percent(float(np.average(staffing.erlang.occupancy[i][open_cells],
                                                                            weights=agents[open_cells])))
            if open_cells.any() else "–",
        })
    return tuple(rows)


def queue_table(key: str, staffing: Staffing) -> tuple[dict[str, str], ...]:
    """The table of queues (contacts, minutes, peak agents, hours, service level, occupancy: no shrinkage in it),
    as rows of text for :func:`views.tables.static_table` (read-only once made). A static table, not
    ``st.dataframe``: on a 390 px phone the grid was 728 px wide behind a sideways scroll; the static table is a
    block of "Column: value" lines per queue there, and its headers wrap on a wide screen, so they say in full what
    the grid's short headers left to a tooltip."""
    return _TABLES.get(key, lambda: _queue_table(staffing))
