"""The HTML report printed from Chromium (session 20's walk: a presenter prints it to PDF).

Printed on A4 with Chromium's defaults, the report cut the cumulative-cost chart between pages 1 and 2 (its axis
title read "U" / "SD" across the break) and the uncertainty histogram between pages 2 and 3; and, as Chromium
prints no background colours unless asked ("Background graphics" is off by default), every legend above a chart
lost its colour keys ("Wages  Benefits  Supervision ..." with nothing to match them to the bars).

Read with poppler's ``pdftotext`` and ``pdftoppm`` (Debian's poppler-utils, which scripts/test.sh installs): skipped
where they are missing, except in CI, where that fails.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from chromium import CHROMIUM

from estimator import meeting
from estimator.estimate import estimate
from estimator.report import build_report
from estimator.scenario import Scenario, VendorPrice
from estimator.uncertainty import simulate, tornado

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true", reason="no Debian chromium"),
    # scripts/test.sh installs them; in CI a missing one fails (a fresh machine skipped these two in session 23)
    pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdftoppm")) and os.environ.get("CI") != "true",
                       reason="no poppler-utils"),
]


@pytest.fixture(scope="module")
def printed(tmp_path_factory, browser):
    """The README's worked example (10 FTE, BPO $20-30 an hour) as a report, printed to A4 as Chromium's print
    dialog does by default (no background graphics)."""
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, source="BPO vs. KPO"))
    est, sim = estimate(s), simulate(s)
    html = build_report(est, sim, meeting.chart_specs(est, sim, tornado(s, "bpo")), dt.date(2026, 11, 27))
    folder = tmp_path_factory.mktemp("print")
    (folder / "report.html").write_bytes(html)
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.goto((folder / "report.html").as_uri())
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 6",
                               timeout=30_000)
        page.pdf(path=str(folder / "report.pdf"), format="A4")
    finally:
        ctx.close()
    return folder / "report.pdf"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def test_no_chart_is_cut_across_a_page_break(printed):
    pages = _pages(printed)
    # each chart's caption and the title line above its chart (a whole line: captions repeat the words)
    charts = (("Cost build-up.", "BPO saves $1,990,160 (41%) over 5 years"),
              ("Cumulative cost.", "BPO saves $1,990,160 (41%) over 5 years"),
              ("Savings waterfall.", "BPO saves $1,990,160 over 5 years: $4,801,481 in-house"),
              ("Uncertainty.", "BPO is cheaper than in-house over 5 years"),
              ("Fan chart.", "BPO is cheaper than in-house over 5 years"),
              ("What moves it.", "Salary per FTE moves BPO's savings most"))
    for caption, title in charts:
        on = [i for i, p in enumerate(pages) if caption in p]
        assert len(on) == 1, caption
        # the page's lines from the previous chart's caption (or the page's top) to this caption hold the title:
        # the cumulative-cost chart's title was on the page before its lower half and caption
        lines = pages[on[0]].split(caption)[0].splitlines()
        starts = [i for i, line in enumerate(lines) if line.strip().startswith(tuple(c for c, _ in charts))]
        own = lines[starts[-1] + 1:] if starts else lines
        assert any(line.strip().startswith(title) for line in own), f"{caption} printed apart from its title"


def test_legend_keys_keep_their_colour_in_print(printed, tmp_path):
    # where "Wages" of the cost build-up's legend is printed, in points (pdftotext's bounding boxes)
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(printed), "-"], capture_output=True,
                           text=True, check=True).stdout
    word = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Wages</word>', boxes)
    assert word, "no legend on page 1"
    x, top, bottom = (float(v) for v in word.groups())
    # page 1 drawn at 72 dpi: a pixel a point
    subprocess.run(["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", str(printed), str(tmp_path / "p")],
                   check=True)
    image_module = pytest.importorskip("PIL.Image")
    image = image_module.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    # the key is the square just left of the word: some pixel there is a colour, not white, grey or black
    key = image.crop((max(0, int(x) - 16), int(top), int(x), int(bottom) + 1))
    coloured = [px for i in range(key.width) for j in range(key.height) if max(px := key.getpixel((i, j))) - min(px) > 60]
    assert coloured, "the Wages key printed without its colour"
