"""The contact-centre page in Debian's Chromium: upload an interval file, see the staffing curve and the cost change;
with, on the same page load, the checks of tests/test_browser_walk_s14.py and
tests/test_browser_contact_centre_inputs.py (the walk at the end of this file).

Uses the session's dashboard server and Chromium (conftest.py) (same Chromium flags, nothing downloaded).
"""

from __future__ import annotations

import math

import pytest

pytest.importorskip("playwright.sync_api")
from chromium import HAS_CHROMIUM, IDLE  # noqa: E402
from test_browser_contact_centre_inputs import inputs_survive_a_page_switch_and_bad_numbers_are_reported  # noqa: E402
from test_browser_walk_s14 import (  # noqa: E402
    a_saved_name_comes_back_on_the_estimate_page,
    contact_centre_reads_in_full_at_1280,
)
from test_harness import COUNT_RUNS_JS, OVERLAPS_JS, SIDEBAR, metrics, resize, runs, settle, shown, type_into  # noqa: E402

pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

CHART = "[data-testid='stPlotlyChart'] .main-svg"
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


def _upload_an_interval_file_and_see_the_curve_and_cost_change(page, tmp_path) -> None:
    """From the Contact centre page at 1440 × 900 with its inputs at their defaults: "Interval file", a file of 100
    calls at the peak, then one of 200, then a bad one. Leaves the source on "Interval file" and the bad file's
    error: the walk's last part."""
    where = "interval file"
    page.get_by_role("radio", name="Interval file").click()
    page.get_by_text("Upload an interval file").wait_for(timeout=30_000)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(_file(100, tmp_path, "week.csv"))
    # 100 calls a half hour at 3 minutes, 80% in 20 s: the published 14 agents at the peak
    _title_has(page, "Voice needs up to 14 agents on the phones (at 08:30)")
    page.wait_for_selector(IDLE, timeout=30_000)
    before = _metric(page, "In-house cost a month")
    # Voice and Chat curves
    assert page.locator("[data-testid='stPlotlyChart'] .scatterlayer .trace").count() == 2, f"{where}: 100 calls"
    # the contacts axis reads in round steps (synced to the agents' gridlines it read 0, 20, 40, 61, 81)
    ticks = [float(t.replace(",", "")) for t in
             page.locator("[data-testid='stPlotlyChart'] .y2tick text").all_text_contents()]
    assert len(ticks) >= 3 and round_steps(ticks), (f"{where}: 100 calls", ticks)
    # and each contacts label sits on an agents gridline: the same heights on screen as the agents' labels. Round
    # steps alone hold when plotly picks the contacts axis's range itself (autorange planted on yaxis2: 6
    # contacts labels against 9 agents labels, five of them between the gridlines); the layout's ranges are
    # unit-tested (test_contact_centre_labels.py), not what plotly.js draws from them.
    agents_at, contacts_at = _label_heights(page, "ytick"), _label_heights(page, "y2tick")
    assert len(contacts_at) == len(agents_at) and all(
        abs(a - c) <= 1 for a, c in zip(agents_at, contacts_at, strict=True)), (f"{where}: 100 calls", agents_at,
                                                                                 contacts_at)
    # plotly's toolbar (there while the pointer is on the chart) stood over the contacts axis's title: both in the
    # right margin, which automargin sized for the larger of them
    chart = page.locator("[data-testid='stPlotlyChart']").first
    clashes = chart.evaluate(OVERLAPS_JS.replace(".ytitle,", ".ytitle, .y2title, .y2tick text,"))
    assert [c for c in clashes if "y2" in c] == [], (f"{where}: 100 calls", clashes)

    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(_file(200, tmp_path, "busy.csv"))
    # 200 calls a half hour (20 Erlangs) need 24 agents
    _title_has(page, "Voice needs up to 24 agents on the phones (at 08:30)")
    page.wait_for_selector(IDLE, timeout=30_000)
    after = _metric(page, "In-house cost a month")
    # the second upload keeps every setting: nothing came back from the browser emptied or at its minimum
    assert "Not used" not in " ".join(page.locator("[data-testid='stAlert']").all_inner_texts()), f"{where}: 200 calls"
    assert after != before, (f"{where}: 200 calls", before, after)
    assert float(after.strip("$").replace(",", "")) > float(before.strip("$").replace(",", "")), \
        (f"{where}: 200 calls", before, after)

    bad = tmp_path / "bad.csv"
    bad.write_text(HEAD + "2026-11-23 08:00,Voice,-3,180\n")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(bad)
    page.locator("[data-testid='stAlert']").filter(has_text="row 2, column 'contacts'").wait_for(timeout=30_000)
    page.wait_for_selector(IDLE, timeout=30_000)  # the bad file's run ended: the walk's next click is not lost in it
    assert not page.locator("[data-testid='stException']").count(), f"{where}: the bad file"


def _back_to_the_contact_centre_as_loaded(page, fresh: list, fresh_results: dict, after: str) -> None:
    """The Contact centre page, by its link where another page is on screen, showing what it showed as loaded: every
    sidebar input (the volume source's pressed button among them) and every metric."""
    if not page.locator(f"{SIDEBAR} input[aria-label='Voice: service level (%)']").count():
        page.get_by_role("link", name="Contact centre").first.click()  # the page list's, not a page link
        page.locator(f"{SIDEBAR} input[aria-label='Voice: service level (%)']").wait_for(timeout=30_000)
    page.wait_for_selector(CHART, timeout=60_000)
    page.wait_for_selector(IDLE, timeout=30_000)
    assert shown(page) == fresh, f"the Contact centre page's inputs after {after}: not as loaded"
    assert metrics(page) == fresh_results, f"the Contact centre page's results after {after}: not as loaded"


def test_the_contact_centre_walk_from_its_first_screen_to_an_interval_file(browser, server, tmp_path):
    """Four checks on one page load, for CI's time (a load costs about 7 CPU-seconds, a rerun or a page link under
    one); until session 25 they were three tests, each loading the page (tests/test_browser_walk_s14.py's and
    tests/test_browser_contact_centre_inputs.py's, whose docstrings say what each guards):

    1. the Contact centre page as loaded at 1280 × 720: no label cut short (changes nothing); the window is then
       resized to 1440 × 900 (the page's layout is CSS: a desktop page resized matched fresh loads to the pixel in
       session 22), and what the page shows, its inputs and results, is read as the fresh page's;
    2. from there by links, the Estimate and Scenarios pages: a saved name comes back on the Estimate page (changes
       the Estimate page's name and the store); the Contact centre page again by its link, its inputs and results
       asserted to be as loaded;
    3. the contact-centre inputs kept across a page switch, a bad number reported, the queue handed to the Estimate
       page; undone: the Contact centre page by its link, Voice's four inputs put back as loaded, and the page's
       inputs and results asserted to be as loaded;
    4. an interval file uploaded (the curve, its axes, the cost), last: it leaves the volume source on "Interval
       file" and a bad file's error. After its uploads a run stopped for the next one can lose its "finished"
       message (Streamlit drops queued messages when a run starts), which settle()'s count of runs would wait out:
       this part waits on what the page draws, and comes after every part that counts runs."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    ctx.add_init_script(COUNT_RUNS_JS)  # runs() and settle() read the page's count of runs
    try:
        page = ctx.new_page()
        page.goto(f"{server}/contact_centre")
        contact_centre_reads_in_full_at_1280(page)
        resize(page, 1440, 900)
        page.wait_for_selector(CHART, timeout=60_000)
        fresh, fresh_results = shown(page), metrics(page)
        assert ("pressed", "Volume a day") in fresh, ("the Contact centre page as loaded", fresh)

        a_saved_name_comes_back_on_the_estimate_page(page)
        _back_to_the_contact_centre_as_loaded(page, fresh, fresh_results, "the saved name's walk")

        inputs_survive_a_page_switch_and_bad_numbers_are_reported(page)
        page.get_by_role("link", name="Contact centre").first.click()  # the page list's, not a page link
        page.wait_for_selector(CHART, timeout=60_000)
        page.locator(f"{SIDEBAR} input[aria-label='Voice: service level (%)']").wait_for(timeout=30_000)
        page.wait_for_selector(IDLE, timeout=30_000)
        loaded = dict(fresh)
        for label in ("Voice: contacts a day", "Voice: handle time (seconds)", "Voice: answer within (seconds)"):
            type_into(page, label, loaded[label])
        page.locator(f"{SIDEBAR} input[aria-label='Voice: service level (%)']").focus()
        n = runs(page)
        page.keyboard.press("ArrowRight")  # 79 -> 80, one step right
        settle(page, n, "undoing the contact-centre inputs: the Voice service level one step right")
        _back_to_the_contact_centre_as_loaded(page, fresh, fresh_results, "the contact-centre inputs")

        _upload_an_interval_file_and_see_the_curve_and_cost_change(page, tmp_path)
    finally:
        ctx.close()
