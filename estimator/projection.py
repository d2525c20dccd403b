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

Currencies: amounts in another currency than the reporting one (the in-house
figures, a vendor's price) are converted at the scenario's rate, "1 USD = 83.0
INR": ``amount / 83.0`` in the first year, and ``/ (1 + drift)`` more each year
after (the rate steps once a year, like wage inflation), ``drift`` being the
row's yearly change of that rate. For the in-house figures that is the whole
in-house cost (and what follows it: the in-house months before go-live,
stranded overhead, severance and retention at the first year's rate); for a
vendor, its fees and what follows them (governance as a share, VAT, one-time
shares of fees). Governance's floor (the retained vendor manager) is at home,
in the reporting currency.

Every formula is the one in :mod:`estimator.model`; this module adds only the
time axis, by broadcasting. There is no loop over months or rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from . import model
from .assumptions import IN_HOUSE_KEYS
from .captive import TeamCost, per_fte_parts, team_cost
from .options import CAPTIVE, options
from .params import CAPTIVE_COLUMNS, Params
from .scenario import IN_HOUSE_MONEY, Scenario

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
    captive: TeamCost | None = None  # the offshore captive's team, in the reporting currency at the first year's rate
    severance: Array | float = 0.0  # one-time, for the in-house staff who leave when the work moves (per row)
    retention: Array | float = 0.0

    def vendor(self, option: str) -> model.VendorCost | None:
        return getattr(self, option)


def workload_hours(scenario: Scenario, params: Params) -> Array:
    """Productive hours a month per row; from a headcount they depend on paid hours and shrinkage."""
    if scenario.contact_centre is not None:  # Erlang C agent hours at each row's volume and handle time
        return scenario.contact_centre.agent_hours(params["contact_volume"], params["contact_handle_time"])
    if scenario.workload_basis == "hours_per_month":
        return np.full(params.rows, scenario.workload)
    return scenario.workload * params["paid_hours_per_year"] / 12 * (1 - params["shrinkage"])


def first_year_factor(scenario: Scenario, part: str) -> float:
    """What one unit of ``part``'s currency is worth in the reporting currency in the first year: ``1 / rate``
    for "1 USD = 83.0 INR" (1 when ``part`` is in the reporting currency).

    >>> from estimator.currency import ExchangeRate
    >>> from estimator.scenario import InHouseInputs
    >>> s = Scenario("Customer service", 10, in_house=InHouseInputs(annual_salary=480_000, currency="INR"),
    ...              exchange_rates=(ExchangeRate("USD", "INR", 80.0),))
    >>> first_year_factor(s, "in_house"), first_year_factor(s, "bpo")
    (0.0125, 1.0)
    """
    rate = scenario.rate_for(part)
    return 1.0 if rate is None else 1.0 / rate.rate


def drift_yearly(params: Params, part: str, years: int) -> Array | None:
    """(rows × years) factor ``(1 + drift)^-year`` on ``part``'s converted amounts; None when no row drifts."""
    drift = params[f"{part}_fx_drift"]
    return 1.0 / yearly_growth(drift, years) if drift.any() else None


def run_rate(scenario: Scenario, params: Params) -> RunRate:
    """In-house, BPO and KPO monthly cost for every row of ``params``, in the reporting currency at the first
    year's exchange rates."""
    w = workload_hours(scenario, params)
    fx = first_year_factor(scenario, "in_house")
    inputs = {k: params[k] * fx if fx != 1.0 and k in IN_HOUSE_MONEY else params[k] for k in IN_HOUSE_KEYS}
    ih = model.in_house_cost(w, **inputs)
    salary = inputs["annual_salary"]
    leavers = 0.0 if scenario.people.staff_transfer else ih.fte * params["leaver_share"]
    severance = model.severance(leavers, salary, weeks_per_year=params["severance_weeks_per_year"],
                                tenure_years=params["average_tenure_years"], min_weeks=params["severance_min_weeks"])
    retention = leavers * salary * params["retention_bonus_share"]
    floor = model.retained_floor(params["governance_min_fte"], params["governance_salary"], params["benefits_load"])
    centre = scenario.contact_centre
    volume: dict[str, Array | None] = {"contacts": None, "handled_minutes": None}
    if centre is not None:  # what a per-contact or per-minute quote multiplies; the vendor's minutes at its pace
        volume = {"contacts": centre.contacts_month(params["contact_volume"]),
                  "handled_minutes": centre.handled_minutes_month(params["contact_volume"], params["contact_handle_time"])
                  * params["handle_time_ratio"]}
    vendors: dict[str, model.VendorCost | None] = {}
    for option in options(vendors_only=True):
        price = scenario.price(option)
        if price is None:
            vendors[option] = None
            continue
        billed = model.billed_volume(w, price.billed, handle_time_ratio=params["handle_time_ratio"],
                                     vendor_shrinkage=params["vendor_shrinkage"],
                                     paid_hours_per_year=params["paid_hours_per_year"])
        quoted = params[f"{option}_price"]
        if price.basis != "savings_share" and (fx_option := first_year_factor(scenario, option)) != 1.0:
            quoted = quoted * fx_option
        fees = model.vendor_fees(price.basis, quoted, workload_hours=billed, units=price.units,
                                 in_house_total=ih.total, **volume)
        vendors[option] = model.vendor_cost(
            fees, governance_rate=params["governance_rate"], vendor_selection_rate=params["vendor_selection_rate"],
            transition_rate=params["transition_rate"], governance_floor=floor, vat_rate=params["vat_rate"],
            vat_recoverable_share=params["vat_recoverable_share"], severance=severance, retention=retention)
    captive = None
    if scenario.captive is not None:
        # F = W / Hw FTE, as in-house, times the longer handling offshore (handle_time_ratio, sourced for offshore
        # delivery, the captive's as a vendor's), each priced from the delivery country's pay
        per_fte = per_fte_parts(**{key.removeprefix("captive_"): params[key] for key in CAPTIVE_COLUMNS})  # per row
        captive = team_cost(ih.fte * params["handle_time_ratio"], per_fte, first_year_factor(scenario, CAPTIVE))
    return RunRate(w, ih, vendors["bpo"], vendors["kpo"], captive, severance, retention)


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
    # On a totals axis (:func:`totals_axis`) each column stands for this many months; None: one month a column.
    weights: Array | None = None

    @cached_property
    def total(self) -> Array:
        """Cost over the horizon per row: the sum of the monthly series (computed once; the Monte Carlo
        reads it several times)."""
        return self.monthly.sum(axis=-1) if self.weights is None else self.monthly @ self.weights

    @property
    def one_time(self) -> Array:
        """One-time costs over the horizon per row (selection, transition, severance, retention, exit)."""
        return sum((self.parts[k] for k in ("vendor_selection", "transition", "severance", "retention", "exit")
                    if k in self.parts), start=np.zeros(self.monthly.shape[0]))

    @property
    def cumulative(self) -> Array:
        assert self.weights is None, "a totals axis has no month-by-month series"
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
    captive: OptionProjection | None = None

    @property
    def outsourced(self) -> tuple[OptionProjection, ...]:
        return tuple(p for o in options(vendors_only=True) if (p := getattr(self, o)) is not None)

    @property
    def alternatives(self) -> tuple[OptionProjection, ...]:
        """Every priced option other than in-house: the vendors, then the captive where one is set."""
        return self.outsourced + (() if self.captive is None else (self.captive,))

    def option(self, name: str) -> OptionProjection | None:
        return getattr(self, name)

    def cumulative_savings(self, option: OptionProjection) -> Array:
        """In-house minus option, cumulated month by month (rows × months)."""
        return np.cumsum(self.in_house.monthly - option.monthly, axis=-1)

    def break_even_month(self, option: OptionProjection) -> Array:
        """Per row, the first month from which cumulative savings stay above zero; NaN for never."""
        return break_even_month(self.cumulative_savings(option))

    def discounted_payback_month(self, option: OptionProjection) -> Array:
        """Per row, the first month from which cumulative *discounted* savings stay above zero; NaN for never."""
        gap = np.subtract(self.in_house.monthly, option.monthly)
        gap *= self.discount
        return break_even_month(np.cumsum(gap, axis=-1, out=gap))

    def npv_savings(self, option: OptionProjection) -> Array:
        """NPV of in-house minus option per row."""
        return self.in_house.npv - option.npv


def break_even_month(cumulative_savings: Array) -> Array:
    """First month (1-based) from which every later cumulative saving is positive; NaN if none.

    >>> break_even_month(np.array([[-5.0, -1.0, 2.0, 3.0], [-5.0, 1.0, -1.0, 2.0], [-1.0, -1.0, -1.0, -1.0]]))
    array([ 3.,  4., nan])
    """
    # The month after the last month that is not positive (the first month if every month is).
    not_positive = ~(cumulative_savings > 0)  # NaN counts as not positive
    months = cumulative_savings.shape[-1]
    from_end = not_positive[..., ::-1].argmax(axis=-1)
    month = np.where(not_positive.any(axis=-1), months - from_end + 1, 1).astype(float)
    return np.where(month <= months, month, np.nan)


def yearly_growth(rate: Array, years: int) -> Array:
    """(rows × years) factor ``(1 + rate)^year`` for year 0, 1, ...

    Built by cumulative product rather than ``**`` so that the same rate gives
    bit-for-bit the same factor in any number of rows (SIMD ``pow`` may not).

    >>> yearly_growth(np.array([0.10]), 3).round(6)
    array([[1.  , 1.1 , 1.21]])
    """
    rate = np.asarray(rate, dtype=float)
    steps = np.empty((rate.shape[0], years))
    steps[:, 0] = 1.0
    steps[:, 1:] = (1 + rate)[:, None]
    return np.cumprod(steps, axis=1)


def by_month(yearly: Array) -> Array:
    """(rows × years) → (rows × months): each year's value in its 12 months.

    A per-row amount times a growth factor is multiplied per year and then spread over the months, which
    gives the same numbers as multiplying every month and is a twelfth of the arithmetic.

    >>> by_month(np.array([[1.0, 2.0]]))[0, [0, 11, 12, 23]].tolist()
    [1.0, 1.0, 2.0, 2.0]
    """
    return np.repeat(yearly, 12, axis=1)


def growth(rate: Array, months: int) -> Array:
    """(rows × months) factor ``(1 + rate)^year`` for year 0, 1, ... stepping every 12 months.

    >>> growth(np.array([0.10]), 36)[0, [0, 11, 12, 24]].round(6)
    array([1.  , 1.  , 1.1 , 1.21])
    """
    return by_month(yearly_growth(rate, months // 12))


def discount_factors(annual_rate: float, months: int) -> Array:
    """``(1 + r_m)^-(m − 1)`` for months 1..``months``, ``r_m`` the monthly equivalent of ``annual_rate``.

    >>> discount_factors(0.12, 13)[[0, 12]].round(6)
    array([1.      , 0.892857])
    """
    monthly = (1 + annual_rate) ** (1 / 12) - 1
    return (1 + monthly) ** -np.arange(months, dtype=float)


@dataclass(frozen=True)
class MonthAxis:
    """The columns of a projection's (rows × columns) arrays: column ``j`` stands for ``count[j]`` months from
    month ``first[j]`` (0-based). The monthly axis has a column a month. A totals axis (:func:`totals_axis`)
    merges runs of months in which every cost of the projection is the same, for what needs only each row's
    total and NPV: the Monte Carlo's chance of being cheaper, a comparison's savings, a portfolio's draws."""

    first: Array
    count: Array  # float, so that a weighted sum is one matrix product
    months: int

    @property
    def monthly(self) -> bool:
        return len(self.first) == self.months

    def column(self, month: int) -> int:
        """The column that starts at ``month`` (a boundary of the axis), or the number of columns past the end."""
        return int(np.searchsorted(self.first, month))

    def spread(self, yearly: Array) -> Array:
        """(rows × years) → (rows × columns): each column's year's value (:func:`by_month` on the monthly axis)."""
        return by_month(yearly) if self.monthly else yearly[:, self.first // 12]

    def total(self, series: Array, columns: slice = slice(None)) -> Array:
        """Each row's sum over the months ``columns`` stand for."""
        return series.sum(axis=-1) if self.monthly else series @ self.count[columns]

    def discount(self, monthly_factors: Array) -> Array:
        """Each column's discount factor: the sum of its months' factors, so that NPV is one weighted sum."""
        return monthly_factors if self.monthly else np.add.reduceat(monthly_factors, self.first)


def monthly_axis(months: int) -> MonthAxis:
    return MonthAxis(np.arange(months), np.ones(months), months)


def _timeline(scenario: Scenario) -> tuple[int, int, int]:
    """(contract start, go-live, first billed month), 0-based month indices."""
    case, terms = scenario.business_case, scenario.vendor_terms
    start, go_live = case.selection_months, case.go_live_month - 1
    return start, go_live, start if terms.bills_during_transition else go_live


def totals_axis(scenario: Scenario, params: Params) -> MonthAxis:
    """The fewest columns in which every month of a column costs the same in every row of ``params``: a column
    ends at each contract year (rates step yearly), at the contract's start and its first year's end (governance's
    first-year rate), at the first billed month and at go-live; every month of the ramp-up and of stranded overhead
    (per-row lengths), and each month a one-time cost falls in, is a column of its own.

    Written here, not found in a library: it is this model's own timeline. By default (five years, go-live in
    month 4, six months of stranded overhead) the 60 months are 14 columns: month 1 (vendor selection), months 2-3,
    months 4 to 9 one by one (go-live, ramp-up, stranded overhead), months 10-12, each later year, months 49-59, and
    month 60 (the exit cost).

    >>> from estimator.params import cases
    >>> s = Scenario("Customer service", 10)
    >>> axis = totals_axis(s, cases(s))
    >>> axis.first.tolist(), axis.count.astype(int).tolist()
    ([0, 1, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 59], [1, 2, 1, 1, 1, 1, 1, 1, 3, 12, 12, 12, 11, 1])
    """
    case, terms = scenario.business_case, scenario.vendor_terms
    months = case.months
    start, go_live, billed_from = _timeline(scenario)
    stranded = int(np.max(params["stranded_months"], initial=0))
    edges = {0, months, *range(12, months, 12), start, start + 12, billed_from, go_live,
             *range(go_live, go_live + max(len(terms.ramp_up), stranded) + 1)}
    for one_off in (0, start, go_live, months - 1):  # a one-time cost's month is a column of its own
        edges |= {one_off, one_off + 1}
    cut = np.array(sorted(e for e in edges if 0 <= e <= months))
    return MonthAxis(cut[:-1], np.diff(cut).astype(float), months)


def project_totals(scenario: Scenario, params: Params) -> Projection:
    """:func:`project` on the :func:`totals_axis` of ``params``: each row's totals, parts and NPV, no month series."""
    return project(scenario, params, totals_axis(scenario, params))


def project(scenario: Scenario, params: Params, axis: MonthAxis | None = None) -> Projection:
    """Every option's monthly cost over the scenario's horizon, for every row of ``params``; on ``axis`` (a
    :func:`totals_axis`) each column stands for a run of equal months, for totals and NPV only."""
    case, terms = scenario.business_case, scenario.vendor_terms
    months = case.months
    axis = monthly_axis(months) if axis is None else axis
    col = axis.column
    rr = run_rate(scenario, params)
    m = axis.first  # each column's first month
    start, go_live, billed_from = _timeline(scenario)
    wage_yearly = yearly_growth(params["wage_inflation"], months // 12)
    # the in-house cost's path in the reporting currency: wage inflation, and the rate's drift if it is foreign
    ih_drift = drift_yearly(params, "in_house", months // 12)
    ih_yearly = wage_yearly if ih_drift is None else wage_yearly * ih_drift
    in_house_monthly = axis.spread(rr.in_house.total[:, None] * ih_yearly)
    disc = axis.discount(discount_factors(case.discount_rate, months))
    index = params["contract_escalation"] if terms.escalation_index == "home_cpi" else params["delivery_wage_growth"]
    fee_yearly = yearly_growth(model.escalation_rate(index, terms.escalation_cap, terms.productivity_commitment),
                               months // 12)
    ramp = np.zeros(len(m))
    after = m - go_live
    ramp_months = (after >= 0) & (after < len(terms.ramp_up))
    ramp[ramp_months] = np.asarray(terms.ramp_up, dtype=float)[after[ramp_months]]
    floor = model.retained_floor(params["governance_min_fte"], params["governance_salary"], params["benefits_load"])

    def npv(monthly: Array) -> Array:
        # einsum: one pass, no (rows × months) temporary, and no BLAS threads fighting over two cores.
        return np.einsum("ij,j->i", monthly, disc)

    # The series are built in place in few (rows × months) arrays: most parts touch a few months, and a full
    # array per part would multiply the Monte Carlo's memory traffic (10,000 draws × 120 months), which is
    # what its time goes on. Months a part does not touch are left out of its arithmetic (slices), not
    # multiplied by zero.
    rows = np.arange(params.rows)
    stranded_cols = slice(col(go_live), col(min(months, go_live + int(np.max(params["stranded_months"], initial=0)))))
    stranded_after = after[stranded_cols]  # months since go-live, each >= 0
    stranded_on = stranded_after[None, :] < params["stranded_months"][:, None]
    ramp_cols = slice(col(max(go_live, 0)), col(max(min(months, go_live + len(terms.ramp_up)), 0)))
    first_year_cols = slice(col(start), col(min(months, start + 12)))
    floor_monthly = axis.spread(floor[:, None] * wage_yearly)
    # Overhead that outlives the in-house team for some months after go-live (the same whoever takes the work).
    stranded = ((rr.in_house.overhead * params["stranded_overhead_share"])[:, None] * ih_yearly[:, m[stranded_cols] // 12]
                * stranded_on)
    weights = None if axis.monthly else axis.count
    by_option: dict[str, OptionProjection | None] = {}
    for option in options(vendors_only=True):
        vc, price = rr.vendor(option), scenario.price(option)
        if vc is None or price is None:
            by_option[option] = None
            continue
        fx_drift = drift_yearly(params, option, months // 12)
        fees = axis.spread(vc.fees[:, None] * (fee_yearly if fx_drift is None else fee_yearly * fx_drift))
        fees[:, :col(billed_from)] = 0.0
        steady_total = axis.total(fees)
        ramp_total = np.zeros(params.rows)
        if price.basis == "per_hour" and ramp[ramp_cols].any():
            extra = fees[:, ramp_cols] * ramp[ramp_cols]
            ramp_total = axis.total(extra, ramp_cols)
            fees[:, ramp_cols] += extra
        # Governance: the first contract year at its own rate, never below the floor, nothing before the contract.
        monthly = model.governance_with_floor(fees, params["governance_rate"][:, None], floor_monthly)
        monthly[:, first_year_cols] = model.governance_with_floor(
            fees[:, first_year_cols], params["first_year_governance_rate"][:, None], floor_monthly[:, first_year_cols])
        monthly[:, :col(start)] = 0.0
        parts = {"fees": steady_total, "ramp_up": ramp_total, "governance": axis.total(monthly)}
        vat_share = params["vat_rate"] * (1 - params["vat_recoverable_share"])
        if vat_share.any():
            vat = model.unrecovered_vat(fees, params["vat_rate"][:, None], params["vat_recoverable_share"][:, None])
            parts["vat"] = axis.total(vat)
            monthly += vat
        else:
            parts["vat"] = np.zeros(params.rows)
        monthly += fees
        before = slice(0, col(go_live))
        monthly[:, before] += in_house_monthly[:, before]
        parts["in_house_until_go_live"] = axis.total(in_house_monthly[:, before], before)
        monthly[:, stranded_cols] += stranded
        parts["stranded_overhead"] = axis.total(stranded, stranded_cols)
        exit_cost = model.share_of_annual_fees(fees[:, -1], case.exit_rate)
        for name, month, amount in (("vendor_selection", 0, vc.vendor_selection), ("transition", start, vc.transition),
                                    ("severance", go_live, vc.severance), ("retention", go_live, vc.retention),
                                    ("exit", months - 1, exit_cost)):
            amount = np.broadcast_to(np.asarray(amount, dtype=float), (params.rows,))
            inside = 0 <= month < months
            if inside:
                monthly[rows, col(month)] += amount  # a column of one month (totals_axis)
            parts[name] = amount if inside else np.zeros(params.rows)
        by_option[option] = OptionProjection(option, monthly, npv(monthly), parts, fees, weights)
    in_house = OptionProjection("in_house", in_house_monthly, npv(in_house_monthly),
                                {"in_house": axis.total(in_house_monthly)}, weights=weights)
    captive = None
    if rr.captive is not None:
        captive = _captive_projection(rr, params, axis, in_house_monthly, stranded, stranded_cols, start, go_live, npv)
    return Projection(months, rr, in_house, by_option["bpo"], by_option["kpo"], disc, captive)


def _captive_projection(rr: RunRate, params: Params, axis: MonthAxis, in_house_monthly: Array, stranded: Array,
                        stranded_cols: slice, start: int, go_live: int, npv) -> OptionProjection:
    """The offshore captive over the horizon, on the vendors' timeline: the in-house team works until go-live; the
    captive team is paid from the contract's start (it is hired and trained during the transition), its pay rising
    each year with delivery-country wage growth and converted along the rate's drift; stranded overhead, severance
    and retention as for a vendor. No governance (the team leads are in its cost) and no set-up cost (no source)."""
    rows = in_house_monthly.shape[0]
    months = axis.months
    years = months // 12
    assert rr.captive is not None
    pay = yearly_growth(params["delivery_wage_growth"], years)
    drift = drift_yearly(params, CAPTIVE, years)
    monthly = axis.spread(rr.captive.total[:, None] * (pay if drift is None else pay * drift))
    monthly[:, :axis.column(start)] = 0.0
    parts = {"captive_team": axis.total(monthly)}
    before = slice(0, axis.column(go_live))
    monthly[:, before] += in_house_monthly[:, before]
    parts["in_house_until_go_live"] = axis.total(in_house_monthly[:, before], before)
    monthly[:, stranded_cols] += stranded
    parts["stranded_overhead"] = axis.total(stranded, stranded_cols)
    for name, amount in (("severance", rr.severance), ("retention", rr.retention)):
        amount = np.broadcast_to(np.asarray(amount, dtype=float), (rows,))
        inside = 0 <= go_live < months
        if inside:
            monthly[:, axis.column(go_live)] += amount
        parts[name] = amount if inside else np.zeros(rows)
    return OptionProjection(CAPTIVE, monthly, npv(monthly), parts, weights=None if axis.monthly else axis.count)
