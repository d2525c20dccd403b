"""The offshore captive's sourced ranges in the Monte Carlo (issue 8): its pay and loads are drawn around the
scenario's figures like the in-house sourced ranges, so its P10-P90 reflects them; the point estimate does not move."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from estimator import params
from estimator.captive import CaptiveInputs, captive_cost_per_fte
from estimator.currency import ExchangeRate, same_currency
from estimator.estimate import estimate
from estimator.params import CAPTIVE_COLUMNS, cases, draws, point_row, uncertain_inputs
from estimator.projection import run_rate
from estimator.scenario import BusinessCase, InputRange, People, Scenario, Uncertainty
from estimator.uncertainty import simulate

RUPEES = (ExchangeRate("USD", "INR", 84.0),)  # 1 USD = 84 INR, no drift


def team_only(captive: CaptiveInputs | None = None, **changes) -> Scenario:
    """10 FTE whose captive option is its team's pay and nothing else: one year (no wage growth applies), go-live in
    month 1 (no in-house months, no transition), staff transferred (no severance or retention), no stranded
    overhead. The team abroad is 10 × 1.10 = 11 FTE (the longer handling offshore, ``handle_time_ratio``), held at
    its default by a zero-width range so that only the captive's own figures are drawn."""
    return Scenario("Customer service", 10, captive=captive or CaptiveInputs(), exchange_rates=RUPEES,
                    business_case=BusinessCase(horizon_years=1, selection_months=0, dual_running_months=0),
                    people=People(staff_transfer=True, stranded_overhead_share=0.0),
                    ranges=(InputRange("handle_time_ratio", 1.10, 1.10),), **changes)


def test_the_captive_ranges_are_the_sourced_ones_around_its_figures():
    # Defaults: entry pay Rs 8,000-12,000 (Site Selection Group's India $2-3 an hour is 0.8-1.2 times its middle,
    # applied to the seed's Rs 10,000), benefits 20-30%, bonus 5-15%, labour share 60-75%, span 8-12; senior pay has
    # no sourced range and stays a point. Entry pay typed as Rs 20,000: the range doubles, 16,000-24,000.
    found = {u.column: u for u in uncertain_inputs(team_only())}
    expected = {"captive_entry_pay_month": (8_000, 12_000, 10_000), "captive_benefits_share": (0.20, 0.30, 0.25),
                "captive_bonus_share": (0.05, 0.15, 0.10), "captive_labour_share": (0.60, 0.75, 0.675),
                "captive_span_of_control": (8, 12, 10)}
    assert [k for k in found if k in CAPTIVE_COLUMNS] == list(expected)
    for key, ends in expected.items():
        assert (found[key].low, found[key].high, found[key].mode) == pytest.approx(ends), key
    # more staff per lead, or labour a larger share of the centre's cost, is cheaper: their cheap end is the high one
    assert (found["captive_labour_share"].cheap, found["captive_span_of_control"].cheap) == (0.75, 12)
    assert (found["captive_entry_pay_month"].cheap, found["captive_benefits_share"].cheap) == (8_000, 0.20)
    paid_more = {u.column: u for u in uncertain_inputs(team_only(CaptiveInputs(entry_pay_month=20_000)))}
    assert (paid_more["captive_entry_pay_month"].low, paid_more["captive_entry_pay_month"].high) == (16_000, 24_000)
    # no captive, or the sourced ranges switched off: none of the captive's figures is drawn
    assert not set(CAPTIVE_COLUMNS) & {u.column for u in uncertain_inputs(Scenario("Customer service", 10))}
    off = team_only(uncertainty=Uncertainty(sourced_ranges=False))
    assert not set(CAPTIVE_COLUMNS) & {u.column for u in uncertain_inputs(off)}


def test_the_point_estimate_and_the_tornado_do_not_move():
    # The sourced ranges are the Monte Carlo's: the cheap, mid and dear cases keep the captive's own figures, so its
    # cost is the hand-worked 11 × 36,975.31 / 84 = 4,842.00 a month in all three (10 FTE × 1.10 abroad).
    s = team_only()
    assert np.all(cases(s).table[:, [params._INDEX[c] for c in CAPTIVE_COLUMNS]] == point_row(s)[-6:])
    assert estimate(s).captive.total.as_tuple() == pytest.approx((4_842.00,) * 3, abs=0.01)
    # the tornado is a vendor's: the captive's figures move no vendor's savings, so they are no rows of it
    inputs, _ = params.swings(s)
    assert not set(CAPTIVE_COLUMNS) & {u.column for u in inputs}


def test_with_only_the_entry_pay_uncertain_p10_p90_are_the_cost_at_its_quantiles(monkeypatch):
    # Only the entry pay drawn (the other captive figures fixed; nothing else reaches a team-only captive option):
    # PERT on Rs 8,000-12,000 with its mode at the middle is Beta(3, 3), CDF 10x³ − 15x⁴ + 6x⁵, which is 0.1 at
    # x = 0.2466 and 0.9 at x = 0.7534 (by bisection): P10 pay 8,000 + 4,000 × 0.2466 = 8,986.5, P90 11,013.5.
    # Per FTE a month the cost is linear and rising in the pay w: (w × (1 + 10% bonus + 25% benefits) + 11,458.33
    # supervision) / 0.675 labour share. 11 FTE abroad (10 × 1.10) at 84 rupees to the dollar:
    #   P10 (8,986.5 × 1.35 + 11,458.33) / 0.675 × 11 / 84 = 23,590.11 / 0.675 × 11 / 84 = 4,576.56
    #   P90 (11,013.5 × 1.35 + 11,458.33) / 0.675 × 11 / 84 = 26,326.56 / 0.675 × 11 / 84 = 5,107.44
    # A quantile of a rising linear function of the pay is that function at the pay's quantile, so the simulation's
    # P10/P90 equal the cost at the drawn pay's P10/P90 to rounding; against the hand figures, within sampling error
    # (10,000 draws: the P10's standard error is 4,000 × √(0.1 × 0.9 / 10,000) / 1.04 = 11.5 rupees a month per FTE, about $3 for 11 FTE).
    monkeypatch.setattr(params, "CAPTIVE_RANGE_KEYS", {"captive_entry_pay_month": True})
    s = team_only()
    spread = simulate(s).option("captive").monthly_cost
    pay = draws(s)["captive_entry_pay_month"]

    def monthly(w: float) -> float:
        return captive_cost_per_fte(CaptiveInputs(entry_pay_month=w), same_currency("INR")).total * 11 / 84

    p10, p90 = np.percentile(pay, (10, 90))
    assert (spread.low, spread.high) == pytest.approx((monthly(p10), monthly(p90)), rel=1e-9)
    assert (spread.low, spread.high) == pytest.approx((4_576.56, 5_107.44), abs=15)
    assert spread.mid == pytest.approx(4_842.00, abs=15)  # P50 at the mode, 10,000: the point estimate


@settings(max_examples=25, deadline=None)
@given(entry=st.floats(1_000, 100_000), senior=st.floats(0, 5_000_000), benefits=st.floats(0, 1.5),
       bonus=st.floats(0, 1), labour=st.floats(0.05, 1), span=st.floats(1, 100))
def test_every_captive_draw_lies_between_its_cost_at_all_cheap_and_all_dear_ends(entry, senior, benefits, bonus, labour,
                                                                                    span):
    # The cost per FTE rises with pay, benefits and bonus and falls with the labour share and the span of control,
    # so no draw is below the cost with every drawn figure at its cheap end, or above it with all at their dear end.
    captive = CaptiveInputs(entry, senior, benefits, bonus, labour, span)
    s = team_only(captive, uncertainty=Uncertainty(draws=200))
    rr = run_rate(s, draws(s))
    per_fte = rr.captive.total / rr.captive.fte * 84  # rupees per FTE a month, each draw
    ends = {u.column.removeprefix("captive_"): (u.cheap, u.dear) for u in uncertain_inputs(s)
            if u.column in CAPTIVE_COLUMNS}
    assert set(ends) <= {"entry_pay_month", "benefits_share", "bonus_share", "labour_share", "span_of_control"}
    cheap, dear = ({**{k: getattr(captive, k) for k in ("entry_pay_month", "senior_pay_year", "benefits_share",
                                                           "bonus_share", "labour_share", "span_of_control")},
                    **{k: v[end] for k, v in ends.items()}} for end in (0, 1))
    low = captive_cost_per_fte(CaptiveInputs(**cheap), same_currency("INR")).total
    high = captive_cost_per_fte(CaptiveInputs(**dear), same_currency("INR")).total
    assert low <= high
    assert np.all(per_fte >= low * (1 - 1e-12)) and np.all(per_fte <= high * (1 + 1e-12))
