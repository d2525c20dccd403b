"""What only a browser shows, from the session-21 walk (h21walk): a keyboard user, a tablet held upright, and a user
of the browser's own Back, Forward and reload (Debian's Chromium; the session's server and browser fixtures,
conftest.py). One page walked through every check, to keep CI's time."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

FTE = "[data-testid='stSidebar'] input[type=range]"


def _settled(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)


def test_a_reload_on_another_page_keeps_the_inputs(browser, server):
    """h21walk, 1280 × 800: 20 FTE set by keyboard on the Estimate page ($9,602,962 in-house over 5 years), then the
    Scenarios page and a reload (F5): the page said "Open the Estimate page first", and the Estimate page was back at
    10 FTE and $4,801,481 (the Which model fits, Contact centre and Scenarios pages, 3 of 3). Every page's address now
    holds the inputs' link."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = ctx.new_page()
        page.goto(server)
        page.wait_for_selector("[data-testid='stMetricValue']", timeout=90_000)
        _settled(page)
        page.locator(FTE).first.focus()
        for _ in range(10):  # 10 -> 20, one key a step, each run awaited
            page.keyboard.press("ArrowRight")
        page.get_by_text("$9,602,962", exact=True).wait_for(timeout=30_000)
        _settled(page)
        page.get_by_role("link", name="Scenarios").click()
        page.get_by_role("heading", name="Save the current inputs").wait_for(timeout=30_000)
        _settled(page)
        page.reload()
        page.get_by_role("button", name="Save scenario").wait_for(timeout=60_000)  # not "Open the Estimate page first"
        _settled(page)
        page.get_by_role("link", name="Estimate").click()
        page.wait_for_selector("[data-testid='stMetricValue']", timeout=60_000)
        _settled(page)
        assert page.locator(FTE).first.input_value() == "20"
        assert page.locator("[data-testid='stMetricValue']").first.inner_text() == "$9,602,962"
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()
