"""Whole estimates against hand calculations: the README worked example and one per pricing basis."""

from __future__ import annotations

import pytest
from v1 import v1

from estimator.estimate import estimate
from estimator.scenario import InHouseInputs, Scenario, VendorPrice, reference_price

APPROX = dict(abs=0.01)


def v1_scenario(*args, **kwargs) -> Scenario:
    """A scenario on the v1 model: the costs issue 6 added set to zero (tests/v1.py), so the figures worked by
    hand for v1 hold to the cent."""
    return v1(Scenario(*args, **kwargs))


def parts(option):
    return {c.name: c.cost.as_tuple() for c in option.components}


def test_worked_example_in_house(worked_example):
    # defaults: salary 41,600; benefits 31%; shrinkage 30%; span 10; supervisor 58,450; overhead 2,187; attrition 19%;
    # cost per hire 4,129. 10 FTE = 10 × 173.333 × 0.7 = 1,213.33 productive hours a month.
    e = estimate(worked_example)
    assert e.fte == pytest.approx(10.0)
    assert e.workload_hours == pytest.approx(1_213.33, **APPROX)
    expected = {
        "wages": 34_666.67,        # 10 × 41,600 / 12
        "benefits": 10_746.67,     # 34,666.67 × 0.31
        "supervision": 6_380.79,   # 10 / 10 × 58,450 / 12 × 1.31
        "overhead": 21_870.00,     # 10 × 2,187
        "hiring": 653.76,          # 10 × 0.19 × 4,129 / 12
    }
    for name, value in expected.items():
        assert parts(e.in_house)[name] == pytest.approx((value,) * 3, **APPROX)
    assert e.in_house.total.mid == pytest.approx(74_317.88, **APPROX)
    assert e.in_house.annual_total.mid == pytest.approx(891_814.60, **APPROX)


def test_worked_example_bpo(worked_example):
    e = estimate(worked_example)
    # fees: 1,213.33 h × $20 / $25 / $30; governance 4.5% of fees
    assert parts(e.bpo)["fees"] == pytest.approx((24_266.67, 30_333.33, 36_400.00), **APPROX)
    assert parts(e.bpo)["governance"] == pytest.approx((1_092.00, 1_365.00, 1_638.00), **APPROX)
    assert e.bpo.total.as_tuple() == pytest.approx((25_358.67, 31_698.33, 38_038.00), **APPROX)
    # one-time: 12 × fees × 3.5% selection and × 12.5% transition
    one_time = {c.name: c.cost.as_tuple() for c in e.bpo.one_time}
    assert one_time["vendor_selection"] == pytest.approx((10_192.0, 12_740.0, 15_288.0), **APPROX)
    assert one_time["transition"] == pytest.approx((36_400.0, 45_500.0, 54_600.0), **APPROX)
    # savings: 74,317.88 − 38,038.00 / 31,698.33 / 25,358.67
    # low/mid/high are the cheap, mid and dear cases: the cheap case's saving is the largest
    assert e.savings(e.bpo).as_tuple() == pytest.approx((48_959.22, 42_619.55, 36_279.88), **APPROX)
    assert e.savings_share(e.bpo).mid == pytest.approx(42_619.55 / 74_317.88, abs=1e-6)


def test_option_without_price_needs_a_quote_and_is_never_zero(worked_example):
    e = estimate(worked_example)
    assert not e.kpo.priced
    assert e.kpo.components == ()


def test_kpo_savings_share_basis(book):
    # research, 4 FTE at $90,000: wages 30,000; benefits 9,300; supervision 0.4 × 58,450 / 12 × 1.31 = 2,552.32;
    # overhead 4 × 2,187 = 8,748; hiring 4 × 0.19 × 4,129 / 12 = 261.50; total 50,861.82
    s = v1_scenario("Research and analysis", 4, in_house=InHouseInputs(annual_salary=90_000),
                 kpo=reference_price(book, "Research and analysis", "kpo"))
    e = estimate(s)
    assert e.in_house.total.mid == pytest.approx(50_861.82, **APPROX)
    # cheap end = 60% savings: 50,861.82 × 0.4 = 20,344.73; mid 50% = 25,430.91; dear end 40% = 30,517.09
    assert parts(e.kpo)["fees"] == pytest.approx((20_344.73, 25_430.91, 30_517.09), **APPROX)
    # plus 4.5% governance
    assert e.kpo.total.as_tuple() == pytest.approx((21_260.24, 26_575.30, 31_890.36), **APPROX)


def test_bpo_per_month_basis(book):
    # HR at $45-1,500 a month for 2 billing units: fees 90 / 1,545 / 3,000; + 4.5% governance
    s = v1_scenario("Human resources", 3, bpo=VendorPrice("per_month", 45, 1500, units=2))
    e = estimate(s)
    assert parts(e.bpo)["fees"] == pytest.approx((90.0, 1_545.0, 3_000.0))
    assert e.bpo.total.as_tuple() == pytest.approx((94.05, 1_614.525, 3_135.0))


def test_workload_in_hours(book):
    # 1,000 productive hours at $40-100 an hour: fees 40,000 / 70,000 / 100,000
    s = v1_scenario("IT and software operations", 1_000, workload_basis="hours_per_month",
                 bpo=reference_price(book, "IT and software operations", "bpo"))
    e = estimate(s)
    assert e.fte == pytest.approx(1_000 / (2080 / 12 * 0.7))
    assert parts(e.bpo)["fees"] == pytest.approx((40_000.0, 70_000.0, 100_000.0))
