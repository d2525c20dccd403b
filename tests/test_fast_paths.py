"""The Monte Carlo's faster paths give the answers of the plain formulas they replace.

Each shortcut taken for speed (sort-based percentiles, the last-month break-even search, cached unit draws,
slices instead of zero-multiplied months, the chance of being cheaper without the other summaries) is checked here against a plain, obviously right version written
in the test, or against a hand-worked case.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from strategies import examples, scenarios

from estimator import params as params_module
from estimator.assumptions import ASSUMPTIONS
from estimator.params import draws
from estimator.projection import break_even_month
from estimator.scenario import InputRange, Scenario, Uncertainty, VendorPrice
from estimator.uncertainty import PERCENTILES, chance_cheaper, row_percentiles, simulate

finite = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)


@settings(max_examples=examples(200), deadline=None)
@given(arrays(float, st.tuples(st.integers(1, 4), st.integers(1, 60)), elements=finite))
def test_row_percentiles_are_numpys_linear_percentiles(a):
    expected = np.percentile(a, PERCENTILES, axis=1)
    got = row_percentiles(a)
    assert got.shape == expected.shape
    # numpy's own interpolation, written out: equal to the last bit or within a rounding of it.
    assert np.allclose(got, expected, rtol=1e-12, atol=1e-6)


def test_row_percentiles_by_hand():
    # 0, 10, ..., 100 (11 values): P10 sits at index 1.0 -> 10, P50 at 5.0 -> 50, P90 at 9.0 -> 90.
    # 0..9 (10 values): P10 at index 0.9 -> 0.9, P50 at 4.5 -> 4.5, P90 at 8.1 -> 8.1.
    assert row_percentiles(np.arange(0, 101, 10, dtype=float)[None, :]).ravel().tolist() == [10.0, 50.0, 90.0]
    assert np.allclose(row_percentiles(np.arange(10, dtype=float)[::-1][None, :]).ravel(), [0.9, 4.5, 8.1])


def _break_even_plain(row: np.ndarray) -> float:
    """The definition, month by month: the first month from which every later cumulative saving is > 0."""
    for m in range(len(row)):
        if all(v > 0 for v in row[m:]):
            return float(m + 1)
    return float("nan")


@settings(max_examples=examples(300), deadline=None)
@given(arrays(float, st.tuples(st.integers(1, 5), st.integers(1, 30)),
              elements=st.one_of(st.sampled_from([-1.0, 0.0, 1.0, float("nan")]), finite)))
def test_break_even_month_is_its_definition(a):
    got = break_even_month(a)
    want = np.array([_break_even_plain(row) for row in a])
    assert np.array_equal(got, want, equal_nan=True)


def test_break_even_month_by_hand():
    # Positive from month 3 on; dips at month 3 so from month 4; never (last month negative); every month.
    a = np.array([[-5.0, -1.0, 2.0, 3.0], [-5.0, 1.0, -1.0, 2.0], [-1.0, 1.0, 1.0, -1.0], [1.0, 1.0, 1.0, 1.0]])
    assert np.array_equal(break_even_month(a), [3.0, 4.0, np.nan, 1.0], equal_nan=True)


@settings(max_examples=examples(25), deadline=None)
@given(scenarios, st.sampled_from(["pert", "triangular", "uniform"]), st.sampled_from([0.0, 0.6]))
def test_cached_draws_equal_fresh_draws(s, distribution, rho):
    s = replace(s, uncertainty=replace(s.uncertainty, draws=200, distribution=distribution,
                                       escalation_correlation=rho))
    first = draws(s).table
    params_module._unit_table.cache_clear()
    fresh = draws(s).table
    again = draws(s).table  # from the cache
    assert np.array_equal(first, fresh, equal_nan=True)
    assert np.array_equal(again, fresh, equal_nan=True)


def test_a_cached_draw_is_never_served_for_a_scenario_that_draws_differently():
    # The test above compares a scenario's cached draws with its own fresh ones, so it passes with a cache key that
    # leaves something out: every example has a new seed, and a key collision never happens. Here each variant
    # differs from the base in one thing the unit draws depend on and in nothing else (the same ranges' places,
    # modes and widths), is drawn right after the base (a cache that ignores the difference returns the base's
    # unit draws) and must equal its draws with the cache empty.
    base = Scenario("Customer service", 10, bpo=None, ranges=(InputRange("shrinkage", 0.1, 0.3),),
                    uncertainty=Uncertainty(draws=200, seed=5, distribution="pert", sourced_ranges=False,
                                            escalation_correlation=0.0))
    u = base.uncertainty
    variants = {
        # another input at the same place in the list, mode at the same midpoint: only its column differs
        "column": replace(base, ranges=(InputRange("benefits_load", 0.1, 0.3),)),
        "seed": replace(base, uncertainty=replace(u, seed=6)),
        "distribution": replace(base, uncertainty=replace(u, distribution="uniform")),
        "rows": replace(base, uncertainty=replace(u, draws=300)),
        "mode": replace(base, ranges=(InputRange("shrinkage", 0.1, 0.3, 0.25),)),
    }
    rho_base = replace(base, ranges=(InputRange("wage_inflation", 0.0, 0.1), InputRange("contract_escalation", 0.0, 0.1)),
                       uncertainty=replace(u, escalation_correlation=0.3))
    variants["correlation"] = replace(rho_base, uncertainty=replace(u, escalation_correlation=0.9))
    for name, variant in variants.items():
        first = rho_base if name == "correlation" else base
        params_module._unit_table.cache_clear()
        fresh = draws(variant).table
        params_module._unit_table.cache_clear()
        draws(first)
        after = draws(variant).table
        assert np.array_equal(after, fresh, equal_nan=True), name
        assert not np.array_equal(fresh, draws(first).table, equal_nan=True), name  # the variant does draw differently


def test_cached_unit_draws_cannot_be_changed_by_a_caller():
    u = params_module._unit_table(1, "pert", 10, (0.5, 0.25), (0, 1), None, 0.0)
    with pytest.raises(ValueError):
        u[0, 0] = 2.0


@settings(max_examples=examples(25), deadline=None)
@given(scenarios, st.sampled_from([0.3, 0.9]))
def test_correlating_unit_draws_is_correlating_the_values(s, rho):
    """Draws correlate the unit draws (cacheable); the plain way correlates the values; same table."""
    s = replace(s, uncertainty=replace(s.uncertainty, draws=300, escalation_correlation=rho, sourced_ranges=True))
    inputs = params_module.uncertain_inputs(s)
    names = [u.column for u in inputs]
    assume({"wage_inflation", "contract_escalation"} <= set(names))  # not when one is pinned at a limit
    low = np.array([u.low for u in inputs])
    width = np.array([u.high - u.low for u in inputs])
    mode01 = np.divide(np.array([u.mode for u in inputs]) - low, width, out=np.full(len(inputs), 0.5), where=width > 0)
    seed = s.uncertainty.seed
    values = low + width * np.column_stack([  # each input from its own stream (seed, 100 + its column)
        params_module.unit_draws(np.random.default_rng([seed, 100 + params_module._INDEX[c]]), s.uncertainty.distribution,
                                 mode01[[k]], (300, 1))[:, 0] for k, c in enumerate(names)])
    pair = [names.index("wage_inflation"), names.index("contract_escalation")]
    values[:, pair] = params_module.rank_correlate(values[:, pair], rho, np.random.default_rng([seed, 99]))
    got = draws(s).table[:, [params_module._INDEX[c] for c in names]]
    assert np.array_equal(got, values)


@settings(max_examples=examples(40), deadline=None)
@given(scenarios)
def test_chance_cheaper_alone_is_the_full_simulations(s):
    # The page's other charts read only this from the Monte Carlo: the same draws, so the same share, exactly,
    # for every priced alternative (and none for in-house or an unpriced vendor).
    full = simulate(s)
    expected = {o.option: o.probability_cheaper for o in full.options if o.option != "in_house"}
    assert chance_cheaper(s) == expected
    assert set(expected) == ({o for o in ("bpo", "kpo") if s.price(o) is not None}
                             | ({"captive"} if s.captive is not None else set()))


@settings(max_examples=examples(25), deadline=None)
@given(scenarios)
def test_an_inputs_draws_do_not_depend_on_which_other_inputs_are_uncertain(s):
    # A walk found BPO's chance of being cheaper at 42% without a KPO quote and 40% with one, at the same BPO
    # inputs: one random stream filled the whole table, so a new column moved every column after it. Each input
    # now has its own stream: pricing KPO (a column more) leaves every other column's draws as they were, and so
    # BPO's chance of being cheaper exactly as it was.
    assume(s.bpo is not None)
    s = replace(s, kpo=None, uncertainty=replace(s.uncertainty, draws=300))
    with_kpo = replace(s, kpo=VendorPrice("per_hour", 45, 70, option="kpo"))
    before, after = draws(s), draws(with_kpo)
    kpo_column = params_module._INDEX["kpo_price"]
    others = [i for i in range(before.table.shape[1]) if i != kpo_column]
    assert np.array_equal(before.table[:, others], after.table[:, others], equal_nan=True)
    assert chance_cheaper(s)["bpo"] == chance_cheaper(with_kpo)["bpo"]
    # KPO's price is the last uncertain column these scenarios draw, so the check above would also pass if each
    # input's stream were keyed by its place in the list of uncertain inputs rather than by its column. A range
    # turned on comes first in that list and moves every later input one place on: the BPO price and every
    # range already given must keep their draws all the same.
    # (a scenario gives at most six ranges, so one of these seven sourced ones is free)
    extra = next(k for k in ("annual_salary", "shrinkage", "benefits_load", "annual_attrition", "cost_per_hire",
                             "span_of_control", "handle_time_ratio") if k not in {r.key for r in s.ranges})
    a = ASSUMPTIONS[extra]
    with_range = replace(s, ranges=(InputRange(extra, a.low, a.high), *s.ranges))
    ranged = draws(with_range)
    others = [i for i in range(before.table.shape[1]) if i != params_module._INDEX[extra]]
    assert np.array_equal(before.table[:, others], ranged.table[:, others], equal_nan=True)
    # and the new range is drawn, not left at its point value: 300 draws inside its sourced span (31,200-52,000
    # for the salary), not all equal
    column = ranged[extra]
    assert column.min() >= a.low and column.max() <= a.high and np.unique(column).size > 1
