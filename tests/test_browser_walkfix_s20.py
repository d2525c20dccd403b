"""What only a browser shows, from the session-20 walk (h20walk) and its fixes (h20walkfix): every figure reads in
full at 1024 × 768, Streamlit's default with the sidebar open (Debian's Chromium; the session's server and browser
fixtures, conftest.py)."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_walk import CUT_JS

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


def _open(browser, server, path: str, width: int, height: int, first: str):
    ctx = browser.new_context(viewport={"width": width, "height": height})
    page = ctx.new_page()
    page.goto(f"{server}/{path}")
    page.get_by_text(first, exact=True).first.wait_for(timeout=90_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    return ctx, page


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1152, 864)], ids=["1024x768", "1152x864"])
def test_the_contact_centre_reads_in_full_two_by_two_when_narrow(browser, server, width, height):
    """h20walk, 1024 × 768, 3 of 3 loads: "In-house cost a month $316,…" ($316,936), "BPO cost a month $148,…",
    labels "Peak agents on …", "Staff to schedul…", "In-house cost p…", "BPO cost per co…"; at 1152 × 864 three
    labels. Four across did not fit: the cards are two by two, in reading order, nothing cut."""
    ctx, page = _open(browser, server, "contact_centre", width, height, "BPO cost per contact")
    try:
        assert page.evaluate(CUT_JS) == []
        cards = page.evaluate(CARDS_JS)
        assert len(cards) == 8
        for row in (cards[:4], cards[4:]):  # the counts, then the costs: two by two
            (x1, y1), (x2, y2), (x3, y3), (x4, y4) = row
            assert y1 == y2 < y3 == y4 and x1 == x3 < x2 == x4
        assert cards[0][0] == cards[4][0] and cards[1][0] == cards[5][0]  # both rows' columns line up
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()


def test_the_contact_centre_stays_four_across_at_1280(browser, server):
    """Where four fit (1280 × 720, nothing was cut there) they stay in one row."""
    ctx, page = _open(browser, server, "contact_centre", 1280, 720, "BPO cost per contact")
    try:
        assert page.evaluate(CUT_JS) == []
        cards = page.evaluate(CARDS_JS)
        assert len({top for _, top in cards[:4]}) == 1 and len({top for _, top in cards[4:]}) == 1
    finally:
        ctx.close()


@pytest.mark.parametrize(("path", "first"), [("", "KPO over 5 years"), ("portfolio", "All outsourced over 5 years")],
                         ids=["estimate", "mix"])
@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1152, 864), (390, 844)],
                         ids=["1024x768", "1152x864", "390x844"])
def test_the_estimate_and_the_mix_read_in_full(browser, server, path, first, width, height):
    """h20walk, 1024 × 768: the estimate's KPO card read "Needs a …" and the BPO delta "$1,990,160 (41%) belo…";
    the mix's deltas "$2,733,658 (29%) below all in-h…". The three cards go two and one, or one under another."""
    ctx, page = _open(browser, server, path, width, height, first)
    try:
        assert page.evaluate(CUT_JS) == []
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (390, 844)], ids=["1024x768", "390x844"])
def test_the_present_pages_summary_reads_in_full(browser, server, width, height):
    ctx, page = _open(browser, server, "present", width, height, "Next")
    try:
        page.get_by_text("Reality check", exact=False).first.wait_for(timeout=30_000)
        assert page.evaluate(CUT_JS) == []
        lines = page.evaluate(SUMMARY_PAST_EDGE_JS)
        # the title and README's six bullets: in-house, BPO, KPO, run rate, chance cheaper, reality check
        assert len(lines) == 7 and lines[-1][0].startswith("Reality check"), lines
        assert [line for line in lines if line[1] > 0] == []
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()
