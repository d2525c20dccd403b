"""A staffed contact centre as the workload of an estimate: queues in, Erlang C agent hours out, per row.

Conventions as in :mod:`estimator.staffing`: contacts per interval, handle and answer times in seconds,
shares as fractions, a stretch of intervals that repeats ``periods_per_month`` times a month. The
workload of the estimate is the Erlang C agent hours a month (productive hours, before shrinkage), so
the in-house formulas turn them into paid FTE exactly as for any other work; a vendor bills those hours,
or the contacts (``per_contact``), or the handled minutes (``per_minute``).

Volume and handle time may be ranges: ``volume_range`` and ``aht_range`` are factors on every queue's
point values (``(0.9, 1.1)``: 10% below to 10% above), with their most likely value at 1. The estimate's
parameter table (:mod:`estimator.params`) holds one factor per row (a low/mid/high case, a Monte Carlo
draw, a tornado swing), the same factor for every queue and interval of that row, and
:meth:`ContactWorkload.agent_hours` staffs every row in one Erlang C call, rows as the leading axis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .staffing import DAYS_PER_MONTH, MAX_TRAFFIC, ContactCentre, Queue, StaffingError, staff, traffic

Array = NDArray[np.float64]
QUEUE_FIELDS = ("name", "contacts", "aht_seconds", "answer_seconds", "service_level", "max_occupancy")
FIELDS = ("queues", "interval_minutes", "periods_per_month", "volume_range", "aht_range")
# How far a range factor may reach: a tenth of the plan to twice it (the page's spreads reach ± 90%).
FACTOR_LIMITS = (0.1, 2.0)
MAX_INTERVALS = 366 * 96  # a year of 15-minute intervals, the longest file intervals.py reads
# Exact Erlang C staffings per ranged axis when the rows are many (Monte Carlo draws); see agent_hours.
GRID_NODES = 5


def _bilinear(grid_x: Array, grid_y: Array, values: Array, x: Array, y: Array) -> Array:
    """``values`` (len(grid_x) × len(grid_y)) interpolated at the points (x, y), inside the grid.

    >>> float(_bilinear(np.array([0.0, 1.0]), np.array([0.0, 1.0]), np.array([[0.0, 1.0], [2.0, 3.0]]),
    ...                 np.array([0.5]), np.array([0.5]))[0])
    1.5
    """
    def axis(grid: Array, at: Array, values: Array, along: int) -> tuple[Array, Array, Array]:
        if grid.size == 1:  # a fixed factor: a second node one unit away with the same values
            grid, values = np.append(grid, grid[0] + 1.0), np.concatenate([values, values], axis=along)
        i = np.clip(np.searchsorted(grid, at, side="right") - 1, 0, grid.size - 2)
        return i, (at - grid[i]) / (grid[i + 1] - grid[i]), values

    i, t, values = axis(grid_x, x, values, 0)
    j, u, values = axis(grid_y, y, values, 1)
    return ((1 - t) * (1 - u) * values[i, j] + t * (1 - u) * values[i + 1, j]
            + (1 - t) * u * values[i, j + 1] + t * u * values[i + 1, j + 1])


@dataclass(frozen=True)
class QueueWorkload:
    """One queue of the workload: offered contacts per interval and its targets (tuples, so hashable)."""

    name: str
    contacts: tuple[float, ...]
    aht_seconds: float | tuple[float, ...]
    answer_seconds: float
    service_level: float
    max_occupancy: float

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > 100:
            raise StaffingError(f"queue name: must be text of 1 to 100 characters, got {self.name!r}")
        object.__setattr__(self, "contacts", _numbers(f"{self.name}.contacts", self.contacts))
        if len(self.contacts) > MAX_INTERVALS:
            raise StaffingError(f"{self.name}.contacts: at most {MAX_INTERVALS:,} intervals (a year), "
                                f"got {len(self.contacts):,}")
        aht = self.aht_seconds
        if isinstance(aht, (list, tuple)):
            aht = _numbers(f"{self.name}.aht_seconds", aht)
            if len(aht) != len(self.contacts):
                raise StaffingError(f"{self.name}.aht_seconds: give one handle time, or one per interval "
                                    f"({len(self.contacts)}), got {len(aht)}")
        elif isinstance(aht, bool) or not isinstance(aht, (int, float)):
            raise StaffingError(f"{self.name}.aht_seconds: must be a number of seconds, got {aht!r}")
        else:
            aht = float(aht)
        object.__setattr__(self, "aht_seconds", aht)
        for name in ("answer_seconds", "service_level", "max_occupancy"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise StaffingError(f"{self.name}.{name}: must be a number, got {value!r}")
            object.__setattr__(self, name, float(value))
        self.queue()  # the staffing model's own checks: handle time, targets, occupancy

    def queue(self, volume: ArrayLike = 1.0, aht: ArrayLike = 1.0) -> Queue:
        """The staffing model's queue, with contacts and handle times scaled by per-row factors.

        ``volume`` and ``aht`` are factors of shape (rows,) (or scalars); contacts become (rows × intervals).
        """
        v, a = np.asarray(volume, dtype=float), np.asarray(aht, dtype=float)
        contacts = np.asarray(self.contacts) * v[..., None] if v.ndim else np.asarray(self.contacts) * v
        handle = np.asarray(self.aht_seconds, dtype=float)
        handle = handle * a[..., None] if a.ndim else handle * a
        return Queue(self.name, contacts, handle, self.answer_seconds, self.service_level, self.max_occupancy)

    def to_dict(self) -> dict[str, Any]:
        aht = list(self.aht_seconds) if isinstance(self.aht_seconds, tuple) else self.aht_seconds
        return {"name": self.name, "contacts": list(self.contacts), "aht_seconds": aht,
                "answer_seconds": self.answer_seconds, "service_level": self.service_level,
                "max_occupancy": self.max_occupancy}


def _numbers(where: str, values: Any) -> tuple[float, ...]:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise StaffingError(f"{where}: must be a list of numbers, one per interval")
    out = []
    for i, v in enumerate(values):
        if isinstance(v, bool) or not isinstance(v, (int, float, np.floating, np.integer)):
            raise StaffingError(f"{where}: interval {i + 1} is not a number, got {v!r}")
        out.append(float(v))
    if not out:
        raise StaffingError(f"{where}: give at least one interval")
    return tuple(out)


def _factors(where: str, value: Any) -> tuple[float, float]:
    low_limit, high_limit = FACTOR_LIMITS
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") or len(value) != 2:
        raise StaffingError(f"{where}: must be two factors [low, high], e.g. [0.9, 1.1], got {value!r}")
    low, high = value
    ok = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (low, high))
    if not ok or not low_limit <= low <= 1 <= high <= high_limit:
        raise StaffingError(f"{where}: must run from {low_limit:g} up to 1 and from 1 up to {high_limit:g} "
                            f"(factors on the plan), got {value!r}")
    return float(low), float(high)


@dataclass(frozen=True)
class ContactWorkload:
    """Queues over one stretch of intervals, and how uncertain their volume and handle time are.

    Example: the published queue (100 calls a half hour at 3 minutes, 80/20) open two half hours,
    20 times a month: 14 agents × 1 hour × 20 = 280 agent hours a month.

    >>> w = ContactWorkload((QueueWorkload("Voice", (100, 100), 180, 20, 0.80, 1.0),), periods_per_month=20)
    >>> w.agent_hours(1.0, 1.0).tolist(), w.contacts_month(1.0).tolist()
    ([280.0], [4000.0])
    """

    queues: tuple[QueueWorkload, ...]
    interval_minutes: float = 30.0
    periods_per_month: float = DAYS_PER_MONTH
    volume_range: tuple[float, float] = (1.0, 1.0)
    aht_range: tuple[float, float] = (1.0, 1.0)
    _cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        queues = tuple(self.queues) if isinstance(self.queues, (list, tuple)) else ()
        if not queues or not all(isinstance(q, QueueWorkload) for q in queues):
            raise StaffingError("queues: give at least one queue")
        if len({q.name for q in queues}) != len(queues):
            raise StaffingError("queues: give each queue its own name")
        object.__setattr__(self, "queues", queues)
        for name in ("interval_minutes", "periods_per_month"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise StaffingError(f"{name}: must be a number, got {value!r}")
            object.__setattr__(self, name, float(value))
        object.__setattr__(self, "volume_range", _factors("volume_range", self.volume_range))
        object.__setattr__(self, "aht_range", _factors("aht_range", self.aht_range))
        # The dear end must be staffable too: handle times within the model's limit, traffic within its cap.
        dear = self.centre(self.volume_range[1], self.aht_range[1])
        busiest = max(float(traffic(q.contacts, q.aht_seconds, self.interval_minutes).max()) for q in dear.queues)
        if busiest > MAX_TRAFFIC:
            raise StaffingError(f"queues: at the top of the volume and handle-time ranges an interval holds "
                                f"{busiest:,.0f} Erlangs, over the {MAX_TRAFFIC:,.0f} the model staffs")

    def centre(self, volume: ArrayLike = 1.0, aht: ArrayLike = 1.0) -> ContactCentre:
        return ContactCentre(tuple(q.queue(volume, aht) for q in self.queues), self.interval_minutes,
                             self.periods_per_month)

    def agent_hours(self, volume: ArrayLike, aht: ArrayLike) -> Array:
        """Erlang C agent hours a month, all queues, one per row of ``volume`` and ``aht`` factors.

        Rows with the same pair of factors are staffed once (the low/mid/high cases and the tornado
        repeat the point values), all in one Erlang C call with rows as the leading axis: exact.
        Monte Carlo draws are thousands of distinct pairs; staffing each would take seconds (10,000
        draws of a week of five queues are 17 million cells), so the draws are staffed exactly at a
        grid of ``GRID_NODES`` factors per ranged axis spanning them, and each draw's hours are
        interpolated bilinearly between the grid's. Agent hours rise with either factor and so does
        the interpolation (it never falls as volume or handle time rises). Agent hours are a sum of
        steps (whole agents per interval) that the interpolation smooths: over ± 10% of volume and
        handle time it was within 0.26% of exact staffing on average (1% at most) for a day of one
        queue, 0.11% (0.4%) for a week of five, against a spread of 7% across the draws; more
        nodes did not bring it closer (measured 2026-11-25, 300 draws; tests/test_contact_workload.py
        bounds it). A queue of very few intervals is a coarse step function and is smoothed more.
        """
        v, a = np.broadcast_arrays(np.atleast_1d(np.asarray(volume, dtype=float)),
                                   np.atleast_1d(np.asarray(aht, dtype=float)))
        pairs, inverse = np.unique(np.stack([v, a], axis=1), axis=0, return_inverse=True)
        if pairs.shape[0] == 1 and pairs[0, 0] == 1.0 and pairs[0, 1] == 1.0:
            return np.full(v.shape, self.point_agent_hours)
        if pairs.shape[0] <= GRID_NODES:
            return self._staffed(pairs[:, 0], pairs[:, 1])[inverse.ravel()]
        grid_v = np.linspace(v.min(), v.max(), GRID_NODES) if v.max() > v.min() else v[:1]
        grid_a = np.linspace(a.min(), a.max(), GRID_NODES) if a.max() > a.min() else a[:1]
        hours = self._staffed(np.repeat(grid_v, grid_a.size), np.tile(grid_a, grid_v.size))
        return _bilinear(grid_v, grid_a, hours.reshape(grid_v.size, grid_a.size), v, a)

    def _staffed(self, volume: Array, aht: Array) -> Array:
        return staff(self.centre(volume, aht), 0.0).agent_hours_month.sum(axis=-1)

    @property
    def point_agent_hours(self) -> float:
        """Agent hours a month at the plan's volume and handle time (computed once per workload)."""
        if "hours" not in self._cache:
            self._cache["hours"] = float(staff(self.centre(), 0.0).agent_hours_month.sum())
        return self._cache["hours"]

    @property
    def point_contacts_month(self) -> float:
        return float(sum(sum(q.contacts) for q in self.queues) * self.periods_per_month)

    @property
    def point_handled_minutes_month(self) -> float:
        """Σ contacts × AHT / 60 over queues and intervals, times the repeats a month."""
        return float(sum((np.asarray(q.contacts) * np.asarray(q.aht_seconds)).sum() for q in self.queues)
                     / 60 * self.periods_per_month)

    def contacts_month(self, volume: ArrayLike) -> Array:
        """Contacts a month per row: the plan's, times the row's volume factor."""
        return self.point_contacts_month * np.atleast_1d(np.asarray(volume, dtype=float))

    def handled_minutes_month(self, volume: ArrayLike, aht: ArrayLike) -> Array:
        """Handled minutes a month per row: the plan's, times the row's volume and handle-time factors."""
        return self.point_handled_minutes_month * np.atleast_1d(np.asarray(volume, dtype=float)) * np.asarray(aht)

    def to_dict(self) -> dict[str, Any]:
        return {"queues": [q.to_dict() for q in self.queues], "interval_minutes": self.interval_minutes,
                "periods_per_month": self.periods_per_month, "volume_range": list(self.volume_range),
                "aht_range": list(self.aht_range)}

    @classmethod
    def from_dict(cls, data: Any) -> ContactWorkload:
        """The workload from its JSON form; :class:`StaffingError` names the field that is wrong."""
        if not isinstance(data, dict):
            raise StaffingError("must be an object with queues, e.g. {\"queues\": [{\"name\": \"Voice\", ...}]}")
        unknown = sorted(set(data) - set(FIELDS))
        if unknown:
            raise StaffingError(f"{unknown[0]}: is not a known field; known: {', '.join(FIELDS)}")
        raw = data.get("queues")
        if not isinstance(raw, list) or not raw:
            raise StaffingError("queues: give a list of at least one queue")
        queues = []
        for i, q in enumerate(raw):
            if not isinstance(q, dict):
                raise StaffingError(f"queues[{i}]: must be an object with {', '.join(QUEUE_FIELDS)}")
            bad = sorted(set(q) - set(QUEUE_FIELDS)) or [k for k in QUEUE_FIELDS if k not in q]
            if bad:
                raise StaffingError(f"queues[{i}].{bad[0]}: " + ("is not a known field" if bad[0] in q else "is missing"))
            aht = q["aht_seconds"]
            queues.append(QueueWorkload(q["name"], q["contacts"], tuple(aht) if isinstance(aht, list) else aht,
                                        q["answer_seconds"], q["service_level"], q["max_occupancy"]))
        rest = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k != "queues"}
        return cls(tuple(queues), **rest)


def from_centre(centre: ContactCentre, volume_spread: float = 0.0, aht_spread: float = 0.0) -> ContactWorkload:
    """The workload of a staffed centre (the Contact centre page's), with ± spreads as its ranges.

    Contacts are kept to a thousandth of a contact: a week of five queues spread by a pattern then fits the
    share link (its JSON compresses to 4,580 characters of the link's 8,000, from 10,030 at full precision)
    and staffs to the same agent hours.

    >>> q = Queue("Voice", np.array([100.0, 100.0]), 180.0, answer_seconds=20, service_level=0.8, max_occupancy=1.0)
    >>> w = from_centre(ContactCentre((q,), periods_per_month=20), volume_spread=0.1)
    >>> w.volume_range, w.queues[0].contacts
    ((0.9, 1.1), (100.0, 100.0))
    """
    queues = []
    for q in centre.queues:
        aht = np.asarray(q.aht_seconds, dtype=float)
        handle: float | tuple[float, ...] = float(aht) if aht.ndim == 0 else tuple(float(x) for x in aht)
        queues.append(QueueWorkload(q.name, tuple(round(float(x), 3) for x in q.contacts), handle, q.answer_seconds,
                                    q.service_level, q.max_occupancy))
    return ContactWorkload(tuple(queues), centre.interval_minutes, centre.periods_per_month,
                           (round(1 - volume_spread, 9), round(1 + volume_spread, 9)),
                           (round(1 - aht_spread, 9), round(1 + aht_spread, 9)))
