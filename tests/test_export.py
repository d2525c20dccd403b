"""The tidy table and its CSV: schema, totals, formula-injection safety, read-back."""

from __future__ import annotations

import pandas as pd
import pytest

from estimator.estimate import estimate
from estimator.export import COLUMNS, read_tidy_csv, rounded, tidy_table, to_csv_bytes
from estimator.scenario import Scenario


def test_columns_and_options(worked_example):
    table = tidy_table(estimate(worked_example))
    assert tuple(table.columns) == COLUMNS
    assert set(table["option"]) == {"in_house", "bpo", "kpo"}


def test_every_run_rate_row_of_the_worked_example(worked_example):
    # README worked example, by hand: in-house components (10 FTE at the defaults) and BPO at $20 / $25 / $30 an hour
    # on 1,213.33 hours with 4.5% governance; savings 74,317.88 − the BPO total, case by case.
    table = tidy_table(estimate(worked_example)).set_index(["option", "component", "period"])
    expected = {
        ("in_house", "wages"): (34_666.67,) * 3,          # 10 × 41,600 / 12
        ("in_house", "benefits"): (10_746.67,) * 3,       # × 31%
        ("in_house", "supervision"): (6_380.79,) * 3,     # 10 / 10 × 58,450 / 12 × 1.31
        ("in_house", "overhead"): (21_870.00,) * 3,       # 10 × 2,187
        ("in_house", "hiring"): (653.76,) * 3,            # 10 × 19% × 4,129 / 12
        ("in_house", "total"): (74_317.88,) * 3,
        ("bpo", "fees"): (24_266.67, 30_333.33, 36_400.00),
        ("bpo", "governance"): (1_092.00, 1_365.00, 1_638.00),
        ("bpo", "total"): (25_358.67, 31_698.33, 38_038.00),
        ("bpo", "savings"): (48_959.22, 42_619.55, 36_279.88),  # case by case: the cheap case saves most
    }
    for (option, component), values in expected.items():
        row = table.loc[(option, component, "run_rate_month")]
        assert (row["low"], row["mid"], row["high"]) == pytest.approx(values, abs=0.01), (option, component)
    assert table.loc[("bpo", "savings_share", "run_rate_month"), "mid"] == pytest.approx(42_619.55 / 74_317.88, abs=1e-6)
    assert table.loc[("in_house", "fte", "run_rate_month"), "mid"] == pytest.approx(10.0)
    assert table.loc[("in_house", "workload_hours", "run_rate_month"), "mid"] == pytest.approx(1_213.33, abs=0.01)


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


def test_csv_reads_back_as_the_rounded_table(worked_example):
    table = tidy_table(estimate(worked_example))
    back = read_tidy_csv(to_csv_bytes(table))
    pd.testing.assert_frame_equal(back, rounded(table), check_exact=True)


def test_money_is_written_to_the_cent(worked_example):
    # BPO governance, cheap case: 4.5% × 24,266.666... = 1,091.99999999999977 in floating point; written 1092.0.
    # Wages 34,666.666... written 34666.67; the savings share 42,619.55 / 74,317.88 = 0.5734764 keeps its digits.
    text = to_csv_bytes(tidy_table(estimate(worked_example))).decode()
    lines = {tuple(line.split(",")[2:5]): line.split(",")[5:8] for line in text.splitlines()[1:]}
    assert lines[("bpo", "governance", "run_rate_month")] == ["1092.0", "1365.0", "1638.0"]
    assert lines[("in_house", "wages", "run_rate_month")] == ["34666.67"] * 3
    assert lines[("in_house", "workload_hours", "run_rate_month")] == ["1213.33"] * 3
    share = lines[("bpo", "savings_share", "run_rate_month")][1]
    assert float(share) == pytest.approx(0.5734764, abs=1e-6) and len(share) > 8
    assert lines[("bpo", "break_even_month", "horizon")][1] == "7.0"  # README: break-even in month 7, a whole number
    numbers = [cell for cells in lines.values() for cell in cells if cell]
    assert not [n for n in numbers if n.startswith("-0.0") and float(n) == 0]
