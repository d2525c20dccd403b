"""Session 16: the deck's savings range is the Monte Carlo's P10-P90, the one the Uncertainty sheet, the Scenarios
page and the comparison workbook give, not a second range from the cheap and dear cases (issue 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import openpyxl
from pptx import Presentation

from estimator.compare import compare, savings_spread
from estimator.compare_workbook import comparison_workbook
from estimator.deck import build_deck
from estimator.estimate import Range, estimate
from estimator.meeting import chart_specs, range_notes, summary_lines
from estimator.scenario import Scenario, Uncertainty, VendorPrice
from estimator.uncertainty import simulate
from estimator.workbook import build_workbook

DAY = dt.date(2026, 11, 25)


def _one_uniform_price() -> Scenario:
    """Only the BPO quote is drawn: $20-$30 an hour, uniform; every other input one value."""
    return Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                    uncertainty=Uncertainty(distribution="uniform", sourced_ranges=False))


def _summary_and_notes(s: Scenario) -> tuple[str, str]:
    est, sim = estimate(s), simulate(s)
    deck = Presentation(io.BytesIO(build_deck(est, sim, chart_specs(est, sim), today=DAY)))
    slide = deck.slides[1]
    text = "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
    return text, slide.notes_slide.notes_text_frame.text


def _dollars(text: str) -> int:
    return int(text.replace("$", "").replace(",", ""))


def test_one_uniform_price_gives_the_savings_p10_p90_by_hand():
    """The saving falls in a straight line with the price (checked below on the three cases), so its P10 is the
    saving at the price's P90, 20 + 0.9 × 10 = $29 an hour, and its P90 the saving at $21. The cheap case's saving
    (at $20) and the dear case's (at $30) fix the line: P10 = s20 + 0.9 (s30 - s20), P90 = s20 + 0.1 (s30 - s20).
    10,000 uniform draws put an empirical P90 within about 0.3% of the range of the true one (one standard error);
    1.5% is allowed."""
    s = _one_uniform_price()
    saving = estimate(s).horizon_savings(estimate(s).option("bpo"))
    s20, s25, s30 = saving.low, saving.mid, saving.high  # cheap case: the $20 quote
    assert abs(s25 - (s20 + s30) / 2) < 1  # a straight line in the price
    p10, p90 = s20 + 0.9 * (s30 - s20), s20 + 0.1 * (s30 - s20)
    text, _ = _summary_and_notes(s)
    found = re.search(r"saves (\$[\d,]+) against in-house \(P10–P90 (\$[\d,]+)–(\$[\d,]+)\)", text)
    assert found, text
    mid, low, high = (_dollars(x) for x in found.groups())
    assert mid == round(s25)
    tolerance = 0.015 * abs(s30 - s20)
    assert abs(low - p10) < tolerance and abs(high - p90) < tolerance, (low, p10, high, p90)
    line = next(line for line in text.splitlines() if line.startswith("BPO:"))
    assert "(range" not in line.split("; saves")[1]  # no second range for the saving


def test_the_decks_savings_range_is_the_scenarios_pages_and_the_comparison_workbooks():
    """The worked example with the sourced ranges drawn: the deck's P10 and P90 are, to the dollar, the Scenarios
    page's savings spread (estimator.compare.savings_spread) and the comparison workbook's Savings P10/P90 cells."""
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    text, notes = _summary_and_notes(s)
    found = re.search(r"against in-house \(P10–P90 (\$[\d,]+)–(\$[\d,]+)\)", text)
    assert found, text
    low, high = (_dollars(x) for x in found.groups())
    page = savings_spread(s)["bpo"]  # P10, P50, P90 as low, mid, high
    assert (low, high) == (round(page.low), round(page.high))
    results = openpyxl.load_workbook(io.BytesIO(comparison_workbook(compare([s, dataclasses.replace(s, name="B")]))))
    ws = results["Results"]
    heads = [c.value for c in ws[4]]
    row = next(r for r in ws.iter_rows(min_row=5, values_only=True) if r[0] == "Scenario" and r[1] == "BPO")
    assert round(row[heads.index("Savings P10 (USD)")]) == low
    assert round(row[heads.index("Savings P90 (USD)")]) == high
    # and the estimate workbook's Uncertainty sheet, beside the draws and seed the notes name
    ws = openpyxl.load_workbook(io.BytesIO(build_workbook(estimate(s))))["Uncertainty"]
    assert [c.value for c in ws[7]][10:] == ["Savings over the horizon, P10 (USD)", "Savings over the horizon, P50 (USD)",
                                             "Savings over the horizon, P90 (USD)"]
    bpo = next(r for r in ws.iter_rows(min_row=8) if r[0].value == "BPO")
    assert (round(bpo[10].value), round(bpo[12].value)) == (low, high) and bpo[10].number_format == '"$"#,##0'
    assert (ws["B3"].value, ws["B4"].value) == (10_000, 2026)
    assert "over 10,000 draws (seed 2026, PERT distribution)" in notes
    assert f"BPO: the midpoint saving, $1,990,160, lies inside it (P10 ${low:,}, P90 ${high:,}; " in notes


def test_a_scenario_with_no_range_says_no_range():
    """Every input one value: every draw is the point estimate, P10 = P50 = P90 = $1,990,160. The slide says
    "(no range)", not "(P10–P90 $1,990,160–$1,990,160)", and the notes say why."""
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 25, 25),
                 uncertainty=Uncertainty(sourced_ranges=False))
    text, notes = _summary_and_notes(s)
    assert "saves $1,990,160 against in-house (no range), break-even month 10" in text
    assert "P10–P90 $" not in text
    assert "BPO: no range. No input is drawn from a range, so every draw gives the midpoint, $1,990,160." in notes


def test_the_notes_say_when_the_midpoint_lies_outside_the_p10_p90():
    """A midpoint is not a P50: with a skewed range it can fall outside the P10-P90, and the notes say which side
    rather than "inside it". Here the draws' savings are set to P90 $1,000,000, P50 $900,000, P10 $800,000 under a
    midpoint of $1,990,160."""
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    est, sim = estimate(s), simulate(s)
    bpo = dataclasses.replace(sim.option("bpo"), savings=Range.cases(1_000_000.0, 900_000.0, 800_000.0))
    sim = dataclasses.replace(sim, options=tuple(bpo if o.option == "bpo" else o for o in sim.options))
    assert ("BPO: the midpoint saving, $1,990,160, lies above its P90 (P10 $800,000, P90 $1,000,000; P50 $900,000)."
            in range_notes(est, sim))
    assert "(P10–P90 $800,000–$1,000,000)" in next(line for line in summary_lines(est, sim) if line.startswith("BPO"))
