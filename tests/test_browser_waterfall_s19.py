"""Session 19, issue 7: the savings waterfall's labels at 1440 x 900, 1280 x 720 and 390 x 844, reporting in dollars,
euros and rupees (1 EUR = 1.08 USD, 1 INR = 0.012 USD), with the KPO unpriced and priced: from the DOM, the bounding box of every text
of the chart's SVG (row names, value labels, ticks, axis title, the toolbar's box), no two overlapping and none cut
off by the chart's edge (test_harness.OVERLAPS_JS). At 390 px in rupees "−₹18.66Cr" ran 7 px into "− Wages"; the
placement is tests/test_waterfall_labels_s19.py's."""

from __future__ import annotations

import os

import pytest
from chromium import HAS_CHROMIUM
from test_harness import OVERLAPS_JS, VIEWPORTS, _show_view, open_page, report_in, type_into

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")
SHOTS = os.environ.get("WATERFALL_SHOTS")  # a folder to keep each screenshot in, to look at


@pytest.mark.parametrize("currency", ["USD", "EUR", "INR"])
def test_no_waterfall_text_overlaps_or_is_cut_off(browser, server, currency):
    ctx, page = open_page(browser, server, 1440, 900)
    try:
        if currency != "USD":
            report_in(page, currency)
        if currency != "USD":  # until a rate is given the page keeps its last (dollar) results, marked stale
            type_into(page, f"USD per {currency}", {"EUR": "1.08", "INR": "0.012"}[currency])
        problems: list[str] = []
        for kpo in (False, True):
            if kpo:
                page.set_viewport_size({"width": 1440, "height": 900})
                page.wait_for_timeout(500)
                # below the BPO's $20-30, so that the waterfall drawn is the KPO's (the cheapest alternative's): at
                # $40-60 the BPO's was drawn again, and a KPO waterfall drawn as no chart at all passed (h20tests)
                for label, value in (("Quote low", "10"), ("Quote high", "15")):
                    type_into(page, label, value)
            for width, height in VIEWPORTS:
                page.set_viewport_size({"width": width, "height": height})
                page.wait_for_timeout(500)
                _show_view(page, "waterfall")
                chart = page.locator("[data-testid='stPlotlyChart']")
                chart.hover()
                assert chart.locator(".xtitle").text_content().startswith(f"{currency} over "), currency
                rows = [r.strip() for r in chart.locator(".ytick text").all_text_contents()]
                assert ("KPO cost" in rows, "BPO cost" in rows) == (kpo, not kpo), rows  # the last step's row
                labels = chart.locator(".annotation-text").all_text_contents()
                assert len(labels) >= 5, (currency, width, labels)
                if currency == "INR":
                    assert "−₹18.66Cr" in labels, labels
                problems += [f"{currency} {width}px KPO {'priced' if kpo else 'unpriced'}: {p}"
                             for p in chart.evaluate(OVERLAPS_JS)]
                if SHOTS:
                    chart.screenshot(path=os.path.join(SHOTS, f"waterfall-{currency}-{width}-{int(kpo)}.png"))
        assert not problems, "\n".join(problems)
        assert not page.locator("[data-testid='stException']").count()
    finally:
        ctx.close()
