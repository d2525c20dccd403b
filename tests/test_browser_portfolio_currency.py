"""The Mix of functions page in rupees in Chromium at 1280 × 720 (issue 7): "Report in: INR" at 1 INR = 0.012 USD on
the Estimate page, then the Mix page: no error on a "default" pay cell, the pay column in rupees, each function's
default pay the sources' dollars converted (41,600 / 0.012 = 3,466,667 INR), and after "Use the Estimate page's
settings" the caption names rupees. tests/test_portfolio_currency.py has the figures through AppTest. The checks are
the last part of the Mix-and-rupees walk in tests/test_browser_portfolio.py, which shares one page load with them
(session 25, for CI's time)."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM
from test_harness import runs, settle, shown, type_into

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")


def the_mix_page_in_rupees(page) -> None:
    """On the Estimate page at 1280 × 720 already reporting in rupees (the walk's part before this one, in
    tests/test_browser_portfolio.py, picked them: the sidebar's fields are asserted to be in rupees here): the rate to 1 INR =
    0.012 USD, then the Mix page by its link, its default pay in rupees at that rate, then "Use the Estimate page's
    settings". The part before it also typed the Estimate page's own salary in rupees: no check here reads it, the
    Mix page's default pay being the sources' dollars converted, and "Use the Estimate page's settings" taking no pay
    across (estimator/portfolio.shared_from_scenario leaves the pay keys with the scenario). Leaves the Mix page on."""
    where = "the Mix page in rupees"
    # the sidebar's money in rupees: the salary's field named in them, the dollar's rate asked for
    fields = dict(shown(page))
    assert "Salary per FTE (INR/year)" in fields and "USD per INR" in fields, (f"{where}: rupees before it", fields)
    type_into(page, "USD per INR", "0.012")
    page.get_by_role("link", name="Mix of functions").first.click()
    page.wait_for_selector("text=An empty Pay cell", timeout=60_000)
    settle(page)
    main = page.locator("[data-testid='stMain']")
    assert main.get_by_text("Customer service ₹34,66,667, IT and software operations ₹41,47,500").is_visible(), \
        f"{where}: the default pay at 1 INR = 0.012 USD"
    assert not main.locator("[data-testid='stAlertContentError']").count(), f"{where}: the default pay"
    n = runs(page)
    page.get_by_role("button", name="Use the Estimate page's settings").click()
    settle(page, n, f"{where}: 'Use the Estimate page's settings'")
    page.wait_for_selector("text=Shared settings from the Estimate page: 5-year horizon, money in INR.",
                           timeout=60_000)
    assert not main.locator("[data-testid='stAlertContentError']").count(), f"{where}: the Estimate page's settings"
    assert not page.locator("[data-testid='stException']").count(), f"{where}: the Estimate page's settings"
