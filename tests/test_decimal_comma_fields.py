"""The page's number fields in a browser that writes decimals with a comma (issue 7): Chromium's number field read
"25,5" typed under de-DE as 255, and the page used a quote ten times the one typed, without a word. Where
``st.context.locale`` writes decimals with a comma the fields are text read the locale's way
(views/local_numbers.py); elsewhere they are the number fields they were. Expected values are written by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dashboard_app import ROOT, dashboard
from streamlit.testing.v1 import AppTest

from estimator.formatting import decimal_comma_locale, format_local, parse_local
from estimator.intervals import IntervalError, parse_weights
from views.inputs import EXPANDERS
from views.local_numbers import quoted
from views.share import CURRENT, encode
from views.store import text_key

NNBSP = "\u202f"  # fr_FR groups digits with a narrow no-break space

READ = [
    ("de_DE", "25,5", 25.5),
    ("de_DE", "25,50", 25.5),
    ("de_DE", "1.500", 1500.0),  # a point groups thousands in German
    ("de_DE", "1.500,75", 1500.75),
    ("de_DE", "1.234.567", 1234567.0),
    ("de_DE", "0,05", 0.05),
    ("de_DE", "-1,5", -1.5),
    ("de_DE", "\u22121,5", -1.5),  # the minus sign
    ("de_DE", "2e4", 20000.0),  # as a number field reads it
    ("fr_FR", "25,5", 25.5),
    ("fr_FR", f"1{NNBSP}500,5", 1500.5),
    ("fr_FR", "1 500,5", 1500.5),  # typed with the keyboard's space
    ("fr_FR", "1\u00a0234\u00a0567", 1234567.0),
    ("pt_BR", "25,5", 25.5),
    ("pt_BR", "1.500,5", 1500.5),
    ("pt_BR", "41.600", 41600.0),
]
REFUSED = [
    ("de_DE", "abc"),
    ("de_DE", "25,5,5"),
    ("de_DE", "25.5"),  # a point is a group here, and 5 is no group of three: not guessed as 25.5 or 255
    ("de_DE", "1.50"),
    ("de_DE", "nan"),
    ("fr_FR", "1.500"),  # a point is neither of fr_FR's symbols: 1.5 or 1,500? refused
    ("fr_FR", "25.5"),
    ("fr_FR", "1 50,5"),  # a group of two
    ("pt_BR", "1,500.5"),
]


@pytest.mark.parametrize(("locale", "text", "value"), READ)
def test_a_number_reads_as_the_locale_writes_it(locale, text, value):
    assert parse_local(text, locale) == value


@pytest.mark.parametrize(("locale", "text"), REFUSED)
def test_text_that_does_not_read_as_the_locale_writes_numbers_is_refused(locale, text):
    with pytest.raises(ValueError, match="is not a number as"):
        parse_local(text, locale)


@pytest.mark.parametrize(("tag", "locale"), [("de-DE", "de_DE"), ("fr-FR", "fr_FR"), ("pt-BR", "pt_BR"),
                                             ("es-ES", "es_ES"), ("de", "de"), ("en-US", None), ("en-GB", None),
                                             ("es-MX", None), ("de-CH", None), ("", None), (None, None),
                                             ("not a tag", None)])
def test_the_locales_that_write_decimals_with_a_comma(tag, locale):
    # de-CH writes 1’234.50, es-MX 1,234.50: a point, so their fields stay number fields
    assert decimal_comma_locale(tag) == locale


def test_a_number_is_shown_the_locale_way_with_the_fields_decimals():
    assert format_local(25.5, "de_DE", "%.2f") == "25,50"
    assert format_local(41600, "de_DE", "%.0f") == "41.600"
    assert format_local(1234567.891, "pt_BR", "%.2f") == "1.234.567,89"
    assert format_local(41600, "fr_FR", "%.0f") == f"41{NNBSP}600"
    assert format_local(0.0120482, "de_DE", "%.6g") == "0,0120482"
    assert format_local(25.555, "de_DE", "%.2f") == "25,55"  # %.2f of the float 25.555 (25.55499...)


def test_typed_text_in_the_not_used_list_is_quoted_only_when_markdown_does_nothing_with_it():
    assert quoted(" 25,5,5 ") == "“25,5,5”"
    assert quoted("abc") == "“abc”"
    for hostile in ("[x](https://e.com)", "**9**", "$x$", ":red[x]", "<b>", "www.e.com", "a_b_"):
        assert quoted(hostile) == "what is typed"


LOW, HIGH, SALARY = "bpo_quote_low", "bpo_quote_high", "in_house_annual_salary"


@pytest.fixture
def page(monkeypatch, request):
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": getattr(request, "param", "de-DE")}
    at.run()
    assert not at.exception
    at.toggle(key="bpo_use_quote").set_value(True).run()
    assert not at.exception
    return at


def _text(at, key):
    return at.text_input(key=text_key(key))


def _bpo_metric(at) -> str:
    return next(m.value for m in at.metric if m.label == "BPO over 5 years")


def _not_used(at) -> str:
    return " ".join(w.value for w in at.warning if "Not used" in w.value)


def test_a_decimal_comma_in_the_quote_is_a_decimal(page):
    at = page
    assert [t.value for t in (_text(at, LOW), _text(at, HIGH))] == ["20,00", "30,00"]
    assert not [n for n in at.number_input if n.key in (LOW, HIGH)]
    _text(at, LOW).input("25,5").run()
    assert not at.exception
    assert _text(at, LOW).value == "25,50"
    assert at.session_state["_accepted"][LOW] == 25.5
    # README's full example with the quote $25.50-30 (mid $27.75) on 1,334.67 billed hours: fees 9 × 37,037.04 +
    # 444,444.44 × 4.298533 = 2,243,790.33; ramp-up 60% × 37,037.04 = 22,222.22; governance floor 347,641;
    # in-house until go-live 222,953.64; stranded overhead 65,610; selection and transition 16% × 444,444.44 =
    # 71,111.11; severance 28,000; retention 41,600: 3,042,928.30, written as de-DE writes it (the results follow the
    # fields' locale: tests/test_decimal_comma_results.py)
    assert _bpo_metric(at) == "$3.042.928"
    assert not _not_used(at)


def test_unreadable_text_is_reported_and_the_last_valid_quote_used(page):
    at = page
    _text(at, LOW).input("25,5").run()
    _text(at, LOW).input("abc").run()
    assert not at.exception
    assert _text(at, LOW).value == "abc"  # as typed, never changed
    # the quote used written as the field shows it ("25,50"), not "$25.50"
    assert "BPO quote, low end: “abc” is not a number (numbers here are written like 1.234,56); the results use " \
           "$25,50." in _not_used(at)
    assert _bpo_metric(at) == "$3.042.928"
    _text(at, LOW).input("25,5,5").run()
    assert "“25,5,5” is not a number" in _not_used(at)
    _text(at, LOW).input("20").run()
    assert _text(at, LOW).value == "20,00" and not _not_used(at)
    assert _bpo_metric(at) == "$2.811.321"  # README: the page as it opens ($2,811,321)


def test_out_of_limits_and_empty_are_reported_as_for_a_number_field(page):
    at = page
    _text(at, HIGH).input("1.000.001").run()
    # the figures as the field shows them ("1.000.001,00"): "$1,000,001" read as one dollar under de-DE
    assert "BPO quote, high end: $1.000.001 is outside $0 to $1.000.000; the results use $30." in _not_used(at)
    assert _text(at, HIGH).help.endswith("Allowed $0 to $1.000.000.")
    _text(at, HIGH).input("").run()
    assert _text(at, HIGH).value == "" and not _not_used(at)
    assert any("One end given: the quote is $20 at both ends." in c.value for c in at.caption)


def test_points_group_thousands_in_a_german_salary(page):
    at = page
    assert _text(at, SALARY).value == "41.600"
    _text(at, SALARY).input("50.000").run()
    assert at.session_state["_accepted"][SALARY] == 50_000
    assert _text(at, SALARY).value == "50.000"


@pytest.mark.parametrize("page", ["fr-FR"], indirect=True)
def test_a_french_salary_typed_with_spaces(page):
    at = page
    assert _text(at, SALARY).value == f"41{NNBSP}600"
    _text(at, SALARY).input("45 000").run()
    assert at.session_state["_accepted"][SALARY] == 45_000
    _text(at, LOW).input("25,5").run()
    assert at.session_state["_accepted"][LOW] == 25.5


def test_a_typed_quote_and_an_unreadable_one_survive_a_page_switch(page):
    at = page
    _text(at, LOW).input("25,5").run()
    _text(at, HIGH).input("3O").run()  # a letter O
    at.switch_page("views/scenarios.py").run()
    assert not at.exception
    at.switch_page("views/estimate.py").run()
    assert not at.exception
    assert _text(at, LOW).value == "25,50" and at.session_state["_accepted"][LOW] == 25.5
    assert _text(at, HIGH).value == "3O"
    assert "BPO quote, high end: “3O” is not a number" in _not_used(at)


def test_a_quote_set_from_elsewhere_is_written_the_locale_way(page):
    """A new function has a new reference range: its quote fields are forgotten and start again from it."""
    at = page
    _text(at, LOW).input("abc").run()
    at.selectbox(key="function").set_value("IT and software operations").run()
    assert not at.exception
    at.toggle(key="bpo_use_quote").set_value(True).run()
    # the seed's IT range, $40-100 an hour
    assert [_text(at, LOW).value, _text(at, HIGH).value] == ["40,00", "100,00"]
    assert not _not_used(at)


@pytest.mark.parametrize("page", ["en-US", "en-GB", None], indirect=True)
def test_a_point_locale_keeps_the_number_fields(page):
    at = page
    assert at.number_input(key=LOW).value == 20.0
    assert not [t for t in at.text_input if t.key == text_key(LOW)]
    at.number_input(key=LOW).set_value(25.5).run()
    assert _bpo_metric(at) == "$3,042,928"


def test_a_rupee_salary_follows_a_rate_typed_with_a_decimal_comma_until_typed(monkeypatch):
    """The fields that follow a converted default (views.store.follow_default) follow it in the text too, and stop
    once typed into. 41,600 USD at 1 INR = 0,0120481928 USD (83 rupees): 3.452.800; the supervisor's 58,450 at 90
    rupees: 5.260.500."""
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    at.run()
    at.selectbox(key="reporting_currency").set_value("INR").run()
    assert _text(at, SALARY).value == ""  # waits for the dollar's rate
    _text(at, "fx_rate_USD").input("0,0120481928").run()
    assert not at.exception
    # to the ninth decimal, as the rate is held and every message writes one (it showed six figures, "0,0120482",
    # and was used to ten)
    assert _text(at, "fx_rate_USD").value == "0,012048193"
    assert _text(at, SALARY).value == "3.452.800"
    _text(at, SALARY).input("1.500.000").run()
    _text(at, "fx_rate_USD").input("0,0111111111").run()
    assert _text(at, SALARY).value == "1.500.000"  # typed: kept
    assert _text(at, "in_house_supervisor_salary").value == "5.260.500"  # untyped: follows
    assert at.session_state["_accepted"][SALARY] == 1_500_000
    assert not _not_used(at)


def test_closed_expanders_keep_the_text_and_its_report(monkeypatch):
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    at.run()
    _text(at, SALARY).input("50.000").run()
    _text(at, "in_house_cost_per_hire").input("4.1.29").run()
    assert "Cost per hire (USD/hire): “4.1.29” is not a number" in _not_used(at)
    at.session_state[EXPANDERS["in_house"]] = False
    at.run()
    assert not at.exception
    assert text_key(SALARY) not in {t.key for t in at.text_input}
    assert at.session_state["_accepted"][SALARY] == 50_000
    assert "“4.1.29” is not a number" in _not_used(at)
    at.session_state[EXPANDERS["in_house"]] = True
    at.run()
    assert _text(at, SALARY).value == "50.000" and _text(at, "in_house_cost_per_hire").value == "4.1.29"


def test_the_contact_centre_fields_read_a_decimal_comma(monkeypatch):
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.context = {"locale": "de-DE"}
    at.run()
    at.switch_page("views/contact_centre.py").run()
    assert not at.exception
    assert _text(at, "cc_voice_volume").value == "1.840"  # 1,840 contacts a day
    _text(at, "cc_voice_volume").input("3.000").run()
    assert at.session_state["_accepted"]["cc_voice_volume"] == 3_000
    at.selectbox(key="cc_vendor_basis").set_value("per_contact").run()
    _text(at, "cc_quote_low_per_contact").input("0,85").run()
    _text(at, "cc_quote_high_per_contact").input("1,2").run()
    assert [_text(at, f"cc_quote_{end}_per_contact").value for end in ("low", "high")] == ["0,85", "1,20"]
    assert at.session_state["_accepted"]["cc_quote_low_per_contact"] == 0.85
    assert at.session_state["_accepted"]["cc_quote_high_per_contact"] == 1.2
    assert not at.exception


def test_a_ramp_up_with_a_decimal_comma_is_read_by_month(monkeypatch):
    """The ramp-up is a list in one text field, split at commas: "12,5" typed under de-DE was 12% then 5% without a
    word. There, months are separated by semicolons (or a comma and a space), each read the locale's way."""
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    at.run()
    ramp = at.text_input(key="vt_ramp_up")
    assert ramp.value == "30; 20; 10"
    ramp.input("12,5; 10").run()
    assert at.session_state[CURRENT].vendor_terms.ramp_up == (0.125, 0.1)
    at.text_input(key="vt_ramp_up").input("12,5").run()
    assert at.session_state[CURRENT].vendor_terms.ramp_up == (0.125,)  # one month, not 12% and 5%
    at.text_input(key="vt_ramp_up").input("12,5,10").run()
    assert any("must be percentages separated by semicolons, e.g. 30; 20; 12,5" in e.value for e in at.error)


def test_a_linked_scenario_shows_its_ramp_up_the_locale_way(monkeypatch, full_example):
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    scenario = replace(full_example, vendor_terms=replace(full_example.vendor_terms, ramp_up=(0.125, 0.1)),
                       bpo=replace(full_example.bpo, low=25.5, source="vendor quote"))
    at.query_params["s"] = encode(scenario)
    at.run()
    assert not at.exception
    assert at.text_input(key="vt_ramp_up").value == "12,5; 10"
    assert at.session_state[CURRENT].vendor_terms.ramp_up == (0.125, 0.1)
    assert [_text(at, LOW).value, _text(at, HIGH).value] == ["25,50", "30,00"]  # the link's quote, set from outside
    assert at.session_state[CURRENT].bpo.low == 25.5


def test_a_contact_centre_shape_typed_with_decimal_commas():
    # split at every comma, "1,5 2" was the three weights 1, 5 and 2
    assert parse_weights("1,5 2", "de_DE") == (1.5, 2.0)
    assert parse_weights("0,5; 1, 1,5", "pt_BR") == (0.5, 1.0, 1.5)
    assert parse_weights("1,5 2") == (1.0, 5.0, 2.0)  # en-US as before: commas separate
    with pytest.raises(IntervalError, match="'1,5,2' is not a number"):
        parse_weights("1,5,2 3", "de_DE")


# The limits and messages of the number fields, as the fields show numbers (issue 7): "$1,000,001 is outside $0 to
# $1,000,000" stood beside a field showing "1.000.001,00", and a German reader reads "$1,000,001" as one dollar.


def test_a_salary_field_tells_its_default_range_and_limits_the_locale_way(page):
    at = page
    # the sources' 41,600 a year, their range 31,200-52,000, the limits 1,000 to 1,000,000 (estimator.assumptions)
    assert _text(at, SALARY).help.endswith("Default 41.600 USD/year; sources' range 31.200–52.000 USD/year. "
                                           "Allowed 1.000 USD/year to 1.000.000 USD/year.")
    _text(at, SALARY).input("2.000.000").run()
    assert "Salary per FTE (USD/year): 2.000.000 USD/year is outside 1.000 USD/year to 1.000.000 USD/year; the " \
           "results use 41.600 USD/year." in _not_used(at)


@pytest.mark.parametrize("page", ["fr-FR"], indirect=True)
def test_a_french_page_groups_the_limits_with_its_narrow_space(page):
    at = page
    _text(at, HIGH).input("1 000 001").run()
    assert f"BPO quote, high end: $1{NNBSP}000{NNBSP}001 is outside $0 to $1{NNBSP}000{NNBSP}000; the results use " \
           "$30." in _not_used(at)


def test_one_end_and_a_low_end_above_the_high_end_said_the_locale_way(page):
    at = page
    _text(at, HIGH).input("").run()
    _text(at, LOW).input("25,5").run()
    assert any(c.value == "One end given: the quote is $25,50 at both ends." for c in at.caption)
    _text(at, HIGH).input("20").run()
    _text(at, LOW).input("40,5").run()
    assert [e.value for e in at.error if "above the high end" in e.value] == [
        "Please check an input. BPO quote, low end: $40,50 is above the high end, $20"]


@pytest.mark.parametrize("page", ["en-US", None], indirect=True)
def test_a_point_locale_keeps_the_english_figures(page):
    at = page
    at.number_input(key=HIGH).set_value(1_000_001.0).run()
    assert "BPO quote, high end: $1,000,001 is outside $0 to $1,000,000; the results use $30." in _not_used(at)
    assert at.number_input(key=SALARY).help.endswith("Allowed 1,000 USD/year to 1,000,000 USD/year.")


def test_the_dollar_rate_beside_the_converted_fields_is_written_the_locale_way(monkeypatch):
    """1 EUR = 1,08 USD: one dollar buys 1 / 1.08 = 0.9259259 euros, six figures 0,925926 (as the field's %.6g)."""
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    at.run()
    at.selectbox(key="reporting_currency").set_value("EUR").run()
    _text(at, "fx_rate_USD").input("1,08").run()
    assert not at.exception
    assert any("converted at 1 USD = 0,925926 EUR" in c.value for c in at.caption)
    # 41,600 USD / 1.08 = 38,518.52 EUR: the field shows it and its help says it the same way
    assert _text(at, SALARY).value == "38.519"
    assert "Default 38.519 EUR/year" in _text(at, SALARY).help
    assert "at 1 USD = 0,925926 EUR." in _text(at, SALARY).help


@pytest.mark.parametrize(("locale", "fmt"), [("de-DE", "localized"), ("en-US", "%.1f%%")])
def test_a_percent_slider_is_written_by_the_browser_in_its_locale(monkeypatch, locale, fmt):
    """A sprintf format writes a point whatever the locale ("3.7%" under de-DE); Streamlit's "localized" format is
    the browser's Intl.NumberFormat ("3,7"): tests/test_browser_decimal_comma.py reads the thumb in Chromium."""
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": locale}
    at.session_state[EXPANDERS["business_case"]] = True
    at.run()
    assert not at.exception
    wages = at.slider(key="bc_wage_inflation")
    assert wages.value == pytest.approx(3.7) and wages.proto.format == fmt
    assert "(%" in wages.label  # the unit the localized value goes without
