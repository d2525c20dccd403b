"""The estimate page's chart as the page hands it over: which charts there are, and each one's spec, ready.

Apart from views/estimate.py (which draws the page when it is imported) so that the tests and benchmarks can build
exactly what the page sends: tests/test_chart_handoff.py checks it against the validated figure, for every view.
"""

from __future__ import annotations

from estimator import charts
from estimator.charts import FigureSpec
from estimator.estimate import Estimate
from estimator.uncertainty import Simulation
from estimator.verdict import cheapest_outsourced
from views.state import swing

CHART_VIEWS = {
    "buildup": "Cost build-up",
    "cumulative": "Cumulative cost",
    "waterfall": "Savings waterfall",
    "distribution": "Uncertainty",
    "fan": "Fan chart",
    "tornado": "What moves it",
}
# The charts drawn from the Monte Carlo's summaries (its percentiles over the months, its histogram). The other
# views show only its chance that an option is cheaper, which costs half as much (estimator.uncertainty.chance_cheaper).
SIMULATED_VIEWS = ("distribution", "fan")
# The charts whose legend is page text above the chart (chart_handoff.legend_html): the build-up's nine entries,
# and the uncertainty's names (on a phone a name wider than the plot ran under plotly's toolbar).
LEGEND_AS_TEXT = ("buildup", "distribution")
# Each chart's left and bottom margins on the page (px), from its first draw: about what plotly's automargin grows
# them to for the default scenario (tick labels and axis titles; measured in Chromium at 1440 and 390 px wide).
# From the charts' own 20 and 10 px, every slider move drew the chart twice, the second time with the grown
# margins (counted with V8's call counts: 2 full draws a press, 1 with these). Larger labels still grow them. The
# compact money axes' margins leave room for labels a few characters longer than the default's ("$300k", "$25.5M":
# 61-65 px measured for "$80k" and "$5M", 80 px given), so a slider's run up the headcount keeps to one draw.
PAGE_MARGINS = {"buildup": (80, 40), "cumulative": (80, 62), "waterfall": (165, 62), "distribution": (65, 70),
                "fan": (80, 62), "tornado": (130, 62)}


def chart_spec(view: str, est: Estimate, sim: Simulation | None) -> FigureSpec:
    """The chart ``view`` shows, as its spec; ``sim`` is the full Monte Carlo, given for the views in SIMULATED_VIEWS.

    A spec, not a figure: the page hands it over unvalidated (estimator.charts.figure says why)."""
    cur = est.scenario.currency
    if view == "cumulative":
        return charts.cumulative_cost_spec(est)
    if view == "waterfall":
        return charts.savings_waterfall_spec(est)
    if view == "distribution":
        assert sim is not None
        return charts.distribution_spec(sim, est)
    if view == "fan":
        assert sim is not None
        return charts.fan_spec(sim, est)
    if view == "tornado":
        best = cheapest_outsourced(est)
        if best is None:
            return charts.message_spec("Enter a vendor quote to see what moves the savings")
        t = swing(est.scenario, best.option)
        assert t is not None
        return charts.tornado_spec(t, cur)
    return charts.cost_buildup_spec(est)


def page_spec(view: str, est: Estimate, sim: Simulation | None) -> tuple[str, FigureSpec]:
    """The chart's title (page text above it: it wraps on a phone, where an SVG title was cut off) and its spec
    without it, in the page's margins. The page then takes the legend out as text (LEGEND_AS_TEXT) and hands the
    spec over (views.chart_handoff.plotly_chart)."""
    title, fig = charts.for_page(chart_spec(view, est, sim))
    left, bottom = PAGE_MARGINS[view]
    margin = fig["layout"]["margin"]  # for_page's own copy: set in place
    margin["l"], margin["b"] = max(margin.get("l") or 0, left), max(margin.get("b") or 0, bottom)
    return title, fig
