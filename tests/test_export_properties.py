"""Rules every meeting-room export keeps, for any valid scenario (hypothesis): the workbook's Results and
the deck's build-up chart read back the estimator's own figures for every component, and no text cell of
the workbook can run as a formula."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook
from strategies import scenarios

from estimator import meeting
from estimator.estimate import estimate
from estimator.scenario import OPTION_LABELS
from estimator.workbook import build_workbook

FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(scenarios)
def test_workbook_reads_back_every_component_and_never_runs_text(s):
    est = estimate(s)
    wb = load_workbook(io.BytesIO(build_workbook(est)))
    results = wb["Results"]
    rows = {results.cell(r, 8).value: [results.cell(r, c).value for c in (4, 5, 6)]
            for r in range(5, results.max_row + 1)}
    for op in est.options:
        for c in (*op.components, *op.one_time):
            # openpyxl writes numbers with 15-16 significant digits (Excel keeps 15): equal to ~1e-12
            assert rows[f"{op.option}.{c.name}"] == pytest.approx(list(c.cost.as_tuple()), rel=1e-12, abs=1e-9)
        if not op.priced:
            assert rows[f"{op.option}.total"] == [None, None, None]
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    # the only formulas are the workbook's own, on the calculation sheets
                    assert ws.title in ("Calculations", "Months", "Results"), (ws.title, cell.value)
                elif isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.quotePrefix


@FAST
@given(scenarios)
def test_deck_buildup_holds_every_priced_component_at_its_midpoint(s):
    est = estimate(s)
    native = meeting._buildup_native(est)
    priced = [op for op in est.options if op.priced]
    assert native.categories == tuple(OPTION_LABELS[op.option] for op in priced)
    series = dict(native.series)
    for i, op in enumerate(priced):
        for c in op.components:
            if any(abs(v) > 0.005 for v in c.cost.as_tuple()):
                assert series[meeting.component_label(c.name)][i] == c.cost.mid
            else:  # under half a cent in every case (no VAT): left out unless another option draws it, then as is
                assert series.get(meeting.component_label(c.name), [0.0] * len(priced))[i] in (0.0, c.cost.mid)
