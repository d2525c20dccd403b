"""The HTML report: standalone, escaped, and showing its charts in Chromium with the network off."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from chromium import CHROMIUM

from estimator import meeting
from estimator.estimate import estimate
from estimator.report import build_report
from estimator.scenario import Scenario, VendorPrice
from estimator.uncertainty import simulate, tornado


@pytest.fixture(scope="module")
def report():
    s = Scenario("Customer service", 10, name="<script>alert(1)</script>",
                 bpo=VendorPrice("per_hour", 20, 30, source='"><img src=x onerror=alert(2)>'))
    est, sim = estimate(s), simulate(s)
    specs = meeting.chart_specs(est, sim, tornado(s, "bpo"))
    return build_report(est, sim, specs, dt.date(2026, 11, 25)).decode("utf-8"), specs


def test_user_text_is_escaped(report):
    html, _ = report
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html


def test_standalone_with_sections_and_plotlyjs_once(report):
    html, specs = report
    for heading in ("<h2>Summary</h2>", "<h2>Charts</h2>", "<h2>Assumptions</h2>", "<h2>Sources</h2>"):
        assert heading in html
    assert "BPO saves $1,990,160 (41%) over 5 years and breaks even in month 10" in html  # README's verdict
    assert "Reality check: Surveys of signed deals find" in html
    assert html.count("plotly.js v") == 1  # the library embedded once, not once per chart
    # nothing fetched: no script or stylesheet from a network address
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", html, re.I)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", html, re.I)
    assert html.count('role="img"') == len(specs)


@pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true", reason="no Debian chromium")
def test_report_shows_its_charts_offline(report, tmp_path, browser):
    # the session's one Chromium (conftest.py): a second sync_playwright in the same run refuses to start
    html, specs = report
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    requests: list[str] = []
    ctx = browser.new_context()
    try:
        ctx.set_offline(True)
        ctx.route("http*://**", lambda route: (requests.append(route.request.url), route.abort()))
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_function(f"() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= {len(specs)}",
                               timeout=30_000)
        titles = page.locator(".js-plotly-plot .gtitle").all_text_contents()
    finally:
        ctx.close()
    assert not errors and not dialogs and not requests
    assert "BPO saves $1,990,160 (41%) over 5 years and breaks even in month 10" in titles
