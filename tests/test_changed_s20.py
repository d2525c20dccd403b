"""Session 20's mutation run (issue 7) over the functions of estimator/ changed since 05269ca (session 19): plain unit
tests (no AppTest, so mutation runs keep them) for what only doctests, page or browser tests held, and for the run's
other survivors. Every expected value is worked by hand in its comment.

Rupees at 1 INR = 0.012 USD, by hand (tests/test_report_rupees_s19.py): $41,600 / 0.012 = 34,66,667 INR;
$31,200-52,000 / 0.012 = 26,00,000-43,33,333 INR; README's worked example costs $74,317.88 a month in-house
(/ 0.012 = ₹61,93,157) and $38,747.50 a month at the BPO's $20-30 (/ 0.012 = ₹32,28,958)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from estimator.assumptions import ASSUMPTIONS
from estimator.compare import compare
from estimator.compare_charts import cost_per_option_figure, cumulative_figure, savings_spread_figure
from estimator.currency import ExchangeRate
from estimator.formatting import compact_money
from estimator.portfolio import estimate_portfolio
from estimator.portfolio_charts import mix_figure
from estimator.scenario import InHouseInputs, Scenario, Uncertainty, VendorManagement, VendorPrice

RATE = (ExchangeRate("INR", "USD", 0.012),)


def _lakhs(value: float) -> str:
    """A whole rupee figure written by hand's rule: the last three digits, then pairs ("₹12,34,567"), a loss with the
    minus sign. Written here from the rule, not from estimator's code."""
    digits = str(abs(round(value)))
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ("−" if round(value) < 0 else "") + "₹" + ",".join([*pairs, tail])


def test_the_hand_lakh_rule():
    assert [_lakhs(v) for v in (999, 1_000, 99_999, 100_000, 12_345_678.6, -1_234_567)] == [
        "₹999", "₹1,000", "₹99,999", "₹1,00,000", "₹1,23,45,679", "−₹12,34,567"]


# --- assumptions: a dollar-sourced figure shown in rupees is grouped in lakhs -----------------------------------------


def test_a_rupee_salary_and_its_range_read_in_lakhs():
    salary = ASSUMPTIONS["annual_salary"]  # sourced in USD/year
    assert salary.money_code("INR") == "INR" and salary.money_code(None) == "USD"
    assert ASSUMPTIONS["shrinkage"].money_code("INR") is None  # a share is no money
    # 34,66,667: 34 lakh 66 thousand 667
    assert salary.show(3_466_667, currency="INR") == "34,66,667 INR/year"
    # the sources' $31,200-52,000 at 0.012: 26 lakh to 43 lakh 33 thousand 333
    assert salary.show_range(2_600_000, 4_333_333, currency="INR") == "26,00,000–43,33,333 INR/year"
    # in dollars: threes, as before
    assert salary.show_range(2_600_000, 4_333_333) == "2,600,000–4,333,333 USD/year"


# --- compact money: 10^15 is a figure nobody means, at the limit too ---------------------------------------------------


def test_compact_money_writes_ten_to_the_fifteen_as_money_does():
    # format_money writes 10^15 "$1e+15" (>=: tests/test_changed_s19.py); compact_money the same, not "$1000T"
    assert compact_money(1e15) == "$1e+15"
    assert compact_money(-1e15, "EUR") == "-€1e+15"


# --- the comparison's and the mix's rupee hovers: each point's own text, in lakhs ------------------------------------


def _rupees() -> Scenario:
    # README's worked example with its in-house figures typed in rupees (tests/test_money_axes_s17.py's)
    return Scenario("Customer service", 10, currency="INR",
                    in_house=InHouseInputs(annual_salary=3_466_667, overhead_per_fte_month=182_250,
                                           cost_per_hire=344_083, supervisor_salary=4_870_833, currency="INR"),
                    vendor_management=VendorManagement(governance_salary=8_215_000),
                    bpo=VendorPrice("per_hour", 20, 30, option="bpo", currency="USD"),
                    exchange_rates=RATE, uncertainty=Uncertainty(draws=500))


@pytest.fixture(scope="module")
def rupee_comparison():
    s = _rupees()
    return compare([s, replace(s, name="Second")])


def test_the_comparisons_cost_bars_hover_in_lakhs(rupee_comparison):
    fig = cost_per_option_figure(rupee_comparison)
    assert len(fig.data) == 2
    for trace in fig.data:
        assert trace.hovertemplate.startswith("%{x}: %{hovertext} a month")
        # in-house $74,317.88 a month / 0.012 = ₹61,93,157; the BPO's $38,747.50 / 0.012 = ₹32,28,958
        assert trace.hovertext == ("₹61,93,157", "₹32,28,958")


def test_the_comparisons_cumulative_lines_hover_in_lakhs(rupee_comparison):
    fig = cumulative_figure(rupee_comparison)
    assert len(fig.data) == 4
    for trace in fig.data:
        assert "%{hovertext}" in trace.hovertemplate
        assert list(trace.hovertext) == [_lakhs(y) for y in trace.y]
    # the in-house line's first month is its run rate
    assert fig.data[0].hovertext[0] == "₹61,93,157"


def test_the_comparisons_savings_hover_in_lakhs(rupee_comparison):
    fig = savings_spread_figure(rupee_comparison)
    # one bar per scenario, the BPO's (the KPO has no price): a figure of no bars passed the loop below (h21tests)
    assert [(t.name, tuple(t.x)) for t in fig.data] == [("Scenario", ("BPO",)), ("Second", ("BPO",))]
    # README's BPO saves $1,990,160 over 5 years, / 0.012 = ₹16,58,46,667: inside each bar's P10-P90, its P50 near it
    point = 1_990_160 / 0.012
    for trace in fig.data:
        (mid,), (down,), (up,) = trace.y, trace.error_y.arrayminus, trace.error_y.array
        assert mid - down < point < mid + up and abs(mid / point - 1) < 0.1
    for trace in fig.data:
        assert trace.hovertemplate.startswith("%{x}: P50 %{hovertext} (P10 %{customdata[0]}, P90 %{customdata[1]})")
        assert list(trace.hovertext) == [_lakhs(y) for y in trace.y]
        # P10 = P50 less the bar's lower error, P90 = P50 plus its upper error
        lows = [y - d for y, d in zip(trace.y, trace.error_y.arrayminus, strict=True)]
        highs = [y + d for y, d in zip(trace.y, trace.error_y.array, strict=True)]
        assert [list(c) for c in trace.customdata] == [[_lakhs(lo), _lakhs(hi)] for lo, hi in zip(lows, highs,
                                                                                                 strict=True)]


def test_a_rupee_mix_hovers_each_functions_cost_in_lakhs():
    from test_portfolio import _hand_portfolio
    from typed_pay import typed

    # tests/test_portfolio.py's hand mix (1 year, no inflation), its figures read as rupees: by function, the mix
    # 966,000 / 375,000 / 241,500 and all in-house 966,000 / 558,000 / 386,400; all outsourced, customer service at
    # the BPO's $90-110: 10 FTE × 1,600 h × (1 - 0.25) = 12,000 h × 100 = 1,200,000, plus governance 10%, selection
    # 5% and transition 10% of it (120,000 + 60,000 + 120,000) = 1,500,000; the other two as in the mix
    fig = mix_figure(estimate_portfolio(typed(_hand_portfolio(), currency="INR")))  # its pay typed as rupees
    assert [t.hovertext for t in fig.data] == [
        ("₹9,66,000", "₹9,66,000", "₹15,00,000"),
        ("₹3,75,000", "₹5,58,000", "₹3,75,000"),
        ("₹2,41,500", "₹3,86,400", "₹2,41,500"),
    ]
    assert all(t.hovertemplate.endswith("): %{hovertext}<extra></extra>") for t in fig.data)


# --- the break-even price's words: the currency named only where it is not the report's -----------------------------


def test_a_break_even_price_in_the_reports_own_currency_names_no_currency(book):
    from estimator.breakeven import break_even_words
    from estimator.estimate import estimate
    from estimator.scenario import reference_price

    # README's worked example breaks even at $48.63 an hour (tests/test_breakeven.py: 48.6303 by hand), in dollars in
    # a dollar report: nothing after "/h", whether the price is a quote or the book's own range
    quote = estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)))
    assert break_even_words(quote, "bpo") == "break-even price $48.63/h"
    assert break_even_words(quote, "bpo", book) == "break-even price $48.63/h"
    at_book = estimate(Scenario("Customer service", 10, bpo=reference_price(book, "Customer service", "bpo")))
    assert break_even_words(at_book, "bpo", book) == "break-even price $48.63/h"


# --- a price book with a row per location: the book's range is its row at the price's own location ------------------

TWO_LOCATIONS = """function,model,basis,low,high,currency,unit,source,as_of,notes,location
Customer service,BPO,per_hour,20,30,USD,productive hour,Onshore survey,2025,,onshore
Customer service,BPO,per_hour,8,14,USD,productive hour,Offshore survey,2025,,offshore
"""


def test_a_books_offshore_range_is_the_books_own_at_its_location():
    from estimator.pricing import parse_price_book
    from estimator.scenario import is_book_range, reference_price

    book = parse_price_book(TWO_LOCATIONS, "two.csv")
    offshore = reference_price(book, "Customer service", "bpo", location="offshore")
    assert (offshore.low, offshore.high, offshore.location) == (8, 14, "offshore")
    # its source is the offshore row's, not the book's first (onshore) row's
    assert is_book_range(Scenario("Customer service", 10, bpo=offshore), book, "bpo")
    onshore = reference_price(book, "Customer service", "bpo", location="onshore")
    assert is_book_range(Scenario("Customer service", 10, bpo=onshore), book, "bpo")
    # the same $8-14 offshore typed as a quote is no book range
    typed = VendorPrice("per_hour", 8, 14, option="bpo", location="offshore")
    assert not is_book_range(Scenario("Customer service", 10, bpo=typed), book, "bpo")


# --- compact money's thousands start where whole units round to 1,000 -------------------------------------------------


def test_a_thousand_is_written_short():
    # from 999.5 (which rounds to 1,000) a figure is thousands with a small k: $1k, not "$1,000"
    assert compact_money(1_000) == "$1k"
    assert compact_money(1_000.4) == "$1k"
    assert compact_money(-1_000, "EUR") == "-€1k"
    assert compact_money(999.4) == "$999"


def test_an_amount_that_rounds_to_a_thousand_reads_1k_not_as_the_float_holds_it():
    # 999.5 to 999.99 round to 1,000 whole (999.5 half to even too): a thousand, "$1k" as 1,000 itself reads; the
    # compact form wrote "$999.5" and "-€999.99" (session 19 wrote whole units under 999.5 only)
    assert compact_money(999.5) == "$1k"
    assert compact_money(999.99) == "$1k"
    assert compact_money(-999.99, "EUR") == "-€1k"
    assert compact_money(999.7, "INR") == "₹1k"


# --- the legend as text writes its names' figures the page's way -------------------------------------------------------


def test_a_legends_names_follow_a_decimal_comma_locale():
    import plotly.graph_objects as go

    from estimator.legend import legend_html

    def fig() -> go.Figure:
        return go.Figure([go.Scatter(name="P50 $4.87M", y=[1, 2]), go.Bar(name="In-house $1,234,567.89", y=[2, 3])])

    # de_DE: the decimal point a comma ("$4,87M"), the groups points ("$1.234.567,89")
    german = legend_html(fig(), locale="de_DE")
    assert "&nbsp;P50 $4,87M</span>" in german and "&nbsp;In-house $1.234.567,89</span>" in german
    # no locale: as written
    english = legend_html(fig())
    assert "&nbsp;P50 $4.87M</span>" in english and "&nbsp;In-house $1,234,567.89</span>" in english


def test_an_option_with_no_price_is_no_book_range(book):
    from estimator.scenario import is_book_range, reference_price

    # a scenario priced for the BPO only: the KPO has no price, so no range of the book's (and no error)
    s = Scenario("Customer service", 10, bpo=reference_price(book, "Customer service", "bpo"))
    assert s.price("kpo") is None
    assert is_book_range(s, book, "kpo") is False


# --- rupees grouped in lakhs whatever the count of digits before the last three -------------------------------------


def test_rupee_figures_keep_their_leading_digit():
    from estimator.formatting import grouped_as

    # 1,23,45,678: 1 crore 23 lakh 45 thousand 678 (an odd count of digits, 5, before the last three: the first
    # group is one digit); 1,00,000 a lakh; 10,00,000 ten lakh (an even count: pairs only)
    assert grouped_as("12,345,678", "INR") == "1,23,45,678"
    assert grouped_as("100,000", "INR") == "1,00,000"
    assert grouped_as("1,000,000", "INR") == "10,00,000"
    assert grouped_as("-123,456,789.25", "INR") == "-12,34,56,789.25"
    # the currency read in any case and with spaces, as format_money reads it
    assert grouped_as("12,345,678", " inr ") == "1,23,45,678"
    # an assumption a crore and more: a salary of 1,23,45,678 INR
    assert ASSUMPTIONS["annual_salary"].show(12_345_678, currency="INR") == "1,23,45,678 INR/year"


def test_a_dollar_comparisons_savings_hover_keeps_numbers_for_d3(book):
    from estimator.scenario import reference_price

    # in dollars d3 writes the P10 and P90 ("%{customdata[0]:$,.0f}"), so they stay numbers: P50 less the bar's lower
    # error and plus its upper error; no hover text
    s = Scenario("Customer service", 10, bpo=reference_price(book, "Customer service", "bpo"),
                 uncertainty=Uncertainty(draws=500))
    fig = savings_spread_figure(compare([s, replace(s, name="Second")]))
    # one BPO bar per scenario (no bars at all passed the loop below, h21tests), around README's $1,990,160 saved
    assert [tuple(t.x) for t in fig.data] == [("BPO",), ("BPO",)]
    assert all(y - d < 1_990_160 < y + u for t in fig.data for y, d, u in zip(t.y, t.error_y.arrayminus,
                                                                            t.error_y.array, strict=True))
    for trace in fig.data:
        assert "P10 %{customdata[0]:$,.0f}, P90 %{customdata[1]:$,.0f}" in trace.hovertemplate
        assert trace.hovertext is None
        for (low, high), y, down, up in zip(trace.customdata, trace.y, trace.error_y.arrayminus, trace.error_y.array,
                                            strict=True):
            assert isinstance(low, float) and isinstance(high, float)
            assert low == pytest.approx(y - down) and high == pytest.approx(y + up)


# --- session 19's changed lines not run then: a shared figure the table has no words for keeps its field -------------


@pytest.mark.parametrize(("shared", "field", "reason"), [
    # a horizon of 99 years (the model's 1-10) and 5 draws below zero (100-100,000): the file's own field names, not
    # "function", which the table would show as a row's function column
    ({"business_case": {"horizon_years": 99}}, "business_case.horizon_years", "must be from 1 to 10, got 99"),
    ({"uncertainty": {"draws": -5}}, "uncertainty.draws", "must be from 100 to 100,000, got -5"),
])
def test_a_shared_setting_out_of_its_limits_keeps_its_field(book, shared, field, reason):
    from estimator.portfolio_table import portfolio_from_table
    from estimator.ranges import InputError

    row = [{"function": "Customer service", "workload": 10, "basis": "fte", "option": "bpo"}]
    with pytest.raises(InputError) as caught:
        portfolio_from_table(row, book, shared=shared)
    assert (caught.value.field, caught.value.reason) == (field, reason)
