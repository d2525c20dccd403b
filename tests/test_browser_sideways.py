"""No page and no table of prose scrolls sideways, in Debian's Chromium (issue 7's walk: the Sources page at 390 × 844
and the Mix of functions page's functions table at 1280 × 720). Measured from the DOM: Streamlit scrolls its main
area ([data-testid='stMain']), not the document, and a table scrolls in a box of its own."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE

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


def _open(browser, server, path: str, width: int, height: int, ready: str):
    ctx = browser.new_context(viewport={"width": width, "height": height})
    page = ctx.new_page()
    page.goto(f"{server}/{path}")
    page.wait_for_selector(ready, timeout=90_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_timeout(300)  # the tables' last layout pass
    return ctx, page


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 720)], ids=["390x844", "1280x720"])
def test_the_sources_page_fits_the_screens_width(browser, server, width, height):
    # At 390 x 844 the vendor prices' eleven columns were 716 px wide in 356 px, the defaults 407 and the captive's
    # 388: each table scrolled sideways. On a phone each row is now a block of "Column: value" lines.
    ctx, page = _open(browser, server, "sources", width, height, "[data-testid='stTable'] td")
    try:
        assert page.locator("[data-testid='stMain'] [data-testid='stTable']").count() == 4
        assert page.evaluate(SIDEWAYS_JS, "[data-testid='stMain'] [data-testid='stTable']") == []
        # nothing drawn past the main area's right edge either (a box that does not scroll but overflows)
        right = page.evaluate("""() => { const m = document.querySelector("[data-testid='stMain']").getBoundingClientRect();
            return [...document.querySelectorAll("[data-testid='stMain'] td")]
                   .filter(c => c.getBoundingClientRect().right > m.right + 1).length }""")
        assert right == 0
        if width == 390:  # each cell names its column, as the hidden header row did
            first = page.locator(".st-key-sources_prices td").first
            label = first.evaluate("e => getComputedStyle(e, '::before').content")
            assert label == '"Function: "' and first.inner_text() == "Customer service"
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()


# The page's tables of results (the input table is an editing grid: it scrolls sideways as a spreadsheet does)
RESULTS = ("[data-testid='stMain'] :is([data-testid='stTable'], [data-testid='stDataFrame'])"
           ":not(.st-key-mix_editor *)")


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (390, 844)], ids=["1280x720", "390x844"])
def test_the_mix_pages_tables_fit_the_screens_width(browser, server, width, height):
    # At 1280 x 720 (818 px beside the sidebar) the functions table was a grid 1,432 px wide: "Price used", "Priced
    # options" and "A quote is given" lay behind a sideways scroll; the plans table was 821 px, its right edge
    # behind a 3 px one. Their prose now wraps in its cells, their figures are whole and right-aligned.
    ctx, page = _open(browser, server, "portfolio", width, height, "[data-testid='stMetricValue']")
    try:
        page.wait_for_function(f"document.querySelectorAll({RESULTS!r}).length >= 2", timeout=30_000)
        assert page.evaluate(SIDEWAYS_JS, RESULTS) == []
        cells = page.locator(".st-key-mix_functions tbody tr").first.locator("td")
        figure = cells.nth(2)
        assert figure.inner_text() == "$2,811,321"  # README: customer service by a BPO over 5 years, every default
        box, table = figure.bounding_box(), page.locator(".st-key-mix_functions").bounding_box()
        assert box["x"] + box["width"] <= table["x"] + table["width"] + 1
        if width == 1280:
            assert figure.evaluate("e => getComputedStyle(e).textAlign") == "right"
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()


GRID = ".st-key-mix_editor [data-testid='stDataFrame']"
SCROLLER = f"{GRID} .dvn-scroller"


def test_the_contact_centres_queue_table_fits_a_phone(browser, server):
    # At 390 x 844 the queue table (st.dataframe: a display table, not an editing grid) was 728 px wide in 356 px,
    # "Peak agents" cut at the screen's edge; it is a static table now, one block of "Column: value" lines a queue.
    ctx, page = _open(browser, server, "contact_centre", 390, 844, ".st-key-cc_queues [data-testid='stTable'] td")
    try:
        assert page.evaluate(SIDEWAYS_JS, "[data-testid='stMain'] [data-testid='stTable']") == []
        first = page.locator(".st-key-cc_queues td").first
        assert first.evaluate("e => getComputedStyle(e, '::before').content") == '"Queue: "'
        assert first.inner_text() == "Voice"
    finally:
        ctx.close()


def test_the_mix_pages_input_grid_swipes_with_its_function_column_pinned(browser, server, tmp_path):
    """An editing grid cannot fit a phone: Streamlit draws it on a canvas in columns of fixed widths (set on the
    server, which does not know the screen), and offers no stacked form. Its eight columns are 1,077 px in 356 px. So
    the sideways scroll is made usable: the Function column pinned (a row's cells stay beside its function) and a
    line above the grid, on a narrow screen only, saying it swipes. The page itself does not scroll sideways."""
    ctx, page = _open(browser, server, "portfolio", 390, 844, GRID)
    try:
        page.wait_for_function(f"document.querySelector({SCROLLER!r})?.scrollWidth > 0", timeout=30_000)
        width, seen = page.evaluate(f"() => {{ const s = document.querySelector({SCROLLER!r}); "
                                    "return [s.scrollWidth, s.clientWidth] }")
        assert width > seen  # the grid still scrolls inside its own box...
        assert page.evaluate(SIDEWAYS_JS, "[data-testid='stMain'] .st-key-mix_swipe") == []  # ...the page does not
        hint = page.locator(".st-key-mix_swipe")
        assert hint.is_visible() and "Swipe the table sideways" in hint.inner_text()
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
        assert page.evaluate(f"document.querySelector({SCROLLER!r}).scrollLeft") > 0
        assert before[0] == after[0], "the Function column moved with the swipe"
        assert before[1] != after[1], "the swipe did not move the grid's other columns"
    finally:
        ctx.close()
    ctx, page = _open(browser, server, "portfolio", 1280, 720, GRID)
    try:
        assert not page.locator(".st-key-mix_swipe").is_visible()  # a wide screen is not told to swipe
    finally:
        ctx.close()
