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

from dataclasses import dataclass

from .formatting import percent


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

    def show(self, value: float, unit: bool = True) -> str:
        """A value of this assumption as a reader sees it.

        >>> ASSUMPTIONS["shrinkage"].show(0.3), ASSUMPTIONS["cost_per_hire"].show(4129)
        ('30%', '4,129 USD/hire')
        """
        if self.is_share:
            return percent(value)
        return f"{value:,.0f} {self.unit}" if unit else f"{value:,.0f}"

    def show_range(self, low: float, high: float, unit: bool = True) -> str:
        """
        >>> ASSUMPTIONS["span_of_control"].show_range(8, 12)
        '8–12 staff per supervisor'
        """
        if self.is_share:
            return f"{percent(low)}–{percent(high)}"
        return f"{low:,.0f}–{high:,.0f}" + (f" {self.unit}" if unit else "")

    def range_around(self, value: float) -> tuple[float, float]:
        """A range around a value the user typed: the sources' range scaled by ``value / default``.

        The sources' range says how far this figure spreads relative to its default; a user who typed
        their own figure keeps that relative spread around it. Each end is clamped to
        ``minimum``..``maximum``; without a sources' range (or with a zero default) the range is the
        value itself.

        A salary of 75,000 against the default 41,600 (sources 31,200-52,000, i.e. -25% and +25%):

        >>> ASSUMPTIONS["annual_salary"].range_around(75_000)
        (56250.0, 93750.0)
        >>> ASSUMPTIONS["shrinkage"].range_around(0.3) == (ASSUMPTIONS["shrinkage"].low, ASSUMPTIONS["shrinkage"].high)
        True
        >>> ASSUMPTIONS["paid_hours_per_year"].range_around(1_800)
        (1800.0, 1800.0)
        """
        if self.low is None or self.high is None or self.default == 0:
            return float(value), float(value)
        ratio = value / self.default
        low, high = sorted((self.low * ratio, self.high * ratio))
        low = min(max(low, self.minimum), self.maximum)
        high = min(max(high, self.minimum), self.maximum)
        return float(low), float(high)

    def __post_init__(self) -> None:
        if not self.minimum <= self.default <= self.maximum:
            raise ValueError(f"{self.key}: default {self.default} outside {self.minimum}..{self.maximum}")


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
        minimum=0.0, maximum=3.0, low=0.19, high=0.50),
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
        "transition_rate", "Transition and knowledge transfer (one-time)", 0.125, "share of annual fees",
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
        "US CPI-U +2.9% in the 12 months to December 2024 (BLS)",
        minimum=-0.2, maximum=0.5),
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

ASSUMPTIONS: dict[str, Assumption] = {a.key: a for a in (*_ASSUMPTIONS, *_TIME_ASSUMPTIONS)}
IN_HOUSE_KEYS = (
    "annual_salary", "benefits_load", "shrinkage", "paid_hours_per_year", "span_of_control",
    "supervisor_salary", "overhead_per_fte_month", "annual_attrition", "cost_per_hire",
)
VENDOR_MANAGEMENT_KEYS = ("governance_rate", "first_year_governance_rate", "vendor_selection_rate", "transition_rate")
BUSINESS_CASE_KEYS = ("horizon_years", "wage_inflation", "contract_escalation", "discount_rate", "dual_running_months",
                      "exit_rate")
# Inputs a user may give as a range for the Monte Carlo, and whether a higher value makes the cost higher
# (True) or lower (False): what "the cheap end" of each range is. Read with workload in hours.
RANGE_KEYS: dict[str, bool] = {
    "annual_salary": True, "benefits_load": True, "shrinkage": True, "paid_hours_per_year": False,
    "span_of_control": False, "supervisor_salary": True, "overhead_per_fte_month": True, "annual_attrition": True,
    "cost_per_hire": True, "governance_rate": True, "first_year_governance_rate": True,
    "vendor_selection_rate": True, "transition_rate": True, "wage_inflation": True, "contract_escalation": True,
}
