"""Session 15's exports: units in the scenario's own currency, the comparison workbook for a reader, and the estimate
workbook's Monte Carlo sheet (issue 7: "every input does what it says, on every screen")."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from dashboard_app import fresh_dashboard
from test_hostile import FORMULA_START
from typed_pay import typed, typed_pay

from estimator.captive import CaptiveInputs
from estimator.compare import compare, comparison_table, currencies, differing_inputs, readable_inputs
from estimator.compare_workbook import comparison_workbook
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.export import to_csv_bytes
from estimator.meeting import source_rows
from estimator.outputs import export_bytes
from estimator.scenario import (
    BusinessCase,
    InHouseInputs,
    InputRange,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    scenario_to_dict,
)
from estimator.store import ScenarioStore
from estimator.uncertainty import chance_cheaper, simulate, tornado
from estimator.verdict import _driver
from estimator.workbook import build_workbook

BPO = VendorPrice("per_hour", 20, 30)


# --- 1. every unit in the scenario's own currency -------------------------------------------------------------------

def test_compared_euro_scenarios_name_euros_in_every_unit():
    # Scenarios page, two euro scenarios: the salary read "41,600 USD/year" | "50,000 USD/year"
    a = Scenario("Customer service", 10, name="A", currency="EUR", bpo=BPO, **typed_pay())
    b = Scenario("Customer service", 10, name="B", currency="EUR", bpo=VendorPrice("per_hour", 22, 30),
                 **typed_pay(InHouseInputs(annual_salary=50_000, cost_per_hire=5_000),
                             VendorManagement(governance_salary=90_000)),
                 ranges=(InputRange("supervisor_salary", 50_000, 70_000),))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["Salary per FTE"] == {"A": "€41,600/year", "B": "€50,000/year"}  # as the results write money (s19)
    assert shown["Cost per hire"] == {"A": "€4,129/hire", "B": "€5,000/hire"}
    assert shown["Vendor manager salary"] == {"A": "€98,580/year", "B": "€90,000/year"}
    assert shown["Supervisor salary, range low end"] == {"A": "—", "B": "€50,000/year"}
    assert shown["BPO price, low end"] == {"A": "€20 per productive hour", "B": "€22 per productive hour"}
    assert not [v for row in shown.values() for v in row.values() if "USD" in v], shown


def test_in_house_money_abroad_and_a_captive_in_dollars_read_in_their_own_currencies():
    # a USD-reporting scenario whose in-house pay is in rupees, and a captive paid in dollars (the seeds' INR unit)
    rate = ExchangeRate("USD", "INR", 83.0)
    a = Scenario("Customer service", 10, name="A", bpo=BPO, exchange_rates=(rate,),
                 in_house=InHouseInputs(currency="INR", annual_salary=3_000_000), captive=CaptiveInputs())
    b = Scenario("Customer service", 10, name="B", bpo=BPO,
                 captive=CaptiveInputs(entry_pay_month=400, senior_pay_year=30_000, currency="USD"))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["Salary per FTE"] == {"A": "₹30,00,000/year", "B": "$41,600/year"}  # rupees in lakhs (s19)
    assert shown["Offshore captive: Entry pay, India"]["B"] == "$400/month"
    assert shown["INR exchange rate"] == {"A": "1 USD = 83 INR", "B": "—"}


def test_a_euro_scenarios_sources_and_what_moves_it_name_euros():
    # the Estimate page's sources table (and the report's and deck's lines) read "41,600 USD/year" for euros
    s = Scenario("Customer service", 10, currency="EUR", bpo=BPO, **typed_pay(), ranges=(InputRange("annual_salary", 31_200, 52_000),))
    rows = {label: used for label, used, _ in source_rows(estimate(s))}
    assert rows["Salary per FTE"] == "31,200–52,000 EUR/year"
    assert rows["Overhead per FTE"] == "2,187 EUR/month"
    assert rows["Vendor manager salary"] == "98,580 EUR/year"
    salary = next(w for w in tornado(s, "bpo").swings if w.key == "annual_salary")
    words = _driver(estimate(s), salary)  # "what moves it most", beside the reality check
    assert words.startswith("Salary per FTE (€31,200–€52,000 a year) puts the saving between €") and "USD" not in words


def test_compared_currencies_are_each_scenarios_own():
    a = Scenario("Customer service", 10, name="A", bpo=BPO)
    b = typed(a, name="B", currency="EUR")
    assert currencies(compare([a, replace(a, name="C")])) == ("USD",)
    assert currencies(compare([a, b, replace(b, name="C")])) == ("USD", "EUR")


@pytest.fixture
def app(monkeypatch, tmp_path: Path):
    at = fresh_dashboard(monkeypatch, tmp_path)
    assert not at.exception
    return at


def test_the_scenarios_page_says_when_compared_currencies_differ(app):
    # a dollar and a euro scenario: the results table wrote the euro scenario's figures as dollars ("$38,747") and the
    # charts drew both on one axis. Nothing converts between them: each row in its own currency, and said so.
    store = ScenarioStore()
    store.save(scenario_to_dict(Scenario("Customer service", 10, name="Dollars", bpo=BPO)))
    store.save(scenario_to_dict(Scenario("Customer service", 10, name="Euros", currency="EUR", bpo=BPO, **typed_pay())))
    app.switch_page("views/scenarios.py").run()
    app.multiselect(key="compare_pick").set_value(["Dollars", "Euros"]).run()
    assert not app.exception, app.exception
    warning = " ".join(w.value for w in app.warning)
    assert "different currencies (USD, EUR)" in warning and "not converted" in warning, warning
    # the results: a static table (session 19), its cells unescaped as a reader sees them
    results = app.table[-1].value.map(lambda v: re.sub(r"\\(.)", r"\1", str(v)))
    cost = dict(zip(results.Scenario + " " + results.Option, results["Cost a month"], strict=True))
    # the README's worked example: fees 33,366.67 + governance floor 5,380.83 a month, in each one's currency
    assert (cost["Dollars BPO"], cost["Euros BPO"]) == ("$38,747", "€38,747"), cost
    assert not app.get("plotly_chart")
    assert {b.proto.label for b in app.get("download_button")} >= {"Download comparison (CSV)",
                                                                   "Download comparison (XLSX)"}
    # the euro scenario's compared inputs in euros
    diff = app.dataframe[-1].value
    assert "Reporting currency" in diff.index and not diff.apply(lambda c: c.str.contains("USD/")).any().any()


def test_the_sidebar_names_the_reporting_currency_beside_the_vendor_managers_salary(app):
    # Report in EUR, in-house figures in EUR: the salaries read "(EUR/year)" but the vendor manager's, which is in
    # the reporting currency too, still read "Vendor manager salary (USD/year)"
    from views.currency import key
    app.selectbox(key=key("reporting")).set_value("EUR").run()
    app.selectbox(key=key("in_house")).set_value("EUR").run()
    assert not app.exception
    labels = {n.label for n in app.number_input}
    assert {"Salary per FTE (EUR/year)", "Vendor manager salary (EUR/year)"} <= labels, labels
    assert not [label for label in labels if "USD/" in label], labels


# --- 2. the comparison workbook, for a reader ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def euro_pair():
    a = Scenario("Customer service", 10, name="=Plan A", currency="EUR", bpo=BPO, **typed_pay(),
                 uncertainty=Uncertainty(draws=1_000))
    b = replace(a, name="Plan B", workload=20.0, business_case=BusinessCase(contract_escalation=0.05))
    return compare([a, b])


@pytest.fixture
def book(euro_pair):
    # built for each test, not once a module: mutmut runs for a mutant only the tests that called its function in the
    # clean run, and a module's fixture is called in its first test only (session 15 found the Inputs and All figures
    # tests left out of every compare_workbook mutant's run)
    return openpyxl.load_workbook(io.BytesIO(comparison_workbook(euro_pair)))


def _header(ws, row: int = 4) -> list[str]:
    return [c.value for c in ws[row] if c.value is not None]


def test_the_comparison_workbook_has_a_results_sheet_in_money_and_percent(euro_pair, book):
    assert book.sheetnames == ["Results", "Inputs", "All figures"] and book.active.title == "Results"
    ws = book["Results"]
    heads = _header(ws)
    assert heads[:5] == ["Scenario", "Option", "Currency", "Cost a month (EUR)", "Cost over the horizon (EUR)"]
    assert "Chance cheaper than in-house (%)" in heads
    assert not [h for h in heads if "_" in h], heads
    assert ws.freeze_panes == "B5"
    rows = {(r[0].value, r[1].value): r for r in ws.iter_rows(min_row=5)}
    # Plan B is Plan A at twice the work: its BPO's fees double, its governance floor does not
    a_bpo, b_bpo = rows[("'=Plan A", "BPO")], rows[("Plan B", "BPO")]  # the name guarded as text, as in the CSV
    est = euro_pair[0].estimate
    assert a_bpo[3].value == pytest.approx(est.bpo.total.mid)
    # the README's worked example: fees 33,366.67 + governance floor 5,380.83 a month
    assert a_bpo[3].value == pytest.approx(33_366.67 + 5_380.83, abs=0.01)
    assert a_bpo[3].number_format == '"EUR "#,##0.00' and a_bpo[2].value == "EUR"
    chance = a_bpo[10]
    assert chance.number_format == "0.0%" and 0 <= chance.value <= 1
    assert b_bpo[3].value > a_bpo[3].value
    assert rows[("Plan B", "KPO")][3].value == "needs a quote"
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGHIJK"}
    assert all(w >= 10 for w in widths.values()), widths


def test_the_comparison_workbook_lists_every_input_in_euros(book):
    ws = book["Inputs"]
    assert _header(ws) == ["Input", "'=Plan A", "Plan B", "Differs"]
    rows = {r[0].value: [c.value for c in r[1:4]] for r in ws.iter_rows(min_row=5)}
    assert rows["Salary per FTE"] == ["€41,600/year", "€41,600/year", None]
    assert rows["Contract escalation"] == ["2.9%", "5%", "yes"]
    assert rows["In-house headcount (FTE)"] == ["10", "20", "yes"]
    assert rows["BPO price, most likely"] == ["—", "—", None]  # the €20-30 has no mode
    assert not [name for name in rows if "_" in name or "." in name], list(rows)
    assert ws.freeze_panes == "B5"


def test_the_comparison_workbooks_figures_are_named_in_words_and_formatted(book):
    ws = book["All figures"]
    assert _header(ws) == ["Scenario", "Work", "Option", "Figure", "Period", "Cheap end", "Midpoint", "Dear end",
                           "Currency", "Unit", "Delivered from"]
    rows = [[c for c in r] for r in ws.iter_rows(min_row=5)]
    by = {(r[0].value, r[2].value, r[3].value, r[4].value): r for r in rows}
    total = by[("Plan B", "BPO", "Cost over the horizon", "Over the horizon")]
    assert total[6].number_format == '"EUR "#,##0.00' and total[9].value == "EUR"
    share = by[("Plan B", "BPO", "Savings over the horizon, share of in-house cost", "Over the horizon")]
    assert share[6].number_format == "0.0%" and 0 < share[6].value < 1 and share[9].value == "%"
    month = by[("Plan B", "BPO", "Total", "Month 1")]
    assert month[6].number_format == '"EUR "#,##0.00'
    assert ("Plan B", "BPO", "Chance cheaper than in-house over the horizon", "Monte Carlo, across the draws") in by
    assert not [r for r in rows if "_" in str(r[3].value) or "_" in str(r[4].value)]
    assert ws.freeze_panes == "B5"


def test_the_comparison_workbook_never_holds_a_formula_and_the_csv_stays_tidy(euro_pair):
    # names, work and a price's source that a spreadsheet would run (the hostile corpus's prefixes), beside the pair
    hostile = Scenario("=1+2", 10, name="@risk", bpo=VendorPrice("per_hour", 20, 30, source="+cmd|' /C calc'!A0"),
                       uncertainty=Uncertainty(draws=1_000))
    data = comparison_workbook([*euro_pair, *compare([hostile, replace(hostile, name="\t-2", workload=11.0)])])
    for ws in openpyxl.load_workbook(io.BytesIO(data)):
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate)
                if isinstance(c.value, str):
                    assert not c.value.startswith(FORMULA_START), (ws.title, c.coordinate, c.value)
    texts = {c.value for ws in openpyxl.load_workbook(io.BytesIO(data)) for row in ws.iter_rows() for c in row}
    assert {"'=1+2", "'@risk", "'\t-2", "'+cmd|' /C calc'!A0"} <= texts  # there, and guarded
    head = to_csv_bytes(comparison_table(euro_pair)).split(b"\r\n", 1)[0]
    assert head == b"scenario,function,option,component,period,low,mid,high,currency,unit,location"


# --- 3. the estimate workbook's Monte Carlo ---------------------------------------------------------------------------

def _uncertainty(s: Scenario, sim=None) -> dict:
    """The Uncertainty sheet: its settings, its figures by option, its ranges by input, and its note."""
    ws = openpyxl.load_workbook(io.BytesIO(build_workbook(estimate(s), sim)))["Uncertainty"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    top = next(i for i, r in enumerate(rows) if r[0] == "Option")
    ranges = next(i for i, r in enumerate(rows) if r[0] == "Input")
    cells = {r[0].value: r for r in ws.iter_rows(min_row=top + 2, max_row=ranges - 2) if r[0].value}
    return {"note": rows[1][0], "draws": rows[2][1], "seed": rows[3][1], "heads": rows[top],
            "options": {k: [c.value for c in r] for k, r in cells.items()},
            "formats": {k: [c.number_format for c in r] for k, r in cells.items()},
            "ranges": {r[0]: r[1:6] for r in rows[ranges + 1:] if r[0]}}


def test_with_no_ranges_the_spread_is_the_point_estimate():
    # the README's worked example with every default, BPO at exactly $25 an hour and no sourced ranges: every draw is
    # the point estimate, BPO $2,811,321 against in-house $4,801,481 over 5 years, so P10 = P50 = P90 and BPO is
    # cheaper in 100% of the draws
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 25, 25),
                 uncertainty=Uncertainty(draws=2_000, seed=7, sourced_ranges=False))
    sheet = _uncertainty(s)
    assert (sheet["draws"], sheet["seed"]) == (2_000, 7)
    assert "not formulas" in sheet["note"] and "cannot redo a Monte Carlo" in sheet["note"]
    assert sheet["heads"][:5] == ["Option", "Cost over the horizon, P10 (USD)", "Cost over the horizon, P50 (USD)",
                                  "Cost over the horizon, P90 (USD)", "Chance cheaper than in-house over the horizon"]
    bpo, in_house = sheet["options"]["BPO"], sheet["options"]["In-house"]
    assert [round(v) for v in bpo[1:4]] == [2_811_321] * 3
    assert [round(v) for v in in_house[1:4]] == [4_801_481] * 3
    assert bpo[4] == 1.0 and in_house[4] is None
    # the NPV of the savings is one figure too
    assert bpo[5] == pytest.approx(bpo[6]) and bpo[6] == pytest.approx(bpo[7]) and bpo[8] == 1.0
    assert sheet["formats"]["BPO"][1] == '"$"#,##0' and sheet["formats"]["BPO"][4] == "0.0%"
    assert list(sheet["ranges"]) == ["None: every input is one value, so every draw is the point estimate."]
    # a BPO dearer than in-house in every draw: chance 0%
    dear = _uncertainty(replace(s, bpo=VendorPrice("per_hour", 80, 80)))
    assert dear["options"]["BPO"][4] == 0.0


def test_with_ranges_the_sheet_is_the_monte_carlos_own_summary():
    # a euro scenario with a salary range, the sourced ranges and the BPO's €20-30: the sheet holds what
    # estimator.uncertainty summarises for the same seed (the page's Uncertainty chart and its chance metric)
    s = Scenario("Customer service", 10, name="Euro plan", currency="EUR", bpo=BPO, **typed_pay(),
                 ranges=(InputRange("annual_salary", 31_200, 52_000),), uncertainty=Uncertainty(draws=3_000, seed=11))
    sim = simulate(s)
    sheet = _uncertainty(s, sim)
    assert sheet == _uncertainty(s)  # run here or handed over by the page: the same draws
    for option, label in (("in_house", "In-house"), ("bpo", "BPO")):
        spread = sim.option(option)
        row = sheet["options"][label]
        assert row[1:4] == pytest.approx(list(spread.horizon_total.as_tuple()), rel=1e-14)  # as the xlsx stores it
        assert row[1] < row[2] < row[3]
    bpo = sheet["options"]["BPO"]
    assert bpo[4] == chance_cheaper(s)["bpo"] == sim.option("bpo").probability_cheaper
    r = sim.option("bpo").npv_savings  # P10 of a saving is its dear side
    assert bpo[5:8] == pytest.approx([r.high, r.mid, r.low], rel=1e-14)
    assert bpo[8] == sim.option("bpo").probability_npv_positive
    assert sheet["formats"]["BPO"][1] == '"EUR "#,##0'
    assert sheet["ranges"]["Salary per FTE"] == ["31,200–52,000 EUR/year", 31_200, 52_000, 41_600,
                                                 "the scenario's range"]
    assert sheet["ranges"]["BPO price"][0] == "€20–€30 per productive hour"
    assert sheet["ranges"]["Shrinkage"][-1] == "the sources' range, around the scenario's value"
    assert not [v for v in sheet["ranges"].values() if "USD" in v[0]]


def test_the_page_hands_its_monte_carlo_to_the_workbook():
    # the Estimate page's "Download workbook (XLSX)" goes through export_bytes with the page's own simulation
    s = Scenario("Customer service", 10, bpo=BPO, uncertainty=Uncertainty(draws=1_000, seed=5))
    other = simulate(replace(s, uncertainty=Uncertainty(draws=1_000, seed=6)))
    ws = openpyxl.load_workbook(io.BytesIO(export_bytes(estimate(s), other, None, "xlsx")))["Uncertainty"]
    assert ws["B4"].value == 6  # the seed of the simulation it was given


# --- 4. session 15's mutation survivors of estimator/compare_workbook.py ----------------------------------------------

@pytest.fixture(scope="module")
def fixed_pair():
    # the README's worked example at a fixed $25 an hour with no sourced ranges (every draw is the point estimate:
    # BPO $2,811,321 against in-house $4,801,481 over 5 years, a saving of $1,990,160), beside the same plan in euros
    a = Scenario("Customer service", 10, name="Dollars", bpo=VendorPrice("per_hour", 25, 25),
                 uncertainty=Uncertainty(draws=1_000, seed=7, sourced_ranges=False))
    return compare([a, typed(a, name="Euros", currency="EUR")])


def test_period_names_are_words():
    from estimator.compare_workbook import period_name
    assert period_name("month_7") == "Month 7"
    assert period_name("year_2") == "Contract year 2"
    assert period_name("horizon") == "Over the horizon" and period_name("odd") == "odd"


def test_a_mixed_currency_comparison_says_so_and_names_no_one_currency(fixed_pair):
    ws = openpyxl.load_workbook(io.BytesIO(comparison_workbook(fixed_pair)))["Results"]
    assert ws["A1"].value == "Comparison: Dollars vs Euros" and ws["A1"].font.bold and ws["A1"].font.size == 14
    assert ws["A2"].value == (
        "Midpoint figures of each scenario's estimate; savings P10, P50, P90 and the chance cheaper over its own Monte "
        "Carlo draws (fixed values). These scenarios report in different currencies (USD, EUR): each row's money is in "
        "its own scenario's currency (the Currency column), not converted. Compare amounts only within a scenario.")
    assert ws["A3"].value is None
    assert [ws.cell(row=4, column=c).value for c in (4, 5, 9)] == [
        "Cost a month (scenario's currency)", "Cost over the horizon (scenario's currency)",
        "Savings P50 (scenario's currency)"]
    assert ws["A4"].alignment.vertical == "bottom" and ws["A4"].alignment.wrap_text
    rows = {(r[0].value, r[1].value): [c.value for c in r] for r in ws.iter_rows(min_row=5)}
    bpo = rows[("Dollars", "BPO")]
    assert bpo[2] == "USD" and rows[("Euros", "BPO")][2] == "EUR"
    assert bpo[4] == pytest.approx(2_811_321, abs=1)
    # savings over the horizon, P10, P50, P90: one figure, as every draw is the point estimate; cheaper in all of them
    assert bpo[6:10] == pytest.approx([4_801_481 - 2_811_321] * 4, abs=2) and bpo[10] == 1.0
    figures = openpyxl.load_workbook(io.BytesIO(comparison_workbook(fixed_pair)))["All figures"]
    assert figures["A1"].value.startswith("All figures: ") and figures["A1"].font.size == 14
    assert figures.column_dimensions["A"].width == 10  # "Scenario", "Dollars": at least 10; the titles above not counted
    assert figures["A2"].value.startswith("Cheap end, midpoint, dear end: the estimate's three cases (a saving's cheap "
                                          "end is its largest). Monte Carlo rows: the percentiles the figure's name "
                                          "gives, in that order. These scenarios report in different currencies")


def test_the_comparison_workbooks_columns_fit_their_widest_entry(fixed_pair):
    long_name = "A scenario named at length, " + "x" * 50  # 78 characters: wider than the widest column (60)
    data = comparison_workbook(compare([replace(fixed_pair[0].scenario, name=long_name)]))
    book = openpyxl.load_workbook(io.BytesIO(data))
    res, inputs, figures = book["Results"], book["Inputs"], book["All figures"]
    assert res.column_dimensions["A"].width == 60  # the 78-character name, capped at 60
    assert res.column_dimensions["C"].width == 10  # "Currency" (8) and "USD": at least 10
    # "Cost over the horizon (USD)" wraps (counts 24); the in-house $4,801,481.xx is 12 characters + 5 = 17: 24 + 2
    assert res.column_dimensions["E"].width == 26
    # All figures' Midpoint: "Midpoint" (8); the largest figure, in-house's 4,801,481.xx, 12 + 5 = 17; + 2 = 19
    assert figures.column_dimensions["G"].width == 19
    # its rows start under the header (row 5), and its Unit column is J
    assert figures["A5"].value == long_name and figures["J4"].value == "Unit"
    assert {figures.cell(row=r, column=10).value for r in range(5, figures.max_row + 1)} >= {"USD", "%"}
    # one scenario: "Input", its name, "Differs"; the input names stay frozen at the left
    assert [c.value for c in inputs[4]] == ["Input", long_name, "Differs"] and inputs.freeze_panes == "B5"
    assert inputs["A1"].value == "Inputs: every input of each scenario, as the sidebar shows it"


def test_the_uncertainty_sheets_layout_cell_by_cell():
    # session 15's survivors of workbook._uncertainty_sheet: the worked example at a fixed $25 with no ranges (two
    # priced options, no input drawn), laid out as the module says: settings in rows 3-5, the table's head in row 7,
    # a row per priced option, a blank row, then the drawn inputs' title, head and "None" line
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 25, 25),
                 uncertainty=Uncertainty(draws=2_000, seed=7, sourced_ranges=False))
    ws = openpyxl.load_workbook(io.BytesIO(build_workbook(estimate(s))))["Uncertainty"]
    assert ws["A1"].value == "Uncertainty: the Monte Carlo over every range" and ws["A1"].font.size == 14
    assert (ws["A3"].value, ws["B3"].value, ws["B3"].number_format) == ("Draws", 2_000, "#,##0")
    assert (ws["A4"].value, ws["B4"].value, ws["B4"].number_format) == ("Seed", 7, "0")
    assert ws["B5"].value == "PERT (peaked at the most likely value)"
    assert [c.value for c in ws[7]][8:] == ["Chance the NPV of the savings is above zero",
                                            "Discounted payback month (P50)", "Savings over the horizon, P10 (USD)",
                                            "Savings over the horizon, P50 (USD)", "Savings over the horizon, P90 (USD)"]
    assert [ws.cell(row=r, column=1).value for r in range(8, 14)] == [
        "In-house", "BPO", None, "Inputs drawn from a range", "Input",
        "None: every input is one value, so every draw is the point estimate."]
    assert ws["A11"].font.size == 14
    assert [c.value for c in ws[12]][:6] == ["Input", "Range (low–high, with its unit)", "Low", "High", "Most likely",
                                             "Where the range comes from"]
    # BPO pays back (it saves $1,990,160 over 5 years): its payback month is a number, not "never"
    assert isinstance(ws["J9"].value, int | float) and ws["J9"].number_format == "0"
    assert [ws.column_dimensions[c].width for c in "AFJM"] == [34, 44, 18, 18]
    assert ws.freeze_panes == "A8"


def test_the_uncertainty_sheets_drawn_inputs_carry_their_own_formats():
    # session 16's survivors of workbook._drawn_range: research priced by BPO at $20-30 an hour and by KPO at 40-60%
    # below in-house cost, its in-house pay in rupees (a salary of 2.5-3.5 million) at 83 a dollar drifting -2% to +5%
    # a year. Each drawn input's Low, High and Most likely cells: the salary in rupees and the BPO's dollars as money,
    # the KPO's share and the rate's drift as percent
    rate = ExchangeRate("USD", "INR", 83.0, drift_low=-0.02, drift_high=0.05)
    s = Scenario("Research and analysis", 3, bpo=BPO, kpo=VendorPrice("savings_share", 0.4, 0.6),
                 in_house=InHouseInputs(currency="INR", annual_salary=3_000_000), exchange_rates=(rate,),
                 ranges=(InputRange("annual_salary", 2_500_000, 3_500_000),),
                 uncertainty=Uncertainty(draws=1_000, seed=3, sourced_ranges=False))
    ws = openpyxl.load_workbook(io.BytesIO(build_workbook(estimate(s))))["Uncertainty"]
    head = next(r[0].row for r in ws.iter_rows() if r[0].value == "Input")
    rows = {r[0].value: r for r in ws.iter_rows(min_row=head + 1) if r[0].value}
    assert set(rows) == {"Salary per FTE", "BPO price", "KPO price", "INR per USD, yearly change"}
    # the salary's range is money in the in-house pay's own rupees, not the scenario's dollars
    assert [c.number_format for c in rows["Salary per FTE"][2:5]] == ['"INR "#,##0.00'] * 3
    assert [c.number_format for c in rows["BPO price"][2:4]] == ['"$"#,##0.00'] * 2
    assert [c.number_format for c in rows["KPO price"][2:4]] == ["0.0%"] * 2
    drift = rows["INR per USD, yearly change"]
    assert [c.value for c in drift[1:4]] == ["-2%–5% a year", -0.02, 0.05]
    assert [c.number_format for c in drift[2:5]] == ["0.0%"] * 3
    assert drift[5].value == "the scenario's exchange rate"


def test_what_moves_it_names_a_rupee_quote_in_rupees_and_a_rates_drift_in_percent():
    # session 16's survivors of verdict._driver: a dollar scenario whose BPO quotes ₹1,660-2,490 an hour ($20-30 at
    # 83 rupees a dollar), the rate drifting -2% to +5% a year: the price's swing reads in the quote's own rupees, the
    # drift's as the yearly change it is; the saving it moves stays in the scenario's dollars
    rate = ExchangeRate("USD", "INR", 83.0, drift_low=-0.02, drift_high=0.05)
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 1_660, 2_490, currency="INR"), exchange_rates=(rate,))
    swings = {w.key: w for w in tornado(s, "bpo").swings}
    est = estimate(s)
    assert _driver(est, swings["bpo_price"]).startswith(
        "BPO price (₹1,660–₹2,490 per productive hour) puts the saving between $")
    assert _driver(est, swings["bpo_fx_drift"]).startswith(
        "INR per USD, yearly change (-2% to 5% a year) puts the saving between $")
