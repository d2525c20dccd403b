"""Monte Carlo over every range, and a tornado of what moves the answer most.

Conventions: ``Range.low/mid/high`` hold the percentile on the cheap side, P50
and the percentile on the dear side: P10/P50/P90 of a cost, P90/P50/P10 of a
saving (as a case's ``low`` is its cheap end); "monthly cost" is the average
month over the horizon (horizon total / months); the chance that an option is
cheaper compares its horizon total with in-house's in the same draw, and a tie
is not cheaper. The draws run through
:func:`estimator.projection.project`, the same formulas as the point estimate,
as (draws × months) arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .estimate import Range
from .params import draws, swings
from .projection import OptionProjection, Projection, project, project_totals
from .scenario import Scenario

PERCENTILES = (10, 50, 90)
HISTOGRAM_BINS = 40
# The fan chart's resolution: percentiles across 10,000 draws cost about 0.2 ms a month per option,
# so long horizons are summarised at no more than this many evenly spaced months (always the last).
FAN_POINTS = 40


def fan_months(months: int) -> np.ndarray:
    """Month numbers (1-based) at which the fan is computed: every month up to FAN_POINTS, else evenly spaced.

    >>> fan_months(12).tolist() == list(range(1, 13)), fan_months(120)[:3].tolist(), int(fan_months(120)[-1])
    (True, [3, 6, 9], 120)
    """
    step = -(-months // FAN_POINTS)
    return np.arange(step, months + 1, step) if months % step == 0 else np.append(np.arange(step, months + 1, step), months)


@dataclass(frozen=True)
class OptionSpread:
    """One option's distribution across the draws."""

    option: str
    monthly_cost: Range
    horizon_total: Range
    npv: Range
    probability_cheaper: float | None
    savings: Range | None  # cheap side (P90), P50, dear side (P10) of in-house's horizon total minus the option's
    npv_savings: Range | None  # cheap side (P90), P50, dear side (P10) of the NPV of in-house minus option
    probability_npv_positive: float | None
    discounted_payback_month: float | None  # P50 across draws; None when most draws never pay back
    fan_months: np.ndarray  # month numbers of the fan's columns
    cumulative_fan: np.ndarray  # (3 × fan months): P10, P50, P90 of cumulative cost
    histogram_counts: np.ndarray
    histogram_edges: np.ndarray


@dataclass(frozen=True)
class Simulation:
    draws: int
    distribution: str
    seed: int
    options: tuple[OptionSpread, ...]

    def option(self, name: str) -> OptionSpread | None:
        return next((o for o in self.options if o.option == name), None)

    def chances(self) -> dict[str, float]:
        """Each priced alternative's chance of being cheaper than in-house: what :func:`chance_cheaper` gives."""
        return {o.option: o.probability_cheaper for o in self.options if o.probability_cheaper is not None}


def row_percentiles(a: np.ndarray, q: tuple[float, ...] = PERCENTILES) -> np.ndarray:
    """``np.percentile(a, q, axis=1)`` (linear interpolation) for a 2-D array, by one sort of each row.

    numpy's percentile partitions around every index that several quantiles need (six for P10/P50/P90),
    which for the fan's rows of 10,000 draws takes about twice as long as sorting them once (measured:
    6.7 ms against 2.7 ms for 20 × 10,000). The interpolation is numpy's own "linear" method, written out.

    >>> a = np.random.default_rng(0).random((3, 1001))
    >>> bool(np.allclose(row_percentiles(a), np.percentile(a, PERCENTILES, axis=1), rtol=0, atol=1e-15))
    True
    """
    ordered = np.sort(a, axis=1)
    n = ordered.shape[1]
    virtual = (n - 1) * np.asarray(q, dtype=float) / 100
    below = np.floor(virtual).astype(int)
    above = np.minimum(below + 1, n - 1)
    t = virtual - below
    lo, hi = ordered[:, below].T, ordered[:, above].T
    diff = hi - lo
    # numpy's _lerp: from the nearer end, so that t = 1 gives exactly ``hi``.
    return np.where(t[:, None] >= 0.5, hi - diff * (1 - t[:, None]), lo + diff * t[:, None])


def _range(values: np.ndarray) -> Range:
    return Range.from_cases(np.percentile(values, PERCENTILES))


def _chance_cheaper(p: OptionProjection, projection: Projection) -> float:
    """The share of draws in which ``p`` costs less than in-house over the horizon (a tie is not cheaper)."""
    return float(np.mean(p.total < projection.in_house.total))


def _spread(p: OptionProjection, projection: Projection, months: int, edges: np.ndarray) -> OptionSpread:
    total = p.total
    vendor = p.option != "in_house"
    cheaper = _chance_cheaper(p, projection) if vendor else None
    savings, npv_savings, npv_positive, payback = None, None, None, None
    if vendor:
        # percentiles of the difference draw by draw (as estimator.compare.savings_spread), not of two percentiles
        p10, p50, p90 = np.percentile(projection.in_house.total - total, PERCENTILES)
        savings = Range.cases(float(p90), float(p50), float(p10))
        saving = projection.npv_savings(p)
        p90, p50, p10 = np.percentile(saving, (90, 50, 10))
        npv_savings = Range.cases(float(p90), float(p50), float(p10))
        npv_positive = float(np.mean(saving > 0))
        months_to_payback = projection.discounted_payback_month(p)
        median = np.percentile(np.where(np.isnan(months_to_payback), np.inf, months_to_payback), 50, method="lower")
        payback = float(median) if np.isfinite(median) else None
    counts, edges = np.histogram(total, bins=edges)
    at = fan_months(months)
    cumulative = np.ascontiguousarray(p.cumulative[:, at - 1].T)
    horizon_total = _range(total)
    return OptionSpread(
        option=p.option,
        monthly_cost=Range.cases(*(v / months for v in horizon_total.as_tuple())),
        horizon_total=horizon_total,
        npv=_range(p.npv),
        probability_cheaper=cheaper,
        savings=savings,
        npv_savings=npv_savings,
        probability_npv_positive=npv_positive,
        discounted_payback_month=payback,
        fan_months=at,
        cumulative_fan=row_percentiles(cumulative),
        histogram_counts=counts,
        histogram_edges=edges,
    )


def simulate(scenario: Scenario) -> Simulation:
    """Draw every range ``scenario.uncertainty.draws`` times (seeded) and summarise each option."""
    settings = scenario.uncertainty
    projection = project(scenario, draws(scenario))
    options = (projection.in_house, *projection.alternatives)
    # One set of bins for every option, so their histograms can be compared bar for bar.
    low = min(float(p.total.min()) for p in options)
    high = max(float(p.total.max()) for p in options)
    edges = np.linspace(low, high if high > low else low + 1.0, HISTOGRAM_BINS + 1)
    return Simulation(settings.draws, settings.distribution, settings.seed,
                      tuple(_spread(p, projection, projection.months, edges) for p in options))


def chance_cheaper(scenario: Scenario) -> dict[str, float]:
    """Each priced alternative's :attr:`OptionSpread.probability_cheaper`, from the same draws as :func:`simulate`,
    without the summaries only some charts show (percentiles, the fan, the histogram, the discounted payback):
    those are about half of a Monte Carlo's time, and a slider move on the other charts shows only this. Each row's
    total is all it needs, so the draws are projected on the totals axis (its equal months merged): 14 columns
    for the default five years, not 60."""
    projection = project_totals(scenario, draws(scenario))
    return {p.option: _chance_cheaper(p, projection) for p in projection.alternatives}


@dataclass(frozen=True)
class Swing:
    """Horizon savings with one input at each end of its range, the others at their midpoints."""

    label: str
    key: str
    low_value: float
    high_value: float
    savings_at_low: float
    savings_at_high: float

    @property
    def effect(self) -> float:
        return abs(self.savings_at_high - self.savings_at_low)


@dataclass(frozen=True)
class Tornado:
    option: str
    base_savings: float
    swings: tuple[Swing, ...]  # largest effect first


def tornado(scenario: Scenario, option: str) -> Tornado | None:
    """Swing each uncertain input across its range; sort by effect on the option's horizon savings."""
    if scenario.price(option) is None:
        return None
    inputs, params = swings(scenario)
    projection = project(scenario, params)
    p = projection.option(option)
    assert p is not None
    savings = projection.in_house.total - p.total
    rows = [Swing(u.label, u.column, u.low, u.high, float(savings[1 + 2 * k]), float(savings[2 + 2 * k]))
            for k, u in enumerate(inputs)]
    rows.sort(key=lambda s: s.effect, reverse=True)
    return Tornado(option, float(savings[0]), tuple(rows))
