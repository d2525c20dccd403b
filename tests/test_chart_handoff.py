"""The figure the page hands to the browser: the same chart, in a form plotly.js draws once per rerun."""

from __future__ import annotations

import json
from dataclasses import replace

import plotly.graph_objects as go
import plotly.io as pio
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from strategies import examples, page_scenarios

from estimator import charts
from estimator.captive import CaptiveInputs
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.scenario import InputError, Scenario, Uncertainty
from estimator.uncertainty import simulate
from views.chart_handoff import browser_figure


def _spec(fig) -> dict:
    return json.loads(pio.to_json(fig, validate=False))


def _leaves(d: dict, path: tuple = ()) -> dict[tuple, object]:
    out = {}
    for k, v in d.items():
        out.update(_leaves(v, (*path, k)) if isinstance(v, dict) else {(*path, k): v})
    return out


FIGURES = {
    "buildup": charts.cost_buildup_figure,
    "cumulative": charts.cumulative_cost_figure,
    "waterfall": charts.savings_waterfall_figure,
}


@pytest.mark.parametrize("name", FIGURES)
def test_same_chart_to_a_reader(worked_example, name):
    before = _spec(FIGURES[name](estimate(worked_example)))
    after = _spec(browser_figure(FIGURES[name](estimate(worked_example))))
    assert after["data"] == before["data"]
    template, own, got = (_leaves(before["layout"].pop("template")["layout"]), _leaves(before["layout"]),
                          _leaves(after["layout"]))
    # every setting the figure made is kept; every template setting it did not override is written in
    assert {k: got.get(k) for k in own} == own
    assert {k: got.get(k) for k in template if k not in own} == {k: v for k, v in template.items() if k not in own}
    # nothing else, apart from the two hints for Plotly.react
    assert set(got) - set(own) - set(template) == {("autosize",), ("datarevision",)}


def test_no_template_and_a_stated_autosize(worked_example):
    # a template object, or autosize flipping from true to false, makes Plotly.react redraw everything
    layout = _spec(browser_figure(charts.cost_buildup_figure(estimate(worked_example))))["layout"]
    assert "template" not in layout
    assert layout["autosize"] is True


def test_data_revision_follows_the_data(worked_example):
    # the revision tells Plotly.react the copied arrays are the same data: it must change when they change
    rev = lambda s: browser_figure(charts.cost_buildup_figure(estimate(s))).layout.datarevision  # noqa: E731
    assert rev(worked_example) == rev(worked_example)
    assert rev(worked_example) != rev(replace(worked_example, workload=11))


def test_a_figure_handed_over_again_keeps_its_revision(worked_example):
    # The contact-centre page hands over the same cached figure on every rerun: a revision that changed each time
    # (the last revision hashed into the next) made the browser redraw an unchanged chart after every press.
    fig = browser_figure(charts.cost_buildup_figure(estimate(worked_example)))
    first, spec = fig.layout.datarevision, _spec(fig)
    again = browser_figure(fig)
    assert again.layout.datarevision == first
    assert _spec(again) == spec


def test_template_axis_settings_reach_every_axis():
    # a template's xaxis applies to xaxis2 too; written into the layout it must still reach it
    fig = go.Figure(go.Bar(x=["a"], y=[1]), layout=dict(template=dict(layout=dict(xaxis=dict(showgrid=False))),
                                                        xaxis2=dict(title="second")))
    layout = browser_figure(fig).to_plotly_json()["layout"]
    assert layout["xaxis2"] == {"showgrid": False, "title": {"text": "second"}}


def test_the_legend_as_text_above_the_chart() -> None:
    # The build-up's legend, as wrapping text: a square per bar series, a diamond for the total, names
    # escaped; the figure loses its own legend and the one row it took (380 - 30 = 350 px).
    from views.chart_handoff import legend_html

    fig = go.Figure([go.Bar(x=["a"], y=[1], name="Wages <b>", marker_color="#0072B2"),
                     go.Scatter(x=["a"], y=[1], name="Total (low–high)", marker_color="#000000"),
                     go.Scatter(x=["a"], y=[1], name="band", showlegend=False)], layout=dict(height=380))
    text = legend_html(fig)
    assert text.count("role='listitem'") == 2 and "band" not in text
    assert "background:#0072B2" in text and "Wages &lt;b&gt;" in text
    assert "color:#000000" in text and "◆" in text
    assert fig.layout.showlegend is False and fig.layout.height == 350


def test_the_legend_as_text_keeps_what_tells_series_apart_besides_colour() -> None:
    # Issue 7: a slide's legend as text (plotly's scrolled inside the chart on a phone). A slide's series differ by
    # more than colour (meeting.without_colour_alone): the keys keep a line's dash and a bar's fill pattern.
    from estimator.meeting import presentation_figure
    from views.chart_handoff import legend_html

    fig = presentation_figure(go.Figure([
        go.Bar(x=["a"], y=[1], name="Wages", marker_color="#0072B2"),
        go.Bar(x=["a"], y=[1], name="Benefits", marker_color="#56B4E9"),  # the second bar: "/" stripes
        go.Scatter(x=[1, 2, 2, 1], y=[1, 1, 2, 2], fill="toself", fillcolor="rgba(0,114,178,0.2)", name="P10–P90"),
        go.Scatter(x=[1, 2], y=[1, 2], mode="lines", line_color="#0072B2", name="In-house"),
        go.Scatter(x=[1, 2], y=[1, 2], mode="lines", line_color="#E69F00", name="BPO")]))
    items = legend_html(fig, size="1.25rem").split("role='listitem'")[1:]
    assert "background:#0072B2'" in items[0]  # the first bar plain
    assert "repeating-linear-gradient(135deg" in items[1] and "#56B4E9'></span>&nbsp;Benefits" in items[1]
    assert "background:rgba(0,114,178,0.2)" in items[2]  # the band's fill
    assert "border-top:0.2em solid #0072B2" in items[3] and "border-top:0.2em dashed #E69F00" in items[4]
    assert "font-size:1.25rem" in legend_html(go.Figure([go.Bar(name="a"), go.Bar(name="b")]), size="1.25rem")


def test_no_legend_as_text_where_plotly_shows_none() -> None:
    # the waterfall (its layout hides the legend) and a figure with one series (plotly shows no legend for it):
    # nothing above the chart, and the chart keeps its height
    from views.chart_handoff import legend_html

    hidden = go.Figure([go.Bar(name="a"), go.Bar(name="b")], layout=dict(showlegend=False, height=400))
    single = go.Figure([go.Bar(name="a")], layout=dict(height=400))
    assert (legend_html(hidden), legend_html(single)) == ("", "")
    assert (hidden.layout.height, single.layout.height) == (400, 400)


# --- the estimate page's unvalidated figure path against the validated one it replaced --------------------------

def _sent(fig: go.Figure) -> dict:
    """What st.plotly_chart puts in the page's message for ``fig``, parsed: Streamlit 1.67 takes plotly.tools'
    figure dict and writes it with plotly.io's JSON (streamlit/elements/plotly_chart.py)."""
    import plotly.tools

    return json.loads(pio.to_json(plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True),
                                  validate=False))


def _before(view: str, est, sim) -> tuple[str, str, go.Figure]:
    """The page's chart as views/estimate.py made it at dfdf9d9: the validated figure (the chart's ``*_figure``),
    for_page, the page's margins, the legend as text, the hand-over, each on the validated figure."""
    import handoff_oracle as old

    from views.estimate_chart import PAGE_MARGINS, chart_spec

    title, fig = old.for_page(charts.figure(chart_spec(view, est, sim)))
    left, bottom = PAGE_MARGINS[view]
    margin = fig.layout.margin
    margin.l, margin.b = max(margin.l or 0, left), max(margin.b or 0, bottom)
    legend = old.legend_html(fig) if view in ("buildup", "distribution") else ""
    return title, legend, old.browser_figure(fig)


def _now(view: str, est, sim) -> tuple[str, str, go.Figure]:
    """The page's chart as views/estimate.py's _chart_panel makes it now: a spec, handed over unvalidated."""
    from views.chart_handoff import legend_html
    from views.estimate_chart import LEGEND_AS_TEXT, page_spec

    title, fig = page_spec(view, est, sim)
    legend = legend_html(fig) if view in LEGEND_AS_TEXT else ""
    return title, legend, browser_figure(fig)


def _without_revision(spec: dict) -> tuple[dict, str]:
    revision = spec["layout"].pop("datarevision")
    assert isinstance(revision, str) and len(revision) == 16
    return spec, revision


def _same_as_before(view: str, est, sim) -> None:
    """The same title, legend, JSON sent to the browser and figure for the image downloads as the validated path.

    The one difference allowed: ``layout.datarevision``, a digest of the JSON written in another key order (a
    validated layout lists its keys in plotly's Layout class order, a spec in the order the chart wrote them). Its
    value means nothing to plotly.js: Plotly.react only compares it with the previous draw's value of the same
    chart, and both digests change exactly when the figure does (test_data_revision_follows_the_data)."""
    title, legend, old = _before(view, est, sim)
    now_title, now_legend, now = _now(view, est, sim)
    assert (now_title, now_legend) == (title, legend)
    assert _without_revision(_sent(now))[0] == _without_revision(_sent(old))[0]
    # the PNG and SVG downloads: views/estimate.py's image() copies the figure handed over into a validated one
    image = lambda f: go.Figure(f).update_layout(showlegend=None).to_plotly_json()  # noqa: E731
    assert _without_revision(image(now))[0] == _without_revision(image(old))[0]


@st.composite
def shown_scenarios(draw) -> Scenario:
    """A scenario the page can show (tests/strategies.page_scenarios: with or without a KPO price, with or without
    every assumption as a range), reported in another currency or not, with or without the offshore captive.
    200 draws: the charts' shape is what is compared here, not the Monte Carlo's precision."""
    s = draw(page_scenarios())
    s = replace(s, uncertainty=replace(s.uncertainty, draws=200))
    currency = draw(st.sampled_from(["USD", "EUR", "INR", "GBP"]))
    changes: dict = {}
    rates = []
    if currency != "USD":  # the page's scenario's money is in dollars: the reporting currency's rate to it
        rates.append(ExchangeRate(currency, "USD", draw(st.sampled_from([0.79, 1.08, 0.012]))))
        dollars = lambda p: p if p is None or p.basis == "savings_share" else replace(p, currency="USD")  # noqa: E731
        changes.update(currency=currency, in_house=replace(s.in_house, currency="USD"), bpo=dollars(s.bpo),
                       kpo=dollars(s.kpo))
    captive = draw(st.booleans())
    if captive and currency != "INR":
        rates.append(ExchangeRate(currency, "INR", 84.0 if currency == "USD" else 90.0))
    try:
        return replace(s, exchange_rates=tuple(rates), captive=CaptiveInputs() if captive else None, **changes)
    except InputError:
        reject()


@pytest.mark.parametrize("view", ["buildup", "cumulative", "waterfall", "distribution", "fan", "tornado"])
def test_the_page_sends_what_the_validated_figure_sends_worked_example(full_example, view):
    from views.estimate_chart import CHART_VIEWS

    assert view in CHART_VIEWS
    est = estimate(full_example)
    _same_as_before(view, est, simulate(replace(full_example, uncertainty=Uncertainty(draws=500))))


def test_every_chart_view_is_compared() -> None:
    from views.estimate_chart import CHART_VIEWS

    assert set(CHART_VIEWS) == {"buildup", "cumulative", "waterfall", "distribution", "fan", "tornado"}


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(shown_scenarios())
def test_the_page_sends_what_the_validated_figure_sends(scenario) -> None:
    # Issue 7's speed: the page's chart is built and handed over without plotly's validation. Every view, for any
    # scenario the page shows, sends the browser what the validated figure sent (the revision aside, see above).
    from views.estimate_chart import CHART_VIEWS

    est = estimate(scenario)
    if est.workload_hours <= 0:  # the page shows no chart then
        return
    sim = simulate(scenario)
    for view in CHART_VIEWS:
        _same_as_before(view, est, sim)


def test_a_spec_is_sent_as_validation_leaves_it() -> None:
    # None means "not set" to plotly: a validated figure drops it (the waterfall's label font outside a bar has
    # color=None), drops a property left with nothing set, and an empty list of annotations or shapes (the cumulative
    # chart's break-even line, when there is none); a None inside a data array is a gap and stays.
    spec = {"data": [{"type": "bar", "y": [1, None], "name": None, "marker": {"color": None}}],
            "layout": {"annotations": [{"text": "a", "font": {"size": 14, "color": None}}], "shapes": [],
                       "title": {"text": None}, "height": 300}}
    sent = _sent(browser_figure(spec))
    assert sent["data"] == [{"type": "bar", "y": [1, None]}]
    layout = sent["layout"]
    assert layout["annotations"] == [{"text": "a", "font": {"size": 14}}]
    assert "shapes" not in layout and "title" not in layout and layout["height"] == 300
    validated = _sent(go.Figure(spec))
    assert validated["data"] == sent["data"] and validated["layout"]["annotations"] == layout["annotations"]
    assert "shapes" not in validated["layout"] and "title" not in validated["layout"]
    # and the spec itself is not changed
    assert spec["layout"]["shapes"] == [] and spec["data"][0]["marker"] == {"color": None}


def test_a_misspelt_property_in_a_chart_still_fails(monkeypatch, full_example) -> None:
    # The page hands a chart's spec over unvalidated, and plotly.js ignores a property it does not know: a typo in
    # estimator/charts.py would reach the browser silently. The same spec's validated figure raises, and the suite
    # builds it for every chart (above, for every view; tests/test_charts.py; the exports draw it).
    spec_of = charts.cost_buildup_spec

    def misspelt(est):
        spec = spec_of(est)
        spec["data"][0]["marker"]["colour"] = "red"
        return spec

    monkeypatch.setattr(charts, "cost_buildup_spec", misspelt)
    est = estimate(full_example)
    _now("buildup", est, None)  # the page's path does not notice
    with pytest.raises(ValueError, match="colour"):
        charts.cost_buildup_figure(est)
    with pytest.raises(ValueError, match="colour"):
        _same_as_before("buildup", est, None)


def test_every_chart_spec_has_its_validated_figure() -> None:
    # what the test above relies on for every chart: each spec the page can show is also built as a validated figure
    from views.estimate_chart import chart_spec

    specs = {name for name in vars(charts) if name.endswith("_spec") and not name.startswith("_")}
    assert specs == {"cost_buildup_spec", "message_spec", "cumulative_cost_spec", "savings_waterfall_spec",
                     "distribution_spec", "fan_spec", "tornado_spec"}
    assert all(callable(getattr(charts, name.removesuffix("_spec") + "_figure")) for name in specs)
    assert set(chart_spec.__code__.co_names) & specs == specs
