"""The business case over time: monthly cost of each option over the horizon, NPV and break-even.

Conventions: arrays are (rows × months), a row being a low/mid/high case, a
Monte Carlo draw or a tornado swing (:mod:`estimator.params`); month 1 is the
first month of the contract. Costs are paid at the start of each month, so
month ``m`` is discounted by ``(1 + r_m)^-(m − 1)`` with the monthly rate
``r_m = (1 + discount_rate)^(1/12) − 1``: the convention of numpy-financial's
``npv``. Annual rates step up once a year (month 13, 25, ...).

What each option pays in a month:

- in-house: the fully loaded cost, rising with wage inflation;
- BPO and KPO: fees rising with contract escalation, governance at the first
  year's rate for months 1–12 and the steady rate after, the in-house cost as
  well during the dual-running months, the one-time vendor selection and
  transition in month 1, and the optional exit cost in the last month.

Every formula is the one in :mod:`estimator.model`; this module adds only the
time axis, by broadcasting. There is no loop over months or rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import model
from .assumptions import IN_HOUSE_KEYS
from .params import Params
from .scenario import Scenario

Array = np.ndarray


@dataclass(frozen=True)
class RunRate:
    """Monthly run rate per row, before any time effect: what v1 of the model reports."""

    workload_hours: Array
    in_house: model.InHouseCost
    bpo: model.VendorCost | None
    kpo: model.VendorCost | None

    def vendor(self, option: str) -> model.VendorCost | None:
        return self.bpo if option == "bpo" else self.kpo


def workload_hours(scenario: Scenario, params: Params) -> Array:
    """Productive hours a month per row; from a headcount they depend on paid hours and shrinkage."""
    if scenario.workload_basis == "hours_per_month":
        return np.full(params.rows, scenario.workload)
    return scenario.workload * params["paid_hours_per_year"] / 12 * (1 - params["shrinkage"])


def run_rate(scenario: Scenario, params: Params) -> RunRate:
    """In-house, BPO and KPO monthly cost for every row of ``params``."""
    w = workload_hours(scenario, params)
    ih = model.in_house_cost(w, **{k: params[k] for k in IN_HOUSE_KEYS})
    vendors: dict[str, model.VendorCost | None] = {}
    for option in ("bpo", "kpo"):
        price = scenario.price(option)
        if price is None:
            vendors[option] = None
            continue
        fees = model.vendor_fees(price.basis, params[f"{option}_price"], workload_hours=w, units=price.units,
                                 in_house_total=ih.total)
        vendors[option] = model.vendor_cost(fees, governance_rate=params["governance_rate"],
                                            vendor_selection_rate=params["vendor_selection_rate"],
                                            transition_rate=params["transition_rate"])
    return RunRate(w, ih, vendors["bpo"], vendors["kpo"])


@dataclass(frozen=True)
class OptionProjection:
    """One option's cost in each month (rows × months), one-time costs included where they fall."""

    option: str
    monthly: Array
    one_time: Array
    exit: Array
    npv: Array
    fees_total: Array
    governance_total: Array
    dual_running_total: Array

    @property
    def total(self) -> Array:
        """Cost over the horizon per row: the sum of the monthly series."""
        return self.monthly.sum(axis=-1)

    @property
    def cumulative(self) -> Array:
        return np.cumsum(self.monthly, axis=-1)

    @property
    def annual(self) -> Array:
        """(rows × years) cost per contract year."""
        rows, months = self.monthly.shape
        return self.monthly.reshape(rows, months // 12, 12).sum(axis=-1)


@dataclass(frozen=True)
class Projection:
    months: int
    run_rate: RunRate
    in_house: OptionProjection
    bpo: OptionProjection | None
    kpo: OptionProjection | None

    @property
    def outsourced(self) -> tuple[OptionProjection, ...]:
        return tuple(p for p in (self.bpo, self.kpo) if p is not None)

    def option(self, name: str) -> OptionProjection | None:
        return {"in_house": self.in_house, "bpo": self.bpo, "kpo": self.kpo}[name]

    def cumulative_savings(self, option: OptionProjection) -> Array:
        """In-house minus option, cumulated month by month (rows × months)."""
        return np.cumsum(self.in_house.monthly - option.monthly, axis=-1)

    def break_even_month(self, option: OptionProjection) -> Array:
        """Per row, the first month from which cumulative savings stay above zero; NaN for never."""
        return break_even_month(self.cumulative_savings(option))


def break_even_month(cumulative_savings: Array) -> Array:
    """First month (1-based) from which every later cumulative saving is positive; NaN if none.

    >>> break_even_month(np.array([[-5.0, -1.0, 2.0, 3.0], [-5.0, 1.0, -1.0, 2.0], [-1.0, -1.0, -1.0, -1.0]]))
    array([ 3.,  4., nan])
    """
    positive = cumulative_savings > 0
    stays = np.logical_and.accumulate(positive[..., ::-1], axis=-1)[..., ::-1]
    month = stays.argmax(axis=-1).astype(float) + 1
    return np.where(stays.any(axis=-1), month, np.nan)


def growth(rate: Array, months: int) -> Array:
    """(rows × months) factor ``(1 + rate)^year`` for year 0, 1, ... stepping every 12 months.

    Built by cumulative product rather than ``**`` so that the same rate gives
    bit-for-bit the same factor in any number of rows (SIMD ``pow`` may not).

    >>> growth(np.array([0.10]), 36)[0, [0, 11, 12, 24]].round(6)
    array([1.  , 1.  , 1.1 , 1.21])
    """
    rate = np.asarray(rate, dtype=float)
    steps = np.empty((rate.shape[0], months // 12))
    steps[:, 0] = 1.0
    steps[:, 1:] = (1 + rate)[:, None]
    return np.repeat(np.cumprod(steps, axis=1), 12, axis=1)


def discount_factors(annual_rate: float, months: int) -> Array:
    """``(1 + r_m)^-(m − 1)`` for months 1..``months``, ``r_m`` the monthly equivalent of ``annual_rate``.

    >>> discount_factors(0.12, 13)[[0, 12]].round(6)
    array([1.      , 0.892857])
    """
    monthly = (1 + annual_rate) ** (1 / 12) - 1
    return (1 + monthly) ** -np.arange(months, dtype=float)


def project(scenario: Scenario, params: Params) -> Projection:
    """Every option's monthly cost over the scenario's horizon, for every row of ``params``."""
    case = scenario.business_case
    months = case.months
    rr = run_rate(scenario, params)
    month_index = np.arange(months)
    in_house_monthly = rr.in_house.total[:, None] * growth(params["wage_inflation"], months)
    disc = discount_factors(case.discount_rate, months)
    no_cost = np.zeros(params.rows)

    def npv(monthly: Array) -> Array:
        return (monthly * disc).sum(axis=-1)

    options: dict[str, OptionProjection | None] = {}
    first_year = month_index < 12
    for option in ("bpo", "kpo"):
        vc = rr.vendor(option)
        if vc is None:
            options[option] = None
            continue
        fees = vc.fees[:, None] * growth(params["contract_escalation"], months)
        rate = np.where(first_year, params["first_year_governance_rate"][:, None], params["governance_rate"][:, None])
        gov = model.governance(fees, rate)
        dual_running = in_house_monthly[:, : case.dual_running_months]
        monthly = fees + gov
        monthly[:, : case.dual_running_months] += dual_running
        one_time = vc.one_time_total
        exit_cost = model.share_of_annual_fees(fees[:, -1], case.exit_rate)
        monthly[:, 0] += one_time
        monthly[:, -1] += exit_cost
        options[option] = OptionProjection(option, monthly, one_time, exit_cost, npv(monthly), fees.sum(axis=-1),
                                           gov.sum(axis=-1), dual_running.sum(axis=-1))
    in_house = OptionProjection("in_house", in_house_monthly, no_cost, no_cost, npv(in_house_monthly),
                                no_cost, no_cost, no_cost)
    return Projection(months, rr, in_house, options["bpo"], options["kpo"])
