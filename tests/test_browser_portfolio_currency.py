"""The Mix of functions page in rupees in Chromium at 1280 × 720 (issue 7): "Report in: INR" at 1 INR = 0.012 USD on
the Estimate page, then the Mix page: no error on a "default" pay cell, the pay column in rupees, each function's
default pay the sources' dollars converted (41,600 / 0.012 = 3,466,667 INR), and after "Use the Estimate page's
settings" the caption names rupees. tests/test_portfolio_currency.py has the figures through AppTest."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM
from test_harness import open_page, report_in, runs, settle, type_into

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")


def test_the_mix_page_in_rupees(browser, server):
    ctx, page = open_page(browser, server, 1280, 720)
    try:
        report_in(page, "INR")
        type_into(page, "USD per INR", "0.012")
        page.get_by_role("link", name="Mix of functions").first.click()
        page.wait_for_selector("text=An empty Pay cell", timeout=60_000)
        settle(page)
        main = page.locator("[data-testid='stMain']")
        assert main.get_by_text("Customer service ₹34,66,667, IT and software operations ₹41,47,500").is_visible()
        assert not main.locator("[data-testid='stAlertContentError']").count()
        n = runs(page)
        page.get_by_role("button", name="Use the Estimate page's settings").click()
        settle(page, n)
        page.wait_for_selector("text=Shared settings from the Estimate page: 5-year horizon, money in INR.",
                               timeout=60_000)
        assert not main.locator("[data-testid='stAlertContentError']").count()
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()
