"""What each meeting-room export costs: deck, workbook, report and one chart image.

Run for figures (README "Meeting-room outputs"):
    .venv/bin/python -m pytest benchmarks/bench_exports.py --benchmark-enable --benchmark-columns=median,iqr,min,max
In the test suite each runs once, untimed (--benchmark-disable), so it cannot rot.

The scenario is the full one of bench_slider (BPO and KPO priced, ten years, two ranged inputs), so
the deck's line charts carry 120 months and the workbook its longest month sheet. Each export is timed
from the estimate and Monte Carlo (cached on the page) to bytes, charts included.
"""

from __future__ import annotations

import datetime as dt

import pytest
from bench_slider import FULL

from estimator.estimate import estimate
from estimator.outputs import export_bytes
from estimator.uncertainty import simulate, tornado

TODAY = dt.date(2026, 11, 25)
EST, SIM, SWING = estimate(FULL), simulate(FULL), tornado(FULL, "bpo")


@pytest.mark.parametrize("fmt", ["pptx", "xlsx", "html"])
def bench_export(benchmark, fmt):
    data = benchmark(export_bytes, EST, SIM, SWING, fmt, today=TODAY)
    assert data[:2] == b"PK" if fmt != "html" else data.startswith(b"<!doctype html>")


@pytest.mark.parametrize("fmt", ["png", "svg"])
def bench_chart_image(benchmark, fmt):
    # the process's one Kaleido Chromium (estimator/images.py), started by the warm-up round, as the page's server keeps it
    data = benchmark.pedantic(export_bytes, args=(EST, SIM, SWING, fmt), kwargs={"today": TODAY}, rounds=5,
                              warmup_rounds=1)
    assert data.startswith(b"\x89PNG") if fmt == "png" else b"<svg" in data[:200]
