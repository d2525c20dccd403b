"""The cost model's formulas that only the staffing page or a bad input reaches (estimator/model.py), by hand."""

from __future__ import annotations

import numpy as np
import pytest

from estimator.model import (
    billed_volume,
    escalation_rate,
    governance_with_floor,
    retained_floor,
    severance,
    unrecovered_vat,
    vendor_cost,
    vendor_fees,
)


def test_per_contact_and_per_minute_fees():
    # 40,000 contacts a month at $4.50 = 180,000; 240,000 handled minutes at $0.90 = 216,000
    assert float(vendor_fees("per_contact", 4.5, workload_hours=0, units=1, in_house_total=0,
                             contacts=40_000)) == pytest.approx(180_000.0)
    assert float(vendor_fees("per_minute", 0.9, workload_hours=0, units=1, in_house_total=0,
                             contacts=40_000, handled_minutes=240_000)) == pytest.approx(216_000.0)


@pytest.mark.parametrize(("basis", "message"), [
    ("per_contact", "a per contact price needs the contact volume (a staffed queue)"),
    ("per_minute", "a per minute price needs the contact volume (a staffed queue)"),
])
def test_a_contact_price_without_a_volume_says_what_it_needs(basis, message):
    with pytest.raises(ValueError) as err:
        vendor_fees(basis, 1.0, workload_hours=100, units=1, in_house_total=1_000)
    assert str(err.value) == message


def test_unknown_basis_and_billed_unit_are_named():
    with pytest.raises(ValueError) as err:
        vendor_fees("per_call", 1.0, workload_hours=1, units=1, in_house_total=1)
    assert str(err.value) == "unknown pricing basis 'per_call'"
    with pytest.raises(ValueError) as err:
        billed_volume(100, "per_call", handle_time_ratio=1, vendor_shrinkage=0, paid_hours_per_year=2080)
    assert str(err.value) == "unknown billed unit 'per_call'"


def test_billed_volume_by_hand():
    # 1,200 hours of work, 25% slower at the vendor = 1,500 vendor hours; 40% vendor shrinkage: 1,500 / 0.6 =
    # 2,500 paid hours; at 1,800 paid hours a year (150 a month, 90 productive): 1,500 / 90 = 16.67 FTE-months
    kw = dict(handle_time_ratio=1.25, vendor_shrinkage=0.4, paid_hours_per_year=1_800)
    assert float(billed_volume(1_200, "productive_hour", **kw)) == pytest.approx(1_500.0)
    assert float(billed_volume(1_200, "paid_hour", **kw)) == pytest.approx(2_500.0)
    assert float(billed_volume(1_200, "fte_month", **kw)) == pytest.approx(1_500 / 90)


def test_vendor_cost_carries_vat_severance_and_retention():
    # fees 20,000 a month; governance 5% = 1,000 against a floor of 1,500: 1,500; VAT 20% with 40% recovered:
    # 20,000 × 0.2 × 0.6 = 2,400 a month. Run rate 20,000 + 1,500 + 2,400 = 23,900. One-time: selection 1% and
    # transition 10% of 240,000 = 2,400 + 24,000, severance 5,000, retention 7,000: 38,400.
    v = vendor_cost(20_000, governance_rate=0.05, vendor_selection_rate=0.01, transition_rate=0.10,
                    governance_floor=1_500, vat_rate=0.2, vat_recoverable_share=0.4, severance=5_000, retention=7_000)
    assert (float(v.governance), float(v.vat), float(v.total)) == pytest.approx((1_500.0, 2_400.0, 23_900.0))
    assert float(v.one_time_total) == pytest.approx(38_400.0)
    # without them (the defaults): no VAT, no severance or retention, governance the plain share
    plain = vendor_cost(20_000, governance_rate=0.05, vendor_selection_rate=0.01, transition_rate=0.10)
    assert (float(plain.total), float(plain.one_time_total)) == pytest.approx((21_000.0, 26_400.0))


def test_the_small_formulas_by_hand():
    # floor: 2 people on 60,000 with 25% benefits = 2 × 60,000 × 1.25 / 12 = 12,500 a month
    assert float(retained_floor(2, 60_000, 0.25)) == pytest.approx(12_500.0)
    # governance: 4% of 100,000 = 4,000 above a floor of 3,000; below one of 5,000
    assert governance_with_floor(np.array([100_000.0, 100_000.0]), 0.04, np.array([3_000.0, 5_000.0])) == (
        pytest.approx([4_000.0, 5_000.0]))
    # VAT: 50,000 × 15% × (1 − 0.2) = 6,000
    assert float(unrecovered_vat(50_000, 0.15, 0.2)) == pytest.approx(6_000.0)
    # severance: 4 leavers on 52,000 (1,000 a week) × max(3 weeks, 2 × 2.5 = 5 weeks) = 20,000
    assert float(severance(4, 52_000, weeks_per_year=2, tenure_years=2.5, min_weeks=3)) == pytest.approx(20_000.0)
    # escalation: an index of 2% under a 5% cap, less 0.5% productivity = 1.5%; 8% capped at 5% − 0.5% = 4.5%
    assert escalation_rate(np.array([0.02, 0.08]), 0.05, 0.005) == pytest.approx([0.015, 0.045])
