"""The cost model's formulas, against values worked by hand (the arithmetic is in each comment)."""

from __future__ import annotations

import numpy as np
import pytest

from estimator.model import fte_needed, in_house_cost, vendor_cost, vendor_fees

# 6 FTE of work: 2,080 / 12 × (1 − 0.30) = 121.333 productive hours per FTE; × 6 = 728 hours.
CASE_B = dict(annual_salary=60_000, benefits_load=0.25, shrinkage=0.30, paid_hours_per_year=2080, span_of_control=4,
              supervisor_salary=80_000, overhead_per_fte_month=500, annual_attrition=0.50, cost_per_hire=2_400)


def test_fte_needed():
    # 728 / (2,080 / 12 × 0.7) = 728 / 121.333 = 6
    assert fte_needed(728, 2080, 0.30) == pytest.approx(6.0)


def test_fte_needed_zero_shrinkage():
    # 173.333 hours a month per FTE, nothing lost: 520 hours = 3 FTE
    assert fte_needed(520, 2080, 0.0) == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("component", "expected"),
    [
        ("fte", 6.0),
        ("wages", 30_000.0),        # 6 × 60,000 / 12
        ("benefits", 7_500.0),      # 30,000 × 0.25
        ("supervision", 12_500.0),  # 6 / 4 = 1.5 supervisors × 80,000 / 12 × 1.25
        ("overhead", 3_000.0),      # 6 × 500
        ("hiring", 600.0),          # 6 × 0.50 × 2,400 / 12
        ("total", 53_600.0),        # 30,000 + 7,500 + 12,500 + 3,000 + 600
    ],
)
def test_in_house_components(component, expected):
    cost = in_house_cost(728, **CASE_B)
    assert float(getattr(cost, component)) == pytest.approx(expected)


def test_in_house_zero_workload_costs_nothing():
    assert float(in_house_cost(0, **CASE_B).total) == 0.0


@pytest.mark.parametrize(
    ("basis", "price", "expected"),
    [
        ("per_hour", 25.0, 25_000.0),       # 25 × 1,000 hours
        ("per_month", 1_500.0, 4_500.0),    # 1,500 × 3 units
        ("savings_share", 0.40, 32_160.0),  # 53,600 × (1 − 0.40)
        ("savings_share", 0.0, 53_600.0),   # no savings: the in-house cost
    ],
)
def test_vendor_fees_by_basis(basis, price, expected):
    fees = vendor_fees(basis, price, workload_hours=1_000, units=3, in_house_total=53_600)
    assert float(fees) == pytest.approx(expected)


def test_unknown_basis_is_refused():
    with pytest.raises(ValueError, match="per_call"):
        vendor_fees("per_call", 1.0, workload_hours=1, units=1, in_house_total=1)


def test_vendor_management_costs():
    # fees 25,000 a month; governance 5% = 1,250; annual contract 300,000: selection 3% = 9,000, transition 10% = 30,000
    v = vendor_cost(25_000, governance_rate=0.05, vendor_selection_rate=0.03, transition_rate=0.10)
    assert (float(v.governance), float(v.total)) == pytest.approx((1_250.0, 26_250.0))
    assert (float(v.vendor_selection), float(v.transition), float(v.one_time_total)) == pytest.approx(
        (9_000.0, 30_000.0, 39_000.0))


def test_formulas_broadcast_over_a_leading_axis():
    # the same call over three workloads gives three independent answers, 1×, 2× and 3× case B
    cost = in_house_cost(np.array([728.0, 1456.0, 2184.0]), **CASE_B)
    assert cost.total == pytest.approx([53_600.0, 107_200.0, 160_800.0])
