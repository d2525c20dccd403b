"""What only a browser shows, from the session-14 walk at 1280 × 720 (Debian's Chromium; the session's server and
browser fixtures, conftest.py). Its two checks are parts of the contact-centre walk in
tests/test_browser_contact_centre.py, which shares one page load with them (session 25, for CI's time): the Contact
centre page as first loaded at 1280 × 720 is that walk's first part."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_walk import CUT_JS

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")


def contact_centre_reads_in_full_at_1280(page) -> None:
    """The Contact centre page as first loaded at 1280 × 720 (the first part of the contact-centre walk,
    tests/test_browser_contact_centre.py): no label cut short, changing no input.

    The first metric's label read "Agents on the phones at th…" at 1280 × 720 (four metrics a row beside the
    sidebar); it is now "Peak agents on the phones", as the queue table's "Peak agents"."""
    page.wait_for_selector("[data-testid='stMetricValue']", timeout=90_000)
    # The first metric can be drawn before the rest of the run under load: wait for the label (a page that
    # lost it still fails here), then for the run to end, before reading what is cut.
    page.get_by_text("Peak agents on the phones").wait_for(timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    assert page.evaluate(CUT_JS) == [], "Contact centre at 1280 × 720"
    assert page.get_by_text("Peak agents on the phones").count() == 1, "Contact centre at 1280 × 720"
    assert not page.locator("[data-testid='stException']").count(), "Contact centre at 1280 × 720"


def a_saved_name_comes_back_on_the_estimate_page(page) -> None:
    """From the Contact centre page at 1440 × 900 with its inputs at their defaults, by the page list's links: the
    Estimate page, then the Scenarios page, saved as "Walk s14 plan", back on the Estimate page: the Scenario name
    field must read "Walk s14 plan" (its deck and files are named from it). Leaves the page on the Estimate page,
    its name field "Walk s14 plan", one more scenario in the store.

    The line this guards is the save's ``store_widget.keep("scenario_name", saved.name)`` in views/scenarios.py:
    without it the field reads "Customer service" again. The break this test was written for (5aa9d7d), the field's
    own state set from the Scenarios page (``store_widget.set_value``), which left it empty in the browser though
    AppTest read the new name, is no longer a bug of its own: since fce3c8f ``store.carry_to_page`` writes every
    kept input's state back after any page switch, so the Estimate page's field takes it (that break passes here;
    with the carry withheld from "scenario_name" as well, the field reads "" again)."""
    page.get_by_role("link", name="Estimate").click()
    page.get_by_role("textbox", name="Scenario name").wait_for(timeout=60_000)
    page.wait_for_selector("[data-testid='stMetricValue']", timeout=90_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.get_by_role("link", name="Scenarios").click()
    box = page.get_by_role("textbox", name="Save as", exact=True)
    box.fill("Walk s14 plan")
    box.press("Enter")
    page.wait_for_selector(IDLE, timeout=30_000)
    page.get_by_role("button", name="Save scenario").click()
    page.get_by_text("Saved as").wait_for(timeout=30_000)
    page.wait_for_selector(IDLE, timeout=30_000)
    page.get_by_role("link", name="Estimate").click()
    name = page.get_by_role("textbox", name="Scenario name")
    name.wait_for(timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    # "(2)" where this session's store already holds one
    assert name.input_value().startswith("Walk s14 plan"), ("Estimate at 1440 × 900", name.input_value())
    assert not page.locator("[data-testid='stException']").count(), "Estimate at 1440 × 900"
