"""Rules that always hold, over generated inputs (hypothesis)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import BOOK, in_house_inputs, scenarios

from estimator.assumptions import IN_HOUSE_KEYS
from estimator.estimate import estimate
from estimator.export import read_tidy_csv, tidy_table, to_csv_bytes
from estimator.model import in_house_cost
from estimator.scenario import InHouseInputs, VendorPrice, dump_scenario, load_scenario


def ordered(low: float, mid: float, high: float) -> bool:
    """low <= mid <= high, up to float rounding (a headcount turned into hours and back differs in the last bit)."""
    tol = 1e-9 * max(1.0, abs(high))
    return low <= mid + tol and mid <= high + tol


@settings(max_examples=150, deadline=None)
@given(scenarios)
def test_costs_never_negative_and_ranges_ordered(s):
    e = estimate(s)
    for op in e.options:
        for c in (*op.components, *op.one_time):
            assert c.cost.low >= 0
            assert ordered(c.cost.low, c.cost.mid, c.cost.high)
        assert ordered(op.total.low, op.total.mid, op.total.high)


@settings(max_examples=150, deadline=None)
@given(scenarios)
def test_total_is_the_sum_of_its_components(s):
    e = estimate(s)
    for op in e.options:
        for case in ("low", "mid", "high"):
            parts = sum(getattr(c.cost, case) for c in op.components)
            assert np.isclose(getattr(op.total, case), parts, rtol=1e-12, atol=1e-9)


@settings(max_examples=100, deadline=None)
@given(in_house_inputs, st.floats(0, 5_000), st.floats(0.01, 5_000))
def test_in_house_cost_rises_with_workload(inputs, hours, extra):
    params = {k: getattr(inputs, k) for k in IN_HOUSE_KEYS}
    lower, higher = in_house_cost(np.array([hours, hours + extra]), **params).total
    assert higher >= lower


@settings(max_examples=100, deadline=None)
@given(scenarios, st.floats(1.0, 3.0))
def test_every_cost_rises_with_workload(s, factor):
    bigger = replace(s, workload=s.workload * factor)
    small, big = estimate(s), estimate(bigger)
    for a, b in zip(small.options, big.options, strict=True):
        if a.price is None or a.price.basis != "per_month":  # a monthly fee does not depend on hours
            assert b.total.mid >= a.total.mid - 1e-9 * max(1.0, a.total.mid)


@settings(max_examples=100, deadline=None)
@given(scenarios, st.floats(0.0, 100.0))
def test_cost_rises_with_vendor_rate_and_salary(s, bump):
    if s.bpo is None or s.bpo.basis == "savings_share":
        return
    dearer = VendorPrice(s.bpo.basis, s.bpo.low + bump, s.bpo.high + bump, s.bpo.units, option="bpo")
    richer = InHouseInputs(**{**{k: getattr(s.in_house, k) for k in IN_HOUSE_KEYS},
                              "annual_salary": min(s.in_house.annual_salary + bump * 100, 1_000_000.0)})
    base = estimate(s)
    assert estimate(replace(s, bpo=dearer)).bpo.total.mid >= base.bpo.total.mid
    if s.range_of("annual_salary") is None:
        assert estimate(replace(s, in_house=richer)).in_house.total.mid >= base.in_house.total.mid


@settings(max_examples=100, deadline=None)
@given(scenarios)
def test_scenario_json_reads_back_unchanged(s):
    assert load_scenario(dump_scenario(s), BOOK) == s


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_csv_export_reads_back_unchanged(s):
    table = tidy_table(estimate(s))
    back = read_tidy_csv(to_csv_bytes(table))
    pd.testing.assert_frame_equal(back, table, check_exact=True)


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_monthly_series_sum_to_the_horizon_totals(s):
    table = tidy_table(estimate(s))
    for _option, rows in table.groupby("option"):
        horizon = rows[rows.component == "horizon_total"]
        if horizon.empty:
            continue
        monthly = rows[(rows.component == "total") & rows.period.str.fullmatch(r"month_\d+")]
        annual = rows[(rows.component == "total") & rows.period.str.startswith("year_")]
        assert len(monthly) == 12 * s.business_case.horizon_years
        for col in ("low", "mid", "high"):
            total = horizon[col].item()
            assert np.isclose(monthly[col].sum(), total, rtol=1e-9, atol=1e-6)
            assert np.isclose(annual[col].sum(), total, rtol=1e-9, atol=1e-6)
