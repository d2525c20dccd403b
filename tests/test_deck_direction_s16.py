"""Session 16, issue 7: the meeting outputs' ranges read in their sentence's direction, with one minus sign.

"costs ₹4,15,97,770 more against in-house (P10-P90 -₹11,20,33,802 to ₹1,62,80,348)" put the saving's P10-P90 after
the extra cost's words: a reader took it as costing -11 Cr to 1.6 Cr more. After "costs ... more" the range is the
extra cost's (minus the saving's, its ends swapped), and a negative figure is written with the minus sign (U+2212),
as the other slides write it, never the hyphen-minus.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pptx import Presentation

from estimator.currency import ExchangeRate
from estimator.deck import build_deck
from estimator.estimate import Range, estimate
from estimator.meeting import chart_specs, range_notes, summary_lines
from estimator.report import build_report
from estimator.scenario import InHouseInputs, Scenario, VendorPrice
from estimator.uncertainty import simulate

DAY = dt.date(2026, 11, 26)


def _with_savings(s: Scenario, option: str, p90: float, p50: float, p10: float):
    """The estimate and a simulation whose ``option`` savings over the draws are set by hand (P10 the dear side)."""
    est, sim = estimate(s), simulate(s)
    drawn = dataclasses.replace(sim.option(option), savings=Range.cases(p90, p50, p10))
    return est, dataclasses.replace(sim, options=tuple(drawn if o.option == option else o for o in sim.options))


def _dear_bpo() -> Scenario:
    """Customer service at $60-$90 an hour: BPO costs more than in-house at the midpoint."""
    return Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 60, 90))


def test_costs_more_is_followed_by_the_extra_costs_p10_p90():
    """Savings P10 -$1,120,000 and P90 +$160,000: the extra cost runs from -$160,000 (a saving of $160,000, its P10)
    to $1,120,000 (its P90)."""
    est, sim = _with_savings(_dear_bpo(), "bpo", 160_000.0, -400_000.0, -1_120_000.0)
    assert est.horizon_savings(est.option("bpo")).mid < 0
    line = next(x for x in summary_lines(est, sim) if x.startswith("BPO"))
    assert "more against in-house (P10–P90 −$160,000 to $1,120,000), break-even never" in line, line
    assert "-$" not in line


def test_costs_more_with_every_draw_dearer_reads_as_two_positive_ends():
    """Savings P10 -$3,000,000, P90 -$500,000: the extra cost's P10 is $500,000 and its P90 $3,000,000."""
    est, sim = _with_savings(_dear_bpo(), "bpo", -500_000.0, -1_800_000.0, -3_000_000.0)
    line = next(x for x in summary_lines(est, sim) if x.startswith("BPO"))
    assert "(P10–P90 $500,000–$3,000,000)" in line, line


def test_the_notes_give_the_extra_cost_its_own_p10_p50_p90():
    """Savings P10 -$3,000,000, P50 -$400,000, P90 +$160,000: the extra cost's P10 -$160,000, P50 $400,000, P90
    $3,000,000, and the midpoint extra cost (about $1.2 million) inside them."""
    est, sim = _with_savings(_dear_bpo(), "bpo", 160_000.0, -400_000.0, -3_000_000.0)
    mid = -est.horizon_savings(est.option("bpo")).mid
    assert 160_000 < mid < 3_000_000
    line = next(x for x in range_notes(est, sim) if x.startswith("BPO"))
    assert line == (f"BPO: the midpoint extra cost, ${mid:,.0f}, lies inside it (P10 −$160,000, P90 $3,000,000; "
                    "P50 $400,000).")


def test_a_saving_keeps_its_own_range():
    est, sim = _with_savings(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)), "bpo",
                             2_500_000.0, 2_000_000.0, -100_000.0)
    line = next(x for x in summary_lines(est, sim) if x.startswith("BPO"))
    assert "against in-house (P10–P90 −$100,000 to $2,500,000)" in line, line


def _rupees() -> Scenario:
    """Rupee results, the sources' dollars at 1 INR = 0.012 USD: IT work's BPO at $60-$90 is dearer than in-house."""
    return Scenario("IT and software operations", 10, currency="INR", in_house=InHouseInputs(currency="USD"),
                    bpo=VendorPrice("per_hour", 60, 90, currency="USD"),
                    exchange_rates=(ExchangeRate("INR", "USD", 0.012),))


def test_the_deck_report_and_notes_write_no_hyphen_minus_before_money():
    s = _rupees()
    est, sim = _with_savings(s, "bpo", 16_280_348.0, -40_000_000.0, -112_033_802.0)
    deck = Presentation(io.BytesIO(build_deck(est, sim, chart_specs(est, sim), today=DAY)))
    slide = deck.slides[1]
    text = "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
    notes = slide.notes_slide.notes_text_frame.text
    assert "(P10–P90 −₹1,62,80,348 to ₹11,20,33,802)" in text, text
    assert "P10 −₹1,62,80,348, P90 ₹11,20,33,802" in notes, notes
    html = build_report(est, sim, chart_specs(est, sim), today=DAY).decode()
    assert "(P10–P90 −₹1,62,80,348 to ₹11,20,33,802)" in html
    for where in (text, notes, html):
        assert "-₹" not in where


def _deck_text(deck: Presentation) -> str:
    return "\n".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)


def test_the_report_and_the_deck_state_the_rate_and_the_dollars_converted():
    """Issue 7: rupee results beside "BPO price $20-$30 per productive hour" and no rate anywhere. At 1 INR = 0.012
    USD, $20 is 20 / 0.012 = ₹1,666.67 and $30 is ₹2,500; the in-house salary of $41,600 a year is ₹3,466,667."""
    s = Scenario("IT and software operations", 10, currency="INR", in_house=InHouseInputs(currency="USD"),
                 bpo=VendorPrice("per_hour", 20, 30, currency="USD"),
                 exchange_rates=(ExchangeRate("INR", "USD", 0.012),))
    est, sim = estimate(s), simulate(s)
    price = "$20–$30 per productive hour (₹1,666.67–₹2,500 per productive hour at 1 INR = 0.012 USD)"
    salary = "41,600 USD/year (34,66,667 INR/year at 1 INR = 0.012 USD)"  # rupees in lakhs (session 19)
    html = build_report(est, sim, chart_specs(est, sim), today=DAY).decode()
    assert f"<td>{price}</td>" in html
    assert f"<td>{salary}</td>" in html
    assert "<td>Exchange rate, USD</td><td>1 INR = 0.012 USD</td>" in html
    deck = _deck_text(Presentation(io.BytesIO(build_deck(est, sim, chart_specs(est, sim), today=DAY))))
    assert f"BPO price {price}" in deck
    assert f"Salary per FTE {salary}" in deck
    assert "Exchange rate, USD 1 INR = 0.012 USD: rate given by the user" in deck


def test_a_drifting_euro_rate_is_stated_with_its_drift():
    """1 EUR = 1.08 USD drifting -2% to +3% a year: $20 is 20 / 1.08 = €18.52, $30 is €27.78."""
    s = Scenario("Customer service", 10, currency="EUR", bpo=VendorPrice("per_hour", 20, 30, currency="USD"),
                 exchange_rates=(ExchangeRate("EUR", "USD", 1.08, -0.02, 0.03),))
    est, sim = estimate(s), simulate(s)
    html = build_report(est, sim, chart_specs(est, sim), today=DAY).decode()
    assert ("<td>$20–$30 per productive hour (€18.52–€27.78 per productive hour at 1 EUR = 1.08 USD, drifting "
            "−2% to 3% a year)</td>") in html


def test_a_scenario_in_one_currency_states_no_rate():
    est, sim = estimate(_dear_bpo()), simulate(_dear_bpo())
    html = build_report(est, sim, chart_specs(est, sim), today=DAY).decode()
    assert "Exchange rate" not in html and " at 1 " not in html
    assert "<td>$60–$90 per productive hour</td>" in html
