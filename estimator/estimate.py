"""One scenario in, low/mid/high cost of in-house, BPO and KPO (and an offshore captive where set) out.

Conventions: money in the scenario's currency per month (``annual`` says
otherwise); one-time costs are kept apart from the run rate. ``low`` is the
cheap-end case (every range the scenario gives at its cheap end: low rate,
high savings share), ``mid`` the midpoint case, ``high`` the dear-end case; a
figure derived from a case (a saving, a break-even month) stays in that case's
place, so a saving's ``low`` is the cheap case's saving, the largest. The three
cases are evaluated at once as an array axis of size 3 through
:mod:`estimator.model`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import model
from .options import options
from .params import cases
from .projection import OptionProjection, Projection, project
from .ranges import ZERO, Range  # a result is a Range (estimator/ranges.py); importers take it from here too
from .scenario import Scenario, VendorPrice


@dataclass(frozen=True)
class Component:
    name: str
    cost: Range


def _sum(components: tuple[Component, ...]) -> Range:
    total = ZERO
    for c in components:
        total = total + c.cost
    return total


@dataclass(frozen=True)
class OptionEstimate:
    """One sourcing option. ``priced`` is False when it has no price yet: it then has no components."""

    option: str
    components: tuple[Component, ...] = ()
    one_time: tuple[Component, ...] = ()
    price: VendorPrice | None = None

    @property
    def priced(self) -> bool:
        return bool(self.components)

    @property
    def total(self) -> Range:
        """Monthly run rate."""
        return _sum(self.components)

    @property
    def annual_total(self) -> Range:
        return self.total.scaled(12)

    @property
    def one_time_total(self) -> Range:
        return _sum(self.one_time)


@dataclass(frozen=True)
class Estimate:
    scenario: Scenario
    workload_hours: float
    fte: float
    in_house: OptionEstimate
    bpo: OptionEstimate
    kpo: OptionEstimate
    projection: Projection
    captive: OptionEstimate = OptionEstimate("captive")  # unpriced unless the scenario sets a captive

    @property
    def captive_fte(self) -> float | None:
        """The offshore captive's team in the mid case: in-house FTE times the longer handling offshore; None
        without a captive."""
        team = self.projection.run_rate.captive
        return None if team is None else float(team.fte[1])

    def projected(self, option: OptionEstimate) -> OptionProjection | None:
        """The option's monthly series over the horizon (rows: cheap, mid, dear case)."""
        return self.projection.option(option.option)

    def horizon_total(self, option: OptionEstimate) -> Range | None:
        p = self.projected(option)
        return None if p is None else Range.from_cases(p.total)

    def npv(self, option: OptionEstimate) -> Range | None:
        p = self.projected(option)
        return None if p is None else Range.from_cases(p.npv)

    def horizon_savings(self, option: OptionEstimate) -> Range | None:
        """In-house minus option over the horizon, case by case (low = the cheap case's saving)."""
        p = self.projected(option)
        if p is None:
            return None
        return Range.from_cases(self.projection.in_house.total - p.total)

    def horizon_savings_share(self, option: OptionEstimate) -> Range | None:
        """Horizon savings as a share of in-house cost over the horizon, case by case."""
        p = self.projected(option)
        if p is None:
            return None
        ih = self.projection.in_house.total
        # A saving over a vanishing in-house total (1e-300 a month, say) overflows to ±inf, which is the share's
        # value; the page writes it compactly. Without this, numpy warned of it on every such case.
        with np.errstate(over="ignore"):
            return Range.from_cases(np.divide(ih - p.total, ih, out=np.zeros(3), where=ih > 0))

    def npv_savings(self, option: OptionEstimate) -> Range | None:
        """NPV of in-house minus option, case by case."""
        p = self.projected(option)
        return None if p is None else Range.from_cases(self.projection.npv_savings(p))

    def discounted_payback_month(self, option: OptionEstimate) -> tuple[float | None, float | None, float | None]:
        """First month from which discounted cumulative savings stay positive, per case; None for never."""
        p = self.projected(option)
        if p is None:
            return (None, None, None)
        return tuple(None if np.isnan(m) else float(m) for m in self.projection.discounted_payback_month(p))  # type: ignore[return-value]

    def break_even_month(self, option: OptionEstimate) -> tuple[float | None, float | None, float | None]:
        """Break-even month in the cheap, mid and dear case; None where savings never stay positive."""
        p = self.projected(option)
        if p is None:
            return (None, None, None)
        months = self.projection.break_even_month(p)
        return tuple(None if np.isnan(m) else float(m) for m in months)  # type: ignore[return-value]

    @property
    def options(self) -> tuple[OptionEstimate, ...]:
        """The options this estimate compares, in :func:`estimator.options.options` order; the captive only where
        the scenario sets one."""
        return tuple(getattr(self, o) for o in options(captive=self.captive.priced))

    @property
    def alternatives(self) -> tuple[OptionEstimate, ...]:
        """Every option but in-house, priced or not: the vendors, then the captive where the scenario sets one."""
        return self.options[1:]

    @property
    def vendors(self) -> tuple[OptionEstimate, ...]:
        """The options a vendor prices (BPO, KPO), priced or not."""
        return tuple(getattr(self, o) for o in options(vendors_only=True))

    def option(self, name: str) -> OptionEstimate:
        """One option by its name (``"bpo"``)."""
        return next(op for op in self.options if op.option == name)

    def savings(self, option: OptionEstimate) -> Range:
        """Run-rate savings: in-house minus option per month, case by case (cheap end with cheap end)."""
        ih, op = self.in_house.total, option.total
        return Range.cases(ih.low - op.low, ih.mid - op.mid, ih.high - op.high)

    def savings_share(self, option: OptionEstimate) -> Range:
        """Run-rate savings as a fraction of in-house cost, case by case."""
        ih, op = self.in_house.total, option.total
        return Range.cases(*((1 - o / i) if i > 0 else 0.0 for i, o in zip(ih.as_tuple(), op.as_tuple(), strict=True)))


def _components(names: tuple[str, ...], source: object) -> tuple[Component, ...]:
    return tuple(Component(n, _cases(getattr(source, n))) for n in names)


def _cases(value: float | np.ndarray) -> Range:
    """A component's three cases: an array of three, or one number for all three (a cost that does not vary).
    Not ``np.broadcast_to``: that took a fifth of a 50-function portfolio's point estimate."""
    if np.ndim(value) == 0:
        v = float(value)
        return Range(v, v, v)  # low, high, mid: all three the same
    return Range.from_cases(value)


def _vendor(option: str, scenario: Scenario, cost: model.VendorCost | None) -> OptionEstimate:
    if cost is None:
        return OptionEstimate(option)
    return OptionEstimate(option, _components(cost.COMPONENTS, cost), _components(cost.ONE_TIME, cost),
                          scenario.price(option))


def estimate(scenario: Scenario) -> Estimate:
    """Cost of the scenario's work in-house, with a BPO and with a KPO.

    Example (README worked example): 10 customer-service agents' work at the
    defaults costs $74,318 a month in-house; the BPO range $20-30 an hour on
    1,213.33 productive hours, 10% slower at the vendor (1,334.67 billed hours),
    is $26,693-40,040 of fees; governance at its floor of $5,381 a month (half a
    vendor manager) brings it to $32,074-45,421.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> e = estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)))
    >>> round(e.in_house.total.mid), round(e.bpo.total.low), round(e.bpo.total.high)
    (74318, 32074, 45421)
    """
    projection = project(scenario, cases(scenario))
    rr = projection.run_rate
    return Estimate(
        scenario=scenario,
        workload_hours=float(rr.workload_hours[1]),
        fte=float(rr.in_house.fte[1]),
        in_house=OptionEstimate("in_house", _components(rr.in_house.COMPONENTS, rr.in_house)),
        bpo=_vendor("bpo", scenario, rr.bpo),
        kpo=_vendor("kpo", scenario, rr.kpo),
        projection=projection,
        captive=OptionEstimate("captive") if rr.captive is None else OptionEstimate(
            "captive", _components(rr.captive.COMPONENTS, rr.captive),
            _components(("severance", "retention"), rr)),
    )
