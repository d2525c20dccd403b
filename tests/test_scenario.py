"""Scenario inputs: validated once, with messages that name the field and the allowed range."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typed_pay import typed_pay

from estimator.assumptions import ASSUMPTIONS
from estimator.scenario import (
    InHouseInputs,
    InputError,
    Scenario,
    VendorPrice,
    dump_scenario,
    load_scenario,
    scenario_from_dict,
)

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))


def test_every_assumption_has_a_source_and_sits_in_its_range():
    for a in ASSUMPTIONS.values():
        assert a.source.strip()
        assert a.minimum <= a.default <= a.maximum
        if a.low is not None:
            assert a.low <= a.high


@pytest.mark.parametrize(
    ("make", "field", "message"),
    [
        (lambda: InHouseInputs(shrinkage=0.95), "in_house.shrinkage", "must be from 0 to 0.8, got 0.95"),
        (lambda: InHouseInputs(annual_salary=-1), "in_house.annual_salary", "must be from 1,000 to 1,000,000, got -1"),
        # no source gives above 50% a year (contact centres); 100% replaces every seat once a year
        (lambda: InHouseInputs(annual_attrition=1.5), "in_house.annual_attrition", "must be from 0 to 1, got 1.5"),
        (lambda: InHouseInputs(span_of_control="ten"), "in_house.span_of_control", "must be a number"),
        (lambda: VendorPrice("per_hour", 30, 20, option="bpo"), "bpo.price.low", "low 30 must not be above high 20"),
        (lambda: VendorPrice("per_call", 1, 2, option="bpo"), "bpo.price.basis", "must be one of per_hour"),
        (lambda: VendorPrice("savings_share", 0.4, 1.2, option="kpo"), "kpo.price.high", "must be from 0 to 0.99"),
        (lambda: Scenario("Customer service", -3), "workload.fte", "must be from 0 to 100,000, got -3"),
        (lambda: Scenario("Customer service", float("nan")), "workload.fte", "must be from 0 to 100,000"),
        (lambda: Scenario("Customer service", 1, workload_basis="calls"), "workload_basis", "must be one of"),
        (lambda: Scenario("Customer service", 1, currency="dollars"), "currency", "three-letter code"),
    ],
)
def test_bad_input_names_field_and_range(make, field, message):
    with pytest.raises(InputError) as err:
        make()
    assert err.value.field == field
    assert message in str(err.value)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_files_load_and_round_trip(book, path):
    scenario = load_scenario(path.read_text(), book)
    assert load_scenario(dump_scenario(scenario), book) == scenario


def test_there_is_an_example_per_seed_priced_function(book):
    functions = {json.loads(p.read_text())["function"] for p in EXAMPLES}
    assert functions >= {r.function for r in book.rows if r.priced}


def test_omitted_price_takes_the_reference_range_and_null_means_no_option(book):
    s = scenario_from_dict({"function": "Customer service", "workload": {"fte": 2}, "kpo": None}, book)
    assert (s.bpo.low, s.bpo.high, s.bpo.basis) == (20.0, 30.0, "per_hour")
    assert s.kpo is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "scenario: is not valid JSON (line 1, column 2"),
        ("[]", "scenario: must be a JSON object"),
        ('{"function": "Knitting", "workload": {"fte": 1}}', "function: 'Knitting' is not in the price book"),
        ('{"function": "Customer service", "workload": {}}', "workload: give exactly one of hours_per_month, fte or contacts"),
        ('{"function": "Customer service", "workload": {"fte": 1}, "in_house": {"salary": 1}}',
         "in_house.salary: is not a known field"),
        ('{"function": "Customer service", "workload": {"fte": 1}, "bpo": {"low": 20}}', "bpo.price.high: is missing"),
        ('{"function": "Customer service", "workload": {"fte": "ten"}}', "workload.fte: must be a number"),
    ],
)
def test_bad_scenario_file_gives_one_line_message(book, text, message):
    with pytest.raises(InputError) as err:
        load_scenario(text, book)
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


def test_readme_scenario_example_is_valid(book):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    block = readme.split("```json\n", 1)[1].split("```", 1)[0]
    s = load_scenario(block, book)
    assert (s.workload_basis, s.in_house.annual_salary, s.vendor_management.governance_rate, s.kpo) == (
        "hours_per_month", 75_000.0, 0.05, None)


def test_a_per_month_quote_without_units_bills_the_employees_served(book):
    # 7 HR staff at the benchmark 1.4 per 100 employees serve 7 × 100 / 1.4 = 500 employees: a per-month quote is
    # per employee served; a per-hour quote has one unit
    def quote(basis: str):
        return scenario_from_dict({"function": "Human resources", "workload": {"fte": 7},
                                   "bpo": {"basis": basis, "low": 45, "high": 60}}, book).bpo.units
    assert (quote("per_month"), quote("per_hour")) == (500, 1.0)


def test_a_range_on_an_input_that_cannot_have_one_lists_those_that_can(book):
    with pytest.raises(InputError) as err:
        scenario_from_dict({"function": "Customer service", "workload": {"fte": 1},
                            "ranges": {"currency": {"low": 1, "high": 2}}}, book)
    assert str(err.value).startswith("ranges.currency: cannot be a range; these can: annual_salary, ")
    assert str(err.value).endswith(", handle_time_ratio, vendor_shrinkage, severance_weeks_per_year")


def test_an_assumptions_unit_names_the_currency_its_money_is_given_in():
    # session 16's survivor of Scenario.assumption: a dollar scenario whose in-house pay is in rupees (83 a dollar)
    # shows in-house pay in rupees and the vendor manager's pay (at home) in dollars; in euros, both in euros
    from estimator.currency import ExchangeRate
    from estimator.scenario import InHouseInputs, Scenario

    s = Scenario("Customer service", 10, exchange_rates=(ExchangeRate("USD", "INR", 83.0),),
                 in_house=InHouseInputs(currency="INR", annual_salary=3_000_000))
    assert s.assumption("annual_salary").unit == "INR/year"
    assert s.assumption("overhead_per_fte_month").unit == "INR/month"
    assert s.assumption("governance_salary").unit == "USD/year"
    euros = Scenario("Customer service", 10, currency="EUR", **typed_pay())
    assert (euros.assumption("annual_salary").unit, euros.assumption("governance_salary").unit) == ("EUR/year",
                                                                                                   "EUR/year")
