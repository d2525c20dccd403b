"""The model's input rows (estimator/params.py): which inputs are uncertain, their cheap and dear ends, the
sourced ranges the Monte Carlo draws by default, the escalation correlation and the tornado's rows."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from estimator.params import cases, draws, swings, uncertain_inputs, unit_draws
from estimator.scenario import InHouseInputs, InputRange, Scenario, Uncertainty, VendorPrice

HOURLY = VendorPrice("per_hour", 20, 30, option="bpo")


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    rx, ry = np.argsort(np.argsort(x)), np.argsort(np.argsort(y))
    return float(np.corrcoef(rx, ry)[0, 1])


def test_sourced_ranges_sit_around_the_scenario_value():
    # salary typed as 75,000: the sources' 31,200-52,000 around 41,600, scaled by 75,000 / 41,600:
    # 56,250-93,750, most likely 75,000. Attrition at its default 19%: the sources' 19-50% as they are.
    s = Scenario("Customer service", 10, in_house=InHouseInputs(annual_salary=75_000), bpo=HOURLY)
    found = {u.column: u for u in uncertain_inputs(s)}
    salary, attrition = found["annual_salary"], found["annual_attrition"]
    assert (salary.low, salary.high, salary.mode, salary.cost_rises) == (56_250.0, 93_750.0, 75_000.0, True)
    assert (attrition.low, attrition.high, attrition.mode) == (0.19, 0.5, 0.19)
    assert salary.label == "Salary per FTE"
    # paid hours have no sourced range; the BPO price is drawn on its quote, mode its midpoint
    assert "paid_hours_per_year" not in found
    assert (found["bpo_price"].low, found["bpo_price"].high, found["bpo_price"].mode) == (20.0, 30.0, 25.0)
    assert found["bpo_price"].label == "BPO price"
    # without the sourced ranges (the low/mid/high cases, or the scenario's own switch) only the price is uncertain
    assert [u.column for u in uncertain_inputs(s, sourced=False)] == ["bpo_price"]
    off = replace(s, uncertainty=Uncertainty(sourced_ranges=False))
    assert [u.column for u in uncertain_inputs(off)] == ["bpo_price"]


def test_a_range_the_scenario_gives_replaces_the_sourced_one():
    s = Scenario("Customer service", 10, ranges=(InputRange("shrinkage", 0.25, 0.35, 0.28),))
    shrinkage = [u for u in uncertain_inputs(s) if u.column == "shrinkage"]
    assert [(u.low, u.high, u.mode) for u in shrinkage] == [(0.25, 0.35, 0.28)]


def test_cheap_and_dear_ends():
    # a headcount's shrinkage turns round (more shrinkage, fewer hours to buy): cheap case 40%, dear case 20%;
    # given as hours it does not: cheap 20%, dear 40%. A savings share's cheap end is the high share.
    ranged = (InputRange("shrinkage", 0.2, 0.4),)
    fte = Scenario("Customer service", 10, ranges=ranged, bpo=HOURLY,
                   kpo=VendorPrice("savings_share", 0.4, 0.6, option="kpo"))
    assert list(cases(fte)["shrinkage"]) == pytest.approx([0.4, 0.3, 0.2])
    assert list(cases(fte)["bpo_price"]) == [20.0, 25.0, 30.0]
    assert list(cases(fte)["kpo_price"]) == pytest.approx([0.6, 0.5, 0.4])
    hours = replace(fte, workload=1_000.0, workload_basis="hours_per_month")
    assert list(cases(hours)["shrinkage"]) == pytest.approx([0.2, 0.3, 0.4])
    # no price: a NaN column, never a zero price
    assert np.isnan(cases(Scenario("Customer service", 10))["bpo_price"]).all()


def test_wage_inflation_and_escalation_are_drawn_rank_correlated():
    # Default scenario: wage inflation 3.7-4.3% and escalation 2.9-3.4% are both sourced ranges, with a rank
    # correlation of 0.5 between them. 10,000 draws: the sample's Spearman rho is within 0.03 of 0.5 (standard
    # error about (1 − 0.25) / 100). At 0 they are independent; the reordering leaves each marginal unchanged.
    s = Scenario("Customer service", 10, bpo=HOURLY)
    table = draws(s)
    assert spearman(table["wage_inflation"], table["contract_escalation"]) == pytest.approx(0.5, abs=0.03)
    free = draws(replace(s, uncertainty=Uncertainty(escalation_correlation=0.0)))
    assert spearman(free["wage_inflation"], free["contract_escalation"]) == pytest.approx(0.0, abs=0.03)
    np.testing.assert_array_equal(np.sort(table["wage_inflation"]), np.sort(free["wage_inflation"]))
    assert 0.037 <= table["wage_inflation"].min() < table["wage_inflation"].max() <= 0.043
    negative = draws(replace(s, uncertainty=Uncertainty(escalation_correlation=-0.8)))
    assert spearman(negative["wage_inflation"], negative["contract_escalation"]) == pytest.approx(-0.8, abs=0.03)


def test_a_fixed_input_draws_as_a_constant_and_a_mode_pulls_the_draws():
    # $25-25 draws 25 every time; a PERT on $20-30 with its mode at $22 has mean (20 + 4 × 22 + 30) / 6 = 23
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 25, 25, option="bpo"),
                 uncertainty=Uncertainty(sourced_ranges=False))
    assert set(draws(s)["bpo_price"]) == {25.0}
    skewed = replace(s, bpo=VendorPrice("per_hour", 20, 30, mode=22, option="bpo"))
    assert draws(skewed)["bpo_price"].mean() == pytest.approx(23.0, abs=0.05)


def test_unknown_distribution_is_named():
    with pytest.raises(ValueError) as err:
        unit_draws(np.random.default_rng(1), "lognormal", np.array([0.5]), (10, 1))
    assert str(err.value) == "unknown distribution 'lognormal'"


def test_tornado_rows_move_one_input_at_a_time():
    # row 0 every input at its point; rows 2k+1 and 2k+2 input k at its low and high; zero-width inputs skipped
    s = Scenario("Customer service", 10, bpo=HOURLY, kpo=VendorPrice("per_hour", 25, 25, option="kpo"),
                 ranges=(InputRange("annual_salary", 35_000, 50_000),), uncertainty=Uncertainty(sourced_ranges=False))
    inputs, params = swings(s)
    assert [u.column for u in inputs] == ["annual_salary", "bpo_price"]
    assert params.rows == 5
    assert list(params["annual_salary"]) == [42_500.0, 35_000.0, 50_000.0, 42_500.0, 42_500.0]
    assert list(params["bpo_price"]) == [25.0, 25.0, 25.0, 20.0, 30.0]
    assert list(params["kpo_price"]) == [25.0] * 5
