"""What one slider move costs the server: build the scenario, estimate, build the figure and the CSV.

Run for figures (README "Speed"):
    .venv/bin/python -m pytest benchmarks --benchmark-enable --benchmark-columns=median,iqr,min,max
In the test suite it runs once, untimed (--benchmark-disable), so it cannot rot.
"""

from __future__ import annotations

from estimator.charts import cost_buildup_figure
from estimator.estimate import estimate
from estimator.export import tidy_table, to_csv_bytes
from estimator.pricing import load_price_book
from estimator.scenario import InHouseInputs, Scenario, reference_price

BOOK = load_price_book()
PRICE = reference_price(BOOK, "Customer service", "bpo")


def _slider_move(fte: int) -> tuple:
    scenario = Scenario("Customer service", fte, in_house=InHouseInputs(), bpo=PRICE)
    est = estimate(scenario)
    return est, cost_buildup_figure(est)


def bench_estimate_only(benchmark):
    est = benchmark(lambda: estimate(Scenario("Customer service", 11, bpo=PRICE)))
    assert est.in_house.total.mid > 0


def bench_slider_path_estimate_and_figure(benchmark):
    est, fig = benchmark(_slider_move, 11)
    assert len(fig.data) == 8


def bench_slider_path_with_csv(benchmark):
    def run():
        est, fig = _slider_move(11)
        return to_csv_bytes(tidy_table(est))

    assert benchmark(run).startswith(b"scenario,")
