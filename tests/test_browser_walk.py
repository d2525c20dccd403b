"""The Estimate and Scenarios pages as an analyst meets them, in Debian's Chromium: every label and button reads in
full, and a download is named after the scenario. (Saving, opening, comparing and sharing: test_browser_scenarios.py.)"""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

# Text cut off with an ellipsis: an element narrower than its own text.
CUT_JS = """() => [...document.querySelectorAll("[data-testid='stMain'] *")]
  .filter(e => e.offsetParent && e.textContent.trim() && e.scrollWidth > e.clientWidth + 1
               && getComputedStyle(e).textOverflow === "ellipsis")
  .map(e => e.textContent)"""


@pytest.mark.parametrize(("width", "height"), [(1440, 900), (1280, 720), (1024, 768)], ids=["1440x900", "1280x720", "1024x768"])
def test_scenarios_page_reads_in_full_and_names_its_downloads(browser, server, width, height):
    ctx = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    try:
        page = ctx.new_page()
        page.goto(server)
        page.wait_for_selector("[data-testid='stMetricValue']", timeout=90_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        # The Estimate page first: at 1280 px its downloads in four columns read "Download workbook (…"
        assert page.evaluate(CUT_JS) == []
        page.get_by_role("link", name="Scenarios").click()
        page.get_by_role("button", name="Save scenario").click()
        page.get_by_text("Saved as").wait_for(timeout=30_000)
        page.wait_for_selector(IDLE, timeout=30_000)
        # "Open in the estimate page" was cut to "Open in the e…", and "Replace one of the same name" to "Replace …"
        assert page.evaluate(CUT_JS) == []
        with page.expect_download() as info:
            page.get_by_role("button", name="Current inputs (JSON)").click()
        # was "scenario.json" whatever the name; named as saved ("Customer service (2)" where the server's store of
        # this test session already holds one), since the inputs carry the name they were saved as (test_walk_s14)
        saved = page.get_by_text("Saved as").inner_text().removeprefix("Saved as ").strip(" .")
        stem = "".join(ch if ch.isalnum() else "-" for ch in saved.lower()).strip("-")
        assert saved.startswith("Customer service") and info.value.suggested_filename == f"{stem}.json"
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()
