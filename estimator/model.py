"""The cost model (DESIGN.md, version 1): one function under one sourcing option.

Conventions: money in the scenario's currency **per month**; rates per hour;
shares are fractions. Every argument may be a float or a numpy array, and the
formulas broadcast: the low/mid/high cases, Monte Carlo draws and months are
just leading axes of the same arrays, never a Python loop or a second copy.
"Cost" of an option is its monthly run rate; one-time costs are kept apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]


def fte_needed(workload_hours: ArrayLike, paid_hours_per_year: ArrayLike, shrinkage: ArrayLike) -> Array:
    """In-house FTE needed to deliver ``workload_hours`` productive hours a month.

    Notes: ``F = W / (paid_hours_per_year / 12 × (1 − shrinkage))``.

    Example: 1,456 productive hours a month at 2,080 paid hours a year and 30%
    shrinkage needs 1,456 / (173.33 × 0.7) = 12 FTE.

    >>> round(float(fte_needed(1456, 2080, 0.30)), 6)
    12.0
    """
    productive_per_fte = np.asarray(paid_hours_per_year, dtype=float) / 12 * (1 - np.asarray(shrinkage, dtype=float))
    return np.asarray(workload_hours, dtype=float) / productive_per_fte


@dataclass(frozen=True)
class InHouseCost:
    """Fully loaded in-house cost per month, by component (arrays of one shape)."""

    fte: Array
    wages: Array
    benefits: Array
    supervision: Array
    overhead: Array
    hiring: Array

    COMPONENTS = ("wages", "benefits", "supervision", "overhead", "hiring")

    @property
    def total(self) -> Array:
        return self.wages + self.benefits + self.supervision + self.overhead + self.hiring


def in_house_cost(
    workload_hours: ArrayLike,
    *,
    annual_salary: ArrayLike,
    benefits_load: ArrayLike,
    shrinkage: ArrayLike,
    paid_hours_per_year: ArrayLike,
    span_of_control: ArrayLike,
    supervisor_salary: ArrayLike,
    overhead_per_fte_month: ArrayLike,
    annual_attrition: ArrayLike,
    cost_per_hire: ArrayLike,
) -> InHouseCost:
    """Fully loaded monthly cost of doing ``workload_hours`` of work with own staff.

    Notes::

        F           = W / (paid_hours_per_year / 12 × (1 − shrinkage))
        wages       = F × annual_salary / 12
        benefits    = wages × benefits_load
        supervision = F / span_of_control × supervisor_salary / 12 × (1 + benefits_load)
        overhead    = F × overhead_per_fte_month
        hiring      = F × annual_attrition × cost_per_hire / 12

    Example: 10 agents' work (1,213.33 h) at $41,600 a year, 30% benefits,
    span 10, supervisor $60,000, overhead $1,000, 20% attrition, $6,000 a hire:
    wages 34,666.67 + benefits 10,400 + supervision 6,500 + overhead 10,000 +
    hiring 1,000 = $62,566.67 a month.

    >>> c = in_house_cost(2080 / 12 * 0.7 * 10, annual_salary=41_600, benefits_load=0.30, shrinkage=0.30,
    ...                   paid_hours_per_year=2080, span_of_control=10, supervisor_salary=60_000,
    ...                   overhead_per_fte_month=1_000, annual_attrition=0.20, cost_per_hire=6_000)
    >>> round(float(c.total), 2)
    62566.67
    """
    fte = fte_needed(workload_hours, paid_hours_per_year, shrinkage)
    load = np.asarray(benefits_load, dtype=float)
    wages = fte * np.asarray(annual_salary, dtype=float) / 12
    return InHouseCost(
        fte=fte,
        wages=wages,
        benefits=wages * load,
        supervision=fte / np.asarray(span_of_control, dtype=float) * np.asarray(supervisor_salary, dtype=float) / 12 * (1 + load),
        overhead=fte * np.asarray(overhead_per_fte_month, dtype=float),
        hiring=fte * np.asarray(annual_attrition, dtype=float) * np.asarray(cost_per_hire, dtype=float) / 12,
    )


def vendor_fees(
    basis: str, price: ArrayLike, *, workload_hours: ArrayLike, units: ArrayLike, in_house_total: ArrayLike,
    contacts: ArrayLike | None = None, handled_minutes: ArrayLike | None = None,
) -> Array:
    """A vendor's monthly fees.

    Notes: ``per_hour``: ``price × W`` (vendors bill productive hours, so the
    vendor absorbs shrinkage); ``per_month``: ``price × units``;
    ``savings_share``: ``in_house_total × (1 − price)``; ``per_contact``:
    ``price × contacts`` a month; ``per_minute``: ``price × handled_minutes``
    a month (contacts × handle time). The last two need the contact volume.

    Example: research work that costs $50,000 a month in-house, at 40% below
    standard labour cost, costs $30,000 a month with a KPO.

    >>> float(vendor_fees("savings_share", 0.40, workload_hours=0, units=1, in_house_total=50_000))
    30000.0

    And 40,000 calls a month at 6 minutes, at $0.90 a handled minute, cost $216,000:

    >>> float(vendor_fees("per_minute", 0.90, workload_hours=0, units=1, in_house_total=0,
    ...                   handled_minutes=40_000 * 6))
    216000.0
    """
    price = np.asarray(price, dtype=float)
    if basis == "per_hour":
        return price * np.asarray(workload_hours, dtype=float)
    if basis == "per_month":
        return price * np.asarray(units, dtype=float)
    if basis == "savings_share":
        return np.asarray(in_house_total, dtype=float) * (1 - price)
    if basis in ("per_contact", "per_minute"):
        volume = contacts if basis == "per_contact" else handled_minutes
        if volume is None:
            raise ValueError(f"a {basis.replace('_', ' ')} price needs the contact volume (a staffed queue)")
        return price * np.asarray(volume, dtype=float)
    raise ValueError(f"unknown pricing basis {basis!r}")


@dataclass(frozen=True)
class VendorCost:
    """An outsourced option's run rate (``fees``, ``governance``, unrecovered ``vat``, per month) and its
    one-time costs (vendor selection, transition, and, for the people who leave, severance and retention)."""

    fees: Array
    governance: Array
    vendor_selection: Array
    transition: Array
    vat: Array | float = 0.0
    severance: Array | float = 0.0
    retention: Array | float = 0.0

    COMPONENTS = ("fees", "governance", "vat")
    ONE_TIME = ("vendor_selection", "transition", "severance", "retention")

    @property
    def total(self) -> Array:
        return self.fees + self.governance + self.vat

    @property
    def one_time_total(self) -> Array:
        return self.vendor_selection + self.transition + self.severance + self.retention


def vendor_cost(
    fees: ArrayLike, *, governance_rate: ArrayLike, vendor_selection_rate: ArrayLike, transition_rate: ArrayLike,
    governance_floor: ArrayLike = 0.0, vat_rate: ArrayLike = 0.0, vat_recoverable_share: ArrayLike = 0.0,
    severance: ArrayLike = 0.0, retention: ArrayLike = 0.0,
) -> VendorCost:
    """Monthly fees plus the cost of managing the vendor and of the change itself.

    Notes: ``governance = max(fees × governance_rate, governance_floor)`` each month; unrecovered
    ``vat = fees × vat_rate × (1 − vat_recoverable_share)``; one-time
    ``vendor_selection = 12 × fees × vendor_selection_rate`` and ``transition = 12 × fees × transition_rate``
    (rates of annual contract value); ``severance`` and ``retention`` as given (see :func:`severance`).

    Example: $10,000 a month of fees at 4.5% governance costs $10,450 a month,
    plus $4,200 once for selection at 3.5% and $15,000 for transition at 12.5%.

    >>> v = vendor_cost(10_000, governance_rate=0.045, vendor_selection_rate=0.035, transition_rate=0.125)
    >>> float(v.total), float(v.vendor_selection), float(v.transition)
    (10450.0, 4200.0, 15000.0)
    """
    fees = np.asarray(fees, dtype=float)
    return VendorCost(
        fees=fees,
        governance=governance_with_floor(fees, governance_rate, governance_floor),
        vendor_selection=share_of_annual_fees(fees, vendor_selection_rate),
        transition=share_of_annual_fees(fees, transition_rate),
        vat=unrecovered_vat(fees, vat_rate, vat_recoverable_share),
        severance=np.asarray(severance, dtype=float),
        retention=np.asarray(retention, dtype=float),
    )


def governance(fees: ArrayLike, governance_rate: ArrayLike) -> Array:
    """Monthly cost of the people who manage the vendor: ``fees × governance_rate``.

    >>> float(governance(10_000, 0.06))
    600.0
    """
    return np.asarray(fees, dtype=float) * np.asarray(governance_rate, dtype=float)


def share_of_annual_fees(monthly_fees: ArrayLike, rate: ArrayLike) -> Array:
    """A one-time cost set as a share of annual contract value: ``12 × monthly_fees × rate``.

    Used for vendor selection, transition and the optional exit (re-insourcing) cost.

    >>> float(share_of_annual_fees(10_000, 0.125))
    15000.0
    """
    return 12 * np.asarray(monthly_fees, dtype=float) * np.asarray(rate, dtype=float)


def billed_volume(
    workload_hours: ArrayLike,
    billed: str,
    *,
    handle_time_ratio: ArrayLike,
    vendor_shrinkage: ArrayLike,
    paid_hours_per_year: ArrayLike,
) -> Array:
    """What an hourly-type quote multiplies: the vendor's billable units for ``workload_hours`` of work a month.

    Notes::

        vendor hours = W × handle_time_ratio                       (the vendor is slower at the same work)
        productive_hour: vendor hours
        paid_hour:       vendor hours / (1 − vendor_shrinkage)      (the vendor bills its own shrinkage)
        fte_month:       vendor hours / (paid_hours_per_year / 12 × (1 − vendor_shrinkage))

    Example: 1,000 hours of work a month, 10% slower at the vendor, 30% vendor shrinkage: 1,100 productive
    hours, or 1,571.4 paid hours, or 9.07 FTE at 2,080 paid hours a year.

    >>> [round(float(billed_volume(1000, b, handle_time_ratio=1.1, vendor_shrinkage=0.3, paid_hours_per_year=2080)), 2)
    ...  for b in ("productive_hour", "paid_hour", "fte_month")]
    [1100.0, 1571.43, 9.07]
    """
    hours = np.asarray(workload_hours, dtype=float) * np.asarray(handle_time_ratio, dtype=float)
    available = 1 - np.asarray(vendor_shrinkage, dtype=float)
    if billed == "productive_hour":
        return hours
    if billed == "paid_hour":
        return hours / available
    if billed == "fte_month":
        return hours / (np.asarray(paid_hours_per_year, dtype=float) / 12 * available)
    raise ValueError(f"unknown billed unit {billed!r}")


def governance_with_floor(fees: ArrayLike, governance_rate: ArrayLike, floor: ArrayLike) -> Array:
    """Monthly governance: a share of fees, but never less than the retained organisation's floor.

    Notes: ``max(fees × governance_rate, floor)``; ``floor = min_fte × salary × (1 + benefits_load) / 12``
    (see :func:`retained_floor`).

    Example: $30,000 of fees at 4.5% is $1,350, below a half-time vendor manager's $5,381 a month.

    >>> float(governance_with_floor(30_000, 0.045, 5_381.0)), float(governance_with_floor(200_000, 0.045, 5_381.0))
    (5381.0, 9000.0)
    """
    return np.maximum(governance(fees, governance_rate), np.asarray(floor, dtype=float))


def retained_floor(min_fte: ArrayLike, salary: ArrayLike, benefits_load: ArrayLike) -> Array:
    """Monthly cost of the smallest retained organisation: ``min_fte × salary × (1 + benefits_load) / 12``.

    Example: half a vendor manager on $98,580 with 31% benefits: 0.5 × 98,580 × 1.31 / 12 = $5,380.83 a month.

    >>> round(float(retained_floor(0.5, 98_580, 0.31)))
    5381
    """
    return (np.asarray(min_fte, dtype=float) * np.asarray(salary, dtype=float)
            * (1 + np.asarray(benefits_load, dtype=float)) / 12)


def unrecovered_vat(fees: ArrayLike, vat_rate: ArrayLike, recoverable_share: ArrayLike) -> Array:
    """VAT on vendor fees that the buyer cannot reclaim: ``fees × vat_rate × (1 − recoverable_share)``.

    Example: a bank paying $100,000 of fees at 20% VAT, recovering 10% of it, bears $18,000.

    >>> float(unrecovered_vat(100_000, 0.20, 0.10))
    18000.0
    """
    return (np.asarray(fees, dtype=float) * np.asarray(vat_rate, dtype=float)
            * (1 - np.asarray(recoverable_share, dtype=float)))


def severance(
    leavers: ArrayLike, annual_salary: ArrayLike, *, weeks_per_year: ArrayLike, tenure_years: ArrayLike,
    min_weeks: ArrayLike,
) -> Array:
    """One-time severance: ``leavers × annual_salary / 52 × max(min_weeks, weeks_per_year × tenure_years)``.

    Example: 10 leavers on $41,600 a year (800 a week), 1 week per year of service, 3.5 years: 10 × 800 ×
    3.5 = $28,000; with 1 year of service the 2-week minimum applies: $16,000.

    >>> float(severance(10, 41_600, weeks_per_year=1, tenure_years=3.5, min_weeks=2))
    28000.0
    >>> float(severance(10, 41_600, weeks_per_year=1, tenure_years=1, min_weeks=2))
    16000.0
    """
    weeks = np.maximum(np.asarray(min_weeks, dtype=float),
                       np.asarray(weeks_per_year, dtype=float) * np.asarray(tenure_years, dtype=float))
    return np.asarray(leavers, dtype=float) * np.asarray(annual_salary, dtype=float) / 52 * weeks


def escalation_rate(index_rate: ArrayLike, cap: ArrayLike, productivity_commitment: ArrayLike) -> Array:
    """The yearly change in fees: the index, capped, less the vendor's productivity commitment.

    Notes: ``min(index_rate, cap) − productivity_commitment``.

    Example: 15% offshore wage growth, capped at 5%, with a 2% productivity commitment: fees rise 3% a year.

    >>> round(float(escalation_rate(0.15, 0.05, 0.02)), 10)
    0.03
    """
    return (np.minimum(np.asarray(index_rate, dtype=float), np.asarray(cap, dtype=float))
            - np.asarray(productivity_commitment, dtype=float))
