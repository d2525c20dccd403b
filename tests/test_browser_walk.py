"""The Estimate and Scenarios pages as an analyst meets them, in Debian's Chromium: every label and button reads in
full, and a download is named after the scenario. (Saving, opening, comparing and sharing: test_browser_scenarios.py.)

Its walk at 1440 x 900 also carries, on the same page load, two tests that had a load each until session 25: a quote
typed and not entered then a page link (tests/test_browser_walk_s17.py), first, and hostile names on the Scenarios
and Contact centre pages (tests/test_browser_hostile.py), last."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_hostile import hostile_names_show_as_text_on_the_scenarios_and_contact_centre_pages, probed
from test_browser_walk_s17 import SIDEBAR, a_quote_typed_and_not_entered_then_a_page_link_keeps_every_price_input
from test_harness import metrics, quote_label, resize, shown

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


def test_a_quote_kept_then_the_scenarios_page_reads_in_full_then_hostile_names_show_as_text(browser, server):
    """Three tests' checks on one page load (a load costs about 7 CPU-seconds of CI's time, a resize and a page link
    well under one), the Estimate page at 1440 × 900 with a fresh page's inputs:

    1. quote part (tests/test_browser_walk_s17.py): "Type a BPO vendor quote instead" on, a quote typed and not
       entered, then the Scenarios link and back keeps every price input. First, as it needs a fresh page's inputs.
       Undone after: the toggle turned off again, and asserted undone: every sidebar input and every metric as the
       page showed them at its load (the typed quotes stay in the session behind the toggle, unused and unsaved
       while it is off).
    2. sizes part: the Estimate and the Scenarios pages read in full at three sizes, and a download is named after
       the scenario (this file's own test until session 25, loading the Estimate page).
    3. hostile part (tests/test_browser_hostile.py, which loaded the Scenarios page): hostile names show as text on
       the Scenarios page, reached here by its link at 1024 × 768 and resized back to 1440 × 900, asserted; then the
       Contact centre page. Its probe (an alert() that sets a flag) is set on the context before the load, so it
       covers everything the walk did before too."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    try:
        page = ctx.new_page()
        dialogs = probed(ctx, page)
        page.goto(server)
        page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=90_000)
        page.wait_for_selector("[data-testid='stMetricValue']", timeout=90_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        fresh, fresh_metrics = shown(page), metrics(page)

        a_quote_typed_and_not_entered_then_a_page_link_keeps_every_price_input(page)
        # off again: its quote fields leave the page, waited for by what the page draws (written when settle() still
        # counted started and finished runs, which stayed one apart here; it now reads the order of the messages)
        page.locator(SIDEBAR).get_by_text("Type a BPO vendor quote instead").click()
        page.locator(f"{SIDEBAR} input[aria-label='{quote_label('BPO', 'low')}']").wait_for(state="detached",
                                                                                          timeout=30_000)
        page.wait_for_timeout(300)
        page.wait_for_selector(IDLE, timeout=60_000)
        assert shown(page) == fresh, "quote part: the toggle turned off left a sidebar input as the load had not"
        assert metrics(page) == fresh_metrics, "quote part: the toggle turned off left the results changed"

        _scenarios_page_reads_in_full_and_names_its_downloads(page)

        resize(page, 1440, 900)
        assert page.viewport_size == {"width": 1440, "height": 900}, ("hostile part: the window", page.viewport_size)
        page.get_by_role("heading", name="Scenarios", exact=True).wait_for(timeout=30_000)
        hostile_names_show_as_text_on_the_scenarios_and_contact_centre_pages(page, dialogs)
    finally:
        ctx.close()


def _scenarios_page_reads_in_full_and_names_its_downloads(page) -> None:
    """At 1440 × 900, 1280 × 720 and 1024 × 768 in turn: the Estimate page, then the Scenarios page with the inputs
    saved once more at each size. Nothing else changes between sizes: each save adds a scenario of the same inputs,
    named "Customer service (n)", as a fresh page in a session whose store already holds one (the tests before it)
    did. ``page``: the Estimate page at 1440 × 900; left on the Scenarios page at 1024 × 768."""
    before = ""  # the name the last save said
    for width, height in SIZES:
        where = f"sizes part, {width} × {height}"
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
