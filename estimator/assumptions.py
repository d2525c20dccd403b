"""Default in-house and vendor-management assumptions, each with its source.

Conventions: money is USD; salaries are per year, overhead per FTE per month;
shares (benefits load, shrinkage, attrition, rates) are fractions, shown as
percent on screen. ``low``/``high`` is the range the sources give (``None``
where they give one figure); ``minimum``/``maximum`` is what an input may be,
checked once where a scenario enters the estimator.

This module is the one home of every default number. Widgets, the command
line and the tests read them from here; nothing else types them again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .formatting import counted, grouped_as, iso_currency, money_range, percent, quantity
from .ranges import Range


def _amount(value: float) -> str:
    """An assumption's figure: whole with separators, a small fraction to two decimals at most.

    Whole numbers alone showed the retained organisation's 0.5 FTE as "0 FTE", a handle-time ratio of 1.1 with its
    sources' 1.0-1.2 as "1 ratio" and "1–1", and 3.5 years of tenure as "4 years" (sources, deck, workbook, report).

    >>> _amount(0.5), _amount(1.1), _amount(3.5), _amount(41_600), _amount(1.625), _amount(0.001)
    ('0.5', '1.1', '3.5', '41,600', '1.62', '0.001')
    """
    return quantity(value)


def share_text(value: float) -> str:
    """An assumption's share as percent, to two decimals at most: whole percent alone printed the 4.5% governance
    rate as "4%", 12.5% transition as "12%" and 2.9% escalation as "3%" beside results computed from the exact
    figures (sources, deck, workbook, report, the "what moves it" sentence).

    >>> share_text(0.045), share_text(0.125), share_text(0.3), share_text(0.029000000000000005), share_text(0.0375)
    ('4.5%', '12.5%', '30%', '2.9%', '3.75%')
    """
    pct = value * 100
    if not math.isfinite(pct) or round(pct, 2) == round(pct):
        return percent(value)
    return f"{pct:.2f}".rstrip("0") + "%"


# What a money assumption is per, in words: "$41,600 a year" (its unit "USD/year")
PER_WORDS = {"year": "a year", "month": "a month", "hire": "per hire"}


@dataclass(frozen=True)
class Assumption:
    """One default with its source.

    >>> ASSUMPTIONS["shrinkage"].default
    0.3
    """

    key: str
    label: str
    default: float
    unit: str
    source: str
    minimum: float
    maximum: float
    low: float | None = None
    high: float | None = None

    @property
    def is_share(self) -> bool:
        """Shares are fractions in code and percent on screen."""
        return self.unit.startswith("share")

    @property
    def percent_label(self) -> str:
        """The label of a share's slider, in percent: "Shrinkage (% paid hours)", "In-house wage inflation (% a
        year)" (it read "(% share a year)": only "share of " was taken off the unit).

        >>> ASSUMPTIONS["shrinkage"].percent_label, ASSUMPTIONS["wage_inflation"].percent_label
        ('Shrinkage (% paid hours)', 'In-house wage inflation (% a year)')
        """
        return f"{self.label} (% {self.unit.removeprefix('share of ').removeprefix('share ')})"

    def unit_in(self, currency: str | None) -> str:
        """The unit with its money in ``currency``: the defaults' own code (USD, or INR for the captive's pay) is
        only where the figures were sourced. A euro scenario's compared inputs, sources table, report and deck read
        "41,600 USD/year" for its salary in euros.

        >>> ASSUMPTIONS["annual_salary"].unit_in("EUR"), CAPTIVE_ASSUMPTIONS["captive_entry_pay_month"].unit_in("PHP")
        ('EUR/year', 'PHP/month')
        >>> ASSUMPTIONS["shrinkage"].unit_in("EUR"), ASSUMPTIONS["annual_salary"].unit_in(None)
        ('share of paid hours', 'USD/year')
        """
        if currency is None:
            return self.unit
        code = next((c for c in ("USD", CAPTIVE_CURRENCY) if self.unit.startswith(c)), None)
        return self.unit if code is None else currency + self.unit.removeprefix(code)

    def money_code(self, currency: str | None) -> str | None:
        """The currency this assumption's money is written in (as :meth:`unit_in` names it), None where it is no money:
        its figures are grouped that currency's way (:func:`estimator.formatting.grouped_as`).

        >>> ASSUMPTIONS["annual_salary"].money_code("INR"), ASSUMPTIONS["annual_salary"].money_code(None)
        ('INR', 'USD')
        >>> CAPTIVE_ASSUMPTIONS["captive_entry_pay_month"].money_code(None), ASSUMPTIONS["shrinkage"].money_code("INR")
        ('INR', None)
        """
        if not self.unit.startswith(("USD", CAPTIVE_CURRENCY)):
            return None
        return self.unit_in(currency).partition("/")[0]

    def show(self, value: float, unit: bool = True, currency: str | None = None) -> str:
        """A value of this assumption as a reader sees it; money in ``currency`` (the sourced default's when None).

        >>> ASSUMPTIONS["shrinkage"].show(0.3), ASSUMPTIONS["cost_per_hire"].show(4129)
        ('30%', '4,129 USD/hire')
        >>> ASSUMPTIONS["cost_per_hire"].show(4129, currency="EUR")
        '4,129 EUR/hire'
        >>> ASSUMPTIONS["horizon_years"].show(1), ASSUMPTIONS["severance_min_weeks"].show(1)
        ('1 year', '1 week of pay')
        """
        if self.is_share:
            return share_text(value)
        amount = grouped_as(_amount(value), self.money_code(currency))
        return counted(amount, self.unit_in(currency)) if unit else amount

    def show_range(self, low: float, high: float, unit: bool = True, currency: str | None = None) -> str:
        """
        A range whose ends read the same is one figure: "2,080 hours/year", not "2,080–2,080 hours/year" (paid hours,
        which the sources give no range for, with "Give assumptions as ranges" on).

        >>> ASSUMPTIONS["span_of_control"].show_range(8, 12)
        '8–12 staff per supervisor'
        >>> ASSUMPTIONS["annual_salary"].show_range(31_200, 52_000, currency="GBP")
        '31,200–52,000 GBP/year'
        >>> ASSUMPTIONS["annual_salary"].show_range(2_600_000, 4_333_333, currency="INR")
        '26,00,000–43,33,333 INR/year'
        """
        code = self.money_code(currency)
        ends = (share_text(low), share_text(high)) if self.is_share else \
            (grouped_as(_amount(low), code), grouped_as(_amount(high), code))
        shown = ends[0] if ends[0] == ends[1] else f"{ends[0]}–{ends[1]}"
        return shown if self.is_share or not unit else counted(shown, self.unit_in(currency))

    def money_range(self, low: float, high: float, currency: str | None = None) -> str | None:
        """A money assumption's range as money, the way a sentence writes every amount beside it
        (:func:`estimator.formatting.money_range`), with what it is per in words; None where it is no money.
        The reality check read "Salary per FTE (31,200–52,000 USD/year)" beside "BPO price ($20 to $30)" (session 20).

        >>> ASSUMPTIONS["annual_salary"].money_range(31_200, 52_000), ASSUMPTIONS["cost_per_hire"].money_range(4129, 4129)
        ('$31,200–$52,000 a year', '$4,129 per hire')
        >>> ASSUMPTIONS["overhead_per_fte_month"].money_range(1_514, 3_028, "CHF"), ASSUMPTIONS["shrinkage"].money_range(0, 1)
        ('CHF\xa01,514–CHF\xa03,028 a month', None)
        """
        unit = self.unit_in(currency)
        # (a scenario's own assumption has its unit in its currency already: "EUR/year")
        code = self.money_code(currency) or iso_currency(unit.partition("/")[0])
        if code is None:
            return None
        per = unit.partition("/")[2]
        return f"{money_range(low, high, code)} {PER_WORDS.get(per, f'per {per}')}"

    @property
    def range(self) -> Range | None:
        """The sources' range, its mode the default; None where they give one figure."""
        return None if self.low is None or self.high is None else Range(self.low, self.high, self.default)

    def range_around(self, value: float) -> Range:
        """The sources' range moved to sit around ``value``: scaled by ``value / default``, clamped to the limits;
        its mode ``value``.

        A user who typed their own figure keeps it inside the range the Monte Carlo draws. With no sourced
        range the value itself (a zero-width range).

        >>> ASSUMPTIONS["annual_salary"].range_around(41_600), ASSUMPTIONS["annual_salary"].range_around(75_000)
        (Range(low=31200.0, high=52000.0, mode=41600.0), Range(low=56250.0, high=93750.0, mode=75000.0))
        """
        if self.low is None or self.high is None:
            return Range(float(value), float(value), float(value))
        if value == self.default or self.default == 0:
            low, high = self.low, self.high
        else:
            low, high = self.low * value / self.default, self.high * value / self.default
        low, high = max(self.minimum, min(low, value)), min(self.maximum, max(high, value))
        return Range(float(low), float(high), float(value))

    def __post_init__(self) -> None:
        if not self.minimum <= self.default <= self.maximum:
            raise ValueError(f"{self.key}: default {self.default} outside {self.minimum}..{self.maximum}")
        if (self.low is None) != (self.high is None):
            raise ValueError(f"{self.key}: give both ends of the sources' range or neither")
        if self.low is not None:  # the sources' range, checked once: inside the limits, the default inside it
            Range.checked(f"{self.key}.{{end}}", self.low, self.high, self.default, self.minimum, self.maximum)


# Contact-centre agent pay, $15-25 an hour (climbtheladder, secondary source), at 2,080 paid hours.
_AGENT_WAGE_LOW, _AGENT_WAGE_HIGH = 15.0, 25.0
PAID_HOURS_PER_YEAR = 2080.0
_SALARY_LOW = _AGENT_WAGE_LOW * PAID_HOURS_PER_YEAR
_SALARY_HIGH = _AGENT_WAGE_HIGH * PAID_HOURS_PER_YEAR
_SALARY = (_SALARY_LOW + _SALARY_HIGH) / 2

# Benefits and payroll taxes on top of wages: contact-centre sheets use 20-30% (RDI, 23%), 30%
# (Contact Center Pipeline), 33% (onbrand24); BLS ECEC Dec 2024 gives 29.5% of total
# compensation, i.e. about 42% on top of wages. The sources disagree: we take the middle.
_BENEFITS_LOW, _BENEFITS_HIGH = 0.20, 0.42
_BENEFITS = round((_BENEFITS_LOW + _BENEFITS_HIGH) / 2, 4)

# Overhead (facilities, equipment, IT, software, telecoms). The sources give no per-seat figure we
# trust; they give labour's share of contact-centre operating cost, 60-75% (industry sources; NICE
# inContact says 75%). Non-labour cost per FTE = agent labour cost x (1 - share) / share, on the
# default agent's wages and benefits. Middle share 67.5%.
_LABOUR_SHARE_LOW, _LABOUR_SHARE_HIGH = 0.60, 0.75
_AGENT_LABOUR_MONTH = _SALARY / 12 * (1 + _BENEFITS)


def _overhead(labour_share: float) -> float:
    return round(_AGENT_LABOUR_MONTH * (1 - labour_share) / labour_share)


_ASSUMPTIONS = (
    Assumption(
        "annual_salary", "Salary per FTE", _SALARY, "USD/year",
        "US contact-centre agent pay $15-25 an hour x 2,080 h (climbtheladder, secondary); "
        "a contact-centre figure: enter your own team's pay for other work",
        minimum=1_000.0, maximum=1_000_000.0, low=_SALARY_LOW, high=_SALARY_HIGH),
    Assumption(
        "benefits_load", "Benefits and payroll taxes", _BENEFITS, "share of wages",
        "Middle of 20% (RDI '9 factors', uses 23%) and 42% (BLS ECEC Dec 2024: benefits 29.5% "
        "of compensation); onbrand24 uses 33%",
        minimum=0.0, maximum=1.5, low=_BENEFITS_LOW, high=_BENEFITS_HIGH),
    Assumption(
        "shrinkage", "Shrinkage", 0.30, "share of paid hours",
        "Commonly 30-35% (GoTo); OpsDog benchmark average 27.0%, range 13.3-39.4% (n = 1,230); "
        "Knowlagent survey 24%",
        minimum=0.0, maximum=0.8, low=0.133, high=0.394),
    Assumption(
        "paid_hours_per_year", "Paid hours per FTE", PAID_HOURS_PER_YEAR, "hours/year",
        "Convention: 52 weeks x 40 hours",
        minimum=500.0, maximum=3_000.0),
    Assumption(
        "span_of_control", "Span of control", 10.0, "staff per supervisor",
        "ICMI: 8-12 agents per supervisor in contact centres (5 in tech support, 20+ in reservations)",
        minimum=1.0, maximum=100.0, low=8.0, high=12.0),
    Assumption(
        "supervisor_salary", "Supervisor salary", 58_450.0, "USD/year",
        "BLS OEWS May 2020, 43-1011 first-line supervisors of office and administrative support "
        "workers: median $58,450, interquartile $44,900-74,660",
        minimum=0.0, maximum=1_000_000.0, low=44_900.0, high=74_660.0),
    Assumption(
        "overhead_per_fte_month", "Overhead per FTE", float(_overhead((_LABOUR_SHARE_LOW + _LABOUR_SHARE_HIGH) / 2)),
        "USD/month",
        "Derived: labour is 60-75% of contact-centre operating cost (industry sources; NICE "
        "inContact 75%), so facilities, IT and telecoms add (1 - share) / share of the default "
        "agent's wages and benefits; middle share 67.5%",
        minimum=0.0, maximum=100_000.0,
        low=float(_overhead(_LABOUR_SHARE_HIGH)), high=float(_overhead(_LABOUR_SHARE_LOW))),
    Assumption(
        "annual_attrition", "Annual attrition", 0.19, "share of FTE/year",
        "SHRM Human Capital Benchmarking 2016: 19% all industries; contact centres 40-50% "
        "(industry surveys)",
        # the limit is a cap, not a figure: every seat replaced once a year, twice the highest sourced rate (50%);
        # no source gives more (it was 300% a year)
        minimum=0.0, maximum=1.0, low=0.19, high=0.50),
    Assumption(
        "cost_per_hire", "Cost per hire", 4_129.0, "USD/hire",
        "SHRM Human Capital Benchmarking 2016: $4,129; Gartner (via ApexCX): $14,113 to replace "
        "a frontline agent, of which recruiting about $3,400",
        minimum=0.0, maximum=500_000.0, low=3_400.0, high=14_113.0),
    Assumption(
        "governance_rate", "Vendor governance", 0.045, "share of vendor fees",
        "'Mastering Risk Management' (O'Reilly): retained organisation 3-6% of contract value",
        minimum=0.0, maximum=0.5, low=0.03, high=0.06),
    Assumption(
        "vendor_selection_rate", "Vendor selection (one-time)", 0.035, "share of annual fees",
        "Gartner (2003): 2-5% of annual contract price; advisers 1-2.5%",
        minimum=0.0, maximum=1.0, low=0.02, high=0.05),
    Assumption(
        "first_year_governance_rate", "Vendor governance in year 1", 0.06, "share of vendor fees",
        "'Mastering Risk Management' (O'Reilly): 3-6% of contract value, higher at start-up; the top "
        "of that range for the first 12 months",
        minimum=0.0, maximum=0.5, low=0.03, high=0.06),
    Assumption(
        "transition_rate", "Transition (one-time)", 0.125, "share of annual fees",
        "knowledgelib.io: 10-15% of contract value (source unclear: an assumption)",
        minimum=0.0, maximum=2.0, low=0.10, high=0.15),
)

# The business case over time (issue 3). Rates are a year; months are whole months.
_TIME_ASSUMPTIONS = (
    Assumption(
        "horizon_years", "Horizon", 5.0, "years",
        "Modelling choice, not a sourced figure: a common multi-year contract term; set your own (1-10)",
        minimum=1.0, maximum=10.0),
    Assumption(
        "wage_inflation", "In-house wage inflation", 0.037, "share a year",
        "BLS Employment Cost Index, private industry wages and salaries: +3.7% in the 12 months to "
        "December 2024 (+4.3% to December 2023)",
        minimum=-0.2, maximum=0.5, low=0.037, high=0.043),
    Assumption(
        "contract_escalation", "Contract escalation", 0.029, "share a year",
        "Outsourcing contracts usually index prices to CPI each year (TPI, Pillsbury contract guides); "
        "US CPI-U +2.9% in the 12 months to December 2024 (+3.4% to December 2023, BLS)",
        minimum=-0.2, maximum=0.5, low=0.029, high=0.034),
    Assumption(
        "discount_rate", "Discount rate", 0.08, "share a year",
        "Modelling choice, not a sourced figure: use your company's cost of capital or hurdle rate "
        "(CFOs use discount rates that average twice their cost of capital: Jagannathan et al., JFE 2016)",
        minimum=0.0, maximum=0.5),
    Assumption(
        "dual_running_months", "Dual running", 3.0, "months",
        "Modelling choice, not a sourced figure: months in which both the in-house team and the vendor "
        "are paid while knowledge transfers; 47% of transitions overrun their plan by more than 30% "
        "(McKinsey, via The Negotiation Experts)",
        minimum=0.0, maximum=24.0),
    Assumption(
        "exit_rate", "Exit or re-insourcing cost", 0.0, "share of annual fees",
        "Optional, off by default: switching or bringing work back in-house is a hidden cost "
        "(Barthelemy, MIT Sloan Management Review, 50 firms); set a share of the final year's fees",
        minimum=0.0, maximum=2.0),
)

# The whole cost of outsourcing (issue 6): what a vendor's hour really buys, the people, the premises and the
# commercial terms. Where no public figure was found the source says "modelling choice" and the user sets it.
_DEAL_ASSUMPTIONS = (
    Assumption(
        "handle_time_ratio", "Vendor hours per in-house hour", 1.10, "ratio",
        "Longer handling at a new vendor: DMG Consult's offshore worked example assumes 20% more talk time; "
        "Compass Management Consulting (via Computerworld) found breakdowns on 18% of offshore calls (4% "
        "onshore), each adding 39-105% to the call, i.e. 7-19% more time offshore, 2-4% onshore. Range "
        "1.00-1.20, middle 1.10. The offshore captive's team is sized by the same ratio: both sources measure "
        "offshore delivery, whoever employs the agents",
        minimum=0.5, maximum=3.0, low=1.0, high=1.2),
    Assumption(
        "vendor_shrinkage", "Vendor shrinkage", 0.30, "share of paid hours",
        "Same benchmark as in-house shrinkage: commonly 30-35% (GoTo); OpsDog average 27.0%, range 13.3-39.4%",
        minimum=0.0, maximum=0.8, low=0.133, high=0.394),
    Assumption(
        "governance_min_fte", "Retained organisation, at least", 0.5, "FTE",
        "Modelling choice, not a sourced figure: someone must own the contract however small the fees "
        "('Mastering Risk Management', O'Reilly, sizes governance at 3-6% of contract value, which shrinks "
        "as the vendor gets cheaper); set the people you will keep",
        minimum=0.0, maximum=1_000.0),
    Assumption(
        "governance_salary", "Vendor manager salary", 98_580.0, "USD/year",
        "BLS Occupational Outlook Handbook: project management specialists, median pay $98,580 (May 2023); "
        "loaded with the benefits share",
        minimum=0.0, maximum=1_000_000.0),
    Assumption(
        "delivery_wage_growth", "Delivery-country wage growth", 0.15, "share a year",
        "Compass Management Consulting (via Computerworld): offshore wage growth of up to 15% a year in India "
        "erodes the price advantage within about three years; used when escalation follows delivery wages",
        minimum=-0.2, maximum=0.5),
    Assumption(
        "escalation_cap", "Escalation cap", 0.5, "share a year",
        "Contract term: none unless negotiated (50%, the top of the field, means no cap in practice)",
        minimum=0.0, maximum=0.5),
    Assumption(
        "productivity_commitment", "Productivity commitment", 0.0, "share a year",
        "Contract term: an annual price reduction the vendor commits to; none unless negotiated",
        minimum=0.0, maximum=0.5),
    Assumption(
        "vat_rate", "VAT or GST on vendor fees", 0.0, "share of fees",
        "0% for a US buyer (no VAT; sales tax on services varies by state). Set it where VAT applies: e.g. "
        "UK 20%, EU member states 17-27%",
        minimum=0.0, maximum=0.5),
    Assumption(
        "vat_recoverable_share", "VAT the buyer recovers", 1.0, "share of VAT",
        "A VAT-registered business usually recovers all input VAT; banks, insurers and public bodies recover "
        "little or none (partial exemption): set 0% for them",
        minimum=0.0, maximum=1.0),
    Assumption(
        "leaver_share", "Staff made redundant", 1.0, "share of in-house FTE",
        "Modelling choice: everyone whose work moves leaves; lower it for staff you redeploy",
        minimum=0.0, maximum=1.0),
    Assumption(
        "severance_weeks_per_year", "Severance", 1.0, "weeks of pay per year of service",
        "Lee Hecht Harrison survey of 925 US firms (PlanSponsor, 2001): 1 week per year of service typical "
        "for hourly and salaried staff; Right Management: 1.2-1.6 mean weeks per year for non-executives",
        minimum=0.0, maximum=52.0, low=1.0, high=1.6),
    Assumption(
        "severance_min_weeks", "Severance minimum", 2.0, "weeks of pay",
        "Lee Hecht Harrison survey (PlanSponsor, 2001): minimum 2 weeks",
        minimum=0.0, maximum=104.0),
    Assumption(
        "average_tenure_years", "Average tenure of leavers", 3.5, "years",
        "BLS Employee Tenure in 2024: median tenure with the current employer 3.5 years in the private "
        "sector (3.9 all workers; 2.7 at ages 25-34, 9.6 at 55-64), January 2024",
        minimum=0.0, maximum=50.0),
    Assumption(
        "retention_bonus_share", "Retention bonus", 0.10, "share of annual salary",
        "Modelling choice, not a sourced figure: a stay bonus for leavers kept through the transition; "
        "set your own, 0% for none",
        minimum=0.0, maximum=2.0),
    Assumption(
        "stranded_overhead_share", "Stranded overhead", 0.5, "share of in-house overhead",
        "Modelling choice, not a sourced figure: leases and licences that outlive the team (Barthelemy, MIT "
        "Sloan Management Review, names such transition costs as hidden); set your own",
        minimum=0.0, maximum=1.0),
    Assumption(
        "stranded_months", "Stranded overhead lasts", 6.0, "months after go-live",
        "Modelling choice, not a sourced figure: until leases and licences can be ended",
        minimum=0.0, maximum=120.0),
    Assumption(
        "selection_months", "Vendor selection", 0.0, "months before the contract",
        "Modelling choice: months inside the horizon before the contract starts, while the in-house team "
        "still does the work; 0 starts the horizon at signature",
        minimum=0.0, maximum=24.0),
    Assumption(
        "escalation_correlation", "Wage inflation and escalation move together", 0.5, "rank correlation",
        "Stated, not sourced: both follow the same economy (contract escalation is usually CPI-indexed, "
        "wages follow the Employment Cost Index); drawn with the Iman-Conover method",
        minimum=-1.0, maximum=1.0),
)

# What surveys of signed deals find, for the reality check beside the result.
REALISED_SAVINGS_LOW, REALISED_SAVINGS_HIGH, REALISED_SAVINGS_AVERAGE = 0.10, 0.39, 0.15
REALISED_SAVINGS_SOURCE = ("TPI, as reported by itfacts.biz, 'Outsourcing saves 15% on average' (2006): 10-39% "
                           "realised after fees, severance and governance, 15% on average; Deloitte 2008 "
                           "outsourcing report: realised ROI just over 25% globally")

# What going offshore saves, for the offshore captive's reality check.
OFFSHORE_SAVINGS_LOW, OFFSHORE_SAVINGS_HIGH, OFFSHORE_REALISED_AVERAGE = 0.25, 0.60, 0.30
OFFSHORE_SAVINGS_SOURCE = ("DMG Consult, 'Contact center outsourcing can save you 25% to 60%' (possible offshore); "
                           "InterUnity via Krell: about 30% realised offshore on average")

ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in (*_ASSUMPTIONS, *_TIME_ASSUMPTIONS, *_DEAL_ASSUMPTIONS)}
IN_HOUSE_KEYS = (
    "annual_salary", "benefits_load", "shrinkage", "paid_hours_per_year", "span_of_control",
    "supervisor_salary", "overhead_per_fte_month", "annual_attrition", "cost_per_hire",
)
VENDOR_MANAGEMENT_KEYS = ("governance_rate", "first_year_governance_rate", "vendor_selection_rate", "transition_rate",
                          "governance_min_fte", "governance_salary")
BUSINESS_CASE_KEYS = ("horizon_years", "wage_inflation", "contract_escalation", "discount_rate", "dual_running_months",
                      "exit_rate", "selection_months")
VENDOR_TERMS_KEYS = ("handle_time_ratio", "vendor_shrinkage", "delivery_wage_growth", "escalation_cap",
                     "productivity_commitment", "vat_rate", "vat_recoverable_share")
PEOPLE_KEYS = ("leaver_share", "severance_weeks_per_year", "severance_min_weeks", "average_tenure_years",
               "retention_bonus_share", "stranded_overhead_share", "stranded_months")
# Inputs a user may give as a range for the Monte Carlo, and whether a higher value makes the cost higher
# (True) or lower (False): what "the cheap end" of each range is. Read with workload in hours.
RANGE_KEYS: dict[str, bool] = {
    "annual_salary": True, "benefits_load": True, "shrinkage": True, "paid_hours_per_year": False,
    "span_of_control": False, "supervisor_salary": True, "overhead_per_fte_month": True, "annual_attrition": True,
    "cost_per_hire": True, "governance_rate": True, "first_year_governance_rate": True,
    "vendor_selection_rate": True, "transition_rate": True, "wage_inflation": True, "contract_escalation": True,
    "handle_time_ratio": True, "vendor_shrinkage": True, "severance_weeks_per_year": True,
}
# Ramp-up after go-live: extra vendor hours in months 1, 2, 3 after go-live, as shares of the steady hours.
# Modelling choice, not a sourced figure (the longer handling above is the steady state; a new team is slower
# still at first). Edit it on the page or in a scenario file ("vendor_terms": {"ramp_up": [0.3, 0.2, 0.1]}).
RAMP_UP = (0.30, 0.20, 0.10)
RAMP_UP_SOURCE = "Modelling choice, not a sourced figure: a new vendor team is slower in its first months"
MAX_RAMP_MONTHS = 24
# The quote's own location: the seed prices state none.
LOCATIONS = {"not_stated": "Location not stated", "onshore": "Onshore", "nearshore": "Nearshore",
             "offshore": "Offshore"}
BILLED_UNITS = {"productive_hour": "per productive hour", "paid_hour": "per paid (scheduled) hour",
                "fte_month": "per FTE a month"}


@dataclass(frozen=True)
class FunctionPay:
    """In-house pay for one kind of work, with its source; overhead follows from it (see ``_overhead``)."""

    annual_salary: float
    source: str

    @property
    def overhead_per_fte_month(self) -> float:
        """Non-labour cost per FTE, by the same labour-share rule as the default (labour 67.5% of cost).

        >>> FUNCTION_PAY["Human resources"].overhead_per_fte_month
        3337.0
        """
        share = (_LABOUR_SHARE_LOW + _LABOUR_SHARE_HIGH) / 2
        return float(round(self.annual_salary / 12 * (1 + _BENEFITS) * (1 - share) / share))


# Pay for the functions the seeds price other than customer service (which uses the agent figure above).
FUNCTION_PAY: dict[str, FunctionPay] = {
    "IT and software operations": FunctionPay(
        49_770.0, "BLS Occupational Outlook Handbook: computer user support specialists, median $49,770 (May 2021)"),
    "Human resources": FunctionPay(
        63_490.0, "BLS Occupational Outlook Handbook: human resources specialists, median $63,490 (May 2020)"),
    "Research and analysis": FunctionPay(
        74_680.0, "BLS Occupational Outlook Handbook: market research analysts, median $74,680 (May 2023)"),
}


def in_house_defaults(function: str) -> dict[str, float]:
    """Salary and overhead defaults for ``function``: its own where sourced, else the contact-centre figures.

    >>> in_house_defaults("Human resources")["annual_salary"], in_house_defaults("Telemarketing")["annual_salary"]
    (63490.0, 41600.0)
    """
    pay = FUNCTION_PAY.get(function)
    if pay is None:
        return {"annual_salary": ASSUMPTIONS["annual_salary"].default,
                "overhead_per_fte_month": ASSUMPTIONS["overhead_per_fte_month"].default}
    return {"annual_salary": pay.annual_salary, "overhead_per_fte_month": pay.overhead_per_fte_month}


def in_house_source(function: str, key: str) -> str:
    """Where the default of ``key`` for ``function`` comes from."""
    pay = FUNCTION_PAY.get(function)
    if pay is not None and key == "annual_salary":
        return pay.source
    if pay is not None and key == "overhead_per_fte_month":
        return ("Derived as for the default: labour is 60-75% of operating cost (industry sources), applied to "
                "this function's pay")
    return ASSUMPTIONS[key].source


# Human resources is priced per employee served (FIGURES: business.com, PEO guides): the number served
# follows from the in-house HR team by the HR-to-staff ratio.
HR_STAFF_PER_100_EMPLOYEES = 1.4
HR_RATIO_SOURCE = "Bloomberg BNA HR Department Benchmarks: median 1.4 HR staff per 100 employees"


def employees_served(hr_fte: float) -> float:
    """Employees an HR team of ``hr_fte`` serves, at the benchmark ratio.

    >>> round(employees_served(7))
    500
    """
    return hr_fte * 100 / HR_STAFF_PER_100_EMPLOYEES


# Contact-centre staffing (issue 9). The service-level target and occupancy cap are planning
# conventions, not measurements; the volume and handle time are the worked example.
CONTACT_CENTRE_ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in (
    Assumption(
        "contacts_per_month", "Contacts a month", 40_000.0, "contacts/month",
        "Illustrative: a mid-sized customer-service queue (\"40,000 calls a month at 6 minutes\"); "
        "enter your own volume or upload your interval file",
        minimum=0.0, maximum=50_000_000.0),
    Assumption(
        "chat_contacts_per_month", "Chats a month", 10_000.0, "contacts/month",
        "Illustrative: a chat queue a quarter the size of the voice example; enter your own",
        minimum=0.0, maximum=50_000_000.0),
    Assumption(
        "chat_aht_seconds", "Chat handle time", 600.0, "seconds",
        "Illustrative: 10 minutes a chat, one chat at a time; take yours from the chat platform",
        minimum=1.0, maximum=7_200.0),
    Assumption(
        "chat_answer_seconds", "Chat answer-time target", 60.0, "seconds",
        "Illustrative: chats are usually given longer to answer than calls; set your own",
        minimum=0.0, maximum=3_600.0),
    Assumption(
        "volume_spread", "Volume uncertainty", 0.10, "share either side",
        "Modelling choice, not a sourced figure: month-to-month volume within 10% either side of the plan",
        minimum=0.0, maximum=0.9),
    Assumption(
        "aht_spread", "Handle-time uncertainty", 0.10, "share either side",
        "Modelling choice, not a sourced figure: handle time within 10% either side of the plan",
        minimum=0.0, maximum=0.9),
    Assumption(
        "aht_seconds", "Average handle time", 360.0, "seconds",
        "Illustrative: 6 minutes of talk and wrap-up a call; take yours from the ACD report",
        minimum=1.0, maximum=7_200.0),
    Assumption(
        "answer_seconds", "Answer-time target", 20.0, "seconds",
        "The common '80/20' service-level convention: 80% of contacts answered within 20 seconds",
        minimum=0.0, maximum=3_600.0),
    Assumption(
        "service_level", "Service-level target", 0.80, "share of contacts",
        "The common '80/20' service-level convention: 80% of contacts answered within 20 seconds",
        minimum=0.05, maximum=0.999),
    Assumption(
        "max_occupancy", "Maximum occupancy", 0.85, "share of staffed time",
        "Planning convention: agents kept busy at most 85-90% of their staffed time to avoid burn-out",
        minimum=0.30, maximum=1.0, low=0.85, high=0.90),
)}


# "Which model fits" (issue 8): the weights and thresholds of the guide's rules (estimator/guide.py). Each answer is a
# level from 0 (the BPO end of the seeds' comparison) to 1 (the KPO end); the seeds say which way each question
# points, not how much each weighs, so every weight here is a modelling choice, stated as one.
GUIDE_ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in (
    Assumption(
        "guide_weight_judgement", "Weight of rule-based vs judgement-based work", 0.30, "share of the knowledge score",
        "Modelling choice, not a sourced figure; the direction is the seeds': BPO 'relies on rules and standardized "
        "processes', KPO 'is based on judgment' ('Differences between Business Process Outsourcing (BPO) and "
        "Knowledge Process Outsourcing (KPO)', point 3; 'BPO vs. KPO': BPO where 'the work has a defined mode of "
        "execution and set rules')",
        minimum=0.0, maximum=1.0),
    Assumption(
        "guide_weight_insight", "Weight of volume-driven vs insight-driven work", 0.30, "share of the knowledge score",
        "Modelling choice, not a sourced figure; the direction is the seeds': 'BPO is volume-driven ... KPO is "
        "insights-driven' ('Differences between ...', point 7; xtDirect, 'BPO vs KPO: Which Is Right for Your Call "
        "Center?': BPO for high volumes, KPO for specialized analysis)",
        minimum=0.0, maximum=1.0),
    Assumption(
        "guide_weight_skills", "Weight of the skills the work needs", 0.25, "share of the knowledge score",
        "Modelling choice, not a sourced figure; the direction is the seeds': BPO needs 'good communication skills "
        "and basic computer knowledge', KPO 'professionally qualified and highly skilled workers' ('Differences "
        "between ...', point 9; 'BPO vs. KPO': 'erroneous ... to select a business process outsourcing company to "
        "carry out engineering tasks')",
        minimum=0.0, maximum=1.0),
    Assumption(
        "guide_weight_collaboration", "Weight of collaboration in the knowledge score", 0.15,
        "share of the knowledge score",
        "Modelling choice, not a sourced figure; the direction is the seeds': BPO 'involves limited collaboration', "
        "KPO 'requires more collaboration and coordination' ('Differences between ...', point 8). Weighed least: "
        "the seed ranks it as a consequence of the work's nature, not a test of it",
        minimum=0.0, maximum=1.0),
    Assumption(
        "guide_kpo_threshold", "Knowledge score from which KPO fits", 0.50, "score (0-1)",
        "Modelling choice: the middle of the scale. With the weights above, work that is judgement-based and "
        "insight-driven (0.30 + 0.30 = 0.60) is never sent to a BPO, and rule-based volume work (at most 0.25 + "
        "0.15 = 0.40) never to a KPO, whatever the other answers",
        minimum=0.0, maximum=1.0),
    Assumption(
        "guide_mixed_band", "Close call either side of the KPO threshold", 0.10, "score (0-1)",
        "Modelling choice: within this of the threshold the guide says the work is a mix and repeats xtDirect's "
        "advice to combine both ('BPO to handle the volume, KPO-style analytics to learn from it')",
        minimum=0.0, maximum=0.5),
    Assumption(
        "guide_weight_sensitivity", "Weight of data sensitivity in the keep-in-house score", 0.70,
        "share of the keep-in-house score",
        "Modelling choice, not from the seeds (they do not discuss data). Restricted data (1.0 x 0.70) alone "
        "reaches the threshold: data that may not leave the company stays in it. Personal data is what the EU "
        "GDPR, Chapter V (Articles 44-49), allows abroad only with an adequacy decision or safeguards",
        minimum=0.0, maximum=1.0),
    Assumption(
        "guide_weight_closeness", "Weight of close collaboration in the keep-in-house score", 0.30,
        "share of the keep-in-house score",
        "Modelling choice, not a sourced figure: work done day by day with your own teams is harder to hand over "
        "(the seeds: KPO 'requires more collaboration and coordination', 'Differences between ...', point 8)",
        minimum=0.0, maximum=1.0),
    Assumption(
        "guide_in_house_threshold", "Keep-in-house score from which in-house fits", 0.70, "score (0-1)",
        "Modelling choice: restricted data alone, or confidential personal data with close daily collaboration "
        "(0.70 x 2/3 + 0.30 = 0.77), keeps the work in-house; personal data with regular reviews (0.62) does not",
        minimum=0.0, maximum=1.0),
)}

@dataclass(frozen=True)
class OffshoreWage:
    """An offshore agent's hourly wage range in USD (not a vendor price) and the benefits load, where the source gives one."""

    country: str
    currency: str
    wage: Range
    benefits: Range | None


# Site Selection Group, March 2024 (offshore agent wages, not vendor prices; bonuses 5-15% everywhere). Benefits are
# given for India, the Philippines and Costa Rica only; the others are left empty rather than guessed.
OFFSHORE_WAGES_SOURCE = "Site Selection Group, March 2024: offshore contact-centre agent wages and benefit loads"
OFFSHORE_WAGES: dict[str, OffshoreWage] = {w.country: w for w in (
    OffshoreWage("India", "INR", Range(2.0, 3.0), Range(0.20, 0.30)),
    OffshoreWage("Philippines", "PHP", Range(2.0, 3.0), Range(0.40, 0.50)),
    OffshoreWage("Mexico", "MXN", Range(5.0, 6.0), None),
    OffshoreWage("Colombia", "COP", Range(4.0, 5.0), None),
    OffshoreWage("Costa Rica", "CRC", Range(6.0, 7.0), Range(0.40, 0.50)),
)}
_INDIA = OFFSHORE_WAGES["India"]
# The spread of the Indian wage range about its middle ($2-3 an hour: 0.8-1.2 times $2.50), for the captive's entry pay.
_ENTRY_PAY_SPREAD = (_INDIA.wage.low / _INDIA.wage.midpoint, _INDIA.wage.high / _INDIA.wage.midpoint)
_ENTRY_PAY = 10_000.0

# Offshore captive (issue 8): an in-house team abroad. Pay in the delivery country's currency (here INR, the seeds'
# only offshore pay); shares are fractions. Scenario.captive prices a team of them (estimator/captive.py).
CAPTIVE_CURRENCY = "INR"
CAPTIVE_ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in (
    Assumption(
        "captive_entry_pay_month", "Entry pay, India", _ENTRY_PAY, "INR/month",
        "Seed 'Difference between KPO and BPO' (publisher not named in the text): 'salaries around Rs. 10000/- in "
        "India' on entering BPO work. Undated, and low against Site Selection Group (March 2024): Indian agents "
        "earn $2-3 an hour, $347-520 a month at 173 paid hours, several times Rs 10,000 at recent exchange rates: "
        "check it against a current local quote. Range Rs 8,000-12,000: that source's spread (0.8-1.2 times the "
        "middle of $2-3) applied to the seed's figure, a modelling choice (the seed gives one figure)",
        minimum=0.0, maximum=10_000_000.0, low=_ENTRY_PAY * _ENTRY_PAY_SPREAD[0], high=_ENTRY_PAY * _ENTRY_PAY_SPREAD[1]),
    Assumption(
        "captive_senior_pay_year", "Senior pay, India", 1_100_000.0, "INR/year",
        "Seed 'Difference between KPO and BPO' (publisher not named in the text): 'with experience and reaching to "
        "senior ... levels, BPO's will be given remuneration around Rs1100000/- per annum'; used for the team "
        "leads, one per span of control",
        minimum=0.0, maximum=1_000_000_000.0),
    Assumption(
        "captive_benefits_share", "Benefits, India", 0.25, "share of wages",
        "Site Selection Group (March 2024): benefits 20-30% of wages for Indian agents (the middle); statutory "
        "employer contributions alone about 12% of basic pay (EOR guide, eorhq.com)",
        minimum=0.0, maximum=1.5, low=_INDIA.benefits.low, high=_INDIA.benefits.high),  # type: ignore[union-attr]
    Assumption(
        "captive_bonus_share", "Bonuses, India", 0.10, "share of wages",
        "Site Selection Group (March 2024): bonuses 5-15% of wages for offshore agents (the middle)",
        minimum=0.0, maximum=1.0, low=0.05, high=0.15),
    Assumption(
        "captive_labour_share", "Labour share of a captive centre's cost", 0.675, "share of operating cost",
        "As for in-house overhead: labour is 60-75% of contact-centre operating cost (industry sources; NICE "
        "inContact 75%); facilities, IT and telecoms add (1 - share) / share of the team's labour cost. Applied "
        "offshore as an assumption: no source gives an Indian centre's own split",
        minimum=0.05, maximum=1.0, low=0.60, high=0.75),
    Assumption(
        "captive_span_of_control", "Staff per team lead, captive", 10.0, "staff per supervisor",
        "ICMI: 8-12 agents per supervisor in contact centres, as for in-house",
        minimum=1.0, maximum=100.0, low=8.0, high=12.0),
)}
# The captive's figures the Monte Carlo draws around the scenario's value (those with a sourced range above), and
# whether a higher value costs more: more staff per team lead, or labour a larger share of the centre's cost (less
# overhead on top), cost less.
CAPTIVE_RANGE_KEYS: dict[str, bool] = {
    "captive_entry_pay_month": True, "captive_benefits_share": True, "captive_bonus_share": True,
    "captive_labour_share": False, "captive_span_of_control": False,
}
