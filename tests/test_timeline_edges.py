"""The projection's timeline at its edges (estimator/projection.py): go-live at or past the horizon's end, a
ramp-up or stranded overhead cut short by it, and a ramp-up on a price that is not hourly.

Cases from ``test_hidden_costs.case()``: one FTE at $120,000, in-house $10,000 a month (+10% a year); BPO $30
an hour on 200 hours = $6,000 a month, governance 10% in the contract's first year; selection 2% and transition
10% of annual fees, 12% × 72,000 = 8,640 in month 1; the vendor bills during transition.
"""

from __future__ import annotations

import pytest
from test_hidden_costs import bpo, case

from estimator.estimate import estimate


def test_a_transition_that_fills_the_horizon_never_goes_live():
    # 1 year, 12 transition months: go-live would be month 13, outside the horizon. The BPO pays in-house all
    # year (120,000), fees 72,000 and governance 7,200 from month 1, and 8,640 once: 207,840. Severance and
    # retention fall at go-live, so they are not paid; nor are ramp-up hours.
    s = case(business=dict(horizon_years=1, dual_running_months=12),
             people=dict(leaver_share=1.0, retention_bonus_share=0.25), terms=dict(ramp_up=(0.5,)))
    p = bpo(s)
    assert (p.parts["severance"][1], p.parts["retention"][1], p.parts["ramp_up"][1]) == (0.0, 0.0, 0.0)
    assert p.parts["in_house_until_go_live"][1] == pytest.approx(120_000.0)
    assert p.total[1] == pytest.approx(207_840.0)
    e = estimate(s)
    assert e.break_even_month(e.bpo) == (None, None, None)


def test_a_ramp_up_cut_short_by_the_horizon():
    # go-live in month 12 (11 transition months): only the first ramp month (+50%) is inside: 0.5 × 6,000 = 3,000
    p = bpo(case(business=dict(horizon_years=1, dual_running_months=11), terms=dict(ramp_up=(0.5, 0.25))))
    assert p.parts["ramp_up"][1] == pytest.approx(3_000.0)
    assert p.monthly[1, 11] == pytest.approx(9_000 * 1.1)  # fees with the ramp, 10% governance; no in-house


def test_stranded_overhead_cut_short_by_the_horizon():
    # overhead 2,000 a month, half of it stranded for 24 months from go-live in month 3: a 1-year horizon holds
    # months 3-12 of it, 10 × 1,000 = 10,000
    p = bpo(case(in_house=dict(overhead_per_fte_month=2_000), business=dict(horizon_years=1),
                 people=dict(stranded_overhead_share=0.5, stranded_months=24)))
    assert p.parts["stranded_overhead"][1] == pytest.approx(10_000.0)


def test_stranded_overhead_rises_with_wages():
    # stranded 12 months from go-live in month 3 of 3 years: months 3-12 at 1,000, months 13-14 at 1,100
    p = bpo(case(in_house=dict(overhead_per_fte_month=2_000),
                 people=dict(stranded_overhead_share=0.5, stranded_months=12)))
    assert p.parts["stranded_overhead"][1] == pytest.approx(10 * 1_000 + 2 * 1_100)


def test_a_ramp_up_adds_no_fees_to_a_monthly_price():
    # extra hours cost nothing more on a fixed monthly fee: $3,000 a month, +10% governance in year 1
    p = bpo(case(3_000.0, basis="per_month", terms=dict(ramp_up=(0.5, 0.25))))
    assert p.parts["ramp_up"][1] == 0.0
    assert p.monthly[1, 2] == pytest.approx(3_000 * 1.1)
    assert p.parts["fees"][1] == pytest.approx(12 * 3_000 * (1 + 1.05 + 1.1025))
