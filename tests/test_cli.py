"""The command line gives the dashboard's table, and a one-line error for a bad file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from estimator.estimate import estimate
from estimator.export import read_tidy_csv, rounded, tidy_table
from estimator.scenario import load_scenario
from estimator.uncertainty import simulate

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "estimator", *args], cwd=ROOT, capture_output=True, timeout=60)


def test_estimate_writes_the_tidy_csv(book):
    path = ROOT / "examples" / "customer_service.json"
    result = run("estimate", str(path))
    assert result.returncode == 0, result.stderr
    scenario = load_scenario(path.read_text(), book)
    expected = rounded(tidy_table(estimate(scenario), simulate(scenario)))  # the CSV carries money to the cent
    pd.testing.assert_frame_equal(read_tidy_csv(result.stdout), expected, check_exact=True)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "error: scenario: is not valid JSON"),
        ('{"function": "Customer service", "workload": {"fte": -1}}', "error: workload.fte: must be from 0"),
        (None, "error: "),
    ],
    ids=["not-json", "out-of-range", "missing-file"],
)
def test_bad_file_one_line_error_no_traceback(tmp_path, content, message):
    path = tmp_path / "scenario.json"
    if content is not None:
        path.write_text(content)
    result = run("estimate", str(path))
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err.startswith(message)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert result.stdout == b""


def test_bad_price_book_is_reported(tmp_path):
    book = tmp_path / "book.csv"
    book.write_text("function,model\n")
    result = run("estimate", str(ROOT / "examples" / "research.json"), "--price-book", str(book))
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: book.csv: line 1: missing column(s) basis")
