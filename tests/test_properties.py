"""Rules that always hold, over generated inputs (hypothesis)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from estimator.assumptions import ASSUMPTIONS, IN_HOUSE_KEYS, VENDOR_MANAGEMENT_KEYS
from estimator.estimate import estimate
from estimator.export import read_tidy_csv, tidy_table, to_csv_bytes
from estimator.model import in_house_cost
from estimator.pricing import load_price_book
from estimator.scenario import InHouseInputs, Scenario, VendorManagement, VendorPrice, dump_scenario, load_scenario

BOOK = load_price_book()


def _within(key: str) -> st.SearchStrategy[float]:
    a = ASSUMPTIONS[key]
    low = max(a.minimum, 1.0) if key in ("span_of_control", "paid_hours_per_year") else a.minimum
    return st.floats(low, a.maximum, allow_nan=False, allow_infinity=False)


in_house_inputs = st.builds(InHouseInputs, **{k: _within(k) for k in IN_HOUSE_KEYS})
management = st.builds(VendorManagement, **{k: _within(k) for k in VENDOR_MANAGEMENT_KEYS})


@st.composite
def prices(draw, option: str):
    basis = draw(st.sampled_from(["per_hour", "per_month", "savings_share"]))
    top = 0.99 if basis == "savings_share" else 10_000.0
    a, b = sorted(draw(st.lists(st.floats(0, top, allow_nan=False), min_size=2, max_size=2)))
    units = draw(st.floats(0, 1_000, allow_nan=False))
    return VendorPrice(basis, a, b, units=units, option=option)


scenarios = st.builds(
    Scenario,
    function=st.sampled_from(BOOK.functions),
    workload=st.floats(0, 5_000, allow_nan=False),
    workload_basis=st.sampled_from(["fte", "hours_per_month"]),
    name=st.text(min_size=1, max_size=40).filter(lambda s: s.strip()) | st.sampled_from(["'=x", "=1+2", "-3", "'"]),
    in_house=in_house_inputs,
    vendor_management=management,
    bpo=st.none() | prices("bpo"),
    kpo=st.none() | prices("kpo"),
)


@settings(max_examples=150, deadline=None)
@given(scenarios)
def test_costs_never_negative_and_ranges_ordered(s):
    e = estimate(s)
    for op in e.options:
        for c in (*op.components, *op.one_time):
            assert c.cost.low >= 0
            assert c.cost.low <= c.cost.mid <= c.cost.high
        assert op.total.low <= op.total.mid <= op.total.high


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
    bigger = Scenario(s.function, s.workload * factor, s.workload_basis, s.name, s.currency, s.in_house,
                      s.vendor_management, s.bpo, s.kpo)
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
    assert estimate(Scenario(s.function, s.workload, s.workload_basis, bpo=dearer, in_house=s.in_house,
                             vendor_management=s.vendor_management)).bpo.total.mid >= base.bpo.total.mid
    assert estimate(Scenario(s.function, s.workload, s.workload_basis, in_house=richer)).in_house.total.mid >= \
        base.in_house.total.mid


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
