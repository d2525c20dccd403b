"""The "Which model fits" page in Debian's Chromium: answer the five questions, read the suggestion, open the estimate.

Reuses the harness's server (which fails at teardown if Streamlit warned of a widget with both a default and a
Session State value: the guide's radios start unanswered through views/store.py, never ``index=``). The checks are
the last part of the walk in tests/test_browser_walk_s21.py, which shares one page load with them (session 25, for
CI's time).
"""

from __future__ import annotations

from chromium import IDLE  # the browser and server fixtures are in conftest.py
from test_harness import no_exception

ANSWERS = ["By set rules and standard steps", "Volume: many similar transactions, done reliably",
           "Trained staff: communication and basic computer skills", "Little: hand work over, receive results",
           "Customers' personal or confidential data"]


def answer_the_guide_and_open_the_estimate(page) -> None:
    """From the Estimate page at 1280 × 800 with its inputs as loaded (the walk in tests/test_browser_walk_s21.py
    asserts them before this part): the "Which model fits" page by its link, its five questions answered, the
    suggestion read, then the estimate it opens. Leaves the Estimate page with the suggestion above its metrics."""
    page.get_by_role("link", name="Which model fits").click()
    page.get_by_text("Answer every question").wait_for(timeout=30_000)
    for text in ANSWERS:
        page.get_by_text(text, exact=True).click()
        page.wait_for_selector(IDLE, timeout=30_000)
    success = page.locator("[data-testid='stAlertContentSuccess']")
    success.wait_for(timeout=30_000)
    assert "BPO. BPO fits: the work is rule-based" in success.inner_text(), ("guide: the suggestion",
                                                                           success.inner_text())
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "relies on rules" in body and "Differences between Business Process Outsourcing" in body, \
        ("guide: the page's text", body)
    no_exception(page, "guide")
    # the estimate opens on the work, with the suggestion above its metrics
    page.get_by_role("button", name="Open the estimate for Customer service").click()
    page.wait_for_selector("[data-testid='stMetric']", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    main = page.locator("[data-testid='stMain']").inner_text()
    assert "Which model fits: BPO fits" in main and "Customer service: in-house, BPO or KPO?" in main, \
        ("guide: the estimate it opened", main)
    no_exception(page, "estimate after the guide")
