"""Offshore captive (estimator/captive.py): one FTE's monthly cost by hand, from the seeds' Indian pay."""

from __future__ import annotations

import numpy as np
import pytest

from estimator.assumptions import CAPTIVE_ASSUMPTIONS, OFFSHORE_WAGES
from estimator.captive import CaptiveInputs, captive_cost_per_fte
from estimator.currency import ExchangeRate
from estimator.scenario import InputError

RUPEE = ExchangeRate("USD", "INR", 84.0).inverse()  # 1 USD = 84 INR, a rate the user gives


def test_defaults_are_the_seeds_pay_and_the_sourced_loads():
    a = CaptiveInputs()
    assert (a.entry_pay_month, a.senior_pay_year, a.currency) == (10_000, 1_100_000, "INR")
    assert (a.benefits_share, a.bonus_share, a.labour_share, a.span_of_control) == (0.25, 0.10, 0.675, 10)
    for key, assumption in CAPTIVE_ASSUMPTIONS.items():
        assert assumption.source, key
    assert "Difference between KPO and BPO" in CAPTIVE_ASSUMPTIONS["captive_entry_pay_month"].source
    assert "Site Selection Group" in CAPTIVE_ASSUMPTIONS["captive_benefits_share"].source
    assert (OFFSHORE_WAGES["India"].benefits.low, OFFSHORE_WAGES["India"].benefits.high) == (0.20, 0.30)


def test_one_fte_a_month_by_hand():
    # wages 10,000; bonus 10% = 1,000; benefits 25% of wages = 2,500;
    # supervision 1,100,000 / 12 / 10 × 1.25 = 91,666.67 / 10 × 1.25 = 11,458.33;
    # labour 10,000 + 1,000 + 2,500 + 11,458.33 = 24,958.33; overhead × (1 - 0.675) / 0.675 = 12,016.98;
    # total 36,975.31 rupees = 36,975.31 / 84 = $440.18
    cost = captive_cost_per_fte(CaptiveInputs(), RUPEE)
    assert cost.wages == 10_000 and cost.bonus == pytest.approx(1_000) and cost.benefits == pytest.approx(2_500)
    assert cost.supervision == pytest.approx(11_458.33, abs=0.01)
    assert cost.labour == pytest.approx(24_958.33, abs=0.01)
    assert cost.overhead == pytest.approx(12_016.98, abs=0.01)
    assert cost.total == pytest.approx(36_975.31, abs=0.01)
    assert sum(cost.components.values()) == pytest.approx(cost.total)
    assert cost.reporting_currency == "USD"
    assert cost.total_reporting == pytest.approx(440.18, abs=0.01)


def test_a_team_of_its_own_figures_by_hand():
    # Rs 30,000 a month (Site Selection Group's $2-3 an hour at 84: about Rs 29,000-43,000), senior Rs 1,200,000,
    # benefits 20%, no bonus, labour 60% of cost, one lead per 12:
    # labour 30,000 + 0 + 6,000 + 1,200,000 / 12 / 12 × 1.2 = 10,000 -> 46,000; total 46,000 / 0.6 = 76,666.67
    cost = captive_cost_per_fte(CaptiveInputs(30_000, 1_200_000, 0.20, 0.0, 0.60, 12), RUPEE)
    assert cost.supervision == pytest.approx(10_000)
    assert cost.total == pytest.approx(76_666.67, abs=0.01)
    assert cost.total_reporting == pytest.approx(76_666.67 / 84, abs=0.01)  # $912.70


def test_the_reporting_cost_follows_the_drawn_drift_of_the_rate():
    # the rupee buys 5% fewer dollars a year: year 2 costs 0.95 × year 1 in dollars; 2 draws × 24 months
    rate = ExchangeRate("INR", "USD", 1 / 84, -0.05, 0.0)
    cost = captive_cost_per_fte(CaptiveInputs(), rate)
    paths = cost.monthly_reporting(np.array([-0.05, 0.0]), 24)
    assert paths.shape == (2, 24)
    assert paths[0, 0] == pytest.approx(440.18, abs=0.01) and paths[0, 12] == pytest.approx(440.18 * 0.95, abs=0.01)
    assert paths[1, 23] == pytest.approx(paths[1, 0])


def test_the_rate_must_start_from_the_delivery_currency():
    with pytest.raises(InputError) as err:
        captive_cost_per_fte(CaptiveInputs(), ExchangeRate("USD", "INR", 84.0))
    assert err.value.field == "exchange_rate.source" and "INR" in err.value.reason


@pytest.mark.parametrize(("field", "value"), [("entry_pay_month", -1.0), ("labour_share", 0.0),
                                              ("span_of_control", 0.5), ("benefits_share", float("nan"))])
def test_a_bad_input_names_its_field(field, value):
    with pytest.raises(InputError) as err:
        CaptiveInputs(**{field: value})
    assert err.value.field == f"captive.{field}"


def test_a_captive_currency_is_checked_and_upper_cased():
    assert CaptiveInputs(currency="inr").currency == "INR"
