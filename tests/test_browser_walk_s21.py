"""What only a browser shows, from the session-21 walk (h21walk): a keyboard user, a tablet held upright, and a user
of the browser's own Back, Forward and reload (Debian's Chromium; the session's server and browser fixtures,
conftest.py). One page walked through every check, to keep CI's time; tests/test_browser_guide.py's checks end it."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_guide import answer_the_guide_and_open_the_estimate
from test_browser_walk import CUT_JS
from test_harness import metrics, open_page, resize, shown

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

FTE = "[data-testid='stSidebar'] input[type=range]"


def _settled(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)


def _sidebar_open_at(page, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(500)
    if page.locator("[data-testid='stExpandSidebarButton']").is_visible():  # Streamlit may close it on the resize
        page.locator("[data-testid='stExpandSidebarButton']").click()
    page.locator("[data-testid='stSidebarNavLink']").first.wait_for(timeout=10_000)
    page.wait_for_timeout(500)  # the sidebar's slide
    assert page.locator("[data-testid='stSidebar']").bounding_box()["width"] > 200  # open beside the page


def test_a_reload_on_another_page_keeps_the_inputs_a_tablet_reads_them_in_full_and_the_guide(browser, server):
    """h21walk, 1280 × 800: 20 FTE set by keyboard on the Estimate page ($9,602,962 in-house over 5 years), then the
    Scenarios page and a reload (F5): the page said "Open the Estimate page first", and the Estimate page was back at
    10 FTE and $4,801,481 (the Which model fits, Contact centre and Scenarios pages, 3 of 3; the Mix and Sources pages
    too). Every page's address now holds the inputs' link. Here 13 FTE, three key presses, for CI's time.

    Then the same page as a tablet held upright, sidebar open (768 × 1024, 436 px for the page): the Scenarios page's
    two columns cut a saved scenario's buttons to "Du…", "Allo…", "Del…" and the toggle to "Replace one of the sa…";
    the Mix page's second download read "Download the mix's tabl…".

    Then, on the same page load (session 25, for CI's time: tests/test_browser_guide.py's test loaded a page of its
    own at 1280 × 800), the "Which model fits" page answered and the estimate it opens. Before it the walk is undone:
    the headcount back to 10 (three key presses), the window back to 1280 × 800 and the scenario's name as it was
    before the save, and the Estimate page's inputs and results asserted to be what the page showed as loaded (the
    reload's new session took them from the address; the saved scenario stays in the store, which the guide does not
    read)."""
    ctx, page = open_page(browser, server, 1280, 800)
    try:
        page.wait_for_selector("[data-testid='stMetricValue']", timeout=90_000)
        _settled(page)
        fresh, fresh_results = shown(page), metrics(page)
        page.locator(FTE).first.focus()
        for _ in range(3):  # 10 -> 13 FTE, a key a step
            page.keyboard.press("ArrowRight")
        # every in-house cost is per FTE: 1.3 × README's $4,801,481 (10 FTE) = $6,241,925
        page.get_by_text("$6,241,925", exact=True).wait_for(timeout=30_000)
        _settled(page)
        page.get_by_role("link", name="Scenarios").click()
        page.get_by_role("heading", name="Save the current inputs").wait_for(timeout=30_000)
        _settled(page)
        page.reload()
        page.get_by_role("button", name="Save scenario").click(timeout=60_000)  # not "Open the Estimate page first"
        page.get_by_text("Saved as", exact=False).wait_for(timeout=30_000)
        _settled(page)

        _sidebar_open_at(page, 768, 1024)
        assert page.evaluate(CUT_JS) == [], "tablet 768 × 1024: the Scenarios page"
        page.get_by_role("link", name="Mix of functions").click()
        button = page.get_by_role("button", name="Download the mix's table (CSV)")
        button.wait_for(timeout=60_000)
        _settled(page)
        button.scroll_into_view_if_needed()
        assert page.evaluate(CUT_JS) == [], "tablet 768 × 1024: the Mix page"

        page.get_by_role("link", name="Estimate").click()
        page.wait_for_selector("[data-testid='stMetricValue']", timeout=60_000)
        _settled(page)
        assert page.locator(FTE).first.input_value() == "13", "tablet 768 × 1024: the Estimate page after the reload"
        assert page.locator("[data-testid='stMetricValue']").first.inner_text() == "$6,241,925", \
            "tablet 768 × 1024: the Estimate page after the reload"
        assert not page.locator("[data-testid='stException']").count(), \
            "tablet 768 × 1024: the Estimate page after the reload"

        # undone for the guide: 13 -> 10 FTE, the desktop window, and the page as loaded
        page.locator(FTE).first.focus()
        for _ in range(3):
            page.keyboard.press("ArrowLeft")
        page.get_by_text("$4,801,481", exact=True).wait_for(timeout=30_000)
        _settled(page)
        resize(page, 1280, 800)
        name = dict(fresh)["Scenario name"]
        if dict(shown(page))["Scenario name"] != name:  # the save names the inputs as saved ("(2)" where one was)
            box = page.get_by_role("textbox", name="Scenario name")
            box.fill(name)
            box.press("Enter")
            _settled(page)
        assert shown(page) == fresh, "the Estimate page's inputs after the reload and tablet walk: not as loaded"
        assert metrics(page) == fresh_results, "the Estimate page's results after the reload and tablet walk: not as loaded"
        answer_the_guide_and_open_the_estimate(page)
    finally:
        ctx.close()
