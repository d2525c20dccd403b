"""Session 19, issue 7: the Scenarios page's comparison in rupees fits at 1440 x 900, 1280 x 720 and 390 x 844.

The results were a grid (st.dataframe) drawn on a canvas in columns as wide as the server guessed (7 px a character of
the longest figure): a crore figure such as "−₹11,20,33,802" ran into the next column wherever the font measured
wider (session 16, at 1280 x 720), and a phone scrolled the eight columns sideways. They are a static table now
(views/tables.py): the browser sizes each column to its figures, kept on one line and right-aligned on a wide screen,
and on a phone each row is a block of "Column: value" lines. Checked from the DOM: every cell's text inside its cell,
no two texts overlapping, the table no wider than its place (no sideways scroll), each money figure on one line.

The check runs as the last part of tests/test_browser_scenarios.py's 1440 x 900 walk since session 25: it had a page
load of its own, Rupees B opened from its link."""

from __future__ import annotations

import os

import pytest
from chromium import HAS_CHROMIUM, IDLE  # the browser and server fixtures are in conftest.py
from test_browser_scenarios import pick

from estimator.currency import ExchangeRate
from estimator.scenario import InHouseInputs, Scenario, VendorPrice, dump_scenario

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")
SHOTS = os.environ.get("COMPARE_SHOTS")  # a folder to keep each screenshot in, to look at

# Problems with the comparison table in ``root``: text out of its cell, texts overlapping, a sideways scroll, a money
# figure broken over two lines (columns 3-7 are the money).
FITS_JS = """(root) => {
  const out = [];
  const table = root.querySelector("[data-testid='stTable']");
  if (!table) return ["no static table"];
  const scrolled = [table, ...table.querySelectorAll("*")].filter(e => e.scrollWidth > e.clientWidth + 1
    && getComputedStyle(e).overflowX !== "visible");
  scrolled.forEach(e => out.push(`scrolls sideways: ${e.scrollWidth} px in ${e.clientWidth}`));
  const main = document.querySelector("[data-testid='stMain']").getBoundingClientRect();
  const texts = [];
  table.querySelectorAll("td").forEach(td => {
    const text = td.innerText.trim();
    if (!text) return;
    const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT), rects = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      rects.push(...[...range.getClientRects()].filter(r => r.width > 0));
    }
    const t = {left: Math.min(...rects.map(r => r.left)), right: Math.max(...rects.map(r => r.right)),
               top: Math.min(...rects.map(r => r.top)), bottom: Math.max(...rects.map(r => r.bottom))};
    const c = td.getBoundingClientRect();
    if (t.left < c.left - 1 || t.right > c.right + 1 || t.top < c.top - 1 || t.bottom > c.bottom + 1)
      out.push(`'${text}' out of its cell (${t.left | 0}-${t.right | 0} in ${c.left | 0}-${c.right | 0})`);
    if (t.right > Math.min(main.right, window.innerWidth) + 1) out.push(`'${text}' past the page's edge at ${t.right | 0}`);
    const column = [...td.parentNode.children].indexOf(td) + 1;
    const tops = new Set(rects.map(r => Math.round(r.top)));
    if (column >= 3 && column <= 7 && tops.size > 1) out.push(`'${text}' broken over ${tops.size} lines`);
    texts.push({text, t});
  });
  texts.forEach((a, i) => texts.slice(i + 1).forEach(b => {
    const w = Math.min(a.t.right, b.t.right) - Math.max(a.t.left, b.t.left);
    const h = Math.min(a.t.bottom, b.t.bottom) - Math.max(a.t.top, b.t.top);
    if (w > 1 && h > 1) out.push(`'${a.text}' and '${b.text}' overlap (${w | 0}x${h | 0} px)`);
  }));
  return out;
}"""


def _rupee_scenario(name: str, fte: int, low: float, high: float) -> Scenario:
    return Scenario("IT and software operations", fte, name=name, currency="INR",
                    in_house=InHouseInputs(currency="USD"), bpo=VendorPrice("per_hour", low, high, currency="USD"),
                    kpo=VendorPrice("per_hour", 20, 30, currency="USD", option="kpo"),
                    exchange_rates=(ExchangeRate("INR", "USD", 0.012),))


def _upload_and_store(page, path, name: str, where: str) -> None:
    """The scenario file ``path`` uploaded on the Scenarios page and saved to the store there, as ``name``."""
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(path)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=30_000)
    page.get_by_role("button", name="Save to the store").click()
    try:
        page.get_by_text(f"Saved as {name}.").wait_for(timeout=20_000)
    except playwright.TimeoutError:
        raise AssertionError(f"{where}: {name} uploaded and not saved") from None
    page.wait_for_selector(IDLE, timeout=30_000)


def long_crore_figures_fit_the_comparison(page, tmp_path, where: str) -> None:
    """``page``: the Scenarios page at 1440 x 900, its comparison holding any other saved scenarios (cleared here,
    and asserted cleared, before the rupee scenarios are picked). Left at 390 x 844."""
    # 400 FTE: "₹21,74,89,65,969" over the horizon and "−₹11,15,40,59,862" of savings, 16 and 17 characters.
    # (Session 20: the vendor manager's pay left at the sources' $98,580 is ₹82,15,000 at 0.012, not ₹98,580;
    # its floor, 0.5 × 1.31 / 12 of it, binds in the 3 months before go-live: 3 × ₹4,43,021 = ₹13,29,063 more.)
    # B, whose figures are asserted, and A (10 FTE, the short figures beside them) uploaded as scenario files on the
    # Scenarios page and saved to the store there (B was opened from its link, a page load, and saved from the page
    # until session 25: the store holds the same scenario either way, and B's figures below are the check of it)
    for scenario in (_rupee_scenario("Rupees B", 400, 40, 100), _rupee_scenario("Rupees A", 10, 60, 90)):
        path = tmp_path / f"{scenario.name.lower().replace(' ', '_')}.json"
        path.write_text(dump_scenario(scenario), encoding="utf-8")
        _upload_and_store(page, path, scenario.name, where)
    box = page.locator("[data-testid='stMultiSelect']").filter(has_text="Two to four saved scenarios")
    tags = box.locator("[data-tag]")  # the picked names (Streamlit's multiselect marks each so)
    if tags.count():
        # the walk's comparison before: cleared, one rerun, and the results with it
        box.locator("[aria-label='Clear all']").click()
        page.wait_for_timeout(300)
        page.wait_for_selector(IDLE, timeout=30_000)
        tags.first.wait_for(state="detached", timeout=30_000)
    assert tags.count() == 0, (f"{where}: the comparison before was not cleared", tags.all_inner_texts())
    picker = page.get_by_label("Two to four saved scenarios")
    for name in ("Rupees A", "Rupees B"):
        pick(page, picker, name)
        page.wait_for_selector(IDLE, timeout=60_000)
    page.keyboard.press("Escape")
    assert sorted(tags.all_inner_texts()) == ["Rupees A", "Rupees B"], (f"{where}: the picks", tags.all_inner_texts())
    results = page.locator(".st-key-compare_results")
    results.wait_for(timeout=30_000)
    problems: list[str] = []
    for width, height in ((1440, 900), (1280, 720), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(800)
        results.scroll_into_view_if_needed()
        text = results.inner_text()
        assert "₹21,74,89,65,969" in text and "−₹11,15,40,59,862" in text, (f"{where}, {width}px", text)
        problems += [f"{where}, {width}px: {p}" for p in results.evaluate(FITS_JS)]
        if width < 640:  # a phone reads each row as lines headed by their column
            cell = results.locator("td").nth(3)
            assert cell.evaluate("e => getComputedStyle(e, '::before').content") == '"Over the horizon: "', \
                f"{where}, {width}px: the column's name"
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, f"compare-{width}.png"), full_page=True)
    assert not problems, "\n".join(problems)
    assert not page.locator("[data-testid='stException']").count(), where
