"""Defects a new user met walking the dashboard in Chromium (session 13): each test failed before its fix.

Screenshots of the walk are not kept; each test says what the user saw.
"""

from __future__ import annotations

from chromium import ROOT

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


def test_sliders_show_money_with_separators_and_a_percent_slider_adds_no_float_noise(monkeypatch):
    """Human resources' BPO price slider read "$45.0" to "$1500.0" (and "$0.0" to "$5000.0"), the customer-service one
    "$20.0"; with ranges on, the salary range read "31200" to "52000". And the default 2.9% contract escalation went
    through its percent slider to the JSON, the CSV and the share link as 0.029000000000000005."""
    from dashboard_app import dashboard

    from views.estimate import LAST_VALID

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    assert not at.exception
    assert at.slider(key="bpo_price").proto.format == "$%,.2f"  # $0.50 steps: to the cent
    assert at.session_state[LAST_VALID].business_case.contract_escalation == 0.029
    at.toggle(key="ranges_on").set_value(True).run()
    assert at.slider(key="in_house_annual_salary_range").proto.format == "%,.0f"
    at.selectbox(key="function").set_value("Human resources").run()
    assert not at.exception
    assert at.slider(key="bpo_price").proto.format == "$%,.0f"


def test_the_mix_page_says_a_saving_as_the_estimate_page_does(monkeypatch, tmp_path):
    """The Mix of functions page's plans read "↓ -$2,733,658 (-29%) vs all in-house" (a saving as two minus signs)
    and "-$2,120,057 vs all in-house" (no percent), where the Estimate page reads "$1,990,160 (41%) below
    in-house"."""
    import re

    from dashboard_app import fresh_dashboard

    at = fresh_dashboard(monkeypatch, tmp_path)
    at.switch_page("views/portfolio.py").run()
    assert not at.exception
    deltas = {m.label: m.delta for m in at.metric if m.delta}
    # the page's example mix: customer service to BPO, research to KPO, both cheaper than in-house
    assert set(deltas) == {"Chosen mix over 5 years", "All outsourced over 5 years"}
    for delta in deltas.values():
        assert re.fullmatch(r"\$[\d,]+ \(\d+%\) below all in-house", delta), delta


def test_chart_in_words_keeps_it_and_says_no_range_of_one_figure():
    """The build-up's words read "overhead (facilities, it)" (the whole label lowered) and "In-house: $74,318 a
    month (range $74,318)"."""
    from estimator.charts import describe_buildup

    text = describe_buildup(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))))
    assert "overhead (facilities, IT) $21,870" in text  # README: 10 × $2,187
    assert "In-house: $74,318 a month: wages" in text
    assert "BPO: $38,747 a month (range $32,074–$45,421)" in text  # a range that is one still says so


def test_a_one_figure_quote_has_no_range_in_its_caption(monkeypatch):
    """A typed quote of one figure (only its low end, or both ends equal) read "Range $3.23M–$3.23M"."""
    from dashboard_app import dashboard

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    at.toggle(key="bpo_use_quote").set_value(True).run()
    at.number_input(key="bpo_quote_low").set_value(25.0).run()
    at.number_input(key="bpo_quote_high").set_value(25.0).run()
    assert not at.exception
    line = next(c.value for c in at.caption if c.value.startswith("Location not stated"))
    assert "Range" not in line and line.startswith("Location not stated · run rate $"), line


def test_compare_names_the_inputs_that_differ_as_the_sidebar_does():
    """Scenarios page, Compare: "Inputs that differ" listed paths and fractions, "workload.fte 25 | 15",
    "business_case.contract_escalation 0.029 | 0.05", "in_house.shrinkage 0.3 | 0.35"."""
    from estimator.compare import differing_inputs, readable_inputs
    from estimator.scenario import BusinessCase, InHouseInputs

    a = Scenario("Customer service", 15, name="Plan A")
    b = Scenario("Customer service", 25, name="Plan B", in_house=InHouseInputs(shrinkage=0.35),
                 business_case=BusinessCase(contract_escalation=0.05))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown == {"In-house headcount (FTE)": {"Plan A": "15", "Plan B": "25"},
                     "Shrinkage": {"Plan A": "30%", "Plan B": "35%"},
                     "Contract escalation": {"Plan A": "2.9%", "Plan B": "5%"}}


def test_an_empty_optional_field_says_what_empty_means(monkeypatch):
    """Human resources' "Employees served (billing units a month)" field, empty, read "month)": the placeholder was
    the label's last word (right for "Quote low": "low")."""
    from dashboard_app import dashboard

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    at.selectbox(key="function").set_value("Human resources").run()
    assert not at.exception
    assert at.number_input(key="bpo_units").proto.placeholder == "from headcount"
    at.toggle(key="bpo_use_quote").set_value(True).run()
    assert at.number_input(key="bpo_quote_low").proto.placeholder == "low"
