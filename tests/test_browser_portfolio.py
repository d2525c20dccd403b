"""The "Mix of functions" page in Debian's Chromium: type a new workload into the table (a canvas grid that AppTest
cannot click) and see the totals and the chart's column totals change; with, on the same page load, the checks of
tests/test_browser_currency_sourced.py and tests/test_browser_portfolio_currency.py (the walk at the end)."""

from __future__ import annotations

from chromium import IDLE
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # the browser and server fixtures are in conftest.py
from test_browser_currency_sourced import a_rupee_salary_waits_for_the_dollar_rate_then_follows_it_until_typed
from test_browser_portfolio_currency import the_mix_page_in_rupees
from test_harness import metrics, no_exception, open_page, resize, shown

# The grid's geometry, from views/portfolio.py's column widths: a 33 px row-marker column, Function 160 px, then
# Workload 80 px; a 35 px header, then 35 px rows.
WORKLOAD_X = 33 + 160 + 40
FIRST_ROW_Y = 35 + 17
TOTALS = ".js-plotly-plot .annotation-text"


def _workload_cell(page):
    """Customer service's workload cell (row 1) opened in the grid's own cell editor (an input over the canvas)."""
    box = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    assert box is not None, "the Mix page's grid"
    cell = page.locator("input.gdg-input")
    for _ in range(3):  # a double click while the grid is still laying out opens nothing: try again
        page.mouse.dblclick(box["x"] + WORKLOAD_X, box["y"] + FIRST_ROW_Y)
        try:
            cell.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            continue
    return cell


def _type_a_workload(page, old: str, new: str, where: str) -> str:
    """Customer service's workload from ``old`` to ``new`` FTE in the grid; waits for the first metric to change
    and returns it."""
    value = page.locator("[data-testid='stMetricValue']").first
    before = value.inner_text()
    cell = _workload_cell(page)
    assert cell.input_value() == old, (where, cell.input_value())
    cell.fill(new)
    cell.press("Enter")
    page.wait_for_function("([el, old]) => el.innerText !== old", arg=[value.element_handle(), before],
                           timeout=30_000)
    page.wait_for_selector(IDLE, timeout=30_000)
    return value.inner_text()


def _typing_a_workload_changes_the_totals_and_the_chart(page) -> None:
    """On the Mix page in dollars, its table as it starts: customer service from 10 to 20 FTE raises the first
    metric and the chart's column totals; then back to 10, which gives the metric and the totals as they were."""
    where = "the Mix page's grid"
    value = page.locator("[data-testid='stMetricValue']").first
    value.wait_for(timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    # the script can end before plotly.js has drawn the chart (seen once in CI under load): wait for it
    page.wait_for_function(f"document.querySelectorAll({TOTALS!r}).length >= 3", timeout=30_000)
    before = value.inner_text()
    columns = page.locator(TOTALS).all_text_contents()
    assert len(columns) == 3 and before.startswith("$"), (where, before, columns)
    after = _type_a_workload(page, "10", "20", f"{where}: 10 -> 20 FTE")
    assert float(after.strip("$").replace(",", "")) > float(before.strip("$").replace(",", "")), \
        (f"{where}: 10 -> 20 FTE", before, after)
    changed = page.locator(TOTALS).all_text_contents()
    assert changed[0] != columns[0] and changed[1] != columns[1], (f"{where}: 10 -> 20 FTE", columns, changed)
    main = page.locator("[data-testid='stMain']").inner_text()
    assert "Please check the table" not in main, f"{where}: 20 FTE"
    no_exception(page, f"{where}: 20 FTE")
    # undone for the parts after it: the metric and the totals as before the edit
    assert _type_a_workload(page, "20", "10", f"{where}: 20 -> 10 FTE again") == before, \
        f"{where}: back at 10 FTE, the first metric not as it was"
    assert page.locator(TOTALS).all_text_contents() == columns, f"{where}: back at 10 FTE, the totals not as they were"


def test_the_mix_page_and_rupees_on_one_page(browser, server):
    """Three checks on one page load, for CI's time (a load costs about 7 CPU-seconds, a rerun or a page link under
    one); until session 25 they were three tests, each loading a page (this file's, the Mix page loaded at 1280 ×
    900, tests/test_browser_currency_sourced.py's and tests/test_browser_portfolio_currency.py's, the Estimate page
    at 1280 × 720, whose docstrings say what each guards):

    1. the Estimate page as loaded at 1280 × 900, its inputs and results read; the Mix page by its link: a workload
       typed into the table changes the totals and the chart, and is typed back (the totals asserted as they were);
    2. the Estimate page by its link, resized to 1280 × 720 (a desktop page resized matched fresh loads to the pixel
       in session 22), its inputs and results asserted to be as loaded: a rupee salary waits for the dollar's rate,
       then follows it until typed;
    3. still in rupees (picked by part 2, which also typed a salary no check here reads), the rate to 0.012 and the
       Mix page in rupees: last, as it leaves the Mix page on the Estimate page's settings."""
    ctx, page = open_page(browser, server, 1280, 900)
    try:
        fresh, fresh_results = shown(page), metrics(page)
        page.get_by_role("link", name="Mix of functions").first.click()
        # the Mix page's own caption under its table: until it is drawn, the Estimate page's metric and chart are
        # still on screen, and the part once read the Estimate page's $4,801,481 as the mix's total
        page.wait_for_selector("text=An empty Pay cell", timeout=60_000)
        _typing_a_workload_changes_the_totals_and_the_chart(page)

        page.get_by_role("link", name="Estimate").first.click()
        page.get_by_role("textbox", name="Scenario name").wait_for(timeout=60_000)
        page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=60_000)
        resize(page, 1280, 720)
        assert shown(page) == fresh, "the Estimate page's inputs after the Mix page's grid: not as loaded"
        assert metrics(page) == fresh_results, "the Estimate page's results after the Mix page's grid: not as loaded"
        a_rupee_salary_waits_for_the_dollar_rate_then_follows_it_until_typed(page)

        the_mix_page_in_rupees(page)
    finally:
        ctx.close()
