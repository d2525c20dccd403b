"""The "Mix of functions" page in Debian's Chromium: type a new workload into the table (a canvas grid that AppTest
cannot click) and see the totals and the chart's column totals change."""

from __future__ import annotations

from chromium import IDLE
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # the browser and server fixtures are in conftest.py
from test_harness import no_exception

# The grid's geometry, from views/portfolio.py's column widths: a 33 px row-marker column, Function 160 px, then
# Workload 80 px; a 35 px header, then 35 px rows.
WORKLOAD_X = 33 + 160 + 40
FIRST_ROW_Y = 35 + 17
TOTALS = ".js-plotly-plot .annotation-text"


def test_typing_a_workload_changes_the_totals_and_the_chart(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = ctx.new_page()
        page.goto(f"{server}/portfolio")  # straight to the page: the estimate page's Monte Carlo is not needed
        value = page.locator("[data-testid='stMetricValue']").first
        value.wait_for(timeout=60_000)
        page.wait_for_selector(IDLE, timeout=60_000)
        # the script can end before plotly.js has drawn the chart (seen once in CI under load): wait for it
        page.wait_for_function(f"document.querySelectorAll({TOTALS!r}).length >= 3", timeout=30_000)
        before = value.inner_text()
        columns = page.locator(TOTALS).all_text_contents()
        assert len(columns) == 3 and before.startswith("$")
        box = page.locator("[data-testid='stDataFrame']").first.bounding_box()
        assert box is not None
        # customer service (row 1) from 10 to 20 FTE, in the grid's own cell editor (an input over the canvas)
        cell = page.locator("input.gdg-input")
        for _ in range(3):  # a double click while the grid is still laying out opens nothing: try again
            page.mouse.dblclick(box["x"] + WORKLOAD_X, box["y"] + FIRST_ROW_Y)
            try:
                cell.wait_for(timeout=5_000)
                break
            except PlaywrightTimeout:
                continue
        assert cell.input_value() == "10"
        cell.fill("20")
        cell.press("Enter")
        page.wait_for_function("([el, old]) => el.innerText !== old", arg=[value.element_handle(), before],
                               timeout=30_000)
        page.wait_for_selector(IDLE, timeout=30_000)
        after = value.inner_text()
        assert float(after.strip("$").replace(",", "")) > float(before.strip("$").replace(",", ""))
        changed = page.locator(TOTALS).all_text_contents()
        assert changed[0] != columns[0] and changed[1] != columns[1], (columns, changed)
        main = page.locator("[data-testid='stMain']").inner_text()
        assert "Please check the table" not in main
        no_exception(page, "mix of functions")
    finally:
        ctx.close()
