"""What only a browser shows, from the session-20 walk (h20walk) and its fixes (h20walkfix): every figure reads in
full at 1024 × 768, Streamlit's default with the sidebar open (Debian's Chromium; the session's server and browser
fixtures, conftest.py).

One page load for CI's time (a load costs about 7 CPU-seconds, a page link or a resize well under one): one desktop
window walks through the Contact centre, the Estimate, the Mix and the Present pages by the page list's links and
resizes, then shrinks to 390 × 844 and walks the Present, the Estimate and the Mix pages again (two loads, one of
them for 390 × 844, until session 25: the same kind of context, a desktop window, resized). Last, on the same page,
tests/test_browser_sideways.py's walk (no page and no table of prose scrolls sideways) and the Mix grid's fast keys
(tests/test_browser_small_s19.py), which had a load each. No step changes an input,
and before each check the sidebar is asserted as a load of that page at that size leaves it (open beside a desktop
page, closed on the Present page and at 390 px), so each page is measured as a fresh load of it lays it out (the same
cards' places, to the pixel, in a walk and in fresh loads: session 22)."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_sideways import no_page_and_no_table_of_prose_scrolls_sideways
from test_browser_small_s19 import fast_keys_kept_once_the_editor_has_loaded, settled_grid
from test_browser_walk import CUT_JS
from test_harness import resize

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

# each metric card's left edge and top, in page px
CARDS_JS = """() => [...document.querySelectorAll("[data-testid='stMetric']")]
  .map(m => [Math.round(m.getBoundingClientRect().left), Math.round(m.getBoundingClientRect().top)])"""


# the Present page's summary (its title and bullets) as [text, how far its text runs past the page's right edge, px]:
# CUT_JS sees only text cut with an ellipsis, which on that page is Previous and Next alone; bullets set on one line
# (white-space: nowrap) ran off a phone's screen and passed it (h21tests)
SUMMARY_PAST_EDGE_JS = """() => {
  const main = document.querySelector("[data-testid='stMainBlockContainer']").getBoundingClientRect();
  const right = Math.min(main.right, window.innerWidth);
  return [...document.querySelectorAll("[data-testid='stMainBlockContainer'] h1, [data-testid='stMainBlockContainer'] li")]
    .map(e => { const r = document.createRange(); r.selectNodeContents(e);
                return [e.textContent.slice(0, 40), Math.round(r.getBoundingClientRect().right - right)]; });
}"""

SIDEBAR = "[data-testid='stSidebar']"
# each page's link in the page list, and a text its results end with
FIRST = {"Contact centre": "BPO cost per contact", "Estimate": "KPO over 5 years",
         "Mix of functions": "All outsourced over 5 years", "Present": "Next"}


def _load(browser, server, path: str, width: int, height: int, first: str):
    ctx = browser.new_context(viewport={"width": width, "height": height})
    page = ctx.new_page()
    page.goto(f"{server}/{path}")
    page.get_by_text(first, exact=True).first.wait_for(timeout=90_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    return ctx, page


def _sidebar(page, state: str, where: str) -> None:
    """Wait for the sidebar to be ``state`` ("open" beside the page or "closed"), as a load of the page leaves it."""
    right = f"document.querySelector(\"{SIDEBAR}\").getBoundingClientRect().right"
    test = f"{right} > 200" if state == "open" else f"{right} <= 1"
    try:
        page.wait_for_function(f"() => {test}", timeout=10_000)
    except Exception:
        raise AssertionError(f"{where}: the sidebar is not {state} as a load leaves it "
                             f"(right edge {page.evaluate(f'() => {right}')} px)") from None


def _to(page, link: str, phone: bool = False) -> None:
    """Follow a link of the page list, opening the sidebar first where it is closed; on a phone-sized window close
    it again after, as a load of the page at that size has it (Streamlit closes it after a link only for a phone's
    user agent: test_browser_small_s18)."""
    if page.evaluate(f"() => document.querySelector(\"{SIDEBAR}\").getBoundingClientRect().left < 0"):
        page.locator("[data-testid='stExpandSidebarButton']").click()
        page.wait_for_function(f"() => document.querySelector(\"{SIDEBAR}\").getBoundingClientRect().left >= 0",
                               timeout=10_000)  # slid fully open: a link still moving is not clicked
    page.locator("[data-testid='stSidebarNav']").get_by_role("link", name=link).click()
    page.get_by_text(FIRST[link], exact=True).first.wait_for(timeout=90_000)
    page.wait_for_timeout(500)
    page.wait_for_selector(IDLE, timeout=60_000)
    if phone:
        page.locator("[data-testid='stSidebarCollapseButton'] button").click()



def _check_contact_centre(page, width: int, height: int) -> None:
    """h20walk, 1024 × 768, 3 of 3 loads: "In-house cost a month $316,…" ($316,936), "BPO cost a month $148,…",
    labels "Peak agents on …", "Staff to schedul…", "In-house cost p…", "BPO cost per co…"; at 1152 × 864 three
    labels. Four across did not fit: the cards are two by two, in reading order, nothing cut.

    Where four fit (1280 × 720, nothing was cut there) they stay in one row."""
    where = f"Contact centre at {width} × {height}"
    _sidebar(page, "open", where)
    assert page.evaluate(CUT_JS) == [], where
    cards = page.evaluate(CARDS_JS)
    if width == 1280:
        assert len({top for _, top in cards[:4]}) == 1 and len({top for _, top in cards[4:]}) == 1, (where, cards)
    else:
        assert len(cards) == 8, (where, cards)
        for row in (cards[:4], cards[4:]):  # the counts, then the costs: two by two
            (x1, y1), (x2, y2), (x3, y3), (x4, y4) = row
            assert y1 == y2 < y3 == y4 and x1 == x3 < x2 == x4, (where, cards)
        assert cards[0][0] == cards[4][0] and cards[1][0] == cards[5][0], (where, cards)  # both rows' columns line up
    assert not page.locator("[data-testid='stException']").count(), where


def _check_estimate_or_mix(page, name: str, width: int, height: int, sidebar: str) -> None:
    """h20walk, 1024 × 768: the estimate's KPO card read "Needs a …" and the BPO delta "$1,990,160 (41%) belo…";
    the mix's deltas "$2,733,658 (29%) below all in-h…". The three cards go two and one, or one under another."""
    where = f"{name} at {width} × {height}"
    _sidebar(page, sidebar, where)
    assert page.evaluate(CUT_JS) == [], where
    assert not page.locator("[data-testid='stException']").count(), where


def _check_present(page, width: int, height: int) -> None:
    where = f"Present at {width} × {height}"
    _sidebar(page, "closed", where)  # the page opens with its sidebar closed; a phone's window too
    page.get_by_text("Reality check", exact=False).first.wait_for(timeout=30_000)
    assert page.evaluate(CUT_JS) == [], where
    lines = page.evaluate(SUMMARY_PAST_EDGE_JS)
    # the title and README's six bullets: in-house, BPO, KPO, run rate, chance cheaper, reality check
    assert len(lines) == 7 and lines[-1][0].startswith("Reality check"), (where, lines)
    assert [line for line in lines if line[1] > 0] == [], (where, lines)
    assert not page.locator("[data-testid='stException']").count(), where


def test_every_walked_page_reads_in_full_then_nothing_scrolls_sideways_then_the_mix_grid_keeps_fast_keys(browser, server,
                                                                                                         tmp_path):
    """The Contact centre at 1024 × 768, 1152 × 864 and 1280 × 720; the Estimate and the Mix at 1152 × 864 and
    1024 × 768; the Present page's summary at 1024 × 768 (each check's own docstring says what the walk saw). Then
    the Present page, the Estimate and the Mix at 390 × 844, the sidebar closed as each opens at that width. One load,
    of the Contact centre at 1024 × 768; the rest by resizing and by the page list's links.

    Two tests, with a load each, until session 25. The 390 × 844 part follows the Present page at 1024 × 768, where
    the sidebar is already closed: the window shrinks on that page (checked there first, as the 390 walk last
    checked it), then the Estimate and the Mix are opened by the page list's links with the sidebar closed after
    each, as at 390 px a load leaves it. What carries over from the desktop part: no input (nothing is typed or
    clicked but the page list's links); the window's size, asserted 390 × 844 before the part's first check.

    Then the sideways part (tests/test_browser_sideways.py, its own load of the Sources page at 1280 × 720 until
    session 25): from the Mix page at 390 × 844, the window back at 1280 × 720 and the sidebar opened, and asserted
    open on the Sources page before its first check, as a load of it at that size has it; no input changed before
    it. Its own walk goes on from there as it did on its own load.

    Then the fast keys part (tests/test_browser_small_s19.py, on a tab of its own until session 25): the Mix page
    at 1440 × 900, by the page list's link. It needs a tab where no grid was edited yet, which nothing before it
    does (the sideways part only scrolls the grid), and asserts so first (the grid's editor code not loaded)."""
    ctx, page = _load(browser, server, "contact_centre", 1024, 768, FIRST["Contact centre"])
    try:
        for width, height in ((1024, 768), (1152, 864), (1280, 720)):
            if width != 1024:
                resize(page, width, height)
            _check_contact_centre(page, width, height)
        _to(page, "Estimate")  # at 1280 × 720, not checked there: the walk's sizes follow
        for width, height in ((1152, 864), (1024, 768)):
            resize(page, width, height)
            _check_estimate_or_mix(page, "Estimate", width, height, "open")
        _to(page, "Mix of functions")
        for width, height in ((1024, 768), (1152, 864)):
            if width != 1024:
                resize(page, width, height)
            _check_estimate_or_mix(page, "Mix", width, height, "open")
        resize(page, 1024, 768)
        _to(page, "Present")  # the sidebar closes on this page and stays so
        _check_present(page, 1024, 768)
        # 390 × 844: the same window shrunk, the sidebar closed after each link as a load at that width has it
        resize(page, 390, 844)
        assert page.viewport_size == {"width": 390, "height": 844}, ("390 part: the window", page.viewport_size)
        _check_present(page, 390, 844)
        _to(page, "Estimate", phone=True)
        _check_estimate_or_mix(page, "Estimate", 390, 844, "closed")
        _to(page, "Mix of functions", phone=True)
        _check_estimate_or_mix(page, "Mix", 390, 844, "closed")
        no_page_and_no_table_of_prose_scrolls_sideways(page, tmp_path)
        # the fast keys part, last: the Mix page at 1440 x 900 by the page list's link, its grid not yet edited
        resize(page, 1440, 900)
        assert page.viewport_size == {"width": 1440, "height": 900}, ("fast keys part: the window", page.viewport_size)
        _to(page, "Mix of functions")
        grid, _ = settled_grid(page)
        fast_keys_kept_once_the_editor_has_loaded(page, grid)
    finally:
        ctx.close()
