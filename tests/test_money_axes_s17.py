"""Money axes in the reporting currency (issue 7, a user walk): a rupee chart's axis read "200M" with no currency
beside the page's "₹45.79Cr"; it reads lakh and crore with the rupee sign, and another currency's axis its symbol.
tests/test_browser_currency_charts.py looks at the same in Chromium at 1440 and 390 px."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from typed_pay import typed, typed_pay

from estimator.charts import (
    cost_buildup_figure,
    cumulative_cost_figure,
    distribution_figure,
    fan_figure,
    indian_ticks,
    money_axis,
    savings_waterfall_figure,
    tornado_figure,
)
from estimator.compare import compare
from estimator.compare_charts import cost_per_option_figure, cumulative_figure, savings_spread_figure
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.portfolio import estimate_portfolio
from estimator.portfolio_charts import mix_figure
from estimator.scenario import InHouseInputs, Scenario, Uncertainty, VendorManagement, VendorPrice
from estimator.uncertainty import simulate, tornado

TICK = re.compile(r"^−?₹(0|\d+(\.\d+)?(Cr|L|k)?)$")


def test_lakh_and_crore_ticks_by_hand():
    # 0 to ₹46 crore in about 5 steps: 46 / 5 = 9.2 crore, the next 1-2-2.5-5 step is 10 crore (1e8 rupees)
    values, texts = indian_ticks(0, 4.6e8)
    assert values == [0, 1e8, 2e8, 3e8, 4e8, 5e8]
    assert texts == ["₹0", "₹10Cr", "₹20Cr", "₹30Cr", "₹40Cr", "₹50Cr"]
    # ₹61.9 lakh a month: 12.4 lakh a step, so 20 lakh (2e6), the largest tick 80 lakh: in lakh
    assert indian_ticks(0, 6.19e6)[1] == ["₹0", "₹20L", "₹40L", "₹60L", "₹80L"]
    # a saving below zero: the minus sign; half a crore is "₹0.5Cr", in the axis's one unit
    assert indian_ticks(-2.1e6, 4e6, 3)[1] == ["−₹25L", "₹0", "₹25L", "₹50L"]
    assert indian_ticks(0, 1.2e7, 3)[1] == ["₹0", "₹0.5Cr", "₹1Cr", "₹1.5Cr"]
    # a horizontal axis: ₹19.5-52 crore with labels of 20 characters at most side by side: a 5-crore step gives
    # ₹20Cr-₹50Cr, 7 labels of 5 = 35; 10 crore gives ₹20Cr, ₹30Cr, ₹40Cr, ₹50Cr, 20
    assert indian_ticks(1.95e8, 5.2e8, chars=20)[1] == ["₹10Cr", "₹20Cr", "₹30Cr", "₹40Cr", "₹50Cr", "₹60Cr"]


def test_other_currencies_carry_their_symbol_and_dollars_keep_d3s():
    assert money_axis("USD") == {"tickformat": "$.3~s"}
    assert money_axis("EUR", 0, 5e6) == {"tickformat": ".3~s", "tickprefix": "€"}
    assert money_axis("GBP")["tickprefix"] == "£"
    assert money_axis("CHF")["tickprefix"] == "CHF\u00a0"  # a code apart from the figure, as the page writes it


def rupees() -> Scenario:
    return Scenario("Customer service", 10, currency="INR",
                    in_house=InHouseInputs(annual_salary=3_466_667, overhead_per_fte_month=182_250,
                                           cost_per_hire=344_083, supervisor_salary=4_870_833, currency="INR"),
                    vendor_management=VendorManagement(governance_salary=8_215_000),
                    bpo=VendorPrice("per_hour", 20, 30, option="bpo", currency="USD"),
                    exchange_rates=(ExchangeRate("INR", "USD", 0.012),), uncertainty=Uncertainty(draws=500))


def _ticks(axis) -> list[str]:
    assert axis.tickmode == "array" and axis.tickformat is None, axis
    assert len(axis.tickvals) == len(axis.ticktext) >= 2
    return list(axis.ticktext)


def test_every_rupee_chart_reads_lakh_and_crore():
    s = rupees()
    est, sim = estimate(s), simulate(s)
    axes = {
        "buildup": cost_buildup_figure(est).layout.yaxis,
        "cumulative": cumulative_cost_figure(est).layout.yaxis,
        "waterfall": savings_waterfall_figure(est).layout.xaxis,
        "distribution": distribution_figure(sim, est).layout.xaxis,
        "fan": fan_figure(sim, est).layout.yaxis,
        "tornado": tornado_figure(tornado(s, "bpo"), "INR").layout.xaxis,
    }
    compared = compare([s, replace(s, name="Second")])
    axes |= {"compare cost": cost_per_option_figure(compared).layout.yaxis,
             "compare cumulative": cumulative_figure(compared).layout.yaxis,
             "compare savings": savings_spread_figure(compared).layout.yaxis}
    for name, axis in axes.items():
        texts = _ticks(axis)
        assert all(TICK.match(t) for t in texts), (name, texts)
        assert any(t.endswith(("Cr", "L")) for t in texts), (name, texts)
    # the build-up in lakh a month: in-house $74,317.88 a month (README) × 83.33 = ₹61,93,157, 12.4 lakh a fifth, so
    # ticks to ₹80L in 20 lakh steps
    assert est.in_house.total.mid == pytest.approx(6_193_157, abs=1)
    assert _ticks(axes["buildup"]) == ["₹0", "₹20L", "₹40L", "₹60L", "₹80L"]


def test_a_euro_mix_axis_and_hover_name_euros():
    from test_portfolio import _hand_portfolio

    fig = mix_figure(estimate_portfolio(typed(_hand_portfolio(), currency="EUR")))
    assert (fig.layout.yaxis.tickformat, fig.layout.yaxis.tickprefix) == (".3~s", "€")
    # its hover read "%{y:$,.0f}": euros with a dollar sign
    assert {t.hovertemplate for t in fig.data} == {"%{meta} (%{customdata}): %{y:,.0f} EUR<extra></extra>"}


@pytest.mark.parametrize("currency", ["USD", "EUR"])
def test_dollar_and_euro_axes_keep_plotlys_own_ticks(currency):
    axis = cumulative_cost_figure(estimate(Scenario("Customer service", 10, currency=currency, **typed_pay()))).layout.yaxis
    assert axis.tickvals is None and axis.tickformat == ("$.3~s" if currency == "USD" else ".3~s")
