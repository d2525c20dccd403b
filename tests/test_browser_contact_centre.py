"""The contact-centre page in Debian's Chromium: upload an interval file, see the staffing curve and the cost change.

Uses the session's dashboard server and Chromium (conftest.py) (same Chromium flags, nothing downloaded).
"""

from __future__ import annotations

import math

import pytest

pytest.importorskip("playwright.sync_api")
from chromium import HAS_CHROMIUM, IDLE  # noqa: E402
from test_harness import OVERLAPS_JS  # noqa: E402

pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

HEAD = "interval_start,queue,contacts,aht_seconds\n"


def _file(voice: int, tmp_path, name: str):
    # four half hours 08:00-09:30 of one day; Voice peaks at `voice` calls at 3 minutes, Chat steady
    rows = [f"2026-11-23 {t},Voice,{c},180\n" for t, c in zip(("08:00", "08:30", "09:00", "09:30"),
                                                               (voice // 2, voice, voice, voice // 2), strict=True)]
    rows += [f"2026-11-23 {t},Chat,20,600\n" for t in ("08:00", "08:30", "09:00", "09:30")]
    path = tmp_path / name
    path.write_text(HEAD + "".join(rows))
    return path


def round_steps(ticks: list[float]) -> bool:
    """Ticks a reader takes in: evenly spaced from 0 by 1, 2 or 5 × 10^k (2.5 × 10^k too, as plotly steps)."""
    step = ticks[1] - ticks[0]
    mantissa = step / 10 ** math.floor(math.log10(step))
    return (ticks[0] == 0 and any(math.isclose(mantissa, m) for m in (1, 2, 2.5, 5))
            and all(math.isclose(t, i * step) for i, t in enumerate(ticks)))


def _title_has(page, text: str) -> None:
    """The staffing curve's title, shown as page text above the chart (views.chart_handoff.chart_title)."""
    page.wait_for_function(
        "(t) => [...document.querySelectorAll('.chart-title')].some(e => e.textContent.includes(t))",
        arg=text, timeout=30_000)


def _label_heights(page, tick_class: str) -> list[float]:
    """The vertical centres on screen of one axis's tick labels, bottom to top."""
    boxes = [t.bounding_box() for t in page.locator(f"[data-testid='stPlotlyChart'] .{tick_class} text").all()]
    return sorted((b["y"] + b["height"] / 2 for b in boxes if b), reverse=True)


def _metric(page, label: str) -> str:
    box = page.locator("[data-testid='stMetric']").filter(has_text=label)
    return box.locator("[data-testid='stMetricValue']").inner_text()


def test_upload_an_interval_file_and_see_the_curve_and_cost_change(browser, server, tmp_path):
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    page = ctx.new_page()
    page.goto(f"{server}/contact_centre")
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=60_000)

    page.get_by_role("radio", name="Interval file").click()
    page.get_by_text("Upload an interval file").wait_for(timeout=30_000)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(_file(100, tmp_path, "week.csv"))
    # 100 calls a half hour at 3 minutes, 80% in 20 s: the published 14 agents at the peak
    _title_has(page, "Voice needs up to 14 agents on the phones (at 08:30)")
    page.wait_for_selector(IDLE, timeout=30_000)
    before = _metric(page, "In-house cost a month")
    assert page.locator("[data-testid='stPlotlyChart'] .scatterlayer .trace").count() == 2  # Voice and Chat curves
    # the contacts axis reads in round steps (synced to the agents' gridlines it read 0, 20, 40, 61, 81)
    ticks = [float(t.replace(",", "")) for t in
             page.locator("[data-testid='stPlotlyChart'] .y2tick text").all_text_contents()]
    assert len(ticks) >= 3 and round_steps(ticks), ticks
    # and each contacts label sits on an agents gridline: the same heights on screen as the agents' labels. Round
    # steps alone hold when plotly picks the contacts axis's range itself (autorange planted on yaxis2: 6
    # contacts labels against 9 agents labels, five of them between the gridlines); the layout's ranges are
    # unit-tested (test_contact_centre_labels.py), not what plotly.js draws from them.
    agents_at, contacts_at = _label_heights(page, "ytick"), _label_heights(page, "y2tick")
    assert len(contacts_at) == len(agents_at) and all(
        abs(a - c) <= 1 for a, c in zip(agents_at, contacts_at, strict=True)), (agents_at, contacts_at)
    # plotly's toolbar (there while the pointer is on the chart) stood over the contacts axis's title: both in the
    # right margin, which automargin sized for the larger of them
    chart = page.locator("[data-testid='stPlotlyChart']").first
    clashes = chart.evaluate(OVERLAPS_JS.replace(".ytitle,", ".ytitle, .y2title, .y2tick text,"))
    assert [c for c in clashes if "y2" in c] == [], clashes

    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(_file(200, tmp_path, "busy.csv"))
    # 200 calls a half hour (20 Erlangs) need 24 agents
    _title_has(page, "Voice needs up to 24 agents on the phones (at 08:30)")
    page.wait_for_selector(IDLE, timeout=30_000)
    after = _metric(page, "In-house cost a month")
    # the second upload keeps every setting: nothing came back from the browser emptied or at its minimum
    assert "Not used" not in " ".join(page.locator("[data-testid='stAlert']").all_inner_texts())
    assert after != before
    assert float(after.strip("$").replace(",", "")) > float(before.strip("$").replace(",", ""))

    bad = tmp_path / "bad.csv"
    bad.write_text(HEAD + "2026-11-23 08:00,Voice,-3,180\n")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(bad)
    page.locator("[data-testid='stAlert']").filter(has_text="row 2, column 'contacts'").wait_for(timeout=30_000)
    assert not page.locator("[data-testid='stException']").count()
    ctx.close()
