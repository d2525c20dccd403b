"""The Contact centre page in the reporting currency (issue 7): a euro scenario's costs in euros, the price book's
dollar rate converted at the rate given, the rate asked for when missing, and "Use this queue" handing the queues to
a euro estimate with or without a dollar rate given first.

Before: the page wrote every cost in dollars whatever "Report in" said; "Use this queue" in a euro scenario without
a dollar rate came back as a dollar scenario, and with one it was refused ("The scenario was not applied.
exchange_rates.USD: no amount is in USD (the in-house figures and the quotes are not): remove its rate").
"""

from __future__ import annotations

import pytest
from contact_centre_app import CC, metrics, published_queue
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest

from estimator.currency import ExchangeRate
from estimator.scenario import InputRange, Scenario
from views.share import CURRENT


def in_euros(monkeypatch, rate: float | None) -> AppTest:
    """Report in EUR on the Estimate page (its Currency expander), the dollar rate given or not, then the Contact
    centre page at the published queue (views/contact_centre_app.py)."""
    from chromium import ROOT

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    at.selectbox(key="reporting_currency").set_value("EUR").run()
    if rate is not None:
        at.number_input(key="fx_rate_USD").set_value(rate).run()
    at.switch_page(CC).run()
    assert not at.exception
    return at


def test_a_euro_page_shows_euros_at_the_dollar_rate(monkeypatch):
    page = in_euros(monkeypatch, 1.08)
    published_queue(page)
    assert page.number_input(key="cc_salary").label == "Agent salary (EUR a year)"
    assert page.slider(key="cc_vendor_rate").label == "BPO rate (USD per productive hour)"  # the price book's currency
    page.slider(key="cc_vendor_rate").set_value((40.0, 40.0)).run()
    m = metrics(page)
    # The published queue's 3,652.5 agent hours a month × 1.1 vendor hours per in-house hour × $40 = $160,710 of
    # fees, €148,805.56 at 1 EUR = 1.08 USD; governance 4.5% = €6,696.25 (above the floor of half a vendor manager,
    # €5,380.83), so €155,501.81 a month for 52,178.57 contacts: €2.98 a contact. In dollars the same month is
    # $160,710 × 1.045 = $167,941.95, $3.2186 a contact, and $3.2186 / 1.08 = €2.9802: the dollar figure / the rate.
    assert m["BPO cost a month"] == "€155,502"
    assert m["BPO cost per contact"] == "€2.98"
    assert m["In-house cost per contact"].startswith("€")
    assert any("Costs in EUR; USD at 1 EUR = 1.08 USD." in c.value for c in page.caption)
    assert not page.error


def test_the_same_queue_in_dollars_for_comparison(monkeypatch):
    """The dollar figure the test above divides by the rate, from the page itself in a dollar scenario."""
    from chromium import ROOT

    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page(CC).run()
    published_queue(at)
    at.slider(key="cc_vendor_rate").set_value((40.0, 40.0)).run()
    m = metrics(at)
    assert (m["BPO cost a month"], m["BPO cost per contact"]) == ("$167,942", "$3.22")  # $3.2186 / 1.08 = €2.98
    assert at.number_input(key="cc_salary").label == "Agent salary (USD a year)"


def test_the_page_asks_for_the_dollar_rate_and_takes_it_there(monkeypatch):
    page = in_euros(monkeypatch, None)
    assert [e.value for e in page.error] == [
        "Exchange rate (USD): give how many USD one EUR buys (Currency, '1 EUR = ... USD') (the sources' pay and cost "
        "figures are US dollars). Its field is at the foot of the sidebar, under Currency."]
    assert not page.metric
    # the Currency expander's own field, on this page: typed here, the Estimate page has it too
    page.number_input(key="fx_rate_USD").set_value(1.08).run()
    assert not page.error
    assert metrics(page)["BPO cost per contact"].startswith("€")


@pytest.mark.parametrize("rate_first", [True, False], ids=["rate given on the Estimate page", "rate given here"])
def test_use_this_queue_in_a_euro_scenario(monkeypatch, rate_first):
    page = in_euros(monkeypatch, 1.08 if rate_first else None)
    if not rate_first:
        page.number_input(key="fx_rate_USD").set_value(1.08).run()
    published_queue(page)
    page.button(key="cc_use_in_estimate").click().run()
    assert not page.exception
    assert not [m.value for m in (*page.error, *page.warning) if "not applied" in m.value or "rate" in m.value]
    assert page.segmented_control(key="workload_basis").value == "contacts"
    assert page.selectbox(key="reporting_currency").value == "EUR"
    s = page.session_state[CURRENT]
    assert s.currency == "EUR" and s.contact_centre is not None
    # 14 agents × 12 h × 21.741 days = 3,652.5 agent hours a month
    assert s.workload == pytest.approx(3_652.5, rel=1e-3)
    assert s.bpo.currency == "USD" and (s.bpo.low, s.bpo.high) == (20.0, 30.0)  # the book's range, in dollars
    assert s.exchange_rates == (ExchangeRate("EUR", "USD", 1.08),)
    # the page's pay, in euros: the sources' $41,600 at 1 EUR = 1.08 USD is 41,600 / 1.08 = €38,518.5, to whole euros;
    # so are the other sourced figures, whichever page the rate was given on: the supervisor's $58,450 / 1.08 =
    # €54,120.4, the overhead's $2,187 / 1.08 = €2,025 a month, the vendor manager's $98,580 / 1.08 = €91,277.8
    assert s.in_house.currency is None and s.in_house.annual_salary == 38_519
    assert (s.in_house.supervisor_salary, s.in_house.overhead_per_fte_month) == (54_120, 2_025)
    assert s.vendor_management.governance_salary == 91_278


def test_a_rupee_team_types_its_pay_in_rupees(monkeypatch):
    """Reporting in dollars, the in-house pay in rupees at 1 USD = 83 INR: the salary field is in rupees, its default
    the dollar default at the rate (41,600 × 83 = 3,452,800 INR), so the costs are the dollar page's; a salary typed
    in rupees converts (4,150,000 INR = 4,150,000 / 83 = $50,000 a year)."""
    from chromium import ROOT

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    at.selectbox(key="in_house_currency").set_value("INR").run()
    at.number_input(key="fx_rate_INR").set_value(83.0).run()
    at.switch_page(CC).run()
    published_queue(at)
    assert at.number_input(key="cc_salary").label == "Agent salary (INR a year)"
    assert at.number_input(key="cc_salary").value == 3_452_800
    rupees = metrics(at)
    at.number_input(key="cc_salary").set_value(4_150_000).run()
    dearer = metrics(at)
    assert not at.error
    assert rupees["In-house cost a month"].startswith("$") and dearer["In-house cost a month"].startswith("$")

    at2 = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at2.run()
    at2.switch_page(CC).run()
    published_queue(at2)
    assert metrics(at2)["In-house cost a month"] == rupees["In-house cost a month"]  # the same pay, in rupees
    at2.number_input(key="cc_salary").set_value(50_000).run()
    assert metrics(at2)["In-house cost a month"] == dearer["In-house cost a month"]


def test_a_dollar_range_on_the_estimate_page_goes_over_in_euros(monkeypatch):
    """The last valid scenario was in dollars, with the supervisor's pay as a range ($50,000 to $70,000, most likely
    $58,450); handed over in euros at 1 EUR = 1.25 USD, each end is the same pay in euros: 50,000 / 1.25 = 40,000,
    70,000 / 1.25 = 56,000 and 58,450 / 1.25 = 46,760 (it was read as €50,000 to €70,000)."""
    page = in_euros(monkeypatch, None)
    dollars = Scenario("Customer service", 10, ranges=(InputRange("supervisor_salary", 50_000, 70_000, 58_450),))
    page.session_state[CURRENT] = dollars
    page.number_input(key="fx_rate_USD").set_value(1.25).run()
    published_queue(page)
    page.button(key="cc_use_in_estimate").click().run()
    assert not page.exception
    s = page.session_state[CURRENT]
    assert s.currency == "EUR" and s.in_house.currency is None
    assert [(r.key, r.low, r.high, r.mode) for r in s.ranges if r.key == "supervisor_salary"] == [
        ("supervisor_salary", 40_000, 56_000, 46_760)]
    assert s.in_house.overhead_per_fte_month == 1_750  # $2,187 / 1.25 = €1,749.6
