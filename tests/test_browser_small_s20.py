"""Session 20's small defects where they are page behaviour, looked at in Chromium (tests/test_small_s20.py holds the
rest): the Scenarios comparison on a phone draws no line for a cell with nothing in it. The check runs in
tests/test_browser_scenarios.py's walk since session 25, on the comparison that walk has already made: it had a page
load of its own, and saved two scenarios, to make the same kind of comparison."""

from __future__ import annotations

import os

import pytest
from chromium import HAS_CHROMIUM  # the browser and server fixtures are in conftest.py

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")
SHOTS = os.environ.get("SMALL_S20_SHOTS")  # a folder to keep each screenshot in, to look at

# The comparison's cells a reader sees with no text of their own ("Savings P10:" and nothing after it on a phone,
# the column's name being the style sheet's ::before), as "row N, column M"
EMPTY_LINES_JS = """(root) => [...root.querySelectorAll("tr")].flatMap((tr, r) => [...tr.querySelectorAll("td")]
  .map((td, c) => ({td, c})).filter(({td}) => td.getBoundingClientRect().height > 0 && !td.innerText.trim())
  .map(({c}) => `row ${r}, column ${c + 1}`))"""


def a_phone_draws_no_line_for_a_cell_with_nothing(page, where: str) -> None:
    """390 x 844: each in-house row read "Savings P10:", "Savings P50:", "Savings P90:" and "Chance cheaper:" with
    nothing after them, the KPO row needing a quote "Over the horizon:" too (Streamlit writes an empty cell as a
    no-break space). Such a cell is a dash now: shown on a wide screen ("not applicable"), no line on a phone.

    ``page``: the Scenarios page at 1440 x 900 comparing two saved scenarios of the README's example at two
    headcounts, the BPO at the book's $20-30 and the KPO unpriced (their in-house and KPO rows have cells with
    nothing: no saving against itself, no cost without a quote); it was 10 and 12 FTE on a load of its own until
    session 25, 12 and 14 FTE in tests/test_browser_scenarios.py's walk now, the same cells empty and the same
    figures given. Left at 1440 x 900, as found. ``where`` names the walk's part in a failure."""
    results = page.locator(".st-key-compare_results")
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(800)
    results.scroll_into_view_if_needed()
    if SHOTS:
        results.screenshot(path=os.path.join(SHOTS, "compare-390.png"))
    # before: 18 lines with nothing ("row 1, column 5" ... "row 6, column 8")
    assert results.evaluate(EMPTY_LINES_JS) == [], f"{where}, 390 x 844: lines with nothing"
    text = results.inner_text()
    # in-house: a month, the horizon; BPO: those and P10, P50, P90
    assert text.count("$") == 2 * (2 + 5), (f"{where}, 390 x 844: the money figures", text)
    # six rows: 2 × (in-house 4 lines, BPO 8, KPO 3)
    assert results.locator("td:visible").count() == 2 * (4 + 8 + 3), f"{where}, 390 x 844: the lines shown"
    assert "—" not in text, (f"{where}, 390 x 844: a dash on a phone", text)
    # wide: a dash where there is nothing (4 in each in-house row, 5 in each KPO row), as a table writes one
    page.set_viewport_size({"width": 1440, "height": 900})
    page.wait_for_timeout(800)
    if SHOTS:
        results.screenshot(path=os.path.join(SHOTS, "compare-1440.png"))
    assert [e.inner_text() for e in results.locator("td em").all()] == ["—"] * (2 * 4 + 2 * 5), \
        f"{where}, 1440 x 900: the dashes"
