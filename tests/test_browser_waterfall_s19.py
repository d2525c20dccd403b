"""Session 19, issue 7: the savings waterfall's labels at 1440 x 900, 1280 x 720 and 390 x 844, reporting in dollars,
euros and rupees (1 EUR = 1.08 USD, 1 INR = 0.012 USD), with the KPO unpriced and priced: from the DOM, the bounding box of every text
of the chart's SVG (row names, value labels, ticks, axis title, the toolbar's box), no two overlapping and none cut
off by the chart's edge (test_harness.OVERLAPS_JS). At 390 px in rupees "−₹18.66Cr" ran 7 px into "− Wages"; the
placement is tests/test_waterfall_labels_s19.py's."""

from __future__ import annotations

import os

import pytest
from chromium import HAS_CHROMIUM
from test_harness import OVERLAPS_JS, VIEWPORTS, _show_view, open_page, quote_label, report_in, resize, type_into

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")
SHOTS = os.environ.get("WATERFALL_SHOTS")  # a folder to keep each screenshot in, to look at


RATES = {"EUR": "1.08", "INR": "0.012"}


def test_no_waterfall_text_overlaps_or_is_cut_off(browser, server):
    """One page, the currencies in turn (USD, EUR, INR), each with the KPO unpriced then priced. What carries over
    from one currency to the next: the report currency and its rate only. The KPO quote typed for one currency is
    emptied before the next (its fields back to nothing, the KPO unpriced as on a fresh page: the next currency's
    first pass asserts its row is "BPO cost"), so that Report in does not convert it or keep it in the old currency;
    the next quote is typed in the new report currency, as on a fresh page. "USD per EUR" is a rate against the euro;
    Report in -> INR, with no rate between the euro and the rupee given, empties it (views/currency._rates_follow)
    and the rupee's 0.012 is typed as on a fresh page."""
    ctx, page = open_page(browser, server, 1440, 900)
    try:
        problems: list[str] = []
        for currency in ("USD", "EUR", "INR"):
            resize(page, 1440, 900)  # the sidebar's fields, as on a fresh page
            if currency != "USD":
                report_in(page, currency)
                # until a rate is given the page keeps its last (dollar) results, marked stale
                type_into(page, f"USD per {currency}", RATES[currency])
            for kpo in (False, True):
                if kpo:
                    resize(page, 1440, 900)
                    # below the BPO's $20-30, so that the waterfall drawn is the KPO's (the cheapest alternative's): at
                    # $40-60 the BPO's was drawn again, and a KPO waterfall drawn as no chart at all passed (h20tests)
                    for label, value in ((quote_label("KPO", "low", currency), "10"),
                                         (quote_label("KPO", "high", currency), "15")):
                        type_into(page, label, value)
                for width, height in VIEWPORTS:
                    resize(page, width, height)
                    _show_view(page, "waterfall")
                    chart = page.locator("[data-testid='stPlotlyChart']")
                    chart.hover()
                    where = f"{currency} {width}px KPO {'priced' if kpo else 'unpriced'}"
                    assert chart.locator(".xtitle").text_content().startswith(f"{currency} over "), where
                    rows = [r.strip() for r in chart.locator(".ytick text").all_text_contents()]
                    assert ("KPO cost" in rows, "BPO cost" in rows) == (kpo, not kpo), (where, rows)  # the last step's row
                    labels = chart.locator(".annotation-text").all_text_contents()
                    assert len(labels) >= 5, (where, labels)
                    if currency == "INR":
                        assert "−₹18.66Cr" in labels, (where, labels)
                    problems += [f"{where}: {p}" for p in chart.evaluate(OVERLAPS_JS)]
                    if SHOTS:
                        chart.screenshot(path=os.path.join(SHOTS, f"waterfall-{currency}-{width}-{int(kpo)}.png"))
            assert not page.locator("[data-testid='stException']").count(), currency
            if currency != "INR":  # the quote emptied: the next currency starts with the KPO unpriced
                resize(page, 1440, 900)
                for label in (quote_label("KPO", "low", currency), quote_label("KPO", "high", currency)):
                    type_into(page, label, "")
        assert not problems, "\n".join(problems)
    finally:
        ctx.close()
