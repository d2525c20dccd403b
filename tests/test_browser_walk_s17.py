"""What only a browser shows, from session 17 (Debian's Chromium, the session's server and browser fixtures,
conftest.py). Its one check is the first part of tests/test_browser_walk.py's 1440 x 900 walk since session 25
(test_a_quote_kept_then_the_scenarios_page_reads_in_full_then_hostile_names_show_as_text), which shares its page
load with two other tests' checks."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from chromium import HAS_CHROMIUM, IDLE
from test_browser_walk_s15 import _go
from test_harness import quote_label

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

SIDEBAR = "[data-testid='stSidebar']"


def a_quote_typed_and_not_entered_then_a_page_link_keeps_every_price_input(page) -> None:
    """"Type a BPO vendor quote instead" on, the low end typed and entered, the high end typed and not entered, then the
    Scenarios link and back: the toggle was off again, both quotes gone and the BPO back on the book's $20-30, in 5
    tries of 5 (a helper's walk, session 17). The field's blur sends the old page's request after the switch's; the
    server, holding no value for the Estimate page's widgets any more, took the function sent with it for a change
    and ran its on_change, which resets every price (views/inputs._function_changed). And the click did not open
    the Scenarios page: the server ran the old page again and the browser followed it (views/page_requests.py).

    The BPO's five years at $25.50-30.50 (mid $28.00), by hand from the same scenario at $25.50-30 (mid $27.75,
    $3,042,928.30: fees 2,243,790.33, ramp-up 22,222.22, governance floor 347,641, in-house until go-live 222,953.64,
    stranded overhead 65,610, selection and transition 71,111.11, severance 28,000, retention 41,600): fees, ramp-up
    and selection and transition scale with the price, × 28 / 27.75: 2,264,004.23 + 22,422.42 + 71,751.75, the
    rest unchanged: $3,063,983.04. At $25.50-30, $3,042,928.

    ``page``: the Estimate page at 1440 x 900 with a fresh page's inputs. Leaves the toggle on and the quotes
    typed, on the Estimate page (the caller turns the toggle off again)."""
    page.locator(SIDEBAR).get_by_text("Type a BPO vendor quote instead").click()
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)
    low = page.locator(f"{SIDEBAR} input[aria-label='{quote_label('BPO', 'low')}']")
    high = page.locator(f"{SIDEBAR} input[aria-label='{quote_label('BPO', 'high')}']")
    low.click()
    low.press("Control+a")
    low.type("25.5")
    low.press("Enter")
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)
    bpo = page.locator("[data-testid='stMetric']").nth(1)
    tries = []
    for _ in range(2):
        high.click()
        high.press("Control+a")
        high.type("30.5")  # not entered
        page.locator(SIDEBAR).get_by_role("link", name="Scenarios").click()
        page.wait_for_timeout(400)
        page.wait_for_selector(IDLE, timeout=60_000)
        page.wait_for_timeout(2_000)  # the old page's request, sent on the field's blur, arrives after the switch
        # one click opens the page: the old page's late request ran the Estimate page again and the user stayed
        # on it (16 tries of 16, session 17); then, under load, when Streamlit stopped the switch's run before the
        # app saw it (a CI run, 1 of 1,969; 4 walks of 4 with the script's start slowed by 150 ms, session 18)
        page.get_by_role("heading", name="Scenarios", exact=True).wait_for(timeout=30_000)
        # its path: a late run there may write the inputs into the address ("/scenarios?s=...", a loaded CI run)
        assert urlsplit(page.url).path.rstrip("/").endswith("/scenarios"), ("quote part: the Scenarios link", page.url)
        _go(page, "Estimate")
        low.wait_for(timeout=30_000)  # the toggle is on: the quote fields are drawn
        assert low.input_value() == "25.50", ("quote part: the entered low end", low.input_value())
        # The high end typed and not entered: the field and the results are the fields' own either way
        shown = high.input_value()
        assert shown in ("30.50", "30.00"), ("quote part: the high end", shown)
        bpo.get_by_text({"30.50": "$3,063,983", "30.00": "$3,042,928"}[shown]).wait_for(timeout=30_000)
        tries.append(shown)
        if shown == "30.50":
            break
    # ... and the typed value kept: session 18 kept it in 12 runs of 12 and lost it in one loaded run (README,
    # "Inputs that are never lost"), so a second try is allowed; a page that never keeps it shows 30.00 in both.
    # Accepting 30.00 outright passed with store._take_sent doing nothing (issue 7, session 19).
    assert tries[-1] == "30.50", ("quote part: the typed high end", tries)
