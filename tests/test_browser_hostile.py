"""Hostile names in Debian's Chromium (issue 12): a scenario named ``<img src=x onerror=alert(1)>`` and queue
names with HTML and markdown show as the text they are, run nothing, and a bad upload shows one message.

Reuses the dashboard server of test_browser_scenarios.py (its own store in a temporary directory). The check runs as
the last part of tests/test_browser_walk.py's 1440 x 900 walk since session 25
(test_a_quote_kept_then_the_scenarios_page_reads_in_full_then_hostile_names_show_as_text): it had a page load of
its own, of the Scenarios page.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from chromium import CHROMIUM, IDLE  # the browser and server fixtures are in conftest.py

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                                reason="Debian's chromium is not installed (scripts/test.sh installs it)")

CORPUS = Path(__file__).resolve().parent / "data" / "hostile"
# An <img> the page made from a name, or a script that ran: either sets this flag.
PROBE = "window.__ran = false; window.alert = () => { window.__ran = true; };"


def probed(ctx, page) -> list[str]:
    """Set the probe in ``ctx`` (before its page loads) and return the list ``page``'s dialogs are written to."""
    ctx.add_init_script(PROBE)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return dialogs


def upload(page, path: Path) -> None:
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(path)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=30_000)


def ran_nothing(page, dialogs, where: str = "") -> None:
    assert not page.evaluate("window.__ran") and not dialogs, (where, dialogs)
    assert page.locator("[data-testid='stMain'] img[src='x']").count() == 0, where
    assert not page.locator("[data-testid='stException']").count(), where


def hostile_names_show_as_text_on_the_scenarios_and_contact_centre_pages(page, dialogs) -> None:
    """Two of the app's pages in turn (two tests, each with a load of its own, until session 22): the Scenarios page
    first, then its sidebar link to the Contact centre page (the app's own navigation, no new load). ``page``: the
    Scenarios page at 1440 x 900, its context probed (:func:`probed`) before it loaded; ``dialogs``: what
    :func:`probed` returned. What carries over: the probe's flag and the dialogs seen, so the second page's
    ran_nothing() also covers anything the first page's names ran later; the scenario saved on the first page is in
    the store, which the Contact centre page does not read."""
    # An HTML name shows as text on the Scenarios page
    name = json.loads((CORPUS / "html_name.json").read_text())["name"]
    upload(page, CORPUS / "html_name.json")
    page.get_by_text(name, exact=True).wait_for(timeout=20_000)  # the literal text is on the page
    page.get_by_role("button", name="Save to the store").click()
    page.get_by_text(f"Saved as {name}.").wait_for(timeout=20_000)
    page.wait_for_selector(IDLE, timeout=30_000)
    ran_nothing(page, dialogs, "hostile part: Scenarios page, the HTML name saved")

    upload(page, CORPUS / "deep_nesting.json")  # a bad file: one message, the page carries on
    page.locator("[data-testid='stAlert']").filter(has_text="is nested too deeply").wait_for(timeout=20_000)
    ran_nothing(page, dialogs, "hostile part: Scenarios page, the deeply nested file")

    # Queue names show as typed on the Contact centre page
    page.get_by_role("link", name="Contact centre").click()
    page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.get_by_role("radio", name="Interval file").click(timeout=60_000)
    page.get_by_text("Upload an interval file").wait_for(timeout=30_000)
    upload(page, CORPUS / "intervals_names.csv")
    for queue in ("=1+1", "<img src=x onerror=alert(1)>", "**Chat**"):
        page.get_by_text(f"{queue}: answer within (seconds)", exact=True).wait_for(timeout=20_000)
    legend = page.locator("[data-testid='stPlotlyChart'] .legendtext").all_text_contents()
    # plotly.js draws a tag it does not know as text, escaped or not, so this holds without plain() in
    # staffing_curve_figure: test_contact_centre_labels checks that line with a "<b>" name
    assert "<img src=x onerror=alert(1)>: agents needed" in legend, ("hostile part: Contact centre legend", legend)
    ran_nothing(page, dialogs, "hostile part: Contact centre page, the queue names")
