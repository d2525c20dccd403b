"""The totals axis (estimator.projection.totals_axis): a projection whose columns stand for runs of equal months
gives every option's horizon total, its parts and its NPV as the month-by-month projection does, on any timeline
(selection, transition, billing during transition, ramp-up, stranded months drawn per row, VAT, the exit cost, a
captive, a drifting exchange rate); and the chance of being cheaper read from it is the full Monte Carlo's."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import examples, scenarios

from estimator.captive import CaptiveInputs
from estimator.currency import ExchangeRate
from estimator.params import COLUMNS, Params, cases, draws
from estimator.projection import monthly_axis, project, totals_axis
from estimator.scenario import BusinessCase, Scenario, VendorPrice, VendorTerms
from estimator.uncertainty import chance_cheaper, simulate


@st.composite
def timelines(draw) -> Scenario:
    s = draw(scenarios)
    years = draw(st.integers(1, 10))
    months = 12 * years
    selection = draw(st.integers(0, min(24, months)))
    dual = draw(st.integers(0, min(24, months - selection)))
    case = replace(s.business_case, horizon_years=years, selection_months=selection, dual_running_months=dual,
                   exit_rate=draw(st.sampled_from([0.0, 0.25])))
    terms = VendorTerms(ramp_up=tuple(draw(st.lists(st.floats(0, 1), max_size=6))),
                        bills_during_transition=draw(st.booleans()), vat_rate=draw(st.sampled_from([0.0, 0.2])),
                        vat_recoverable_share=draw(st.sampled_from([0.0, 0.5])),
                        escalation_index=draw(st.sampled_from(["home_cpi", "delivery_wages"])))
    people = replace(s.people, stranded_months=draw(st.integers(0, 30)))
    extra = {}
    if draw(st.booleans()):
        extra = dict(captive=CaptiveInputs(), exchange_rates=(ExchangeRate("USD", "INR", 84.0, -0.02, 0.05),))
    return replace(s, business_case=case, vendor_terms=terms, people=people, **extra)


def with_stranded_months_per_row(params: Params, seed: int) -> Params:
    """The same rows with stranded overhead lasting 0 to 30 months, row by row: the axis gives each such month a
    column of its own, since a month is stranded in some rows and not in others."""
    table = params.table.copy()
    table[:, COLUMNS.index("stranded_months")] = np.random.default_rng(seed).integers(0, 31, params.rows)
    return Params(table)


def _same(a: np.ndarray, b: np.ndarray) -> None:
    np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-6)


@settings(max_examples=examples(150), deadline=None)
@given(timelines(), st.booleans())
def test_totals_parts_and_npv_are_the_monthly_projections(s, per_row):
    params = draws(s) if s.ranges else cases(s)
    if per_row:
        params = with_stranded_months_per_row(params, s.uncertainty.seed)
    monthly, totals = project(s, params), project(s, params, totals_axis(s, params))
    assert len(totals.in_house.monthly[0]) <= len(monthly.in_house.monthly[0])
    for name in ("in_house", "bpo", "kpo", "captive"):
        full, short = getattr(monthly, name), getattr(totals, name)
        assert (full is None) == (short is None)
        if full is None:
            continue
        _same(short.total, full.total)
        _same(short.npv, full.npv)
        assert short.parts.keys() == full.parts.keys()
        for part in full.parts:
            _same(short.parts[part], full.parts[part])


def test_a_hand_built_timeline_merges_equal_months_and_keeps_one_time_months_alone():
    # 2 years; 2 months of selection, 3 of transition: the contract starts in month 3 (index 2), go-live is month 6
    # (index 5); 2 months of ramp-up, 6 of stranded overhead (the default); billed from the contract's start.
    # Edges: 0,1 (the selection cost's month), 2,3 (transition), 5..11 (go-live, ramp-up, stranded overhead),
    # 12 (year 2), 14 (the first contract year's end, 2 + 12), 23,24 (the exit month):
    # columns from 0,1,2,3,5,6,7,8,9,10,11,12,14,23 of 1,1,1,2,1,1,1,1,1,1,1,2,9,1 months (24 in all)
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, option="bpo"),
                 business_case=BusinessCase(horizon_years=2, selection_months=2, dual_running_months=3),
                 vendor_terms=VendorTerms(ramp_up=(0.3, 0.1), bills_during_transition=True))
    axis = totals_axis(s, cases(s))
    assert axis.first.tolist() == [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 23]
    assert axis.count.tolist() == [1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 9, 1]
    assert not axis.monthly and monthly_axis(24).monthly


def test_a_totals_projection_has_no_month_by_month_series():
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, option="bpo"))
    p = project(s, cases(s), totals_axis(s, cases(s)))
    with pytest.raises(AssertionError, match="no month-by-month series"):
        p.bpo.cumulative  # noqa: B018 - the property raises


@settings(max_examples=examples(40), deadline=None)
@given(timelines())
def test_the_chance_of_being_cheaper_is_the_full_monte_carlos(s):
    s = replace(s, uncertainty=replace(s.uncertainty, draws=500))
    full = {o.option: o.probability_cheaper for o in simulate(s).options if o.option != "in_house"}
    assert chance_cheaper(s) == full
