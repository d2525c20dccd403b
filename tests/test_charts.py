"""Figures are inspected through fig.data, not pixels."""

from __future__ import annotations

import pytest

from estimator.charts import OKABE_ITO, cost_buildup_figure, describe_buildup
from estimator.estimate import estimate


def test_buildup_stacks_components_at_the_midpoint(worked_example):
    fig = cost_buildup_figure(estimate(worked_example))
    bars = {t.name: t for t in fig.data if t.type == "bar"}
    assert list(bars["Wages"].x) == ["In-house"]
    assert bars["Wages"].y[0] == pytest.approx(34_666.67, abs=0.01)
    assert list(bars["Vendor fees"].x) == ["BPO"]
    assert bars["Vendor fees"].y[0] == pytest.approx(30_333.33, abs=0.01)
    assert fig.layout.barmode == "stack"


def test_total_range_is_drawn_as_error_bars(worked_example):
    fig = cost_buildup_figure(estimate(worked_example))
    (total,) = [t for t in fig.data if t.type == "scatter"]
    assert list(total.x) == ["In-house", "BPO"]
    # BPO 31,698.33 with range 25,358.67-38,038.00
    assert total.error_y.array[1] == pytest.approx(38_038.0 - 31_698.33, abs=0.01)
    assert total.error_y.arrayminus[1] == pytest.approx(31_698.33 - 25_358.67, abs=0.01)


def test_title_states_the_finding_and_unpriced_option_is_labelled(worked_example):
    fig = cost_buildup_figure(estimate(worked_example))
    assert fig.layout.title.text == "BPO saves $42,620 a month (57%) against in-house, at the midpoint"
    assert [a.text for a in fig.layout.annotations] == ["<b>$74,318</b>", "<b>$31,698</b>", "Needs a vendor quote"]
    assert all(t.marker.color in OKABE_ITO for t in fig.data)


def test_alt_text_reads_every_bar(worked_example):
    text = describe_buildup(estimate(worked_example))
    assert "In-house: $74,318 a month" in text
    assert "BPO: $31,698 a month (range $25,359–$38,038)" in text
    assert "KPO: no reference price; needs a vendor quote." in text
