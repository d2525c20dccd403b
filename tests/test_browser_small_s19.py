"""Small defects from session 18's walks, as Chromium shows them: the link to the Contact centre page on a phone, and
the Mix page's pinned Function column."""

from __future__ import annotations

import re
import time

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_layout_s16 import the_contact_centre_link_is_not_cut_off
from test_browser_small_s18 import PHONE
from test_harness import SIDEBAR, metrics

playwright = pytest.importorskip("playwright.sync_api")
expect = playwright.expect
PlaywrightTimeoutError = playwright.TimeoutError
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

LINK = "Set queues: Contact centre"
SIDEBAR_RIGHT = f"() => document.querySelector(\"{SIDEBAR}\").getBoundingClientRect().right"


def _phone(browser, server, path: str = ""):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, user_agent=PHONE)
    page = ctx.new_page()
    page.goto(f"{server}/{path}")
    page.wait_for_selector(IDLE, timeout=60_000)
    return ctx, page


def test_on_a_phone_the_link_to_the_contact_centre_leaves_no_sidebar_over_it(browser, server):
    """Session 18's walk, 390 x 844 on a phone: "Contact volume (Erlang C)" chosen in the sidebar, its "Set queues:
    Contact centre" link (st.page_link) opened the Contact centre page with the sidebar still open over it: Streamlit
    closes the sidebar on a phone after its own page list's links only. The link is on the page now, above the
    results, where a phone user taps it with the sidebar closed; the sidebar names the page list's link, which
    closes it."""
    ctx, page = _phone(browser, server)
    try:
        page.locator("[data-testid='stExpandSidebarButton']").tap()
        page.wait_for_function(f"() => document.querySelector(\"{SIDEBAR}\").getBoundingClientRect().left >= 0",
                               timeout=10_000)
        page.locator(SIDEBAR).get_by_text("Contact volume (Erlang C)").first.tap()
        page.wait_for_timeout(300)
        page.wait_for_selector(IDLE, timeout=60_000)
        assert "The queues from the Contact centre page (in the pages above): none yet." in \
            page.locator(SIDEBAR).inner_text()
        assert page.locator(f"{SIDEBAR} [data-testid='stPageLink']").count() == 0  # no link that leaves it open
        page.locator("[data-testid='stSidebarCollapseButton'] button").tap()
        page.wait_for_function(f"{SIDEBAR_RIGHT} <= 1", timeout=10_000)
        link = page.locator("[data-testid='stMain']").get_by_role("link", name=LINK)
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390  # on the screen, not cut
        link.tap()
        page.wait_for_url(re.compile(r"/contact_centre(\?|$)"), timeout=30_000)  # with the link (?s=)
        page.wait_for_selector(IDLE, timeout=60_000)
        assert page.evaluate(SIDEBAR_RIGHT) <= 1  # the Contact centre page, with nothing over it
        heading = page.locator("[data-testid='stMain'] h3").first
        hbox = heading.bounding_box()
        assert hbox is not None
        assert page.evaluate("([x, y]) => !!document.elementFromPoint(x, y).closest(\"[data-testid='stMain']\")",
                             [hbox["x"] + 5, hbox["y"] + hbox["height"] / 2])
    finally:
        ctx.close()


GRID = "[data-testid='stDataFrame']"
CANVAS = "[data-testid='data-grid-canvas']"  # glide-data-grid's own canvas: the grid is drawn, not a placeholder


def settled_grid(page):
    """The Mix page's grid, drawn, in view and no longer moving; its box.

    The idle mark is not enough: it comes with the script run's end (and before the run's start, after a load),
    while the browser may still be loading and running the code of the page's widgets. Under a load of 11-17 on the
    two cores (session 23) the inputs above the grid and the grid itself were grey placeholders 40 s after the mark,
    so the grid was not there within the 30 s its scroll waited (3 of 10 runs); and each input drawn over its
    placeholder moves the grid down, so a box read before then sends the click elsewhere. Waited for as Streamlit's
    own tests wait for a grid (its canvas visible, then the same box for 300 ms)."""
    page.wait_for_selector(IDLE, timeout=60_000)
    grid = page.locator(GRID).first
    grid.locator(CANVAS).wait_for(timeout=120_000)
    grid.scroll_into_view_if_needed(timeout=60_000)
    box, still_since = grid.bounding_box(), time.monotonic()
    deadline = still_since + 60
    while time.monotonic() - still_since < 0.3:
        assert time.monotonic() < deadline, ("Mix 1440px: the grid kept moving for 60 s", box)
        page.wait_for_timeout(100)
        now = grid.bounding_box()
        if now != box:
            box, still_since = now, time.monotonic()
    assert box is not None
    return grid, box


def _mix_grid(ctx, server):
    """A new tab on the Mix page, settled, with its grid scrolled into view."""
    page = ctx.new_page()
    page.goto(f"{server}/portfolio")
    grid, _ = settled_grid(page)
    return page, grid


PALER = "The Function column stays in view when the table scrolls sideways, so it is drawn paler; its cells change like the others."


CHUNKS = ("() => performance.getEntriesByType('resource').map(r => r.name.split('/').pop())"
          ".filter(n => /overlay-editor/.test(n))")
EDITOR_VALUE = "() => [...document.querySelectorAll('#portal input')].map(e => e.value)"


def test_the_mix_grids_pinned_function_column_changes_like_any_cell_then_the_link_beside_the_sidebar(browser, server):
    """Two checks at 1440 x 900 on one tab: the Mix page's pinned Function column changes like any cell, then (the
    sidebar's Estimate link, no new load) the Contact centre link beside the open sidebar, read in full (the not-cut
    check was tests/test_browser_layout_s16.py's, on a load of its own until session 25). What carries over: row 1's
    function is Human resources on the Mix page when the Estimate page is opened, which no check of the Estimate page
    reads (its own function and workload are its sidebar's).

    The fast keys' check needs a tab where nothing has been edited yet: after the function list's edit here its first
    click on the grid was taken by the closing list (4 runs of 4), and run first here, with the grid's editor code
    then loaded, the double click opened the Function cell's editor without its list (the try's 30 s, then its
    reload: a page load again, 4 runs of 4). It runs last in tests/test_browser_walkfix_s20.py's walk, which edits
    nothing (:func:`fast_keys_kept_once_the_editor_has_loaded`).

    The pinned column: at 1440 x 900 the Mix page's Function column read as disabled: Streamlit draws every pinned
    column's cells faded (its grid's "faded" style, no setting to change it), grey as the "default" placeholders
    beside them. Its cells change like any other (a double click opens the function list), and unpinned they would
    scroll out of view (the grid is wider than the main area there), so the pin stays and the line above the grid
    says so.

    The link: at 1440 x 900 the link is above the results, in view beside the open sidebar where the choice is made."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    try:
        page, grid = _mix_grid(ctx, server)
        _pinned_column_changes_like_any_cell(page, grid)
        page.locator(SIDEBAR).get_by_role("link", name="Estimate", exact=True).click()
        page.wait_for_url(re.compile(r"/(\?|$)"), timeout=30_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        page.locator("[data-testid='stMain'] h3").first.wait_for(timeout=60_000)
        _link_beside_the_open_sidebar(page)
    finally:
        ctx.close()


def fast_keys_kept_once_the_editor_has_loaded(page, grid) -> None:
    """Not fixed, and why (session 18's walk: "1234" typed 20 ms a key into a Workload cell became "234"). The grid's
    cell editor is two code-split files of Streamlit's (data-grid-overlay-editor.*.js and, for a number,
    number-overlay-editor.*.js), fetched at the first edit after the page loads. A key typed into a cell not in edit
    mode opens the editor with that key; keys that come while those files load land on the grid again, and each
    opens the edit afresh with itself, so digits go ("1234" at 20 ms a key kept as "234", "24", "4" or "2" in 8 fresh
    tries of 8, and "234" at 50 ms twice on a busy machine; whole at 100 ms; the number editor's file fetched 20-60 ms
    after the first key, taking some 50 ms). Once loaded they stay for the tab's life (reruns and page switches
    included): then "1234" at 5, 20 or 50 ms a key is kept whole (8 of 8). Loading them earlier
    takes a script or a <link rel="modulepreload"> of our own in the page (raw HTML, and the files' names change
    with each Streamlit release); no st.data_editor or column setting does. This holds the second half.

    ``page``: the Mix page at 1440 x 900, ``grid`` its grid, settled (:func:`settled_grid`), on a tab where no grid
    was edited yet (asserted first). It had a tab of its own until session 25; it runs last in
    tests/test_browser_walkfix_s20.py's walk now. Leaves the edit dropped (Escape), asserted: the Mix page's metrics
    and its pay line as before it."""
    pay = page.locator("[data-testid='stCaptionContainer']").filter(has_text="An empty Pay cell")
    before = metrics(page), pay.inner_text()
    assert not [n for n in page.evaluate(CHUNKS) if n.startswith("number-")], \
        "Mix 1440px, fast keys: the number editor's code was loaded before any edit"
    box = grid.bounding_box()
    workload = box["x"] + 33 + 160 + 50  # the Workload column, past the row markers and Function
    page.mouse.click(workload, box["y"] + 122)  # row 3: opened with Enter, left with Escape
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    page.wait_for_function(f"({CHUNKS})().some(n => n.startsWith('number-'))", timeout=10_000)
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    page.mouse.click(workload, box["y"] + 52)  # row 1, not in edit mode: typed into
    page.wait_for_timeout(300)
    page.keyboard.type("1234", delay=20)
    page.wait_for_timeout(300)
    assert page.evaluate(EDITOR_VALUE) == ["1234"], "Mix 1440px, fast keys: row 1's Workload editor"
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)
    assert (metrics(page), pay.inner_text()) == before, \
        ("Mix 1440px, after the fast keys: the dropped edit changed the page", before)


def _pinned_column_changes_like_any_cell(page, grid) -> None:
    note = page.locator("[data-testid='stCaptionContainer']").filter(has_text=PALER)
    assert note.is_visible(), "Mix 1440px: the line above the grid"
    box, above = grid.bounding_box(), note.bounding_box()
    assert box is not None and above is not None and 0 <= box["y"] - (above["y"] + above["height"]) <= 40, \
        ("Mix 1440px: the line right above the grid", box, above)
    # what the line says: row 1's function changes, from Customer service to Human resources (the table's default
    # pay line lists the functions in it)
    pay = page.locator("[data-testid='stCaptionContainer']").filter(has_text="An empty Pay cell")
    # Three tries where a choice never reached the grid: under a loaded CI run (two test workers beside the
    # server) the list once did not open within 10 s of the double click, and once its click was lost with the
    # caption unchanged after 30 s. The claim tested is that the cell can be changed, not how fast a loaded machine
    # lets it; a cell that cannot be changed fails all three.
    for attempt in range(3):
        try:
            grid, box = settled_grid(page)
            page.mouse.click(box["x"] + 110, box["y"] + 52)
            page.wait_for_timeout(300)
            if attempt % 2:
                page.keyboard.press("Enter")  # the grid opens the selected cell's editor on Enter too
            else:
                page.mouse.dblclick(box["x"] + 110, box["y"] + 52)
            # 30 s: the editor's first opening fetches the grid's editor code; at a load
            # average of 9 (a whole suite on 2 cores) 10 s ran out on all three tries, the list never seen.
            # The editor (its field) first, then its list, so that a failure says which did not come.
            expect(page.locator("#portal .glide-select [role='combobox']"),
                   "Mix 1440px: the Function cell's editor did not open").to_be_visible(timeout=30_000)
            choice = page.locator("#portal").get_by_text("Human resources", exact=True)
            expect(choice, "Mix 1440px: the editor opened without its list").to_be_visible(timeout=30_000)
            if attempt % 2:
                # the second try picks as a keyboard user does: the list's box filters as one types, Enter picks
                # (a whole fresh check of session 25 lost all three clicked picks, the caption unchanged each time,
                # where the test passed alone and beside two other walks)
                page.keyboard.type("Human res", delay=20)
                page.keyboard.press("Enter")
            else:
                choice.click()
            expect(pay).to_contain_text("pay a year: Human resources", timeout=20_000)
            break
        except (AssertionError, PlaywrightTimeoutError):
            if attempt == 2:
                raise
            # Tried again on the page loaded afresh: in two whole runs of session 22 (two workers) all three tries on
            # one page failed, Escape and a new click never bringing the list, while the test passed alone each
            # time; a grid left in that state is retried as a user would, by reloading it (the address keeps the
            # inputs, and row 1 is Customer service again)
            page.keyboard.press("Escape")
            page.reload()
    expect(pay).not_to_contain_text("Customer service")


def _link_beside_the_open_sidebar(page) -> None:
    # the Estimate page opened from the Mix page's tab, scrolled as a new page is: at its top
    page.evaluate("() => document.querySelector(\"[data-testid='stMain']\").scrollTo(0, 0)")
    page.locator(SIDEBAR).get_by_text("Contact volume (Erlang C)").first.click()
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)
    link = page.locator("[data-testid='stMain']").get_by_role("link", name=LINK)
    link.wait_for(state="visible", timeout=30_000)  # the run the click starts may not have begun 300 ms later
    box = link.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 900, ("Estimate 1440px: the link on the first screen", box)
    # read in full, not cut (session 16; its own load until session 25): scrolls it into view, so after the check above
    the_contact_centre_link_is_not_cut_off(page, link, "Estimate 1440px: the Contact centre link")
    link.click()
    page.wait_for_url(re.compile(r"/contact_centre(\?|$)"), timeout=30_000)  # with the link (?s=)
