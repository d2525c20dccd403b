"""Money, shares and ranges as a finance reader sees them (CLDR formats through Babel), worked by hand."""

from __future__ import annotations

import pytest
from babel import Locale
from babel.numbers import format_currency, format_percent, get_currency_precision
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import examples

from estimator.assumptions import ASSUMPTIONS, Assumption, _amount, _overhead
from estimator.formatting import (
    CURRENCY_LOCALES,
    cell,
    chance_percent,
    code_spaced,
    compact_money,
    format_money,
    locale_for,
    money,
    money_range,
    number,
    percent,
)


@pytest.mark.parametrize(("amount", "currency", "text"), [
    (74_317.88, "USD", "$74,318"),          # whole units, rounded half up at .88
    (1_234_567.4, "USD", "$1,234,567"),
    (-1_234.56, "EUR", "-€1,235"),
    (0.4, "GBP", "£0"),
    (950, "INR", "₹950"),
])
def test_money(amount, currency, text):
    assert money(amount, currency) == text


def test_money_defaults_to_dollars():
    assert money(20) == "$20"


@pytest.mark.parametrize(("amount", "currency", "text"), [
    (2_239_721, "USD", "$2.24M"),     # millions with two decimals
    # ... kept when they are zeros: Babel wrote 4,801,481 "$4.8M" beside "$2.24M" on the waterfall
    (4_801_481, "USD", "$4.80M"),
    (1_000_000, "USD", "$1.00M"),
    (999_999, "USD", "$1.00M"),       # not "$1000K"
    (-999_500, "USD", "-$1.00M"),
    (4_801_481, "ZAR", "R4,80M"),     # en_ZA writes its decimals after a comma
    (12_000_000, "INR", "₹1.20Cr"),   # 1.2 crore: 12,000,000 / 10,000,000
    (999_499, "USD", "$999k"),        # thousands: no decimals
    (42_620, "USD", "$43k"),
    (-694_314, "USD", "-$694k"),
    (42_620, "EUR", "€43k"),
    (950, "USD", "$950"),
])
def test_compact_money(amount, currency, text):
    assert compact_money(amount, currency) == text


def test_compact_money_defaults_to_dollars():
    assert compact_money(5_000) == "$5k"


@pytest.mark.parametrize(("share", "text"), [(0.4312, "43%"), (0.5734, "57%"), (-0.05, "-5%"), (12.5, "1,250%"), (0, "0%")])
def test_percent(share, text):
    assert percent(share) == text


@pytest.mark.parametrize(("low", "high", "currency", "text"), [
    (20, 30, "USD", "$20–$30"),
    (25_358.67, 38_038.0, "USD", "$25,359–$38,038"),
    (20.2, 19.8, "USD", "$20"),       # the same whole dollars: one figure
    (45, 1_500, "EUR", "€45–€1,500"),
    # a dearer option's saving: "to", not a dash beside a minus ("-$3,504,945–-$958,813"); each minus the minus sign
    # U+2212, as the meeting outputs write it (issue 7: the page wrote "-€20 to €30", the deck "−€20 to €30")
    (-3_504_945, -958_813, "USD", "\u2212$3,504,945 to \u2212$958,813"),
    (-20, 30, "EUR", "\u2212€20 to €30"),
    (-20.2, -19.8, "GBP", "\u2212£20"),
])
def test_money_range(low, high, currency, text):
    assert money_range(low, high, currency) == text


def test_money_range_of_one_figure_keeps_its_currency():
    assert money_range(20.2, 19.8, "EUR") == "€20"


def test_formats_do_not_follow_the_machine_locale(monkeypatch):
    # Babel's default locale comes from the environment (here en_US_POSIX); the product always writes en_US.
    import babel.numbers
    monkeypatch.setattr(babel.numbers, "LC_NUMERIC", "de_DE")
    monkeypatch.setattr(babel.numbers, "LC_MONETARY", "de_DE")
    assert babel.numbers.format_currency(1_000, "USD") == "1.000,00\xa0$"  # the patch took
    # (German would write 1.250% and 2,24 Mio. $)
    assert (money(74_317.88), compact_money(2_239_721), percent(12.5)) == ("$74,318", "$2.24M", "1,250%")


def test_money_range_defaults_to_dollars():
    assert money_range(1, 2) == "$1–$2"


@pytest.mark.parametrize(("value", "digits", "text"), [(1213.333, 1, "1,213.3"), (1213.5, 0, "1,214"), (0.125, 2, "0.12")])
def test_number(value, digits, text):
    assert number(value, digits) == text


def test_number_defaults_to_whole():
    assert number(12_345.6) == "12,346"


def test_assumption_shows_its_unit_or_percent():
    salary, shrinkage = ASSUMPTIONS["annual_salary"], ASSUMPTIONS["shrinkage"]
    assert salary.show(41_600) == "41,600 USD/year"
    assert salary.show(41_600, unit=False) == "41,600"
    assert shrinkage.show(0.3) == shrinkage.show(0.3, unit=False) == "30%"
    assert salary.show_range(31_200, 52_000) == "31,200–52,000 USD/year"
    assert salary.show_range(31_200, 52_000, unit=False) == "31,200–52,000"
    assert shrinkage.show_range(0.133, 0.394) == "13.3%–39.4%"  # the source's own figures, not "13%–39%"
    assert not salary.is_share and shrinkage.is_share


def test_assumption_shows_a_fraction_it_holds():
    """Every default and its sources' range as the Sources page, the deck, the workbook and the report print it:
    rounded to whole numbers, 0.5 FTE read "0 FTE" and the 1.0-1.2 ratio "1–1"."""
    a = ASSUMPTIONS
    assert a["governance_min_fte"].show(0.5) == "0.5 FTE"
    assert a["handle_time_ratio"].show_range(1.0, 1.2, unit=False) == "1–1.2"
    assert a["average_tenure_years"].show(3.5) == "3.5 years"
    assert a["severance_weeks_per_year"].show_range(1.0, 1.6, unit=False) == "1–1.6"
    assert a["escalation_correlation"].show(0.5, unit=False) == "0.5"
    assert a["span_of_control"].show(12.75, unit=False) == "12.75"  # two decimals at most: 12.75, not 12.8
    assert a["cost_per_hire"].show(4_129.4, unit=False) == "4,129"  # a large figure stays whole


def test_assumption_default_must_sit_in_its_range():
    with pytest.raises(ValueError, match="x: default 5 outside 0..1"):
        Assumption("x", "X", 5, "share", "s", minimum=0, maximum=1)
    assert Assumption("x", "X", 1, "share", "s", minimum=0, maximum=1).default == 1  # the ends are inside
    assert Assumption("x", "X", 0, "share", "s", minimum=0, maximum=1).default == 0


def test_overhead_is_derived_from_the_labour_share():
    # default agent: 41,600 / 12 × (1 + 31%) = 4,541.33 a month. At a 67.5% labour share the rest is
    # 4,541.33 × 32.5 / 67.5 = 2,186.57 -> 2,187; at 60%: × 40 / 60 = 3,027.56 -> 3,028; at 75%: / 3 = 1,513.78 -> 1,514
    assert (_overhead(0.675), _overhead(0.60), _overhead(0.75)) == (2_187, 3_028, 1_514)
    a = ASSUMPTIONS["overhead_per_fte_month"]
    assert (a.default, a.low, a.high) == (2_187.0, 1_514.0, 3_028.0)


def test_a_long_cell_is_cut_to_its_limit_ellipsis_included():
    # limit 10: 9 characters and "…" make 10; a cell of exactly 10 is shown whole
    assert cell("abcdefghijklmnop", limit=10) == "'abcdefghi…' (16 characters)"
    assert cell("abcdefghij", limit=10) == "'abcdefghij'"
    assert cell("x" * 1234, limit=3, quoted=False) == "xx… (1,234 characters)"


# format_money finds each currency's locale and pattern once (estimator.formatting._currency_pattern) instead of
# through babel.numbers.format_currency on every call. Babel's own function, called as the code called it
# before, is the reference: the same text for any amount, currency and locale.
_AMOUNTS = st.one_of(st.floats(-1e14, 1e14, allow_nan=False), st.sampled_from([0.5, 1.5, 2.5, -0.5, 999.5, 1e6 - 0.5]))
_CURRENCIES = st.sampled_from(sorted(CURRENCY_LOCALES) + ["CHF", "KWD", "BHD"])  # KWD, BHD: three decimals


@given(_AMOUNTS, _CURRENCIES)
def test_format_money_writes_what_babel_writes(amount, currency):
    # Babel's text, a code set apart from the figure (formatting.code_spaced: "CHF 1,234.50", not "CHF1,234.50")
    loc = locale_for(currency)
    assert format_money(amount, currency) == code_spaced(format_currency(amount, currency, locale=loc))
    if get_currency_precision(currency) > 0:
        pattern = Locale.parse(loc).currency_formats["standard"].pattern.split(";")[0]
        number_part = pattern.replace("\u00a4", "").strip()
        whole = format_currency(round(amount), currency, format=pattern.replace(number_part, number_part.split(".")[0]),
                                locale=loc, currency_digits=False)
    else:
        whole = format_currency(amount, currency, locale=loc)
    assert format_money(amount, currency, whole=True) == code_spaced(whole)


@given(_AMOUNTS)
def test_format_money_in_another_locale_writes_what_babel_writes(amount):
    assert format_money(amount, "EUR", locale="de_DE") == format_currency(amount, "EUR", locale="de_DE")


@given(st.floats(-1e12, 1e12, allow_nan=False))
def test_percent_writes_what_babel_writes(share):
    assert percent(share) == format_percent(share, format="#,##0%", locale="en_US")


def test_a_chance_is_never_rounded_to_a_certainty():
    # whole percent would print 0.1% as "0%" and 99.79% as "100%": 1 and 21 draws in 10,000 say otherwise
    assert (chance_percent(0.001), chance_percent(0.004), chance_percent(0.9979), chance_percent(0.996)) == (
        "under 1%", "under 1%", "over 99%", "over 99%")
    # exactly none, exactly all, and a plain share are written as whole percent: 0.4158 -> 42%
    assert (chance_percent(0.0), chance_percent(1.0), chance_percent(0.4158)) == ("0%", "100%", "42%")


def test_an_assumption_figure_keeps_a_small_fraction():
    # 1.999 to two decimals is 2.00, written "2" (not "2."); 100.25 is past the small fractions: whole, "100"
    assert (_amount(1.999), _amount(100.25), _amount(0.5), _amount(1.1)) == ("2", "100", "0.5", "1.1")


@pytest.mark.parametrize(("label", "text"), [
    ("Overhead (facilities, IT)", "overhead (facilities, IT)"),  # the rest as written
    ("Wages", "wages"),
    ("VAT on fees", "VAT on fees"),  # an abbreviation first keeps its capitals
    ("IT", "IT"),
    ("PCs and licences", "PCs and licences"),  # a plural abbreviation too: its second letter is a capital
    ("", ""),
])
def test_a_label_inside_a_sentence(label, text):
    from estimator.formatting import in_sentence
    assert in_sentence(label) == text


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_money_in_running_text_differs_from_money_only_by_its_minus_sign(amount):
    # U+2212 for a loss, as the charts write it; the same figure otherwise, and no sign on what rounds to zero
    from estimator.formatting import MINUS, money_text
    text, plain = money_text(amount, "EUR"), money(amount, "EUR")
    assert "-" not in text and text.replace(MINUS, "-") == plain
    assert text.startswith(MINUS) == plain.startswith("-") == (round(amount) < 0)



@settings(max_examples=examples(300), deadline=None)
@given(st.floats(-1e14, 1e14, allow_nan=False),
       st.sampled_from(sorted(set(CURRENCY_LOCALES) - {"JPY"}) + ["CHF", "SEK", "BRL"]))  # yen: no decimals to drop
def test_whole_money_is_babels_own_text(amount, currency):
    # format_money writes whole amounts with Python's grouping where babel's pattern is "prefix + 1,234 + suffix"
    # (formatting._plain_whole, 70 µs a call saved); the text must be babel's pattern applied, to the character
    from estimator.formatting import _currency_pattern, locale_for

    locale, pattern = _currency_pattern(currency, locale_for(currency), True)
    babels = pattern.apply(round(amount), locale, currency=currency, currency_digits=False)
    assert format_money(amount, currency, whole=True) == code_spaced(babels)


def test_whole_money_keeps_babel_where_groups_are_not_threes():
    # lakhs (en_IN) and a space between groups (en_ZA) are babel's; the fast path says it cannot write them
    from estimator.formatting import _plain_whole

    assert _plain_whole("INR", "en_IN") is None and _plain_whole("ZAR", "en_ZA") is None
    assert money(-1234567.5, "INR") == "-₹12,34,568" and money(-1234567.4, "ZAR") == "-R1\xa0234\xa0567"
    assert _plain_whole("EUR", "en_IE") == ("€", "") and money(-1234.5, "EUR") == "-€1,234"


def test_the_page_and_the_meeting_outputs_write_a_range_alike():
    # one rule (issue 7): the deck's and report's "(range ...)" and "(P10–P90 ...)" are money_range's text
    from estimator.meeting import _drawn_spread, _spread
    from estimator.ranges import Range

    assert _spread(30, -20, "EUR") == " (range \u2212€20 to €30)" == f" (range {money_range(-20, 30, 'EUR')})"
    assert _drawn_spread(Range.cases(30.0, 5.0, -20.0), "EUR") == " (P10–P90 \u2212€20 to €30)"
