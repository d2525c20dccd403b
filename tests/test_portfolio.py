"""A mix of functions (issue 8): hand-computed plans, the sum-of-parts rule, the file form."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import reduce
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import BOOK, business_cases, examples, in_house_inputs, input_ranges, management, prices, scenarios, within
from v1 import v1

from estimator.estimate import estimate
from estimator.params import draws
from estimator.portfolio import (
    MAX_ROWS,
    ROW_PAY_KEYS,
    Portfolio,
    PortfolioRow,
    draw_plans,
    dump_portfolio,
    estimate_portfolio,
    load_document,
    load_portfolio,
    portfolio_from_dict,
    portfolio_of,
    portfolio_to_dict,
    simulate_portfolio,
)
from estimator.projection import project
from estimator.scenario import (
    BusinessCase,
    InHouseInputs,
    InputError,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    load_scenario,
    reference_price,
)
from estimator.uncertainty import simulate

ROOT = Path(__file__).resolve().parent.parent

# --- A hand-computed mix: one row per option --------------------------------------------------------------
#
# The issue-6 costs are zeroed (tests/v1.py), one year, no inflation, no discounting, no selection or
# dual-running months: the vendor works from month 1 and every figure is a product of round numbers.
#
# In-house, per FTE a month: 1,600 paid hours a year at 25% shrinkage = 133.33 × 0.75 = 100 productive hours;
# wages 60,000 / 12 = 5,000; benefits 25% = 1,250; supervision 1/10 × 120,000 / 12 × 1.25 = 1,250;
# overhead 500; hiring 12% × 5,000 / 12 = 50. Total 8,050 per FTE.
#
# A  Customer service, 10 FTE, in-house.             In-house 80,500 a month; 12 months 966,000.
#    BPO quote $90–110 an hour on 1,000 h: fees 100,000 + governance 10% 10,000 = 110,000 a month;
#    once: selection 5% and transition 10% of a year's fees = 12 × 100,000 × 0.15 = 180,000.
#    Over the year 1,320,000 + 180,000 = 1,500,000 (dearer than in-house).
# B  IT, 500 hours a month (5 FTE), pay 72,000 (row override), BPO $40–60 an hour, chosen BPO.
#    In-house per FTE: 6,000 + 1,500 + 1,250 + 500 + 50 = 9,300; × 5 = 46,500 a month, 558,000 a year.
#    BPO mid: fees 50 × 500 = 25,000 + governance 2,500 = 27,500 a month; once 12 × 25,000 × 0.15 = 45,000.
#    Year: 330,000 + 45,000 = 375,000. Cheap case ($40): 22,000 × 12 + 36,000 = 300,000.
#    Dear case ($60): 33,000 × 12 + 54,000 = 450,000.
# C  Research, 4 FTE, KPO at 40–60% below in-house, chosen KPO.
#    In-house 4 × 8,050 = 32,200 a month, 386,400 a year.
#    KPO mid (50%): fees 16,100 + governance 1,610 = 17,710 a month; once 12 × 16,100 × 0.15 = 28,980.
#    Year: 212,520 + 28,980 = 241,500. Cheap case (60% off): 14,168 × 12 + 23,184 = 193,200.
#    Dear case (40% off): 21,252 × 12 + 34,776 = 289,800.
#
# Plans at the midpoint:
#    mix         966,000 + 375,000 + 241,500 = 1,582,500
#    in-house    966,000 + 558,000 + 386,400 = 1,910,400
#    outsourced  1,500,000 + 375,000 + 241,500 = 2,116,500 (A's only vendor option is its BPO quote)
#    mix saves 1,910,400 − 1,582,500 = 327,900 against in-house, 2,116,500 − 1,582,500 = 534,000 against
#    outsourcing everything.
# Break-even against in-house: in-house 80,500 + 46,500 + 32,200 = 159,200 a month; the mix pays
# 80,500 + 27,500 + 17,710 = 125,710 a month plus 45,000 + 28,980 once in month 1: 199,690. Cumulative
# saving: month 1 −40,490, month 2 −7,000, month 3 +26,490 and rising: break-even in month 3.


def _hand_portfolio() -> Portfolio:
    shared = v1(Scenario("Customer service", 1))
    return Portfolio(
        rows=(
            PortfolioRow("Customer service", 10, "fte", "in_house", bpo=VendorPrice("per_hour", 90, 110, option="bpo")),
            PortfolioRow("IT and software operations", 500, "hours_per_month", "bpo", annual_salary=72_000,
                         bpo=VendorPrice("per_hour", 40, 60, option="bpo")),
            PortfolioRow("Research and analysis", 4, "fte", "kpo", kpo=VendorPrice("savings_share", 0.40, 0.60, option="kpo")),
        ),
        name="Hand mix",
        in_house=InHouseInputs(annual_salary=60_000, benefits_load=0.25, shrinkage=0.25, paid_hours_per_year=1_600,
                               span_of_control=10, supervisor_salary=120_000, overhead_per_fte_month=500,
                               annual_attrition=0.12, cost_per_hire=5_000),
        vendor_management=VendorManagement(governance_rate=0.10, first_year_governance_rate=0.10,
                                           vendor_selection_rate=0.05, transition_rate=0.10, governance_min_fte=0.0),
        business_case=BusinessCase(horizon_years=1, wage_inflation=0, contract_escalation=0, discount_rate=0,
                                   dual_running_months=0, exit_rate=0, selection_months=0),
        uncertainty=shared.uncertainty, vendor_terms=shared.vendor_terms, people=shared.people,
    )


def test_hand_computed_mix_one_row_per_option():
    pe = estimate_portfolio(_hand_portfolio())
    assert pe.mix.options == ("in_house", "bpo", "kpo")
    assert pe.outsourced.options == ("bpo", "bpo", "kpo")
    assert pe.mix.horizon_total.mid == pytest.approx(1_582_500)
    assert pe.in_house.horizon_total.mid == pytest.approx(1_910_400)
    assert pe.outsourced.horizon_total.mid == pytest.approx(2_116_500)
    # Cheap and dear cases: only B and C have ranges (A stays in-house in the mix).
    assert pe.mix.horizon_total.low == pytest.approx(966_000 + 300_000 + 193_200)
    assert pe.mix.horizon_total.high == pytest.approx(966_000 + 450_000 + 289_800)
    np.testing.assert_allclose(pe.mix.by_function[:, 1], [966_000, 375_000, 241_500])
    np.testing.assert_allclose(pe.in_house.by_function[:, 1], [966_000, 558_000, 386_400])
    vs_in_house = pe.compare("mix", "in_house")
    assert vs_in_house.horizon_saving.mid == pytest.approx(327_900)
    assert vs_in_house.npv_saving.mid == pytest.approx(327_900)  # no discounting
    assert vs_in_house.horizon_saving_share.mid == pytest.approx(327_900 / 1_910_400)
    assert vs_in_house.break_even_month[1] == 3
    assert pe.compare("mix", "outsourced").horizon_saving.mid == pytest.approx(534_000)
    assert pe.mix.monthly[1, 0] == pytest.approx(199_690)
    assert pe.mix.monthly[1, 5] == pytest.approx(125_710)


def test_mix_can_beat_both_all_in_house_and_all_outsourced():
    """So "mix ≥ min(all in-house, all outsourced)" is no theorem: the hand mix is below both."""
    pe = estimate_portfolio(_hand_portfolio())
    assert pe.mix.horizon_total.mid < min(pe.in_house.horizon_total.mid, pe.outsourced.horizon_total.mid)
    assert pe.best.options == ("in_house", "bpo", "kpo")


def test_defaults_against_the_single_function_estimates(book):
    """README: 10 customer-service FTE with the seed's BPO range save $1,990,160 over 5 years with every
    default. Beside them, 3 HR staff kept in-house save nothing, so the mix saves exactly that."""
    cs = Scenario("Customer service", 10, bpo=reference_price(book, "Customer service", "bpo"))
    pe = estimate_portfolio(Portfolio((
        PortfolioRow("Customer service", 10, option="bpo", annual_salary=cs.in_house.annual_salary,
                     bpo=cs.bpo),
        PortfolioRow("Human resources", 3, option="in_house"),
    )))
    assert round(pe.compare().horizon_saving.mid) == 1_990_160
    hr = estimate(Scenario("Human resources", 3))
    assert pe.in_house.by_function[1, 1] == hr.horizon_total(hr.in_house).mid


def test_a_row_cannot_choose_an_option_without_a_price():
    with pytest.raises(ValueError, match=r"rows\[1\]\.option: Legal process has no KPO price or quote"):
        Portfolio((PortfolioRow("Customer service", 10), PortfolioRow("Legal process", 2, option="kpo")))
    with pytest.raises(InputError, match=r"rows\[0\]\.option: must be one of"):
        Portfolio((PortfolioRow("Customer service", 10, option="nearshore"),))
    # the captive is an option only where the portfolio sets one (issue 8)
    with pytest.raises(InputError, match=r"rows\[0\]\.option: no offshore captive is set for this mix"):
        Portfolio((PortfolioRow("Customer service", 10, option="captive"),))
    with pytest.raises(InputError, match=r"rows\[0\]\.in_house\.annual_salary"):
        Portfolio((PortfolioRow("Customer service", 10, annual_salary=-1),))


# --- Rules that always hold ---------------------------------------------------------------------------------


@st.composite
def rows(draw) -> PortfolioRow:
    bpo = draw(st.none() | prices("bpo"))
    kpo = draw(st.none() | prices("kpo"))
    row = PortfolioRow(
        draw(st.sampled_from(BOOK.functions)), draw(st.floats(0, 500, allow_nan=False)),
        draw(st.sampled_from(["fte", "hours_per_month"])), "in_house",
        draw(st.none() | within("annual_salary")), draw(st.none() | within("overhead_per_fte_month")),
        bpo, kpo)
    return replace(row, option=draw(st.sampled_from(row.available)))


@st.composite
def portfolios(draw, max_rows: int = 4) -> Portfolio:
    ranges = tuple(r for r in draw(input_ranges()) if r.key not in ROW_PAY_KEYS)
    return Portfolio(
        tuple(draw(st.lists(rows(), min_size=1, max_size=max_rows))), name=draw(st.sampled_from(["Mix", "=1+2"])),
        in_house=draw(in_house_inputs), vendor_management=draw(management), business_case=draw(business_cases()),
        ranges=ranges, uncertainty=Uncertainty(draws=200, seed=draw(st.integers(0, 2**32 - 1)), sourced_ranges=False))


@settings(max_examples=examples(40), deadline=None)
@given(scenarios, st.sampled_from(["in_house", "bpo", "kpo"]))
def test_a_portfolio_of_one_is_the_scenario(scenario, option):
    scenario = replace(scenario, ranges=tuple(r for r in scenario.ranges if r.key not in ROW_PAY_KEYS))
    if option != "in_house" and scenario.price(option) is None:
        option = "in_house"
    pe = estimate_portfolio(portfolio_of(scenario, option))
    alone = estimate(scenario)
    p = alone.projection.option(option)
    np.testing.assert_array_equal(pe.mix.totals, p.total)
    np.testing.assert_array_equal(pe.mix.monthly, p.monthly)
    np.testing.assert_array_equal(pe.mix.npv, p.npv)
    np.testing.assert_array_equal(pe.in_house.totals, alone.projection.in_house.total)


@settings(max_examples=examples(30), deadline=None)
@given(portfolios())
def test_totals_are_the_sum_of_the_functions_priced_alone(portfolio):
    pe = estimate_portfolio(portfolio)
    alone = [estimate(portfolio.scenario(i)) for i in range(len(portfolio.rows))]
    for plan in (pe.mix, pe.in_house, pe.outsourced):
        parts = [e.projection.option(o) for e, o in zip(alone, plan.options, strict=True)]
        # Exactly: the same figures, added in row order.
        np.testing.assert_array_equal(plan.totals, reduce(np.add, [p.total for p in parts]))
        np.testing.assert_array_equal(plan.npv, reduce(np.add, [p.npv for p in parts]))


@settings(max_examples=examples(30), deadline=None)
@given(portfolios())
def test_no_mix_is_cheaper_than_each_function_at_its_best(portfolio):
    """The true rule: at the midpoint, every row's chosen option costs at least that row's best option (the
    verdict's, over in-house and every priced vendor option), so any mix costs at least the per-row best, and
    the per-row best costs no more than all in-house or all outsourced. (Not: mix ≥ min(all in-house, all
    outsourced); see test_mix_can_beat_both_all_in_house_and_all_outsourced.)"""
    pe = estimate_portfolio(portfolio)
    best = pe.best.horizon_total.mid
    assert pe.mix.horizon_total.mid >= best
    assert best <= pe.in_house.horizon_total.mid
    assert best <= pe.outsourced.horizon_total.mid


# --- The Monte Carlo ----------------------------------------------------------------------------------------


def test_monte_carlo_is_each_function_drawn_alone_and_summed_per_draw():
    portfolio = replace(_hand_portfolio(), uncertainty=Uncertainty(draws=500, seed=7, sourced_ranges=True))
    pe = estimate_portfolio(portfolio)
    options = {name: plan.options for name, plan in pe.plans.items()}
    summed = draw_plans(portfolio, options, chunk=128)  # chunks of 128: four whole and one part
    for plan, chosen in options.items():
        alone = [project(s, draws(s)).option(o) for s, o in zip(portfolio.scenarios, chosen, strict=True)]
        np.testing.assert_allclose(summed.total[plan], sum(p.total for p in alone), rtol=1e-12)
        np.testing.assert_allclose(summed.npv[plan], sum(p.npv for p in alone), rtol=1e-12)
    # The chunk size changes nothing, draw by draw.
    whole = draw_plans(portfolio, options, chunk=500)
    np.testing.assert_array_equal(whole.total["mix"], summed.total["mix"])


def test_monte_carlo_of_one_row_is_the_scenarios(full_example):
    scenario = replace(full_example, uncertainty=Uncertainty(draws=1_000, seed=3))
    sim = simulate_portfolio(portfolio_of(scenario, "bpo"))
    alone = simulate(scenario)
    bpo, ih = alone.option("bpo"), alone.option("in_house")
    assert sim.horizon_total["mix"].as_tuple() == pytest.approx(bpo.horizon_total.as_tuple(), rel=1e-12)
    assert sim.horizon_total["in_house"].as_tuple() == pytest.approx(ih.horizon_total.as_tuple(), rel=1e-12)
    assert sim.npv["mix"].as_tuple() == pytest.approx(bpo.npv.as_tuple(), rel=1e-9)
    assert sim.npv["in_house"].as_tuple() == pytest.approx(ih.npv.as_tuple(), rel=1e-9)
    assert sim.probability_mix_cheaper["in_house"] == bpo.probability_cheaper
    assert sim.mix_npv_saving["in_house"].as_tuple() == pytest.approx(bpo.npv_savings.as_tuple(), rel=1e-9)


def test_monte_carlo_summary_orders_its_percentiles():
    sim = simulate_portfolio(replace(_hand_portfolio(), uncertainty=Uncertainty(draws=400, seed=1)))
    cost = sim.horizon_total["mix"]
    assert cost.low <= cost.mid <= cost.high  # P10, P50, P90 of a cost
    saving = sim.mix_saving["in_house"]
    assert saving.low >= saving.mid >= saving.high  # P90, P50, P10 of a saving: cheap side first
    assert 0.0 <= sim.probability_mix_cheaper["in_house"] <= 1.0
    assert set(sim.mix_saving) == {"in_house", "outsourced", "best"}


# --- The file form ------------------------------------------------------------------------------------------


@settings(max_examples=examples(25), deadline=None)
@given(portfolios())
def test_portfolio_file_reads_back_unchanged(portfolio):
    again = load_portfolio(dump_portfolio(portfolio), BOOK)
    assert again == portfolio
    assert portfolio_to_dict(again) == portfolio_to_dict(portfolio)


def test_portfolio_file_defaults_come_from_the_price_book_and_the_function():
    p = portfolio_from_dict({"kind": "portfolio", "rows": [
        {"function": "Customer service", "workload": {"fte": 10}, "option": "bpo"},
        {"function": "Human resources", "workload": {"fte": 3}, "annual_salary": 70_000},
        {"function": "Research and analysis", "workload": {"fte": 2}, "kpo": None}]}, BOOK)
    cs, hr, research = p.rows
    assert (cs.bpo.low, cs.bpo.high) == (20.0, 30.0)  # the seed's range
    assert cs.annual_salary == Scenario("Customer service", 1).in_house.annual_salary
    assert hr.annual_salary == 70_000
    assert hr.bpo.basis == "per_month" and hr.bpo.units == 214  # 3 HR staff serve 214 employees
    assert research.kpo is None and research.option == "in_house"


@pytest.mark.parametrize("data, message", [
    ([], r"^portfolio: must be a JSON object$"),
    ({"rows": []}, r"^kind: must be 'portfolio'"),
    ({"kind": "scenario", "rows": []}, r"^kind: must be 'portfolio' for a portfolio file, got 'scenario'$"),
    ({"kind": "portfolio", "in_house": 5, "rows": [{}]}, r"^in_house: must be an object of named numbers, got int$"),
    ({"kind": "portfolio", "rows": [5]}, r"^rows\[0\]: must be an object with function, workload and option$"),
    ({"kind": "portfolio", "rows": []}, r"^rows: must be a list of one or more"),
    ({"kind": "portfolio", "format_version": 9, "rows": [{}]}, r"^format_version: 9 is newer"),
    ({"kind": "portfolio", "rows": [{"function": "Nope", "workload": {"fte": 1}}]}, r"^rows\[0\]\.function:"),
    ({"kind": "portfolio", "rows": [{"function": "Legal process", "workload": {"fte": 1}, "option": "kpo"}]},
     r"^rows\[0\]\.option: Legal process has no KPO"),
    ({"kind": "portfolio", "rows": [{"function": "Customer service", "workload": {"fte": 1}, "colour": 1}]},
     r"^rows\[0\]\.colour: is not a known field"),
    ({"kind": "portfolio", "business_case": {"horizon_years": 99},
      "rows": [{"function": "Customer service", "workload": {"fte": 1}}]}, r"^business_case\.horizon_years"),
    ({"kind": "portfolio", "ranges": {"annual_salary": {"low": 40_000, "high": 50_000}},
      "rows": [{"function": "Customer service", "workload": {"fte": 1}}]}, r"^ranges\.annual_salary: pay is set per"),
])
def test_bad_portfolio_files_are_refused_with_the_field_named(data, message):
    with pytest.raises(InputError, match=message):
        portfolio_from_dict(data, BOOK)


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.json")), ids=lambda p: p.name)
def test_todays_scenario_files_still_load_unchanged(path):
    text = path.read_text()
    assert "kind" not in json.loads(text)
    assert load_document(text, BOOK) == load_scenario(text, BOOK)


def test_readme_portfolio_example_is_valid():
    section = (ROOT / "README.md").read_text().split("## A mix of functions", 1)[1]
    p = load_document(section.split("```json\n", 1)[1].split("```", 1)[0], BOOK)
    assert isinstance(p, Portfolio)
    assert [r.option for r in p.rows] == ["bpo", "in_house", "kpo"]
    assert p.rows[1].annual_salary == 70_000 and p.rows[2].kpo.basis == "per_hour"


def test_a_portfolio_holds_from_one_to_max_rows_functions():
    row = PortfolioRow("Customer service", 1, "fte", "in_house")
    with pytest.raises(InputError, match=rf"^rows: give from 1 to {MAX_ROWS} functions, got 0$"):
        Portfolio(rows=())
    assert len(Portfolio(rows=(row,) * MAX_ROWS).rows) == MAX_ROWS  # the limit itself is allowed


def test_a_mix_read_from_its_table_or_file_prices_a_row_as_the_estimate_page_does():
    # The README's worked example: 10 FTE of customer service at the seed's $20–30 BPO range, every default:
    # BPO $2,811,321 over 5 years, the vendor billing from go-live. The mix's sections were read as a version-1
    # scenario, whose vendor bills during the transition too, and the row came to $2,911,421.
    from estimator.estimate import estimate
    from estimator.portfolio_table import portfolio_from_table

    p = portfolio_from_table([{"function": "Customer service", "workload": 10, "basis": "fte", "option": "bpo"},
                              {"function": "Research and analysis", "workload": 3, "basis": "fte", "option": "kpo"}],
                             BOOK)
    assert p.vendor_terms.bills_during_transition is False
    est = estimate(p.scenario(0))
    assert round(est.horizon_total(est.option("bpo")).mid) == 2_811_321


# --- session 16's mutation survivors: which exchange rates the shared settings and each row are given ----------------

def _mix(**fields) -> dict:
    return {"kind": "portfolio", "currency": "EUR", "exchange_rates": {"USD": {"rate": 1.08}}, **fields}


def test_a_euro_mix_with_a_dollar_quote_gives_the_dollar_rate_to_that_row_alone():
    # _price_currencies read the row's own quote (its USD): without it the shared settings, which have no dollar
    # amount, took the rate and refused it ("exchange_rates.USD: no amount is in USD"). By hand: the quote's midpoint
    # $25 an hour is EUR 25 / 1.08 = 23.148; 10 FTE are 1,213.33 productive hours, 1,334.67 vendor hours (x 1.1), so
    # fees 1,334.67 x 23.148 = EUR 30,895.06 a month
    quote = {"basis": "per_hour", "low": 20, "high": 30, "currency": "USD"}
    mix = portfolio_from_dict(_mix(rows=[{"function": "Customer service", "workload": {"fte": 10}, "option": "bpo",
                                          "bpo": quote}]), BOOK)
    assert [(r.source, r.target, r.rate) for r in mix.exchange_rates] == [("EUR", "USD", 1.08)]
    assert [(r.source, r.target) for r in mix.scenario(0).exchange_rates] == [("EUR", "USD")]
    bpo = next(o for o in estimate(mix.scenario(0)).options if o.option == "bpo")
    fees = next(c.cost.mid for c in bpo.components if c.name == "fees")
    assert fees == pytest.approx(30_895.06, abs=0.05)


def test_a_captive_paid_in_dollars_keeps_the_dollar_rate_the_rows_prices_also_use():
    # the shared settings hold the captive's dollar pay, so they keep the dollar rate even though a row's price (the
    # book's $20-30) uses it too; read from any other key than "currency", the captive's INR took its place and the
    # file was refused ("the offshore captive's pay is in USD: give how many USD one EUR buys")
    mix = portfolio_from_dict(_mix(captive={"currency": "USD", "entry_pay_month": 400, "senior_pay_year": 30_000},
                                   rows=[{"function": "Customer service", "workload": {"fte": 10}, "option": "bpo"}]),
                              BOOK)
    assert mix.captive.currency == "USD" and mix.captive.entry_pay_month == 400
    assert [(r.source, r.target, r.rate) for r in mix.exchange_rates] == [("EUR", "USD", 1.08)]


def test_a_dollar_rate_in_a_euro_mix_is_kept_for_the_sources_dollars():
    # a savings share is in no currency, even one that names one; but outside dollars the dollar's rate is always
    # wanted (session 16): the sources' in-house figures and their limits are dollars, converted at it. Before, the
    # shared section refused it ("exchange_rates.USD: no amount is in USD")
    row = {"function": "Research and analysis", "workload": {"fte": 3}, "option": "kpo",
           "kpo": {"basis": "savings_share", "low": 0.4, "high": 0.6, "currency": "USD"}}
    mix = portfolio_from_dict(_mix(exchange_rates={"USD": {"rate": 1.08}}, rows=[row]), BOOK)
    assert [(r.source, r.target, r.rate) for r in mix.exchange_rates] == [("EUR", "USD", 1.08)]


@pytest.mark.parametrize(("rates", "kpo", "field"), [
    # the book's research share (no currency): a rate for the mix's own euros is the shared section's, refused there
    ({"EUR": {"rate": 1.08}}, None, "exchange_rates.EUR.rate"),
])
def test_a_rate_only_a_savings_share_could_use_is_refused_as_the_shared_settings(rates, kpo, field):
    row = {"function": "Research and analysis", "workload": {"fte": 3}, "option": "kpo"} | ({"kpo": kpo} if kpo else {})
    with pytest.raises(InputError) as err:
        portfolio_from_dict(_mix(exchange_rates=rates, rows=[row]), BOOK)
    assert err.value.field == field


@pytest.mark.parametrize(("rates", "field", "words"), [
    # two rates for the prices' dollars: refused once, as the shared section's (not as the first row's)
    ((("EUR", "USD", 1.08), ("EUR", "USD", 1.10)), "exchange_rates", "at most one rate"),
    # a dollar rate from pounds in a euro mix, and a rupee rate nothing uses: the shared settings' check says so (an
    # InputError naming the rate, not a TypeError from the rates set aside for the rows)
    ((("GBP", "USD", 1.08),), "exchange_rates.USD", "must be from the reporting currency EUR"),
    ((("EUR", "INR", 90.0),), "exchange_rates.INR", "no amount is in INR"),
])
def test_a_mixs_wrong_rates_are_refused_by_the_shared_settings(rates, field, words):
    from estimator.currency import ExchangeRate
    from estimator.scenario import reference_price

    row = PortfolioRow("Customer service", 10, option="bpo", bpo=reference_price(BOOK, "Customer service", "bpo"))
    with pytest.raises(InputError) as err:
        Portfolio((row,), currency="EUR", exchange_rates=tuple(ExchangeRate(*r) for r in rates))
    assert err.value.field == field and words in str(err.value)
