"""Session 19's mutation run (issue 7) over the functions of estimator/ changed since 4caf26f: plain unit tests (no
AppTest, so mutation runs keep them) for what only page, browser or doctest checks held, and for the run's other
survivors. Every expected value is worked by hand in its comment."""

from __future__ import annotations

import math

import numpy as np
import plotly.graph_objects as go
import pytest
from babel import Locale, localedata
from babel.numbers import get_decimal_symbol

from estimator.formatting import compact_money, counted, format_local, format_money, huge, local_figures, quantity, written
from estimator.intervals import IntervalError, parse_intervals
from estimator.legend import legend_html
from estimator.ranges import InputError, Range, check_number
from estimator.staffing import StaffingError, erlang_c

# --- formatting: a figure nobody means, counted units, quantities, a message's figures the locale's way -----------


def test_an_amount_nobody_means_is_written_as_the_currencys_other_amounts():
    # 123456789012345678901234567890 to three significant figures: 1.23e+29; the dollar's template is "$1" (whole:
    # no ".00" after the figure), a negative one "-$1"; 10^15 itself is already one nobody means (>=, not >)
    assert format_money(123456789012345678901234567890) == "$1.23e+29"
    assert format_money(-4e45) == "-$4e+45"
    assert format_money(1e15) == "$1e+15"
    # the euro in en_IE is "€1"; written in de_DE (the figure after, a no-break space before the symbol) "1 €"
    assert format_money(2.5e20, "EUR") == "€2.5e+20"
    assert format_money(2.5e20, "EUR", locale="de_DE") == "2.5e+20\xa0€"
    # the rupee in en_IN, whole: "₹1"
    assert format_money(1e16, "INR") == "₹1e+16"


def test_thousands_written_short_have_a_small_k():
    # 694,314 to the thousand: 694 thousand, "k" (Babel writes "K"); a euro's en_IE "€12k"; under a thousand no k
    assert compact_money(-694_314) == "-$694k"
    assert compact_money(12_400, "EUR") == "€12k"
    assert compact_money(950) == "$950"


@pytest.mark.parametrize(("value", "unit", "text"), [
    (1, "seconds", "1 second"),
    ("1", "weeks of pay", "1 week of pay"),  # only the first noun
    (1, "hours/year", "1 hour/year"),
    (1, "minutes", "1 minute"),
    (2, "minutes", "2 minutes"),
    (7_200, "seconds", "7,200 seconds"),
    (0, "months", "0 months"),
    ("1.5", "years", "1.5 years"),
    (1, "FTE", "1 FTE"),  # a word with no singular form is the same
    (1, "staff per supervisor", "1 staff per supervisor"),
    (1e29, "seconds", "1e+29 seconds"),
    (0.5, "days", "0.5 days"),  # figure() writes a half as typed
])
def test_a_figure_of_one_reads_its_unit_singular(value, unit, text):
    assert counted(value, unit) == text


@pytest.mark.parametrize(("value", "text"), [
    (0.5, "0.5"), (-0.5, "-0.5"), (0.75, "0.75"), (1.1, "1.1"), (3.5, "3.5"), (1.625, "1.62"),  # 1.625 is 1.62 as a float
    (2.001, "2"),  # "2.00" with its zeros and point taken off
    (99.5, "99.5"),
    (100.25, "100"),  # from 100 up whole, with separators
    (41_600, "41,600"), (20_000.0, "20,000"), (0.001, "0.001"), (1.2345678901234568e29, "1.23e+29"),
])
def test_a_quantity_with_a_fraction_keeps_two_decimals_at_most_below_a_hundred(value, text):
    assert quantity(value) == text


def test_what_is_huge_and_how_it_is_written():
    # from 10^15 up, or not finite (NaN too, which compares false to everything)
    assert [huge(v) for v in (1e15, -1e16, math.inf, -math.inf, math.nan, 999e12, 5.0)] == [
        True, True, True, True, True, False, False]
    assert written(84.1234, ",.9f") == "84.123400000"
    assert written(123456789012345678901234567890, ",.9f") == "1.23e+29"
    assert written(math.inf, ",.2f") == "inf" and written(-1e15, ",.2f") == "-1e+15"
    assert written(1234.5, ",.2f") == "1,234.50"


def test_a_messages_figures_are_written_the_locales_way():
    # de_DE groups with "." and writes decimals with ","; a figure in Python's scientific notation keeps its
    # digits, only its point becomes the comma; "P10" is a word, not a figure
    assert (local_figures("$1,000,001 is outside $0 to $1,000,000; the results use $30.", "de_DE")
            == "$1.000.001 is outside $0 to $1.000.000; the results use $30.")
    assert local_figures("0.5 FTE, 3.7%, ₹12,34,567 and 41,600.25", "de_DE") == "0,5 FTE, 3,7%, ₹1.234.567 and 41.600,25"
    assert local_figures("P10 at 1.5e-05 and 4e+45, 1.23e+29", "de_DE") == "P10 at 1,5e-05 and 4e+45, 1,23e+29"
    # fr_FR groups with a narrow no-break space (U+202F)
    assert local_figures("$1,234.50 and 12,000", "fr_FR") == "$1\u202f234,50 and 12\u202f000"
    assert local_figures("no figures here", "de_DE") == "no figures here"


def test_a_messages_figures_are_grouped_as_the_locales_number_fields_group_them():
    # local_figures writes a whole figure as format_local does the fields' whole numbers ("#,##0" in the locale), in
    # every locale that writes decimals with a comma (Toki Pona's own pattern groups in twos; its fields do not)
    comma = [n for n in localedata.locale_identifiers() if get_decimal_symbol(Locale.parse(n)) == ","]
    assert "tok" in comma and "de_DE" in comma
    for name in comma:
        assert local_figures("1,234,567", name) == format_local(1_234_567, name, "%.0f"), name


def test_an_assumption_shows_its_figure_with_its_unit_in_the_scenarios_currency():
    # the unit's money in the scenario's currency (the defaults' USD is only where they were sourced), its first
    # noun singular for a figure of 1, a fraction to two decimals at most; without the unit, the figure alone
    from estimator.assumptions import ASSUMPTIONS

    assert ASSUMPTIONS["cost_per_hire"].show(4129, currency="EUR") == "4,129 EUR/hire"
    assert ASSUMPTIONS["cost_per_hire"].show(4129) == "4,129 USD/hire"
    assert ASSUMPTIONS["cost_per_hire"].show(4129.5, unit=False) == "4,130"  # from 100 up whole (4129.5: even 4130)
    assert ASSUMPTIONS["horizon_years"].show(1) == "1 year" and ASSUMPTIONS["horizon_years"].show(5) == "5 years"
    assert ASSUMPTIONS["severance_min_weeks"].show(1) == "1 week of pay"
    assert ASSUMPTIONS["severance_min_weeks"].show(1.25, unit=False) == "1.25"
    assert ASSUMPTIONS["annual_salary"].show_range(41_600, 52_000, currency="GBP") == "41,600–52,000 GBP/year"
    assert ASSUMPTIONS["annual_salary"].show_range(41_600, 52_000) == "41,600–52,000 USD/year"
    assert ASSUMPTIONS["annual_salary"].show_range(41_600, 52_000, unit=False, currency="GBP") == "41,600–52,000"
    assert ASSUMPTIONS["horizon_years"].show_range(1, 1) == "1 year"  # one end: the figure once, its unit singular
    assert ASSUMPTIONS["shrinkage"].show_range(0.3, 0.35, currency="EUR") == "30%–35%"


# --- messages that write a figure back: a limit, a range's ends, an Erlang C traffic, an interval grid ---------------


def test_a_number_out_of_its_limits_is_written_back_as_a_message_writes_figures():
    with pytest.raises(InputError) as caught:
        check_number("in_house.fte", 123456789012345678901234567890, 0, 100_000)
    assert (caught.value.field, caught.value.reason) == ("in_house.fte", "must be from 0 to 100,000, got 1.23e+29")
    # a small one in Python's own notation, small e
    with pytest.raises(InputError, match=r"^in_house.fte: must be from 0 to 10, got -1e-05$"):
        check_number("in_house.fte", -1e-05, 0, 10)
    with pytest.raises(InputError, match=r"got 12,345.5$"):
        check_number("x", 12_345.5, 0, 10)


def test_a_range_whose_low_end_is_above_its_high_end_names_both_as_typed():
    with pytest.raises(InputError) as caught:
        Range.checked("bpo.price.{end}", 2e-05, 1e-05)
    assert (caught.value.field, caught.value.reason) == ("bpo.price.low", "low 2e-05 must not be above high 1e-05")
    with pytest.raises(InputError) as caught:
        Range.checked("bpo.price.{end}", 2e20, 1.5e20)
    assert caught.value.reason == "low 2e+20 must not be above high 1.5e+20"
    with pytest.raises(InputError) as caught:
        Range.checked("bpo.price.{end}", 30_000.5, 20_000)
    assert caught.value.reason == "low 30,000.5 must not be above high 20,000"


def test_erlang_c_writes_back_the_traffic_it_refuses():
    start = "traffic: contacts × handle time must keep from 0 to 20,000 agents busy at once in each interval of a queue, got "
    end = "; lower the volume or the handle time"
    with pytest.raises(StaffingError) as caught:
        erlang_c(np.array([1e20, 3.0]), 180, answer_seconds=20, service_level=0.8)
    assert str(caught.value) == start + "1e+20" + end
    # a negative interval: the largest (5e-05, in Python's notation) is written back
    with pytest.raises(StaffingError) as caught:
        erlang_c(np.array([-1.0, 5e-05]), 180, answer_seconds=20, service_level=0.8)
    assert str(caught.value) == start + "5e-05" + end
    with pytest.raises(StaffingError) as caught:
        erlang_c(np.array([25_000.5]), 180, answer_seconds=20, service_level=0.8)
    assert str(caught.value) == start + "25,000.5" + end


@pytest.mark.parametrize(("gap", "words"), [("08:01", "1 minute"), ("08:45", "45 minutes")])
def test_an_interval_file_off_the_grid_says_how_far_apart_its_rows_are(gap, words):
    text = f"interval_start,queue,contacts\n2026-11-23 08:00,Voice,1\n2026-11-23 {gap},Voice,1\n"
    with pytest.raises(IntervalError) as caught:
        parse_intervals(text, "day.csv")
    assert str(caught.value) == f"day.csv: row 3: intervals {words} apart; use 15, 30 or 60 minutes"


# --- the legend as text above a chart --------------------------------------------------------------------------------

_SWATCH = "display:inline-block;width:0.8em;height:0.8em;vertical-align:-0.05em"
_INK = "rgba(31,41,51,0.35)"


def _stripes(angle: str) -> str:
    return f"repeating-linear-gradient({angle},{_INK} 0 1.5px,transparent 1.5px 4px)"


def _items(text: str) -> list[str]:
    return text.removesuffix("</div>").split("<span role='listitem'>")[1:]


def test_each_key_is_drawn_as_plotly_draws_it():
    # a marker-only scatter: a diamond of its marker's colour; lines: a border dashed as the line (dot: dotted,
    # none or solid: solid, any other dash: dashed) of the line's colour
    traces = [dict(type="scatter", mode="markers", marker={"color": "#000000"}, name="Total"),
              dict(type="scatter", mode="lines", line={"color": "#0072B2"}, name="No dash"),
              dict(type="scatter", mode="lines", line={"color": "#0072B2", "dash": "solid"}, name="Solid"),
              dict(type="scatter", mode="lines+markers", line={"color": "#E69F00", "dash": "dot"}, name="Dot"),
              dict(type="scatter", mode="lines", line={"color": "#E69F00", "dash": "longdash"}, name="Long"),
              dict(type="scatter", fill="toself", fillcolor="rgba(0,114,178,0.2)", mode="lines", name="Band"),
              dict(type="scatter", fill="none", marker={"color": "#111111"}, name="No fill")]
    items = _items(legend_html({"data": traces, "layout": {}}))
    assert items[0] == "<span style='color:#000000;font-size:1.1em'>◆</span>&nbsp;Total</span>"
    line = "<span style='display:inline-block;width:1.4em;vertical-align:0.3em;border-top:0.2em {}'></span>&nbsp;{}</span>"
    assert items[1] == line.format("solid #0072B2", "No dash")
    assert items[2] == line.format("solid #0072B2", "Solid")
    assert items[3] == line.format("dotted #E69F00", "Dot")
    assert items[4] == line.format("dashed #E69F00", "Long")
    assert items[5] == f"<span style='{_SWATCH};background:rgba(0,114,178,0.2)'></span>&nbsp;Band</span>"
    assert items[6] == "<span style='color:#111111;font-size:1.1em'>◆</span>&nbsp;No fill</span>"


@pytest.mark.parametrize(("shape", "layers"), [
    ("/", [_stripes("135deg")]), ("\\", [_stripes("45deg")]), ("-", [_stripes("0deg")]), ("|", [_stripes("90deg")]),
    ("x", [_stripes("45deg"), _stripes("135deg")]), ("+", [_stripes("0deg"), _stripes("90deg")]),
    (".", [f"radial-gradient({_INK} 1px,transparent 1.5px) 0 0/4px 4px"]), ("", []), (None, []),
])
def test_a_bars_key_carries_its_fill_pattern_over_its_colour(shape, layers):
    bar = dict(type="bar", marker={"color": "#0072B2", "pattern": {"shape": shape}}, name="Wages")
    other = dict(type="bar", marker={"color": "#56B4E9"}, name="Benefits")
    items = _items(legend_html({"data": [bar, other], "layout": {}}))
    assert items[0] == f"<span style='{_SWATCH};background:{','.join([*layers, '#0072B2'])}'></span>&nbsp;Wages</span>"
    assert items[1] == f"<span style='{_SWATCH};background:#56B4E9'></span>&nbsp;Benefits</span>"


def test_a_pale_series_has_a_key_as_pale():
    # a bar's own and its marker's opacity multiply (0.5 × 0.4 = 0.2); a scatter band's marker opacity is not its
    # fill's; an opacity of 1 (or one that is not a number) draws no fade
    traces = [dict(type="bar", opacity=0.5, marker={"color": "#0072B2", "opacity": 0.4}, name="Offered"),
              dict(type="bar", marker={"color": "#0072B2", "opacity": 0.22}, name="Pale"),
              dict(type="bar", opacity=1, marker={"color": "#0072B2", "opacity": 1.0}, name="Full"),
              dict(type="scatter", fill="toself", fillcolor="#cccccc", opacity=0.5, marker={"opacity": 0.1},
                   name="Band"),
              dict(type="bar", opacity="0.5", marker={"color": "#0072B2"}, name="Text")]
    items = _items(legend_html({"data": traces, "layout": {}}))
    assert items[0] == f"<span style='{_SWATCH};background:#0072B2;opacity:0.2'></span>&nbsp;Offered</span>"
    assert items[1] == f"<span style='{_SWATCH};background:#0072B2;opacity:0.22'></span>&nbsp;Pale</span>"
    assert items[2] == f"<span style='{_SWATCH};background:#0072B2'></span>&nbsp;Full</span>"
    assert items[3] == f"<span style='{_SWATCH};background:#cccccc;opacity:0.5'></span>&nbsp;Band</span>"
    assert items[4] == f"<span style='{_SWATCH};background:#0072B2'></span>&nbsp;Text</span>"


def test_a_charts_spec_loses_its_own_legend_and_the_row_it_took():
    # a spec (the page's dict): its layout's showlegend set False and its height 30 px less (380 when unset: 350);
    # the legend's list holds the entries with a name and not hidden, names and colours escaped
    spec = {"data": [dict(type="bar", marker={"color": "#0072B2"}, name="Wages <b>"),
                     dict(type="bar", marker={"color": "a'b"}, name="Benefits", showlegend=True),
                     dict(type="bar", marker={"color": "#000000"}, name="Hidden", showlegend=False),
                     dict(type="bar", marker={"color": "#000000"})],
            "layout": {"height": 500}}
    text = legend_html(spec, size="1.25rem")
    assert text == ("<div class='chart-legend' role='list' aria-label='Legend' style='display:flex;flex-wrap:wrap;"
                    "gap:0.1rem 1rem;margin:0;line-height:1.5;font-size:1.25rem'>"
                    f"<span role='listitem'><span style='{_SWATCH};background:#0072B2'></span>&nbsp;Wages &lt;b&gt;</span>"
                    f"<span role='listitem'><span style='{_SWATCH};background:a&#x27;b'></span>&nbsp;Benefits</span>"
                    "</div>")
    assert spec["layout"] == {"height": 470, "showlegend": False}
    unset = {"data": [dict(type="bar", name="a"), dict(type="bar", name="b")], "layout": {}}
    assert legend_html(unset).endswith("font-size:0.9rem'>" + "".join(
        f"<span role='listitem'><span style='{_SWATCH};background:None'></span>&nbsp;{n}</span>" for n in "ab") + "</div>")
    assert unset["layout"] == {"showlegend": False, "height": 350}


def test_one_entry_shows_no_legend_unless_the_layout_asks_and_two_show_one():
    # plotly's rule: a single entry shows no legend unless showlegend is set True; two entries show one
    one = {"data": [dict(type="bar", name="a"), dict(type="bar", name="b", showlegend=False)], "layout": {"height": 400}}
    assert legend_html(one) == "" and one["layout"] == {"height": 400}
    asked = {"data": [dict(type="bar", name="a")], "layout": {"showlegend": True}}
    assert _items(legend_html(asked)) == [f"<span style='{_SWATCH};background:None'></span>&nbsp;a</span>"]
    two = go.Figure([go.Bar(name="a"), go.Bar(name="b")], layout=dict(height=500))
    assert len(_items(legend_html(two))) == 2
    assert two.layout.showlegend is False and two.layout.height == 470
    hidden = go.Figure([go.Bar(name="a"), go.Bar(name="b")], layout=dict(showlegend=False, height=400))
    assert legend_html(hidden) == "" and hidden.layout.height == 400


# --- a scenario's in-house money against its limits in another currency ----------------------------------------------


def test_in_house_pay_over_its_converted_limit_is_written_back_as_typed():
    # reporting in euros at 1 EUR = 0.5 USD (2 EUR to the dollar): the supervisor's limit of $1,000,000 is 2,000,000
    # EUR; 5e14 EUR is under the 1e15 any amount may be, over that limit, and ",.10g" writes it 5e+14 (small e)
    from estimator.pricing import load_price_book
    from estimator.scenario import scenario_from_dict

    form = {"function": "Customer service", "workload": {"fte": 10}, "currency": "EUR",
            "exchange_rates": {"USD": {"rate": 0.5}}, "in_house": {"supervisor_salary": 5e14}}
    with pytest.raises(InputError) as caught:
        scenario_from_dict(form, load_price_book())
    assert caught.value.field == "in_house.supervisor_salary"
    assert caught.value.reason == ("must be from 0 to 2,000,000 EUR (0 to 1,000,000 USD at 1 USD = 2 EUR), "
                                   "got 5e+14")


# --- the Mix page's table: a quote in its own currency ---------------------------------------------------------------

_EURO_QUOTE = {"function": "Customer service", "workload": 10, "basis": "fte", "option": "bpo", "quote_low": 25,
               "quote_high": 30, "quote_currency": " eur "}


def test_a_rows_quote_in_another_currency_is_read_in_it_and_shown_again():
    # a dollar mix, the BPO quoted €25-30 (1 USD = 0.9 EUR): the file's row keeps the euros, the mix prices them
    # in euros, and the table read back from the mix shows "EUR" beside the same 25 and 30
    from estimator.portfolio_table import portfolio_document, portfolio_from_table, table_rows
    from estimator.pricing import load_price_book

    book = load_price_book()
    shared = {"exchange_rates": {"EUR": {"rate": 0.9}}}
    document, where = portfolio_document([_EURO_QUOTE], shared=shared)
    assert document["rows"][0]["bpo"] == {"low": 25.0, "high": 30.0, "currency": "EUR"} and where == [1]
    mix = portfolio_from_table([_EURO_QUOTE], book, shared=shared)
    assert (mix.rows[0].bpo.low, mix.rows[0].bpo.high, mix.rows[0].bpo.currency) == (25.0, 30.0, "EUR")
    row = table_rows(mix, book)[0]
    assert (row["quote_low"], row["quote_high"], row["quote_currency"]) == (25.0, 30.0, "EUR")


def test_a_quote_in_the_mixs_own_currency_or_none_names_no_currency():
    # "usd" typed in a dollar mix is the mix's own: the file's row has no currency of its own, and nor does the table
    # read back; an empty cell the same; a row priced from the book (no quote) shows no quote currency, in a euro mix
    # too, though the book's prices are dollars
    from estimator.portfolio_table import portfolio_document, portfolio_from_table, table_rows
    from estimator.pricing import load_price_book

    book = load_price_book()
    for cell in ("usd", None, ""):
        document, _ = portfolio_document([{**_EURO_QUOTE, "quote_currency": cell}])
        assert document["rows"][0]["bpo"] == {"low": 25.0, "high": 30.0}
    mix = portfolio_from_table([{**_EURO_QUOTE, "quote_currency": "USD"}], book)
    assert table_rows(mix, book)[0]["quote_currency"] is None
    booked = {k: v for k, v in _EURO_QUOTE.items() if not k.startswith("quote")}
    euro_mix = portfolio_from_table([booked], book, shared={"currency": "EUR", "exchange_rates": {"USD": {"rate": 1.08}}})
    row = table_rows(euro_mix, book)[0]
    assert (row["quote_low"], row["quote_high"], row["quote_currency"]) == (None, None, None)


def test_a_shared_figure_out_of_its_limits_is_named_in_no_row():
    # the shared supervisor's pay over its $1,000,000 limit: named in words, not as row 1's; a shared rate's error
    # keeps its field (the page's rate field answers it)
    from estimator.portfolio_table import portfolio_from_table
    from estimator.pricing import load_price_book

    book = load_price_book()
    row = {"function": "Customer service", "workload": 10, "basis": "fte", "option": "in_house"}
    with pytest.raises(InputError) as caught:
        portfolio_from_table([row], book, shared={"in_house": {"supervisor_salary": 2_000_000}})
    assert caught.value.field == "Supervisor salary (shared by every row)"
    assert caught.value.reason.startswith("must be from 0 to 1,000,000")
    with pytest.raises(InputError) as caught:
        portfolio_from_table([row], book, shared={"exchange_rates": {"EUR": {"rate": 0.9}}})
    assert caught.value.field.startswith("exchange_rates.EUR")
    # the shared in-house pay's rate out of its limits is named by its own field too, "exchange_rates.EUR.rate", not in words
    with pytest.raises(InputError) as caught:
        portfolio_from_table([row], book, shared={"in_house": {"currency": "EUR"},
                                                  "exchange_rates": {"EUR": {"rate": -1}}})
    assert caught.value.field == "exchange_rates.EUR.rate"


def test_the_shared_sections_own_currencies():
    # the in-house money's (None: the reporting currency's) and, where a captive is offered, its pay's (rupees
    # unless it says otherwise); a section that is not a dict (a hostile file) counts as not given
    from estimator.portfolio import _own_currencies

    assert _own_currencies({"currency": "EUR"}, {"currency": "USD"}) == {"EUR", "USD"}
    assert _own_currencies({}, {}) == {None, "INR"}
    assert _own_currencies({"annual_salary": 5}, None) == {None}
    assert _own_currencies(["EUR"], "USD") == {None}


def test_a_scenarios_captive_rate_comes_across_to_the_mix_and_a_quotes_does_not():
    # reporting in euros, a captive paid in rupees (its default), in-house pay in euros: the rupee's rate (the
    # captive's) and the dollar's come across, the pound's (the BPO quote's only) does not
    from estimator.portfolio import shared_from_scenario

    form = {"currency": "EUR", "captive": {"annual_salary": 900_000},
            "bpo": {"basis": "per_hour", "low": 20, "high": 25, "currency": "GBP"},
            "exchange_rates": {"GBP": {"rate": 0.85}, "INR": {"rate": 90}, "USD": {"rate": 1.08}}}
    assert shared_from_scenario(form)["exchange_rates"] == {"INR": {"rate": 90}, "USD": {"rate": 1.08}}
    # the captive paid in pounds: now the pound's rate is the captive's and comes across
    form["captive"] = {"annual_salary": 30_000, "currency": "GBP"}
    assert sorted(shared_from_scenario(form)["exchange_rates"]) == ["GBP", "USD"]
    # no captive, in-house pay in rupees: the rupee's and the dollar's
    del form["captive"]
    form["in_house"] = {"currency": "INR", "annual_salary": 3_000_000}
    assert sorted(shared_from_scenario(form)["exchange_rates"]) == ["INR", "USD"]


def test_a_quotes_currency_in_the_inputs_that_differ_is_its_own_or_the_scenarios_and_a_dash_where_none():
    # A quotes the BPO and the KPO in euros (1 USD = 0.9 EUR); B, in dollars, quotes the BPO with no currency of its
    # own (so in dollars, its reporting currency) and has no KPO (a dash, not its currency), and a different contract
    # escalation, listed after the currency rows (5%, against the default 2.9%)
    from estimator.compare import differing_inputs, readable_inputs
    from estimator.currency import ExchangeRate
    from estimator.scenario import BusinessCase, Scenario, VendorPrice

    a = Scenario("Customer service", 10, name="A", bpo=VendorPrice("per_hour", 25, 30, currency="EUR"),
                 kpo=VendorPrice("per_hour", 50, 60, currency="EUR"), exchange_rates=(ExchangeRate("USD", "EUR", 0.9),))
    b = Scenario("Customer service", 10, name="B", bpo=VendorPrice("per_hour", 25, 30),
                 business_case=BusinessCase(contract_escalation=0.05))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["BPO price, currency"] == {"A": "EUR", "B": "USD"}
    assert shown["KPO price, currency"] == {"A": "EUR", "B": "—"}
    assert shown["Contract escalation"] == {"A": "2.9%", "B": "5%"}
    assert shown["KPO price, low end"] == {"A": "€50 per productive hour", "B": "—"}


def test_a_line_with_fill_none_is_drawn_as_a_line():
    # fill "none" is plotly's own "no fill" (as unset): a line's key, not a block of a fill colour it has not got
    trace = dict(type="scatter", mode="lines", fill="none", line={"color": "#009E73", "dash": "dot"}, name="Captive")
    items = _items(legend_html({"data": [trace, dict(trace, name="Other")], "layout": {}}))
    assert items[0] == ("<span style='display:inline-block;width:1.4em;vertical-align:0.3em;border-top:0.2em dotted "
                        "#009E73'></span>&nbsp;Captive</span>")


def test_a_figure_with_no_height_of_its_own_is_380_px_less_the_legends_row():
    # a figure with no height of its own is taken as the charts' 380 px; the legend's row, 30 px, comes out: 350
    fig = go.Figure([go.Bar(name="a"), go.Bar(name="b")])
    assert len(_items(legend_html(fig))) == 2
    assert (fig.layout.showlegend, fig.layout.height) == (False, 350)


@pytest.mark.parametrize("paid", ["in_house", "captive"])
def test_a_mix_paying_in_the_currency_a_row_quotes_in_gives_the_shared_pay_that_rate_too(paid):
    # a euro mix (1 EUR = 0.85 GBP, 1.08 USD) whose in-house pay (or offshore captive's) is in pounds and whose BPO
    # row quotes £20-25: the pound's rate is a price's and the shared pay's at once; the mix loads, the quote in pounds
    from estimator.portfolio import portfolio_from_dict
    from estimator.pricing import load_price_book

    shared = ({"in_house": {"currency": "GBP"}} if paid == "in_house"
              else {"captive": {"entry_pay_month": 1_500, "currency": "GBP"}})
    mix = portfolio_from_dict({"kind": "portfolio", "currency": "EUR", **shared,
                               "exchange_rates": {"GBP": {"rate": 0.85}, "USD": {"rate": 1.08}},
                               "rows": [{"function": "Customer service", "workload": {"fte": 10}, "option": "bpo",
                                         "annual_salary": 30_000, "bpo": {"low": 20, "high": 25, "currency": "GBP"}}]},
                              load_price_book())
    assert (mix.rows[0].bpo.low, mix.rows[0].bpo.high, mix.rows[0].bpo.currency) == (20.0, 25.0, "GBP")
    assert sorted(r.target for r in mix.exchange_rates) == ["GBP", "USD"]
