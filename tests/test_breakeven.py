"""The break-even price (estimator/breakeven.py) against cases worked by hand, on every pricing basis.

The small cases reuse the three-year case of ``test_hidden_costs.py`` (one FTE at $120,000, nothing else:
in-house $10,000 a month and 200 productive hours; wage inflation 10%, escalation 5%; governance 10% in year 1
and 5% after; selection 2% and transition 10% of annual fees; 2 transition months in which the vendor bills and
the in-house team is still paid). With monthly fees F from month 1, the option costs over 36 months:
fees 12F × (1 + 1.05 + 1.1025) = 37.83F; governance 12F × 10% + 12F × (1.05 + 1.1025) × 5% = 2.4915F;
selection and transition 12F × 12% = 1.44F; the in-house team in months 1-2: 20,000. Total 41.7615F + 20,000
against in-house 12 × (10,000 + 11,000 + 12,100) = 397,200, so it breaks even at F* = 377,200 / 41.7615 =
9,032.24 a month.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_hidden_costs import case

from estimator.breakeven import break_even_price
from estimator.estimate import estimate
from estimator.scenario import Scenario, VendorPrice

F_STAR = 377_200 / 41.7615


def test_the_readme_default_case_breaks_even_at_48_63_an_hour(book):
    # README "Break-even price", every default (README "The worked example with every default"). At r an hour:
    # billed hours 10 × 2,080 / 12 × 0.7 × 1.10 = 1,334.667 a month from go-live in month 4;
    # fees 1,334.667r × (9 + 12 × (1.029 + 1.029² + 1.029³ + 1.029⁴ = 4.298533)) = 80,857.28r;
    # ramp-up 60% of a month's fees = 800.80r; selection and transition 12 × 1,334.667r × 16% = 2,562.56r:
    # 84,220.66r in all. Fixed: governance at its floor 0.5 × 98,580 × 1.31 / 12 = 5,380.83 a month, rising with
    # wages: × 12 × 5.383945 = 347,641.23 (6% of fees stays below it up to r = 67); in-house months 1-3
    # 3 × 74,317.88 = 222,953.65; stranded overhead 6 × 50% × 21,870 = 65,610; severance 10 × 800 × 3.5 = 28,000;
    # retention 10% × 416,000 = 41,600: 705,804.45. In-house 74,317.88 × 12 × 5.383945 = 4,801,480.89.
    # r* = (4,801,480.89 − 705,804.45) / 84,220.66 = 48.6303
    from estimator.scenario import reference_price
    s = Scenario("Customer service", 10, bpo=reference_price(book, "Customer service", "bpo"))
    assert break_even_price(estimate(s), "bpo") == pytest.approx(48.6303, abs=5e-4)


def test_per_hour_savings_share_and_per_month_break_even_at_the_same_fees():
    # per hour: F = 200 h × r, r* = F* / 200 = 45.1612 (the closed form of test_hidden_costs.py)
    assert break_even_price(estimate(case()), "bpo") == pytest.approx(F_STAR / 200)
    # per month, 4 units: F = 4p, p* = F* / 4 = 2,258.06
    per_month = replace(case(), bpo=VendorPrice("per_month", 3_000, 3_000, units=4))
    assert break_even_price(estimate(per_month), "bpo") == pytest.approx(F_STAR / 4)
    # savings share: F = 10,000 × (1 − s), s* = 1 − F* / 10,000 = 0.096776. The total falls as the share rises,
    # so the search runs the other way (breakeven.py reverses the candidates).
    share = case(0.3, basis="savings_share")
    assert break_even_price(estimate(share), "bpo") == pytest.approx(1 - F_STAR / 10_000)


def test_no_price_no_break_even(worked_example):
    assert break_even_price(estimate(worked_example), "kpo") is None


def test_a_crossing_between_the_kinks_and_the_last_probe():
    # Governance floor of 3 people on 1,000 a year: 250 a month, 275, 302.50 (+10% a year). 10% × 200r = 20r
    # passes it at r = 12.5 in year 1; 5% × 200r × 1.05 = 10.5r at r = 26.19 in year 2 and 5% × 200r × 1.1025 =
    # 11.025r at r = 27.44 in year 3. r* = 45.16 lies past every kink and below the last probe (2 × 27.44 + 1),
    # on the line the closed form gives (without a floor it lies past the last probe, test_hidden_costs.py).
    s = case(management=dict(governance_min_fte=3, governance_salary=1_000))
    assert break_even_price(estimate(s), "bpo") == pytest.approx(F_STAR / 200)
