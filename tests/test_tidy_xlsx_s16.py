"""Session 16: the tidy table's XLSX (Scenarios page's "Current table (XLSX)", ``export --format xlsx``) is a sheet a
reader can use, and still the tidy table: renamed back, it is the CSV's table and gives the scenario back."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest
from typed_pay import typed_pay

from estimator.estimate import estimate
from estimator.export import TEXT_COLUMNS, read_tidy_csv, to_csv_bytes
from estimator.interchange import XLSX_COLUMNS_BACK, scenario_from_tidy, scenario_table, to_xlsx_bytes
from estimator.pricing import load_price_book
from estimator.scenario import Scenario, VendorPrice
from estimator.uncertainty import simulate

BOOK = load_price_book()
HEADINGS = ["Scenario", "Work", "Option", "Figure", "Period", "Cheap end", "Midpoint", "Dear end", "Currency", "Unit",
            "Delivered from"]


def _scenario(currency: str = "USD") -> Scenario:
    return Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, option="bpo"), currency=currency, name="Plan A",
                    **typed_pay())


def _sheet(s: Scenario):
    table = scenario_table(estimate(s), simulate(s))
    return table, openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(table))).active


def _row(ws, option: str | None, component: str, period: str) -> list:
    for row in ws.iter_rows(min_row=2):
        if (row[2].value, row[3].value, row[4].value) == (option, component, period):
            return row
    raise AssertionError(f"no row {option} {component} {period}")


def test_the_header_is_words_bold_frozen_and_filtered():
    table, ws = _sheet(_scenario())
    assert [c.value for c in ws[1]] == HEADINGS
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:K{len(table) + 1}"
    assert ws.max_row == len(table) + 1


def test_numbers_are_numbers_in_their_rows_format():
    """10 FTE of customer service: wages 10 × $41,600 / 12 = $34,666.67 a month; productive hours 10 × 2,080 / 12
    × (1 - 30% shrinkage) = 1,213.33 a month; the inputs as typed (10 FTE, the $20 low end of the quote)."""
    _, ws = _sheet(_scenario())
    wages = _row(ws, "in_house", "wages", "run_rate_month")
    assert wages[6].value == 34_666.67 and wages[6].number_format == '"$"#,##0.00'
    assert wages[8].value == "USD" and wages[9].value == "USD/month"
    hours = _row(ws, "in_house", "workload_hours", "run_rate_month")
    assert hours[6].value == 1_213.33 and hours[6].number_format == "#,##0.00"
    fte = _row(ws, None, "workload.fte", "input")
    assert fte[6].value == 10 and fte[6].number_format == "General"
    assert _row(ws, None, "bpo.low", "input")[5].value == 20
    share = _row(ws, "bpo", "probability_cheaper", "monte_carlo")
    assert share[6].value == 1 and share[6].number_format == "0.0%"  # cheaper in every draw: 100.0%
    month = _row(ws, "bpo", "break_even_month", "horizon")
    assert month[6].number_format == "#,##0" and month[6].value == 10
    assert all(c.data_type == "n" for row in ws.iter_rows(min_row=2, min_col=6, max_col=8) for c in row
               if c.value is not None)


def test_euro_money_names_its_currency():
    _, ws = _sheet(_scenario("EUR"))
    total = _row(ws, "bpo", "horizon_total", "horizon")
    assert {c.number_format for c in total[5:8]} == {'"EUR "#,##0.00'}


def test_columns_are_wide_enough_to_read():
    """Each column from 10 characters to 60, as wide as its longest entry plus 2: the longest figure name is an
    input's path, "vendor_management.first_year_governance_rate" (44 characters), so 46; the unit, since inputs have
    theirs (session 20), "weeks of pay per year of service" (32), so 34; "Option"'s longest, "in_house", is under 10,
    so 10."""
    _, ws = _sheet(_scenario())
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGHIJK"}
    assert (widths["D"], widths["J"], widths["C"]) == (46, 34, 10)
    assert all(10 <= w <= 60 for w in widths.values()), widths


def test_a_formula_name_stays_text():
    s = Scenario("Customer service", 10, name='=HYPERLINK("http://example.invalid","x")')
    _, ws = _sheet(s)
    cell = ws.cell(row=2, column=1)
    assert cell.data_type == "s" and cell.value == "'" + s.name


@pytest.mark.parametrize("currency", ["USD", "EUR"])
def test_renamed_back_it_is_the_csvs_table_and_the_scenario(currency: str):
    s = _scenario(currency)
    table = scenario_table(estimate(s), simulate(s))
    read = pd.read_excel(io.BytesIO(to_xlsx_bytes(table)), dtype={h: str for h in HEADINGS
                                                                  if XLSX_COLUMNS_BACK[h] in TEXT_COLUMNS},
                         keep_default_na=False, na_values={h: [""] for h in ("Cheap end", "Midpoint", "Dear end")})
    read = read.rename(columns=XLSX_COLUMNS_BACK)
    for col in TEXT_COLUMNS:
        read[col] = read[col].map(lambda v: v[1:] if v.startswith("'") else v)
    csv = read_tidy_csv(to_csv_bytes(table))
    pd.testing.assert_frame_equal(read.astype({c: float for c in ("low", "mid", "high")}), csv)
    assert scenario_from_tidy(read, BOOK) == s
