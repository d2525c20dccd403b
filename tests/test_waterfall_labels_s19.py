"""Session 19, issue 7: the savings waterfall's value labels judged in a phone's pixels, not in axis units.

On a 390 x 844 phone reporting in rupees (1 INR = 0.012 USD, the worked example), "−₹18.66Cr" sat left of the wages
bar and ran 7 px into the row name "− Wages". By hand: in-house ₹40.01Cr over 5 years ($4,801,481 / 0.012), wages
₹18.66Cr ($2.24M / 0.012); the axis runs to 1.25 × ₹40.01Cr = ₹50.01Cr over the phone's 150 px plot, so left of the
bar (₹0 to ₹21.35Cr) is 21.35 / 50.01 × 150 = 64 px, inside it 18.66 / 50.01 × 150 = 56 px and right of it
(₹40.01Cr to ₹50.01Cr) 30 px, all short of the label's 67 px (measured in Chromium) and its 4 px gap. The old rule
took the roomiest in axis units, left. A falling step's label is black, readable on its green bar and on the white
beside it, so it now ends at the bar's end and runs back over both: 40.01 / 50.01 × 150 = 120 px.

In Chromium: tests/test_browser_currency_charts.py (the waterfall in USD, EUR and INR at 1440 x 900, 1280 x 720 and
390 x 844, and every rupee axis at 1440 and 390: its allowance for this overlap is gone)."""

from __future__ import annotations

import pytest
from typed_pay import typed_pay

from estimator.charts import savings_waterfall_spec
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.scenario import InHouseInputs, Scenario, VendorPrice

# The phone's plot, 390 x 844 (measured in Chromium; the page's own figure is estimator.charts.WATERFALL_PLOT_PX, which
# these tests do not read: a plot reckoned wider than it is made every label "fit" in the test as in the chart).
PHONE_PLOT_PX = 150
# What Chromium on Debian draws the labels in, 14 px: Liberation Sans (Arial's metrics), the rupee sign from DejaVu
# Sans; each character's advance width in thousandths of an em, from the fonts' own tables. "−₹18.66Cr": 584 + 636 +
# 4 × 556 + 278 + 722 + 333 = 4,777 thousandths × 14 px = 66.9 px, the 67 px measured. Independent of
# estimator.charts.text_px (which errs wide); with its widths the test passed with text_px reckoning digits a
# quarter narrower (0.45 em), the wages label put left of its bar in 64 px again.
_ADVANCE = {**dict.fromkeys("0123456789$€£¥", 556), "₹": 636, "−": 584, "+": 584, "-": 333, ".": 278, ",": 278,
            "k": 500, "M": 833, "B": 667, "T": 611, "C": 722, "r": 333, "L": 556}


def _drawn_px(text: str, size: float = 14) -> float:
    return size * sum(_ADVANCE[ch] for ch in text) / 1000


def _rupees() -> Scenario:
    return Scenario("Customer service", 10, currency="INR", in_house=InHouseInputs(currency="USD"),
                    bpo=VendorPrice("per_hour", 20, 30, currency="USD"),
                    exchange_rates=(ExchangeRate("INR", "USD", 0.012),))


def test_the_rupee_wages_label_runs_back_over_its_bar_not_into_its_row_name():
    spec = savings_waterfall_spec(estimate(_rupees()))
    labels = {a["y"]: a for a in spec["layout"]["annotations"]}
    wages = labels["− Wages"]
    assert wages["text"] == "−₹18.66Cr"
    in_house = 4_801_481 / 0.012  # the bar's end: wages are the first step down from the in-house total
    assert wages["x"] == pytest.approx(in_house, rel=1e-3)
    assert (wages["xanchor"], wages["font"]["color"]) == ("right", "#000000")  # was "right" of ₹21.35Cr: left
    top = spec["layout"]["xaxis"]["range"][1]
    assert top == pytest.approx(1.25 * in_house, rel=1e-3)  # every label found room: the axis is not stretched
    assert wages["x"] / top * PHONE_PLOT_PX >= 67 + 4  # 120 px


@pytest.mark.parametrize("currency", ["USD", "EUR", "INR"])
def test_every_label_has_its_width_on_a_phones_plot(currency):
    """Each label's side, in the phone's pixels, holds the label's width as drawn (67 px for "−₹18.66Cr") and its
    4 px gap."""
    s = _rupees() if currency == "INR" else Scenario("Customer service", 10, currency=currency, **typed_pay(),
                                                      bpo=VendorPrice("per_hour", 20, 30))
    spec = savings_waterfall_spec(estimate(s))
    trace, layout = spec["data"][0], spec["layout"]
    top = layout["xaxis"]["range"][1]
    px = PHONE_PLOT_PX / top
    running = 0.0
    for label, value, measure in zip(layout["annotations"], trace["x"], trace["measure"], strict=True):
        before = running if measure == "relative" else 0.0
        running = value if measure == "absolute" else running + value if measure == "relative" else running
        start, end = min(before, running), max(before, running)
        need = _drawn_px(label["text"]) + 4
        if label["xanchor"] == "left":  # right of the bar, to the axis's end
            assert (top - end) * px >= need, label
        elif label["x"] == pytest.approx(start) and label["x"] != pytest.approx(end):  # left of the bar
            assert start * px >= need, label
        else:  # ends at the bar's end: within the bar, or a falling step's back over the white to the axis
            room = end if label["font"]["color"] == "#000000" else end - start
            assert room * px >= need, label


def test_a_step_under_a_thousand_reads_in_whole_units():
    """1 FTE at a $5-8 quote: the selection step ($364.364) read "$364.36400000000003" (Babel's compact form keeps an
    amount under 1,000 as the float holds it), a label 155 px wide on a 150 px plot."""
    spec = savings_waterfall_spec(estimate(Scenario("Customer service", 1, bpo=VendorPrice("per_hour", 5, 8))))
    texts = {a["y"]: a["text"] for a in spec["layout"]["annotations"]}
    assert texts["+ Selection"] == "$364" and texts["+ Ramp-up"] == "$521", texts
    in_house = 4_801_481 / 10  # one FTE of the worked example's ten
    assert spec["layout"]["xaxis"]["range"][1] == pytest.approx(1.25 * in_house, rel=1e-3)


def test_a_label_that_fits_nowhere_takes_its_roomiest_side():
    from estimator.charts import _waterfall_sides
    # one bar from 0 to 100 on an axis to 125, its label 137 px wide (text_px: 0.75 em a letter not listed at 14 px,
    # 13 × 10.5): the plot's 150 px give it 120 px inside the bar, 30 px right of it, none left of it
    assert _waterfall_sides([("A", 100.0, "absolute")], [(0.0, 100.0)], ["W" * 13], 125.0) == ["inside"]
