"""Contacts per interval: a day's or a week's volume spread by an arrival pattern, or an uploaded file.

Conventions: intervals are 30 minutes unless a file says otherwise (15, 30 or 60); a day runs
from midnight, so interval ``i`` starts at ``i × interval`` minutes past midnight; a week runs
Monday to Sunday. Volumes are offered contacts. Handle times are in seconds.

The built-in arrival shapes are **illustrative shapes, not sourced data**: smooth curves of the
kind contact centres report (a flat day, a weekday with a late-morning and an early-afternoon
peak, a morning-heavy day, an evening-heavy day), for a first estimate before the user uploads
their own intervals. The weekday weights of a weekly volume are illustrative in the same way.

The interval loader is written on the standard ``csv`` module, like the price-book loader, so
every error names the row and the column in one sentence a planner can act on.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from numpy.typing import NDArray

from .formatting import cell, counted, non_negative, parse_local
from .staffing import DAYS_PER_MONTH

Array = NDArray[np.float64]

# Centre and spread (hours of the day) of the bumps each illustrative shape adds over a flat base.
_SHAPES: dict[str, tuple[str, float, tuple[tuple[float, float, float], ...]]] = {
    "flat": ("Flat: the same volume every interval", 1.0, ()),
    "weekday_double_peak": ("Weekday: peaks late morning and early afternoon", 0.35,
                            ((10.5, 1.3, 1.0), (14.5, 1.5, 0.8))),
    "morning_peak": ("Morning-heavy: a peak after opening, tailing off", 0.3, ((9.5, 1.6, 1.0),)),
    "evening_peak": ("Evening-heavy: a peak after the working day", 0.3, ((18.5, 1.6, 1.0),)),
}
PATTERNS: dict[str, str] = {key: label for key, (label, _, _) in _SHAPES.items()}
# Illustrative share of a week's contacts by weekday (Monday first): busiest on Monday, quiet at weekends.
WEEKDAY_WEIGHTS = (1.25, 1.10, 1.05, 1.0, 0.95, 0.45, 0.20)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_DAYS = 366


class IntervalError(ValueError):
    """Volumes that cannot be staffed; the message names the row or field and what is allowed."""


def day_shape(pattern: str | tuple[float, ...], open_hour: float, close_hour: float,
              interval_minutes: float = 30.0) -> Array:
    """Share of a day's contacts in each interval of the day (sums to 1; 0 outside opening hours).

    ``pattern`` is a built-in shape's key or the user's own weights, one per open interval.

    Example: open 9:00 to 11:00 with a flat shape, each of the four half hours takes a quarter.

    >>> day_shape("flat", 9, 11)[17:23].tolist()
    [0.0, 0.25, 0.25, 0.25, 0.25, 0.0]
    """
    per_day = int(round(24 * 60 / interval_minutes))
    if not 0 <= open_hour < close_hour <= 24:
        raise IntervalError(f"opening hours: must open before closing, within 0 to 24, got {open_hour:g} to {close_hour:g}")
    starts = np.arange(per_day) * interval_minutes / 60
    is_open = (starts >= open_hour - 1e-9) & (starts + interval_minutes / 60 <= close_hour + 1e-9)
    if not is_open.any():
        raise IntervalError(f"opening hours: {open_hour:g} to {close_hour:g} holds no whole {interval_minutes:g}-minute interval")
    if isinstance(pattern, str):
        if pattern not in _SHAPES:
            raise IntervalError(f"pattern: must be one of {', '.join(_SHAPES)} or your own weights, got {pattern!r}")
        _, base, bumps = _SHAPES[pattern]
        mid = starts + interval_minutes / 120
        weights = base + sum((h * np.exp(-0.5 * ((mid - c) / s) ** 2) for c, s, h in bumps), np.zeros(per_day))
    else:
        own = np.asarray(pattern, dtype=float)
        if own.ndim != 1 or own.size != is_open.sum():
            raise IntervalError(f"pattern: give {int(is_open.sum())} weights, one per open interval, got {own.size}")
        if not np.all(np.isfinite(own)) or own.min() < 0 or own.sum() <= 0:
            raise IntervalError("pattern: weights must be numbers, 0 or more, not all 0")
        weights = np.zeros(per_day)
        weights[is_open] = own
    weights = np.where(is_open, weights, 0.0)
    return weights / weights.sum()


def parse_weights(text: str, locale: str | None = None) -> tuple[float, ...]:
    """The user's own shape typed as numbers separated by commas or spaces.

    Where the browser writes decimals with a comma (``locale``, Babel's name), each weight is read that locale's
    way and weights are separated by spaces, semicolons or a comma and a space: "1,5 2" is 1.5 then 2 (split at
    every comma, it was 1, 5 and 2).

    >>> parse_weights("1, 2 3"), parse_weights("1,5 2; 3, 0,5", "de_DE")
    ((1.0, 2.0, 3.0), (1.5, 2.0, 3.0, 0.5))
    """
    if locale is None:
        parts = [p for p in text.replace(",", " ").split() if p]
    else:
        parts = [p for p in re.split(r"[;\s]+|,\s+", text) if p]
    if not parts:
        raise IntervalError("pattern: type one weight per open interval, e.g. 1, 2, 3")
    read = float if locale is None else lambda p: parse_local(p, locale)
    try:
        return tuple(read(p) for p in parts)
    except ValueError:
        bad = next(p for p in parts if not _is_number(p, read))
        raise IntervalError(f"pattern: '{bad}' is not a number") from None


def _is_number(text: str, read: Callable[[str], float] = float) -> bool:
    try:
        read(text)
    except ValueError:
        return False
    return True


def daily_contacts(volume_per_day: float | Array, shape: Array) -> Array:
    """Contacts per interval of one day: ``volume × shape`` (draws broadcast on a leading axis).

    >>> daily_contacts(1_000, day_shape("flat", 8, 18)).sum().round(6)
    np.float64(1000.0)
    """
    return np.asarray(volume_per_day, dtype=float)[..., None] * shape


def weekly_contacts(volume_per_week: float | Array, shape: Array, days_open: int = 5) -> Array:
    """Contacts per interval of a week (Monday first): the week's volume over the open days by
    :data:`WEEKDAY_WEIGHTS`, then over each day by ``shape``.

    Example: 5,000 a week open Monday to Friday; Monday takes 1.25 / 5.35 of them, 1,168.2.

    >>> week = weekly_contacts(5_000, day_shape("flat", 8, 18), days_open=5)
    >>> week.shape, round(float(week[:48].sum()), 1), float(week[5 * 48:].sum())
    ((336,), 1168.2, 0.0)
    """
    if days_open not in range(1, 8):
        raise IntervalError(f"days open: must be 1 to 7, got {days_open!r}")
    days = np.array(WEEKDAY_WEIGHTS) * (np.arange(7) < days_open)
    days = days / days.sum()
    per_day = np.asarray(volume_per_week, dtype=float)[..., None] * days
    return (per_day[..., :, None] * shape).reshape(*per_day.shape[:-1], 7 * shape.size)


def periods_per_month(period: str, days_open: int = 7) -> float:
    """How many times a month a day or a week of intervals repeats.

    >>> round(periods_per_month("day", 5), 2), round(periods_per_month("week"), 3)
    (21.74, 4.348)
    """
    if period == "week":
        return DAYS_PER_MONTH / 7
    return DAYS_PER_MONTH * days_open / 7


@dataclass(frozen=True)
class IntervalFile:
    """An uploaded interval file: contacts (and handle times, where given) per queue and interval.

    ``contacts`` and ``aht_seconds`` are (queues × intervals); ``aht_seconds`` is NaN where the
    file gives no handle time. ``days`` is the stretch the file covers.
    """

    queues: tuple[str, ...]
    starts: tuple[datetime, ...]
    contacts: Array
    aht_seconds: Array
    interval_minutes: float

    @property
    def days(self) -> float:
        return len(self.starts) * self.interval_minutes / (24 * 60)

    @property
    def periods_per_month(self) -> float:
        """The file's stretch repeats ``30.44 / days`` times a month."""
        return DAYS_PER_MONTH / self.days

    def aht_or(self, default_seconds: float) -> Array:
        """Handle times with ``default_seconds`` where the file gives none (or 0 in an empty interval).

        >>> f = parse_intervals("interval_start,contacts,aht_seconds\\n2026-11-23 08:00,5,200\\n2026-11-23 08:30,0,\\n")
        >>> f.aht_or(300).tolist()
        [[200.0, 300.0]]
        """
        return np.where(np.isfinite(self.aht_seconds) & (self.aht_seconds > 0), self.aht_seconds, default_seconds)


REQUIRED = ("interval_start", "contacts")
OPTIONAL = ("queue", "aht_seconds")
_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
MAX_ROWS = 200_000
# Each queue gets its own answer-time and service-level inputs on the page: past this many the page is
# unusable, and no contact centre plans that many queues from one file.
MAX_QUEUES = 50
MAX_QUEUE_NAME = 200


def _when(text: str, where: str) -> datetime:
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise IntervalError(f"{where}: {cell(text)} is not a date and time like 2026-11-23 08:30")


def _count(text: str, where: str, what: str) -> float:
    return non_negative(text, where, what, IntervalError)


def read_intervals(data: bytes, name: str = "intervals.csv") -> IntervalFile:
    """An uploaded interval file's bytes read as UTF-8 text and parsed (:func:`parse_intervals`)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IntervalError(f"{name}: is not a UTF-8 text file; save it as CSV") from None
    return parse_intervals(text, name)


def parse_intervals(text: str, name: str = "intervals.csv") -> IntervalFile:
    """Read an interval file: ``interval_start, contacts`` and optional ``queue, aht_seconds``.

    Rules (each broken one is reported with the file, the row and the column): every start on the
    interval grid (15, 30 or 60 minutes, found from the file); no interval twice for a queue; no
    gap between the first and the last interval (list closed intervals with 0 contacts); every
    queue over the same intervals; at most a year; contacts and handle times numbers, 0 or more,
    and a handle time above 0 wherever there are contacts.

    >>> f = parse_intervals("interval_start,contacts,aht_seconds\\n2026-11-23 08:00,100,180\\n2026-11-23 08:30,80,180\\n")
    >>> f.queues, f.contacts.tolist(), f.interval_minutes
    (('Calls',), [[100.0, 80.0]], 30.0)
    """
    body = text.lstrip("\ufeff")
    if not body.strip():
        raise IntervalError(f"{name}: the file is empty; expected a header row with {', '.join(REQUIRED)}")
    try:
        return _parse(body, name)
    except csv.Error as exc:  # e.g. a cell past the csv module's 131,072-character field limit
        raise IntervalError(f"{name}: is not a well-formed CSV ({exc})") from None


def _parse(body: str, name: str) -> IntervalFile:
    reader = csv.DictReader(io.StringIO(body, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise IntervalError(f"{name}: row 1: missing column(s) {', '.join(missing)}; "
                            f"expected {', '.join(REQUIRED)} and optionally {', '.join(OPTIONAL)}")
    has_aht = "aht_seconds" in header
    rows: list[tuple[int, str, datetime, float, float]] = []
    for raw in reader:
        line = reader.line_num
        cells = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(cells.values()):
            continue
        if len(rows) >= MAX_ROWS:
            raise IntervalError(f"{name}: more than {MAX_ROWS:,} rows; give at most a year of intervals")

        def where(column: str, line: int = line) -> str:
            return f"{name}: row {line}, column '{column}'"

        start = _when(cells["interval_start"], where("interval_start"))
        contacts = _count(cells["contacts"], where("contacts"), "contacts")
        aht = math.nan
        if has_aht and cells["aht_seconds"]:
            aht = _count(cells["aht_seconds"], where("aht_seconds"), "handle times")
            if aht == 0 and contacts > 0:
                raise IntervalError(f"{where('aht_seconds')}: a handle time of 0 with {contacts:g} contacts; "
                                    "give the average handle time in seconds")
            if aht > 7_200:
                raise IntervalError(f"{where('aht_seconds')}: {aht:g} seconds is more than 2 hours a contact")
        queue = cells.get("queue") or "Calls"
        if len(queue) > MAX_QUEUE_NAME:
            raise IntervalError(f"{where('queue')}: queue: must be 1 to {MAX_QUEUE_NAME} characters, got "
                                f"{cell(queue, 20)}")
        rows.append((line, queue, start, contacts, aht))
    if not rows:
        raise IntervalError(f"{name}: has a header but no interval rows")
    return _grid(rows, name)


def _grid(rows: list[tuple[int, str, datetime, float, float]], name: str) -> IntervalFile:
    """Check the rows make whole, gap-free, shared intervals per queue and lay them out as arrays."""
    by_queue: dict[str, dict[datetime, tuple[int, float, float]]] = {}
    for line, queue, start, contacts, aht in rows:
        seen = by_queue.setdefault(queue, {})
        if start in seen:
            raise IntervalError(f"{name}: row {line}: interval {start:%Y-%m-%d %H:%M} for queue '{queue}' "
                                f"is also on row {seen[start][0]}")
        seen[start] = (line, contacts, aht)
    if len(by_queue) > MAX_QUEUES:
        raise IntervalError(f"{name}: more than {MAX_QUEUES} queues ({len(by_queue):,}); plan at most {MAX_QUEUES} "
                            "queues a file")
    starts = sorted({s for q in by_queue.values() for s in q})
    first, last = starts[0], starts[-1]
    if last - first >= timedelta(days=MAX_DAYS):
        raise IntervalError(f"{name}: the intervals run from {first:%Y-%m-%d} to {last:%Y-%m-%d}, more than a "
                            f"year; give at most {MAX_DAYS} days")
    steps = {int((b - a).total_seconds() // 60) for a, b in zip(starts, starts[1:], strict=False)}
    minutes = min(steps) if steps else 30
    if minutes not in (15, 30, 60):
        pair = next(i for i in range(len(starts) - 1) if (starts[i + 1] - starts[i]).total_seconds() // 60 == minutes)
        line = next(q[starts[pair + 1]][0] for q in by_queue.values() if starts[pair + 1] in q)
        raise IntervalError(f"{name}: row {line}: intervals {counted(minutes, 'minutes')} apart; use 15, 30 or 60 minutes")
    for start in starts:
        if start.minute % minutes or start.second:
            line = next(q[start][0] for q in by_queue.values() if start in q)
            raise IntervalError(f"{name}: row {line}: {start:%H:%M} is not on the {minutes}-minute grid")
    grid = [first + timedelta(minutes=minutes * i) for i in range(int((last - first).total_seconds() // 60 // minutes) + 1)]
    for queue, seen in by_queue.items():
        gap = next((t for t in grid if t not in seen), None)
        if gap is None:
            continue
        later = [seen[t][0] for t in seen if t > gap]
        if later:
            raise IntervalError(f"{name}: row {min(later)}: interval {gap:%Y-%m-%d %H:%M} of queue '{queue}' is missing "
                                "before this row; list closed intervals with 0 contacts")
        other = next(q for q in by_queue.values() if gap in q)
        raise IntervalError(f"{name}: row {other[gap][0]}: queue '{queue}' has no interval {gap:%Y-%m-%d %H:%M}; "
                            "every queue needs the same intervals (0 contacts where closed)")
    queues = tuple(by_queue)
    contacts = np.array([[by_queue[q][s][1] for s in grid] for q in queues])
    aht = np.array([[by_queue[q][s][2] for s in grid] for q in queues])
    return IntervalFile(queues, tuple(grid), contacts, aht, float(minutes))
