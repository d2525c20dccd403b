"""What one slider move costs the server: estimate, Monte Carlo, figure, CSV.

Run for figures (README "Speed"):
    .venv/bin/python -m pytest benchmarks --benchmark-enable --benchmark-columns=median,iqr,min,max
In the test suite each runs once, untimed (--benchmark-disable), so it cannot rot.

The issue's full path is 10,000 draws × 120 months × 3 options: a ten-year horizon with both
BPO and KPO priced, plus two in-house ranges, then the chart the page shows.
"""

from __future__ import annotations

from estimator.charts import cost_buildup_figure, cumulative_cost_figure, fan_figure
from estimator.estimate import estimate
from estimator.export import tidy_table, to_csv_bytes
from estimator.params import _unit_table
from estimator.pricing import load_price_book
from estimator.scenario import BusinessCase, InputRange, Scenario, VendorPrice, reference_price
from estimator.uncertainty import chance_cheaper, simulate, tornado

BOOK = load_price_book()
PRICE = reference_price(BOOK, "Customer service", "bpo")
FULL = Scenario("Customer service", 10, bpo=PRICE, kpo=VendorPrice("per_hour", 35, 60, option="kpo"),
                business_case=BusinessCase(horizon_years=10),
                ranges=(InputRange("annual_salary", 31_200, 52_000), InputRange("shrinkage", 0.133, 0.394, mode=0.30)))


def bench_estimate_only(benchmark):
    est = benchmark(lambda: estimate(Scenario("Customer service", 11, bpo=PRICE)))
    assert est.in_house.total.mid > 0


def bench_estimate_and_buildup_figure(benchmark):
    fig = benchmark(lambda: cost_buildup_figure(estimate(Scenario("Customer service", 11, bpo=PRICE))))
    assert len(fig.data) == 8


def bench_monte_carlo_10k_x_120_x_3(benchmark):
    sim = benchmark(simulate, FULL)
    assert sim.draws == 10_000 and len(sim.options) == 3


def bench_monte_carlo_cold(benchmark):
    """The same with the unit draws' cache emptied each round: a page's first run, or a new seed or distribution.
    A slider move keeps each draw's place in its range, so it reuses them (``estimator.params._unit_table``)."""
    def run():
        _unit_table.cache_clear()
        return simulate(FULL)

    sim = benchmark(run)
    assert sim.draws == 10_000


def bench_full_slider_path(benchmark):
    """What the page does on a slider move with the default chart: estimate, Monte Carlo, build-up figure."""
    def run():
        est = estimate(FULL)
        return est, simulate(FULL), cost_buildup_figure(est)

    est, sim, fig = benchmark(run)
    assert est.projection.months == 120 and sim.draws == 10_000


def bench_full_slider_path_fan_chart(benchmark):
    def run():
        est = estimate(FULL)
        sim = simulate(FULL)
        return cumulative_cost_figure(est), fan_figure(sim, est)

    benchmark(run)


# The page's default: customer service, 10 FTE, the reference BPO price, five years, every sourced range drawn.
DEFAULT = Scenario("Customer service", 10, bpo=PRICE)


def bench_default_page_chance_only(benchmark):
    """A slider move on the default scenario with a chart that shows only the chance of being cheaper (the
    build-up, cumulative, waterfall and tornado): the estimate, that chance from 10,000 draws, the figure."""
    def run():
        est = estimate(DEFAULT)
        return chance_cheaper(DEFAULT), cost_buildup_figure(est)

    chance, fig = benchmark(run)
    assert set(chance) == {"bpo"}


def bench_default_page_full_monte_carlo(benchmark):
    """The same with the full Monte Carlo (percentiles, fan, histogram, payback), as before session 12."""
    def run():
        est = estimate(DEFAULT)
        return simulate(DEFAULT), cost_buildup_figure(est)

    sim, fig = benchmark(run)
    assert sim.draws == 10_000


def bench_tornado(benchmark):
    t = benchmark(tornado, FULL, "bpo")
    # the 2 ranges given, both prices, and the 15 other assumptions with a sourced range (issue 6): 19 swings
    assert len(t.swings) == 19


def bench_csv_with_series(benchmark):
    est, sim = estimate(FULL), simulate(FULL)
    data = benchmark(lambda: to_csv_bytes(tidy_table(est, sim)))
    assert data.startswith(b"scenario,")


def bench_page_chart_handoff(benchmark):
    """The estimate page's chart on a slider move at the default scenario, after the model: the build-up's spec,
    its title, margins and legend taken out (views/estimate_chart.page_spec, chart_handoff.legend_html), the
    hand-over (chart_handoff.browser_figure), and what st.plotly_chart then does with the figure (plotly.tools'
    dict of it, a deep copy, written as JSON). Process CPU time, median of 400 rounds, three alternate runs,
    2026-11-26 23:55 UTC, load average 4-7 on 2 cores: 9.0-9.5 ms with the validated figure (dfdf9d9), 1.75-1.81 ms
    since it is a spec handed over unvalidated (``--benchmark-timer=time.process_time``)."""
    import plotly.io as pio
    import plotly.tools

    from views.chart_handoff import browser_figure, legend_html
    from views.estimate_chart import page_spec

    est = estimate(DEFAULT)

    def run():
        title, fig = page_spec("buildup", est, None)
        legend = legend_html(fig)
        sent = pio.to_json(plotly.tools.return_figure_from_figure_or_data(browser_figure(fig), True), validate=False)
        return title, legend, sent

    title, legend, sent = benchmark(run)
    assert title.startswith("BPO saves") and "role='listitem'" in legend and '"datarevision"' in sent
