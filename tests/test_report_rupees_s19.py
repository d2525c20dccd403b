"""Session 19, issue 7: the rupee HTML report writes every rupee figure one way, in lakhs and crores.

Session 18's walk read the reality check's "2,600,000–4,333,333 INR/year" (grouped in thousands) beside
"₹10,90,09,267" (in lakhs). Every place the report writes rupees: the summary, the reality check, the assumptions
table and the sources list (an assumption's figure and unit, estimator.assumptions.Assumption.show/show_range), the
charts' labels and ticks (already in lakhs: compact "₹18.66Cr", "₹10Cr") and the charts' hover labels, which d3
grouped in threes ("%{y:,.0f} INR": 28,970,067 INR) and now read each point's own text ("₹2,89,70,067").

By hand, at 1 INR = 0.012 USD: $41,600 / 0.012 = 34,66,667 INR; $58,450 / 0.012 = 48,70,833 INR; $2,187 / 0.012 =
1,82,250 INR; $4,129 / 0.012 = 3,44,083 INR; and an in-house salary typed as 34,66,667 INR has the sources' range
$31,200-52,000 / 0.012 = 26,00,000-43,33,333 INR (tests/test_converted_range_s17.py)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from chromium import HAS_CHROMIUM

from estimator import meeting
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.report import build_report
from estimator.scenario import InHouseInputs, Scenario, VendorManagement, VendorPrice
from estimator.uncertainty import simulate, tornado

RATE = (ExchangeRate("INR", "USD", 0.012),)
# a rupee figure of a lakh or more grouped in thousands: "₹2,600,000", "3,466,667 INR"
IN_THOUSANDS = re.compile(r"₹\d{1,3}(?:,\d{3}){2,}(?!\d)|(?<![\d,])\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?:–\S+)? INR")
# a whole rupee figure as the page writes it: up to three digits, or pairs of digits before the last three
IN_LAKHS = re.compile(r"−?₹(?:\d{1,3}|\d{1,2}(?:,\d{2})*,\d{3})(?:\.\d{2})?")


def _report(s: Scenario) -> str:
    est, sim = estimate(s), simulate(s)
    swing = tornado(s, "bpo")
    return build_report(est, sim, meeting.chart_specs(est, sim, swing), dt.date(2026, 11, 27), swing=swing).decode()


@pytest.fixture(scope="module")
def dollar_inputs() -> str:
    return _report(Scenario("Customer service", 10, name="Rupees", currency="INR", in_house=InHouseInputs(currency="USD"),
                            bpo=VendorPrice("per_hour", 20, 30, currency="USD"), exchange_rates=RATE))


@pytest.fixture(scope="module")
def rupee_inputs() -> str:
    # session 18's walk: the in-house figures in rupees (the dollar defaults converted), the reality check naming the
    # salary's range
    return _report(Scenario("Customer service", 10, name="Rupees", currency="INR",
                            in_house=InHouseInputs(annual_salary=3_466_667, overhead_per_fte_month=182_250,
                                                   cost_per_hire=344_083, supervisor_salary=4_870_833, currency="INR"),
                            vendor_management=VendorManagement(governance_salary=8_215_000),
                            bpo=VendorPrice("per_hour", 20, 30, currency="USD"), exchange_rates=RATE))


def _rupees(text: str) -> int:
    """A hover's "−₹12,34,568" read back: -1234568."""
    return (-1 if text.startswith("−") else 1) * int(text.lstrip("−₹").replace(",", ""))


def _text(html: str) -> str:
    return re.sub(r"<script.*?</script>", "", html, flags=re.S)


def test_the_converted_assumptions_read_in_lakhs(dollar_inputs):
    text = _text(dollar_inputs)
    for used in ("41,600 USD/year (34,66,667 INR/year at 1 INR = 0.012 USD)",
                 "58,450 USD/year (48,70,833 INR/year at 1 INR = 0.012 USD)",
                 "2,187 USD/month (1,82,250 INR/month at 1 INR = 0.012 USD)",
                 "4,129 USD/hire (3,44,083 INR/hire at 1 INR = 0.012 USD)"):
        assert f"<td>{used}</td>" in text and f" {used}: " in text, used  # the table and the sources list
    assert not IN_THOUSANDS.findall(text), IN_THOUSANDS.findall(text)


def test_the_reality_check_names_the_rupee_salary_range_in_lakhs(rupee_inputs):
    text = _text(rupee_inputs)
    (check,) = re.findall(r"<li>Reality check: [^<]*</li>", text)
    # as money, as every amount beside it (session 20: it read "26,00,000–43,33,333 INR/year")
    assert "Salary per FTE (₹26,00,000–₹43,33,333 a year)" in check, check
    assert "<td>34,66,667 INR/year</td>" in text
    assert not IN_THOUSANDS.findall(text), IN_THOUSANDS.findall(text)
    figures = re.findall(r"−?₹[\d,]+(?:\.\d+)?", text)
    assert figures and all(IN_LAKHS.fullmatch(f.rstrip(".,")) for f in figures), \
        [f for f in figures if not IN_LAKHS.fullmatch(f.rstrip(".,"))]


@pytest.mark.parametrize("which", ["dollar_inputs", "rupee_inputs"])
def test_every_chart_hover_writes_rupees_in_lakhs(which, request):
    html = request.getfixturevalue(which)
    calls = re.findall(r"Plotly\.newPlot\(\s*\"[^\"]+\",\s*(\[.*?\]),\s*\{", html, flags=re.S)
    assert len(calls) == 6, len(calls)
    money_hovers = 0
    for data in map(json.loads, calls):
        for trace in data:
            template = trace.get("hovertemplate", "")
            assert " INR" not in template and ":,.0f" not in template, template  # no d3 figure in threes
            if "%{hovertext}" in template:
                money_hovers += 1
                texts = trace["hovertext"]
                assert len(texts) == len(trace.get("y") or trace["x"]), template
                assert all(IN_LAKHS.fullmatch(t) for t in texts), [t for t in texts if not IN_LAKHS.fullmatch(t)]
                # and each is its own point's figure: the money is x on a horizontal bar (the tornado) and where the
                # template writes y as something else (the histogram's share of draws), else y. A format check
                # alone passed with the cumulative line's hovers reading its high case and the tornado's the
                # savings rather than the swing from the midpoint (h20tests).
                values = trace["x"] if trace.get("orientation") == "h" or "%{y" in template else trace["y"]
                wrong = [(t, v) for t, v in zip(texts, values, strict=True) if abs(_rupees(t) - v) > 0.5]
                assert not wrong, (template, wrong[:3])
    assert money_hovers >= 10  # build-up's parts and total, cumulative and fan lines, histogram, tornado bars


def test_a_hover_figure_is_the_pages_figure():
    from estimator.charts import hover_figures, hover_texts
    # by hand: 2,89,70,067 (2 crore 89 lakh 70 thousand 67), as money() writes it; a saving lost with the minus sign
    assert hover_figures([28_970_067.4, -1_234_567.6, 999.0, 0.0], "INR") == [
        "₹2,89,70,067", "−₹12,34,568", "₹999", "₹0"]
    assert hover_texts([28_970_067.4], "USD") == {} and hover_texts([28_970_067.4], "EUR") == {}


@pytest.mark.skipif(not HAS_CHROMIUM, reason="no Debian chromium")
def test_the_reports_hover_labels_read_lakhs_in_chromium(dollar_inputs, tmp_path, browser):
    """From the DOM: the hover label over the cumulative chart and the fan, at 1440 and 390 px wide."""
    path = tmp_path / "report.html"
    path.write_text(dollar_inputs, encoding="utf-8")
    seen = []
    for width, height in ((1440, 900), (390, 844)):
        ctx = browser.new_context(viewport={"width": width, "height": height})
        try:
            page = ctx.new_page()
            page.goto(path.as_uri())
            page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 6",
                                   timeout=30_000)
            for chart in ("chart-cumulative", "chart-fan"):
                plot = page.locator(f"#{chart}")
                plot.scroll_into_view_if_needed()
                box = plot.locator(".nsewdrag").first.bounding_box()
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                page.wait_for_function(f"() => document.querySelector('#{chart} .hoverlayer').textContent.includes('₹')",
                                       timeout=5_000)
                seen.append(plot.locator(".hoverlayer").evaluate("e => e.textContent"))
        finally:
            ctx.close()
    for text in seen:
        figures = re.findall(r"−?₹[\d,]+", text)
        assert len(figures) == 2 and all(IN_LAKHS.fullmatch(f) for f in figures), text  # in-house and BPO
        assert "INR" not in text, text
