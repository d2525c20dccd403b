"""The tidy table and its CSV: schema, totals, formula-injection safety, read-back."""

from __future__ import annotations

import pandas as pd
import pytest

from estimator.estimate import estimate
from estimator.export import COLUMNS, read_tidy_csv, tidy_table, to_csv_bytes
from estimator.scenario import Scenario


def test_columns_and_options(worked_example):
    table = tidy_table(estimate(worked_example))
    assert tuple(table.columns) == COLUMNS
    assert set(table["option"]) == {"in_house", "bpo", "kpo"}


def test_total_rows_equal_the_sum_of_components(worked_example):
    table = tidy_table(estimate(worked_example))
    monthly = table[(table.period == "run_rate_month") & (table.unit == "USD/month") & ~table.component.isin(["savings"])]
    for _option, rows in monthly.groupby("option"):
        if rows["mid"].isna().all():
            continue
        parts = rows[rows.component != "total"]
        total = rows[rows.component == "total"]
        for col in ("low", "mid", "high"):
            assert parts[col].sum() == pytest.approx(total[col].item())


def test_worked_example_rows(worked_example):
    table = tidy_table(estimate(worked_example)).set_index(["option", "component", "period"])
    assert table.loc[("in_house", "total", "run_rate_month"), "mid"] == pytest.approx(74_317.88, abs=0.01)
    assert table.loc[("bpo", "total", "run_rate_year"), "high"] == pytest.approx(12 * 38_038.0)
    assert table.loc[("bpo", "savings_share", "run_rate_month"), "unit"] == "share"
    assert table.loc[("bpo", "savings_share", "run_rate_month"), "currency"] == ""


def test_unpriced_option_has_an_empty_total_not_zero(worked_example):
    table = tidy_table(estimate(worked_example))
    kpo = table[table.option == "kpo"]
    assert list(kpo.component) == ["total"]
    assert kpo[["low", "mid", "high"]].isna().all(axis=None)


@pytest.mark.parametrize("name", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd"])
def test_formula_injection_is_defused(name):
    table = tidy_table(estimate(Scenario("Customer service", 3, name=name)))
    text = to_csv_bytes(table).decode()
    first_cell = text.splitlines()[1].split(",")[0].strip('"')
    assert first_cell.startswith("'")
    assert read_tidy_csv(text.encode())["scenario"].iloc[0] == name


def test_csv_reads_back_unchanged(worked_example):
    table = tidy_table(estimate(worked_example))
    back = read_tidy_csv(to_csv_bytes(table))
    pd.testing.assert_frame_equal(back, table, check_exact=True)
