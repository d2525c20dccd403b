"""No page and no table of prose scrolls sideways, in Debian's Chromium (issue 7's walk: the Sources page at 390 × 844
and the Mix of functions page's functions table at 1280 × 720). Measured from the DOM: Streamlit scrolls its main
area ([data-testid='stMain']), not the document, and a table scrolls in a box of its own.

The walk runs as the last part of tests/test_browser_walkfix_s20.py's walk since session 25 (both desktop windows
resized, no input changed before it): it had a page load of its own, of the Sources page at 1280 x 720."""

from __future__ import annotations

import re

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_walk_s21 import _sidebar_open_at
from test_harness import SIDEBAR, resize

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

# Every box under ``scope`` (and the page's own: the document and Streamlit's main area) that scrolls sideways: wider
# content than its width, in a box that scrolls (a table's wrapper, a grid's scroller) or is the page.
SIDEWAYS_JS = """scope => {
  const main = document.querySelector("[data-testid='stMain']");
  const boxes = [document.documentElement, main,
                 ...[...document.querySelectorAll(scope)].flatMap(s => [s, ...s.querySelectorAll("*")])];
  return boxes.filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                           && (e === document.documentElement || e === main
                               || ["auto", "scroll"].includes(getComputedStyle(e).overflowX)))
              .map(e => `${e.getAttribute("data-testid") || e.className || e.tagName}: ${e.scrollWidth} in ${e.clientWidth}`);
}"""


def _ready(page, ready: str) -> None:
    page.wait_for_selector(ready, timeout=90_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_timeout(300)  # the tables' last layout pass



def _go(page, title: str, path: str, ready: str) -> None:
    """The sidebar's link to another page (a rerun on the same tab, no new load), at a desktop width where the
    sidebar is open, and that page's tables settled."""
    resize(page, 1280, 720)
    page.locator(SIDEBAR).get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(re.compile(rf"/{path}(\?|$)"), timeout=30_000)
    _ready(page, ready)


SOURCES_READY = "[data-testid='stTable'] td"
MIX_READY = "[data-testid='stMetricValue']"
QUEUES_READY = ".st-key-cc_queues [data-testid='stTable'] td"


def no_page_and_no_table_of_prose_scrolls_sideways(page, tmp_path) -> None:
    """One tab, each page and screen in turn: the Sources page at 1280 x 720, 1024 x 768 and 390 x 844, the Mix of functions page
    at 1280 x 720, 1024 x 768 and 768 x 1024 beside the open sidebar and 390 x 844 (its tables of results, then its
    input grid), the Contact centre page at 390 x 844.
    Each page is opened from the sidebar's link at 1280 x 720 (a rerun, no new load) and resized: every check here
    is of the page's layout for the screen's width (its style sheet's rules for a narrow screen), which a resize
    redraws. Nothing is typed; the one action, the swipe of the Mix page's grid, is that page's last step.

    ``page``: any page of the app, its inputs as a load leaves them, at any size and the sidebar open or closed (the
    sidebar is opened at 1280 x 720 and asserted open before the first check, as a load of the Sources page at
    that size has it: its own load until session 25)."""
    resize(page, 1280, 720)
    if page.evaluate(f"() => document.querySelector(\"{SIDEBAR}\").getBoundingClientRect().right <= 1"):
        page.locator("[data-testid='stExpandSidebarButton']").click()
    page.locator("[data-testid='stSidebarNavLink']").first.wait_for(timeout=10_000)
    page.wait_for_timeout(500)  # the sidebar's slide
    _go(page, "Sources", "sources", SOURCES_READY)
    assert page.locator(SIDEBAR).bounding_box()["width"] > 200, "Sources 1280px: the sidebar is not open beside the page"
    # 1024 x 768 beside the open sidebar: the vendor prices' table, 716 px at its narrowest, scrolled in 564 px
    for width, height in ((1280, 720), (1024, 768), (390, 844)):
        resize(page, width, height)
        _sources_page_fits(page, width)
    _go(page, "Mix of functions", "portfolio", MIX_READY)
    _mix_pages_tables_fit(page, 1280)
    # a wide screen is not told to swipe
    assert not page.locator(".st-key-mix_swipe").is_visible(), "Mix 1280px: the swipe line"
    # Beside the open sidebar: at 768 x 1024 (436 px for the page) the plans table, 591 px at its narrowest, was a
    # table still, its "Mix saves" column cut at the page's edge behind a sideways scroll, and at 1024 x 768 (564
    # px) 27 px of it was: rows became blocks by the window's width (below 640 px), not the room the table has
    for width, height in ((1024, 768), (768, 1024)):
        _sidebar_open_at(page, width, height)
        _mix_pages_tables_fit(page, width)
        plans = page.locator(".st-key-mix_plans td").first
        assert plans.evaluate("e => getComputedStyle(e, '::before').content") == '"Plan: "', f"Mix {width}px: the plans table's rows"
    resize(page, 390, 844)
    _mix_pages_tables_fit(page, 390)
    _mix_pages_input_grid_swipes(page, tmp_path)
    _go(page, "Contact centre", "contact_centre", QUEUES_READY)
    resize(page, 390, 844)
    _contact_centres_queue_table_fits_a_phone(page)


def _sources_page_fits(page, width: int) -> None:
    # At 390 x 844 the vendor prices' eleven columns were 716 px wide in 356 px, the defaults 407 and the captive's
    # 388: each table scrolled sideways. On a phone each row is now a block of "Column: value" lines.
    where = f"Sources {width}px"
    assert page.locator("[data-testid='stMain'] [data-testid='stTable']").count() == 4, where
    assert page.evaluate(SIDEWAYS_JS, "[data-testid='stMain'] [data-testid='stTable']") == [], where
    # nothing drawn past the main area's right edge either (a box that does not scroll but overflows)
    right = page.evaluate("""() => { const m = document.querySelector("[data-testid='stMain']").getBoundingClientRect();
        return [...document.querySelectorAll("[data-testid='stMain'] td")]
               .filter(c => c.getBoundingClientRect().right > m.right + 1).length }""")
    assert right == 0, where
    if width == 390:  # each cell names its column, as the hidden header row did
        first = page.locator(".st-key-sources_prices td").first
        label = first.evaluate("e => getComputedStyle(e, '::before').content")
        assert label == '"Function: "' and first.inner_text() == "Customer service", (where, label)
    assert not page.locator("[data-testid='stException']").count(), where


# The page's tables of results (the input table is an editing grid: it scrolls sideways as a spreadsheet does)
RESULTS = ("[data-testid='stMain'] :is([data-testid='stTable'], [data-testid='stDataFrame'])"
           ":not(.st-key-mix_editor *)")


def _mix_pages_tables_fit(page, width: int) -> None:
    # At 1280 x 720 (818 px beside the sidebar) the functions table was a grid 1,432 px wide: "Price used", "Priced
    # options" and "A quote is given" lay behind a sideways scroll; the plans table was 821 px, its right edge
    # behind a 3 px one. Their prose now wraps in its cells, their figures are whole and right-aligned.
    where = f"Mix {width}px"
    page.wait_for_function(f"document.querySelectorAll({RESULTS!r}).length >= 2", timeout=30_000)
    assert page.evaluate(SIDEWAYS_JS, RESULTS) == [], where
    cells = page.locator(".st-key-mix_functions tbody tr").first.locator("td")
    figure = cells.nth(2)
    assert figure.inner_text() == "$2,811,321", where  # README: customer service by a BPO over 5 years, every default
    box, table = figure.bounding_box(), page.locator(".st-key-mix_functions").bounding_box()
    assert box["x"] + box["width"] <= table["x"] + table["width"] + 1, (where, box, table)
    if width == 1280:
        assert figure.evaluate("e => getComputedStyle(e).textAlign") == "right", where
    assert not page.locator("[data-testid='stException']").count(), where


GRID = ".st-key-mix_editor [data-testid='stDataFrame']"
SCROLLER = f"{GRID} .dvn-scroller"


def _contact_centres_queue_table_fits_a_phone(page) -> None:
    # At 390 x 844 the queue table (st.dataframe: a display table, not an editing grid) was 728 px wide in 356 px,
    # "Peak agents" cut at the screen's edge; it is a static table now, one block of "Column: value" lines a queue.
    where = "Contact centre 390px"
    assert page.evaluate(SIDEWAYS_JS, "[data-testid='stMain'] [data-testid='stTable']") == [], where
    first = page.locator(".st-key-cc_queues td").first
    assert first.evaluate("e => getComputedStyle(e, '::before').content") == '"Queue: "', where
    assert first.inner_text() == "Voice", where


def _mix_pages_input_grid_swipes(page, tmp_path) -> None:
    """An editing grid cannot fit a phone: Streamlit draws it on a canvas in columns of fixed widths (set on the
    server, which does not know the screen), and offers no stacked form. Its eight columns are 1,077 px in 356 px. So
    the sideways scroll is made usable: the Function column pinned (a row's cells stay beside its function) and a
    line above the grid, on a narrow screen only, saying it swipes. The page itself does not scroll sideways."""
    where = "Mix 390px grid"
    page.wait_for_selector(GRID, timeout=90_000)
    page.wait_for_function(f"document.querySelector({SCROLLER!r})?.scrollWidth > 0", timeout=30_000)
    width, seen = page.evaluate(f"() => {{ const s = document.querySelector({SCROLLER!r}); "
                                "return [s.scrollWidth, s.clientWidth] }")
    assert width > seen, (where, width, seen)  # the grid still scrolls inside its own box...
    assert page.evaluate(SIDEWAYS_JS, "[data-testid='stMain'] .st-key-mix_swipe") == [], where  # ...the page does not
    hint = page.locator(".st-key-mix_swipe")
    assert hint.is_visible() and "Swipe the table sideways" in hint.inner_text(), where
    grid = page.locator(GRID)
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    box = grid.bounding_box()
    # the row markers and the pinned Function column (33 + 160 px): the same pixels before and after a swipe to
    # the grid's far end; the rest of the grid changes
    pinned = {"x": box["x"], "y": box["y"], "width": 180, "height": box["height"]}
    rest = {"x": box["x"] + 200, "y": box["y"], "width": box["width"] - 200, "height": box["height"]}
    before = page.screenshot(clip=pinned), page.screenshot(clip=rest)
    page.evaluate(f"() => {{ const s = document.querySelector({SCROLLER!r}); s.scrollLeft = s.scrollWidth }}")
    page.wait_for_timeout(500)
    after = page.screenshot(clip=pinned), page.screenshot(clip=rest, path=str(tmp_path / "swiped.png"))
    assert page.evaluate(f"document.querySelector({SCROLLER!r}).scrollLeft") > 0, where
    assert before[0] == after[0], "the Function column moved with the swipe"
    assert before[1] != after[1], "the swipe did not move the grid's other columns"
