"""Behaviours that had no test able to fail (issue 7): each test here breaks under a small, real change of
the model, and says which. Expected values are worked by hand in the comments.

Defaults used below (estimator/assumptions.py): salary 41,600; benefits 31%; shrinkage 30%; paid hours
2,080 a year; span 10; supervisor 58,450; overhead 2,187; attrition 19%; cost per hire 4,129; governance
4.5% (6% in year 1); selection 3.5%; transition 12.5%; 5 years; wage inflation 3.7%; escalation 2.9%;
3 months of dual running. 10 FTE at 30% shrinkage deliver 10 × 2,080 / 12 × 0.7 = 1,213.33 hours a month
and cost 74,317.88 a month in-house (README worked example).
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from strategies import examples, headcount_hours_ranged
from v1 import v1

from estimator import charts
from estimator.estimate import estimate
from estimator.export import read_tidy_csv, tidy_table, to_csv_bytes
from estimator.pricing import PriceBookError, parse_price_book
from estimator.scenario import BusinessCase, InputError, InputRange, Scenario, Uncertainty, VendorPrice
from estimator.uncertainty import chance_cheaper, simulate
from estimator.verdict import best_option, run_rate_sentence

IN_HOUSE_10_FTE = 74_317.88
HOURS_10_FTE = 1_213.33


def v1_scenario(*args, **kwargs) -> Scenario:
    """A scenario on the v1 model: the costs issue 6 added set to zero (tests/v1.py), so the figures worked by
    hand for v1 hold to the cent."""
    return v1(Scenario(*args, **kwargs))


def tol(x: float) -> float:
    return 1e-9 * max(1.0, abs(x))


# --- a headcount workload with shrinkage or paid hours as a range, priced by the hour -----------------------

@settings(max_examples=examples(120), deadline=None)
@given(headcount_hours_ranged)
def test_headcount_with_ranged_hours_cheap_case_never_above_dear_case(s):
    # Breaks if the cheap end of shrinkage / paid hours is not turned round for a headcount (params._cost_rises):
    # the cheap case would then buy the most productive hours from the vendor.
    e = estimate(s)
    for op in e.options:
        if not op.priced:
            continue
        assert op.total.low <= op.total.high + tol(op.total.high)
        fees_or_wages = op.components[0].cost
        assert fees_or_wages.low <= fees_or_wages.high + tol(fees_or_wages.high)
        horizon = e.horizon_total(op)
        assert horizon.low <= horizon.mid + tol(horizon.mid) and horizon.mid <= horizon.high + tol(horizon.high)
    # the headcount is the headcount: the in-house FTE (and so its cost) is the same in every case
    fte = e.projection.run_rate.in_house.fte
    np.testing.assert_allclose(fte, s.workload, rtol=1e-9)


def test_headcount_with_shrinkage_range_by_hand():
    # 10 FTE, shrinkage 20-40%, BPO $20-30 an hour.
    # cheap case: shrinkage 40% -> 10 × 173.33 × 0.6 = 1,040 h × $20 = 20,800; + 4.5% = 21,736
    # mid case:   shrinkage 30% -> 1,213.33 h × $25 = 30,333.33; + 4.5% = 31,698.33
    # dear case:  shrinkage 20% -> 10 × 173.33 × 0.8 = 1,386.67 h × $30 = 41,600; + 4.5% = 43,472
    # in-house: F = 10 in every case, so 74,317.88 in every case
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                 ranges=(InputRange("shrinkage", 0.2, 0.4),))
    e = estimate(s)
    assert e.bpo.total.as_tuple() == pytest.approx((21_736.0, 31_698.33, 43_472.0), abs=0.01)
    assert e.in_house.total.as_tuple() == pytest.approx((IN_HOUSE_10_FTE,) * 3, abs=0.01)


def test_headcount_with_paid_hours_range_by_hand():
    # 10 FTE, paid hours 1,800-2,200 a year, BPO $20-30 an hour. Fewer paid hours: fewer hours to buy.
    # cheap case: 1,800 / 12 = 150 × 0.7 × 10 = 1,050 h × $20 = 21,000; + 4.5% = 21,945
    # dear case:  2,200 / 12 = 183.33 × 0.7 × 10 = 1,283.33 h × $30 = 38,500; + 4.5% = 40,232.50
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                 ranges=(InputRange("paid_hours_per_year", 1_800, 2_200),))
    e = estimate(s)
    assert (e.bpo.total.low, e.bpo.total.high) == pytest.approx((21_945.0, 40_232.5), abs=0.01)


def test_hours_workload_keeps_more_shrinkage_dearer_in_house():
    # The turn-round is for a headcount only. 1,213.33 hours a month given as hours, shrinkage 20-40%:
    # cheap case 20%: F = 1,213.33 / (173.33 × 0.8) = 8.75 FTE; dear case 40%: F = 1,213.33 / 104 = 11.667 FTE.
    # wages then 8.75 × 41,600 / 12 = 30,333.33 and 11.667 × 3,466.67 = 40,444.44
    s = v1_scenario("Customer service", 10 * 2080 / 12 * 0.7, workload_basis="hours_per_month",
                 ranges=(InputRange("shrinkage", 0.2, 0.4),))
    wages = next(c.cost for c in estimate(s).in_house.components if c.name == "wages")
    assert (wages.low, wages.high) == pytest.approx((30_333.33, 40_444.44), abs=0.01)


# --- BPO and KPO both priced: every verdict names the cheaper one ------------------------------------------

def both_priced(kpo_low: float, kpo_high: float) -> Scenario:
    return v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, option="bpo"),
                    kpo=VendorPrice("per_hour", kpo_low, kpo_high, option="kpo"),
                    uncertainty=Uncertainty(draws=2_000))


def test_kpo_cheaper_is_named_by_every_headline():
    # KPO at $10-12 an hour: mid 11 × 1,213.33 = 13,346.67 + 4.5% = 13,947.27 a month, against BPO's 31,698.33.
    # Saves 74,317.88 − 13,947.27 = 60,370.61 a month, 60,370.61 / 74,317.88 = 81%.
    # Over 5 years: fees 160,160 a year × 5.298533 = 848,613.05; governance 160,160 × 6% + 160,160 × 4.298533 × 4.5%
    # = 9,609.60 + 30,980.10 = 40,589.70; dual running 3 × 74,317.88 = 222,953.64; one-time 160,160 × 16% = 25,625.60;
    # total 1,137,781.99 against in-house 4,801,480.88: saves 3,663,698.89.
    # Break-even: month 1 74,317.88 − (14,147.47 + 74,317.88 + 25,625.60) = −39,773.07; months 2-3 −14,147.47 each
    # (−68,068.01); month 4 +60,170.41 (−7,897.60); month 5 +60,170.41: month 5.
    s = both_priced(10, 12)
    e = estimate(s)
    assert best_option(e) is e.kpo
    # the verdict is over the horizon: 3,663,698.89 / 4,801,480.88 = 76%; the run rate stays visible, labelled
    assert charts.headline(e) == "KPO saves $3,663,699 (76%) over 5 years and breaks even in month 5"
    assert run_rate_sentence(e, e.kpo) == "Run rate after go-live: KPO $13,947 a month, $60,371 (81%) less than in-house"
    assert e.horizon_savings(e.kpo).mid == pytest.approx(3_663_698.89, abs=1.0)  # growth factor rounded to 6 places
    assert charts.business_case_headline(e) == charts.headline(e)
    assert charts.savings_waterfall_figure(e).layout.title.text.startswith("KPO saves $3,663,699 over 5 years")
    assert charts.cumulative_cost_figure(e).layout.title.text.startswith("KPO saves")
    # both vendors are cheaper in every draw (a tie at 100%): the chance headline names the cheaper one
    assert charts.distribution_figure(simulate(s), e).layout.title.text.startswith(
        "KPO is cheaper than in-house over 5 years in 100%")


def test_bpo_cheaper_is_named_by_every_headline():
    # KPO at $40-50 an hour: mid 45 × 1,213.33 = 54,600 + 4.5% = 57,057 a month, dearer than BPO's 31,698.33,
    # so every verdict is the README's worked example: BPO saves 42,619.55 a month (57%), $2,499,371 over 5 years.
    s = both_priced(40, 50)
    e = estimate(s)
    assert best_option(e) is e.bpo
    assert charts.headline(e) == "BPO saves $2,499,371 (52%) over 5 years and breaks even in month 7"
    assert run_rate_sentence(e, e.bpo) == "Run rate after go-live: BPO $31,698 a month, $42,620 (57%) less than in-house"
    assert charts.savings_waterfall_figure(e).layout.title.text.startswith("BPO saves $2,499,371")
    assert charts.distribution_figure(simulate(s), e).layout.title.text.startswith("BPO is cheaper")


def test_in_house_cheapest_names_the_nearest_vendor():
    # BPO $60-80 an hour: mid 70 × 1,213.33 = 84,933.33 + 4.5% = 88,755.33, KPO $90-100: dearer still.
    # In-house is cheapest; the headline names BPO at 88,755.33 − 74,317.88 = 14,437.45 more a month.
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 60, 80, option="bpo"),
                 kpo=VendorPrice("per_hour", 90, 100, option="kpo"))
    e = estimate(s)
    assert best_option(e) is e.in_house
    assert charts.headline(e).startswith("In-house is cheapest over 5 years: BPO would cost $")
    # 14,437.45 / 74,317.88 = 19%
    assert run_rate_sentence(e, e.bpo) == "Run rate after go-live: BPO $88,755 a month, $14,437 (19%) more than in-house"


# --- InputRange and VendorPrice: low above high, a mode outside the range ----------------------------------

@pytest.mark.parametrize(("low", "high", "mode", "field"), [
    (0.4, 0.2, None, "ranges.shrinkage.low"),
    (0.2, 0.4, 0.45, "ranges.shrinkage.mode"),
    (0.2, 0.4, 0.1, "ranges.shrinkage.mode"),
    (0.2, 0.95, None, "ranges.shrinkage.high"),  # shrinkage above its maximum
])
def test_input_range_refuses_what_is_not_a_range(low, high, mode, field):
    with pytest.raises(InputError) as err:
        InputRange("shrinkage", low, high, mode)
    assert err.value.field == field


@pytest.mark.parametrize(("low", "high", "mode", "point"), [
    (0.2, 0.4, 0.2, 0.2),    # a mode at either end is inside
    (0.2, 0.4, 0.4, 0.4),
    (0.3, 0.3, None, 0.3),   # zero width
    (0.2, 0.4, None, 0.3),   # midpoint when no mode
])
def test_input_range_ends_are_inside(low, high, mode, point):
    assert InputRange("shrinkage", low, high, mode).point == pytest.approx(point)


def test_input_range_mode_is_the_point_value():
    # salary 30,000-60,000 with its mode at 35,000: the mid case pays 35,000, not the 45,000 midpoint.
    # 10 FTE wages 10 × 35,000 / 12 = 29,166.67 (mid); cheap 25,000; dear 50,000
    s = v1_scenario("Customer service", 10, ranges=(InputRange("annual_salary", 30_000, 60_000, 35_000),))
    wages = next(c.cost for c in estimate(s).in_house.components if c.name == "wages")
    assert wages.as_tuple() == pytest.approx((25_000.0, 29_166.67, 50_000.0), abs=0.01)


def test_ranges_on_unknown_or_repeated_keys_are_refused():
    with pytest.raises(InputError, match="ranges.workload"):
        InputRange("workload", 1, 2)
    with pytest.raises(InputError, match="at most one range"):
        v1_scenario("Customer service", 10, ranges=(InputRange("shrinkage", 0.2, 0.4), InputRange("shrinkage", 0.2, 0.3)))


@pytest.mark.parametrize(("price", "field"), [
    (dict(basis="per_hour", low=30, high=20), "bpo.price.low"),
    (dict(basis="per_hour", low=20, high=30, mode=31), "bpo.price.mode"),
    (dict(basis="savings_share", low=0.4, high=1.0), "bpo.price.high"),
    (dict(basis="per_hour", low=20, high=30, units=-1), "bpo.price.units"),
])
def test_vendor_price_refuses_what_is_not_a_price(price, field):
    with pytest.raises(InputError) as err:
        VendorPrice(option="bpo", **price)
    assert err.value.field == field


def test_vendor_price_mode_is_the_peak_of_the_draws():
    # $20-30 an hour with the mode at $21 (triangular): mean (20 + 21 + 30) / 3 = 23.67, against 25 without a mode.
    # The mean of 10,000 seeded draws is within 0.1 of it (standard error 2.1 / 100).
    from estimator.params import draws
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, mode=21, option="bpo"),
                 uncertainty=Uncertainty(distribution="triangular"))
    assert draws(s)["bpo_price"].mean() == pytest.approx(23.67, abs=0.1)


# --- a price book row with an empty currency, or a savings share of 1 --------------------------------------

HEADER = "function,model,basis,low,high,currency,unit,source,as_of,notes"


def test_price_book_row_with_empty_currency_is_refused():
    with pytest.raises(PriceBookError, match=r"^p.csv: line 2, column 'currency': is empty"):
        parse_price_book(HEADER + "\nCustomer service,BPO,per_hour,20,30,,hour,quote,2025,", "p.csv")


def test_price_book_savings_share_needs_no_currency_and_must_be_below_one():
    ok = parse_price_book(HEADER + "\nResearch,KPO,savings_share,0.4,0.99,,share,quote,2025,", "p.csv")
    assert ok.rows[0].high == 0.99 and ok.rows[0].currency == ""
    with pytest.raises(PriceBookError, match=r"column 'high': a savings share is a fraction below 1 \(0.40 = 40%\), got 1$"):
        parse_price_book(HEADER + "\nResearch,KPO,savings_share,0.4,1,,share,quote,2025,", "p.csv")


def test_price_book_blank_row_is_skipped_and_lines_are_counted():
    # line 1 header, line 2 a good row, line 3 blank, line 4 the bad row
    text = HEADER + "\nCustomer service,BPO,per_hour,20,30,USD,hour,q,2025,\n,,,,,,,,,\nIT,BPO,per_hour,50,40,USD,hour,q,2025,"
    with pytest.raises(PriceBookError, match=r"line 4, column 'low': low 50 must not be above high 40"):
        parse_price_book(text, "p.csv")


def test_price_book_numbers_with_thousands_separators_and_equal_ends():
    book = parse_price_book(HEADER + '\nHuman resources,BPO,per_month,"1,500","1,500",USD,month,q,2025,', "p.csv")
    assert (book.rows[0].low, book.rows[0].high, book.rows[0].mid) == (1500.0, 1500.0, 1500.0)


# --- a cell that begins with CR then '=' is defused --------------------------------------------------------

@pytest.mark.parametrize(("name", "written"), [
    ("\r=1+2", "'\r=1+2"),
    ("\r\n=cmd", "'\r\n=cmd"),
    ("'quoted", "''quoted"),
    ("Plain name", "Plain name"),
    ("a=b", "a=b"),
])
def test_text_cells_are_defused_exactly_once(name, written):
    table = tidy_table(estimate(v1_scenario("Customer service", 3, name=name)))
    data = to_csv_bytes(table)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[1][0] == written
    assert len(rows) == len(table) + 1  # a line break inside a name did not split a row
    assert read_tidy_csv(data)["scenario"].iloc[0] == name


# --- "chance cheaper" with exact ties ---------------------------------------------------------------------

def test_zero_workload_ties_are_not_a_certain_saving():
    # No work: in-house costs 0 and an hourly vendor costs 0 in every draw. Equal is not cheaper: 0%, never 100%.
    s = v1_scenario("Customer service", 0, bpo=VendorPrice("per_hour", 20, 30, option="bpo"))
    sim = simulate(s)
    assert sim.option("bpo").probability_cheaper == 0.0
    assert chance_cheaper(s) == {"bpo": 0.0}
    assert "100%" not in charts.distribution_figure(sim, estimate(s)).layout.title.text


def test_chance_cheaper_matches_the_uniform_distribution():
    # One year, no dual running, BPO uniform on $40-80 an hour. The BPO's year costs
    # 12 × p × 1,213.33 × (1 + 6% governance + 3.5% selection + 12.5% transition) = 17,763.20 × p, in-house
    # 12 × 74,317.88 = 891,814.56, so BPO is cheaper below p* = 891,814.56 / 17,763.20 = 50.206 $/h:
    # uniform chance (50.206 − 40) / 40 = 0.255; triangular with the mode at 60: (10.206)² / (40 × 20) = 0.130;
    # triangular with the mode at 45: 1 − (80 − 50.206)² / (40 × 35) = 0.366.
    # 10,000 draws: standard error about 0.0045, so within 0.015.
    base = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 40, 80, option="bpo"),
                    business_case=BusinessCase(horizon_years=1, dual_running_months=0),
                    uncertainty=Uncertainty(distribution="uniform"))
    assert simulate(base).option("bpo").probability_cheaper == pytest.approx(0.255, abs=0.015)
    assert chance_cheaper(base)["bpo"] == pytest.approx(0.255, abs=0.015)  # the page's other charts read this
    tri = replace(base, uncertainty=replace(base.uncertainty, distribution="triangular"))
    assert simulate(tri).option("bpo").probability_cheaper == pytest.approx(0.130, abs=0.015)
    skewed = replace(tri, bpo=VendorPrice("per_hour", 40, 80, mode=45, option="bpo"))
    assert simulate(skewed).option("bpo").probability_cheaper == pytest.approx(0.366, abs=0.015)


def test_pert_chance_matches_the_beta_distribution():
    # PERT with the mode at the midpoint is Beta(3, 3) on [40, 80]; x = 0.2551 of the way along:
    # I_x(3, 3) = 10x³(1−x)² + 5x⁴(1−x) + x⁵ = 0.0922 + 0.0158 + 0.0011 = 0.109
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 40, 80, option="bpo"),
                 business_case=BusinessCase(horizon_years=1, dual_running_months=0))
    assert simulate(s).option("bpo").probability_cheaper == pytest.approx(0.109, abs=0.015)


# --- the price book's messages and fields, exactly (survivors of the first mutation run) ------------------

def test_price_book_messages_name_every_allowed_value():
    with pytest.raises(PriceBookError) as err:
        parse_price_book("")
    assert str(err.value) == ("pricing.csv: the file is empty; expected a header row with "
                              "function, model, basis, low, high, currency, unit, source, as_of, notes")
    with pytest.raises(PriceBookError, match=r"^p.csv: line 1: missing column\(s\) basis, low$"):
        parse_price_book("function,model,high,currency,unit,source,as_of,notes\n", "p.csv")
    with pytest.raises(PriceBookError, match=r"unknown basis 'per_call'; use one of per_hour, per_month, savings_share, per_contact, per_minute$"):
        parse_price_book(HEADER + "\nIT,BPO,per_call,1,2,USD,call,q,2025,", "p.csv")
    with pytest.raises(PriceBookError, match=r"^p.csv: line 2, column 'function': is empty$"):
        parse_price_book(HEADER + "\n,BPO,per_hour,1,2,USD,hour,q,2025,", "p.csv")
    with pytest.raises(PriceBookError, match=r"^p.csv: line 2, column 'low': is empty while the other end is set"):
        parse_price_book(HEADER + "\nIT,BPO,per_hour,,2,USD,hour,q,2025,", "p.csv")
    with pytest.raises(PriceBookError, match=r"column 'currency': is empty; a price needs a currency such as USD$"):
        parse_price_book(HEADER + "\nIT,BPO,per_hour,1,2,,hour,q,2025,", "p.csv")


def test_price_book_keeps_every_field_and_its_name(tmp_path):
    # a free price (0) is a price; a quoted note may hold a line break, kept as written
    text = HEADER + '\r\nIT,BPO,per_hour,0,"1,000",EUR,productive hour,my quote,2026-01,"line one\r\nline two"\r\n'
    (row,) = parse_price_book(text, "p.csv").rows
    assert (row.function, row.model, row.basis, row.low, row.high) == ("IT", "BPO", "per_hour", 0.0, 1000.0)
    assert (row.currency, row.unit, row.source, row.as_of) == ("EUR", "productive hour", "my quote", "2026-01")
    assert row.notes == "line one\r\nline two"
    assert parse_price_book(text, "p.csv").path == "p.csv"
    assert parse_price_book(text).path == "pricing.csv"
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8", newline="")
    from estimator.pricing import load_price_book
    assert load_price_book(path).path == "mine.csv"


# --- the Monte Carlo rows of the tidy table, and the tornado's swings -------------------------------------

def test_simulation_rows_carry_p10_p50_p90_of_every_option(worked_example):
    s = replace(worked_example, uncertainty=Uncertainty(draws=500))
    sim = simulate(s)
    table = tidy_table(estimate(s), sim).set_index(["option", "component", "period"])
    for option in ("in_house", "bpo"):
        spread = sim.option(option)
        for component, value, unit in (("horizon_average_monthly_cost_p10_p50_p90", spread.monthly_cost, "USD/month"),
                                       ("horizon_total_p10_p50_p90", spread.horizon_total, "USD"),
                                       ("npv_p10_p50_p90", spread.npv, "USD")):
            row = table.loc[(option, component, "monte_carlo")]
            assert (row["low"], row["mid"], row["high"]) == value.as_tuple()
            assert (row["unit"], row["currency"]) == (unit, "USD")
    chance = table.loc[("bpo", "probability_cheaper", "monte_carlo")]
    assert (chance["low"], chance["mid"], chance["high"]) == (sim.option("bpo").probability_cheaper,) * 3
    assert (chance["unit"], chance["currency"]) == ("share", "")
    assert ("in_house", "probability_cheaper", "monte_carlo") not in table.index
    assert ("kpo", "npv_p10_p50_p90", "monte_carlo") not in table.index  # no price, no draws


def test_tornado_swings_each_input_by_hand():
    # 10 FTE, BPO $20-30 an hour, salary 35,000-50,000 and cost per hire 4,000-4,200 as ranges.
    # Over 5 years in-house pays 12 × (1 + 1.037 + ... + 1.037⁴) = 12 × 5.383945 = 64.60734 months' worth of
    # its run rate; the BPO option pays the first 3 of them too (dual running), so an in-house cost moves
    # savings by 64.60734 − 3 = 61.60734 times its monthly change.
    # salary: 10 × 15,000 / 12 × 1.31 = 16,375 a month (+ supervision unchanged) -> 16,375 × 61.60734 = 1,008,820
    # cost per hire: 10 × 19% × 200 / 12 = 31.667 a month -> 1,950.90
    from estimator.uncertainty import tornado
    s = v1_scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, option="bpo"),
                 kpo=VendorPrice("per_hour", 25, 25, option="kpo"),
                 ranges=(InputRange("annual_salary", 35_000, 50_000), InputRange("cost_per_hire", 4_000, 4_200)))
    t = tornado(s, "bpo")
    swings = {w.label: w for w in t.swings}
    assert list(swings) == ["Salary per FTE", "BPO price", "Cost per hire"]  # KPO's $25-25 is no swing
    salary, hire = swings["Salary per FTE"], swings["Cost per hire"]
    assert salary.savings_at_high - salary.savings_at_low == pytest.approx(1_008_820.2, abs=1.0)
    assert hire.savings_at_high - hire.savings_at_low == pytest.approx(1_950.90, abs=0.05)
    assert (hire.low_value, hire.high_value) == (4_000, 4_200)
    assert hire.savings_at_low < t.base_savings < hire.savings_at_high


def test_input_error_names_the_field_and_the_reason():
    with pytest.raises(InputError) as err:
        InputRange("shrinkage", 0.2, 0.95)
    assert (err.value.field, err.value.reason) == ("ranges.shrinkage.high", "must be from 0 to 0.8, got 0.95")
    assert str(err.value) == "ranges.shrinkage.high: must be from 0 to 0.8, got 0.95"


# --- scenario helpers the page and the scenario files rely on ---------------------------------------------

def test_a_quote_takes_the_price_books_basis(book):
    from estimator.scenario import load_scenario, quote_basis
    assert quote_basis(book, "Customer service", "bpo") == "per_hour"
    assert quote_basis(book, "Human resources", "bpo") == "per_month"
    assert quote_basis(book, "Research and analysis", "kpo") == "savings_share"
    assert quote_basis(book, "Customer service", "kpo") == "per_hour"  # no row: by the hour
    # a scenario file's KPO quote for research without a basis is a savings share: 30-50% below in-house
    s = load_scenario('{"function": "Research and analysis", "workload": {"fte": 2}, "kpo": {"low": 0.3, "high": 0.5}}', book)
    assert (s.kpo.basis, s.kpo.low, s.kpo.high) == ("savings_share", 0.3, 0.5)


def test_range_of_finds_the_named_range():
    shrink, salary = InputRange("shrinkage", 0.2, 0.4), InputRange("annual_salary", 30_000, 50_000)
    s = v1_scenario("Customer service", 10, ranges=(shrink, salary))
    assert s.range_of("shrinkage") == shrink and s.range_of("annual_salary") == salary
    assert s.range_of("benefits_load") is None


def test_scenario_file_is_indented_for_people():
    from estimator.scenario import dump_scenario
    text = dump_scenario(v1_scenario("Customer service", 10, name="Mine"))
    assert text.startswith('{\n  "format_version": 4,\n  "name": "Mine",\n  "function": "Customer service",\n')
    assert text.endswith("}\n")


@pytest.mark.parametrize(("text", "message"), [
    ('{"function": "Customer service", "workload": {"fte": 1}, "in_house": [1]}',
     "in_house: must be an object of named numbers, got list"),
    ('{"function": "Customer service", "workload": {"fte": 1}, "business_case": {"years": 3}}',
     "business_case.years: is not a known field; known: horizon_years, wage_inflation, contract_escalation, "
     "discount_rate, dual_running_months, exit_rate, selection_months"),
    ('{"function": "Customer service", "workload": {"fte": 1}, "colour": "red"}',
     "scenario.colour: is not a known field; known: format_version, name, function, currency, exchange_rates, "
     "workload, bpo, kpo, captive, ranges, in_house, vendor_management, vendor_terms, people, business_case, uncertainty"),
    ('{"function": "Customer service", "workload": {"fte": 1}, "vendor_management": {"fee": 1}}',
     "vendor_management.fee: is not a known field; known: governance_rate, first_year_governance_rate, "
     "vendor_selection_rate, transition_rate, governance_min_fte, governance_salary"),
    ('{"function": "Customer service", "workload": {"fte": 1}, "bpo": {"low": 1, "high": 2, "rate": 3}}',
     "bpo.rate: is not a known field; known: basis, low, high, units, source, mode, billed, location, currency"),
    ('{"function": "Customer service", "workload": {"fte": 1}, "uncertainty": {"runs": 5}}',
     "uncertainty.runs: is not a known field; known: draws, seed, distribution, sourced_ranges, "
     "escalation_correlation"),
    ('{"function": "Customer service", "workload": {"fte": 1}, "ranges": {"shrinkage": 0.3}}',
     'ranges.shrinkage: must be an object with low and high, e.g. {"low": 0.25, "high": 0.35}'),
    ('{"function": "Customer service", "workload": {"fte": 1}, "ranges": {"shrinkage": {"low": 0.2, "high": 0.3, "peak": 0.25}}}',
     "ranges.shrinkage.peak: is not a known field; known: low, high, mode"),
    ('{"function": "Payroll", "workload": {"fte": 1}}',
     "function: 'Payroll' is not in the price book; known: Customer service, IT and software operations, "),
])
def test_scenario_file_messages_in_full(book, text, message):
    from estimator.scenario import load_scenario
    with pytest.raises(InputError) as err:
        load_scenario(text, book)
    assert str(err.value).startswith(message)
    assert message.endswith(", ") or str(err.value) == message


def test_annual_figures_and_the_price_behind_an_option(worked_example):
    # a year is 12 months of run rate, in every case: BPO 12 × 25,358.67 / 31,698.33 / 38,038.00
    e = estimate(worked_example)
    assert e.bpo.annual_total.as_tuple() == pytest.approx((304_304.0, 380_380.0, 456_456.0), abs=0.05)
    assert e.bpo.price == worked_example.bpo and e.in_house.price is None and e.kpo.price is None


# --- a vanishing in-house total ---------------------------------------------------------------------------------

@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_a_saving_over_a_vanishing_in_house_total_is_an_infinite_share_without_a_warning():
    # 1e-318 hours a month (a subnormal number) costs about 1e-316 in-house; a vendor at $500,000-1,000,000 a
    # month costs millions more: (in-house − vendor) / in-house is below −1e308, which overflows to −inf in every
    # case. CI's hypothesis runs met this as a numpy "overflow encountered in divide" warning.
    s = Scenario("Customer service", 1e-318, workload_basis="hours_per_month",
                 bpo=VendorPrice("per_month", 500_000, 1_000_000, option="bpo"))
    est = estimate(s)
    share = est.horizon_savings_share(est.option("bpo"))
    assert (share.low, share.mid, share.high) == (-np.inf, -np.inf, -np.inf)
