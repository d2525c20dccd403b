"""What the scenario features cost: the link written on every rerun, and a comparison of four.

Run for figures:
    .venv/bin/python -m pytest benchmarks/bench_scenarios.py --benchmark-enable --benchmark-columns=median,iqr,min,max
"""

from __future__ import annotations

from dataclasses import replace

from estimator.compare import compare, comparison_table
from estimator.pricing import load_price_book
from estimator.scenario import Scenario, reference_price
from views.share import decode, encode

BOOK = load_price_book()
BASE = Scenario("Customer service", 10, bpo=reference_price(BOOK, "Customer service", "bpo"))


def bench_link_encode_per_rerun(benchmark):
    token = benchmark(encode, BASE)
    assert decode(token)["workload"] == {"fte": 10.0}


def bench_compare_four_with_table(benchmark):
    four = [replace(BASE, name=f"{n} FTE", workload=float(n)) for n in (10, 20, 30, 40)]
    table = benchmark(lambda: comparison_table(compare(four)))
    assert table.scenario.nunique() == 4
