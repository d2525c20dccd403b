"""Defects a new user met walking the dashboard in Chromium (session 13): each test failed before its fix.

Screenshots of the walk are not kept; each test says what the user saw.
"""

from __future__ import annotations

from estimator.assumptions import ASSUMPTIONS
from estimator.estimate import estimate
from estimator.meeting import source_lines
from estimator.report import _assumption_rows
from estimator.scenario import Scenario, VendorPrice


def test_an_assumption_share_is_printed_as_the_model_uses_it():
    """The report, the deck's sources, the workbook's Sources sheet and the Sources page printed the default 4.5%
    vendor governance as "4%", 12.5% transition as "12%", 3.7% wage inflation as "4%" and 2.9% escalation as "3%",
    beside results computed from the exact figures (whole percent, rounded half to even)."""
    a = ASSUMPTIONS
    assert a["governance_rate"].show(0.045) == "4.5%"
    assert a["transition_rate"].show(0.125) == "12.5%"
    assert a["vendor_selection_rate"].show(0.035) == "3.5%"
    assert a["wage_inflation"].show(0.037) == "3.7%"
    assert a["contract_escalation"].show_range(0.029, 0.034) == "2.9%–3.4%"
    assert a["shrinkage"].show(0.3) == "30%"  # a whole percent stays whole: "30%", not "30.0%"
    rows = dict((label, shown) for label, shown, _ in _assumption_rows(estimate(Scenario("Customer service", 10))))
    assert rows["Vendor governance"] == "4.5%" and rows["Transition (one-time)"] == "12.5%"


def test_a_vendor_price_in_the_exports_is_money_or_percent_with_its_unit():
    """The report's assumptions table and the deck's (and workbook's) sources listed the BPO price as
    "20–30 (per hour)" and a KPO savings share as "0.4–0.6 (savings share)": no currency, a share as a fraction."""
    est = estimate(Scenario("Research and analysis", 10, bpo=VendorPrice("per_month", 45, 1500, option="bpo"),
                            kpo=VendorPrice("savings_share", 0.4, 0.6, option="kpo")))
    rows = {label: shown for label, shown, _ in _assumption_rows(est)}
    assert rows["BPO price"] == "$45–$1,500 per billing unit a month"
    assert rows["KPO price"] == "40%–60% below in-house cost"
    lines = source_lines(est)
    assert lines[0] == "BPO price $45–$1,500 per billing unit a month: vendor quote"
    assert lines[1] == "KPO price 40%–60% below in-house cost: vendor quote"
