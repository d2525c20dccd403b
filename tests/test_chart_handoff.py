"""The figure the page hands to the browser: the same chart, in a form plotly.js draws once per rerun."""

from __future__ import annotations

import json
from dataclasses import replace

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from estimator import charts
from estimator.estimate import estimate
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
