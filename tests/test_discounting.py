"""NPV of the savings, discounted payback and the Monte Carlo's summaries of them, against the three-year case
of ``test_projection.py`` worked by hand.

Monthly savings of the BPO at $30 (in-house minus BPO, ``BPO_MONTHS`` and ``IN_HOUSE_MONTHS`` there): month 1
10,000 − 25,240 = −15,240; month 2 −6,600; months 3-12 +3,400; months 13-24 11,000 − 6,615 = 4,385; months
25-36 12,100 − 6,945.75 = 5,154.25. Undiscounted they stay positive from month 9 (−1,440 after month 8).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy_financial as npf
import pytest
from test_projection import BPO_MONTHS, IN_HOUSE_MONTHS, three_years

from estimator.estimate import estimate
from estimator.uncertainty import simulate

SAVINGS = [i - b for i, b in zip(IN_HOUSE_MONTHS, BPO_MONTHS, strict=True)]
MONTHLY_30 = 1.30 ** (1 / 12) - 1


def test_discounted_payback_comes_later_than_break_even():
    # At 30% a year, d = 1.3^(-1/12) = 0.978376 a month: after month 9 the discounted cumulative saving is
    # −15,240 − 6,600d + 3,400 (d² + … + d⁸) = −341.47; month 10 adds 3,400 d⁹ = 2,792.68: +2,451.21.
    # So it pays back in month 10, against an undiscounted break-even in month 9.
    assert SAVINGS[:3] == [-15_240.0, -6_600.0, 3_400.0]
    e = estimate(three_years(discount_rate=0.30))
    assert e.break_even_month(e.bpo) == (9.0, 9.0, 9.0)
    assert e.discounted_payback_month(e.bpo) == (10.0, 10.0, 10.0)
    # at 12% a year the month-9 figure is +928.37: month 9 as well
    e12 = estimate(three_years())
    assert e12.discounted_payback_month(e12.bpo)[1] == 9.0
    # in-house has no payback of its own; a dearer vendor never pays back
    dear = estimate(three_years(rate=60.0))
    assert dear.discounted_payback_month(dear.bpo) == (None, None, None)


def test_npv_of_the_savings_is_the_npv_of_in_house_minus_the_bpo():
    e = estimate(three_years(discount_rate=0.30))
    expected = npf.npv(MONTHLY_30, SAVINGS)
    assert e.npv_savings(e.bpo).as_tuple() == pytest.approx((expected,) * 3, rel=1e-12)
    assert expected == pytest.approx(npf.npv(MONTHLY_30, IN_HOUSE_MONTHS) - npf.npv(MONTHLY_30, BPO_MONTHS))
    assert e.npv_savings(e.kpo) is None


def test_a_fixed_price_draws_the_point_estimate_in_every_summary():
    # no range anywhere: every draw is the point case, so every percentile is the point figure, the chance of
    # a positive NPV is 1, the payback P50 is month 10, and each option's 200 draws fall in one histogram bin
    # (in-house's 397,200 at the top edge of the shared bins, the BPO's 270,569 at the bottom)
    s = three_years(discount_rate=0.30)
    s = replace(s, uncertainty=replace(s.uncertainty, draws=200))
    sim = simulate(s)
    bpo, in_house = sim.option("bpo"), sim.option("in_house")
    npv_saving = npf.npv(MONTHLY_30, SAVINGS)
    assert bpo.npv_savings.as_tuple() == pytest.approx((npv_saving,) * 3, rel=1e-9)
    assert (bpo.probability_npv_positive, bpo.discounted_payback_month, bpo.probability_cheaper) == (1.0, 10.0, 1.0)
    assert (in_house.npv_savings, in_house.probability_npv_positive, in_house.discounted_payback_month) == (
        None, None, None)
    np.testing.assert_array_equal(bpo.fan_months, np.arange(1, 37))
    cumulative = np.cumsum(BPO_MONTHS)
    np.testing.assert_allclose(bpo.cumulative_fan, np.tile(cumulative, (3, 1)), rtol=1e-12)
    assert bpo.monthly_cost.as_tuple() == pytest.approx((270_569.0 / 36,) * 3)
    np.testing.assert_array_equal(np.nonzero(bpo.histogram_counts)[0], [0])
    np.testing.assert_array_equal(np.nonzero(in_house.histogram_counts)[0], [39])
    assert bpo.histogram_counts.sum() == in_house.histogram_counts.sum() == 200
    assert (bpo.histogram_edges[0], bpo.histogram_edges[-1]) == pytest.approx((270_569.0, 397_200.0))
    np.testing.assert_array_equal(bpo.histogram_edges, in_house.histogram_edges)


def test_npv_savings_keep_the_cheap_side_first_and_payback_needs_half_the_draws():
    # $20-$40 an hour drawn uniformly: the cheap side (P90 of the saving) above P50 above the dear side (P10).
    # Saving 377,200 − 8,352.3r over the horizon (test_breakeven.py), so r* = 45.16 is above every draw and the
    # BPO is cheaper in every draw. The NPV of the saving is positive in every draw too: the dearest, $40, saves
    # −20,320 and −8,800 in months 1-2, then 1,200 a month in year 1, 2,180 in year 2 (11,000 − 8,400 − 420) and
    # 2,839 in year 3 (12,100 − 8,820 − 441): 43,108 undiscounted, about +30,237 at 12% a year.
    s = three_years()
    s = replace(s, bpo=replace(s.bpo, low=20.0, high=40.0),
                uncertainty=replace(s.uncertainty, draws=500, distribution="uniform"))
    bpo = simulate(s).option("bpo")
    assert bpo.npv_savings.low > bpo.npv_savings.mid > bpo.npv_savings.high > 0
    assert bpo.probability_npv_positive == 1.0
    # $40-$60: dearer than r* = 45.16 in (60 − 45.16) / 20 = 74% of draws, so most draws never pay back
    dear = replace(s, bpo=replace(s.bpo, low=40.0, high=60.0))
    spread = simulate(dear).option("bpo")
    assert spread.discounted_payback_month is None
    assert spread.probability_cheaper == pytest.approx(0.26, abs=0.07)
