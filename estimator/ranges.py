"""One type for a range: ``low``, ``high`` and a point value, for inputs, prices and results alike.

Conventions: a :class:`Range` holds ``low``, ``high`` and an optional ``mode``. Its point value :attr:`Range.mid`
is the mode where one is given, else the midpoint. An input's mode (a salary range's most likely pay, the peak of
its triangular or PERT draws) and a result's mid (the cost with every input at its point value, or the P50 of the
draws) are the same concept seen from the two ends of the model: the one figure shown when one figure is shown.
So a result is ``Range.cases(low, mid, high)``, its mid kept as the mode.

What differs is where a range comes from. An input enters from a user, a file or a price book, and is checked
once, where it enters, by :meth:`Range.checked`: finite numbers within the field's limits, ``low`` not above
``high``, the mode inside, each message naming the field. A result is computed and not checked: its ``low`` is the
cheap case and its ``high`` the dear case, so a saving's ``low`` (the cheap case's saving, the largest) is above
its ``high``. Checking in ``__post_init__`` would refuse those, and would cost every one of the tens of thousands
of result ranges a portfolio builds.

:class:`InputError` and :func:`check_number` live here (not in :mod:`estimator.scenario`, which re-exports them)
so that every module that checks a range can import them without importing the scenario.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .formatting import shown, written


class InputError(ValueError):
    """An input outside what the estimator accepts; the message names the field and the allowed range."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.reason = message


def check_number(name: str, value: Any, minimum: float, maximum: float) -> float:
    """``value`` as a float from ``minimum`` to ``maximum``; an :class:`InputError` naming ``name`` otherwise
    (a bool, text, NaN, infinity or a 400-digit number from a file is refused)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(name, f"must be a number from {minimum:,.10g} to {maximum:,.10g}, got {shown(value)}")
    try:
        value = float(value)
    except OverflowError:  # a whole number past 1e308, e.g. 400 digits in a JSON file
        raise InputError(name, f"must be from {minimum:,.10g} to {maximum:,.10g}, got {shown(value)}") from None
    if not math.isfinite(value) or not minimum <= value <= maximum:
        raise InputError(name, f"must be from {minimum:,.10g} to {maximum:,.10g}, got {written(value, ',.10g')}")
    return value


@dataclass(frozen=True, slots=True)
class Range:
    """``low``..``high`` with an optional ``mode``; :attr:`mid` is the point value.

    >>> r = Range(20.0, 30.0)
    >>> r.mid, Range(20.0, 30.0, 22.0).mid, r.width
    (25.0, 22.0, 10.0)
    >>> Range.cases(90.0, 100.0, 120.0).as_tuple()
    (90.0, 100.0, 120.0)
    """

    low: float
    high: float
    mode: float | None = None  # the point value where it is not the midpoint

    @classmethod
    def checked(cls, field: str, low: Any, high: Any, mode: Any = None, minimum: float = -math.inf,
                maximum: float = math.inf) -> Range:
        """A range from input, checked once: each end a finite number from ``minimum`` to ``maximum``, ``low`` not
        above ``high``, the mode (if given) from ``low`` to ``high``. ``field`` names the fields in a message, with
        ``{end}`` standing for ``low``, ``high`` or ``mode``.

        >>> Range.checked("ranges.shrinkage.{end}", 0.2, 0.4, 0.3, 0.0, 0.8)
        Range(low=0.2, high=0.4, mode=0.3)
        >>> Range.checked("bpo.price.{end}", 30, 20)
        Traceback (most recent call last):
        estimator.ranges.InputError: bpo.price.low: low 30 must not be above high 20
        >>> Range.checked("exchange_rate.drift_{end}", 0.0, 0.05, 0.06)
        Traceback (most recent call last):
        estimator.ranges.InputError: exchange_rate.drift_mode: must be from 0 to 0.05, got 0.06
        """
        def name(end: str) -> str:
            return field.replace("{end}", end)

        low = check_number(name("low"), low, minimum, maximum)
        high = check_number(name("high"), high, minimum, maximum)
        if low > high:
            raise InputError(name("low"), f"low {written(low, ',.10g')} must not be above high {written(high, ',.10g')}")
        return cls(low, high, None if mode is None else check_number(name("mode"), mode, low, high))

    @classmethod
    def cases(cls, low: float, mid: float, high: float) -> Range:
        """A result: its cheap case, its mid case (the point value) and its dear case."""
        return cls(low, high, mid)

    @classmethod
    def from_cases(cls, cases: np.ndarray) -> Range:
        """A result from an array of its three cases (cheap, mid, dear) or three percentiles."""
        low, mid, high = (float(x) for x in np.asarray(cases, dtype=float))
        return cls(low, high, mid)

    @property
    def midpoint(self) -> float:
        return (self.low + self.high) / 2

    @property
    def mid(self) -> float:
        """The point value: the mode where one is given, else the midpoint."""
        return self.midpoint if self.mode is None else self.mode

    @property
    def width(self) -> float:
        return self.high - self.low

    def ends(self, cost_rises: bool) -> tuple[float, float]:
        """(cheap end, dear end): ``(low, high)`` when a higher value costs more, else ``(high, low)``."""
        return (self.low, self.high) if cost_rises else (self.high, self.low)

    def __add__(self, other: Range) -> Range:
        return Range(self.low + other.low, self.high + other.high, self.mid + other.mid)

    def scaled(self, factor: float) -> Range:
        return Range(self.low * factor, self.high * factor, self.mid * factor)

    def as_tuple(self) -> tuple[float, float, float]:
        """(low, mid, high): the order of the tidy table's columns."""
        return (self.low, self.mid, self.high)


ZERO = Range(0.0, 0.0, 0.0)
