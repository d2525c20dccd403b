"""The whole cost of outsourcing (issue 6): each new component against a case worked by hand.

Every case starts from the three-year v1 case of ``test_projection.py`` (one FTE at $120,000 with nothing else:
in-house $10,000 a month, 200 productive hours; BPO at $30 an hour = $6,000 a month, +5% a year; governance 10%
in year 1 and 5% after; selection 2% and transition 10% of annual fees = $8,640 in month 1; 2 transition
months in which the in-house team is still paid and the vendor bills) and changes one thing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import scenarios

from estimator.breakeven import break_even_price
from estimator.charts import cost_buildup_figure, cumulative_cost_figure, describe_buildup, headline
from estimator.estimate import estimate
from estimator.export import tidy_table
from estimator.params import cases
from estimator.projection import project
from estimator.scenario import (
    BusinessCase,
    InHouseInputs,
    People,
    Scenario,
    VendorManagement,
    VendorPrice,
    VendorTerms,
)
from estimator.verdict import best_option, reality_check, verdict

BARE = InHouseInputs(annual_salary=120_000, benefits_load=0, shrinkage=0, paid_hours_per_year=2400, span_of_control=100,
                     supervisor_salary=0, overhead_per_fte_month=0, annual_attrition=0, cost_per_hire=0)
MANAGEMENT = VendorManagement(governance_rate=0.05, first_year_governance_rate=0.10, vendor_selection_rate=0.02,
                              transition_rate=0.10, governance_min_fte=0.0)
CASE = BusinessCase(horizon_years=3, wage_inflation=0.10, contract_escalation=0.05, discount_rate=0.12,
                    dual_running_months=2, exit_rate=0.0)
V1_TERMS = VendorTerms(handle_time_ratio=1.0, ramp_up=(), bills_during_transition=True)
NO_PEOPLE = People(leaver_share=0.0, retention_bonus_share=0.0, stranded_overhead_share=0.0)


def case(rate: float = 30.0, *, terms: dict | None = None, people: dict | None = None, management: dict | None = None,
         in_house: dict | None = None, business: dict | None = None, basis: str = "per_hour", billed: str = "productive_hour"
         ) -> Scenario:
    return Scenario("Customer service", 1, in_house=replace(BARE, **(in_house or {})),
                    vendor_management=replace(MANAGEMENT, **(management or {})),
                    business_case=replace(CASE, **(business or {})),
                    vendor_terms=replace(V1_TERMS, **(terms or {})), people=replace(NO_PEOPLE, **(people or {})),
                    bpo=VendorPrice(basis, rate, rate, billed=billed))


def bpo(s: Scenario):
    p = project(s, cases(s)).bpo
    assert p is not None
    return p


V1_BPO = bpo(case())


def test_severance_is_weeks_of_pay_per_year_of_service_at_go_live():
    # 1 leaver × 120,000 / 52 a week × (1 week × 5 years) = 11,538.46, paid at go-live (month 3)
    p = bpo(case(people=dict(leaver_share=1.0, average_tenure_years=5.0)))
    assert p.parts["severance"][1] == pytest.approx(11_538.46, abs=0.01)
    assert p.monthly[1, 2] - V1_BPO.monthly[1, 2] == pytest.approx(11_538.46, abs=0.01)
    assert p.monthly[1, 3] == V1_BPO.monthly[1, 3]


def test_severance_minimum_applies_to_short_service():
    # 1 year of service at 1 week a year is below the 2-week minimum: 2 × 120,000 / 52 = 4,615.38
    p = bpo(case(people=dict(leaver_share=1.0, average_tenure_years=1.0)))
    assert p.parts["severance"][1] == pytest.approx(4_615.38, abs=0.01)


def test_retention_bonus_and_staff_transfer():
    # a 25% stay bonus on 120,000 for the one leaver: 30,000 at go-live
    p = bpo(case(people=dict(leaver_share=1.0, retention_bonus_share=0.25)))
    assert p.parts["retention"][1] == pytest.approx(30_000.0)
    # staff moving to the vendor (TUPE): neither severance nor retention
    moved = bpo(case(people=dict(leaver_share=1.0, retention_bonus_share=0.25, staff_transfer=True)))
    assert moved.parts["retention"][1] == 0 and moved.parts["severance"][1] == 0


def test_stranded_overhead_outlives_the_team():
    # in-house overhead 2,000 a month; half of it stays 4 months after go-live (months 3-6), year 1: 4 × 1,000
    s = case(in_house=dict(overhead_per_fte_month=2_000), people=dict(stranded_overhead_share=0.5, stranded_months=4))
    p = bpo(s)
    assert p.parts["stranded_overhead"][1] == pytest.approx(4_000.0)
    base = bpo(case(in_house=dict(overhead_per_fte_month=2_000)))
    assert list(p.monthly[1, :8] - base.monthly[1, :8]) == pytest.approx([0, 0, 1_000, 1_000, 1_000, 1_000, 0, 0])


def test_governance_floor():
    # half a manager on 96,000 with no benefits: 4,000 a month, +10% wage inflation a year: 4,400, 4,840.
    # 10% of 6,000 = 600 is below it, and so is 5% of 6,300 or 6,615: the floor rules all 36 months.
    p = bpo(case(management=dict(governance_min_fte=0.5, governance_salary=96_000)))
    assert p.parts["governance"][1] == pytest.approx(12 * 4_000 + 12 * 4_400 + 12 * 4_840)
    # without the floor: 12 × 600 + 12 × 315 + 12 × 330.75 = 14,949
    assert V1_BPO.parts["governance"][1] == pytest.approx(14_949.0)


def test_productivity_gap_buys_more_hours():
    # 20% longer handling: 240 billed hours × $30 = 7,200 a month; run-rate governance at the steady 5% = 360
    e = estimate(case(terms=dict(handle_time_ratio=1.2)))
    parts = {c.name: c.cost.mid for c in e.bpo.components}
    assert parts["fees"] == pytest.approx(7_200.0)
    assert parts["governance"] == pytest.approx(360.0)


def test_ramp_up_adds_hours_after_go_live():
    # 50% then 25% more hours in the first two months after go-live (month 3 and 4): 3,000 + 1,500
    p = bpo(case(terms=dict(ramp_up=(0.5, 0.25))))
    assert p.parts["ramp_up"][1] == pytest.approx(4_500.0)
    # fees and their 10% governance: month 3 is 9,000 × 1.1 + in-house 10,000 (last transition month is 2)
    assert p.monthly[1, 2] == pytest.approx(9_000 * 1.1)
    assert p.monthly[1, 3] == pytest.approx(7_500 * 1.1)


def test_unrecovered_vat():
    # 20% VAT on 6,000 with a quarter recovered: 900 a month in year 1; 945 in year 2; 992.25 in year 3
    p = bpo(case(terms=dict(vat_rate=0.20, vat_recoverable_share=0.25)))
    assert p.parts["vat"][1] == pytest.approx(12 * (900 + 945 + 992.25))


def test_escalation_index_cap_and_productivity_commitment():
    # fees follow 15% delivery wage growth, capped at 6%, less a 2% productivity commitment: +4% a year
    p = bpo(case(terms=dict(escalation_index="delivery_wages", delivery_wage_growth=0.15, escalation_cap=0.06,
                            productivity_commitment=0.02)))
    assert p.fees_monthly[1, [0, 12, 24]] == pytest.approx([6_000.0, 6_240.0, 6_489.60])


@pytest.mark.parametrize(("billed", "rate", "fees"), [
    ("productive_hour", 30.0, 6_000.0),   # 200 h × 30
    ("paid_hour", 30.0, 7_500.0),         # 200 / (1 − 20%) = 250 paid hours × 30
    ("fte_month", 5_000.0, 6_250.0),      # 200 / (2,400 / 12 × 0.8) = 1.25 FTE × 5,000
])
def test_billed_hour_definitions(billed, rate, fees):
    e = estimate(case(rate, billed=billed, terms=dict(vendor_shrinkage=0.2)))
    assert {c.name: c.cost.mid for c in e.bpo.components}["fees"] == pytest.approx(fees)


def test_fees_start_at_go_live_unless_the_vendor_bills_during_transition():
    p = bpo(case(terms=dict(bills_during_transition=False)))
    # months 1-2: the in-house team only (plus the one-time 8,640 in month 1); month 3: fees 6,000 + 600
    assert list(p.monthly[1, :3]) == pytest.approx([10_000 + 8_640, 10_000, 6_600])


def test_selection_months_delay_the_contract():
    # one month of selection: month 1 pays in-house and selection (2% × 72,000 = 1,440); the contract starts in
    # month 2 with transition (7,200) and 2 transition months; go-live in month 4
    p = bpo(case(business=dict(selection_months=1)))
    assert p.monthly[1, 0] == pytest.approx(10_000 + 1_440)
    assert p.monthly[1, 1] == pytest.approx(10_000 + 6_000 + 600 + 7_200)
    assert estimate(case(business=dict(selection_months=1))).scenario.business_case.go_live_month == 4


def test_no_break_even_price_when_even_a_free_vendor_costs_more():
    # a retained organisation of 3 people on 120,000 costs 30,000 a month, three times in-house's 10,000
    s = case(management=dict(governance_min_fte=3, governance_salary=120_000))
    assert break_even_price(estimate(s), "bpo") is None


def test_break_even_price_closed_form():
    # BPO total at r an hour: fees 2,400r × (1 + 1.05 + 1.1025) = 7,566r; governance 240r + 2,400r × 2.1525 × 5%
    # = 498.3r; one-time 12% × 2,400r = 288r; plus 2 months of in-house 20,000. In-house 397,200.
    # r* = 377,200 / 8,352.3 = 45.1612
    assert break_even_price(estimate(case()), "bpo") == pytest.approx(377_200 / 8_352.3)


def test_break_even_price_with_the_governance_floor_binding():
    # floor 4,000 / 4,400 / 4,840 a month rules every month below r = 200 (10% × 200r = 4,000):
    # total = 7,566r + 288r + 158,880 + 20,000; r* = (397,200 − 178,880) / 7,854 = 27.7973
    s = case(management=dict(governance_min_fte=0.5, governance_salary=96_000))
    assert break_even_price(estimate(s), "bpo") == pytest.approx(218_320 / 7_854)


def test_default_case_lands_where_the_readme_says(full_example):
    # README "Where the default case lands": 41% over 5 years at the midpoint, above the surveyed 10-39%
    est = estimate(full_example)
    share = est.horizon_savings_share(est.bpo)
    assert share.mid == pytest.approx(1_990_159.96 / 4_801_480.88)
    assert share.low > share.mid > share.high  # the cheap case saves the most
    check = reality_check(est, None)
    assert check.position == "above" and check.band == (0.10, 0.39)


def test_tidy_low_mid_high_are_the_same_case_in_every_row(full_example):
    table = tidy_table(estimate(full_example)).set_index(["option", "component", "period"])
    cheap_cost = table.loc[("bpo", "horizon_total", "horizon"), "low"]
    cheap_saving = table.loc[("bpo", "horizon_savings", "horizon"), "low"]
    in_house = table.loc[("in_house", "horizon_total", "horizon"), "low"]
    assert cheap_saving == pytest.approx(in_house - cheap_cost)
    assert table.loc[("bpo", "savings", "run_rate_month"), "low"] > table.loc[("bpo", "savings", "run_rate_month"), "high"]
    assert set(table.reset_index().period.str.replace(r"_\d+$", "", regex=True)) == {
        "run_rate_month", "run_rate_year", "one_time", "month", "year", "horizon"}


# Rules that always hold ------------------------------------------------------------------------------------------

hourly = VendorPrice("per_hour", 20, 30, option="bpo")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios, st.floats(0.5, 2.0), st.floats(0.0, 1.0))
def test_a_higher_handle_time_ratio_never_raises_savings(s, ratio, more):
    s = replace(s, bpo=hourly, kpo=None)
    low, high = (replace(s, vendor_terms=replace(s.vendor_terms, handle_time_ratio=r)) for r in (ratio, ratio + more))
    saving_low = estimate(low).horizon_savings(estimate(low).bpo)
    saving_high = estimate(high).horizon_savings(estimate(high).bpo)
    assert saving_high.mid <= saving_low.mid + 1e-6 * max(1.0, abs(saving_low.mid))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_the_verdict_agrees_everywhere_it_is_shown(s):
    est = estimate(s)
    v = verdict(est)
    assert best_option(est).option == v.option
    assert headline(est) == v.sentence
    assert cost_buildup_figure(est).layout.title.text == v.sentence
    assert cumulative_cost_figure(est).layout.title.text == v.sentence
    assert describe_buildup(est).startswith(v.sentence)
    table = tidy_table(est)
    (row,) = table[table.component == "verdict"].itertuples()
    assert row.option == v.option
    totals = {op.option: est.horizon_total(op).mid for op in est.options if op.priced}
    assert totals[v.option] == min(totals.values())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios, st.floats(0.0, 3.0), st.floats(0.0, 50_000.0))
def test_at_the_break_even_price_the_option_costs_what_in_house_costs(s, min_fte, salary):
    s = replace(s, bpo=hourly, kpo=None, vendor_management=replace(s.vendor_management, governance_min_fte=min_fte,
                                                                        governance_salary=salary))
    x = break_even_price(estimate(s), "bpo")
    assume(x is not None and x < 1e6)
    at = estimate(replace(s, bpo=VendorPrice("per_hour", x, x, option="bpo"), ranges=()))
    gap = at.horizon_total(at.bpo).mid - at.horizon_total(at.in_house).mid
    assert abs(gap) <= 1e-5 * max(1.0, at.horizon_total(at.in_house).mid)


def test_with_every_new_cost_zero_the_v1_figures_come_back(worked_example):
    # worked_example is v1(...) of the README case: the v1 README figures, to the cent
    est = estimate(worked_example)
    assert est.bpo.total.as_tuple() == pytest.approx((25_358.67, 31_698.33, 38_038.00), abs=0.01)
    assert est.horizon_total(est.bpo).mid == pytest.approx(2_302_109.50, abs=0.01)
    assert est.break_even_month(est.bpo)[1] == 7
