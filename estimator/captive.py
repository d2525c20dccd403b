"""Offshore captive: your own team abroad, priced per FTE a month from the delivery country's pay.

Conventions: money per FTE per month, first in the delivery country's currency (``CaptiveInputs.currency``, INR
for the seeds' Indian pay), then in the reporting currency at an :class:`~estimator.currency.ExchangeRate` the user
gives. Pay is an entry-level agent's monthly pay plus a share of a team lead's (one lead per ``span_of_control``
staff); shares are fractions. Defaults and sources: ``CAPTIVE_ASSUMPTIONS`` in :mod:`estimator.assumptions`.

Per FTE a month (``entry`` monthly pay, ``senior`` yearly pay, ``b`` benefits share, ``q`` bonus share,
``s`` span of control, ``L`` labour's share of the centre's operating cost):

- wages ``entry``; bonus ``entry × q``; benefits ``entry × b``;
- supervision ``senior / 12 / s × (1 + b)`` (as in-house: the lead's pay and benefits shared by the team);
- labour = the sum of those; overhead (premises, IT, telecoms) ``labour × (1 − L) / L``;
- total ``labour / L``.

As a fourth option (``Scenario.captive``, issue 8): a team of ``F = W / Hw × handle_time_ratio`` FTE (as in-house,
with the longer handling offshore that ``handle_time_ratio`` in :mod:`estimator.assumptions` sources) costs
``F × total`` a month, converted at the scenario's rate for the captive's currency; :func:`per_fte_parts` and
:func:`team_cost` are those formulas over arrays (a row per case or Monte Carlo draw: the pay and loads with a
sourced range are drawn, :mod:`estimator.params`), and :mod:`estimator.projection` adds the time axis.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from .assumptions import CAPTIVE_ASSUMPTIONS, CAPTIVE_CURRENCY
from .currency import ExchangeRate, check_currency
from .ranges import InputError
from .ranges import check_number as _check

_A = CAPTIVE_ASSUMPTIONS


@dataclass(frozen=True)
class CaptiveInputs:
    """A captive team's pay and loads in the delivery currency; every default is sourced in ``CAPTIVE_ASSUMPTIONS``."""

    entry_pay_month: float = _A["captive_entry_pay_month"].default
    senior_pay_year: float = _A["captive_senior_pay_year"].default
    benefits_share: float = _A["captive_benefits_share"].default
    bonus_share: float = _A["captive_bonus_share"].default
    labour_share: float = _A["captive_labour_share"].default
    span_of_control: float = _A["captive_span_of_control"].default
    currency: str = CAPTIVE_CURRENCY

    def __post_init__(self) -> None:
        object.__setattr__(self, "currency", check_currency(self.currency, "captive.currency"))
        for f in fields(self):
            if f.name == "currency":
                continue
            a = _A[f"captive_{f.name}"]
            # the scenario's one number check: refuses a bool, text, NaN or a 400-digit number from a file
            object.__setattr__(self, f.name, _check(f"captive.{f.name}", getattr(self, f.name), a.minimum, a.maximum))


CAPTIVE_FIELDS = ("entry_pay_month", "senior_pay_year", "benefits_share", "bonus_share", "labour_share",
                  "span_of_control", "currency")  # a scenario file's "captive" object


@dataclass(frozen=True)
class CaptiveCost:
    """One captive FTE's monthly cost, by component, in the delivery currency, and the rate to the reporting one."""

    inputs: CaptiveInputs
    rate: ExchangeRate
    wages: float
    bonus: float
    benefits: float
    supervision: float
    overhead: float

    @property
    def labour(self) -> float:
        return self.wages + self.bonus + self.benefits + self.supervision

    @property
    def total(self) -> float:
        """In the delivery currency, per FTE a month."""
        return self.labour + self.overhead

    @property
    def components(self) -> dict[str, float]:
        return {"wages": self.wages, "bonus": self.bonus, "benefits": self.benefits,
                "supervision": self.supervision, "overhead": self.overhead}

    @property
    def reporting_currency(self) -> str:
        return self.rate.target

    @property
    def total_reporting(self) -> float:
        """Per FTE a month in the reporting currency, at the rate given (month 1, before any drift)."""
        return float(self.rate.convert(self.total))

    def monthly_reporting(self, drifts, months: int) -> np.ndarray:
        """Per FTE in each month, in the reporting currency, for each drawn yearly drift of the rate.

        Shape ``drifts.shape + (months,)``; pay growth is not applied here (the projection applies it).
        """
        return self.total * self.rate.monthly(drifts, months)


def captive_cost_per_fte(inputs: CaptiveInputs, rate: ExchangeRate) -> CaptiveCost:
    """A captive FTE's monthly cost from the delivery country's pay, converted at ``rate``.

    ``rate`` converts from the delivery currency (``inputs.currency``) to the reporting currency.

    Example, every default, 84 rupees to the dollar: wages Rs 10,000, bonus 1,000, benefits 2,500, supervision
    1,100,000 / 12 / 10 × 1.25 = 11,458.33; labour 24,958.33; total 24,958.33 / 0.675 = Rs 36,975.31 = $440.18.

    >>> cost = captive_cost_per_fte(CaptiveInputs(), ExchangeRate("INR", "USD", 1 / 84))
    >>> round(cost.total, 2), round(cost.total_reporting, 2)
    (36975.31, 440.18)
    """
    if rate.source != inputs.currency:
        raise InputError("exchange_rate.source",
                         f"must be the delivery currency {inputs.currency} of the captive's pay, got {rate.source}")
    parts = per_fte_parts(inputs.entry_pay_month, inputs.senior_pay_year, inputs.benefits_share, inputs.bonus_share,
                          inputs.labour_share, inputs.span_of_control)
    return CaptiveCost(inputs, rate, *(float(v) for v in parts.values()))


def per_fte_parts(entry_pay_month, senior_pay_year, benefits_share, bonus_share, labour_share,
                  span_of_control) -> dict[str, np.ndarray | float]:
    """One captive FTE's monthly cost by component (``TeamCost.COMPONENTS``), in the delivery currency: the formula
    of the module docstring, once, over numbers or arrays (a Monte Carlo draw per row), which broadcast."""
    wages = entry_pay_month
    bonus = wages * bonus_share
    benefits = wages * benefits_share
    supervision = senior_pay_year / 12 / span_of_control * (1 + benefits_share)
    labour = wages + bonus + benefits + supervision
    overhead = labour * (1 - labour_share) / labour_share
    return {"wages": wages, "bonus": bonus, "benefits": benefits, "supervision": supervision, "overhead": overhead}


@dataclass(frozen=True)
class TeamCost:
    """A captive team's monthly cost in the reporting currency, by component (arrays of one shape)."""

    fte: np.ndarray
    wages: np.ndarray
    bonus: np.ndarray
    benefits: np.ndarray
    supervision: np.ndarray
    overhead: np.ndarray

    COMPONENTS = ("wages", "bonus", "benefits", "supervision", "overhead")

    @property
    def total(self) -> np.ndarray:
        return self.wages + self.bonus + self.benefits + self.supervision + self.overhead


def team_cost(fte, per_fte: dict, factor=1.0) -> TeamCost:
    """``fte`` captive FTE a month, each costing ``per_fte`` (:func:`per_fte_parts`, or a :class:`CaptiveCost`'s
    ``components``) in the delivery currency, times ``factor`` (reporting units per delivery unit; ``fte``,
    ``factor`` and the parts broadcast).

    Example: 12 FTE at the defaults (Rs 36,975.31 each) at 84 rupees to the dollar: 12 × 36,975.31 / 84 = $5,282.19.

    >>> cost = captive_cost_per_fte(CaptiveInputs(), ExchangeRate("INR", "INR", 1.0))
    >>> round(float(team_cost(12.0, cost.components, 1 / 84).total), 2)
    5282.19
    """
    scale = np.asarray(fte, dtype=float) * np.asarray(factor, dtype=float)
    return TeamCost(np.asarray(fte, dtype=float), *(scale * per_fte[c] for c in TeamCost.COMPONENTS))
