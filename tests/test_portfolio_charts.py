"""The mix figure: horizon cost stacked by function, three plans, money on the axis and in the hover."""

from __future__ import annotations

from test_portfolio import _hand_portfolio

from estimator.charts import OKABE_ITO
from estimator.portfolio import estimate_portfolio
from estimator.portfolio_charts import describe_mix, mix_figure, mix_headline


def test_mix_figure_stacks_each_function_in_each_plan():
    pe = estimate_portfolio(_hand_portfolio())
    fig = mix_figure(pe)
    assert fig.layout.barmode == "stack"
    assert [t.name for t in fig.data] == ["Customer service", "IT and software operations", "Research and analysis"]
    assert list(fig.data[0].x) == ["Chosen mix", "All in-house", "All outsourced"]
    # Hand-computed (tests/test_portfolio.py): B is 375,000 in the mix, 558,000 in-house, 375,000 outsourced.
    assert [round(y) for y in fig.data[1].y] == [375_000, 558_000, 375_000]
    assert list(fig.data[0].customdata) == ["In-house", "In-house", "BPO, location not stated"]  # no location guessed
    assert {t.marker.color for t in fig.data} <= set(OKABE_ITO)
    assert [a.text for a in fig.layout.annotations] == ["<b>$1.58M</b>", "<b>$1.91M</b>", "<b>$2.12M</b>"]
    assert fig.layout.title.text == mix_headline(pe) == "The chosen mix saves $327,900 against all in-house over 1 year"


def test_alt_text_names_every_function_and_total():
    text = describe_mix(estimate_portfolio(_hand_portfolio()))
    assert "Chosen mix: $1,582,500" in text
    assert "IT and software operations (BPO, location not stated) $375,000" in text
