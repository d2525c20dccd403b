"""python -m estimator export: each format written to a file; a bad format is refused."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from estimator.__main__ import main
from estimator.estimate import estimate
from estimator.pricing import DEFAULT_PATH, load_price_book
from estimator.scenario import load_scenario
from estimator.verdict import verdict

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "customer_service.json"


def export(fmt: str, out: Path, *extra: str) -> int:
    # In-process (the same main() that `python -m estimator` runs): a subprocess per format costs seconds.
    return main(["export", str(EXAMPLE), "--format", fmt, "-o", str(out), *extra])


@pytest.mark.parametrize("fmt", ["pptx", "xlsx", "html", "svg"])
def test_export_writes_each_format(fmt, tmp_path):
    out = tmp_path / f"deck.{fmt}"
    assert export(fmt, out, *(["--chart", "cumulative"] if fmt == "svg" else [])) == 0
    data = out.read_bytes()
    if fmt == "pptx":
        assert len(Presentation(io.BytesIO(data)).slides) == 11  # title, summary, 6 charts, 3 of sources
    elif fmt == "xlsx":
        assert "Calculations" in load_workbook(io.BytesIO(data)).sheetnames
    elif fmt == "html":
        assert data.startswith(b"<!doctype html>")
    else:
        # the chart's title is the one verdict (estimator.verdict), and its footer names the sources
        sentence = verdict(estimate(load_scenario(EXAMPLE.read_text(), load_price_book(DEFAULT_PATH)))).sentence
        assert data.lstrip().startswith(b"<svg") and sentence.encode() in data and b"Sources: " in data


def test_a_bad_format_or_destination_is_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        export("docx", tmp_path / "x.docx")
    assert exit_info.value.code == 2
    capsys.readouterr()
    assert export("xlsx", tmp_path / "missing" / "x.xlsx") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "folder does not exist" in err
    bad = tmp_path / "bad.json"
    bad.write_text('{"function": "Customer service", "workload": {"fte": -3}}')
    assert main(["export", str(bad), "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: workload") and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_the_module_runs_as_a_command(tmp_path):
    out = tmp_path / "audit.xlsx"
    result = subprocess.run([sys.executable, "-m", "estimator", "export", str(EXAMPLE), "--format", "xlsx", "-o", str(out)],
                            cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:2] == b"PK"
