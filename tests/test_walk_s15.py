"""Defects a new user met walking the dashboard in Chromium (session 15: a finance manager budgeting in euros, at
1280 × 720 and on a 390 × 844 phone, mostly with the keyboard): each test failed before its fix and says what she
saw."""

from __future__ import annotations

from dashboard_app import dashboard

from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.meeting import source_lines, source_rows
from estimator.scenario import InHouseInputs, Scenario, VendorPrice


def _euro_it() -> Scenario:
    # her case: IT in euros, her own salary, a BPO quote in euros
    return Scenario("IT and software operations", 10, currency="EUR", in_house=InHouseInputs(annual_salary=68_000.0),
                    bpo=VendorPrice("per_hour", 45, 60, option="bpo"))


def test_the_sources_list_money_in_the_currency_it_is_given_in():
    """The deck's Sources slide, the report's assumptions table and the Sources page of a scenario in euros read
    "Salary per FTE 68,000 USD/year" and "Vendor manager salary 98,580 USD/year": both are euros there."""
    used = {label: value for label, value, _ in source_rows(estimate(_euro_it()))}
    assert used["Salary per FTE"] == "68,000 EUR/year"
    assert used["Supervisor salary"] == "58,450 EUR/year"
    assert used["Overhead per FTE"] == "2,187 EUR/month"  # the scenario's default (the page sets IT's own)
    assert used["Cost per hire"] == "4,129 EUR/hire"
    assert used["Vendor manager salary"] == "98,580 EUR/year"
    assert not [line for line in source_lines(estimate(_euro_it())) if "USD/" in line]
    # a team paid in rupees, reported in dollars: its pay in rupees, the retained manager (at home) in dollars
    abroad = Scenario("Customer service", 10, in_house=InHouseInputs(annual_salary=498_000.0, supervisor_salary=1_245_000.0,
                                                                     overhead_per_fte_month=8_300.0,
                                                                     cost_per_hire=41_500.0, currency="INR"),
                      exchange_rates=(ExchangeRate("USD", "INR", 83.0),))
    used = {label: value for label, value, _ in source_rows(estimate(abroad))}
    assert used["Salary per FTE"] == "498,000 INR/year"
    assert used["Vendor manager salary"] == "98,580 USD/year"


def test_the_vendor_managers_salary_is_labelled_in_the_reporting_currency():
    """Reporting in euros, the sidebar's "Managing a vendor" read "Vendor manager salary (USD/year)", while the
    governance floor takes that figure in the reporting currency (euros)."""
    at = dashboard(60)
    at.run()
    at.selectbox(key="reporting_currency").set_value("EUR").run()
    assert not at.exception
    assert at.number_input(key="vm_governance_salary").label == "Vendor manager salary (EUR/year)"
