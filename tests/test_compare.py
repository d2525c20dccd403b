"""Comparing scenarios: the inputs that differ, the results, the one tidy table, and the command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from typed_pay import typed
from v1 import v1

from estimator.__main__ import main
from estimator.compare import SAVINGS_COMPONENT, compare, comparison_table, differing_inputs, distinct_names, results_table
from estimator.compare_charts import cost_per_option_figure, cumulative_figure, savings_spread_figure
from estimator.currency import ExchangeRate
from estimator.export import read_tidy_csv
from estimator.interchange import inputs_from_tidy, scenario_from_tidy
from estimator.scenario import Scenario, Uncertainty, VendorPrice, load_scenario, scenario_to_dict
from estimator.store import ScenarioStore

ROOT = Path(__file__).resolve().parent.parent


def test_only_the_inputs_that_differ_are_listed(worked_example: Scenario) -> None:
    other = v1(Scenario("Customer service", 20, name="Twenty", bpo=worked_example.bpo))
    diff = differing_inputs([worked_example, other])
    assert diff.to_dict() == {"Worked example": {"workload.fte": "10"}, "Twenty": {"workload.fte": "20"}}


def test_repeated_names_are_told_apart(worked_example: Scenario) -> None:
    assert [s.name for s in distinct_names([worked_example] * 3)] == \
        ["Worked example", "Worked example (2)", "Worked example (3)"]


def test_a_fixed_price_without_ranges_has_no_savings_spread() -> None:
    # BPO at exactly $25/h and no input ranges: every draw is the same, so P10 = P50 = P90 = the
    # midpoint horizon savings of the deterministic estimate.
    s = Scenario("Customer service", 10, name="Fixed", bpo=VendorPrice("per_hour", 25, 25),
                 uncertainty=Uncertainty(sourced_ranges=False))
    (c,) = compare([s])
    spread = c.savings["bpo"]
    expected = c.estimate.horizon_savings(c.estimate.bpo).mid
    assert abs(spread.low - expected) < 1e-6 * expected and spread.low == spread.mid == spread.high


def test_savings_spread_is_ordered(worked_example: Scenario) -> None:
    (c,) = compare([worked_example])
    s = c.savings["bpo"]
    assert s.low < s.mid < s.high  # the $20-30 range is drawn, so the draws spread


def test_the_comparison_table_holds_each_scenario_and_reads_back(worked_example: Scenario, book) -> None:
    other = v1(Scenario("Customer service", 20, name="Twenty", bpo=worked_example.bpo))
    table = comparison_table(compare([worked_example, other]))
    assert list(dict.fromkeys(table.scenario)) == ["Worked example", "Twenty"]
    assert set(inputs_from_tidy(table)) == {"Worked example", "Twenty"}
    assert scenario_from_tidy(table, book, "Twenty") == other
    savings = table[table.component == SAVINGS_COMPONENT]
    assert list(savings.scenario) == ["Worked example", "Twenty"] and set(savings.option) == {"bpo"}


def test_results_and_figures(worked_example: Scenario) -> None:
    other = v1(Scenario("Customer service", 20, name="Twenty", bpo=worked_example.bpo))
    compared = compare([worked_example, other])
    res = results_table(compared)
    assert list(res.option) == ["In-house", "BPO", "KPO"] * 2
    # Twice the workload, twice the in-house cost (every in-house cost is proportional to FTE).
    inh = res[res.option == "In-house"].cost_per_month.tolist()
    assert abs(inh[1] - 2 * inh[0]) < 1e-6 * inh[1]
    bars = cost_per_option_figure(compared)
    assert [t.name for t in bars.data] == ["Worked example", "Twenty"]
    assert bars.layout.title.text.startswith("Cheapest a month: BPO in 'Worked example'")
    assert len(cumulative_figure(compared).data) == 4  # in-house and BPO for each
    assert len(savings_spread_figure(compared).data) == 2


def test_savings_figure_says_when_nothing_is_priced() -> None:
    s = Scenario("Customer service", 10, name="No quotes")
    assert savings_spread_figure(compare([s])).layout.title.text == "Enter a vendor quote to compare savings"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "estimator", *args], cwd=ROOT, capture_output=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_cli_compare_writes_one_tidy_csv(book) -> None:
    a, b = ROOT / "examples" / "customer_service.json", ROOT / "examples" / "it_software.json"
    result = _cli("compare", str(a), str(b))
    assert result.returncode == 0, result.stderr
    table = read_tidy_csv(result.stdout)
    names = [load_scenario(p.read_text(), book).name for p in (a, b)]
    assert list(dict.fromkeys(table.scenario)) == names
    assert scenario_from_tidy(table, book, names[1]) == load_scenario(b.read_text(), book)


def test_cli_compare_names_the_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"function": "Customer service", "workload": {"fte": -1}}')
    result = _cli("compare", str(ROOT / "examples" / "research.json"), str(bad))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"error: {bad}: workload.fte: must be from 0 to 100,000, got -1"


# In-process (main() called directly), so mutation runs trace it: its name avoids "cli", which they leave out
# ("-k not cli" in pyproject.toml) for the subprocess tests.
def test_store_command_reads_the_pages_store(tmp_path: Path, worked_example: Scenario, book, monkeypatch,
                                        capsysbinary) -> None:
    store = ScenarioStore(f"sqlite:///{tmp_path / 'scenarios.sqlite3'}")
    store.save(scenario_to_dict(worked_example))
    store.close()
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)

    def run(*args: str) -> tuple[int, bytes, bytes]:
        code = main(list(args))
        out = capsysbinary.readouterr()
        return code, out.out, out.err

    code, out, _ = run("store", "list")
    assert code == 0 and out.decode().rstrip().endswith("\tv4\tWorked example")
    assert json.loads(run("store", "show", "Worked example")[1]) == scenario_to_dict(worked_example)
    assert json.loads(run("store", "export", "Worked example", "--format", "json")[1]) == scenario_to_dict(worked_example)
    csv = run("store", "export", "Worked example", "--format", "csv")[1]
    assert scenario_from_tidy(read_tidy_csv(csv), book) == worked_example
    xlsx = run("store", "export", "Worked example", "--format", "xlsx")[1]
    assert openpyxl.load_workbook(io.BytesIO(xlsx)).active.cell(2, 1).value == "Worked example"
    assert run("store", "show", "Nope")[::2] == (2, b"error: no saved scenario named 'Nope'\n")


def test_results_table_reads_each_option_after_an_unpriced_one() -> None:
    # KPO priced, BPO not: the BPO row says so and the KPO row still follows it. Fixed prices and no sourced
    # ranges, so every draw is the midpoint: at $25 an hour the vendor saves $1,990,160 over 5 years (the README's
    # worked example, 41%), cheaper in every draw; at $100 an hour its fees alone are 4 x the $25 fees (about
    # 4 x 33,000 = 132,000 a month) against in-house's 74,318 a month, dearer in every draw.
    def kpo(name: str, rate: float) -> Scenario:
        return Scenario("Customer service", 10, name=name, kpo=VendorPrice("per_hour", rate, rate),
                        uncertainty=Uncertainty(sourced_ranges=False))
    res = results_table(compare([kpo("Cheap", 25), kpo("Dear", 100)]))
    assert list(res.option) == ["In-house", "BPO", "KPO"] * 2
    assert list(res.priced) == [True, False, True] * 2
    kpo_rows = res[res.option == "KPO"]
    assert kpo_rows.horizon_savings.iloc[0] == pytest.approx(1_990_160, abs=1)
    assert list(kpo_rows.probability_cheaper) == [1.0, 0.0]


def test_comparison_figures_tell_options_by_colour_and_scenarios_by_pattern_or_dash(worked_example: Scenario) -> None:
    # The module's convention (compare_charts.py): an option keeps its colour, scenarios differ by bar pattern
    # ("", then "/") and line dash ("solid", then "dash"); the savings bars run from P10 to P90 around P50.
    from estimator.charts import OPTION_COLOURS
    other = v1(Scenario("Customer service", 20, name="Twenty", bpo=worked_example.bpo))
    compared = compare([worked_example, other])
    for fig in (cost_per_option_figure(compared), savings_spread_figure(compared)):
        assert [t.marker.pattern.shape for t in fig.data] == ["", "/"]
        assert fig.layout.yaxis.tickformat == "$.3~s"  # compact dollars, as every money axis ("150,000" had no $)
    bars = cost_per_option_figure(compared)
    assert list(bars.data[0].marker.color) == [OPTION_COLOURS["in_house"], OPTION_COLOURS["bpo"]]
    spread = savings_spread_figure(compared)
    for t, c in zip(spread.data, compared, strict=True):
        s = c.savings["bpo"]
        assert list(t.marker.color) == [OPTION_COLOURS["bpo"]]
        assert t.error_y.symmetric is False
        assert list(t.error_y.array) == pytest.approx([s.high - s.mid])  # up to P90
        assert list(t.error_y.arrayminus) == pytest.approx([s.mid - s.low])  # down to P10
    lines = cumulative_figure(compared)
    assert [(t.line.color, t.line.dash) for t in lines.data] == [
        (OPTION_COLOURS["in_house"], "solid"), (OPTION_COLOURS["bpo"], "solid"),
        (OPTION_COLOURS["in_house"], "dash"), (OPTION_COLOURS["bpo"], "dash")]
    # the shared hover box reads "Month 7", then "$1,234 <trace name>" a line
    assert all(t.hovertemplate == "%{y:$,.0f}<extra>%{fullData.name}</extra>" for t in lines.data)
    assert cost_per_option_figure([]).layout.title.text == "No option is priced in these scenarios"


def test_comparison_hovers_read_in_the_reporting_currency(worked_example: Scenario) -> None:
    # A comparison in euros said "$" in every hover (the templates were written for dollars): each figure's
    # hover now names the reporting currency, as the single-scenario charts do.
    from dataclasses import replace

    euros = [typed(worked_example, currency="EUR", name="A"), typed(worked_example, currency="EUR", name="B")]
    compared = compare(euros)
    for fig in (cost_per_option_figure(compared), cumulative_figure(compared), savings_spread_figure(compared)):
        templates = [t.hovertemplate for t in fig.data]
        assert templates and all("EUR" in t and "$" not in t for t in templates), templates
    dollars = compare([worked_example, replace(worked_example, name="B")])
    assert "%{y:$,.0f}" in cost_per_option_figure(dollars).data[0].hovertemplate


def test_compared_ranges_rates_and_the_captive_read_by_their_names():
    # the walk's reader saw "ranges.shrinkage.low 0.2 | 0.25", "exchange_rates.INR.drift_low" and
    # "captive.entry_pay_month" in the compared inputs
    from estimator.captive import CaptiveInputs
    from estimator.compare import differing_inputs, readable_inputs
    from estimator.scenario import InputRange

    a = Scenario("Customer service", 10, name="A", ranges=(InputRange("shrinkage", 0.2, 0.4),),
                 captive=CaptiveInputs(), exchange_rates=(ExchangeRate("USD", "INR", 84.0),))
    b = Scenario("Customer service", 10, name="B", ranges=(InputRange("shrinkage", 0.25, 0.35),),
                 captive=CaptiveInputs(entry_pay_month=12_000.0),
                 exchange_rates=(ExchangeRate("USD", "INR", 83.0, -0.02, 0.03),))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["Shrinkage, range low end"] == {"A": "20%", "B": "25%"}
    assert shown["Shrinkage, range high end"] == {"A": "40%", "B": "35%"}
    assert shown["INR exchange rate"] == {"A": "1 USD = 84 INR", "B": "1 USD = 83 INR"}
    assert shown["INR rate's yearly change, high end"] == {"A": "0%", "B": "3%"}
    # as the results write rupees (session 19: "3,466,667 INR/year" above results in lakhs)
    assert shown["Offshore captive: Entry pay, India"] == {"A": "₹10,000/month", "B": "₹12,000/month"}
    assert not [name for name in shown if "." in name or "_" in name]  # no path is left


def test_a_savings_share_that_differs_reads_as_percent_of_in_house_cost() -> None:
    # session 16's survivor of compare._price_value (the share's text dropped): KPO research priced as a savings share,
    # 40-60% against 30-50% below in-house cost, reads as the sidebar shows a share, not as the file's 0.4 and 0.3
    from estimator.compare import readable_inputs

    a = Scenario("Research and analysis", 3, name="A", kpo=VendorPrice("savings_share", 0.4, 0.6))
    b = Scenario("Research and analysis", 3, name="B", kpo=VendorPrice("savings_share", 0.3, 0.5))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["KPO price, low end"] == {"A": "40%", "B": "30%"}
    assert shown["KPO price, high end"] == {"A": "60%", "B": "50%"}


def test_a_ranges_most_likely_value_is_named_so() -> None:
    # session 16's survivor of readable_inputs: "ranges.annual_salary.mode" is the range's most likely value (the
    # sidebar's word), not its "mode end"; its low end is an end. The mode is also the salary's point value (a ranged
    # assumption's value is its most likely, estimator.scenario.InputRange), so the salary differs too
    from estimator.compare import readable_inputs
    from estimator.scenario import InputRange

    a = Scenario("Customer service", 10, name="A", ranges=(InputRange("annual_salary", 30_000, 50_000, mode=40_000),))
    b = Scenario("Customer service", 10, name="B", ranges=(InputRange("annual_salary", 31_000, 50_000, mode=45_000),))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown == {"Salary per FTE": {"A": "$40,000/year", "B": "$45,000/year"},
                     "Salary per FTE, range low end": {"A": "$30,000/year", "B": "$31,000/year"},
                     "Salary per FTE, range most likely": {"A": "$40,000/year", "B": "$45,000/year"}}


def test_a_typed_quote_in_the_scenarios_currency_names_that_currency_not_a_dash() -> None:
    """Session 18's walk (1280x720, en-GB): 'Kofi IT' priced from the book (USD) against 'Kofi Finance' with a typed
    quote of 30-45 in its reporting currency, GBP (a quote with no currency of its own). The Scenarios page's
    "Inputs that differ" read "BPO price, currency | USD | —" beside "BPO price, low end | 40 USD ... | 30 GBP ...":
    the dash said the quote had no currency when it is in pounds."""
    from estimator.compare import readable_inputs

    book_price = VendorPrice("per_hour", 40, 100, currency="USD")
    typed = VendorPrice("per_hour", 30, 45)  # no currency of its own: the scenario's, GBP
    rates = (ExchangeRate("GBP", "USD", 1.27),)
    a = Scenario("IT and software operations", 10, name="Kofi IT", bpo=book_price, currency="GBP",
                 exchange_rates=rates)
    b = Scenario("Finance and accounting", 10, name="Kofi Finance", bpo=typed, currency="GBP", exchange_rates=rates)
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["BPO price, currency"] == {"Kofi IT": "USD", "Kofi Finance": "GBP"}


def test_a_quotes_location_among_the_inputs_that_differ_reads_as_the_sidebar_names_it():
    """It read "KPO price, location | not_stated | —", the scenario file's code (h19mut, found by mutation)."""
    from estimator.compare import differing_inputs, readable_inputs
    from estimator.scenario import Scenario, VendorPrice

    a = Scenario("Customer service", 10, name="A", kpo=VendorPrice("per_hour", 35, 60, option="kpo"))
    b = Scenario("Customer service", 10, name="B", kpo=VendorPrice("per_hour", 35, 60, option="kpo", location="offshore"))
    c = Scenario("Customer service", 10, name="C")
    assert readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index") == {
        "KPO price, location": {"A": "Location not stated", "B": "Offshore"}}
    assert readable_inputs(differing_inputs([a, c]), [a, c]).loc["KPO price, location"].tolist() == [
        "Location not stated", "—"]


def test_a_rupee_salary_compared_is_written_in_lakhs_as_the_results_are() -> None:
    """Session 19's walk: the Scenarios compare's "Inputs that differ" read "3,466,667 INR/year" where the results
    below it (and the whole page) write rupees in lakhs, "₹34,66,667"; a salary with paise keeps them."""
    from estimator.compare import readable_inputs
    from estimator.scenario import InHouseInputs

    rupees = (ExchangeRate("INR", "USD", 0.012),)
    a = Scenario("Customer service", 10, name="A", currency="INR", exchange_rates=rupees,
                 in_house=InHouseInputs(annual_salary=3_466_667, currency="INR"))
    b = Scenario("Customer service", 10, name="B", currency="INR", exchange_rates=rupees,
                 in_house=InHouseInputs(annual_salary=2_500_000.5, currency="INR"))
    shown = readable_inputs(differing_inputs([a, b]), [a, b]).to_dict("index")
    assert shown["Salary per FTE"] == {"A": "₹34,66,667/year", "B": "₹25,00,000.50/year"}
