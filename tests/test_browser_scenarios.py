"""Scenarios in a real browser: save, reload, open from the list, compare two, and open a shared link
in a fresh browser context with the same numbers. The session's dashboard (conftest.py) runs on its own
store in a temporary directory (ESTIMATOR_DATA_DIR), so the test never touches a user's saved scenarios.
"""

from __future__ import annotations

import time

import pytest
from chromium import HAS_CHROMIUM, IDLE
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from test_browser import metric

pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")


def wait_metric(page, value: str, timeout: int = 30_000) -> None:
    page.wait_for_function(
        "(v) => [...document.querySelectorAll(\"[data-testid='stMetricValue']\")].some(e => e.innerText === v)",
        arg=value, timeout=timeout, polling=200)
    page.wait_for_selector(IDLE, timeout=20_000)


def fte_steps(page, steps: int) -> None:
    """Move the headcount slider ``steps`` to the right, one key press at a time.

    A key press that lands while the page re-renders the slider can be lost (seen under heavy load
    after a scenario is opened), so a step not seen within 3 s is pressed again; never past the target.
    """
    slider = page.get_by_role("slider", name="In-house headcount (FTE)")
    target = int(slider.input_value()) + steps
    deadline = time.monotonic() + 40
    while (value := int(slider.input_value())) != target:
        assert value < target and time.monotonic() < deadline, f"the headcount slider is at {value}, not {target}"
        slider.focus()
        page.keyboard.press("ArrowRight")
        for _ in range(15):
            page.wait_for_timeout(200)
            if int(slider.input_value()) > value:
                break
        page.wait_for_selector(IDLE, timeout=20_000)


def go(page, name: str) -> None:
    page.get_by_role("link", name=name).click()
    page.wait_for_selector(IDLE, timeout=20_000)


def pick(page, picker, name: str) -> None:
    """Pick ``name`` in a multiselect. Under load a rerun that ends while the list is open can close it again
    (seen: the option "Twelve" never appeared in 2 of 5 loaded runs), so a list that shows no such option within
    5 s is opened again, up to three times. The list stays open after a pick: an option already shown is clicked as it
    is (a click on the picker would close the list)."""
    option = page.get_by_role("option", name=name, exact=True)
    for attempt in range(3):
        page.wait_for_selector(IDLE, timeout=20_000)
        if not option.is_visible():
            # scrolled to first, as a person does: clicked below the fold, the click's own scroll reached the list after
            # it opened and closed it again (the first pick on the Scenarios page waited out 5 s in every run)
            picker.scroll_into_view_if_needed()
            picker.click()
        try:
            option.wait_for(timeout=5_000)
            # picked by its name typed and Enter, as a keyboard user does: a list open below the fold (the Compare
            # picker sits under the saved list, which has the page's width since session 21) was closed by the
            # scroll that a click on its second option made, and the pick was lost (3 of 3 runs alone)
            page.keyboard.type(name)
            page.keyboard.press("Enter")
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")


def save(page, name: str) -> None:
    go(page, "Scenarios")
    box = page.get_by_label("Save as")
    box.fill(name)
    box.press("Enter")
    page.wait_for_selector(IDLE, timeout=20_000)
    page.get_by_role("button", name="Save scenario").click()
    page.get_by_text("Saved as").wait_for(timeout=20_000)


def test_save_reload_open_compare_and_share(browser, server, tmp_path):
    """Save, reload, open, compare two and share; on the comparison's page, before the shared link's fresh context,
    two checks that had a page load each until session 25:

    - s20 part (tests/test_browser_small_s20.py): the comparison of Twelve and Fourteen on a phone draws no line for
      a cell with nothing. It made a comparison of the same kind (the README's example at 10 and 12 FTE, two saves)
      on a load of its own. Leaves the page at 1440 x 900, as it found it.
    - rupees part (tests/test_browser_compare_rupees_s19.py): long crore figures fit the comparison at 1440 x 900,
      1280 x 720 and 390 x 844. Its two scenarios uploaded and saved to the store on this Scenarios page (its own
      load opened one from its link); the comparison of Twelve and Fourteen cleared first, and asserted cleared.
    The shared link's fresh context comes after, as before: it reads only the address taken at 14 FTE."""
    # imported here, not at the top: those two files import this one's helpers (go, pick, save, ...)
    from test_browser_compare_rupees_s19 import long_crore_figures_fit_the_comparison
    from test_browser_small_s20 import a_phone_draws_no_line_for_a_cell_with_nothing

    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    page = ctx.new_page()
    page.goto(server)
    page.wait_for_selector(IDLE, timeout=60_000)
    # a new session's first run (Monte Carlo, tornado) took 30 s on a machine busy with other work
    wait_metric(page, "$4,801,481", timeout=90_000)  # README worked example over 5 years
    fte_steps(page, 2)
    wait_metric(page, "$5,761,777")  # 12 FTE: 4,801,480.88 × 1.2 = 5,761,777.06
    save(page, "Twelve")

    page.reload()  # a new session: only the store remembers
    page.wait_for_selector(IDLE, timeout=60_000)
    if "Scenarios" not in page.locator("h3").first.inner_text():
        go(page, "Scenarios")
    page.get_by_role("button", name="Open in the estimate page").click()
    wait_metric(page, "$5,761,777")
    assert page.get_by_role("slider", name="In-house headcount (FTE)").input_value() == "12"

    fte_steps(page, 2)
    wait_metric(page, "$6,722,073")  # 14 FTE over 5 years: 4,801,480.88 × 1.4 = 6,722,073.23
    shared = page.url
    save(page, "Fourteen")
    picker = page.get_by_label("Two to four saved scenarios")
    for name in ("Twelve", "Fourteen"):
        pick(page, picker, name)
        # the pick is on screen before the next click: IDLE alone can be seen before the pick's rerun starts, and a
        # click on the picker during that rerun could close the list (this test failed once under load, cause unseen)
        page.locator("[data-testid='stMultiSelectTagsContainer']").filter(has_text=name).wait_for(timeout=20_000)
        page.wait_for_selector(IDLE, timeout=20_000)
    page.keyboard.press("Escape")
    # BPO run rate a month: 12 FTE fees 1.2 × 33,366.67 = 40,040 + governance floor 5,380.83 = 45,420.83
    # (cheapest); 14 FTE would be 46,713.33 + 5,380.83 = 52,094.17.
    page.wait_for_function(
        "() => (document.querySelector(\"[data-testid='stPlotlyChart'] .gtitle\") || {}).textContent"
        "?.includes(\"Cheapest a month: BPO in 'Twelve', $45,421\")", timeout=30_000)
    assert page.locator("[data-testid='stPlotlyChart'] .trace.bars").count() == 2  # one group per scenario
    assert not page.locator("[data-testid='stException']").count()
    page.locator(".st-key-compare_results").wait_for(timeout=30_000)
    a_phone_draws_no_line_for_a_cell_with_nothing(page, "s20 part, Twelve and Fourteen compared")
    assert page.viewport_size == {"width": 1440, "height": 900}, ("s20 part: the window left", page.viewport_size)
    long_crore_figures_fit_the_comparison(page, tmp_path, "rupees part")
    ctx.close()

    fresh = browser.new_context(viewport={"width": 1440, "height": 900})
    other = fresh.new_page()
    assert "s=" in shared
    other.goto(shared)
    other.wait_for_selector(IDLE, timeout=60_000)
    wait_metric(other, "$6,722,073", timeout=90_000)  # a fresh session: its first run is the slow one
    # all but the governance floor (347,640.84) × 1.4: 2,463,680.08 × 1.4 + 347,640.84 = 3,796,792.95
    assert metric(other, "BPO over 5 years") == "$3,796,793"
    fresh.close()
