"""The business case over time, against a three-year case worked by hand."""

from __future__ import annotations

import math

import numpy as np
import numpy_financial as npf
import pytest
from v1 import v1

from estimator.estimate import estimate
from estimator.export import tidy_table
from estimator.params import cases
from estimator.projection import break_even_month, discount_factors, project
from estimator.scenario import BusinessCase, InHouseInputs, InputError, Scenario, VendorManagement, VendorPrice

# One FTE at $120,000 with nothing else: in-house $10,000 a month. 2,400 paid hours, no shrinkage: W = 200 hours.
BARE = InHouseInputs(annual_salary=120_000, benefits_load=0, shrinkage=0, paid_hours_per_year=2400, span_of_control=100,
                     supervisor_salary=0, overhead_per_fte_month=0, annual_attrition=0, cost_per_hire=0)
MANAGEMENT = VendorManagement(governance_rate=0.05, first_year_governance_rate=0.10, vendor_selection_rate=0.02,
                              transition_rate=0.10)
CASE = BusinessCase(horizon_years=3, wage_inflation=0.10, contract_escalation=0.05, discount_rate=0.12,
                    dual_running_months=2, exit_rate=0.0)


def v1_scenario(*args, **kwargs) -> Scenario:
    """A scenario on the v1 model: the costs issue 6 added set to zero (tests/v1.py), so the figures worked by
    hand for v1 hold to the cent."""
    return v1(Scenario(*args, **kwargs))


def three_years(rate: float = 30.0, **case_changes) -> Scenario:
    case = BusinessCase(**{**CASE.__dict__, **case_changes})
    return v1_scenario("Customer service", 1, in_house=BARE, vendor_management=MANAGEMENT, business_case=case,
                    bpo=VendorPrice("per_hour", rate, rate))


# By hand: fees 200 h × $30 = 6,000 a month, +5% a year: 6,000 / 6,300 / 6,615.
# Governance 10% in year 1, 5% after: 600 / 315 / 330.75. One-time 12% of 72,000 = 8,640 in month 1.
# Dual running months 1-2: the in-house 10,000 as well.
BPO_MONTHS = [6_000 + 600 + 10_000 + 8_640, 6_000 + 600 + 10_000] + [6_600.0] * 10 + [6_615.0] * 12 + [6_945.75] * 12
IN_HOUSE_MONTHS = [10_000.0] * 12 + [11_000.0] * 12 + [12_100.0] * 12


def test_monthly_series_by_hand():
    p = project(three_years(), cases(three_years()))
    assert p.bpo.monthly[1] == pytest.approx(BPO_MONTHS)
    assert p.in_house.monthly[1] == pytest.approx(IN_HOUSE_MONTHS)


def test_horizon_totals_and_annual_table_by_hand():
    e = estimate(three_years())
    # in-house 12 × (10,000 + 11,000 + 12,100) = 397,200; BPO 25,240 + 16,600 + 10 × 6,600 + 12 × 6,615 + 12 × 6,945.75
    assert e.horizon_total(e.in_house).mid == pytest.approx(397_200.0)
    assert e.horizon_total(e.bpo).mid == pytest.approx(270_569.0)
    assert e.horizon_savings(e.bpo).mid == pytest.approx(126_631.0)
    assert e.projected(e.bpo).annual[1] == pytest.approx([107_840.0, 79_380.0, 83_349.0])
    assert e.projected(e.in_house).annual[1] == pytest.approx([120_000.0, 132_000.0, 145_200.0])


def test_break_even_month_by_hand():
    # cumulative savings: month 1 −15,240, month 2 −21,840, then +3,400 a month: −1,440 after month 8, +1,960 after 9
    e = estimate(three_years())
    assert e.break_even_month(e.bpo) == (9.0, 9.0, 9.0)


def test_never_breaks_even_when_the_vendor_is_dearer():
    # $60 an hour: fees 12,000 a month against 10,000 in-house
    e = estimate(three_years(rate=60.0))
    assert e.break_even_month(e.bpo) == (None, None, None)


def test_npv_matches_numpy_financial():
    e = estimate(three_years())
    monthly_rate = 1.12 ** (1 / 12) - 1
    assert e.npv(e.bpo).mid == pytest.approx(npf.npv(monthly_rate, BPO_MONTHS), rel=1e-12)
    assert e.npv(e.in_house).mid == pytest.approx(npf.npv(monthly_rate, IN_HOUSE_MONTHS), rel=1e-12)


def test_npv_at_zero_rate_is_the_total():
    e = estimate(three_years(discount_rate=0.0))
    assert e.npv(e.bpo).mid == pytest.approx(270_569.0)


def test_exit_cost_lands_in_the_last_month():
    # 50% of the final year's annual fees: 12 × 6,615 × 0.5 = 39,690
    e = estimate(three_years(exit_rate=0.5))
    p = e.projected(e.bpo)
    assert p.monthly[1, -1] == pytest.approx(6_945.75 + 39_690.0)
    assert e.horizon_total(e.bpo).mid == pytest.approx(270_569.0 + 39_690.0)
    # still positive after the exit: 126,631 − 39,690 > 0, so break-even stays month 9
    assert e.break_even_month(e.bpo)[1] == 9.0


def test_one_year_horizon_and_no_dual_running():
    e = estimate(three_years(horizon_years=1, dual_running_months=0))
    # 6,600 × 12 + 8,640 = 87,840
    assert e.horizon_total(e.bpo).mid == pytest.approx(87_840.0)


def test_dual_running_longer_than_the_horizon_is_refused():
    with pytest.raises(InputError, match="dual_running_months: selection and transition must fit in the horizon, 12 months, got 0 \\+ 13"):
        BusinessCase(horizon_years=1, dual_running_months=13)


def test_break_even_edge_cases():
    assert break_even_month(np.array([[1.0, 2.0]])).tolist() == [1.0]
    assert math.isnan(break_even_month(np.array([[1.0, -2.0]]))[0])


def test_discount_factors_are_annual_at_month_13():
    assert discount_factors(0.08, 25)[[12, 24]] == pytest.approx([1 / 1.08, 1 / 1.08**2])


def test_export_monthly_and_annual_rows_sum_to_the_horizon_total():
    table = tidy_table(estimate(three_years(exit_rate=0.5)))
    for option in ("in_house", "bpo"):
        rows = table[table.option == option]
        horizon = rows[rows.component == "horizon_total"]["mid"].item()
        monthly = rows[(rows.component == "total") & rows.period.str.fullmatch(r"month_\d+")]
        annual = rows[(rows.component == "total") & rows.period.str.startswith("year_")]
        assert len(monthly) == 36 and len(annual) == 3
        assert monthly["mid"].sum() == pytest.approx(horizon)
        assert annual["mid"].sum() == pytest.approx(horizon)
    bpo = table[(table.option == "bpo")].set_index(["component", "period"])
    assert bpo.loc[("break_even_month", "horizon"), "mid"] == 9.0
    assert bpo.loc[("horizon_total", "horizon"), "mid"] == pytest.approx(310_259.0)
