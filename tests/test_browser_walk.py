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


SIZES = [(1440, 900), (1280, 720), (1024, 768)]


def _saved_as(page) -> str:
    """The name the Scenarios page says the inputs were saved as."""
    return page.get_by_text("Saved as").inner_text().removeprefix("Saved as ").strip(" .")


def test_scenarios_page_reads_in_full_and_names_its_downloads(browser, server):
    """At 1440 × 900, 1280 × 720 and 1024 × 768 in turn, on one page load (a load costs 8-9 CPU-seconds of CI's
    time, a resize and a page link well under one): the Estimate page, then the Scenarios page with the inputs saved
    once more at each size. Nothing else changes between sizes: each save adds a scenario of the same inputs, named
    "Customer service (n)", as a fresh page in a session whose store already holds one (the tests before it) did."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    try:
        page = ctx.new_page()
        page.goto(server)
        page.wait_for_selector("[data-testid='stMetricValue']", timeout=90_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        before = ""  # the name the last save said
        for width, height in SIZES:
            where = f"{width} × {height}"
            if width != 1440:
                page.set_viewport_size({"width": width, "height": height})
                page.get_by_role("link", name="Estimate").click()
                page.wait_for_selector("[data-testid='stMetricValue']", timeout=60_000)
                page.wait_for_timeout(500)
                page.wait_for_selector(IDLE, timeout=60_000)
            # The Estimate page first: at 1280 px its downloads in four columns read "Download workbook (…"
            assert page.evaluate(CUT_JS) == [], f"Estimate page at {where}"
            page.get_by_role("link", name="Scenarios").click()
            page.get_by_role("button", name="Save scenario").click()
            # this save's own message: the last size's, if still shown, names the scenario saved before
            page.wait_for_function("(before) => [...document.querySelectorAll(\"[data-testid='stAlert']\")].some("
                                   "e => /Saved as /.test(e.innerText) && e.innerText.split('Saved as ')[1]"
                                   ".trim().replace(/[ .]+$/, '') !== before)",
                                   arg=before, timeout=30_000)
            page.wait_for_selector(IDLE, timeout=30_000)
            # "Open in the estimate page" was cut to "Open in the e…", and "Replace one of the same name" to "Replace …"
            assert page.evaluate(CUT_JS) == [], f"Scenarios page at {where}"
            with page.expect_download() as info:
                page.get_by_role("button", name="Current inputs (JSON)").click()
            # was "scenario.json" whatever the name; named as saved ("Customer service (2)" where the server's store of
            # this test session already holds one), since the inputs carry the name they were saved as (test_walk_s14)
            saved = _saved_as(page)
            stem = "".join(ch if ch.isalnum() else "-" for ch in saved.lower()).strip("-")
            assert saved.startswith("Customer service") and saved != before, (where, saved, before)
            assert info.value.suggested_filename == f"{stem}.json", (where, saved, info.value.suggested_filename)
            assert not page.locator("[data-testid='stException']").count(), where
            before = saved
    finally:
        ctx.close()
