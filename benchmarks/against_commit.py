"""Time the slider paths of this working tree against an older commit, interleaved, in process CPU time.

    .venv/bin/python benchmarks/against_commit.py 63577f4^ --rounds 4

Each round runs the same paths in a fresh process for the old commit (``git archive`` into a temporary
folder) and for this tree, alternately, so that load from other processes falls on both alike; process CPU
time (not wall time) keeps waiting for a core out of the figures. A slider move changes a value, so each
repetition uses a different salary: caches that a real slider move would miss are missed here too.
Prints the median of each path per round; the README's "Speed" section records the output.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the child process with the tree under test first on sys.path; uses only the API that every
# commit since the business case over time has.
CHILD = r'''
import json, sys, time
import numpy as np
from estimator.charts import cost_buildup_figure
from estimator.estimate import estimate
from estimator.pricing import load_price_book
from estimator.scenario import BusinessCase, InHouseInputs, InputRange, Scenario, VendorPrice, reference_price
from estimator.uncertainty import simulate

PRICE = reference_price(load_price_book(), "Customer service", "bpo")

def full(salary):  # 10,000 draws x 120 months x 3 options
    return Scenario("Customer service", 10, bpo=PRICE, kpo=VendorPrice("per_hour", 35, 60, option="kpo"),
                    business_case=BusinessCase(horizon_years=10),
                    ranges=(InputRange("annual_salary", salary * 0.75, salary * 1.25),
                            InputRange("shrinkage", 0.133, 0.394, mode=0.30)))

def default(salary):  # the page as it opens: 10,000 draws x 60 months x 2 options
    return Scenario("Customer service", 10, bpo=PRICE, in_house=InHouseInputs(annual_salary=salary))

def page(salary):
    s = default(salary); est = estimate(s); simulate(s); cost_buildup_figure(est)

def median_ms(f, n):
    f(41_600); times = []
    for i in range(n):
        start = time.process_time(); f(40_000 + 100 * i); times.append(time.process_time() - start)
    return round(float(np.median(times)) * 1000, 1)

try:  # since session 12 the page's slider path on its first four charts: the chance of being cheaper only
    from estimator.uncertainty import chance_cheaper
except ImportError:
    chance_cheaper = None

def chance_page(salary):
    s = default(salary); est = estimate(s); chance_cheaper(s); cost_buildup_figure(est)

print(json.dumps({"monte_carlo_10k_x_120_x_3": median_ms(lambda s: simulate(full(s)), 15),
                  "default_page_path": median_ms(page, 15),
                  "default_page_chance_path": None if chance_cheaper is None else median_ms(chance_page, 15),
                  "estimate_and_figure": median_ms(lambda s: cost_buildup_figure(estimate(default(s))), 30)}))
'''


def run(tree: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=tree, env={"PYTHONPATH": str(tree), "PATH": ""},
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the older commit, e.g. 63577f4^")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as old:
        archive = subprocess.run(["git", "archive", args.rev, "estimator", "data"], cwd=ROOT, capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", old], input=archive, check=True)
        for k in range(args.rounds):
            print(f"round {k + 1}: {args.rev}: {run(Path(old))}")
            print(f"round {k + 1}: this tree: {run(ROOT)}")


if __name__ == "__main__":
    main()
