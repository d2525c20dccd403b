"""Session 20's small defects where they are page behaviour, looked at in Chromium (tests/test_small_s20.py holds the
rest): the Scenarios comparison on a phone draws no line for a cell with nothing in it."""

from __future__ import annotations

import os

import pytest
from chromium import HAS_CHROMIUM, IDLE  # the browser and server fixtures are in conftest.py
from test_browser_scenarios import fte_steps, go, pick, save, wait_metric

from estimator.scenario import Scenario, VendorPrice
from views.share import encode

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")
SHOTS = os.environ.get("SMALL_S20_SHOTS")  # a folder to keep each screenshot in, to look at

# The comparison's cells a reader sees with no text of their own ("Savings P10:" and nothing after it on a phone,
# the column's name being the style sheet's ::before), as "row N, column M"
EMPTY_LINES_JS = """(root) => [...root.querySelectorAll("tr")].flatMap((tr, r) => [...tr.querySelectorAll("td")]
  .map((td, c) => ({td, c})).filter(({td}) => td.getBoundingClientRect().height > 0 && !td.innerText.trim())
  .map(({c}) => `row ${r}, column ${c + 1}`))"""


def _compare(browser, server, names: tuple[str, str]):
    """A page at 1440 x 900 comparing two saved scenarios of the README's example, 10 and 12 FTE (their in-house and
    unpriced KPO rows have cells with nothing: no saving against itself, no cost without a quote). One load: the
    10 FTE scenario opened from its link and saved, then the Estimate page's headcount slider moved to 12 (two key
    presses, as tests/test_browser_scenarios.py does) and saved again: the same inputs as the 12 FTE link's."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    page = ctx.new_page()
    s = Scenario("Customer service", 10, name=names[0], bpo=VendorPrice("per_hour", 20, 30))
    page.goto(f"{server}/?s={encode(s)}")
    page.wait_for_selector(IDLE, timeout=90_000)
    save(page, names[0])
    page.locator("[data-testid='stSidebar']").get_by_role("link", name="Estimate", exact=True).click()
    wait_metric(page, "$4,801,481", timeout=90_000)  # README worked example over 5 years, 10 FTE
    fte_steps(page, 2)
    wait_metric(page, "$5,761,777")  # 12 FTE: 4,801,480.88 × 1.2 = 5,761,777.06
    save(page, names[1])
    go(page, "Scenarios")
    picker = page.get_by_label("Two to four saved scenarios")
    for name in names:
        pick(page, picker, name)
        page.wait_for_selector(IDLE, timeout=60_000)
    page.keyboard.press("Escape")
    page.locator(".st-key-compare_results").wait_for(timeout=30_000)
    return ctx, page


def test_a_phone_draws_no_line_for_a_cell_with_nothing(browser, server):
    """390 x 844: each in-house row read "Savings P10:", "Savings P50:", "Savings P90:" and "Chance cheaper:" with
    nothing after them, the KPO row needing a quote "Over the horizon:" too (Streamlit writes an empty cell as a
    no-break space). Such a cell is a dash now: shown on a wide screen ("not applicable"), no line on a phone."""
    ctx, page = _compare(browser, server, ("Ten s20", "Twelve s20"))
    try:
        results = page.locator(".st-key-compare_results")
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(800)
        results.scroll_into_view_if_needed()
        if SHOTS:
            results.screenshot(path=os.path.join(SHOTS, "compare-390.png"))
        # before: 18 lines with nothing ("row 1, column 5" ... "row 6, column 8")
        assert results.evaluate(EMPTY_LINES_JS) == []
        text = results.inner_text()
        assert text.count("$") == 2 * (2 + 5)  # in-house: a month, the horizon; BPO: those and P10, P50, P90
        # six rows: 2 × (in-house 4 lines, BPO 8, KPO 3)
        assert results.locator("td:visible").count() == 2 * (4 + 8 + 3)
        assert "—" not in text
        # wide: a dash where there is nothing (4 in each in-house row, 5 in each KPO row), as a table writes one
        page.set_viewport_size({"width": 1440, "height": 900})
        page.wait_for_timeout(800)
        if SHOTS:
            results.screenshot(path=os.path.join(SHOTS, "compare-1440.png"))
        assert [e.inner_text() for e in results.locator("td em").all()] == ["—"] * (2 * 4 + 2 * 5)
    finally:
        ctx.close()
