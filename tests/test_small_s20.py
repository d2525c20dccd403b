"""Small defects left after session 19 (README, "Left after session 19"), each with the figure a reader saw.
Expected values are worked by hand in the comments. tests/test_browser_small_s20.py looks at the page ones in
Chromium."""

from __future__ import annotations

import pytest
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest

from views.local_numbers import as_shown
from views.share import CURRENT


@pytest.fixture
def page() -> AppTest:
    at = dashboard(60)
    at.run()
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def shown(at: AppTest, key: str) -> tuple[float | None, str]:
    """What a number field holds and the printf format it writes it with (the browser's sprintf-js)."""
    field = at.number_input(key=key)
    return field.value, field.proto.format


# --- 1. a two-decimal field holds what it shows ------------------------------------------------------------------


def test_a_quote_shows_every_digit_the_results_use(page):
    """A quote of 25.004 showed "25.00" and was used as 25.004. A quote's field now shows up to four decimals
    (a price a minute: $0.5833) where the quote has them, and what is under the fourth is rounded away."""
    page.toggle(key="bpo_use_quote").set_value(True).run()
    page.number_input(key="bpo_quote_low").set_value(25.004)
    page.number_input(key="bpo_quote_high").set_value(25.004).run()
    assert shown(page, "bpo_quote_low") == (25.004, "%.3f")  # "25.004", as used
    assert page.session_state[CURRENT].bpo.low == 25.004
    # 25.00004: four decimals show "25.0000", so the field shows "25.00" and holds 25.0
    page.number_input(key="bpo_quote_low").set_value(25.00004)
    page.number_input(key="bpo_quote_high").set_value(25.00004).run()
    assert shown(page, "bpo_quote_low") == (25.0, "%.2f") and shown(page, "bpo_quote_high") == (25.0, "%.2f")
    bpo = page.session_state[CURRENT].bpo
    assert (bpo.low, bpo.high) == (25.0, 25.0)
    # the README's BPO total at $25 an hour with every default: $2,811,321 (at 25.00004, 1.6e-6 more of the
    # $2,105,516 the price drives: $3.37 more, "$2,811,324")
    assert metrics(page)["BPO over 5 years"] == "$2,811,321"


def test_a_correlation_holds_the_two_decimals_it_shows(page):
    # 0.504 showed "0.50" and drove the draws as 0.504
    page.number_input(key="escalation_correlation").set_value(0.504).run()
    assert shown(page, "escalation_correlation") == (0.5, "%.2f")
    assert page.session_state[CURRENT].uncertainty.escalation_correlation == 0.5


def test_a_rates_drift_holds_the_two_decimals_it_shows(page):
    page.selectbox(key="in_house_currency").set_value("INR").run()
    page.number_input(key="fx_rate_INR").set_value(83.0)
    for end, value in (("low", 0.0), ("mode", 4.7619), ("high", 5.0)):
        page.number_input(key=f"fx_drift_{end}_INR").set_value(value)
    page.run()
    assert shown(page, "fx_drift_mode_INR") == (4.76, "%.2f")
    assert page.session_state[CURRENT].exchange_rates[0].drift_mode == pytest.approx(0.0476)


def test_a_salary_shows_its_cents_and_holds_no_more(page):
    # 52,000.504: shown to the cent, "52000.50", and used as 52,000.50 (cents are kept, not rounded to 52,001)
    page.number_input(key="in_house_annual_salary").set_value(52_000.504).run()
    assert shown(page, "in_house_annual_salary") == (52_000.5, "%.2f")
    assert page.session_state[CURRENT].in_house.annual_salary == 52_000.5


def test_a_rate_shows_the_digits_it_holds_to_nine_decimals(page):
    """An exchange rate is not rounded to the field's four decimals (0.30745 kuwaiti dinars to the dollar is no
    0.3075): its field shows the digits it holds, to nine, as every message writes a rate."""
    page.selectbox(key="in_house_currency").set_value("INR").run()
    page.number_input(key="fx_rate_INR").set_value(83.12345).run()
    assert shown(page, "fx_rate_INR") == (83.12345, "%.5f")
    assert page.session_state[CURRENT].exchange_rates[0].rate == 83.12345
    page.number_input(key="fx_rate_INR").set_value(83.1234567891).run()
    assert shown(page, "fx_rate_INR") == (83.123456789, "%.9f")
    assert page.session_state[CURRENT].exchange_rates[0].rate == 83.123456789
    page.number_input(key="fx_rate_INR").set_value(83.0).run()
    assert shown(page, "fx_rate_INR") == (83.0, "%.4f")  # the field's own four decimals: "83.0000"


def test_a_comma_locales_text_fields_hold_what_they_show(monkeypatch):
    """The same rule in the comma browsers' text fields (de-DE), a path of its own: with only the number fields'
    value rounded to what they show, "25,00004" showed "25,00" and priced the BPO at 25.00004 ("$2.811.324"), and
    every test passed (h21tests). The text field writes with Python's printf, half to even on the float: 0.125 is
    exact in binary, so "0,125" shows "0,12" (the number field's sprintf-js shows "0.13") and is held as 0.12."""
    from dashboard_app import ROOT

    from views.store import text_key

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    at.run()
    at.toggle(key="bpo_use_quote").set_value(True).run()
    for end in ("low", "high"):
        at.text_input(key=text_key(f"bpo_quote_{end}")).input("25,00004").run()
        assert at.text_input(key=text_key(f"bpo_quote_{end}")).value == "25,00"
    bpo = at.session_state[CURRENT].bpo
    assert (bpo.low, bpo.high) == (25.0, 25.0)
    assert metrics(at)["BPO over 5 years"] == "$2.811.321"  # README's $2,811,321 at $25 an hour, written the German way
    at.text_input(key=text_key("in_house_annual_salary")).input("52000,504").run()
    assert at.text_input(key=text_key("in_house_annual_salary")).value == "52.000,50"
    assert at.session_state[CURRENT].in_house.annual_salary == 52_000.5
    at.text_input(key=text_key("escalation_correlation")).input("0,125").run()
    assert at.text_input(key=text_key("escalation_correlation")).value == "0,12"
    assert at.session_state[CURRENT].uncertainty.escalation_correlation == 0.12


@pytest.mark.parametrize(("value", "locale", "places", "want"), [
    (25.004, None, 2, 25.0),
    (0.125, None, 2, 0.13),  # sprintf-js's toFixed: a tie (0.125 is exact in binary) away from zero
    (-0.125, None, 2, -0.13),
    (0.125, "de_DE", 2, 0.12),  # the comma browsers' text field, Python's printf: half to even
    (1.005, None, 2, 1.0),  # the float 1.005 is 1.00499999999999989...
    (2.5, None, 0, 3.0),
    (83.1234567891, None, 9, 83.123456789),
])
def test_a_value_as_its_field_writes_it(value, locale, places, want):
    assert as_shown(value, locale, places) == want


# --- 2. a rate's yearly change is restated with the rate when "Report in" changes ----------------------------------


def _infos(at: AppTest) -> str:
    return " ".join(i.value for i in at.info)


def test_a_rates_yearly_change_is_restated_against_the_new_reporting_currency(page):
    """A drift is the yearly change of the rate itself, so it depends on the base: with 1 USD = 83 INR rising 2% a
    year (0% to 5%) and 1 USD = 0.92 EUR rising 5% (0% to 10%), 1 EUR = 83 / 0.92 = 90.2174 INR changes
    1.02 / 1.05 − 1 = −2.86% a year, its ends 1.00 / 1.05 − 1 = −4.76% and 1.05 / 1.05 − 1 = 0%. It was kept as
    typed, +2%: the rupee team's euro cost then fell where it held. The pair itself the other way round:
    1 EUR = 1 / 0.92 = 1.08696 USD, 1 / 1.10 − 1 = −9.09% to 1 / 1.00 − 1 = 0%, most likely 1 / 1.05 − 1 = −4.76%."""
    page.selectbox(key="in_house_currency").set_value("INR").run()
    page.toggle(key="bpo_use_quote").set_value(True).run()
    page.selectbox(key="bpo_currency").set_value("EUR").run()
    page.number_input(key="fx_rate_INR").set_value(83.0)
    page.number_input(key="fx_rate_EUR").set_value(0.92)
    for code, ends in (("INR", (0.0, 2.0, 5.0)), ("EUR", (0.0, 5.0, 10.0))):
        for end, value in zip(("low", "mode", "high"), ends, strict=True):
            page.number_input(key=f"fx_drift_{end}_{code}").set_value(value)
    page.number_input(key="in_house_annual_salary").set_value(3_452_800.0).run()
    assert not page.exception and not page.error, [e.value for e in page.error]
    page.selectbox(key="reporting_currency").set_value("EUR").run()
    assert not page.exception and not page.error, [e.value for e in page.error]
    rates = {r.target: r for r in page.session_state[CURRENT].exchange_rates}
    inr, usd = rates["INR"], rates["USD"]
    assert inr.rate == 90.2174
    assert (inr.drift_low, inr.drift_mode, inr.drift_high) == pytest.approx((-0.0476, -0.0286, 0.0))
    assert usd.rate == 1.08696
    assert (usd.drift_low, usd.drift_mode, usd.drift_high) == pytest.approx((-0.0909, -0.0476, 0.0))
    assert [page.number_input(key=f"fx_drift_{end}_INR").value for end in ("low", "mode", "high")] == [-4.76, -2.86, 0.0]
    assert "1 EUR = 90.2174 INR (yearly change -4.76% to 0%, most likely -2.86%)" in _infos(page)
    # and back to dollars: 1 USD = 90.2174 / 1.08696 = 83.0000 INR, its change (1 − 0.0286) / (1 − 0.0476) − 1 =
    # +2.00% (0.9714 / 0.9524 = 1.01995: a hundredth of a percent off, the fields' two decimals), ends 0% and 5%
    page.selectbox(key="reporting_currency").set_value("USD").run()
    assert not page.exception and not page.error, [e.value for e in page.error]
    rates = {r.target: r for r in page.session_state[CURRENT].exchange_rates}
    # 90.2174 / 1.08696 = 82.99974: the six figures each restated rate is held to (1.08696 × 83 = 90.21768)
    assert rates["INR"].rate == 82.9997
    assert (rates["INR"].drift_low, rates["INR"].drift_mode, rates["INR"].drift_high) == pytest.approx((0.0, 0.0199, 0.05))
    assert [page.number_input(key=f"fx_drift_{end}_INR").value for end in ("low", "mode", "high")] == [0.0, 1.99, 5.0]


def test_a_rate_emptied_for_want_of_the_pair_loses_its_yearly_change_too(page):
    """Reporting in dollars with a rupee team at 83 rising 2% a year, then Report in -> GBP with no pound rate: the
    rupee's rate is emptied (it was against the dollar), and its change with it, not kept as if against the pound."""
    page.selectbox(key="in_house_currency").set_value("INR").run()
    page.number_input(key="fx_rate_INR").set_value(83.0)
    page.number_input(key="fx_drift_mode_INR").set_value(2.0)
    page.number_input(key="fx_drift_high_INR").set_value(5.0).run()
    page.selectbox(key="reporting_currency").set_value("GBP").run()
    assert not page.exception
    assert page.number_input(key="fx_rate_INR").value is None
    assert [page.number_input(key=f"fx_drift_{end}_INR").value for end in ("low", "mode", "high")] == [0.0, 0.0, 0.0]
    assert "The rate of INR against USD emptied, with its yearly change: give 1 GBP = … INR." in _infos(page)


def test_a_drifting_dollar_rate_that_prices_no_part_is_no_uncertain_input():
    """Reporting in rupees, the dollar's rate is kept for the sources' figures with no part priced in dollars; a
    yearly change range on it (the pair's restated on "Report in", or typed) raised an IndexError in every estimate.
    It moves no amount: the results are those with no drift (every figure here in rupees)."""
    from estimator.currency import ExchangeRate
    from estimator.estimate import estimate
    from estimator.scenario import InHouseInputs, Scenario, VendorManagement

    def rupees(drift_high: float) -> Scenario:
        return Scenario("Customer service", 10, currency="INR",
                        in_house=InHouseInputs(annual_salary=3_452_800, supervisor_salary=4_851_350,
                                               overhead_per_fte_month=181_521, cost_per_hire=342_707, currency="INR"),
                        vendor_management=VendorManagement(governance_salary=8_182_140),
                        exchange_rates=(ExchangeRate("INR", "USD", 1 / 83, 0.0, drift_high),))

    drifting, fixed = estimate(rupees(0.05)), estimate(rupees(0.0))
    assert drifting.horizon_total(drifting.in_house) == fixed.horizon_total(fixed.in_house)


# --- 5. a comma locale writes the app's figures its way, never a name a user typed -------------------------------


@pytest.fixture
def german(monkeypatch, tmp_path) -> AppTest:
    """The app under de-DE, on an empty scenario store of its own."""
    import streamlit as st
    from dashboard_app import ROOT

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    st.cache_resource.clear()
    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    at.run()
    assert not at.exception
    return at


def _save_as(at: AppTest, name: str) -> None:
    at.switch_page("views/scenarios.py").run()
    at.text_input(key="save_name").set_value(name)
    at.button(key="action_save").click().run()
    assert not at.exception, at.exception


def _unescaped(text: str) -> str:
    import re

    return re.sub(r"\\(.)", r"\1", text)


def test_a_typed_scenario_name_keeps_its_figures_in_a_german_chart(german):
    """de-DE: "Plan 1.5" read "Plan 1,5" in the comparison chart's legend and title (and its words), while the table
    beside it kept the name as typed. The app's figures are still written the German way: the README's run rate,
    $33,366.67 of fees + $5,380.83 of governance = $38,747 a month, reads "$38.747"."""
    import json

    _save_as(german, "Plan 1.5")
    german.switch_page("views/estimate.py").run()
    german.slider(key="fte").set_value(20).run()
    _save_as(german, "Plan 20.25")
    german.multiselect(key="compare_pick").set_value(["Plan 1.5", "Plan 20.25"]).run()
    assert not german.exception
    words = [_unescaped(c.value) for c in german.caption if c.value.startswith("Chart in words")]
    assert words == ["Chart in words: Cheapest a month: BPO in 'Plan 1.5', $38.747."]
    spec = json.loads(german.get("plotly_chart")[0].proto.spec)
    assert [t["name"] for t in spec["data"]] == ["Plan 1.5", "Plan 20.25"]
    assert spec["layout"]["title"]["text"] == "Cheapest a month: BPO in 'Plan 1.5', $38.747"
    german.segmented_control(key="compare_chart").set_value("cumulative").run()
    spec = json.loads(german.get("plotly_chart")[0].proto.spec)
    assert {t["name"] for t in spec["data"]} >= {"Plan 1.5 · In-house", "Plan 20.25 · BPO"}
    # the table as before: the names as typed
    table = german.table[-1].value
    assert set(table["Scenario"].map(_unescaped)) == {"Plan 1.5", "Plan 20.25"}


def test_a_typed_queue_name_keeps_its_figures_in_a_german_chart():
    """The Contact centre's staffing curve under de-DE: its traces are named after the queues a user typed ("Chat 2.5:
    agents needed" read "Chat 2,5: agents needed"); the figures the app writes are German (1.234,5)."""
    from views.chart_handoff import browser_figure, in_locale, typed_names

    fig = browser_figure({"data": [{"type": "scatter", "x": [1], "y": [2], "name": "Chat 2.5: agents needed",
                                    "text": ["1,234.5 agents"]}], "layout": {"title": {"text": "Chat 2.5 needs 1,234.5"}}})
    shown = in_locale(fig, "de_DE", typed_names(["Chat 2.5"]))
    assert shown.data[0].name == "Chat 2.5: agents needed"
    assert list(shown.data[0].text) == ["1.234,5 agents"]
    assert shown.layout.title.text == "Chat 2.5 needs 1.234,5"


def test_the_contact_centre_page_keeps_a_typed_queue_name_in_its_german_chart():
    """The page itself, not only chart_handoff: an interval file whose chat queue is named "Chat 2.5", under de-DE.
    With the page handing no names to keep (typed_names([])) the test above still passed and the page read
    "Chat 2,5: agents needed" and "Chat 2,5 needs up to" (h21tests)."""
    import json

    from views.contact_centre import KEPT_UPLOAD, _sample

    at = dashboard(60)
    at.context = {"locale": "de-DE"}
    at.run()
    at.switch_page("views/contact_centre.py").run()
    at.segmented_control(key="cc_source").set_value("file").run()
    at.session_state[KEPT_UPLOAD] = ("queues.csv", _sample().replace(",Chat,", ",Chat 2.5,").encode())
    at.run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = [t["name"] for t in spec["data"]]
    assert "Chat 2.5: agents needed" in names and "Chat 2.5: contacts offered" in names
    assert not [n for n in names if "2,5" in n]
    (title,) = [m.value for m in at.markdown if "chart-title" in m.value]
    assert "Chat 2.5 needs up to" in title and "2,5" not in title


# --- 4. the Python API converts the sources' dollar defaults, or refuses naming them --------------------------------


def test_a_rupee_scenario_without_a_dollar_rate_refuses_the_dollar_defaults_naming_them():
    """Scenario(currency="INR") took the vendor manager's $98,580 as 98,580 rupees (about $1,190 a year at 83) and
    the agent's $41,600 as rupees, without a word. A file and the page convert them at the dollar rate."""
    from estimator.scenario import InputError, Scenario

    with pytest.raises(InputError) as caught:
        Scenario("Customer service", 10, currency="INR")
    assert caught.value.field == "exchange_rates.USD.rate"
    assert ("in_house.annual_salary, in_house.supervisor_salary, in_house.overhead_per_fte_month, in_house.cost_per_hire "
            "and vendor_management.governance_salary are not given, and the sources' defaults are US dollars, converted "
            "to INR at that rate; or give them in INR") in caught.value.reason


def test_a_rupee_scenario_converts_the_dollar_defaults_at_its_dollar_rate_as_a_file_does(book):
    """At 1 INR = 1/83 USD: $41,600 × 83 = ₹34,52,800, $58,450 × 83 = ₹48,51,350, $2,187 × 83 = ₹1,81,521,
    $4,129 × 83 = ₹3,42,707, the vendor manager's $98,580 × 83 = ₹81,82,140; the same as a file leaving them out."""
    from estimator.currency import ExchangeRate
    from estimator.scenario import IN_HOUSE_MONEY, Scenario, scenario_from_dict

    rate = ExchangeRate("INR", "USD", 1 / 83)
    s = Scenario("Customer service", 10, currency="INR", exchange_rates=(rate,))
    want = {"annual_salary": 3_452_800, "supervisor_salary": 4_851_350, "overhead_per_fte_month": 181_521,
            "cost_per_hire": 342_707}
    assert {k: getattr(s.in_house, k) for k in IN_HOUSE_MONEY} == want
    assert s.vendor_management.governance_salary == 8_182_140
    f = scenario_from_dict({"function": "Customer service", "currency": "INR", "workload": {"fte": 10}, "bpo": None,
                            "kpo": None, "exchange_rates": {"USD": {"rate": 1 / 83}}}, book)
    assert {k: getattr(f.in_house, k) for k in IN_HOUSE_MONEY} == want
    assert f.vendor_management.governance_salary == 8_182_140


def test_a_figure_given_in_the_api_is_kept_as_given_and_dollars_are_as_before():
    from estimator.currency import ExchangeRate
    from estimator.scenario import InHouseInputs, Scenario, VendorManagement

    # rupees typed: kept (98,580 rupees is a figure a user may mean; only the left-out default is converted)
    s = Scenario("Customer service", 10, currency="INR", exchange_rates=(ExchangeRate("INR", "USD", 1 / 83),),
                 vendor_management=VendorManagement(governance_salary=98_580.0))
    assert s.vendor_management.governance_salary == 98_580
    # the in-house team paid in dollars, reported in rupees: its dollar defaults stay dollars
    s = Scenario("Customer service", 10, currency="INR", in_house=InHouseInputs(currency="USD"),
                 exchange_rates=(ExchangeRate("INR", "USD", 1 / 83),))
    assert (s.in_house.annual_salary, s.vendor_management.governance_salary) == (41_600, 8_182_140)
    # in dollars, the defaults as ever
    s = Scenario("Customer service", 10)
    assert (s.in_house.annual_salary, s.vendor_management.governance_salary) == (41_600, 98_580)
