"""The command line's verbs called in-process (``main([...])``): what ``tests/test_cli.py`` checks in a subprocess,
here where a mutation run can trace it (it leaves out tests named "cli", see pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

from estimator import __main__ as cli_main
from estimator.export import read_tidy_csv

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "customer_service.json"


def test_estimate_writes_the_monte_carlo_rows_too(capsysbinary):
    assert cli_main.main(["estimate", str(EXAMPLE)]) == 0
    table = read_tidy_csv(capsysbinary.readouterr().out)
    # the simulation's rows, not only the estimate's: the BPO ($20-30 an hour) saves in every draw (41% at the
    # midpoint, README), so its NPV of savings is positive and spread; the columns hold P90, P50, P10 as named
    npv = table[table.component == "npv_savings_p90_p50_p10"].iloc[0]
    assert 0 < npv.high < npv.mid < npv.low


def test_export_refuses_a_missing_folder_before_any_work(tmp_path, capsys):
    out = tmp_path / "nowhere" / "deck.pptx"
    assert cli_main.main(["export", str(EXAMPLE), "--format", "pptx", "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"error: {out}: its folder does not exist\n"


def test_export_defaults_to_the_buildup_chart_and_passes_the_pages_tornado(tmp_path, monkeypatch):
    # The worked example prices a BPO: the export gets that option's tornado (the reality check's drivers) and,
    # with no --chart, the cost build-up. The slow image drawing is replaced by a recorder.
    seen = {}

    def record(est, sim, swing, fmt, chart):
        seen.update(swing=swing, fmt=fmt, chart=chart)
        return b"image"

    monkeypatch.setattr(cli_main, "export_bytes", record)
    out = tmp_path / "chart.png"
    assert cli_main.main(["export", str(EXAMPLE), "--format", "png", "-o", str(out)]) == 0
    assert out.read_bytes() == b"image"
    assert (seen["fmt"], seen["chart"]) == ("png", "buildup")
    assert seen["swing"] is not None and seen["swing"].option == "bpo" and seen["swing"].swings
