"""The deck's native charts as a reader meets them in PowerPoint: where each chart sits, one text size for all of
its text, the x axis of the cost distribution in the scenario's currency, and month labels thinned so they
stay readable. Decks made through export_bytes, as the page and the command line make them.

Each test makes its own deck (no module-scoped fixture): mutation runs (scripts/mutate.sh) run only the tests
that themselves called a mutated function, and a test reading a deck a fixture built earlier would be skipped."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml.ns import qn
from typed_pay import typed_pay

from estimator import charts, meeting
from estimator.deck import build_deck
from estimator.estimate import estimate
from estimator.outputs import export_bytes
from estimator.scenario import BusinessCase, InHouseInputs, Scenario, Uncertainty, VendorPrice
from estimator.uncertainty import simulate

FEW = Uncertainty(draws=1_000)  # the charts' layout does not depend on how many draws


def _deck(s: Scenario):
    est = estimate(s)
    return Presentation(io.BytesIO(export_bytes(est, simulate(s), None, "pptx", today=dt.date(2026, 1, 15))))


def _charts(prs) -> list:
    """(chart's graphic frame, the slide's title box) for every slide with a native chart."""
    out = []
    for slide in prs.slides:
        frames = [sh for sh in slide.shapes if sh.has_chart]
        if frames:
            out.append((frames[0], slide.shapes[0]))
    return out


def _skip(chart) -> int | None:
    element = chart.category_axis._element.find(qn("c:tickLblSkip"))
    return None if element is None else int(element.get("val"))


def _two_years():
    # a 2-year contract: 24 months, few enough (40 or fewer) that the fan is drawn at every month
    return _deck(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                          business_case=BusinessCase(horizon_years=2), uncertainty=FEW))


def test_charts_line_up_under_their_titles_with_one_text_size_and_readable_month_labels():
    two_years = _two_years()
    frames = _charts(two_years)
    assert len(frames) >= 4
    for frame, title in frames:
        # the title box sits at the slide's 0.6-inch margin and spans the body; the chart lines up with it
        assert (frame.left, frame.width) == (title.left, title.width)
        assert title.left == 548_640  # 0.6 inch × 914,400 EMU an inch

    # one text size for all of a chart's text, its legend's included
    with_legend = [frame.chart for frame, _ in _charts(two_years) if frame.chart.has_legend]
    assert with_legend  # the cumulative and fan charts have a legend (more than one series)
    for chart in with_legend:
        assert chart.font.size is not None and chart.font.size == chart.legend.font.size

    # month labels thinned to about ten
    lines = [frame.chart for frame, _ in _charts(two_years) if frame.chart.chart_type == XL_CHART_TYPE.LINE]
    by_title = {c.category_axis.axis_title.text_frame.text + "|" + c.value_axis.axis_title.text_frame.text: c
                for c in lines}
    cumulative = next(c for k, c in by_title.items() if "P10" not in k)
    fan = next(c for k, c in by_title.items() if "P10" in k)
    # cumulative cost: 24 months, one label a year (every 12th)
    assert len(list(cumulative.plots[0].categories)) == 24 and _skip(cumulative) == 12
    # the fan: 24 monthly points; 24 // 10 = every 2nd labelled, so 12 labels rather than 24
    assert len(list(fan.plots[0].categories)) == 24 and _skip(fan) == 2


def _distribution(prs):
    return next(frame.chart for frame, _ in _charts(prs) if frame.chart.chart_type == XL_CHART_TYPE.XY_SCATTER_LINES_NO_MARKERS)


def test_the_cost_distribution_reads_in_the_scenarios_currency():
    # dollars: the x axis (cost) shows "$1,234,567"
    usd = _distribution(_two_years())
    assert usd.category_axis.axis_title.text_frame.text == "Cost over the horizon, USD"
    assert usd.category_axis.tick_labels.number_format == '"$"#,##0'
    # euros: no dollar sign, the currency is in the axis title
    eur = _distribution(_deck(Scenario("Customer service", 10, currency="EUR", **typed_pay(InHouseInputs(currency="EUR")),
                                       bpo=VendorPrice("per_hour", 20, 30, currency="EUR"), uncertainty=FEW)))
    assert eur.category_axis.axis_title.text_frame.text == "Cost over the horizon, EUR"
    assert eur.category_axis.tick_labels.number_format == "#,##0"


def test_without_chromium_a_chart_with_no_native_form_is_one_line_on_its_slide(monkeypatch, tmp_path):
    # (tests/test_no_chromium.py checks this too, but that module also drives the page with AppTest, so mutation
    # runs leave all of it out)
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30), uncertainty=Uncertainty(draws=200))
    est, sim = estimate(s), simulate(s)
    specs = meeting.chart_specs(est, sim)
    prs = Presentation(io.BytesIO(build_deck(est, sim, [replace(specs[0], native=None), *specs[1:]])))
    slide = list(prs.slides)[2]  # title, summary, then the first chart's slide
    texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
    assert charts.NO_CHROMIUM in texts and not any(sh.has_chart or sh.shape_type == 13 for sh in slide.shapes)
