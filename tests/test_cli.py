"""The command line gives the dashboard's table, and a one-line error for a bad file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from estimator.__main__ import main
from estimator.estimate import estimate
from estimator.export import read_tidy_csv, rounded
from estimator.interchange import scenario_table
from estimator.scenario import load_scenario
from estimator.uncertainty import simulate

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m estimator`` in a child process: the real entry point, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "estimator", *args], cwd=ROOT, capture_output=True, timeout=60)


def run_here(capsysbinary, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The same command in this process (``main(argv)``): fast, and seen by mutation testing, which cannot
    follow a child process."""
    code = main(list(args))
    out, err = capsysbinary.readouterr()
    return subprocess.CompletedProcess(args, code, out, err)


def test_estimate_writes_the_tidy_csv(book):
    path = ROOT / "examples" / "customer_service.json"
    result = run("estimate", str(path))
    assert result.returncode == 0, result.stderr
    scenario = load_scenario(path.read_text(), book)
    expected = rounded(scenario_table(estimate(scenario), simulate(scenario)))  # the CSV carries money to the cent
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
def test_bad_file_one_line_error_no_traceback(tmp_path, capsysbinary, content, message):
    path = tmp_path / "scenario.json"
    if content is not None:
        path.write_text(content)
    result = run_here(capsysbinary, "estimate", str(path))
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err.startswith(message)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert result.stdout == b""


def test_bad_price_book_is_reported(tmp_path, capsysbinary):
    book = tmp_path / "book.csv"
    book.write_text("function,model\n")
    result = run_here(capsysbinary, "estimate", str(ROOT / "examples" / "research.json"), "--price-book", str(book))
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: book.csv: line 1: missing column(s) basis")


def test_estimate_in_process_uses_the_given_price_book(tmp_path, capsysbinary, book):
    # A price book of one's own: customer service BPO at $10-12 an hour instead of the seed's $20-30.
    # 10 FTE = 1,213.33 h, 10% longer at the vendor = 1,334.67 billed hours: fees 13,346.67 / 14,681.33 / 16,016.00
    mine = tmp_path / "mine.csv"
    mine.write_text("function,model,basis,low,high,currency,unit,source,as_of,notes\n"
                    "Customer service,BPO,per_hour,10,12,USD,productive hour,my quote,2026,\n")
    scenario = tmp_path / "s.json"
    scenario.write_text('{"function": "Customer service", "workload": {"fte": 10}}')
    result = run_here(capsysbinary, "estimate", str(scenario), "--price-book", str(mine))
    assert result.returncode == 0 and result.stderr == b""
    table = read_tidy_csv(result.stdout).set_index(["option", "component", "period"])
    fees = table.loc[("bpo", "fees", "run_rate_month")]
    assert (fees["low"], fees["mid"], fees["high"]) == (13_346.67, 14_681.33, 16_016.0)
    assert table.loc[("bpo", "probability_cheaper", "monte_carlo"), "mid"] == 1.0


def test_unreadable_scenario_is_one_line(tmp_path, capsysbinary):
    path = tmp_path / "latin1.json"
    path.write_bytes(b"\xff\xfe\x00\x81")
    result = run_here(capsysbinary, "estimate", str(path))
    assert result.returncode == 2
    assert result.stderr.decode() == f"error: {path}: cannot be read (UnicodeDecodeError)\n"


def test_a_command_is_required(capsysbinary):
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    err = capsysbinary.readouterr().err.decode()
    assert err.startswith("usage: python -m estimator [-h] {estimate,")
    assert err.rstrip().endswith("error: the following arguments are required: command")


def test_help_names_the_program_and_the_price_book_default(capsysbinary):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsysbinary.readouterr().out.decode()
    assert out.startswith("usage: python -m estimator") and "Sourcing cost estimator" in out
    with pytest.raises(SystemExit):
        main(["estimate", "--help"])
    out = " ".join(capsysbinary.readouterr().out.decode().split())
    assert "scenario JSON file (format in README)" in out
    assert "price book CSV (default: " in out and "pricing.csv)" in out


def test_scenario_file_with_a_byte_order_mark_is_read(tmp_path, capsysbinary):
    # Windows editors save UTF-8 with a BOM; the file must read as the same scenario
    path = tmp_path / "bom.json"
    path.write_bytes("\ufeff".encode() + b'{"function": "Customer service", "workload": {"fte": 1}, "name": "Caf\xc3\xa9"}')
    result = run_here(capsysbinary, "estimate", str(path))
    assert result.returncode == 0, result.stderr
    assert read_tidy_csv(result.stdout)["scenario"].iloc[0] == "Café"
