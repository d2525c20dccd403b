"""User text never becomes part of a Plotly hover template: a queue or function named "Sales %{y}" shows as
typed, not with a number where "%{y}" stands (issue 12, hostile input).

Plotly fills a ``hovertemplate`` once, left to right, with the regular expression below (plotly.js,
``src/lib/index.js``, ``TEMPLATE_STRING_REGEX``); a value put in by a variable is not read again. So a name
is safe when it reaches the hover through a variable (``%{meta}``, ``%{fullData.name}``) and unsafe when it
is written into the template itself. :func:`hover` fills a template the same way for the first point.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

import numpy as np
from test_portfolio import _hand_portfolio

from estimator import charts, compare_charts
from estimator.compare import compare
from estimator.estimate import estimate
from estimator.portfolio import PortfolioRow, estimate_portfolio
from estimator.portfolio_charts import mix_figure
from estimator.scenario import Scenario, VendorPrice
from estimator.staffing import ContactCentre, Queue, staff
from estimator.staffing_charts import staffing_curve_figure
from estimator.uncertainty import simulate, tornado

TEMPLATE = re.compile(r"%{([^\s%{}:]*)([:|\|][^}]*)?}")
HOSTILE = "Sales %{y} <b>%{x:$,.0f}</b>"


def hover(trace) -> str:
    """The first point's hover text as Plotly fills it (formats dropped: only which variable lands where matters)."""
    values = {"x": trace.x[0] if trace.x is not None else "", "y": trace.y[0] if trace.y is not None else "",
              "meta": trace.meta, "fullData.name": trace.name,
              "customdata": trace.customdata[0] if trace.customdata is not None else ""}

    def fill(m: re.Match) -> str:
        key = m.group(1)
        return str(values.get(key, values["customdata"] if key.startswith("customdata") else m.group(0)))

    return html.unescape(TEMPLATE.sub(fill, trace.hovertemplate or ""))


def assert_hovers_show(fig, name: str, traces: int) -> None:
    shown = [t for t in fig.data if t.hovertemplate and name in hover(t)]
    assert len(shown) == traces, [hover(t) for t in fig.data]
    for t in fig.data:
        assert "Sales" not in (t.hovertemplate or "")  # the name is never written into a template


def test_a_queue_name_with_template_variables_shows_as_typed():
    centre = ContactCentre((Queue(HOSTILE, [50, 100], 180, 20, 0.8, 1.0),
                            Queue("Chat", [10, 20], 600, 60, 0.8, 0.85)))
    fig = staffing_curve_figure(staff(centre, 0.3), ["08:00", "08:30"])
    assert_hovers_show(fig, HOSTILE, 2)  # the contacts bars and the agents line


def test_a_function_name_with_template_variables_shows_as_typed():
    hand = _hand_portfolio()
    row = PortfolioRow(HOSTILE, 500, "hours_per_month", "bpo", annual_salary=72_000,
                       bpo=VendorPrice("per_hour", 40, 60, option="bpo"))
    fig = mix_figure(estimate_portfolio(replace(hand, rows=(*hand.rows, row))))
    assert_hovers_show(fig, HOSTILE, 1)


def test_a_scenario_name_reaches_no_template():
    bpo = VendorPrice("per_hour", 20, 30)
    a, b = (Scenario("Customer service", n, name=f"{HOSTILE} {n}", bpo=bpo) for n in (10, 12))
    est = estimate(a)
    sim = simulate(a)
    figures = [charts.cost_buildup_figure(est), charts.cumulative_cost_figure(est), charts.savings_waterfall_figure(est),
               charts.distribution_figure(sim, est), charts.fan_figure(sim, est),
               charts.tornado_figure(tornado(a, "bpo"))]
    result = compare([a, b])
    figures += [f(result) for f in (compare_charts.cost_per_option_figure, compare_charts.cumulative_figure,
                                    compare_charts.savings_spread_figure)]
    for fig in figures:
        assert all("Sales" not in (t.hovertemplate or "") for t in fig.data)
    # the comparison's hover names each scenario through %{fullData.name}: filled once, shown as typed
    assert f"{HOSTILE} 10" in hover(figures[6].data[0])


def test_the_check_catches_a_name_written_into_the_template():
    import plotly.graph_objects as go

    fig = go.Figure(go.Scatter(x=np.array(["08:00"]), y=[7], hovertemplate=f"{HOSTILE} %{{x}}: %{{y}}"))
    assert hover(fig.data[0]).startswith("Sales 7 ")  # what Plotly would show: the name lost
    try:
        assert_hovers_show(fig, HOSTILE, 1)
    except AssertionError:
        return
    raise AssertionError("the check passed a template holding the name")
