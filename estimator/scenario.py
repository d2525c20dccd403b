"""Scenario inputs: what is being priced, validated once where they enter.

Conventions: results in the reporting ``currency`` (USD by default); the in-house figures
(``in_house.currency``) and each vendor price (``bpo.currency``, ``kpo.currency``) may be in another
currency, converted at the scenario's rate for it (``exchange_rates``: how many units of that currency one
unit of the reporting currency buys, "1 USD = 83.0 INR", with its yearly drift). Salaries per year,
overhead per FTE per month; shares are fractions. Workload is productive hours
of work per month, given directly (``hours_per_month``) or as an in-house
headcount (``fte``). A vendor price of ``None`` means "no reference price and
no quote yet": the option is shown as needing a quote, never as zero.

A scenario file is the JSON form of :class:`Scenario` (see README). Omitted
in-house fields take their defaults from :mod:`estimator.assumptions`; an
omitted vendor price takes the reference range from the price book.
"""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .assumptions import (
    ASSUMPTIONS,
    BILLED_UNITS,
    BUSINESS_CASE_KEYS,
    IN_HOUSE_KEYS,
    LOCATIONS,
    MAX_RAMP_MONTHS,
    PEOPLE_KEYS,
    RAMP_UP,
    RANGE_KEYS,
    VENDOR_MANAGEMENT_KEYS,
    VENDOR_TERMS_KEYS,
    Assumption,
    employees_served,
    in_house_defaults,
)
from .contact_workload import ContactWorkload
from .currency import converted
from .formatting import shown, written
from .options import CAPTIVE, LABELS, VENDORS, options
from .pricing import BASES, PriceBook
from .ranges import InputError, Range
from .ranges import check_number as _check  # the one number check, under the name this module's callers use
from .staffing import StaffingError

if TYPE_CHECKING:  # captive.py imports this module; at run time imported where used
    from .captive import CaptiveInputs
    from .currency import ExchangeRate

OPTION_LABELS = LABELS  # kept under its old name for the modules that import it from here
WORKLOAD_BASES = ("hours_per_month", "fte", "contacts")
CONTACT_BASES = ("per_contact", "per_minute")  # vendor prices that need a contact volume
MAX_HOURS_PER_MONTH = 10_000_000.0
MAX_FTE = 100_000.0
MAX_TEXT = 200
# A scenario's JSON form is three levels deep (ranges.annual_salary.low); a file nested deeper is refused
# before anything walks it, since Python's own copy and json recursion give out near a thousand levels.
MAX_DEPTH = 8


def _key(key: object) -> str:
    """A field name from a file, for a message's field path: escaped onto one line and cut to 40 characters."""
    text = repr(key)[1:-1] if isinstance(key, str) else repr(key)
    return text if len(text) <= 40 else text[:39] + "…"


def _one_of(name: str, value: Any, choices: Any) -> None:
    """``value`` is one of ``choices`` (a tuple or a dict's keys); a list or object from a file is refused too."""
    if not isinstance(value, str) or value not in choices:
        raise InputError(name, f"must be one of {', '.join(choices)}, got {shown(value)}")


def _text(name: str, value: Any) -> None:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise InputError(name, f"must be text of 1 to {MAX_TEXT} characters, got {shown(value)}")


# The in-house figures that are money: in ``in_house.currency``. Each component of the in-house cost is
# proportional to one of them, so converting these four converts the whole in-house cost.
IN_HOUSE_MONEY = ("annual_salary", "supervisor_salary", "overhead_per_fte_month", "cost_per_hire")
# Money limits in estimator.assumptions are in US dollars, as the sources' figures are. An amount in another
# currency is checked against them once converted (Scenario); before the dollar's rate is known, only against this.
MAX_ANY_MONEY = 1e15
# The money figures in the reporting currency whose sources and limits are dollars: the vendor manager's pay.
HOME_MONEY = ("governance_salary",)
DOLLAR = "USD"  # the currency of the sources' money figures and of the money limits in estimator.assumptions


def range_around(key: str, value: float, per_dollar: float | None = 1.0) -> Range:
    """The sources' range of assumption ``key`` around ``value`` (:meth:`Assumption.range_around`), for a value in
    a currency ``per_dollar`` units to the US dollar (the sources' ranges and the limits that clamp them are
    dollars): moved in dollars, clamped to the dollar limits, then taken back. ``per_dollar`` None (no dollar rate
    known): the range moves by the same shares, clamped only to 0..:data:`MAX_ANY_MONEY` (limits read in the wrong
    currency would cut a rupee figure's range to the dollar limits).

    >>> range_around("annual_salary", 41_600 * 80, 80.0)
    Range(low=2496000.0, high=4160000.0, mode=3328000.0)
    >>> r = range_around("overhead_per_fte_month", 182_250, 1 / 0.012)  # $2,187 in rupees: over the $100,000 limit
    >>> round(r.low, 2), round(r.high, 2), r.mode  # the sources' $1,514-3,028 at 0.012
    (126166.67, 252333.33, 182250.0)
    >>> r = range_around("overhead_per_fte_month", 182_250, None)
    >>> round(r.low, 2), round(r.high, 2)
    (126166.67, 252333.33)
    """
    a = ASSUMPTIONS[key]
    if per_dollar == 1.0 or key not in IN_HOUSE_MONEY:
        return a.range_around(value)
    if per_dollar is None:
        if a.low is None or a.high is None or a.default == 0:
            return Range(float(value), float(value), float(value))
        low, high = a.low / a.default * value, a.high / a.default * value
        return Range(float(max(0.0, min(low, value))), float(min(MAX_ANY_MONEY, max(high, value))), float(value))
    # the sourced default as the pages show it, converted and rounded to whole units (estimator.currency.converted), is
    # the default: moved by that rounding, $52,000 at 1 INR = 0.012 USD read 4,333,334 for 4,333,333 (3,466,667 INR
    # is $41,600.004, which scales the $52,000 top to $52,000.005)
    dollars = a.default if value == converted(a.default, per_dollar) else value / per_dollar
    moved = a.range_around(dollars)
    return Range(float(min(moved.low * per_dollar, value)), float(max(moved.high * per_dollar, value)), float(value))


def _money_limits(key: str, loose: bool) -> tuple[float, float]:
    a = ASSUMPTIONS[key]
    return (0.0, MAX_ANY_MONEY) if loose else (a.minimum, a.maximum)


class SourcedDollars(float):
    """A money field left at the sources' default, which is US dollars (41,600 a year for an agent): a
    :class:`Scenario` with that field in another currency converts it at its dollar rate, the pages' and files'
    rounding (:func:`sourced_defaults`), or refuses, naming it, without one. Taken as the field's currency,
    ``Scenario(currency="INR")`` priced a vendor manager at 98,580 rupees a year (about $1,190). A figure given
    is a plain float and is kept as given; in dollars this is the float it holds.

    >>> a = SourcedDollars(98_580.0)
    >>> a == 98_580.0, a + 1, repr(a)
    (True, 98581.0, '98580.0')
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return float.__repr__(self)

    def __reduce__(self) -> tuple[Any, ...]:  # copied and pickled as itself (st.cache, copy.copy)
        return SourcedDollars, (float(self),)


def _check_section(obj: Any, section: str, keys: tuple[str, ...], whole: tuple[str, ...] = (),
                   loose: tuple[str, ...] = ()) -> None:
    """Validate a section's named assumptions once, against their limits in :mod:`estimator.assumptions`;
    ``whole`` names the ones that must be whole numbers (months, years); ``loose`` the money figures in a
    currency whose rate is not known here (the scenario checks them converted)."""
    for key in keys:
        a = ASSUMPTIONS[key]
        low, high = (0.0, MAX_ANY_MONEY) if loose and key in loose else (a.minimum, a.maximum)
        given = getattr(obj, key)
        value = _check(f"{section}.{key}", given, low, high)
        if isinstance(given, SourcedDollars):  # still the sources' dollars: the scenario converts it
            value = given
        if key in whole:
            if value != int(value):
                raise InputError(f"{section}.{key}", f"must be a whole number, got {value:g}")
            value = int(value)
        object.__setattr__(obj, key, value)


def _currency_or_none(obj: Any, name: str) -> None:
    if obj.currency is not None:
        from .currency import check_currency  # imported here: currency.py needs InputError from this module

        object.__setattr__(obj, "currency", check_currency(obj.currency, name))


@dataclass(frozen=True)
class InHouseInputs:
    """Fully loaded in-house cost drivers (see :mod:`estimator.assumptions` for units and sources)."""

    annual_salary: float = SourcedDollars(ASSUMPTIONS["annual_salary"].default)
    benefits_load: float = ASSUMPTIONS["benefits_load"].default
    shrinkage: float = ASSUMPTIONS["shrinkage"].default
    paid_hours_per_year: float = ASSUMPTIONS["paid_hours_per_year"].default
    span_of_control: float = ASSUMPTIONS["span_of_control"].default
    supervisor_salary: float = SourcedDollars(ASSUMPTIONS["supervisor_salary"].default)
    overhead_per_fte_month: float = SourcedDollars(ASSUMPTIONS["overhead_per_fte_month"].default)
    annual_attrition: float = ASSUMPTIONS["annual_attrition"].default
    cost_per_hire: float = SourcedDollars(ASSUMPTIONS["cost_per_hire"].default)
    # The currency of the money figures above (pay, supervisor pay, overhead a head, cost per hire): None for the
    # scenario's reporting currency (a Scenario given that currency by name makes it None).
    currency: str | None = None

    def __post_init__(self) -> None:
        _currency_or_none(self, "in_house.currency")
        _check_section(self, "in_house", IN_HOUSE_KEYS, loose=IN_HOUSE_MONEY if self.currency is not None else ())


@dataclass(frozen=True)
class VendorManagement:
    """Retained cost of running a vendor: governance per month, selection and transition once."""

    governance_rate: float = ASSUMPTIONS["governance_rate"].default
    first_year_governance_rate: float = ASSUMPTIONS["first_year_governance_rate"].default
    vendor_selection_rate: float = ASSUMPTIONS["vendor_selection_rate"].default
    transition_rate: float = ASSUMPTIONS["transition_rate"].default
    governance_min_fte: float = ASSUMPTIONS["governance_min_fte"].default
    governance_salary: float = SourcedDollars(ASSUMPTIONS["governance_salary"].default)  # in the reporting currency

    def __post_init__(self) -> None:
        # the manager's pay is in the reporting currency, not known here: the scenario checks it against its limits
        _check_section(self, "vendor_management", VENDOR_MANAGEMENT_KEYS, loose=HOME_MONEY)


@dataclass(frozen=True)
class BusinessCase:
    """The decision over the contract: horizon, inflation, escalation, discounting, transition and exit."""

    horizon_years: int = int(ASSUMPTIONS["horizon_years"].default)
    wage_inflation: float = ASSUMPTIONS["wage_inflation"].default
    contract_escalation: float = ASSUMPTIONS["contract_escalation"].default
    discount_rate: float = ASSUMPTIONS["discount_rate"].default
    dual_running_months: int = int(ASSUMPTIONS["dual_running_months"].default)
    exit_rate: float = ASSUMPTIONS["exit_rate"].default
    selection_months: int = int(ASSUMPTIONS["selection_months"].default)

    def __post_init__(self) -> None:
        _check_section(self, "business_case", BUSINESS_CASE_KEYS,
                       whole=("horizon_years", "dual_running_months", "selection_months"))
        if self.selection_months + self.dual_running_months > self.months:
            raise InputError("business_case.dual_running_months",
                             f"selection and transition must fit in the horizon, {self.months} months, got "
                             f"{self.selection_months} + {self.dual_running_months}")

    @property
    def months(self) -> int:
        return 12 * self.horizon_years

    @property
    def go_live_month(self) -> int:
        """The first month (1-based) in which the vendor does the work: after selection and transition."""
        return self.selection_months + self.dual_running_months + 1


ESCALATION_INDICES = {"home_cpi": "Home CPI (contract escalation)", "delivery_wages": "Delivery-country wage growth"}


@dataclass(frozen=True)
class VendorTerms:
    """What a vendor's hour really buys and the contract's commercial terms.

    ``handle_time_ratio``: vendor hours per in-house hour of the same work; ``ramp_up``: extra vendor hours
    in the first months after go-live (shares of the steady hours); ``escalation_index``: what fees follow
    each year (``home_cpi`` = ``business_case.contract_escalation``, or ``delivery_wages``), capped at
    ``escalation_cap`` and less the ``productivity_commitment``; VAT on fees less the share recovered.
    """

    handle_time_ratio: float = ASSUMPTIONS["handle_time_ratio"].default
    vendor_shrinkage: float = ASSUMPTIONS["vendor_shrinkage"].default
    delivery_wage_growth: float = ASSUMPTIONS["delivery_wage_growth"].default
    escalation_cap: float = ASSUMPTIONS["escalation_cap"].default
    productivity_commitment: float = ASSUMPTIONS["productivity_commitment"].default
    vat_rate: float = ASSUMPTIONS["vat_rate"].default
    vat_recoverable_share: float = ASSUMPTIONS["vat_recoverable_share"].default
    escalation_index: str = "home_cpi"
    bills_during_transition: bool = False
    ramp_up: tuple[float, ...] = RAMP_UP

    def __post_init__(self) -> None:
        _check_section(self, "vendor_terms", VENDOR_TERMS_KEYS)
        _one_of("vendor_terms.escalation_index", self.escalation_index, ESCALATION_INDICES)
        if not isinstance(self.bills_during_transition, bool):
            raise InputError("vendor_terms.bills_during_transition",
                             f"must be true or false, got {shown(self.bills_during_transition)}")
        if isinstance(self.ramp_up, (str, bytes)) or not hasattr(self.ramp_up, "__iter__"):
            raise InputError("vendor_terms.ramp_up", "must be a list of shares, e.g. [0.3, 0.2, 0.1]")
        ramp = tuple(_check("vendor_terms.ramp_up", v, 0.0, 5.0) for v in self.ramp_up)
        if len(ramp) > MAX_RAMP_MONTHS:
            raise InputError("vendor_terms.ramp_up", f"must cover at most {MAX_RAMP_MONTHS} months, got {len(ramp)}")
        object.__setattr__(self, "ramp_up", ramp)


@dataclass(frozen=True)
class People:
    """Displaced staff and stranded premises: severance, retention bonuses, overhead that outlives the team.

    ``staff_transfer``: the staff move to the vendor with the work (UK TUPE, the EU Acquired Rights
    Directive): no severance and no retention bonus.
    """

    leaver_share: float = ASSUMPTIONS["leaver_share"].default
    severance_weeks_per_year: float = ASSUMPTIONS["severance_weeks_per_year"].default
    severance_min_weeks: float = ASSUMPTIONS["severance_min_weeks"].default
    average_tenure_years: float = ASSUMPTIONS["average_tenure_years"].default
    retention_bonus_share: float = ASSUMPTIONS["retention_bonus_share"].default
    stranded_overhead_share: float = ASSUMPTIONS["stranded_overhead_share"].default
    stranded_months: int = int(ASSUMPTIONS["stranded_months"].default)
    staff_transfer: bool = False

    def __post_init__(self) -> None:
        _check_section(self, "people", PEOPLE_KEYS, whole=("stranded_months",))
        if not isinstance(self.staff_transfer, bool):
            raise InputError("people.staff_transfer", f"must be true or false, got {shown(self.staff_transfer)}")


DISTRIBUTIONS = ("uniform", "triangular", "pert")
# Each distribution as the sidebar's select names it and the comparison writes it: short, "PERT (mode at the
# midpoint)" was cut off in the sidebar at 1440 px (its help says it)
DISTRIBUTION_LABELS = {"pert": "PERT", "uniform": "Uniform", "triangular": "Triangular"}
# The sections of a scenario that hold named assumptions, in the order a scenario file lists them.
SECTIONS = ("in_house", "vendor_management", "vendor_terms", "people", "business_case")


@dataclass(frozen=True)
class Uncertainty:
    """Monte Carlo settings: the same inputs and seed give the same draws."""

    draws: int = 10_000
    seed: int = 2026
    distribution: str = "pert"
    sourced_ranges: bool = True
    escalation_correlation: float = ASSUMPTIONS["escalation_correlation"].default

    def __post_init__(self) -> None:
        if not isinstance(self.sourced_ranges, bool):
            raise InputError("uncertainty.sourced_ranges", f"must be true or false, got {shown(self.sourced_ranges)}")
        a = ASSUMPTIONS["escalation_correlation"]
        object.__setattr__(self, "escalation_correlation", _check("uncertainty.escalation_correlation",
                                                                  self.escalation_correlation, a.minimum, a.maximum))
        draws = _check("uncertainty.draws", self.draws, 100, 100_000)
        seed = _check("uncertainty.seed", self.seed, 0, 2**32 - 1)
        if draws != int(draws) or seed != int(seed):
            raise InputError("uncertainty", "draws and seed must be whole numbers")
        _one_of("uncertainty.distribution", self.distribution, DISTRIBUTIONS)
        object.__setattr__(self, "draws", int(draws))
        object.__setattr__(self, "seed", int(seed))


def _set_range(obj: Any, checked: Range) -> None:
    """Store a checked range's ends and mode on an input that keeps them as fields of its own (its JSON form and
    positional constructor: ``InputRange("shrinkage", 0.2, 0.4)``, ``VendorPrice("per_hour", 20, 30)``)."""
    object.__setattr__(obj, "low", checked.low)
    object.__setattr__(obj, "high", checked.high)
    object.__setattr__(obj, "mode", checked.mode)


@dataclass(frozen=True)
class InputRange:
    """An assumption given as a range: ``low``..``high``, with its most likely value ``mode`` (midpoint if None).

    The mode is the scenario's point value for the mid case and the peak of a triangular or PERT draw.
    """

    key: str
    low: float
    high: float
    mode: float | None = None

    def __post_init__(self) -> None:
        if self.key not in RANGE_KEYS:
            raise InputError(f"ranges.{_key(self.key)}", f"cannot be a range; these can: {', '.join(RANGE_KEYS)}")
        # an in-house money range may be in another currency: the scenario checks it converted
        _set_range(self, Range.checked(f"ranges.{self.key}.{{end}}", self.low, self.high, self.mode,
                                       *_money_limits(self.key, self.key in IN_HOUSE_MONEY + HOME_MONEY)))

    @property
    def range(self) -> Range:
        return Range(self.low, self.high, self.mode)

    @property
    def point(self) -> float:
        """The most likely value: the mode where one is given, else the midpoint."""
        return self.range.mid


@dataclass(frozen=True)
class VendorPrice:
    """A vendor's price range on one basis.

    ``per_hour``: currency per productive hour; ``per_month``: currency per
    billing unit per month, times ``units``; ``savings_share``: fraction below
    the fully loaded in-house cost of the same work.
    """

    basis: str
    low: float
    high: float
    units: float = 1.0
    source: str = "vendor quote"
    option: str = "vendor"
    mode: float | None = None
    billed: str = "productive_hour"
    location: str = "not_stated"
    currency: str | None = None  # the quote's currency; None: the scenario's reporting currency (a Scenario makes
    # a price given in its reporting currency by name, or a savings share, None)

    def __post_init__(self) -> None:
        name = f"{self.option}.price"
        _currency_or_none(self, f"{name}.currency")
        _one_of(f"{name}.basis", self.basis, BASES)
        _one_of(f"{name}.billed", self.billed, BILLED_UNITS)
        _one_of(f"{name}.location", self.location, LOCATIONS)
        _text(f"{name}.source", self.source)
        top = 0.99 if self.basis == "savings_share" else 1_000_000.0
        _set_range(self, Range.checked(f"{name}.{{end}}", self.low, self.high, self.mode, 0.0, top))
        object.__setattr__(self, "units", _check(f"{name}.units", self.units, 0.0, 1_000_000.0))

    @property
    def range(self) -> Range:
        return Range(self.low, self.high, self.mode)

    @property
    def mid(self) -> float:
        """The midpoint: the mid case's price (a mode shapes only the Monte Carlo's draws)."""
        return self.range.midpoint


def _cents(amount: float) -> str:
    """Money in a message: to the cent, whole amounts without ``.00``.

    >>> _cents(83_333.333333), _cents(80_000.0), _cents(1_000_000.0)
    ('83,333.33', '80,000', '1,000,000')
    """
    return f"{amount:,.2f}".removesuffix(".00")


@dataclass(frozen=True)
class Scenario:
    """Everything one estimate needs."""

    function: str
    workload: float
    workload_basis: str = "fte"
    name: str = "Scenario"
    currency: str = "USD"
    in_house: InHouseInputs = field(default_factory=InHouseInputs)
    vendor_management: VendorManagement = field(default_factory=VendorManagement)
    bpo: VendorPrice | None = None
    kpo: VendorPrice | None = None
    business_case: BusinessCase = field(default_factory=BusinessCase)
    ranges: tuple[InputRange, ...] = ()
    uncertainty: Uncertainty = field(default_factory=Uncertainty)
    vendor_terms: VendorTerms = field(default_factory=VendorTerms)
    people: People = field(default_factory=People)
    contact_centre: ContactWorkload | None = None  # the queues, when workload_basis is "contacts"
    # One rate per foreign currency used, from the reporting currency: ExchangeRate("USD", "INR", 83.0).
    exchange_rates: tuple[ExchangeRate, ...] = ()
    # An offshore captive priced as a fourth option (its pay in its own currency, estimator.captive); None: not
    # offered. Off by default, so a scenario without one is priced as before.
    captive: CaptiveInputs | None = None

    def __post_init__(self) -> None:
        _one_of("workload_basis", self.workload_basis, WORKLOAD_BASES)
        if (self.workload_basis == "contacts") != isinstance(self.contact_centre, ContactWorkload):
            raise InputError("workload.contacts", "a contact-volume workload needs its queues, and queues need "
                                                  "the contacts workload basis")
        if self.contact_centre is not None:  # the workload is the Erlang C agent hours at the plan's volume
            object.__setattr__(self, "workload", self.contact_centre.point_agent_hours)
        top = {"fte": MAX_FTE}.get(self.workload_basis, MAX_HOURS_PER_MONTH)
        object.__setattr__(self, "workload", _check(f"workload.{self.workload_basis}", self.workload, 0.0, top))
        for name in ("function", "name"):
            _text(name, getattr(self, name))
        if self.captive is not None:
            from .captive import CaptiveInputs

            if not isinstance(self.captive, CaptiveInputs):
                raise InputError("captive", f"must be the captive's pay and loads, got {shown(self.captive)}")
        # any iterable of ranges, made a tuple before anything reads it: the currency checks below read the ranges
        # (a generator was spent there, its ranges lost, and a set or a generator read as none by the dollar defaults'
        # check: sessions 23 and 27's mutation runs)
        object.__setattr__(self, "ranges", tuple(sorted(self.ranges, key=lambda r: r.key)))
        self._resolve_currencies()
        for option in options(vendors_only=True):
            price = getattr(self, option)
            if price is not None and price.basis in CONTACT_BASES and self.contact_centre is None:
                raise InputError(f"{option}.basis", f"{price.basis} needs a contact volume: give the workload as "
                                                    "contacts (the Contact centre page's queues)")
        keys = [r.key for r in self.ranges]
        if len(set(keys)) != len(keys):
            raise InputError("ranges", "give each assumption at most one range")
        # A ranged assumption's point value is its mode, or its midpoint: one truth for the mid case.
        for section in SECTIONS:
            obj = getattr(self, section)
            mids = {r.key: r.point for r in self.ranges if hasattr(obj, r.key)}
            if mids and any(getattr(obj, k) != v for k, v in mids.items()):
                if section == "in_house" and obj.currency is None and self.currency != DOLLAR:
                    # in the reporting currency, not dollars: checked above against the dollar limits converted.
                    # Checked again as dollars, a rupee file with a shrinkage range was refused ("in_house.
                    # supervisor_salary: must be from 0 to 1,000,000, got 1,245,000"), whatever its rates.
                    obj = replace(obj, currency=self.currency, **mids)
                    object.__setattr__(obj, "currency", None)
                    object.__setattr__(self, section, obj)
                else:
                    object.__setattr__(self, section, replace(obj, **mids))

    def _resolve_currencies(self) -> None:
        """The reporting currency checked (ISO 4217); every amount's currency made explicit (a savings share is
        in no currency: the reporting one); a rate for each foreign currency used, and none for another."""
        from .currency import ExchangeRate, check_currency

        currency = check_currency(self.currency, "currency")
        object.__setattr__(self, "currency", currency)
        if self.in_house.currency == currency:  # one form for "in the reporting currency": None
            if currency == DOLLAR:
                object.__setattr__(self, "in_house", replace(self.in_house, currency=None))
            else:  # not checked again against the limits, which are dollars: converted below, once the rate is known
                in_house = copy.copy(self.in_house)
                object.__setattr__(in_house, "currency", None)
                object.__setattr__(self, "in_house", in_house)
        for option in options(vendors_only=True):
            price = getattr(self, option)
            if price is not None and price.currency is not None \
                    and (price.currency == currency or price.basis == "savings_share"):
                object.__setattr__(self, option, replace(price, currency=None))  # None: the reporting currency
        if self.exchange_rates == () and self.in_house.currency is None \
                and all(p is None or p.currency is None for p in map(self.price, VENDORS)) \
                and (self.captive is None or self.captive.currency == currency):
            # everything in the reporting currency (most scenarios): ranges to check, and the vendor manager's pay
            self._convert_sourced_dollars()
            self._check_in_house_money()
            return
        if isinstance(self.exchange_rates, (str, bytes)) or not hasattr(self.exchange_rates, "__iter__"):
            raise InputError("exchange_rates", "must be a list of exchange rates")
        rates = tuple(sorted(self.exchange_rates, key=lambda r: getattr(r, "target", "")))
        for r in rates:
            if not isinstance(r, ExchangeRate):
                raise InputError("exchange_rates", f"must hold exchange rates, got {shown(r)}")
            if r.source != currency:
                raise InputError(f"exchange_rates.{r.target}", f"must be from the reporting currency {currency} "
                                                               f"(1 {currency} = ... {r.target}), got from {r.source}")
        targets = [r.target for r in rates]
        if len(set(targets)) != len(targets):
            raise InputError("exchange_rates", "give each currency at most one rate")
        used = self.foreign_currencies
        for what, code in self._amount_currencies():
            if code != currency and code not in targets:
                raise InputError(f"exchange_rates.{code}.rate",
                                 f"{what} is in {code}: give how many {code} one {currency} buys (1 {currency} = ... "
                                 f"{code})")
        for code in targets:
            # a dollar rate in another reporting currency is kept: the sources' figures and limits are dollars
            if code not in used and not (code == DOLLAR and currency != DOLLAR):
                raise InputError(f"exchange_rates.{code}", f"no amount is in {code} (the in-house figures and the "
                                                           "quotes are not): remove its rate")
        object.__setattr__(self, "exchange_rates", rates)
        self._convert_sourced_dollars()
        self._check_in_house_money()

    def _convert_sourced_dollars(self) -> None:
        """The money fields left at the sources' dollar defaults (:class:`SourcedDollars`) in the currency each is in:
        the in-house pay and costs in the in-house currency, the vendor manager's pay in the reporting one, converted
        at the scenario's dollar rate as a file's are (:func:`sourced_defaults`). Without that rate, an
        :class:`InputError` naming the fields and the rate to give (a field with a range is set by it: left)."""
        ranged = {r.key for r in self.ranges}  # a tuple by now (__post_init__)
        missing: dict[str, str] = {}
        for section, code, keys in (("in_house", self.currency_of("in_house"), IN_HOUSE_MONEY),
                                    ("vendor_management", self.currency, HOME_MONEY)):
            obj = getattr(self, section)
            left = [k for k in keys if isinstance(getattr(obj, k), SourcedDollars)]
            if code == DOLLAR or not left:
                continue
            scale = self.per_dollar(code)
            if scale is None:
                missing |= {f"{section}.{k}": code for k in left if k not in ranged}
                continue
            obj = copy.copy(obj)
            for k in left:
                object.__setattr__(obj, k, converted(float(getattr(obj, k)), scale))
            object.__setattr__(self, section, obj)
        if missing:
            raise InputError(f"exchange_rates.{DOLLAR}.rate", _dollar_rate_reason(missing, self.currency, "api"))

    def _check_in_house_money(self) -> None:
        """The in-house money figures (and their ranges) within their limits, which are US dollars (the sources'),
        converted to the in-house currency at the scenario's rates. In dollars reported in dollars,
        :class:`InHouseInputs` checked the figures already; in another currency with no dollar rate here, they are
        checked only against 0 to :data:`MAX_ANY_MONEY` (a limit read in the wrong currency would refuse a real
        rupee salary)."""
        for key in HOME_MONEY:  # in the reporting currency
            scale = self.per_dollar(self.currency)
            a, r = ASSUMPTIONS[key], self.range_of(key) if self.ranges else None
            if scale is not None:
                for name, value in ((f"vendor_management.{key}", getattr(self.vendor_management, key)),
                                    *(((f"ranges.{key}.low", r.low), (f"ranges.{key}.high", r.high)) if r else ())):
                    _check(name, value, a.minimum * scale, a.maximum * scale)
        code = self.currency_of("in_house")
        scale = self.per_dollar(code)
        if scale is None:
            return
        checked = self.in_house.currency is None and self.currency == DOLLAR
        for key in IN_HOUSE_MONEY:
            a = ASSUMPTIONS[key]
            r = self.range_of(key) if self.ranges else None
            if checked and r is None:
                continue
            for name, value in ((f"in_house.{key}", getattr(self.in_house, key)),
                                *(((f"ranges.{key}.low", r.low), (f"ranges.{key}.high", r.high)) if r else ())):
                if not a.minimum * scale <= value <= a.maximum * scale:
                    # money to the cent at most and the rate to six figures: a rupee rate of 0.012 to the dollar
                    # read "must be from 83,333.33333 to 83,333,333.33 INR (... at 1 USD = 83.33333333 INR)"
                    limits = f"{_cents(a.minimum * scale)} to {_cents(a.maximum * scale)}"
                    if code != DOLLAR:
                        limits += (f" {code} ({a.minimum:,.10g} to {a.maximum:,.10g} {DOLLAR} at 1 {DOLLAR} = "
                                   f"{scale:,.6g} {code})")
                    raise InputError(name, f"must be from {limits}, got {written(value, ',.10g')}")

    def per_dollar(self, code: str) -> float | None:
        """How many ``code`` one US dollar buys at this scenario's rates (:func:`estimator.currency.per_dollar`),
        None without the rates it needs."""
        from .currency import per_dollar

        return per_dollar(code, self.currency, {r.target: r.rate for r in self.exchange_rates})

    def _amount_currencies(self) -> list[tuple[str, str]]:
        out = [("the in-house pay", self.in_house.currency or self.currency)]
        for option in options(vendors_only=True):
            price = self.price(option)
            if price is not None:
                out.append((f"the {OPTION_LABELS[option]} price", price.currency or self.currency))
        if self.captive is not None:
            out.append(("the offshore captive's pay", self.captive.currency))
        return out

    @property
    def foreign_currencies(self) -> tuple[str, ...]:
        """The currencies other than the reporting one that an amount is given in, in order."""
        return tuple(sorted({code for _, code in self._amount_currencies()} - {self.currency}))

    def assumption(self, key: str) -> Assumption:
        """``ASSUMPTIONS[key]`` with its money in the currency this scenario gives it in (the sources' figures are
        dollars): in-house pay and costs in the in-house currency, the vendor manager's pay (at home) in the reporting
        one. A scenario in euros listed "Salary per FTE 68,000 USD/year" in its sources and reality check."""
        a = ASSUMPTIONS[key]
        code = self.currency_of("in_house") if key in IN_HOUSE_MONEY else self.currency
        return a if "USD" not in a.unit or code == "USD" else replace(a, unit=a.unit.replace("USD", code))

    def currency_of(self, part: str) -> str:
        """The currency of ``in_house`` (its money figures), ``bpo`` or ``kpo`` (its price), or ``captive`` (its
        pay; the reporting currency when no captive is set)."""
        if part == "in_house":
            return self.in_house.currency or self.currency
        if part == CAPTIVE:
            return self.currency if self.captive is None else self.captive.currency
        price = self.price(part)
        return self.currency if price is None or price.currency is None else price.currency

    def money_of(self, key: str) -> str:
        """The currency assumption ``key``'s money is given in: the in-house figures' for in-house pay, overhead
        and cost per hire, the captive's for its pay (``captive_entry_pay_month``), else the reporting currency.
        What :meth:`estimator.assumptions.Assumption.show` takes to name it.

        >>> from estimator.currency import ExchangeRate
        >>> s = Scenario("Customer service", 10, currency="EUR", exchange_rates=(ExchangeRate("EUR", "USD", 1.08),))
        >>> s.money_of("annual_salary"), s.money_of("governance_salary"), s.money_of("captive_entry_pay_month")
        ('EUR', 'EUR', 'EUR')
        """
        if key in IN_HOUSE_MONEY:
            return self.currency_of("in_house")
        return self.currency_of(CAPTIVE) if key.startswith("captive_") else self.currency

    def rate_for(self, part: str) -> ExchangeRate | None:
        """The rate that converts ``part``'s amounts (see :meth:`currency_of`), or None when they are in the
        reporting currency. ``amount_reporting = amount / rate.rate`` in the first year."""
        code = self.currency_of(part)
        return None if code == self.currency else next(r for r in self.exchange_rates if r.target == code)

    def price(self, option: str) -> VendorPrice | None:
        if option not in VENDORS:
            raise KeyError(option)
        return getattr(self, option)

    def value(self, key: str) -> float:
        """The point value of any assumption by its key (in-house, vendor management or business case)."""
        for name in (*SECTIONS, "uncertainty"):
            section = getattr(self, name)
            if hasattr(section, key):
                return float(getattr(section, key))
        raise KeyError(key)

    def default(self, key: str, own_pay: bool = True) -> float | None:
        """Assumption ``key``'s default as the pages start it for this scenario: the function's own pay where the
        sources give it, else the sources' figure; money in the currency it is given in (:meth:`money_of`),
        converted from the sources' dollars at this scenario's rates with the pages' rounding
        (:func:`estimator.currency.converted`). None for money in another currency with no dollar rate: no default
        was given then (a scenario needs that rate to take one), so the figure is the user's own. ``own_pay``
        False: the sources' figure even where the function has pay of its own (a scenario built in Python starts
        there, the pages at the function's).

        >>> from estimator.currency import ExchangeRate
        >>> s = Scenario("IT and software operations", 10)
        >>> s.default("annual_salary"), s.default("annual_salary", own_pay=False), s.default("shrinkage")
        (49770.0, 41600.0, 0.3)
        >>> s = Scenario("Customer service", 10, currency="EUR", exchange_rates=(ExchangeRate("EUR", "USD", 1.25),))
        >>> s.default("annual_salary"), s.default("governance_salary")  # $41,600 / 1.25, $98,580 / 1.25
        (33280.0, 78864.0)
        """
        dollars = (in_house_defaults(self.function) if own_pay else {}).get(key, ASSUMPTIONS[key].default)
        code = self.money_of(key)
        if key not in (*IN_HOUSE_MONEY, *HOME_MONEY) or code == "USD":
            return dollars
        per = self.per_dollar(code)
        return None if per is None else converted(dollars, per)

    @property
    def fte(self) -> float:
        """The in-house headcount the workload stands for (given, or hours over productive hours per FTE)."""
        if self.workload_basis == "fte":
            return self.workload
        ih = self.in_house
        return self.workload / (ih.paid_hours_per_year / 12 * (1 - ih.shrinkage))

    def range_of(self, key: str) -> InputRange | None:
        return next((r for r in self.ranges if r.key == key), None)


def reference_price(book: PriceBook, function: str, option: str, units: float = 1.0,
                    location: str | None = None) -> VendorPrice | None:
    """The price book's range for ``function`` under ``option`` ("bpo" or "kpo"), or ``None``.

    ``units``: billing units for a per-month price (for human resources, employees served). ``location``: the
    book's row for that location (``None``: its first row for the pair); the price carries the row's location.
    """
    row = book.lookup(function, option.upper(), location)
    if row is None or row.low is None or row.high is None:
        return None
    return VendorPrice(row.basis, row.low, row.high, units=units if row.basis == "per_month" else 1.0,
                       source=f"{row.source} ({row.as_of})", option=option, location=row.location,
                       currency=None if row.basis == "savings_share" else row.currency)


def is_book_range(scenario: Scenario, book: PriceBook, option: str) -> bool:
    """Whether ``option``'s price is the price book's own range (its row's source at the price's location, in the
    book's currency), not a quote: as the page takes a price back into its widgets (views.share).

    >>> from estimator.pricing import load_price_book
    >>> book = load_price_book()
    >>> s = Scenario("Customer service", 10, bpo=reference_price(book, "Customer service", "bpo"))
    >>> is_book_range(s, book, "bpo"), is_book_range(replace(s, bpo=VendorPrice("per_hour", 20, 30)), book, "bpo")
    (True, False)
    """
    price = scenario.price(option)
    ref = None if price is None else reference_price(book, scenario.function, option, location=price.location)
    return ref is not None and price is not None and (price.source, price.basis) == (ref.source, ref.basis) \
        and ref.currency in (None, scenario.currency_of(option))


def book_price_at(book: PriceBook, function: str, option: str, location: Any, units: float = 1.0) -> VendorPrice:
    """The price book's range for ``function`` under ``option`` delivered from ``location`` (a scenario file's
    ``"bpo": {"location": "offshore"}``); an :class:`InputError` naming ``<option>.location`` when the book has
    no such row, since a location is never guessed for a price.

    >>> from estimator.pricing import load_price_book
    >>> book_price_at(load_price_book(), "Customer service", "bpo", "not_stated").low
    20.0
    >>> try:
    ...     book_price_at(load_price_book(), "Customer service", "bpo", "offshore")
    ... except InputError as exc:
    ...     print(exc.field, "|", exc.reason.split(";")[0])
    bpo.location | the price book has no offshore BPO price for Customer service (it has: location not stated)
    """
    _one_of(f"{option}.location", location, LOCATIONS)
    price = reference_price(book, function, option, units, location)
    if price is None:
        have = [LOCATIONS[loc].lower() for loc in book.locations(function, option.upper())
                if book.lookup(function, option.upper(), loc).priced]  # type: ignore[union-attr]
        words = LOCATIONS[location].lower() if location != "not_stated" else "location-not-stated"
        raise InputError(f"{option}.location", f"the price book has no {words} {OPTION_LABELS[option]} price for "
                         f"{function} (it has: {', '.join(have) or 'none'}); give low and high for a quote")
    return price


def quote_basis(book: PriceBook, function: str, option: str, location: str | None = None) -> str:
    """The basis a quote for this option should be given on (the price book's, else per hour)."""
    row = book.lookup(function, option.upper(), location) or book.lookup(function, option.upper())
    return row.basis if row is not None else "per_hour"


def default_units(fte: float) -> float:
    """Billing units of a per-month price when none are given: employees served by a team of ``fte``.

    The seeds' only per-month price (human resources, "$45 to $1500 per month") is a price per employee
    served (business.com; PEO guides); one unit for a whole function is never a sensible default.
    """
    return round(employees_served(fte))


def _section(data: dict[str, Any], key: str) -> dict[str, Any]:
    section = data.get(key) or {}
    if not isinstance(section, dict):
        raise InputError(key, f"must be an object of named numbers, got {type(section).__name__}")
    return section


def _known(section: dict[str, Any], allowed: tuple[str, ...], where: str) -> dict[str, Any]:
    unknown = sorted(set(section) - set(allowed))
    if unknown:
        raise InputError(f"{where}.{_key(unknown[0])}", f"is not a known field; known: {', '.join(allowed)}")
    return section


_SECTION_FIELDS = {
    "in_house": (*IN_HOUSE_KEYS, "currency"),
    "vendor_management": VENDOR_MANAGEMENT_KEYS,
    "vendor_terms": (*VENDOR_TERMS_KEYS, "escalation_index", "bills_during_transition", "ramp_up"),
    "people": (*PEOPLE_KEYS, "staff_transfer"),
    "business_case": BUSINESS_CASE_KEYS,
    "uncertainty": ("draws", "seed", "distribution", "sourced_ranges", "escalation_correlation"),
}
_PRICE_FIELDS = ("basis", "low", "high", "units", "source", "mode", "billed", "location", "currency")
_RATE_FIELDS = ("rate", "drift_low", "drift_mode", "drift_high")


def exchange_rate_dict(r: ExchangeRate) -> dict[str, float]:
    """One rate in a scenario's JSON form (the inverse of :func:`exchange_rate`, without its currency's code).

    >>> from estimator.currency import ExchangeRate
    >>> exchange_rate_dict(ExchangeRate("USD", "INR", 83.0, 0.0, 0.05, drift_mode=0.02))
    {'rate': 83.0, 'drift_low': 0.0, 'drift_mode': 0.02, 'drift_high': 0.05}
    """
    return {k: getattr(r, k) for k in _RATE_FIELDS}


def exchange_rate(reporting: str, code: Any, spec: Any) -> ExchangeRate:
    """One rate of a scenario's JSON form (``"INR": {"rate": 83.0, "drift_low": 0, "drift_mode": 0.02,
    "drift_high": 0.05}``: 1 reporting unit = 83.0 INR, that number changing by 0 to 5% a year), checked, with
    a message naming ``exchange_rates.INR.<field>``."""
    from .currency import ExchangeRate, check_currency

    where = f"exchange_rates.{_key(code)}"
    code = check_currency(code, where)
    if not isinstance(spec, dict):
        raise InputError(where, 'must be an object with the rate, e.g. {"rate": 83.0, "drift_low": 0, "drift_high": 0}')
    _known(spec, _RATE_FIELDS, where)
    if "rate" not in spec:
        raise InputError(f"{where}.rate", f"is missing: how many {code} one {reporting} buys")
    try:
        return ExchangeRate(reporting, code, spec["rate"], spec.get("drift_low", 0.0), spec.get("drift_high", 0.0),
                            drift_mode=spec.get("drift_mode"))
    except InputError as exc:
        raise InputError(f"{where}.{exc.field.rpartition('.')[2]}", exc.reason) from None


def _shallow(data: dict[str, Any]) -> None:
    """Refuse a form nested deeper than :data:`MAX_DEPTH`, walking it without recursion."""
    level: list[Any] = [data]
    for _ in range(MAX_DEPTH):
        level = [v for node in level for v in (node.values() if isinstance(node, dict) else node)
                 if isinstance(v, (dict, list))]
        if not level:
            return
    raise InputError("scenario", f"is nested too deeply: a scenario is at most {MAX_DEPTH} levels deep")


def sourced_defaults(function: str, currency: str, rates: tuple[ExchangeRate, ...], sections: dict[str, Any],
                     ranges: dict[str, Any]) -> dict[str, dict[str, float]]:
    """The sources' US-dollar figures a scenario file leaves out, in the currency the file gives them in, by section:
    the in-house money (:data:`IN_HOUSE_MONEY`, the function's own pay and overhead where it has them) in the in-house
    currency, the vendor manager's pay (:data:`HOME_MONEY`) in the reporting ``currency``. Converted at the file's
    ``rates`` with the pages' rounding (:func:`estimator.currency.converted`), so a file and the page it is opened in
    agree. A figure the file gives is its own; in dollars nothing is added. One the file gives a range for is set
    by its range (:class:`Scenario`), and needs no rate.

    A figure left out in another currency with no US-dollar rate to convert it: an :class:`InputError` naming the
    figures and the rate to add. Taken as that currency, the salary's $41,600 read as 41,600 rupees, 83 times too
    little at 83 rupees to the dollar, and nothing said so. (An in-house currency with no rate of its own is left to
    :class:`Scenario`, which asks for that rate.)

    >>> from estimator.currency import ExchangeRate
    >>> sourced_defaults("Customer service", "INR", (ExchangeRate("INR", "USD", 1 / 83),), {"in_house":
    ...     {"annual_salary": 500_000, "cost_per_hire": 300_000}, "vendor_management": {}}, {})
    {'in_house': {'supervisor_salary': 4851350.0, 'overhead_per_fte_month': 181521.0}, \
'vendor_management': {'governance_salary': 8182140.0}}
    >>> try:
    ...     sourced_defaults("Customer service", "EUR", (), {"in_house": {"currency": "USD"}, "vendor_management": {}}, {})
    ... except InputError as exc:
    ...     print(exc.field, "|", exc.reason.partition("}}: ")[2])
    exchange_rates.USD.rate | vendor_management.governance_salary is left out, and the sources' default is US dollars, \
converted to EUR at that rate; or give it in EUR
    """
    from .currency import check_currency, converted, per_dollar

    given = {r.target: r.rate for r in rates}
    dollars = {**{k: ASSUMPTIONS[k].default for k in (*IN_HOUSE_MONEY, *HOME_MONEY)}, **in_house_defaults(function)}
    in_house_code = check_currency(sections["in_house"].get("currency", currency), "in_house.currency")
    out: dict[str, dict[str, float]] = {"in_house": {}, "vendor_management": {}}
    missing: dict[str, str] = {}  # field -> the currency it is wanted in
    for section, code, keys in (("in_house", in_house_code, IN_HOUSE_MONEY),
                                ("vendor_management", currency, HOME_MONEY)):
        left_out = [k for k in keys if k not in sections[section]]
        if code == DOLLAR or not left_out or (code != currency and code not in given):
            continue
        scale = per_dollar(code, currency, given)
        if scale is not None:  # a ranged one too: its range sets it, but the scenario checks it first
            out[section] = {k: converted(dollars[k], scale) for k in left_out}
        else:
            missing |= {f"{section}.{k}": code for k in left_out if k not in ranges}
    if missing:
        raise InputError(f"exchange_rates.{DOLLAR}.rate", _dollar_rate_reason(missing, currency, "file"))
    return out


def _dollar_rate_reason(missing: dict[str, str], currency: str, where: str) -> str:
    """Why a dollar rate is wanted: the fields (``missing``: each with the currency it is wanted in) left at the
    sources' US-dollar defaults, in a file (``where`` "file": left out of it) or a :class:`Scenario` built in Python
    ("api": not given)."""
    names = list(missing)
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    codes = sorted(set(missing.values()))
    one = len(names) == 1
    into = (f"to {codes[0]} at that rate; or give {'it' if one else 'them'} in {codes[0]}" if len(codes) == 1 else
            f"at that rate (the in-house figures to {missing[names[0]]}, the vendor manager's pay to {currency}); "
            "or give them yourself")
    how = (f'"exchange_rates": {{"{DOLLAR}": {{"rate": ...}}}}' if where == "file" else
           f'exchange_rates=(ExchangeRate("{currency}", "{DOLLAR}", ...),)')
    left = "left out" if where == "file" else "not given"
    return (f"give how many {DOLLAR} one {currency} buys, {how}: {listed} {'is' if one else 'are'} {left}, and the "
            f"sources' default{'' if one else 's'} {'is' if one else 'are'} US dollars, converted {into}")


def scenario_from_dict(data: Any, book: PriceBook) -> Scenario:
    """Build and validate a :class:`Scenario` from its JSON form; raise :class:`InputError`.

    Omitted in-house salary and overhead take the function's own defaults
    (:func:`estimator.assumptions.in_house_defaults`); an omitted per-month ``units`` is the number of
    employees the in-house team serves.
    """
    if not isinstance(data, dict):
        raise InputError("scenario", "must be a JSON object")
    _shallow(data)
    from .migrations import VERSION_KEY, FormatVersionError, upgrade  # imported here: migrations may need this module

    try:
        data = upgrade(data)
    except FormatVersionError as exc:
        raise InputError(exc.field, exc.reason) from None
    _known(data, (VERSION_KEY, "name", "function", "currency", "exchange_rates", "workload", *VENDORS, CAPTIVE, "ranges",
                  *_SECTION_FIELDS), "scenario")
    from .currency import check_currency

    currency = check_currency(data.get("currency", "USD"), "currency")
    rates = tuple(exchange_rate(currency, code, spec) for code, spec in _section(data, "exchange_rates").items())
    function = data.get("function")
    if function not in book.functions:
        what = "is missing" if function is None else f"{shown(function)} is not in the price book"  # "None is not ..."
        raise InputError("function", f"{what}; known: {', '.join(book.functions)}")
    workload = _section(data, "workload")
    if len(workload) != 1 or next(iter(workload)) not in WORKLOAD_BASES:
        raise InputError("workload", "give exactly one of hours_per_month, fte or contacts, e.g. {\"fte\": 10}")
    basis, amount = next(iter(workload.items()))
    centre = None
    if basis == "contacts":
        try:
            centre = ContactWorkload.from_dict(amount)
        except StaffingError as exc:
            raise InputError("workload.contacts", str(exc)) from None
        amount = 0.0  # Scenario sets it: the Erlang C agent hours
    sections = {key: _known(_section(data, key), fields, key) for key, fields in _SECTION_FIELDS.items()}
    # the sources' dollar figures the file leaves out, in its currencies (its rates), or refused naming the rate
    sourced = sourced_defaults(function, currency, rates, sections, _section(data, "ranges"))
    # in the file's currency unless it names another (its money limits are dollars: the scenario checks them)
    in_house = InHouseInputs(**{**in_house_defaults(function), "currency": currency, **sourced["in_house"],
                                **sections["in_house"]})
    vendor_terms = dict(sections["vendor_terms"])
    if "ramp_up" in vendor_terms and isinstance(vendor_terms["ramp_up"], list):
        vendor_terms["ramp_up"] = tuple(vendor_terms["ramp_up"])
    # the in-house team's headcount only (a probe with no prices: the rates of the quotes' currencies stay out)
    management = VendorManagement(**{**sourced["vendor_management"], **sections["vendor_management"]})
    probe = Scenario(function, amount, basis, in_house=in_house, contact_centre=centre, currency=currency,
                     exchange_rates=tuple(r for r in rates if r.target == in_house.currency),
                     vendor_management=management)
    units = default_units(probe.fte)
    prices: dict[str, VendorPrice | None] = {}
    for option in options(vendors_only=True):
        if option not in data:
            prices[option] = reference_price(book, function, option, units)
        elif data[option] is None:
            prices[option] = None
        else:
            spec = _known(_section(data, option), _PRICE_FIELDS, option)
            if set(spec) <= {"location", "units"} and "location" in spec:
                prices[option] = book_price_at(book, function, option, spec["location"], spec.get("units", units))
                continue
            spec.setdefault("basis", quote_basis(book, function, option))
            spec.setdefault("units", units if spec["basis"] == "per_month" else 1.0)
            for end in ("low", "high"):
                if end not in spec:
                    raise InputError(f"{option}.price.{end}", "is missing")
            prices[option] = VendorPrice(**spec, option=option)
    ranges = []
    for key, spec in _section(data, "ranges").items():
        if key not in RANGE_KEYS:
            raise InputError(f"ranges.{_key(key)}", f"cannot be a range; these can: {', '.join(RANGE_KEYS)}")
        if not isinstance(spec, dict):
            raise InputError(f"ranges.{key}", "must be an object with low and high, e.g. {\"low\": 0.25, \"high\": 0.35}")
        _known(spec, ("low", "high", "mode"), f"ranges.{key}")
        for end in ("low", "high"):
            if end not in spec:
                raise InputError(f"ranges.{key}.{end}", "is missing")
        ranges.append(InputRange(key, **spec))
    captive = None
    if data.get(CAPTIVE) is not None:  # absent or null: no captive (every file before issue 8)
        from .captive import CAPTIVE_FIELDS, CaptiveInputs

        if not isinstance(data[CAPTIVE], dict):  # [] or false is not an empty captive (defaults) by accident
            raise InputError(CAPTIVE, f"must be an object of the captive's pay and loads, or null, got "
                                      f"{shown(data[CAPTIVE])}")
        captive = CaptiveInputs(**_known(data[CAPTIVE], CAPTIVE_FIELDS, CAPTIVE))
    return Scenario(
        function=function, workload=amount, workload_basis=basis, captive=captive,
        name=data.get("name", "Scenario"), currency=currency, exchange_rates=rates,
        in_house=in_house,
        vendor_management=management, bpo=prices["bpo"], kpo=prices["kpo"],
        business_case=BusinessCase(**sections["business_case"]), ranges=tuple(ranges),
        uncertainty=Uncertainty(**sections["uncertainty"]), vendor_terms=VendorTerms(**vendor_terms),
        people=People(**sections["people"]), contact_centre=centre)


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """The JSON form of a scenario, every number explicit, so it reads back unchanged."""

    # An amount's currency is written only where it is not the reporting one: a file in one currency reads
    # as it did before currencies could differ.
    def price(p: VendorPrice | None) -> dict[str, Any] | None:
        return None if p is None else {k: v for k, v in asdict(p).items()
                                       if k != "option" and not (k == "currency" and v is None)}

    terms = asdict(scenario.vendor_terms)
    terms["ramp_up"] = list(terms["ramp_up"])
    from .migrations import FORMAT_VERSION, VERSION_KEY

    return {
        VERSION_KEY: FORMAT_VERSION,
        "name": scenario.name,
        "function": scenario.function,
        "currency": scenario.currency,
        "workload": {scenario.workload_basis: scenario.workload if scenario.contact_centre is None
                     else scenario.contact_centre.to_dict()},
        "in_house": {k: v for k, v in asdict(scenario.in_house).items() if not (k == "currency" and v is None)},
        "vendor_management": asdict(scenario.vendor_management),
        "vendor_terms": terms,
        "people": asdict(scenario.people),
        "bpo": price(scenario.bpo),
        "kpo": price(scenario.kpo),
        "business_case": asdict(scenario.business_case),
        "ranges": {r.key: {k: v for k, v in asdict(r).items() if k != "key"} for r in scenario.ranges},
        "uncertainty": asdict(scenario.uncertainty),
    } | ({"exchange_rates": {r.target: exchange_rate_dict(r) for r in scenario.exchange_rates}}
         if scenario.exchange_rates else {}) | ({CAPTIVE: asdict(scenario.captive)} if scenario.captive else {})


def load_scenario(text: str, book: PriceBook) -> Scenario:
    """Parse scenario JSON text; raise :class:`InputError` with a one-line message."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("scenario", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise InputError("scenario", f"is nested too deeply: a scenario is at most {MAX_DEPTH} levels deep") from None
    except ValueError:  # Python refuses to read a whole number of more than 4,300 digits
        raise InputError("scenario", "is not valid JSON: a number has thousands of digits") from None
    return scenario_from_dict(data, book)


def dump_scenario(scenario: Scenario) -> str:
    return json.dumps(scenario_to_dict(scenario), indent=2) + "\n"
