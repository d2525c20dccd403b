"""A mix of functions: several pieces of work, each with its own sourcing choice, priced as one plan.

Conventions: money in the portfolio's currency; every figure over the business case's horizon unless a
name says otherwise. A :class:`Portfolio` holds the settings every function shares (business case,
vendor terms and management, people, uncertainty, in-house assumptions) and one :class:`PortfolioRow`
per function: its workload, its pay where it differs, its vendor prices and the option chosen for it.
Each row is priced by the same model as a single-function :class:`~estimator.scenario.Scenario`
(:meth:`Portfolio.scenario` builds that scenario), so a portfolio of one row gives exactly that
scenario's figures, and a portfolio's totals are the sums of its functions priced alone.

Three plans are compared, case by case (cheap, mid, dear, as in :mod:`estimator.estimate`):

- ``mix``: each row's chosen option;
- ``in_house``: every row in-house;
- ``outsourced``: every row with its cheapest outsourced option by the one rule of
  :func:`estimator.verdict.cheapest_outsourced` (in-house where nothing is priced);
- ``best``: each row's best option by :func:`estimator.verdict.best_option` (the cheapest mix there is at
  the midpoint; a reference for "how far is my mix from the cheapest").

The Monte Carlo draws each function exactly as it draws alone (its own :func:`estimator.params.draws`,
the scenario's seed) and sums the functions per draw. A plan's choice per row is fixed before the draws:
a plan is a decision, not a per-draw optimum. Shared inputs (benefits, wage inflation...) are drawn per
function with the same seed, so they are not forced to one value per draw across functions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from .assumptions import CAPTIVE_CURRENCY, IN_HOUSE_KEYS
from .currency import DEFAULT_CURRENCY, ExchangeRate
from .estimate import Estimate, Range, estimate
from .migrations import FORMAT_VERSION as SCENARIO_FORMAT_VERSION
from .migrations import VERSION_KEY as SCENARIO_VERSION_KEY
from .migrations import FormatVersionError, upgrade
from .options import CAPTIVE, IN_HOUSE, VENDORS, options
from .params import Params, draws
from .pricing import PriceBook
from .projection import break_even_month, discount_factors, project_totals
from .scenario import (
    _SECTION_FIELDS,
    OPTION_LABELS,
    SECTIONS,
    BusinessCase,
    InHouseInputs,
    InputError,
    InputRange,
    People,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    VendorTerms,
    reference_price,
    scenario_from_dict,
    scenario_to_dict,
)
from .uncertainty import PERCENTILES

if TYPE_CHECKING:
    from .captive import CaptiveInputs
from .verdict import best_option, cheapest_outsourced

OPTIONS = options()  # a row may choose the captive where the portfolio sets one
PLANS = ("mix", "in_house", "outsourced", "best")
PLAN_LABELS = {"mix": "Chosen mix", "in_house": "All in-house", "outsourced": "All outsourced",
               "best": "Cheapest per function"}
KIND = "portfolio"
PORTFOLIO_FORMAT_VERSION = 1
# Pay differs by function, so it is set per row; the other in-house assumptions are shared.
ROW_PAY_KEYS = ("annual_salary", "overhead_per_fte_month")
SHARED_IN_HOUSE_KEYS = tuple(k for k in IN_HOUSE_KEYS if k not in ROW_PAY_KEYS)
MAX_ROWS = 500
# Draws projected at once in the Monte Carlo: the projection of one chunk holds a few dozen
# (chunk × months) arrays, about 2,000 × 120 × 8 B = 1.9 MB each at ten years.
CHUNK_DRAWS = 2_000


@dataclass(frozen=True)
class PortfolioRow:
    """One function in the mix.

    ``annual_salary`` and ``overhead_per_fte_month``: ``None`` takes the portfolio's in-house value.
    ``bpo``/``kpo``: the price range or quote for this function (``None``: not priced);
    ``option``: the choice for this row, one of ``in_house``, ``bpo``, ``kpo`` that is priced.
    """

    function: str
    workload: float
    workload_basis: str = "fte"
    option: str = "in_house"
    annual_salary: float | None = None
    overhead_per_fte_month: float | None = None
    bpo: VendorPrice | None = None
    kpo: VendorPrice | None = None

    def price(self, option: str) -> VendorPrice | None:
        """A vendor option's price (None for in-house and the captive, which are priced from pay)."""
        return getattr(self, option) if option in VENDORS else None

    @property
    def available(self) -> tuple[str, ...]:
        """The options this row can choose: in-house, and each vendor option with a price or quote."""
        return (IN_HOUSE, *(o for o in options(vendors_only=True) if self.price(o) is not None))


@dataclass(frozen=True)
class Portfolio:
    """Several functions priced under shared settings; see the module docstring."""

    rows: tuple[PortfolioRow, ...]
    name: str = "Portfolio"
    currency: str = "USD"
    in_house: InHouseInputs = field(default_factory=InHouseInputs)
    vendor_management: VendorManagement = field(default_factory=VendorManagement)
    business_case: BusinessCase = field(default_factory=BusinessCase)
    ranges: tuple[InputRange, ...] = ()
    uncertainty: Uncertainty = field(default_factory=Uncertainty)
    vendor_terms: VendorTerms = field(default_factory=VendorTerms)
    people: People = field(default_factory=People)
    # An offshore captive every row may choose (issue 8), and the rate of its pay's currency; None: not offered.
    captive: CaptiveInputs | None = None
    exchange_rates: tuple[ExchangeRate, ...] = ()
    scenarios: tuple[Scenario, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows = tuple(self.rows)
        if not 1 <= len(rows) <= MAX_ROWS:
            raise InputError("rows", f"give from 1 to {MAX_ROWS} functions, got {len(rows)}")
        object.__setattr__(self, "rows", rows)
        # The shared settings pass through a scenario once: the one check of name and currency, ranges sorted,
        # and a ranged assumption's point value (its mode, else its midpoint) set in its section.
        # The probe holds no price, so it is given the rates of its own amounts (the in-house pay's, the captive's);
        # a rate for the rows' prices (a mix in euros priced from the price book's dollar ranges) is checked against
        # the rows. Given every rate, the probe refused the dollar one ("exchange_rates.USD: no amount is in USD"),
        # and the Mix page could not take the Estimate page's settings in euros.
        # Each rate is judged alone: the dollar's in another currency is the probe's (the sources' figures and limits
        # are dollars: the scenario keeps it, and checks the shared pay against the limits converted), a price's goes
        # round the probe, and any other rate (unused, from another currency, given twice) goes to the probe, whose
        # check names it. The rates were judged as one: a euro mix with in-house pay in rupees and a row quoting in
        # pounds, given the dollar's rate too, was refused "exchange_rates.GBP: no amount is in GBP", and an unused
        # rupee rate beside a pound quote was reported as the pound's.
        rates = self.exchange_rates
        priced = {p.currency for row in rows if isinstance(row, PortfolioRow)  # a row that is not one: said below
                  for p in (row.bpo, row.kpo) if p is not None and p.currency}
        if isinstance(rates, (list, tuple)) and all(isinstance(r, ExchangeRate) for r in rates):
            own = {self.in_house.currency, None if self.captive is None else self.captive.currency}
            if self.currency != DEFAULT_CURRENCY:
                own.add(DEFAULT_CURRENCY)
            targets = [r.target for r in rates]
            for_prices = tuple(r for r in rates if r.target not in own and r.target in priced
                               and r.source == self.currency and targets.count(r.target) == 1)
            rates = tuple(r for r in rates if r not in for_prices)
        else:
            for_prices = ()
        probe = Scenario("portfolio", 0.0, name=self.name, currency=self.currency, in_house=self.in_house,
                         vendor_management=self.vendor_management, business_case=self.business_case,
                         ranges=self.ranges, uncertainty=self.uncertainty, vendor_terms=self.vendor_terms,
                         people=self.people, captive=self.captive, exchange_rates=rates)
        for section in (*SECTIONS, "ranges", "exchange_rates"):
            object.__setattr__(self, section, getattr(probe, section))
        object.__setattr__(self, "exchange_rates", tuple(sorted((*self.exchange_rates, *for_prices),
                                                                key=lambda r: r.target)))
        for r in self.ranges:
            if r.key in ROW_PAY_KEYS:
                raise InputError(f"ranges.{r.key}", "pay is set per function in a portfolio (the row's "
                                 f"{r.key}); a shared range would override every row's")
        scenarios = []
        for i, row in enumerate(rows):
            where = f"rows[{i}]"
            if not isinstance(row, PortfolioRow):
                raise InputError(where, f"must be a portfolio row, got {type(row).__name__}")
            if row.option not in OPTIONS:
                raise InputError(f"{where}.option", f"must be one of {', '.join(OPTIONS)}, got {row.option!r}")
            if row.option == CAPTIVE and self.captive is None:
                raise InputError(f"{where}.option", f"no offshore captive is set for this mix; choose "
                                 f"{' or '.join(OPTION_LABELS[o] for o in row.available)}, or set the captive's pay")
            if row.option not in self.available(row):
                choices = " or ".join(OPTION_LABELS[o] for o in row.available)
                raise InputError(f"{where}.option", f"{row.function} has no {OPTION_LABELS[row.option]} price or quote; "
                                 f"choose {choices}, or enter a {OPTION_LABELS[row.option]} quote")
            try:
                scenarios.append(self._scenario(row))
            except InputError as exc:
                raise InputError(f"{where}.{exc.field}", exc.reason) from None
        object.__setattr__(self, "scenarios", tuple(scenarios))

    def available(self, row: PortfolioRow) -> tuple[str, ...]:
        """The options ``row`` can choose: its priced ones, and the captive where the portfolio sets one."""
        return row.available + ((CAPTIVE,) if self.captive is not None else ())

    def _scenario(self, row: PortfolioRow) -> Scenario:
        pay = {k: getattr(row, k) for k in ROW_PAY_KEYS if getattr(row, k) is not None}
        if pay:
            # the figures' currency named while the row's pay goes in: with None (the reporting currency) the section
            # checked itself against the dollar limits, and a mix in rupees refused its supervisor's converted pay
            # ("must be from 0 to 1,000,000, got 4,870,833"); the scenario checks them at its rates
            pay["currency"] = self.in_house.currency or self.currency
        return Scenario(
            function=row.function, workload=row.workload, workload_basis=row.workload_basis,
            name=row.function, currency=self.currency,
            in_house=replace(self.in_house, **pay) if pay else self.in_house,
            vendor_management=self.vendor_management, bpo=row.bpo, kpo=row.kpo,
            business_case=self.business_case, ranges=self.ranges, uncertainty=self.uncertainty,
            vendor_terms=self.vendor_terms, people=self.people, captive=self.captive,
            exchange_rates=self._rates_for(row))

    def _rates_for(self, row: PortfolioRow) -> tuple[ExchangeRate, ...]:
        """The portfolio's rates that ``row``'s amounts use: its prices', the in-house pay's and the captive's."""
        codes = {p.currency for p in (row.bpo, row.kpo) if p is not None and p.currency}
        codes |= {self.in_house.currency, None if self.captive is None else self.captive.currency}
        if self.currency != DEFAULT_CURRENCY:  # the dollar's, for the sources' figures and limits (a row whose prices
            codes.add(DEFAULT_CURRENCY)         # were shares had none: its pay was checked against no limit)
        return tuple(r for r in self.exchange_rates if r.target in codes)

    def scenario(self, i: int) -> Scenario:
        """Row ``i`` as a single-function scenario: priced alone, it gives that row's figures in the mix."""
        return self.scenarios[i]

    @property
    def functions(self) -> tuple[str, ...]:
        return tuple(r.function for r in self.rows)


def portfolio_of(scenario: Scenario, option: str = "in_house") -> Portfolio:
    """A single-function scenario as a portfolio of one row choosing ``option``.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> p = portfolio_of(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)), "bpo")
    >>> p.rows[0].option, p.scenario(0).workload
    ('bpo', 10.0)
    """
    ih = scenario.in_house
    row = PortfolioRow(scenario.function, scenario.workload, scenario.workload_basis, option,
                       ih.annual_salary, ih.overhead_per_fte_month, scenario.bpo, scenario.kpo)
    return Portfolio((row,), scenario.name, scenario.currency, ih, scenario.vendor_management,
                     scenario.business_case, scenario.ranges, scenario.uncertainty, scenario.vendor_terms,
                     scenario.people, scenario.captive, scenario.exchange_rates)


# --- The point estimate -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    """One plan's cost: ``options[i]`` is the option used for row i.

    ``monthly``: (3 cases × months), cheap, mid, dear; ``by_function``: (rows × 3) horizon totals;
    ``npv``: (3,).
    """

    name: str
    options: tuple[str, ...]
    monthly: np.ndarray
    by_function: np.ndarray
    npv: np.ndarray

    @property
    def label(self) -> str:
        return PLAN_LABELS[self.name]

    @property
    def totals(self) -> np.ndarray:
        """(3,) horizon totals: the sum over functions, in row order, of each function's horizon total."""
        return self.by_function.sum(axis=0)

    @property
    def horizon_total(self) -> Range:
        return Range.from_cases(self.totals)

    @property
    def npv_range(self) -> Range:
        return Range.from_cases(self.npv)


@dataclass(frozen=True)
class Comparison:
    """A plan against a baseline plan: what the plan saves (baseline minus plan), case by case."""

    plan: str
    baseline: str
    horizon_saving: Range
    horizon_saving_share: Range
    npv_saving: Range
    break_even_month: tuple[float | None, float | None, float | None]


@dataclass(frozen=True)
class PortfolioEstimate:
    portfolio: Portfolio
    estimates: tuple[Estimate, ...]  # each row priced alone
    plans: dict[str, Plan]
    discount: np.ndarray

    @property
    def mix(self) -> Plan:
        return self.plans["mix"]

    @property
    def in_house(self) -> Plan:
        return self.plans["in_house"]

    @property
    def outsourced(self) -> Plan:
        return self.plans["outsourced"]

    @property
    def best(self) -> Plan:
        return self.plans["best"]

    def compare(self, plan: str = "mix", baseline: str = "in_house") -> Comparison:
        """What ``plan`` saves against ``baseline`` over the horizon, in NPV, and when it breaks even.

        Break-even: the first month from which the cumulative saving stays above zero (None: never), as
        :meth:`estimator.projection.Projection.break_even_month`.
        """
        p, b = self.plans[plan], self.plans[baseline]
        saving = b.totals - p.totals
        base = b.totals
        share = np.divide(saving, base, out=np.zeros(3), where=base > 0)
        months = break_even_month(np.cumsum(b.monthly - p.monthly, axis=-1))
        return Comparison(plan, baseline, Range.from_cases(saving), Range.from_cases(share),
                          Range.from_cases(b.npv - p.npv),
                          tuple(None if np.isnan(m) else float(m) for m in months))  # type: ignore[arg-type]


def plan_options(estimates: tuple[Estimate, ...], portfolio: Portfolio) -> dict[str, tuple[str, ...]]:
    """The option each plan uses per row, by the verdict's rules."""
    def outsourced(est: Estimate) -> str:
        rival = cheapest_outsourced(est)
        return "in_house" if rival is None else rival.option

    return {
        "mix": tuple(r.option for r in portfolio.rows),
        "in_house": ("in_house",) * len(estimates),
        "outsourced": tuple(outsourced(e) for e in estimates),
        "best": tuple(best_option(e).option for e in estimates),
    }


def estimate_portfolio(portfolio: Portfolio) -> PortfolioEstimate:
    """Every plan's monthly cost, case by case, summed over the portfolio's functions.

    Each function is priced by :func:`estimator.estimate.estimate` (its three cases and its months are
    array axes there); the results are stacked on one more axis, (rows × options × cases × months), and
    each plan picks one option per row from it and sums over rows.

    Example: two functions, one of them outsourced: the mix costs the sum of the two priced alone.

    >>> from estimator.scenario import VendorPrice
    >>> p = Portfolio((PortfolioRow("Customer service", 10, option="bpo", bpo=VendorPrice("per_hour", 20, 30)),
    ...                PortfolioRow("Human resources", 3)))
    >>> pe = estimate_portfolio(p)
    >>> from estimator.estimate import estimate
    >>> alone = [estimate(p.scenario(i)) for i in range(2)]
    >>> parts = alone[0].horizon_total(alone[0].bpo).mid + alone[1].horizon_total(alone[1].in_house).mid
    >>> bool(abs(pe.mix.horizon_total.mid - parts) < 1e-6 * parts)
    True
    """
    # A loop over functions, and only over functions: project() prices one scenario, whose workload,
    # price basis (per hour, per month, savings share) and billing units are scalars of that scenario,
    # and functions differ in all three. Stacking functions as rows of one call needs those as columns
    # of Params (estimator/params.py), left to its owner; inside each call cases and months are arrays.
    estimates = tuple(estimate(s) for s in portfolio.scenarios)
    months = portfolio.business_case.months
    stack = np.full((len(estimates), len(OPTIONS), 3, months), np.nan)
    npvs = np.full((len(estimates), len(OPTIONS), 3), np.nan)
    for i, est in enumerate(estimates):
        for k, option in enumerate(OPTIONS):
            projected = est.projection.option(option)
            if projected is not None:
                stack[i, k] = projected.monthly
                npvs[i, k] = projected.npv
    rows = np.arange(len(estimates))
    plans = {}
    for plan, chosen in plan_options(estimates, portfolio).items():
        pick = np.array([OPTIONS.index(o) for o in chosen])
        monthly = stack[rows, pick]  # (rows × cases × months)
        plans[plan] = Plan(plan, chosen, monthly.sum(axis=0), monthly.sum(axis=-1), npvs[rows, pick].sum(axis=0))
    return PortfolioEstimate(portfolio, estimates, plans, discount_factors(portfolio.business_case.discount_rate, months))


# --- The Monte Carlo ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanDraws:
    """Per draw, each plan's horizon total and NPV, summed over functions: (draws,) arrays."""

    total: dict[str, np.ndarray]
    npv: dict[str, np.ndarray]


# Told (steps done, steps in all) after each chunk of each function: how a page shows progress without
# this package importing the page's toolkit.
Progress = Callable[[int, int], None]


def chunk_count(portfolio: Portfolio, chunk: int = CHUNK_DRAWS) -> int:
    """How many chunks the Monte Carlo projects: functions × ceil(draws / chunk).

    >>> from estimator.scenario import Uncertainty
    >>> chunk_count(Portfolio((PortfolioRow("Customer service", 1), PortfolioRow("Human resources", 1)),
    ...                       uncertainty=Uncertainty(draws=4_500)))
    6
    """
    return len(portfolio.rows) * -(-portfolio.uncertainty.draws // chunk)


def draw_plans(portfolio: Portfolio, options: dict[str, tuple[str, ...]], chunk: int = CHUNK_DRAWS,
               progress: Progress | None = None) -> PlanDraws:
    """Each function's Monte Carlo draws (exactly those it draws alone), projected ``chunk`` draws at a
    time, each plan's cost added per draw. ``progress``, when given, is called after every chunk with the
    chunks done and :func:`chunk_count`.

    Memory: the accumulators hold 2 × plans × draws floats; one function's draws table (draws × about
    40 inputs) and one chunk's projection (a few dozen chunk × months arrays) are alive at a time, so the
    peak grows with draws and with chunk × months, never with the number of functions.
    """
    n = portfolio.uncertainty.draws
    total = {plan: np.zeros(n) for plan in options}
    npv = {plan: np.zeros(n) for plan in options}
    steps, done = chunk_count(portfolio, chunk), 0
    # A loop over functions (see estimate_portfolio) and over chunks of draws; never over draws or months.
    for i, scenario in enumerate(portfolio.scenarios):
        table = draws(scenario).table
        used = {plan: chosen[i] for plan, chosen in options.items()}
        for start in range(0, n, chunk):
            stop = min(start + chunk, n)
            projection = project_totals(scenario, Params(table[start:stop]))  # totals and NPV only
            # Each option's horizon total once per chunk, however many plans use it.
            totals = {o: projection.option(o).total for o in set(used.values())}  # type: ignore[union-attr]
            for plan, option in used.items():
                total[plan][start:stop] += totals[option]
                npv[plan][start:stop] += projection.option(option).npv  # type: ignore[union-attr]
            done += 1
            if progress is not None:
                progress(done, steps)
    return PlanDraws(total, npv)


@dataclass(frozen=True)
class PortfolioSimulation:
    """Across the draws: P10/P50/P90 of each plan's horizon total (a cost :class:`Range`: P10, P50, P90),
    of the mix's saving against each other plan (a saving's Range: P90, P50, P10, the cheap side first as
    in :mod:`estimator.uncertainty`), and the chance that the mix is cheaper (a tie is not cheaper)."""

    draws: int
    seed: int
    distribution: str
    horizon_total: dict[str, Range]
    npv: dict[str, Range]
    mix_saving: dict[str, Range]
    mix_npv_saving: dict[str, Range]
    probability_mix_cheaper: dict[str, float]


def _cost(values: np.ndarray) -> Range:
    return Range.from_cases(np.percentile(values, PERCENTILES))


def _saving(values: np.ndarray) -> Range:
    return Range.from_cases(np.percentile(values, PERCENTILES[::-1]))


def simulate_portfolio(portfolio: Portfolio, estimate: PortfolioEstimate | None = None,
                       chunk: int = CHUNK_DRAWS, progress: Progress | None = None) -> PortfolioSimulation:
    """The Monte Carlo of every plan; the plans' choices come from the point estimate (``estimate``).
    ``progress``: as for :func:`draw_plans`."""
    pe = estimate if estimate is not None else estimate_portfolio(portfolio)
    options = {name: plan.options for name, plan in pe.plans.items()}
    d = draw_plans(portfolio, options, chunk, progress)
    mix_total, mix_npv = d.total["mix"], d.npv["mix"]
    others = [p for p in options if p != "mix"]
    u = portfolio.uncertainty
    return PortfolioSimulation(
        u.draws, u.seed, u.distribution,
        horizon_total={p: _cost(v) for p, v in d.total.items()},
        npv={p: _cost(v) for p, v in d.npv.items()},
        mix_saving={p: _saving(d.total[p] - mix_total) for p in others},
        mix_npv_saving={p: _saving(d.npv[p] - mix_npv) for p in others},
        probability_mix_cheaper={p: float(np.mean(mix_total < d.total[p])) for p in others},
    )


# --- The file form --------------------------------------------------------------------------------------

_ROW_FIELDS = ("function", "workload", "option", *ROW_PAY_KEYS, *options(vendors_only=True))
_TOP_FIELDS = ("kind", "format_version", "name", "currency", "rows", "ranges", *_SECTION_FIELDS, CAPTIVE,
               "exchange_rates")


def shared_from_scenario(form: dict[str, Any]) -> dict[str, Any]:
    """A one-function scenario's settings (its JSON form) as a portfolio's shared sections: the business case,
    vendor terms and management, people, uncertainty, currency, rates, captive and the in-house assumptions
    but pay (pay, and a range on it, is per row); the function, workload, prices and name stay with that scenario.

    >>> shared = shared_from_scenario({"name": "x", "function": "IT", "workload": {"fte": 3}, "bpo": None,
    ...     "business_case": {"horizon_years": 7}, "in_house": {"annual_salary": 9, "shrinkage": 0.3},
    ...     "ranges": {"annual_salary": {"low": 1, "high": 2}, "shrinkage": {"low": 0.2, "high": 0.4}}})
    >>> shared == {"business_case": {"horizon_years": 7}, "in_house": {"shrinkage": 0.3},
    ...            "ranges": {"shrinkage": {"low": 0.2, "high": 0.4}}}
    True
    """
    shared = {k: v for k, v in form.items() if k in _TOP_FIELDS and k not in ("kind", "format_version", "name", "rows")}
    for section in ("in_house", "ranges"):
        if section in shared:
            shared[section] = {k: v for k, v in (shared[section] or {}).items() if k not in ROW_PAY_KEYS}
    rates = shared.get("exchange_rates")
    if isinstance(rates, dict):
        # the rates of what comes across: the in-house money's, the captive's and the dollar's (the sources' figures);
        # a rate only the scenario's quote used stays with the quote. A EUR quote's rate came across without it, and
        # the mix was refused, "exchange_rates.EUR: no amount is in EUR ... remove its rate", with no field to remove
        # it on the Mix page (session 18's walk)
        used = _own_currencies(shared.get("in_house"), shared.get(CAPTIVE)) | {DEFAULT_CURRENCY}
        shared["exchange_rates"] = {code: rate for code, rate in rates.items() if code in used}
    return shared


def portfolio_to_dict(portfolio: Portfolio) -> dict[str, Any]:
    """The JSON form: ``"kind": "portfolio"``, its own ``format_version``, the shared sections written as a
    scenario file writes them, and a list of rows; every number explicit, so it reads back unchanged."""
    one = scenario_to_dict(replace(portfolio.scenario(0), in_house=portfolio.in_house))
    rows = []
    for row in portfolio.rows:
        out: dict[str, Any] = {"function": row.function, "workload": {row.workload_basis: row.workload},
                               "option": row.option}
        out.update({k: getattr(row, k) for k in ROW_PAY_KEYS if getattr(row, k) is not None})
        for option in options(vendors_only=True):
            price = row.price(option)
            out[option] = None if price is None else {k: v for k, v in asdict(price).items() if k != "option"}
        rows.append(out)
    return {
        "kind": KIND,
        "format_version": PORTFOLIO_FORMAT_VERSION,
        "name": portfolio.name,
        "currency": portfolio.currency,
        "rows": rows,
        **{k: one[k] for k in ("in_house", "vendor_management", "vendor_terms", "people", "business_case",
                               "ranges", "uncertainty")},
        **{k: one[k] for k in (CAPTIVE, "exchange_rates") if k in one},  # written only where a captive is set
    }


def portfolio_from_dict(data: Any, book: PriceBook) -> Portfolio:
    """Build and validate a :class:`Portfolio` from its JSON form; raise :class:`InputError`.

    Each row is read as a one-function scenario file would be (:func:`estimator.scenario.scenario_from_dict`:
    an omitted vendor price takes the price book's range, ``null`` means none), with the shared sections.
    A row's omitted pay takes the shared ``in_house`` value when that section gives it, else the function's
    own default. Errors in a row are named ``rows[i].field``.
    """
    if not isinstance(data, dict):
        raise InputError("portfolio", "must be a JSON object")
    if data.get("kind") != KIND:
        raise InputError("kind", f"must be {KIND!r} for a portfolio file, got {data.get('kind')!r}")
    try:
        data = upgrade(data, migrations={}, current=PORTFOLIO_FORMAT_VERSION)
    except FormatVersionError as exc:
        raise InputError(exc.field, exc.reason) from None
    unknown = sorted(set(data) - set(_TOP_FIELDS))
    if unknown:
        raise InputError(f"portfolio.{unknown[0]}", f"is not a known field; known: {', '.join(_TOP_FIELDS)}")
    rows_in = data.get("rows")
    if not isinstance(rows_in, list) or not rows_in:
        raise InputError("rows", "must be a list of one or more functions, e.g. [{\"function\": "
                         "\"Customer service\", \"workload\": {\"fte\": 10}, \"option\": \"bpo\"}]")
    if len(rows_in) > MAX_ROWS:
        raise InputError("rows", f"give from 1 to {MAX_ROWS} functions, got {len(rows_in)}")
    shared = {k: data[k] for k in ("vendor_management", "vendor_terms", "people", "business_case", "ranges",
                                   "uncertainty", "currency", CAPTIVE, "exchange_rates") if k in data}
    in_house = data.get("in_house") or {}
    if not isinstance(in_house, dict):
        raise InputError("in_house", f"must be an object of named numbers, got {type(in_house).__name__}")
    # The sections are in a scenario's current form (portfolios came after its version 1): stamped so, or
    # scenario_from_dict would read them as version 1, whose vendor bills during the transition (every mix's
    # vendor options were dearer than the same work on the Estimate page: $2,911,421 against $2,811,321).
    current = {SCENARIO_VERSION_KEY: SCENARIO_FORMAT_VERSION}
    # A rate may be for the rows' prices only (a mix in euros priced from the price book's dollar ranges): the probe,
    # which has no price, and each row are given the rates their own amounts use (Portfolio checks the rest).
    for_prices = _price_currencies(rows_in, shared, book)
    rates = shared.get("exchange_rates")
    rates = rates if isinstance(rates, dict) else {}
    captive = shared.get(CAPTIVE)
    own = set(rates) - set().union(*for_prices) | _own_currencies(in_house, captive)
    # The dollar's rate converts the sources' figures a file leaves out (each row's default pay, the shared in-house
    # money, the vendor manager's pay) and their limits, not only the rows' book prices: every row is given it, and so
    # is the probe, which checks the shared pay against those limits. Given it only where the shared sections left
    # a sourced figure out, a mix giving all five with a book-priced row had its shared supervisor's pay over the limit
    # named where the first row found it, "rows[0].in_house.supervisor_salary", not in "in_house".
    dollar = {DEFAULT_CURRENCY} if shared.get("currency", DEFAULT_CURRENCY) != DEFAULT_CURRENCY else set()

    def with_rates(codes: set[Any]) -> dict[str, Any]:
        return shared if not rates else {**shared, "exchange_rates": {c: v for c, v in rates.items() if c in codes}}

    # The shared sections, read once through a probe scenario, so their errors name the section.
    # The probe's pay, where the shared section gives none, is the first row's: in another currency than dollars, the
    # dollar default (41,600) was checked as rupees against the rupee limits and refused a mix whose every row gives
    # its pay ("in_house.annual_salary: must be from 83,000 to 83,000,000 INR ..., got 41,600").
    first = rows_in[0] if isinstance(rows_in[0], dict) else {}
    probe_in_house = {**{k: first[k] for k in ROW_PAY_KEYS if k in first}, **in_house}
    try:
        probe = scenario_from_dict({**current, "function": book.functions[0], "workload": {"fte": 1}, "bpo": None,
                                    "kpo": None, "in_house": probe_in_house,
                                    **with_rates(own | dollar)}, book)
    except InputError as exc:  # the first row's pay: named as that row's
        if exc.field.partition(".")[2] in set(probe_in_house) - set(in_house):
            raise InputError(f"rows[0].{exc.field}", exc.reason) from None
        raise
    used = {r.target: r for r in probe.exchange_rates}
    rows = []
    for i, spec in enumerate(rows_in):
        where = f"rows[{i}]"
        if not isinstance(spec, dict):
            raise InputError(where, "must be an object with function, workload and option")
        unknown = sorted(set(spec) - set(_ROW_FIELDS))
        if unknown:
            raise InputError(f"{where}.{unknown[0]}", f"is not a known field; known: {', '.join(_ROW_FIELDS)}")
        pay = {k: spec[k] for k in ROW_PAY_KEYS if k in spec}
        prices = {k: spec[k] for k in options(vendors_only=True) if k in spec}
        try:
            s = scenario_from_dict({**current, "function": spec.get("function"), "workload": spec.get("workload"),
                                    "in_house": {**in_house, **pay}, **prices,
                                    **with_rates(own | for_prices[i] | dollar)}, book)
        except InputError as exc:
            raise InputError(f"{where}.{exc.field}", exc.reason) from None
        used |= {r.target: r for r in s.exchange_rates}
        resolved = {k: (getattr(s.in_house, k) if k in pay or k not in in_house else None) for k in ROW_PAY_KEYS}
        option = spec.get("option", "in_house")
        rows.append(PortfolioRow(s.function, s.workload, s.workload_basis, option, bpo=s.bpo, kpo=s.kpo, **resolved))
    name = data.get("name", "Portfolio")
    return Portfolio(tuple(rows), name, probe.currency, probe.in_house, probe.vendor_management,
                     probe.business_case, probe.ranges, probe.uncertainty, probe.vendor_terms, probe.people,
                     probe.captive, tuple(used[c] for c in sorted(used)))


def _own_currencies(in_house: Any, captive: Any) -> set[Any]:
    """The currencies the shared sections' own amounts are in (their JSON form): the in-house money's (None: the
    reporting currency's) and the offshore captive's pay, where one is offered."""
    return {in_house.get("currency") if isinstance(in_house, dict) else None} | (
        {captive.get("currency", CAPTIVE_CURRENCY)} if isinstance(captive, dict) else set())


def _price_currencies(rows_in: list[Any], shared: dict[str, Any], book: PriceBook) -> list[set[Any]]:
    """Per row of a portfolio's JSON form, the currencies its vendor prices are in: a quote's own (the reporting
    currency where it names none), or the price book's range's where the row gives none; no savings share's."""
    reporting = shared.get("currency", "USD")
    out = []
    for spec in rows_in:
        codes: set[Any] = set()
        for option in options(vendors_only=True):
            if not isinstance(spec, dict):
                break
            if option in spec:
                price = spec[option]
                if isinstance(price, dict) and price.get("basis") != "savings_share":
                    codes.add(price.get("currency") or reporting)
                continue
            function = spec.get("function")
            ref = reference_price(book, function, option) if isinstance(function, str) and function in book.functions \
                else None
            if ref is not None and ref.basis != "savings_share":
                codes.add(ref.currency or reporting)
        out.append(codes)
    return out


def load_portfolio(text: str, book: PriceBook) -> Portfolio:
    """Parse portfolio JSON text; raise :class:`InputError` with a one-line message."""
    return portfolio_from_dict(_json(text, "portfolio"), book)


def dump_portfolio(portfolio: Portfolio) -> str:
    return json.dumps(portfolio_to_dict(portfolio), indent=2) + "\n"


def load_document(text: str, book: PriceBook) -> Scenario | Portfolio:
    """A scenario file or a portfolio file, told apart by ``"kind": "portfolio"``; a file without ``kind``
    is a one-function scenario, read exactly as :func:`estimator.scenario.load_scenario` reads it."""
    data = _json(text, "file")
    if isinstance(data, dict) and "kind" in data:
        return portfolio_from_dict(data, book)
    return scenario_from_dict(data, book)


def _json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(what, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
