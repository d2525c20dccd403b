"""The contact-centre page's inputs in Debian's Chromium (the harness's server and browser): volume, handle time
and targets kept across a page switch; a number out of range said next to the results with the value used; the
queue carried to the Estimate page as its workload. The checks are the last part of the contact-centre walk in
tests/test_browser_contact_centre.py, which shares one page load with them (session 25, for CI's time)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api")
from chromium import CHROMIUM, IDLE  # noqa: E402
from test_harness import (  # noqa: E402
    SIDEBAR,
    alerts,
    metrics,
    no_exception,
    runs,
    settle,
    shown,
    type_into,
)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                                reason="Debian's chromium is not installed (scripts/test.sh installs it)")
CHART = "[data-testid='stPlotlyChart'] .main-svg"


def _go(page, link: str, ready: str) -> None:
    page.get_by_role("link", name=link).click()
    page.wait_for_selector(ready, timeout=30_000)
    page.wait_for_selector(IDLE, timeout=30_000)


def inputs_survive_a_page_switch_and_bad_numbers_are_reported(page) -> None:
    """The contact-centre walk's last part (tests/test_browser_contact_centre.py), on the Contact centre page at
    1440 × 900 with its inputs at their defaults (asserted there before this part): Voice's volume, handle time and
    targets set, kept across a switch to Sources and back; a handle time of 0 refused next to the results with the
    value used; then the queue handed to the Estimate page as its workload (leaves the page there)."""
    where = "contact-centre inputs"
    # 2,400 calls a day at 3 minutes, 30 seconds to answer; 79% service level (one step left of 80)
    type_into(page, "Voice: contacts a day", "2400")
    type_into(page, "Voice: handle time (seconds)", "180")
    type_into(page, "Voice: answer within (seconds)", "30")
    page.locator(f"{SIDEBAR} input[aria-label='Voice: service level (%)']").focus()
    n = runs(page)
    page.keyboard.press("ArrowLeft")
    settle(page, n, f"{where}: the Voice service level one step left")
    no_exception(page, f"{where}: set")
    before, results = shown(page), metrics(page)
    values = dict(before)
    assert (values["Voice: contacts a day"], values["Voice: handle time (seconds)"],
            values["Voice: answer within (seconds)"], values["Voice: service level (%)"]) == ("2400", "180", "30", "79"), \
        (f"{where}: set", values)

    _go(page, "Sources", "text=Reference prices and default assumptions")
    _go(page, "Contact centre", CHART)
    no_exception(page, f"{where}: back from Sources")
    assert shown(page) == before, f"{where}: the inputs after Sources and back"
    assert metrics(page) == results, f"{where}: the results after Sources and back"

    # A handle time of 0 is refused: said next to the results, naming the value the results use instead.
    type_into(page, "Voice: handle time (seconds)", "0")
    no_exception(page, f"{where}: 0 seconds")
    message = alerts(page)
    assert "Not used" in message, (f"{where}: 0 seconds", message)
    assert "Voice handle time: 0 seconds is outside 1 second to 7,200 seconds; the results use 180 seconds." \
        in message, (f"{where}: 0 seconds", message)
    assert metrics(page) == results, f"{where}: 0 seconds"
    type_into(page, "Voice: handle time (seconds)", "180")
    assert "Not used" not in alerts(page), (f"{where}: 180 seconds again", alerts(page))

    # The queue becomes the estimate's workload.
    n = runs(page)
    page.get_by_role("button", name="Use this queue as the workload of the estimate").click()
    page.wait_for_selector(CHART, timeout=60_000)
    settle(page, n, f"{where}: 'Use this queue as the workload of the estimate'")
    # the Estimate page's own sidebar, not the Contact centre's chart still on screen mid-switch: under a loaded
    # full run the widgets were read while the new page had drawn none of them yet ([])
    page.locator(SIDEBAR).get_by_text("The queues from the Contact centre page (in the pages above): Voice").first.wait_for(
        timeout=60_000)
    settle(page)
    no_exception(page, f"{where}: the Estimate page")
    assert ("pressed", "Contact volume (Erlang C)") in shown(page), (f"{where}: the Estimate page", shown(page))
    sidebar = page.locator(SIDEBAR).inner_text()
    assert "The queues from the Contact centre page (in the pages above): Voice" in sidebar, \
        f"{where}: the Estimate page's sidebar"
