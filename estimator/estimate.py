"""One scenario in, low/mid/high cost of in-house, BPO and KPO out.

Conventions: money in the scenario's currency per month (``annual`` says
otherwise); one-time costs are kept apart from the run rate. ``low`` takes
the cheap end of every range (low rate, high savings share), ``high`` the dear
end, ``mid`` the midpoint. The three cases are evaluated at once as an array
axis of size 3 through :mod:`estimator.model`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import model
from .assumptions import IN_HOUSE_KEYS
from .scenario import Scenario, VendorPrice


@dataclass(frozen=True)
class Range:
    """A low/mid/high figure."""

    low: float
    mid: float
    high: float

    @classmethod
    def from_cases(cls, cases: np.ndarray) -> Range:
        low, mid, high = (float(x) for x in np.asarray(cases, dtype=float))
        return cls(low, mid, high)

    def __add__(self, other: Range) -> Range:
        return Range(self.low + other.low, self.mid + other.mid, self.high + other.high)

    def scaled(self, factor: float) -> Range:
        return Range(self.low * factor, self.mid * factor, self.high * factor)

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.low, self.mid, self.high)


ZERO = Range(0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Component:
    name: str
    cost: Range


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
        total = ZERO
        for c in self.components:
            total = total + c.cost
        return total

    @property
    def annual_total(self) -> Range:
        return self.total.scaled(12)

    @property
    def one_time_total(self) -> Range:
        total = ZERO
        for c in self.one_time:
            total = total + c.cost
        return total


@dataclass(frozen=True)
class Estimate:
    scenario: Scenario
    workload_hours: float
    fte: float
    in_house: OptionEstimate
    bpo: OptionEstimate
    kpo: OptionEstimate

    @property
    def options(self) -> tuple[OptionEstimate, ...]:
        return (self.in_house, self.bpo, self.kpo)

    def savings(self, option: OptionEstimate) -> Range:
        """In-house minus option, per month, case by case (cheap end with cheap end), sorted."""
        ih, op = self.in_house.total, option.total
        cases = sorted((ih.low - op.low, ih.mid - op.mid, ih.high - op.high))
        return Range(*cases)

    def savings_share(self, option: OptionEstimate) -> Range:
        """Savings as a fraction of in-house cost, case by case, sorted."""
        ih, op = self.in_house.total, option.total
        shares = sorted((1 - o / i) if i > 0 else 0.0 for i, o in zip(ih.as_tuple(), op.as_tuple(), strict=True))
        return Range(*shares)


def price_cases(price: VendorPrice) -> np.ndarray:
    """The price at the cheap, middle and dear end: for a savings share the cheap end is the high share."""
    cases = np.array([price.low, (price.low + price.high) / 2, price.high])
    return cases[::-1] if price.basis == "savings_share" else cases


def _components(names: tuple[str, ...], source: object) -> tuple[Component, ...]:
    return tuple(Component(n, Range.from_cases(np.broadcast_to(getattr(source, n), (3,)))) for n in names)


def _vendor(option: str, scenario: Scenario, in_house_total: np.ndarray) -> OptionEstimate:
    price = scenario.price(option)
    if price is None:
        return OptionEstimate(option)
    fees = model.vendor_fees(price.basis, price_cases(price), workload_hours=scenario.workload_hours,
                             units=price.units, in_house_total=in_house_total)
    vm = scenario.vendor_management
    cost = model.vendor_cost(fees, governance_rate=vm.governance_rate,
                             vendor_selection_rate=vm.vendor_selection_rate, transition_rate=vm.transition_rate)
    return OptionEstimate(option, _components(cost.COMPONENTS, cost), _components(cost.ONE_TIME, cost), price)


def estimate(scenario: Scenario) -> Estimate:
    """Cost of the scenario's work in-house, with a BPO and with a KPO.

    Example (README worked example): 10 customer-service agents' work at the
    defaults costs $74,318 a month in-house; the BPO range $20-30 an hour on
    1,213.33 productive hours is $25,359-38,038 a month with 4.5% governance.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> e = estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)))
    >>> round(e.in_house.total.mid), round(e.bpo.total.low), round(e.bpo.total.high)
    (74318, 25359, 38038)
    """
    w = np.full(3, scenario.workload_hours)
    ih = model.in_house_cost(w, **{k: getattr(scenario.in_house, k) for k in IN_HOUSE_KEYS})
    in_house = OptionEstimate("in_house", _components(ih.COMPONENTS, ih))
    return Estimate(
        scenario=scenario,
        workload_hours=scenario.workload_hours,
        fte=float(ih.fte[1]),
        in_house=in_house,
        bpo=_vendor("bpo", scenario, ih.total),
        kpo=_vendor("kpo", scenario, ih.total),
    )
