"""Small display defects from session 17's user walk (issue 7, "every input does what it says, on every screen").
tests/test_browser_small_s18.py and tests/test_browser_currency_charts.py look at the same in Chromium."""

from __future__ import annotations

import pytest
from test_money_axes_s17 import rupees

from estimator.charts import (
    PHONE_TICK_CHARS,
    cumulative_cost_figure,
    indian_ticks,
    money_axis,
    savings_waterfall_figure,
    savings_waterfall_spec,
    tornado_figure,
)
from estimator.estimate import estimate
from estimator.formatting import compact_money
from estimator.scenario import Scenario, VendorPrice
from estimator.uncertainty import tornado


def test_the_rupee_tornado_axis_runs_over_whole_steps_so_four_ticks_fit():
    """At 390 x 844 the rupee tornado's money axis read "₹15Cr | ₹20Cr" only. The README's salary swing, $1.31M to
    $2.67M saved, is ₹10.9Cr to ₹22.3Cr at 83.33 rupees to the dollar. Its 2.5 crore steps (₹12.5Cr ... ₹22.5Cr:
    7 + 5 + 7 + 5 + 7 = 31 characters) are over a phone's 20, so 5 crore steps were taken, of which only ₹15Cr and
    ₹20Cr lie within the bars. The axis now runs over whole steps, ₹10Cr to ₹25Cr: four labels, 4 × 5 = 20."""
    t = tornado(rupees(), "bpo")
    values = [t.base_savings, *(s.savings_at_low for s in t.swings), *(s.savings_at_high for s in t.swings)]
    assert min(values) == pytest.approx(1.31e6 * 83.33, rel=0.01) and max(values) == pytest.approx(2.67e6 * 83.33, rel=0.01)
    axis = tornado_figure(t, "INR").layout.xaxis
    assert list(axis.ticktext) == ["₹10Cr", "₹15Cr", "₹20Cr", "₹25Cr"]
    assert list(axis.range) == [1e8, 2.5e8]
    assert sum(map(len, axis.ticktext)) <= PHONE_TICK_CHARS


@pytest.mark.parametrize(("low", "high", "texts"), [
    # 0.2 to 0.9 lakh: 0.1 lakh steps are 8 labels (₹20K ... ₹90K, 32 characters); 0.2 lakh ones ₹0.2L to ₹1L,
    # 4 × 5 + 3 = 23; 0.25 lakh ones ₹0 to ₹1L, 2 + 6 + 5 + 6 + 3 = 22; 0.5 lakh ones ₹0, ₹0.5L, ₹1L: 10
    (2e4, 9e4, ["₹0", "₹0.5L", "₹1L"]),
    # a loss and a saving: −₹3Cr to ₹4Cr, 2 crore steps from −₹4Cr to ₹4Cr: 5 + 5 + 2 + 4 + 4 = 20
    (-3e7, 4e7, ["−₹4Cr", "−₹2Cr", "₹0", "₹2Cr", "₹4Cr"]),
])
def test_whole_step_ticks_count_every_label(low, high, texts):
    assert indian_ticks(low, high, chars=PHONE_TICK_CHARS, whole_steps=True)[1] == texts


def test_only_the_tornado_sets_its_range_and_dollars_keep_plotlys():
    # the waterfall passes its own range; a money axis gives one only when asked
    assert "range" not in money_axis("INR", 0.0, 4.6e8, chars=PHONE_TICK_CHARS)
    assert money_axis("USD", 1.0, 2.0, whole_steps=True) == {"tickformat": "$.3~s"}
    assert money_axis("EUR", 1.0, 2.0, whole_steps=True) == {"tickformat": ".3~s", "tickprefix": "€"}


def test_thousands_are_a_small_k_on_bar_labels_as_on_the_axes():
    """A bar label read "−$694K" beside an axis's "$10k" (plotly's d3 SI format, which writes only "k"). One rule now:
    a small k. The README's case: benefits over 5 years are $10,746.67 a month × ($4,801,481 / $74,317.88) =
    $694,315 ("−$694k"), severance 10 × $800 × 3.5 weeks = $28,000 ("$28k"), retention 10% × $416,000 ("$42k")."""
    spec = savings_waterfall_spec(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))))
    labels = {a["y"]: a["text"] for a in spec["layout"]["annotations"]}
    assert (labels["− Benefits"], labels["+ Severance"], labels["+ Retention bonuses"]) == ("−$694k", "$28k", "$42k")
    assert not [t for t in labels.values() if "K" in t]


@pytest.mark.parametrize(("amount", "currency", "text"), [
    (-694_314, "EUR", "-€694k"),
    (12_000, "INR", "₹12k"),       # en_IN: under a lakh
    (42_620, "GBP", "£43k"),
    (694_314, "HKD", "HK$694k"),   # the K of the symbol stays
])
def test_compact_money_writes_thousands_with_a_small_k(amount, currency, text):
    assert compact_money(amount, currency) == text


def test_lakh_and_crore_axes_write_thousands_with_a_small_k():
    # 0 to ₹40,000 in about five steps: 8,000 a step, the next 1-2-2.5-5 step 10,000; the largest tick under a lakh
    assert indian_ticks(0, 4e4)[1] == ["₹0", "₹10k", "₹20k", "₹30k", "₹40k"]


def test_billions_are_b_on_the_axes_as_on_the_labels():
    """20,000 agents (the README's case × 2,000): in-house $4,801,481 × 2,000 = $9.60B over 5 years, which the
    waterfall's label writes "$9.60B" and d3's SI format wrote "$2G ... $10G" on the axes. The cumulative axis now
    runs $0 to $10B in $2B steps (9.6 / 5 = 1.92, the next 1-2-2.5-5 step 2); the waterfall's, to 1.25 × 9.6 = $12.0B,
    in $5B steps: $2B ones would be $0 ... $12B, 2 + 4 × 3 + 2 × 4 = 22 characters, $2.5B ones 25."""
    est = estimate(Scenario("Customer service", 20_000, bpo=VendorPrice("per_hour", 20, 30)))
    assert est.horizon_total(est.in_house).mid == pytest.approx(4_801_481 * 2_000, rel=1e-6)
    assert list(cumulative_cost_figure(est).layout.yaxis.ticktext) == ["$0", "$2B", "$4B", "$6B", "$8B", "$10B"]
    waterfall = savings_waterfall_figure(est)
    assert list(waterfall.layout.xaxis.ticktext) == ["$0", "$5B", "$10B", "$15B"]
    assert waterfall.layout.annotations[0].text == "$9.60B"
    # below a billion, plotly's own ticks as before
    assert money_axis("USD", 0.0, 8.9e8) == {"tickformat": "$.3~s"}
