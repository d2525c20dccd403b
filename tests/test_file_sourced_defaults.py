"""A scenario or mix *file* in another currency that leaves out a figure sourced in US dollars (issue 7).

The in-house defaults (salary 41,600 a year, supervisor 58,450, overhead 2,187 a head a month, cost per hire 4,129) and
the vendor manager's pay (98,580) are the sources' US dollars (estimator/assumptions.py). The pages convert them at the
user's dollar rate; a file read by the model (scenario JSON, a mix, a tidy CSV, the command line) took them as its own
currency: a rupee file without a salary priced agents at 41,600 rupees a year (about $500), 83 times too little, and
said nothing. Now the model converts them at the file's dollar rate with the pages' rounding, or refuses the file
naming the figures and the rate to add.

Hand figures at 1 USD = 83 INR (a rupee file writes it "exchange_rates": {"USD": {"rate": 1/83}}, how many dollars one
rupee buys): salary 41,600 × 83 = 3,452,800; supervisor 58,450 × 83 = 4,851,350; overhead 2,187 × 83 = 181,521; cost
per hire 4,129 × 83 = 342,707; the vendor manager 98,580 × 83 = 8,182,140. Ten agents' in-house cost a month (the
README's worked example in rupees): wages 10 × 3,452,800 / 12 = 2,877,333.33; benefits 31% 891,973.33; supervision
10 / 10 × 4,851,350 / 12 × 1.31 = 529,605.71; overhead 10 × 181,521 = 1,815,210; hiring 10 × 19% × 342,707 / 12 =
54,261.94: 6,168,384.32 (₹61,68,384 on the page).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from dashboard_app import fresh_dashboard
from streamlit.testing.v1 import AppTest

from estimator.__main__ import main
from estimator.estimate import estimate
from estimator.export import read_tidy_csv
from estimator.portfolio import portfolio_from_dict
from estimator.portfolio_table import table_rows
from estimator.scenario import InputError, scenario_from_dict, scenario_to_dict
from estimator.uploads import read_upload
from views.share import CURRENT

ROOT = Path(__file__).resolve().parent.parent
AT_83 = {"annual_salary": 3_452_800, "supervisor_salary": 4_851_350, "overhead_per_fte_month": 181_521,
         "cost_per_hire": 342_707}
MONTH_AT_83 = 6_168_384.32
LEFT_OUT = ("in_house.annual_salary, in_house.supervisor_salary, in_house.overhead_per_fte_month, "
            "in_house.cost_per_hire and vendor_management.governance_salary are left out")


def rupee_file(**extra) -> dict:
    """Ten agents reported in rupees, every money figure left out; the BPO quoted in rupees (no dollar price)."""
    return {"name": "Rupee team", "function": "Customer service", "currency": "INR", "workload": {"fte": 10},
            "bpo": {"basis": "per_hour", "low": 1_660, "high": 2_490}, "kpo": None, **extra}


DOLLAR_RATE = {"exchange_rates": {"USD": {"rate": 1 / 83}}}


def in_house_money(s) -> dict[str, float]:
    return {k: getattr(s.in_house, k) for k in AT_83}


def test_a_rupee_file_without_a_salary_takes_the_dollar_defaults_at_its_dollar_rate(book) -> None:
    s = scenario_from_dict(rupee_file(**DOLLAR_RATE), book)
    assert in_house_money(s) == AT_83
    assert s.vendor_management.governance_salary == 8_182_140
    assert estimate(s).in_house.total.mid == pytest.approx(MONTH_AT_83, abs=0.01)


def test_a_rate_typed_to_nine_figures_gives_the_pages_whole_rupees(book) -> None:
    # 1 INR = 0.0120481928 USD is 83.0000001 rupees to the dollar: 3,452,800.0 after the pages' rounding, not .004
    s = scenario_from_dict(rupee_file(exchange_rates={"USD": {"rate": 0.0120481928}}), book)
    assert in_house_money(s) == AT_83


def test_without_a_dollar_rate_the_file_is_refused_naming_the_figures_and_the_rate(book) -> None:
    with pytest.raises(InputError) as err:
        scenario_from_dict(rupee_file(), book)
    assert err.value.field == "exchange_rates.USD.rate"
    assert err.value.reason.startswith('give how many USD one INR buys, "exchange_rates": {"USD": {"rate": ...}}: '
                                       + LEFT_OUT)
    assert err.value.reason.endswith("converted to INR at that rate; or give them in INR")


def test_only_the_figures_left_out_are_named(book) -> None:
    given = rupee_file(in_house={"annual_salary": 498_000, "supervisor_salary": 1_245_000, "cost_per_hire": 41_500},
                       vendor_management={"governance_salary": 4_000_000})
    with pytest.raises(InputError, match=r"^exchange_rates\.USD\.rate: give how many USD one INR buys, .*: "
                                         r"in_house\.overhead_per_fte_month is left out, and the sources' default is "
                                         r"US dollars, converted to INR at that rate; or give it in INR$"):
        scenario_from_dict(given, book)


def test_a_file_that_gives_every_money_figure_loads_as_before_without_a_dollar_rate(book) -> None:
    figures = {"annual_salary": 498_000, "supervisor_salary": 1_245_000, "overhead_per_fte_month": 8_300,
               "cost_per_hire": 41_500}
    s = scenario_from_dict(rupee_file(in_house=figures, vendor_management={"governance_salary": 4_000_000}), book)
    assert in_house_money(s) == figures and s.vendor_management.governance_salary == 4_000_000


def test_a_rupee_file_with_ranges_loads(book) -> None:
    """Setting a range's mode (shrinkage 25%) checked the rupee figures again, as dollars: the file was refused
    with "in_house.supervisor_salary: must be from 0 to 1,000,000, got 1,245,000", with or without any rate."""
    figures = {"annual_salary": 498_000, "supervisor_salary": 1_245_000, "overhead_per_fte_month": 8_300,
               "cost_per_hire": 41_500}
    data = rupee_file(in_house=figures, vendor_management={"governance_salary": 4_000_000},
                      ranges={"shrinkage": {"low": 0.2, "high": 0.4, "mode": 0.25}})
    for given in (data, {**data, **DOLLAR_RATE}):
        s = scenario_from_dict(given, book)
        assert s.in_house.shrinkage == 0.25 and in_house_money(s) == figures and s.in_house.currency is None
    # a range gives its figure too (its mode is the point value), with or without the dollar's rate
    ranged = rupee_file(in_house={k: v for k, v in figures.items() if k != "annual_salary"},
                        vendor_management={"governance_salary": 4_000_000},
                        ranges={"annual_salary": {"low": 400_000, "high": 600_000, "mode": 498_000}})
    assert scenario_from_dict(ranged, book).in_house.annual_salary == 498_000
    assert scenario_from_dict({**ranged, **DOLLAR_RATE}, book).in_house.annual_salary == 498_000
    # and a figure out of its limits converted is still refused: 90,000,000 rupees is over $1,000,000 at 83
    with pytest.raises(InputError, match=r"^in_house\.annual_salary: must be from 83,000 to 83,000,000 INR"):
        scenario_from_dict({**data, **DOLLAR_RATE, "in_house": {**figures, "annual_salary": 90_000_000}}, book)


def test_a_dollar_file_is_as_before(book) -> None:
    s = scenario_from_dict({"function": "Customer service", "workload": {"fte": 10}}, book)
    assert in_house_money(s) == {"annual_salary": 41_600, "supervisor_salary": 58_450, "overhead_per_fte_month": 2_187,
                                 "cost_per_hire": 4_129}
    assert s.vendor_management.governance_salary == 98_580
    assert estimate(s).in_house.total.mid == pytest.approx(74_317.88, abs=0.01)  # README worked example


def test_a_team_paid_in_rupees_reported_in_dollars_takes_the_defaults_at_the_rupee_rate(book) -> None:
    """Before: 41,600 "INR", $501 a year. At 83 the rupee figures are the dollar defaults exactly, so the in-house
    cost is the README's $74,317.88 a month; the vendor manager stays at home, in dollars."""
    s = scenario_from_dict({"function": "Customer service", "workload": {"fte": 10}, "in_house": {"currency": "INR"},
                            "exchange_rates": {"INR": {"rate": 83}}}, book)
    assert in_house_money(s) == AT_83 and s.vendor_management.governance_salary == 98_580
    assert estimate(s).in_house.total.mid == pytest.approx(74_317.88, abs=0.01)


def test_a_euro_file_takes_the_function_s_own_default_in_euros(book) -> None:
    # 1 EUR = 1.08 USD: IT pay $49,770 / 1.08 = 46,083.33 -> 46,083; supervisor 58,450 / 1.08 = 54,120.37 -> 54,120;
    # the vendor manager 98,580 / 1.08 = 91,277.78 -> 91,278 (the Estimate page's figures at 1.08)
    s = scenario_from_dict({"function": "IT and software operations", "currency": "EUR", "workload": {"fte": 5},
                            "exchange_rates": {"USD": {"rate": 1.08}}}, book)
    assert s.in_house.annual_salary == 46_083 and s.in_house.supervisor_salary == 54_120
    assert s.vendor_management.governance_salary == 91_278


def test_a_loaded_file_saved_and_loaded_again_is_the_same_scenario(book) -> None:
    s = scenario_from_dict(rupee_file(**DOLLAR_RATE), book)
    again = scenario_from_dict(json.loads(json.dumps(scenario_to_dict(s))), book)
    assert again == s


def test_a_mix_in_rupees_converts_each_row_s_default_pay(book) -> None:
    mix = {"kind": "portfolio", "name": "Rupee mix", "currency": "INR", **DOLLAR_RATE,
           "rows": [{"function": "Customer service", "workload": {"fte": 10}, "option": "bpo"},
                    {"function": "IT and software operations", "workload": {"fte": 2}, "option": "in_house"},
                    # priced by a savings share, in no currency: its pay still takes the dollar's rate
                    {"function": "Research and analysis", "workload": {"fte": 3}, "option": "kpo"}]}
    p = portfolio_from_dict(mix, book)
    cs, it, research = p.scenario(0), p.scenario(1), p.scenario(2)
    assert in_house_money(cs) == AT_83
    assert it.in_house.annual_salary == 4_130_910  # IT's own $49,770 × 83
    assert research.in_house.annual_salary == 6_198_440  # research's $74,680 × 83
    assert p.vendor_management.governance_salary == 8_182_140
    # the Mix page's table shows the row's pay as the default it fills in (empty), the same converted figure
    assert [r["annual_salary"] for r in table_rows(p, book)] == [None, None, None]
    with pytest.raises(InputError) as err:
        portfolio_from_dict({k: v for k, v in mix.items() if k != "exchange_rates"}, book)
    assert err.value.field == "exchange_rates.USD.rate" and "give how many USD one INR buys" in err.value.reason


def test_a_euro_mix_priced_from_the_book_s_dollars_converts_its_shared_figures(book) -> None:
    """The dollar's rate serves the rows' book prices and the shared sourced figures alike: the mix's shared
    settings (read once, with no price) were given no dollar rate and would have refused the file."""
    mix = {"kind": "portfolio", "currency": "EUR", "exchange_rates": {"USD": {"rate": 1.08}},
           "rows": [{"function": "Customer service", "workload": {"fte": 10}, "option": "bpo"}]}
    p = portfolio_from_dict(mix, book)
    # 41,600 / 1.08 = 38,518.52 -> 38,519; 4,129 / 1.08 = 3,823.15 -> 3,823
    assert p.scenario(0).in_house.annual_salary == 38_519 and p.in_house.cost_per_hire == 3_823
    assert p.scenario(0).bpo.currency == "USD"


def test_a_tidy_csv_that_leaves_out_the_salary_row_takes_it_converted(book, tmp_path, capsysbinary) -> None:
    path = tmp_path / "rupees.json"
    path.write_text(json.dumps(rupee_file(in_house={"annual_salary": 1_500_000}, **DOLLAR_RATE)))
    assert main(["estimate", str(path)]) == 0
    table = read_tidy_csv(capsysbinary.readouterr().out)
    kept = table[~((table["period"] == "input") & (table["component"] == "in_house.annual_salary"))]
    buffer = io.BytesIO()
    kept.to_csv(buffer, index=False)
    assert read_upload("rupees.csv", buffer.getvalue(), book).in_house.annual_salary == 3_452_800


def test_the_command_line_refuses_in_one_line_and_estimates_with_the_rate(tmp_path, capsysbinary) -> None:
    path = tmp_path / "rupees.json"
    path.write_text(json.dumps(rupee_file()))
    assert main(["estimate", str(path)]) == 2
    err = capsysbinary.readouterr().err.decode()
    assert err.startswith('error: exchange_rates.USD.rate: give how many USD one INR buys, "exchange_rates": '
                          '{"USD": {"rate": ...}}: ' + LEFT_OUT)
    assert err.count("\n") == 1 and "Traceback" not in err
    path.write_text(json.dumps(rupee_file(**DOLLAR_RATE)))
    assert main(["estimate", str(path)]) == 0
    table = read_tidy_csv(capsysbinary.readouterr().out)
    total = table[(table.option == "in_house") & (table.component == "total") & (table.period == "run_rate_month")]
    assert total["mid"].tolist() == [MONTH_AT_83] and total["currency"].tolist() == ["INR"]


@pytest.fixture
def scenarios_page(monkeypatch, tmp_path: Path) -> AppTest:
    at = fresh_dashboard(monkeypatch, tmp_path)  # a fresh store in this test's directory
    at.switch_page("views/scenarios.py").run()
    assert not at.exception, at.exception
    return at


def upload(at: AppTest, data: dict) -> None:
    at.file_uploader(key="action_upload").set_value(("rupees.json", json.dumps(data).encode(), "application/json"))
    at.run()
    assert not at.exception, at.exception


def test_the_scenarios_page_refuses_a_rupee_upload_without_the_rate_and_opens_it_with_the_rate(scenarios_page) -> None:
    at = scenarios_page
    before = at.session_state[CURRENT]
    upload(at, rupee_file())
    assert [e.value for e in at.error] == [
        'This file was not loaded; nothing changed. exchange_rates.USD.rate: give how many USD one INR buys, '
        '"exchange_rates": {"USD": {"rate": ...}}: ' + LEFT_OUT + ", and the sources' defaults are US dollars, "
        "converted to INR at that rate; or give them in INR"]
    assert at.session_state[CURRENT] == before
    upload(at, rupee_file(**DOLLAR_RATE))
    assert not at.error and [t.value for t in at.text] == ["Rupee team"]
    at.button(key="action_upload_open").click().run()
    if at.session_state["reporting_currency"] != "INR" or not at.number_input(key="in_house_annual_salary").value:
        at.run()  # AppTest follows st.switch_page on the next run
    assert not at.exception, at.exception
    shown = {k: at.number_input(key=f"in_house_{k}").value for k in AT_83}
    assert shown == AT_83  # the figures the model took, each the Estimate page's own default at 83
    assert at.number_input(key="vm_governance_salary").value == 8_182_140
    run_rate = next(c.value for c in at.caption if c.value.startswith(("Run rate", "Range")))
    assert run_rate.startswith("Run rate ₹61,68,384 a month"), run_rate
