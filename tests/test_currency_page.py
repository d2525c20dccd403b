"""The Currency expander through AppTest: a rupee in-house team priced in dollars, a bad rate reported with the rate
used, a page switch, money written in the reporting currency's own way, and a link in two currencies read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest

from estimator.currency import ExchangeRate
from estimator.interchange import _leaves
from estimator.scenario import InHouseInputs, InputRange, Scenario, VendorPrice, reference_price, scenario_to_dict
from views.share import CURRENT, encode, widget_state

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def page() -> AppTest:
    at = dashboard(60)
    at.run()
    assert not at.exception
    return at


def assert_same(got: Scenario, want: Scenario) -> None:
    """Every value of the JSON forms equal; numbers to a rounding (shares go through the page in percent)."""
    a, b = dict(_leaves(scenario_to_dict(got))), dict(_leaves(scenario_to_dict(want)))
    assert a.keys() == b.keys()
    assert {k: v for k, v in a.items() if v != pytest.approx(b[k])} == {}


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def test_a_rupee_team_asks_for_the_rate_then_prices_in_dollars(page: AppTest) -> None:
    page.selectbox(key="in_house_currency").set_value("INR").run()
    assert errors(page) == ["Please check an input. Exchange rate (INR): give how many INR one USD buys "
                            "(Currency, '1 USD = ... INR')"]
    page.number_input(key="fx_rate_INR").set_value(83.0).run()
    # the dollar default pay, 41,600, converted (it was read as 41,600 rupees, below the floor of 1,000 USD = 83,000
    # INR): 41,600 × 83 = 3,452,800 INR
    assert errors(page) == []
    assert page.number_input(key="in_house_annual_salary").value == 3_452_800
    page.number_input(key="in_house_annual_salary").set_value(498_000.0)
    page.number_input(key="in_house_supervisor_salary").set_value(1_245_000.0)
    page.number_input(key="in_house_overhead_per_fte_month").set_value(8_300.0)
    page.number_input(key="in_house_cost_per_hire").set_value(41_500.0)
    for end, value in (("low", 0.0), ("mode", 2.0), ("high", 5.0)):
        page.number_input(key=f"fx_drift_{end}_INR").set_value(value)
    page.run()
    assert errors(page) == []
    s = page.session_state[CURRENT]
    assert s.in_house.currency == "INR" and s.currency == "USD"
    assert s.exchange_rates == (ExchangeRate("USD", "INR", 83.0, 0.0, 0.05, drift_mode=0.02),)
    # the in-house figures in rupees: labels say so
    assert page.number_input(key="in_house_annual_salary").label == "Salary per FTE (INR/year)"
    # a zero rate is refused next to the results, which keep using 83
    page.number_input(key="fx_rate_INR").set_value(0.0).run()
    assert any("Exchange rate, INR per USD: 0 is outside" in w.value and "the results use 83" in w.value
               for w in page.warning)
    assert page.session_state[CURRENT].exchange_rates[0].rate == 83.0
    # kept across a page switch (the store, as every input)
    page.number_input(key="fx_rate_INR").set_value(84.5).run()
    page.switch_page("views/sources.py").run()
    page.switch_page("views/estimate.py").run()
    assert not page.exception
    assert page.selectbox(key="in_house_currency").value == "INR"
    assert page.number_input(key="fx_rate_INR").value == 84.5
    assert page.number_input(key="fx_drift_high_INR").value == 5.0


def test_results_are_written_in_the_reporting_currency(book) -> None:
    # everything in euros, the price book's dollar range at 1 EUR = 1.10 USD
    s = Scenario("Customer service", 10, currency="EUR", in_house=InHouseInputs(currency="EUR"),
                 bpo=reference_price(book, "Customer service", "bpo"),
                 exchange_rates=(ExchangeRate("EUR", "USD", 1.10),))
    fresh = dashboard(60)
    fresh.query_params["s"] = encode(s)
    fresh.run()
    assert not fresh.exception and errors(fresh) == []
    values = [m.value for m in fresh.metric[:2]]
    assert all(v.startswith("€") for v in values), values
    assert_same(fresh.session_state[CURRENT], s)


def test_a_link_in_two_currencies_comes_back_unchanged() -> None:
    s = Scenario("Customer service", 12, name="Abroad",
                 in_house=InHouseInputs(annual_salary=498_000, supervisor_salary=1_245_000, currency="INR"),
                 bpo=VendorPrice("per_hour", 14, 18, option="bpo", currency="EUR"),
                 exchange_rates=(ExchangeRate("USD", "EUR", 0.92, -0.02, 0.03, drift_mode=0.01),
                                 ExchangeRate("USD", "INR", 83.0, 0.0, 0.05)))
    at = dashboard(60)
    at.query_params["s"] = encode(s)
    at.run()
    assert not at.exception
    assert not [i.value for i in at.info if i.value.startswith("Opened.")]
    assert_same(at.session_state[CURRENT], s)


def test_a_rupee_salary_range_fits_the_page_slider(book) -> None:
    # the slider's end converts with the rate: Rs 400,000-600,000 was past the dollar slider's 200,000
    s = Scenario("Customer service", 10, in_house=InHouseInputs(annual_salary=498_000, currency="INR"),
                 exchange_rates=(ExchangeRate("USD", "INR", 83.0),),
                 ranges=(InputRange("annual_salary", 400_000, 600_000, mode=498_000),))
    assert widget_state(s, book)["in_house_annual_salary_range"] == (400_000, 600_000)


def test_a_negative_rate_is_refused_in_plain_words(page: AppTest) -> None:
    # found by walking the page: "-5 is outside 1e-09 to 1e+09; the results use nothing (no quote)"
    page.selectbox(key="in_house_currency").set_value("INR").run()
    page.number_input(key="fx_rate_INR").set_value(-5.0).run()
    assert not page.exception
    message = " ".join(w.value for w in page.warning)
    # No rate yet, so the results are the last valid ones, marked stale: the message says what was refused and why,
    # not what the (stale) results use.
    assert "Exchange rate, INR per USD: -5 is outside 0.000000001 to 1,000,000,000." in message, message
    assert "Stale" in message


def test_the_sources_money_columns_in_the_reporting_currency_hold_money_only(book) -> None:
    """Session 27's walk, reporting in euros at 1 EUR = 1.08 USD: the Sources page's research row read "Low in EUR:
    40%", "High in EUR: 60%"; a savings share is no money, and it stands in Low and High."""
    s = Scenario("Customer service", 10, currency="EUR", in_house=InHouseInputs(currency="EUR"),
                 bpo=reference_price(book, "Customer service", "bpo"), exchange_rates=(ExchangeRate("EUR", "USD", 1.08),))
    at = dashboard(60)
    at.query_params["s"] = encode(s)
    at.run()
    at.switch_page("views/sources.py").run()
    assert not at.exception
    prices = at.table[0].value.map(lambda v: str(v).replace("\\", ""))  # cells are Markdown: "40\\%"
    research = prices[(prices["Function"] == "Research and analysis") & (prices["Model"] == "KPO")].iloc[0]
    assert (research["Low"], research["High"]) == ("40%", "60%")
    assert "%" not in research["Low in EUR"] + research["High in EUR"]
    calls = prices[(prices["Function"] == "Customer service") & (prices["Model"] == "BPO")].iloc[0]
    # $20 and $30 at 1.08 dollars a euro: 20 / 1.08 = 18.518..., 30 / 1.08 = 27.777...
    assert (calls["Low in EUR"], calls["High in EUR"]) == ("€18.52", "€27.78")
