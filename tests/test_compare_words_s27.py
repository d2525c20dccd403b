"""Session 27's walk of the Scenarios page's compare and its workbook: inputs read as internal codes, money two ways.

Saved "Plan A" (the defaults, a BPO quote of $38-$50 an hour), then on the Estimate page "Fees rise each year with"
Delivery-country wage growth, ramp-up "20, 10" (%), "The vendor bills during transition" on, the Distribution
Triangular and the quote's most likely $45.50; saved as "Plan B terms" and compared. "Inputs that differ" read
"delivery_wages | home_cpi", "true | false", "[0.2, 0.1] | [0.3, 0.2, 0.1]", "triangular | pert" and
"45.5 USD per productive hour"; the workbook's Inputs sheet also "ranges", "Seed | 2,026", "Draw the sources'
ranges | true", "Staff transfer to the vendor | false". Each expected value below is written by hand, as the
sidebar shows it (its select's label, its toggle On or Off, the ramp-up's percent as typed) and money as the rest of
the app writes a price ("$45.50 per productive hour", estimator.formatting.price_money).
"""

from __future__ import annotations

import io
from dataclasses import replace

from openpyxl import load_workbook

from estimator.compare import compare, differing_inputs, readable_inputs
from estimator.compare_workbook import comparison_workbook
from estimator.currency import ExchangeRate
from estimator.scenario import InputRange, People, Scenario, Uncertainty, VendorPrice, VendorTerms

FEW = Uncertainty(draws=500)  # the Monte Carlo is not what is checked here: few draws keep the workbook quick
PLAN_A = Scenario("Customer service", 10, name="Plan A", bpo=VendorPrice("per_hour", 38, 50), uncertainty=FEW)
PLAN_B = replace(PLAN_A, name="Plan B terms", bpo=VendorPrice("per_hour", 38, 50, mode=45.5),
                 vendor_terms=VendorTerms(escalation_index="delivery_wages", ramp_up=(0.2, 0.1),
                                          bills_during_transition=True),
                 uncertainty=replace(FEW, distribution="triangular"))


def _shown(*scenarios: Scenario) -> dict[str, dict[str, str]]:
    return readable_inputs(differing_inputs(list(scenarios)), list(scenarios)).to_dict("index")


def test_the_walks_inputs_that_differ_read_as_the_sidebar_shows_them():
    assert _shown(PLAN_A, PLAN_B) == {
        "Fees rise each year with": {"Plan A": "Home CPI (contract escalation)",
                                     "Plan B terms": "Delivery-country wage growth"},
        "The vendor bills during transition": {"Plan A": "Off", "Plan B terms": "On"},
        "Ramp-up: extra vendor hours in months 1, 2, 3… after go-live": {"Plan A": "30%, 20%, 10%",
                                                                          "Plan B terms": "20%, 10%"},
        "BPO price, most likely": {"Plan A": "—", "Plan B terms": "$45.50 per productive hour"},
        "Distribution of each range": {"Plan A": "PERT", "Plan B terms": "Triangular"},
    }


def _inputs_sheet(*scenarios: Scenario) -> dict[str, tuple[str, ...]]:
    ws = load_workbook(io.BytesIO(comparison_workbook(compare(list(scenarios)))))["Inputs"]
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    return {r[0]: r[1:] for r in rows}


def test_the_workbooks_inputs_sheet_reads_as_the_sidebar_shows_every_input():
    sheet = _inputs_sheet(PLAN_A, PLAN_B)  # (Plan A, Plan B terms, Differs)
    assert sheet["Fees rise each year with"] == ("Home CPI (contract escalation)", "Delivery-country wage growth", "yes")
    assert sheet["The vendor bills during transition"] == ("Off", "On", "yes")
    assert sheet["Ramp-up: extra vendor hours in months 1, 2, 3… after go-live"] == ("30%, 20%, 10%", "20%, 10%", "yes")
    assert sheet["Distribution of each range"] == ("PERT", "Triangular", "yes")
    assert sheet["Seed"] == ("2026", "2026", None)  # a seed is a name for the draws, not a count: no separator
    assert sheet["Draw the sources' ranges"] == ("On", "On", None)
    assert sheet["Staff transfer to the vendor"] == ("Off", "Off", None)
    assert sheet["Give assumptions as ranges"] == ("Off", "Off", None)  # the row named "ranges", of dashes
    assert sheet["KPO price"] == ("—", "—", None)  # the row named "kpo": no KPO price in either
    # money as the workbook's other rows write it ("$41,600/year"), not "38 USD per productive hour"
    assert sheet["BPO price, low end"] == ("$38 per productive hour", "$38 per productive hour", None)
    assert sheet["BPO price, high end"] == ("$50 per productive hour", "$50 per productive hour", None)
    assert sheet["BPO price, most likely"] == ("—", "$45.50 per productive hour", "yes")
    assert sheet["Salary per FTE"] == ("$41,600/year", "$41,600/year", None)
    # no path, no JSON, no true/false is left
    assert not [name for name in sheet if "." in name or "_" in name or name in ("ranges", "bpo", "kpo")]
    values = [v for row in sheet.values() for v in row[:2]]
    assert not {"true", "false", "home_cpi", "delivery_wages", "pert", "triangular"} & set(values)
    assert not [v for v in values if v.startswith("[") or " USD " in v]


def test_ranges_given_in_one_scenario_only_read_as_the_sidebars_toggle_then_each_range():
    ranged = replace(PLAN_A, name="Ranged", ranges=(InputRange("shrinkage", 0.2, 0.4),))
    shown = _shown(PLAN_A, ranged)
    assert shown["Give assumptions as ranges"] == {"Plan A": "Off", "Ranged": "On"}
    assert shown["Shrinkage, range low end"] == {"Plan A": "—", "Ranged": "20%"}
    assert shown["Shrinkage, range high end"] == {"Plan A": "—", "Ranged": "40%"}
    both = replace(ranged, name="Also ranged", ranges=(InputRange("shrinkage", 0.25, 0.4),))
    assert "Give assumptions as ranges" not in _shown(ranged, both)  # on in both: not a difference


def test_switches_seed_and_ramp_up_that_differ():
    other = replace(PLAN_A, name="Other", people=People(staff_transfer=True),
                    vendor_terms=VendorTerms(ramp_up=(0.125,)),
                    uncertainty=replace(FEW, seed=4_294_967_295, sourced_ranges=False, distribution="uniform"))
    shown = _shown(PLAN_A, other)
    assert shown["Staff transfer to the vendor"] == {"Plan A": "Off", "Other": "On"}
    assert shown["Draw the sources' ranges"] == {"Plan A": "On", "Other": "Off"}
    assert shown["Seed"] == {"Plan A": "2026", "Other": "4294967295"}
    assert shown["Distribution of each range"] == {"Plan A": "PERT", "Other": "Uniform"}
    assert shown["Ramp-up: extra vendor hours in months 1, 2, 3… after go-live"] == {"Plan A": "30%, 20%, 10%",
                                                                                      "Other": "12.5%"}
    none = replace(PLAN_A, name="None", vendor_terms=VendorTerms(ramp_up=()))
    assert _shown(PLAN_A, none)["Ramp-up: extra vendor hours in months 1, 2, 3… after go-live"] == {
        "Plan A": "30%, 20%, 10%", "None": "none"}


def test_quotes_read_in_each_quotes_own_currency_as_the_app_writes_a_price():
    # euros for the reporting currency; a quote in rupees says its own currency, grouped in lakhs as the app's rupees;
    # a monthly price per billing unit, cents kept where typed and none where whole
    dollar = ExchangeRate("EUR", "USD", 1.08)  # the sources' defaults are dollars
    euros = Scenario("Customer service", 10, name="Euros", currency="EUR", bpo=VendorPrice("per_hour", 25.5, 30),
                     exchange_rates=(dollar,))
    rupees = replace(euros, name="Rupees", bpo=VendorPrice("per_hour", 1_660, 124_900, currency="INR"),
                     exchange_rates=(dollar, ExchangeRate("EUR", "INR", 90.0)))
    monthly = replace(euros, name="Monthly", bpo=VendorPrice("per_month", 45, 1_500, units=300))
    shown = _shown(euros, rupees, monthly)
    assert shown["BPO price, low end"] == {"Euros": "€25.50 per productive hour", "Rupees": "₹1,660 per productive hour",
                                           "Monthly": "€45 per billing unit a month"}
    assert shown["BPO price, high end"] == {"Euros": "€30 per productive hour",
                                            "Rupees": "₹1,24,900 per productive hour",
                                            "Monthly": "€1,500 per billing unit a month"}


def test_the_sidebar_shows_the_compared_fields_and_choices_in_the_same_words(monkeypatch, tmp_path):
    # one home for the words (estimator.compare.INPUT_NAMES, estimator.scenario's labels): the Estimate page's fields
    # and choices read as the comparison above writes them (labels hand-written here)
    from dashboard_app import dashboard

    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    at = dashboard()
    at.run()
    assert not at.exception
    distribution = at.selectbox(key="distribution")
    assert distribution.label == "Distribution of each range"
    assert distribution.options == ["Uniform", "Triangular", "PERT"]
    index = at.selectbox(key="vt_escalation_index")
    assert index.label == "Fees rise each year with"
    assert index.options == ["Home CPI (contract escalation)", "Delivery-country wage growth"]
    ramp = at.text_input(key="vt_ramp_up")
    assert (ramp.label, ramp.value) == ("Ramp-up: extra vendor hours in months 1, 2, 3… after go-live (%)", "30, 20, 10")
    assert at.toggle(key="vt_bills_during_transition").label == "The vendor bills during transition"
    assert at.toggle(key="pp_staff_transfer").label == "Staff transfer to the vendor"
    assert at.toggle(key="ranges_on").label == "Give assumptions as ranges"
    assert (at.number_input(key="draws").label, at.number_input(key="seed").label) == ("Draws", "Seed")
