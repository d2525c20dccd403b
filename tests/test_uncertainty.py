"""Monte Carlo and tornado: rules that always hold, and hand-checkable cases."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import examples, scenarios
from v1 import v1

from estimator.estimate import estimate
from estimator.params import _unit_table, draws, unit_draws
from estimator.scenario import BusinessCase, InputRange, Scenario, Uncertainty, VendorManagement, VendorPrice
from estimator.uncertainty import fan_months, simulate, tornado


def v1_scenario(*args, **kwargs) -> Scenario:
    """A scenario on the v1 model: the costs issue 6 added set to zero (tests/v1.py), so the figures worked by
    hand for v1 hold to the cent."""
    return v1(Scenario(*args, **kwargs))


def _fixed(s: Scenario) -> Scenario:
    """The same scenario with every range collapsed to its point value."""
    def pin(p: VendorPrice | None) -> VendorPrice | None:
        return None if p is None else replace(p, low=p.mid, high=p.mid, mode=None)
    return replace(s, ranges=(), bpo=pin(s.bpo), kpo=pin(s.kpo))


@settings(max_examples=examples(60), deadline=None)
@given(scenarios)
def test_zero_width_ranges_give_the_point_estimate_exactly(s):
    s = _fixed(s)
    e, sim = estimate(s), simulate(s)
    months = s.business_case.months
    for op in e.options:
        spread = sim.option(op.option)
        if not op.priced and op.option != "in_house":
            assert spread is None
            continue
        total, npv = e.horizon_total(op).mid, e.npv(op).mid
        assert spread.horizon_total.as_tuple() == (total, total, total)
        assert spread.npv.as_tuple() == (npv, npv, npv)
        assert spread.monthly_cost.mid == total / months


@settings(max_examples=examples(30), deadline=None)
@given(scenarios)
def test_seeded_runs_are_identical(s):
    # The second run without the first's cached unit draws (params._unit_table): with them, it was the cache that
    # gave the same draws twice, so a generator that ignored the seed (planted: default_rng()) passed here.
    first = simulate(s)
    _unit_table.cache_clear()
    second = simulate(s)
    for a, b in zip(first.options, second.options, strict=True):
        assert a.horizon_total == b.horizon_total and a.npv == b.npv
        assert a.probability_cheaper == b.probability_cheaper
        np.testing.assert_array_equal(a.cumulative_fan, b.cumulative_fan)


def test_another_seed_gives_other_draws():
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    a = draws(s)["bpo_price"]
    b = draws(replace(s, uncertainty=Uncertainty(seed=7)))["bpo_price"]
    assert not np.array_equal(a, b)


# Work to do and no dual running drawn directly: drawn at random and then assumed, they left hypothesis's
# derandomized examples (scripts/mutate.sh) with no scenario to test at all (Unsatisfiable).
_no_dual_running = scenarios.filter(lambda s: s.workload > 0).map(
    lambda s: replace(s, business_case=replace(s.business_case, dual_running_months=0)))


# Most generated scenarios still miss the premise; on a loaded machine generation trips the too-slow check.
@settings(max_examples=examples(80), deadline=None,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(_no_dual_running, st.floats(0.0, 0.9))
def test_vendor_dearest_below_in_house_cheapest_every_month_means_certain_saving(s, fraction):
    base = estimate(replace(s, bpo=None, kpo=None))
    hourly = base.projection.in_house.monthly[0, 0] / base.projection.run_rate.workload_hours.max()
    vm = s.vendor_management
    loading = 1 + max(vm.governance_rate, vm.first_year_governance_rate) + 12 * (
        vm.vendor_selection_rate + vm.transition_rate + s.business_case.exit_rate)
    s = replace(s, bpo=VendorPrice("per_hour", 0.0, fraction * hourly / loading, option="bpo"), kpo=None)
    p = estimate(s).projection
    # the premise: the dear case of the vendor under the cheap case of in-house, every month (one-time costs included)
    assume(bool(np.all(p.bpo.monthly[2] < p.in_house.monthly[0])))
    assert simulate(s).option("bpo").probability_cheaper == 1.0


# With the scenarios' own prices the BPO never broke even at either transition in 63 of 80 examples (inf >= inf
# held for anything), and under scripts/mutate.sh's 16 derandomized examples a transition fee charged as a refund
# (-vc.transition, planted in projection) passed. Priced by the hour under in-house's own cost an hour, the BPO
# breaks even in most examples, so the months compared are real ones.
@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(scenarios.filter(lambda s: s.workload > 0), st.floats(0.0, 2.0), st.floats(0.0, 2.0), st.floats(0.05, 0.8))
def test_larger_transition_never_brings_break_even_earlier(s, a, b, fraction):
    base = estimate(replace(s, bpo=None, kpo=None))
    hourly = base.projection.in_house.monthly[0, 0] / base.projection.run_rate.workload_hours.max()
    assume(math.isfinite(hourly) and hourly > 0)
    s = replace(s, bpo=VendorPrice("per_hour", fraction * hourly, fraction * hourly, option="bpo"), kpo=None)
    small, large = sorted((a, b))

    def month(transition_rate: float) -> float:
        est = estimate(replace(s, vendor_management=replace(s.vendor_management, transition_rate=transition_rate)))
        m = est.break_even_month(est.bpo)[1]
        return math.inf if m is None else m

    assert month(large) >= month(small)


@settings(max_examples=examples(40), deadline=None)
@given(scenarios)
def test_percentiles_are_ordered_and_chance_is_a_share(s):
    for spread in simulate(s).options:
        for r in (spread.horizon_total, spread.npv, spread.monthly_cost):
            assert r.low <= r.mid <= r.high
        assert spread.probability_cheaper is None or 0.0 <= spread.probability_cheaper <= 1.0
        assert (np.diff(spread.cumulative_fan, axis=0) >= -1e-6 * np.abs(spread.cumulative_fan[2]).max()).all()


@pytest.mark.parametrize("distribution", ["uniform", "triangular", "pert"])
def test_unit_draws_stay_in_range_and_centre_on_the_mode(distribution):
    u = unit_draws(np.random.default_rng(1), distribution, np.array([0.5, 0.2]), (20_000, 2))
    assert u.min() >= 0.0 and u.max() <= 1.0
    # symmetric case: mean 0.5; skewed mode 0.2: triangular mean (0 + 0.2 + 1) / 3 = 0.4, PERT (0 + 4·0.2 + 1) / 6 = 0.3
    expected = {"uniform": (0.5, 0.5), "triangular": (0.5, 0.4), "pert": (0.5, 0.3)}[distribution]
    assert u.mean(axis=0) == pytest.approx(expected, abs=0.01)


def test_certain_saving_only_up_to_the_break_even_rate():
    # One year, no dual running: the BPO's year costs 12 × p × 1,213.33 × (1 + 6% + 3.5% + 12.5%) = 17,763.20 × p
    # against 12 × 74,317.88 = 891,814.56 in-house, so it is cheaper below p* = 50.206 $/h. Drawn uniformly on
    # $40-50.19 it is cheaper in every draw; on $40-50.24, (50.24 − 50.206) / 10.24 = 0.3% of draws are dearer
    # (about 33 of 10,000). A model that priced governance, selection or transition differently moves p*
    # and breaks one of the two; "every draw" with a vendor far below in-house would hold for any model.
    one_year = BusinessCase(horizon_years=1, dual_running_months=0)
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 40, 50.19), business_case=one_year,
                 uncertainty=Uncertainty(distribution="uniform"))
    assert simulate(s).option("bpo").probability_cheaper == 1.0
    over = replace(s, bpo=VendorPrice("per_hour", 40, 50.24))
    assert simulate(over).option("bpo").probability_cheaper == pytest.approx(1 - 0.0033, abs=0.002)


def test_chance_is_between_when_ranges_straddle():
    # in-house 74,318 a month; a vendor at $40-80 an hour on 1,213 h costs 48,533-97,067 + governance
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 40, 80),
                 business_case=BusinessCase(dual_running_months=0), uncertainty=Uncertainty(distribution="uniform"))
    chance = simulate(s).option("bpo").probability_cheaper
    assert 0.2 < chance < 0.8


def test_tornado_is_sorted_and_swings_each_input_alone():
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                 ranges=(InputRange("annual_salary", 35_000, 50_000), InputRange("cost_per_hire", 4_000, 4_200)),
                 vendor_management=VendorManagement())
    t = tornado(s, "bpo")
    assert [w.label for w in t.swings][0] == "Salary per FTE"
    assert [w.effect for w in t.swings] == sorted((w.effect for w in t.swings), reverse=True)
    # base: every input at its point (salary midpoint 42,500); the BPO price swing changes only BPO's cost
    price = next(w for w in t.swings if w.label == "BPO price")
    # 5 years of fees at $20 vs $30 on 1,213.33 h: a $10 swing = 12,133.33 a month + governance, escalated
    assert price.savings_at_low > t.base_savings > price.savings_at_high


def test_tornado_needs_a_priced_option():
    assert tornado(v1_scenario("Customer service", 10), "kpo") is None


def test_a_fan_over_a_horizon_its_step_does_not_divide_still_ends_on_the_last_month():
    # 100 months in at most 40 points: a step of ceil(100 / 40) = 3, months 3, 6, ..., 99 (33 points), then 100
    months = fan_months(100)
    assert months[:3].tolist() == [3, 6, 9] and months[-3:].tolist() == [96, 99, 100] and len(months) == 34
