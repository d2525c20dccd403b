"""Faults (issue 12): no Chromium for chart images. One clear line where an image was asked for; the page,
the deck, the workbook, the report and the CSV keep working. Chromium is taken away by pointing Kaleido's
browser lookup (choreographer's ``BROWSER_PATH``) at a file that is not there."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from estimator import charts
from estimator.__main__ import main
from estimator.deck import build_deck
from estimator.estimate import estimate
from estimator.meeting import chart_specs, context_for, image_bytes
from estimator.outputs import export_bytes
from estimator.scenario import Scenario, Uncertainty, VendorPrice
from estimator.uncertainty import simulate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def no_chromium(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    assert charts.chromium_path() is None


def test_the_lookup_finds_debians_chromium_when_it_is_there(monkeypatch, tmp_path):
    browser = tmp_path / "chromium"
    browser.write_text("#!/bin/sh\n")
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(browser))
    assert charts.chromium_path() == str(browser)
    browser.chmod(0o644)  # there, but it cannot be run: as good as missing
    assert charts.chromium_path() is None


def test_an_image_says_so_in_one_line_and_every_other_format_works(no_chromium):
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30), uncertainty=Uncertainty(draws=200))
    est, sim = estimate(s), simulate(s)
    for fmt in ("png", "svg"):
        with pytest.raises(charts.NoChromium) as caught:
            image_bytes(charts.cost_buildup_figure(est), context_for(est), fmt)
        assert str(caught.value) == charts.NO_CHROMIUM and "\n" not in charts.NO_CHROMIUM
    from pptx import Presentation

    # every chart of today's deck is a native PowerPoint chart: the deck needs no Chromium at all
    assert Presentation(io.BytesIO(export_bytes(est, sim, None, "pptx"))).slides
    # a chart without a native form (the deck still has the path) becomes one line of text on its slide
    specs = chart_specs(est, sim)
    deck = Presentation(io.BytesIO(build_deck(est, sim, [replace(specs[0], native=None), *specs[1:]])))
    texts = [sh.text_frame.text for slide in deck.slides for sh in slide.shapes if sh.has_text_frame]
    assert texts.count(charts.NO_CHROMIUM) == 1 and len(deck.slides) == len(specs) + 5  # title, summary, 3 of sources
    assert export_bytes(est, sim, None, "xlsx")[:2] == b"PK"
    assert b"<h1>" in export_bytes(est, sim, None, "html")


def test_the_command_line_refuses_an_image_in_one_line(no_chromium, tmp_path, capsys):
    target = tmp_path / "chart.png"
    code = main(["export", str(ROOT / "examples" / "customer_service.json"), "--format", "png", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2 and err == f"error: {charts.NO_CHROMIUM}\n" and not target.exists()


def test_the_page_says_so_once_and_keeps_its_other_downloads(no_chromium, monkeypatch):
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception and not at.error
    assert [c.value for c in at.caption].count(charts.NO_CHROMIUM) == 1
    labels = [e.proto.label for e in at.get("download_button")]
    assert "Download chart (PNG, slide size)" not in labels and "Download chart (SVG)" not in labels, labels
    assert {"Download scenario table (CSV)", "Download slide deck", "Download report (HTML)"} <= set(labels)
