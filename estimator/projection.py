"""The business case over time: monthly cost of each option over the horizon, NPV and break-even.

Conventions: arrays are (rows × months), a row being a low/mid/high case, a
Monte Carlo draw or a tornado swing (:mod:`estimator.params`); month 1 is the
first month of the horizon. Costs are paid at the start of each month, so
month ``m`` is discounted by ``(1 + r_m)^-(m − 1)`` with the monthly rate
``r_m = (1 + discount_rate)^(1/12) − 1``: the convention of numpy-financial's
``npv``. Annual rates step up once a year (month 13, 25, ...).

The timeline of an outsourced option: ``selection_months`` of vendor selection
(the in-house team does the work), then the contract starts with
``dual_running_months`` of transition (the in-house team still does the work
and is paid; the vendor bills only if it bills during transition), then go-live.
What each option pays in a month:

- in-house: the fully loaded cost, rising with wage inflation;
- BPO and KPO: until go-live, the in-house cost; fees from go-live (or from the
  contract's start if the vendor bills during transition), rising each year by
  the escalation index, capped, less any productivity commitment; extra hours in
  the ramp-up months after go-live (hourly quotes); governance from the
  contract's start, at the first year's rate for its first 12 months, never
  below the retained organisation's floor; unrecovered VAT on fees; stranded
  overhead for some months after go-live; one-time vendor selection (month 1),
  transition (the contract's first month), severance and retention bonuses (at
  go-live) and the optional exit cost (the last month).

Every formula is the one in :mod:`estimator.model`; this module adds only the
time axis, by broadcasting. There is no loop over months or rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import model
from .assumptions import IN_HOUSE_KEYS
from .params import Params
from .scenario import Scenario

Array = np.ndarray

# The parts of an outsourced option's cost over the horizon; they add up to its total.
VENDOR_PARTS = ("fees", "ramp_up", "governance", "vat", "in_house_until_go_live", "stranded_overhead",
                "vendor_selection", "transition", "severance", "retention", "exit")


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
    leavers = 0.0 if scenario.people.staff_transfer else ih.fte * params["leaver_share"]
    severance = model.severance(leavers, params["annual_salary"], weeks_per_year=params["severance_weeks_per_year"],
                                tenure_years=params["average_tenure_years"], min_weeks=params["severance_min_weeks"])
    retention = leavers * params["annual_salary"] * params["retention_bonus_share"]
    floor = model.retained_floor(params["governance_min_fte"], params["governance_salary"], params["benefits_load"])
    vendors: dict[str, model.VendorCost | None] = {}
    for option in ("bpo", "kpo"):
        price = scenario.price(option)
        if price is None:
            vendors[option] = None
            continue
        billed = model.billed_volume(w, price.billed, handle_time_ratio=params["handle_time_ratio"],
                                     vendor_shrinkage=params["vendor_shrinkage"],
                                     paid_hours_per_year=params["paid_hours_per_year"])
        fees = model.vendor_fees(price.basis, params[f"{option}_price"], workload_hours=billed, units=price.units,
                                 in_house_total=ih.total)
        vendors[option] = model.vendor_cost(
            fees, governance_rate=params["governance_rate"], vendor_selection_rate=params["vendor_selection_rate"],
            transition_rate=params["transition_rate"], governance_floor=floor, vat_rate=params["vat_rate"],
            vat_recoverable_share=params["vat_recoverable_share"], severance=severance, retention=retention)
    return RunRate(w, ih, vendors["bpo"], vendors["kpo"])


@dataclass(frozen=True)
class OptionProjection:
    """One option's cost in each month (rows × months), one-time costs included where they fall.

    ``parts``: the option's cost over the horizon by part (rows,), adding up to :attr:`total`;
    ``fees_monthly``: the fees billed each month (rows × months), ramp-up included.
    """

    option: str
    monthly: Array
    npv: Array
    parts: dict[str, Array] = field(default_factory=dict)
    fees_monthly: Array | None = None

    @property
    def total(self) -> Array:
        """Cost over the horizon per row: the sum of the monthly series."""
        return self.monthly.sum(axis=-1)

    @property
    def one_time(self) -> Array:
        """One-time costs over the horizon per row (selection, transition, severance, retention, exit)."""
        return sum((self.parts[k] for k in ("vendor_selection", "transition", "severance", "retention", "exit")
                    if k in self.parts), start=np.zeros(self.monthly.shape[0]))

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
    discount: Array

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

    def discounted_payback_month(self, option: OptionProjection) -> Array:
        """Per row, the first month from which cumulative *discounted* savings stay above zero; NaN for never."""
        return break_even_month(np.cumsum((self.in_house.monthly - option.monthly) * self.discount, axis=-1))

    def npv_savings(self, option: OptionProjection) -> Array:
        """NPV of in-house minus option per row."""
        return self.in_house.npv - option.npv


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
    case, terms = scenario.business_case, scenario.vendor_terms
    months = case.months
    rr = run_rate(scenario, params)
    m = np.arange(months)
    start, go_live = case.selection_months, case.go_live_month - 1  # 0-based month indices
    wage_growth = growth(params["wage_inflation"], months)
    in_house_monthly = rr.in_house.total[:, None] * wage_growth
    disc = discount_factors(case.discount_rate, months)
    index = params["contract_escalation"] if terms.escalation_index == "home_cpi" else params["delivery_wage_growth"]
    fee_growth = growth(model.escalation_rate(index, terms.escalation_cap, terms.productivity_commitment), months)
    billed_from = start if terms.bills_during_transition else go_live
    ramp = np.zeros(months)
    after = m - go_live
    ramp_months = (after >= 0) & (after < len(terms.ramp_up))
    ramp[ramp_months] = np.asarray(terms.ramp_up, dtype=float)[after[ramp_months]]
    in_contract = m >= start
    first_year = in_contract & (m < start + 12)
    stranded_on = (after >= 0)[None, :] & (after[None, :] < params["stranded_months"][:, None])
    floor = model.retained_floor(params["governance_min_fte"], params["governance_salary"], params["benefits_load"])

    def npv(monthly: Array) -> Array:
        return (monthly * disc).sum(axis=-1)

    # The series are added into one (rows × months) array in place: most parts touch a few months, and
    # a full array per part would multiply the Monte Carlo's memory traffic (10,000 draws × 120 months).
    rows = np.arange(params.rows)
    stranded_cols = slice(go_live, min(months, go_live + int(np.max(params["stranded_months"], initial=0))))
    options: dict[str, OptionProjection | None] = {}
    for option in ("bpo", "kpo"):
        vc, price = rr.vendor(option), scenario.price(option)
        if vc is None or price is None:
            options[option] = None
            continue
        fees = vc.fees[:, None] * fee_growth
        fees[:, :billed_from] = 0.0
        steady_total = fees.sum(axis=-1)
        ramp_total = np.zeros(params.rows)
        if price.basis == "per_hour" and ramp.any():
            extra = fees * ramp
            ramp_total = extra.sum(axis=-1)
            fees += extra
        rate = np.where(first_year, params["first_year_governance_rate"][:, None], params["governance_rate"][:, None])
        monthly = model.governance_with_floor(fees, rate, floor[:, None] * wage_growth)
        monthly *= in_contract
        parts = {"fees": steady_total, "ramp_up": ramp_total, "governance": monthly.sum(axis=-1)}
        vat_share = params["vat_rate"] * (1 - params["vat_recoverable_share"])
        if vat_share.any():
            vat = model.unrecovered_vat(fees, params["vat_rate"][:, None], params["vat_recoverable_share"][:, None])
            parts["vat"] = vat.sum(axis=-1)
            monthly += vat
        else:
            parts["vat"] = np.zeros(params.rows)
        monthly += fees
        monthly[:, :go_live] += in_house_monthly[:, :go_live]
        parts["in_house_until_go_live"] = in_house_monthly[:, :go_live].sum(axis=-1)
        stranded = ((rr.in_house.overhead * params["stranded_overhead_share"])[:, None] * wage_growth[:, stranded_cols]
                    * stranded_on[:, stranded_cols])
        monthly[:, stranded_cols] += stranded
        parts["stranded_overhead"] = stranded.sum(axis=-1)
        exit_cost = model.share_of_annual_fees(fees[:, -1], case.exit_rate)
        for name, month, amount in (("vendor_selection", 0, vc.vendor_selection), ("transition", start, vc.transition),
                                    ("severance", go_live, vc.severance), ("retention", go_live, vc.retention),
                                    ("exit", months - 1, exit_cost)):
            amount = np.broadcast_to(np.asarray(amount, dtype=float), (params.rows,))
            inside = 0 <= month < months
            if inside:
                monthly[rows, month] += amount
            parts[name] = amount if inside else np.zeros(params.rows)
        options[option] = OptionProjection(option, monthly, npv(monthly), parts, fees)
    in_house = OptionProjection("in_house", in_house_monthly, npv(in_house_monthly),
                                {"in_house": in_house_monthly.sum(axis=-1)})
    return Projection(months, rr, in_house, options["bpo"], options["kpo"], disc)
