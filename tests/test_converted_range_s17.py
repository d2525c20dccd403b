"""A sourced range converted into another currency is the sources' dollars at the rate, not moved by the rounding of the
converted default (issue 7, a user walk): at 1 INR = 0.012 USD the salary's $31,200-52,000 is 2,600,000-4,333,333 INR
(52,000 / 0.012 = 4,333,333.33), where the Monte Carlo's range read "4,333,334".

The page's default is $41,600 / 0.012 = 3,466,666.67, shown and kept as 3,466,667 INR (estimator.currency.converted):
taken back to dollars that is $41,600.004, which scaled the top to $52,000.005, 4,333,333.75 INR.
"""

from __future__ import annotations

import pytest

from estimator.currency import ExchangeRate, converted
from estimator.params import uncertain_inputs
from estimator.scenario import InHouseInputs, Scenario, VendorManagement, range_around

RATE = 1 / 0.012  # rupees to the dollar


def test_the_converted_default_takes_the_sources_range_at_the_rate():
    assert converted(41_600, RATE) == 3_466_667.0
    r = range_around("annual_salary", 3_466_667, RATE)
    assert (r.low, r.high, r.mode) == pytest.approx((2_600_000.0, 4_333_333.33, 3_466_667.0), abs=0.01)
    # a figure the user typed still moves the range by its own share: 4,000,000 INR is $48,000, the range
    # $36,000-60,000, 3,000,000-5,000,000 INR
    typed = range_around("annual_salary", 4_000_000, RATE)
    assert (typed.low, typed.high) == pytest.approx((3_000_000.0, 5_000_000.0))


def test_the_monte_carlos_salary_range_in_rupees_reads_4_333_333():
    s = Scenario("Customer service", 10, currency="INR",
                 in_house=InHouseInputs(annual_salary=3_466_667, overhead_per_fte_month=182_250, cost_per_hire=344_083,
                                        currency="INR"),
                 vendor_management=VendorManagement(governance_salary=8_215_000),
                 exchange_rates=(ExchangeRate("INR", "USD", 0.012),))
    (salary,) = [u for u in uncertain_inputs(s) if u.column == "annual_salary"]
    a = s.assumption("annual_salary")
    # in lakhs, as every rupee figure is written (session 19: "2,600,000–4,333,333" read beside "₹10,90,09,267")
    assert a.show_range(salary.range.low, salary.range.high) == "26,00,000–43,33,333 INR/year"
