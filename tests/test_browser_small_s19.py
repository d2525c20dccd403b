"""Small defects from session 18's walks, as Chromium shows them: the link to the Contact centre page on a phone, and
the Mix page's pinned Function column."""

from __future__ import annotations

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_small_s18 import PHONE
from test_harness import SIDEBAR

pytest.importorskip("playwright.sync_api")
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
        page.wait_for_url("**/contact_centre", timeout=30_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        assert page.evaluate(SIDEBAR_RIGHT) <= 1  # the Contact centre page, with nothing over it
        heading = page.locator("[data-testid='stMain'] h3").first
        hbox = heading.bounding_box()
        assert hbox is not None
        assert page.evaluate("([x, y]) => !!document.elementFromPoint(x, y).closest(\"[data-testid='stMain']\")",
                             [hbox["x"] + 5, hbox["y"] + hbox["height"] / 2])
    finally:
        ctx.close()


def test_on_a_wide_screen_the_link_is_beside_the_sidebar(browser, server):
    """At 1440 x 900 the link is above the results, in view beside the open sidebar where the choice is made."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    try:
        page = ctx.new_page()
        page.goto(server)
        page.wait_for_selector(IDLE, timeout=60_000)
        page.locator(SIDEBAR).get_by_text("Contact volume (Erlang C)").first.click()
        page.wait_for_timeout(300)
        page.wait_for_selector(IDLE, timeout=60_000)
        link = page.locator("[data-testid='stMain']").get_by_role("link", name=LINK)
        assert link.is_visible()
        box = link.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 900  # on the first screen
        link.click()
        page.wait_for_url("**/contact_centre", timeout=30_000)
    finally:
        ctx.close()
