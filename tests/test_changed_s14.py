"""Mutation testing of the functions changed since a70341c (session 14): the cases the mutants showed untested.

Each expected value is worked by hand in its comment. Doctests pin some of these too, but mutation runs do not run
doctests, so every promise a doctest makes that a user would see is also here.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from typed_pay import typed, typed_pay

from estimator.assumptions import share_text
from estimator.compare import _assumption_value, differing_inputs, readable_inputs
from estimator.formatting import money_text
from estimator.guide import Work, price_plan, suggest
from estimator.price_words import price_words
from estimator.pricing import load_price_book
from estimator.scenario import InHouseInputs, Scenario, VendorPrice
from estimator.staffing import ContactCentre, Queue, VendorWork, centre_cost, draw_staffing, price_draws, staff

# --- assumptions.share_text ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("share", "text"), [
    (0.045, "4.5%"),     # 4.5: not whole to two decimals, written to two and its trailing zero dropped
    (0.0375, "3.75%"),   # both decimals kept
    (0.125, "12.5%"),    # round(12.5) is 12 (half to even), round(12.5, 2) is 12.5: not whole
    (0.3, "30%"),        # whole: percent's "30%", not "30.00%" or "30.%"
    (0.30004, "30%"),    # 30.004 is 30.00 to two decimals: whole, "30%" (to three decimals it would read "30.%")
    (0.12346, "12.35%"),  # 12.346 to two decimals
    (-0.045, "-4.5%"),   # a negative share keeps its sign (percent's hyphen-minus, as for whole ones)
    (2.5, "250%"),       # over one: whole
])
def test_a_share_is_written_to_two_decimals_at_most(share, text):
    assert share_text(share) == text


def test_a_share_that_is_not_a_number_is_written_without_an_error():
    # round() of nan raises and of inf overflows: they go to percent, as every whole share does
    assert share_text(math.inf) == "inf%"
    assert share_text(math.nan).endswith("%")


# --- price_words.price_words ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("price", "currency", "text"), [
    (VendorPrice("per_hour", 20, 30), "USD", "$20–$30 per productive hour"),
    # whole amounts lose ".00"; other cents stay (a removesuffix of anything but ".00" would keep "$1,500.00")
    (VendorPrice("per_month", 45, 1500), "USD", "$45–$1,500 per billing unit a month"),
    (VendorPrice("per_hour", 22.5, 25), "USD", "$22.50–$25 per productive hour"),
    # a price without its own currency is in the scenario's
    (VendorPrice("per_hour", 20, 30), "EUR", "€20–€30 per productive hour"),
    # a price in its own currency says it, whatever the scenario's
    (VendorPrice("per_hour", 800, 1200, currency="INR"), "USD", "₹800–₹1,200 per productive hour"),
    # the hour an hourly price bills, by its billed unit
    (VendorPrice("per_hour", 20, 30, billed="paid_hour"), "USD", "$20–$30 per paid (scheduled) hour"),
    (VendorPrice("per_hour", 3000, 3500, billed="fte_month"), "USD", "$3,000–$3,500 per FTE a month"),
    # billed is read only for an hourly price: a per-month price says its own unit
    (VendorPrice("per_month", 45, 60, billed="paid_hour"), "USD", "$45–$60 per billing unit a month"),
    (VendorPrice("per_contact", 1.5, 2), "USD", "$1.50–$2 per contact"),
    (VendorPrice("per_minute", 0.4, 0.55), "USD", "$0.40–$0.55 per handled minute"),
    # a savings share as percent, never in a currency (the scenario's is not read)
    (VendorPrice("savings_share", 0.4, 0.6), "EUR", "40%–60% below in-house cost"),
    (VendorPrice("savings_share", 0.125, 0.3), "USD", "12.5%–30% below in-house cost"),
    # one figure when both ends read the same: equal ends, or ends that round to the same cent
    (VendorPrice("per_hour", 25, 25), "USD", "$25 per productive hour"),
    (VendorPrice("per_hour", 22.551, 22.554), "USD", "$22.55 per productive hour"),
    (VendorPrice("savings_share", 0.5, 0.5), "USD", "50% below in-house cost"),
])
def test_a_vendor_price_in_words(price, currency, text):
    assert price_words(price, currency) == text


def test_a_vendor_price_in_words_is_in_dollars_unless_told():
    assert price_words(VendorPrice("per_contact", 2, 3)) == "$2–$3 per contact"


# --- compare.readable_inputs ---------------------------------------------------------------------------------------

def test_the_inputs_that_differ_by_the_sidebars_names_and_values():
    # two scenarios of different work: the salary is an assumption (its value with separators and unit, read back
    # from differing_inputs' "31,200"), the work and the BPO's price fields are inputs named as the sidebar does
    a = Scenario("Customer service", 10, name="A", in_house=InHouseInputs(annual_salary=31_200),
                 bpo=VendorPrice("per_hour", 20, 30))
    c = Scenario("Human resources", 10, name="C", in_house=InHouseInputs(annual_salary=41_600, shrinkage=0.355),
                 bpo=VendorPrice("per_month", 45, 1500, units=300, billed="paid_hour"))
    shown = readable_inputs(differing_inputs([a, c]), [a, c])
    assert shown.index.name == "input" and list(shown.columns) == ["A", "C"]
    assert shown.to_dict("index") == {
        "Work to price": {"A": "Customer service", "C": "Human resources"},
        "Salary per FTE": {"A": "$31,200/year", "C": "$41,600/year"},
        "Shrinkage": {"A": "30%", "C": "35.5%"},
        # the basis and billed hour in the sidebar's words; each end with its currency and what it is per
        "BPO price, basis": {"A": "per hour", "C": "per billing unit a month"},
        "BPO price, low end": {"A": "$20 per productive hour", "C": "$45 per billing unit a month"},
        "BPO price, high end": {"A": "$30 per productive hour", "C": "$1,500 per billing unit a month"},
        "BPO price, units": {"A": "1", "C": "300"},
        "BPO price, billed": {"A": "productive hour", "C": "paid (scheduled) hour"},
    }


def test_an_input_missing_from_one_scenario_reads_as_a_dash_and_other_paths_as_written():
    # B has no BPO price: its fields read "—"; the price's source by its name too (its path stayed until the
    # comparison workbook listed every input); the headcount and the KPO price's ends by their names
    a = Scenario("Customer service", 10, name="A", bpo=VendorPrice("per_hour", 20, 30, source="quote Q1"))
    b = Scenario("Customer service", 12.5, name="B", bpo=None, kpo=VendorPrice("per_hour", 40, 55))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["In-house headcount (FTE)"] == {"A": "10", "B": "12.5"}
    assert shown["BPO price, low end"] == {"A": "$20 per productive hour", "B": "—"}
    assert shown["BPO price, source"] == {"A": "quote Q1", "B": "—"}
    assert shown["KPO price, high end"]["B"] == "$55 per productive hour"
    assert _assumption_value("shrinkage", "—") == "—"
    # where the vendor works from is a price field too
    near = Scenario("Customer service", 10, name="Near", bpo=VendorPrice("per_hour", 20, 30, location="onshore"))
    far = Scenario("Customer service", 10, name="Far", bpo=VendorPrice("per_hour", 20, 30, location="offshore"))
    assert readable_inputs(differing_inputs([near, far]), [near, far]).to_dict("index") == {
        "BPO price, location": {"Near": "Onshore", "Far": "Offshore"}}  # the sidebar's words (s19)
    # nothing differs: no rows, but still a column per scenario
    same = readable_inputs(differing_inputs([near, again := replace(near, name="Again")]), [near, again])
    assert same.empty and list(same.columns) == ["Near", "Again"] and same.index.name == "input"
    assert _assumption_value("annual_salary", "1,234,567") == "1,234,567 USD/year"


# --- guide.price_plan ------------------------------------------------------------------------------------------------

def test_the_price_plans_words_in_full(book):
    priced = price_plan(suggest(Work(0, 0, 0, 0, 2 / 3, function="Customer service")), book)
    seed = "The price book has a BPO price for Customer service: $20–$30 per productive hour (seed “BPO vs. KPO”). "
    assert (priced.function, priced.option, priced.known, priced.priced, priced.book_line) == (
        "Customer service", "bpo", True, True, None)
    assert priced.message == seed + "Open the estimate to compare the options over the horizon."
    assert priced.on_estimate == seed + "The options are compared over the horizon below."
    # kept in-house (its data may not leave): priced against the nearer outsourced option, said first
    kept = price_plan(suggest(Work(0, 0, 0, 0, 1, function="Customer service")), book)
    compare = ("Keeping it in-house is priced from your own pay; against it, price BPO, the outsourced option nearer "
               "this work. ")
    assert (kept.option, kept.priced) == ("bpo", True)
    assert kept.message == compare + seed + "Open the estimate to compare the options over the horizon."
    assert kept.on_estimate == compare + seed + "The options are compared over the horizon below."
    # a savings share as percent
    share = price_plan(suggest(Work(1, 1, 1, 0.5, 1 / 3, function="Research and analysis")), book)
    assert share.message == ("The price book has a KPO price for Research and analysis: 40%–60% below in-house cost "
                             "(seed “BPO vs. KPO”). Open the estimate to compare the options over the horizon.")
    unpriced = price_plan(suggest(Work(1, 1, 1, 0.5, 1 / 3, function="Legal process")), book)
    assert (unpriced.function, unpriced.option, unpriced.known, unpriced.priced, unpriced.book_line) == (
        "Legal process", "kpo", True, False, None)
    assert unpriced.message == ("The seeds name Legal process under KPO without a price: open the estimate and type "
                                "a KPO vendor's quote.")
    other = price_plan(suggest(Work(0, 0, 0, 0, 0, function="Research and analysis")), book)
    assert (other.function, other.option, other.known, other.priced, other.book_line) == (
        "Research and analysis", "bpo", True, False, None)
    lists = "The price book lists Research and analysis under KPO only: ask a BPO vendor for a quote and type it "
    assert other.message == lists + "on the estimate page."
    assert other.on_estimate == lists + "in the sidebar, under “BPO price”."


def test_a_function_priced_from_two_locations_under_one_model_names_that_model_once(tmp_path):
    # A book with customer service under BPO from onshore and offshore, and work that fits KPO: the plan read
    # "lists Customer service under BPO and BPO only" (one model per row, joined)
    header = "function,model,basis,low,high,currency,unit,source,as_of,notes,location\n"
    rows = ("Customer service,BPO,per_hour,20,30,USD,productive hour,quote A,2025,,onshore\n"
            "Customer service,BPO,per_hour,8,12,USD,productive hour,quote B,2025,,offshore\n")
    (tmp_path / "book.csv").write_text(header + rows, encoding="utf-8")
    plan = price_plan(suggest(Work(1, 1, 1, 0.5, 1 / 3, function="Customer service")),
                      load_price_book(tmp_path / "book.csv"))
    assert plan.message == ("The price book lists Customer service under BPO only: ask a KPO vendor for a quote and "
                            "type it on the estimate page.")


# --- staffing.VendorWork --------------------------------------------------------------------------------------------

PLAIN = dict(annual_salary=20_800, benefits_load=0.0, shrinkage=0.30, paid_hours_per_year=2080, span_of_control=10,
             supervisor_salary=0.0, overhead_per_fte_month=0.0, annual_attrition=0.0, cost_per_hire=0.0)


def _published(draws: int | None = None):
    # the published queue: 100 calls a half hour at 3 minutes need 14 agents; 4 half hours a day, 20 days a month:
    # 14 × 4 × 0.5 h × 20 = 560 agent hours and 400 × 20 = 8,000 contacts a month
    centre = ContactCentre((Queue("Voice", [100] * 4, 180.0, 20.0, 0.8, 1.0),), periods_per_month=20)
    return staff(centre, 0.30) if draws is None else draw_staffing(centre, draws=draws, seed=4)


def test_a_vendor_billing_fte_months_bills_at_its_own_paid_hours_a_year():
    # 560 agent hours × 1.1 = 616 vendor hours; an FTE month at 1,760 paid hours a year and 30% vendor shrinkage
    # is 1,760 / 12 × 0.7 = 102.667 productive hours: 616 / 102.667 = 6 FTE months × $3,000 = $18,000
    # (at the sourced default paid hours, or at in-house's 2,080, it would not be 6)
    work = VendorWork(billed="fte_month", handle_time_ratio=1.1, vendor_shrinkage=0.3, paid_hours_per_year=1760)
    assert float(work.billed_units(560.0)) == pytest.approx(6.0)
    c = centre_cost(_published(), PLAIN, vendor_basis="per_hour", vendor_price=3000.0, work=work)
    assert float(c.vendor.fees) == pytest.approx(18_000.0)


def test_the_vendors_own_shrinkage_is_what_a_paid_hour_bills():
    # 560 × 1.25 = 700 vendor hours / (1 − 0.125) = 800 paid hours (the handle-time ratio and the shrinkage each
    # count: swapped, 560 × 0.125 / (1 − 1.25) would be negative)
    work = VendorWork(billed="paid_hour", handle_time_ratio=1.25, vendor_shrinkage=0.125)
    assert float(work.billed_units(560.0)) == pytest.approx(800.0)


def test_the_priced_draws_bill_the_vendor_at_its_own_pace():
    # 100 draws of the published queue with no volume or handle-time range: every draw is 560 agent hours and 8,000
    # contacts; at $20 an hour and 1.1 vendor hours an hour, 616 × $20 = $12,320 a month, $1.54 a contact (no
    # governance); per minute, 24,000 handled minutes × 1.1 × $0.50 = $13,200, $1.65 a contact
    work = VendorWork(handle_time_ratio=1.1)
    hourly = price_draws(_published(100), PLAIN, vendor_basis="per_hour", vendor_range=(20.0, 20.0), work=work)
    assert hourly.vendor_month.p50 == pytest.approx(12_320.0)
    assert hourly.vendor.p50 == pytest.approx(1.54)
    minutes = price_draws(_published(100), PLAIN, vendor_basis="per_minute", vendor_range=(0.5, 0.5), work=work)
    assert minutes.vendor_month.p50 == pytest.approx(13_200.0)
    assert minutes.vendor.p50 == pytest.approx(1.65)
    # with 5% governance on top: $12,320 × 1.05 = $12,936 a month, $1.617 a contact
    governed = price_draws(_published(100), PLAIN, vendor_basis="per_hour", vendor_range=(20.0, 20.0),
                           governance_rate=0.05, work=work)
    assert governed.vendor_month.p50 == pytest.approx(12_936.0)
    assert governed.vendor.p50 == pytest.approx(1.617)


# --- formatting.money_text, staffing_charts ------------------------------------------------------------------------

def test_money_in_running_text_is_in_dollars_unless_told():
    # −$1,234 with U+2212; the currency defaults to dollars, as money's does
    assert money_text(-1234.4) == "\u2212$1,234"
    assert money_text(1234.5, "GBP") == "£1,234"  # half to even: 1,234


def test_the_agents_line_is_drawn_thicker_than_plotlys_default_line():
    # the agents needed read over the contacts' bars: plotly's default line is 2 px; the curve's is 3
    from estimator.staffing_charts import staffing_curve_figure
    fig = staffing_curve_figure(_published(), ["08:00", "08:30", "09:00", "09:30"])
    line = next(t for t in fig.data if t.type == "scatter")
    assert line.line.width is not None and line.line.width > 2


# --- the charts' money axes, titles and the words beside them, in the scenario's currency ------------------------

def test_the_tornado_in_dollars_by_default_and_in_the_scenarios_currency(worked_example):
    # the axis says what it counts and in what: "BPO savings, USD", compact dollars ("$1.5M"); in euros no "$"
    # (d3 knows only the dollar sign) and the title names EUR; the slide's native chart says the base in euros,
    # with the minus sign if it is a loss
    from estimator import meeting
    from estimator.charts import tornado_figure
    from estimator.uncertainty import tornado
    dollars = tornado_figure(tornado(worked_example, "bpo")).layout.xaxis
    assert (dollars.title.text, dollars.tickformat) == ("BPO savings, USD", "$.3~s")
    euros = typed(worked_example, currency="EUR", bpo=VendorPrice("per_hour", 20, 30))
    t = tornado(euros, "bpo")
    axis = tornado_figure(t, "EUR").layout.xaxis
    assert (axis.title.text, axis.tickformat) == ("BPO savings, EUR", ".3~s")
    native = meeting._tornado_native(t, "EUR")
    assert native.value_title.startswith("Change in BPO savings from €") and native.value_title.endswith(", EUR")
    assert "$" not in native.value_title


def test_the_comparison_charts_start_money_at_zero_and_title_their_axes(worked_example):
    # cost axes from zero (a cut axis makes a small difference look large); the cumulative chart's x axis is the
    # month of the contract; the spread's y axis says savings in the scenarios' currency; 420 px tall
    from estimator.compare import compare
    from estimator.compare_charts import cost_per_option_figure, cumulative_figure, savings_spread_figure
    euros = typed(worked_example, currency="EUR", bpo=VendorPrice("per_hour", 20, 30))
    compared = compare([euros, replace(euros, name="Twelve", workload=12)])
    bars, lines, spread = (cost_per_option_figure(compared), cumulative_figure(compared),
                           savings_spread_figure(compared))
    assert (bars.layout.yaxis.rangemode, bars.layout.yaxis.title.text) == ("tozero", "Cost a month, EUR")
    assert lines.layout.xaxis.title.text == "Month of the contract"
    assert (lines.layout.yaxis.rangemode, lines.layout.yaxis.title.text) == ("tozero", "Cumulative cost, EUR")
    assert (spread.layout.yaxis.title.text, spread.layout.yaxis.tickformat, spread.layout.height) == (
        "Savings, EUR", ".3~s", 420)


def test_the_mix_chart_in_dollars_from_zero():
    # the euro case is in test_charts.py; in dollars the compact ticks carry the "$"
    from test_portfolio import _hand_portfolio

    from estimator.portfolio import estimate_portfolio
    from estimator.portfolio_charts import mix_figure
    axis = mix_figure(estimate_portfolio(_hand_portfolio())).layout.yaxis
    assert (axis.tickformat, axis.rangemode) == ("$.3~s", "tozero")
    assert axis.title.text == "Cost over 1 year, USD"  # the hand portfolio's one-year horizon ("1 years" before)


def test_the_reports_vendor_price_is_in_the_scenarios_currency():
    # a quote typed without its own currency is in the scenario's: euros, not the default dollars
    from estimator.estimate import estimate
    from estimator.report import _assumption_rows
    s = Scenario("Customer service", 10, currency="EUR", bpo=VendorPrice("per_hour", 20, 30), **typed_pay())
    rows = {label: shown for label, shown, _ in _assumption_rows(estimate(s))}
    assert rows["BPO price"] == "€20–€30 per productive hour"


def test_the_month_by_month_charts_in_euros_name_their_axes_and_hover_in_euros(worked_example):
    # five years: months 1 to 60 on the x axis ("Month of the contract", from month 1, not 2), cumulative cost in
    # EUR on y from zero; each line's hover "In-house: %{y:,.0f} EUR" (d3 has no euro sign: the code follows)
    from estimator.charts import cumulative_cost_figure, fan_figure, savings_waterfall_figure
    from estimator.estimate import estimate
    from estimator.uncertainty import simulate
    euros = typed(worked_example, currency="EUR", bpo=VendorPrice("per_hour", 20, 30))
    est = estimate(euros)
    cumulative = cumulative_cost_figure(est)
    x, y = cumulative.layout.xaxis, cumulative.layout.yaxis
    assert (x.title.text, tuple(x.range)) == ("Month of the contract", (1, 60))
    assert (y.title.text, y.rangemode) == ("Cumulative cost, EUR", "tozero")
    lines = [t for t in cumulative.data if t.mode == "lines" and t.hoverinfo != "skip"]
    assert [t.hovertemplate for t in lines] == ["In-house: %{y:,.0f} EUR<extra></extra>",
                                                "BPO: %{y:,.0f} EUR<extra></extra>"]
    fan = fan_figure(simulate(euros), est)
    assert fan.layout.xaxis.title.text == "Month of the contract"
    assert (fan.layout.yaxis.title.text, fan.layout.yaxis.rangemode) == ("Cumulative cost, EUR", "tozero")
    p50 = [t.hovertemplate for t in fan.data if str(t.name).endswith("P50")]
    assert p50 == ["In-house P50: %{y:,.0f} EUR<extra></extra>", "BPO P50: %{y:,.0f} EUR<extra></extra>"]
    assert savings_waterfall_figure(est).layout.xaxis.title.text == "EUR over 5 years"


def test_the_waterfall_and_tornado_in_words_are_in_the_scenarios_currency():
    # the words beside the charts in euros, every figure (none in the default dollars), one sentence a swing; every
    # default's sourced range swings (the worked example's v1 business case leaves one swing: no sentences to part)
    from estimator import meeting
    from estimator.estimate import estimate
    from estimator.uncertainty import simulate, tornado
    euros = Scenario("Customer service", 10, currency="EUR", bpo=VendorPrice("per_hour", 20, 30), **typed_pay())
    swing = tornado(euros, "bpo")
    assert len(swing.swings) > 1
    specs = {s.key: s for s in meeting.chart_specs(estimate(euros), simulate(euros), swing)}
    for key in ("waterfall", "tornado"):
        assert "€" in specs[key].alt and "$" not in specs[key].alt, specs[key].alt
    words = specs["tornado"].alt
    assert all(f". {s.label}: " in words for s in swing.swings), words
    # each swing's low end and its high end, both in euros
    assert all(words.split(f"{s.label}: ", 1)[1].split(".", 1)[0].count("€") == 2 for s in swing.swings), words


def test_the_workbook_names_a_captives_units_in_its_own_currency():
    # a captive paid in dollars: its entry pay reads "(USD/month)", not the seeds' "INR/month"
    from estimator.captive import CaptiveInputs
    from estimator.params import cases
    from estimator.workbook import _captive_input_rows
    s = Scenario("Customer service", 12, bpo=VendorPrice("per_hour", 20, 30),
                 captive=CaptiveInputs(entry_pay_month=400, senior_pay_year=30_000, currency="USD"))
    labels = {key: label for key, label, *_ in _captive_input_rows(s, cases(s).table)}
    assert labels["captive_entry_pay_month"] == "Offshore captive: entry pay, India (USD/month)"
    assert labels["captive_senior_pay_year"] == "Offshore captive: senior pay, India (USD/year)"


def test_the_build_up_and_the_sources_in_euros():
    # the build-up's words, its axis and the deck's sources line all in the scenario's currency: every figure in
    # euros, the parts joined by ", " (wages first), the BPO's range; the axis titled and from zero
    import re

    from estimator.charts import cost_buildup_figure, describe_buildup
    from estimator.estimate import estimate
    from estimator.meeting import source_lines
    est = estimate(Scenario("Customer service", 10, currency="EUR", bpo=VendorPrice("per_hour", 20, 30), **typed_pay()))
    text = describe_buildup(est)
    assert "$" not in text and re.search(r"In-house: €[\d,]+ a month: wages €[\d,]+, ", text), text
    assert re.search(r"BPO: €[\d,]+ a month \(range €[\d,]+–€[\d,]+\): ", text), text
    axis = cost_buildup_figure(est).layout.yaxis
    assert (axis.title.text, axis.rangemode, axis.tickformat) == ("EUR a month (run rate)", "tozero", ".3~s")
    assert source_lines(est)[0] == "BPO price €20–€30 per productive hour: vendor quote"
