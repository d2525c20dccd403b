"""Currencies: a reporting currency, conversion at a rate the user gives, its yearly drift, and money in each currency's own way.

Conventions:
- A currency is an ISO 4217 code that Babel (CLDR) knows: ``USD``, ``EUR``, ``INR``...
- An :class:`ExchangeRate` from ``source`` to ``target`` says how many units of ``target`` one unit of
  ``source`` buys (1 INR = 0.012 USD is ``ExchangeRate("INR", "USD", 0.012)``). The user gives it; no rate is
  looked up or assumed.
- Its drift is a yearly change of that rate, as a range (``-0.05`` = the source currency buys 5% less of the
  target currency each year). The rate steps once a year, at months 13, 25, ... like wage inflation and contract
  escalation in :mod:`estimator.projection`: month ``m`` (1-based) uses ``rate × (1 + drift) ** ((m - 1) // 12)``.
  :func:`rate_paths` takes the drifts the Monte Carlo drew (any shape) and returns every draw's monthly rates.
- Money is written as English-language users in the currency's home country write it (CLDR through Babel):
  ``en_IN`` groups rupees in lakhs (₹12,34,568), yen has no decimals (¥1,234,568); a currency with no English
  home locale here uses ``en_US``'s pattern with the currency's own ISO decimals.

A scenario (:class:`estimator.scenario.Scenario`) has a reporting currency; its in-house figures and each vendor
quote may be in another, each converted at the scenario's rate for that currency, which is held as
``ExchangeRate(reporting, foreign, rate)``: "1 USD = 83.0 INR" is ``ExchangeRate("USD", "INR", 83.0)``, and its drift
is the yearly change of that 83. See the README section "Currency".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .formatting import CURRENCY_LOCALES, format_money, iso_currency, locale_for, shown  # one money formatter
from .ranges import InputError, Range, check_number

__all__ = ["CURRENCY_LOCALES", "ExchangeRate", "check_currency", "convert", "converted", "drifts_from_unit", "format_money",
           "locale_for", "per_dollar", "rate_paths", "same_currency"]

DEFAULT_CURRENCY = "USD"
# Bounds of what a user may give, checked where a rate enters: a yearly drift beyond these is a typing error, not a
# forecast; a rate outside 1e-9..1e9 is one too (the widest real pairs are about 1e-5..1e5). Both ranges are closed
# under inversion: a currency losing a third a year against another is the other gaining half, and back.
MIN_DRIFT, MAX_DRIFT = -1 / 3, 0.5
MIN_RATE, MAX_RATE = 1e-9, 1e9


def check_currency(code: object, field: str = "currency") -> str:
    """A valid ISO 4217 code, upper-cased; :class:`InputError` naming ``field`` otherwise.

    >>> check_currency("inr")
    'INR'
    """
    found = iso_currency(code)
    if found is not None:
        return found
    if not isinstance(code, str) or len(code.strip()) != 3:
        raise InputError(field, f"must be a three-letter code such as USD, got {shown(code)}")
    raise InputError(field, f"{code.strip().upper()!r} is not an ISO 4217 currency code")


def flipped_drift(drift: float) -> float:
    """A rate's yearly drift as the drift of the same rate the other way round: ``1 / (1 + d) − 1``, within the
    drift's limits (1 / 1.5 − 1 rounds to a hair below the exact −1/3). :meth:`ExchangeRate.inverse`'s rule, and the
    page's when "Report in" turns a rate round.

    >>> round(flipped_drift(0.05), 6), flipped_drift(0.0)
    (-0.047619, 0.0)
    """
    return min(max(1.0 / (1.0 + drift) - 1.0, MIN_DRIFT), MAX_DRIFT)


@dataclass(frozen=True)
class ExchangeRate:
    """How many units of ``target`` one unit of ``source`` buys, with the yearly drift range the Monte Carlo draws.

    >>> ExchangeRate("INR", "USD", 0.012).convert(10_000)
    120.0
    """

    source: str
    target: str
    rate: float
    drift_low: float = 0.0
    drift_high: float = 0.0
    note: str = "rate given by the user"
    drift_mode: float | None = None  # the most likely drift (the Monte Carlo's mode); None: the midpoint

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", check_currency(self.source, "exchange_rate.source"))
        object.__setattr__(self, "target", check_currency(self.target, "exchange_rate.target"))
        object.__setattr__(self, "rate", check_number("exchange_rate.rate", self.rate, MIN_RATE, MAX_RATE))
        drift = Range.checked("exchange_rate.drift_{end}", self.drift_low, self.drift_high, self.drift_mode,
                              MIN_DRIFT, MAX_DRIFT)
        object.__setattr__(self, "drift_low", drift.low)
        object.__setattr__(self, "drift_high", drift.high)
        object.__setattr__(self, "drift_mode", drift.mid)  # None given: the midpoint
        if self.source == self.target and self.rate != 1.0:
            raise InputError("exchange_rate.rate", f"from {self.source} to itself must be 1, got {self.rate:g}")

    @property
    def drift(self) -> Range:
        """The yearly drift the Monte Carlo draws: ``drift_low``..``drift_high``, its mode ``drift_mode``."""
        return Range(self.drift_low, self.drift_high, self.drift_mode)

    def convert(self, amount):
        """``amount`` in ``source`` → in ``target``: ``amount × rate`` (arrays broadcast)."""
        return convert(amount, self.rate)

    def inverse(self) -> ExchangeRate:
        """The same rate the other way: ``1 / rate``; a drift ``d`` of this rate is ``1 / (1 + d) − 1`` of that one.

        >>> r = ExchangeRate("USD", "INR", 80.0, -0.02, 0.05).inverse()
        >>> r.source, r.target, r.rate, round(r.drift_low, 6), round(r.drift_high, 6)
        ('INR', 'USD', 0.0125, -0.047619, 0.020408)
        """
        assert self.drift_mode is not None  # set in __post_init__
        low, high = flipped_drift(self.drift_high), flipped_drift(self.drift_low)
        return ExchangeRate(self.target, self.source, 1.0 / self.rate, low, high, self.note,
                            min(max(flipped_drift(self.drift_mode), low), high))

    def monthly(self, drifts, months: int) -> np.ndarray:
        """This rate over ``months`` for each drawn drift: see :func:`rate_paths`."""
        return rate_paths(self.rate, drifts, months)


def per_dollar(code: str, reporting: str, rates: dict[str, float]) -> float | None:
    """How many ``code`` one US dollar buys at the user's rates, or None while a rate it needs is not given.

    The sources' money figures (the in-house defaults, the vendor manager's pay) and their limits are US dollars;
    shown in another currency they are converted at this. ``rates``: per currency, how many of it one unit of the
    ``reporting`` currency buys (the way every rate is written, "1 INR = 0.012048 USD"). No rate is assumed: in
    rupees reported in rupees, it takes the dollar's rate; in rupees reported in euros, the rupee's and the dollar's.

    >>> per_dollar("INR", "INR", {"USD": 1 / 83}), per_dollar("INR", "USD", {"INR": 83.0})
    (83.0, 83.0)
    >>> per_dollar("INR", "EUR", {"INR": 90.0, "USD": 1.08}), per_dollar("INR", "INR", {}), per_dollar("USD", "EUR", {})
    (83.33333333333333, None, 1.0)
    """
    if code == DEFAULT_CURRENCY:
        return 1.0
    of = {reporting: 1.0, **rates}
    dollar, other = of.get(DEFAULT_CURRENCY), of.get(code)
    return None if not dollar or not other else other / dollar


def converted(dollars: float, rate: float) -> float:
    """A sourced dollar figure at ``rate`` to the dollar, to whole units from 100 up (four figures below): a rate typed
    to nine figures, 1 INR = 0.0120481928 USD, made the salary default 3,452,799.99 INR. One rounding for every page
    that shows a sourced default in another currency (the Estimate, Contact centre and Mix of functions pages).

    >>> converted(41_600, 1 / 0.0120481928), converted(2_187, 83.0), converted(3.5, 0.92)
    (3452800.0, 181521.0, 3.22)
    """
    v = dollars * rate
    return float(round(v)) if abs(v) >= 100 else float(f"{v:.4g}")


def same_currency(code: str) -> ExchangeRate:
    """The identity rate, for a figure already in the reporting currency."""
    return ExchangeRate(code, code, 1.0)


def convert(amount, rate):
    """Money in one currency → another at ``rate`` target units per source unit: ``amount × rate``.

    Over numpy arrays: an amount per month and draw times a rate per month and draw, by broadcasting.

    >>> convert(1_100_000, 1 / 84)  # a senior's Rs 1.1 million a year at 84 rupees to the dollar
    13095.238095238095
    """
    result = np.multiply(np.asarray(amount, dtype=float), rate)
    return float(result) if result.ndim == 0 else result


def drifts_from_unit(u, low: float, high: float) -> np.ndarray:
    """Uniform draws ``u`` in [0, 1] → yearly drifts in [low, high]: ``low + u × (high − low)``.

    The Monte Carlo may draw the drift with its own distribution (PERT, triangular) instead and pass the drifts
    to :func:`rate_paths`; this is the plain uniform case.

    >>> drifts_from_unit(np.array([0.0, 0.5, 1.0]), -0.04, 0.02).round(4).tolist()
    [-0.04, -0.01, 0.02]
    """
    u = np.asarray(u, dtype=float)
    return low + u * (high - low)


def rate_paths(rate: float, drifts, months: int) -> np.ndarray:
    """The rate in each month for each drawn yearly drift: shape ``drifts.shape + (months,)``.

    Month ``m`` (1-based) uses ``rate × (1 + drift) ** ((m − 1) // 12)``: months 1–12 at the rate given, months
    13–24 one year's drift on, and so on.

    >>> rate_paths(80.0, np.array([0.0, 0.05]), 25)[:, [0, 11, 12, 24]].tolist()
    [[80.0, 80.0, 80.0, 80.0], [80.0, 80.0, 84.0, 88.2]]
    """
    d = np.asarray(drifts, dtype=float)
    years = np.arange(months) // 12
    return rate * (1.0 + d[..., None]) ** years
