"""python -m estimator export: each format written to a file; a bad format is refused."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "customer_service.json"


def export(fmt: str, out: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "estimator", "export", str(EXAMPLE), "--format", fmt, "-o", str(out),
                           *extra], cwd=ROOT, capture_output=True, timeout=120)


@pytest.mark.parametrize("fmt", ["pptx", "xlsx", "html", "svg"])
def test_export_writes_each_format(fmt, tmp_path):
    out = tmp_path / f"deck.{fmt}"
    result = export(fmt, out, *(["--chart", "cumulative"] if fmt == "svg" else []))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    if fmt == "pptx":
        assert len(Presentation(io.BytesIO(data)).slides) == 9
    elif fmt == "xlsx":
        assert "Calculations" in load_workbook(io.BytesIO(data)).sheetnames
    elif fmt == "html":
        assert data.startswith(b"<!doctype html>")
    else:
        assert data.lstrip().startswith(b"<svg") and b"breaks even in month 7" in data and b"Sources: " in data


def test_a_bad_format_or_destination_is_one_line(tmp_path):
    assert export("docx", tmp_path / "x.docx").returncode == 2
    result = export("xlsx", tmp_path / "missing" / "x.xlsx")
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: ") and "Traceback" not in result.stderr.decode()
