"""Inputs as tidy rows: they read back into the same scenario, byte for byte, and the XLSX keeps text as text."""

from __future__ import annotations

import io

import openpyxl
import pytest
from hypothesis import given, settings

from estimator.estimate import estimate
from estimator.export import read_tidy_csv, to_csv_bytes
from estimator.interchange import input_rows, scenario_from_tidy, scenario_table, to_xlsx_bytes
from estimator.scenario import InputError, Scenario, dump_scenario, load_scenario
from tests.strategies import BOOK, scenarios


def test_inputs_are_rows_with_period_input(worked_example: Scenario) -> None:
    rows = input_rows(worked_example)
    assert set(rows.period) == {"input"} and set(rows.option) == {""}
    by = rows.set_index("component")
    # Numbers sit in low, mid and high alike; text sits in unit as JSON.
    assert by.loc["workload.fte", ["low", "mid", "high"]].tolist() == [10.0, 10.0, 10.0]
    assert by.loc["in_house.shrinkage", "mid"] == 0.3
    assert by.loc["bpo.basis", "unit"] == '"per_hour"'
    assert by.loc["bpo.low", "mid"] == 20.0 and by.loc["bpo.high", "mid"] == 30.0
    assert by.loc["kpo", "unit"] == "null"  # no KPO price for customer service
    assert by.loc["ranges", "unit"] == "{}"


def test_the_scenario_table_starts_with_its_inputs(worked_example: Scenario) -> None:
    table = scenario_table(estimate(worked_example))
    n = len(input_rows(worked_example))
    assert (table.period.iloc[:n] == "input").all() and not (table.period.iloc[n:] == "input").any()
    assert scenario_from_tidy(table, BOOK) == worked_example


@settings(max_examples=80, deadline=None)
@given(scenarios)
def test_json_export_import_export_gives_the_same_bytes(s: Scenario) -> None:
    first = dump_scenario(s)
    assert dump_scenario(load_scenario(first, BOOK)) == first


@settings(max_examples=80, deadline=None)
@given(scenarios)
def test_csv_export_import_export_gives_the_same_bytes(s: Scenario) -> None:
    first = to_csv_bytes(input_rows(s))
    back = scenario_from_tidy(read_tidy_csv(first), BOOK)
    assert back == s
    assert to_csv_bytes(input_rows(back)) == first


def test_a_comparison_csv_needs_a_name_to_pick_one(worked_example: Scenario) -> None:
    other = Scenario("Customer service", 20, name="Twenty")
    table = read_tidy_csv(to_csv_bytes(input_rows(worked_example)) + to_csv_bytes(input_rows(other)).split(b"\r\n", 1)[1])
    with pytest.raises(InputError, match="holds 2 scenarios"):
        scenario_from_tidy(table, BOOK)
    assert scenario_from_tidy(table, BOOK, "Twenty").workload == 20


def test_xlsx_holds_the_table_and_formula_names_stay_text(worked_example: Scenario) -> None:
    s = Scenario("Customer service", 10, name='=HYPERLINK("http://example.invalid","x")')
    table = scenario_table(estimate(s))
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(table))).active
    header = [c.value for c in sheet[1]]  # the columns in words (tests/test_tidy_xlsx_s16.py reads them back)
    assert header == ["Scenario", "Work", "Option", "Figure", "Period", "Cheap end", "Midpoint", "Dear end", "Currency",
                      "Unit", "Delivered from"]
    name_cell = sheet.cell(row=2, column=1)
    assert name_cell.data_type == "s" and name_cell.value == "'" + s.name
    assert sheet.max_row == len(table) + 1


def test_a_tidy_table_that_cannot_hold_inputs_says_why():
    import pandas as pd

    from estimator.interchange import inputs_from_tidy
    table = input_rows(Scenario("Customer service", 10))
    with pytest.raises(InputError, match=r"^tidy CSV: missing column\(s\) scenario$"):
        inputs_from_tidy(table.drop(columns=["scenario"]))
    # "in_house" given as a number, then "in_house.shrinkage" under it: one name cannot be both
    value = table[table.component.str.startswith("in_house.")].head(1).assign(component="in_house")
    with pytest.raises(InputError, match=r"^tidy CSV input in_house\.\w+: is given twice, as a value and as a section$"):
        inputs_from_tidy(pd.concat([value, table], ignore_index=True))
