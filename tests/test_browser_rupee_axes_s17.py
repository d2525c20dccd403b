"""Chart axes in rupees in Chromium (issue 7, a user walk): a money axis read "200M", no currency, beside the page's
"₹45.79Cr"; every chart view's money axis now reads in lakh and crore with the rupee sign ("₹10Cr"), at 1440 × 900
and 390 × 844, with no text box overlapping another or cut off (test_harness.OVERLAPS_JS) and within the margins the
page draws the chart with (views/estimate.PAGE_MARGINS: a wider label would make plotly draw twice).

At 1 INR = 0.012 USD (83.33 rupees to the dollar) the worked example's in-house cost over 5 years is
$4,801,481 × 83.33 = about ₹40 crore, so the cumulative and fan axes run to ₹40-50Cr."""

from __future__ import annotations

import os
import re

import pytest
from chromium import HAS_CHROMIUM
from test_harness import MARGINS_JS, OVERLAPS_JS, VIEWS, _show_view, open_page, report_in, type_into

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")

MONEY_AXIS = {"buildup": ".ytick text", "cumulative": ".ytick text", "waterfall": ".xtick text",
              "distribution": ".xtick text", "fan": ".ytick text", "tornado": ".xtick text"}
TICK = re.compile(r"^−?₹(0|\d+(\.\d+)?(Cr|L|k)?)$")
SHOTS = os.environ.get("RUPEE_AXES_SHOTS")  # a folder to keep each view's screenshot in, to look at


def test_every_money_axis_reads_rupees_in_lakh_and_crore(browser, server):
    ctx, page = open_page(browser, server, 1440, 900)
    try:
        report_in(page, "INR")
        type_into(page, "USD per INR", "0.012")
        page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=60_000)
        problems: list[str] = []
        for width, height in ((1440, 900), (390, 844)):
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_timeout(500)
            for view in VIEWS:
                _show_view(page, view)
                chart = page.locator("[data-testid='stPlotlyChart']")
                ticks = [t.strip() for t in chart.locator(MONEY_AXIS[view]).all_text_contents() if t.strip()]
                assert len(ticks) >= 2, (width, view, ticks)
                odd = [t for t in ticks if not TICK.match(t)]
                assert not odd, (width, view, ticks)  # "200M" before: no rupee sign, SI units
                assert any(t.endswith(("Cr", "L")) for t in ticks), (width, view, ticks)
                chart.hover()
                problems += [f"{width}px {view}: {p}" for p in chart.evaluate(OVERLAPS_JS)]
                used, given = chart.locator(".js-plotly-plot").evaluate(MARGINS_JS)
                if used["l"] > given["l"] or used["b"] > given["b"]:
                    problems.append(f"{width}px {view}: margins grew from {given['l']}/{given['b']} to "
                                    f"{used['l']}/{used['b']} px")
                if SHOTS:
                    chart.screenshot(path=os.path.join(SHOTS, f"{view}-{width}.png"))
        # the waterfall's "−₹18.66Cr" ran 7 px into its row name "− Wages" at 390 px here until session 19
        # (tests/test_waterfall_labels_s19.py); no allowance is left for it
        assert not problems, "\n".join(problems)
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()
