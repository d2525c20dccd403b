"""Figures in another reporting currency (issue 7, session 16): the sources' ranges of in-house money, the
break-even price and the reality check.

Hand figures at 1 INR = 0.012 USD (1 USD = 83.33 INR), the sources' dollar figures converted as the page does:
overhead 2,187 / 0.012 = 182,250 INR a head a month (its range $1,514-3,028: 126,166.67-252,333.33 INR); supervisor
58,450 / 0.012 = 4,870,833.33 (range $44,900-74,660: 3,741,666.67-6,221,666.67); cost per hire 4,129 / 0.012 =
344,083.33 (range $3,400-14,113: 283,333.33-1,176,083.33). The dollar limits (overhead $100,000 a month, supervisor
$1,000,000 a year, a hire $500,000) are 8,333,333.33, 83,333,333.33 and 41,666,666.67 INR: none of these ranges
reaches them. Read as rupees, the limits cut overhead's and the supervisor's ranges to nothing and a hire's to
283,333-500,000.
"""

from __future__ import annotations

import pytest
from dashboard_app import dashboard

from estimator.breakeven import break_even_price, break_even_words
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.export import tidy_table
from estimator.params import uncertain_inputs
from estimator.scenario import InHouseInputs, Scenario, VendorManagement, VendorPrice, reference_price
from estimator.uncertainty import tornado
from estimator.verdict import RealityCheck, _position, captive_check, reality_check

R = 0.012  # USD per INR


def _rupees(fte: float = 25, salary: float = 41_600 / R, with_dollar: bool = True,
            bpo: VendorPrice | None = None, **kw) -> Scenario:
    return Scenario(
        "Customer service", fte, currency="INR",
        in_house=InHouseInputs(annual_salary=salary, supervisor_salary=58_450 / R, overhead_per_fte_month=2_187 / R,
                               cost_per_hire=4_129 / R, currency="INR"),
        vendor_management=VendorManagement(governance_salary=98_580 / R),
        bpo=bpo or VendorPrice("per_hour", 20, 30, currency="USD"),
        exchange_rates=(ExchangeRate("INR", "USD", R),) if with_dollar else (), **kw)


def _ranges(s: Scenario) -> dict[str, tuple[float, float]]:
    return {u.column: (u.low, u.high) for u in uncertain_inputs(s)}


def test_in_rupees_the_in_house_money_keeps_the_sources_ranges_converted_at_the_dollar_rate():
    ranges = _ranges(_rupees())
    assert ranges["overhead_per_fte_month"] == pytest.approx((126_166.67, 252_333.33), abs=0.01)
    assert ranges["supervisor_salary"] == pytest.approx((3_741_666.67, 6_221_666.67), abs=0.01)
    assert ranges["cost_per_hire"] == pytest.approx((283_333.33, 1_176_083.33), abs=0.01)  # was cut at 500,000


def test_a_typed_rupee_salary_over_the_dollar_limit_keeps_its_range():
    # 18,00,000 INR = $21,600: the agent range $31,200-52,000 scaled by 21,600 / 41,600 is $16,200-27,000,
    # 1,350,000-2,250,000 INR; read as rupees, the $1,000,000 limit made it 1,000,000-1,800,000 at most.
    assert _ranges(_rupees(salary=1_800_000))["annual_salary"] == pytest.approx((1_350_000, 2_250_000))


def test_in_rupees_the_tornado_lists_overhead_and_the_supervisor():
    t = tornado(_rupees(), "bpo")
    labels = [s.label for s in t.swings]
    assert "Overhead per FTE" in labels[:3] and "Supervisor salary" in labels


def test_a_rupee_team_reported_in_euros_is_clamped_at_the_rupees_per_dollar_not_per_euro():
    # 1 EUR = 90 INR and 1 EUR = 1.08 USD: 90 / 1.08 = 83.33 INR to the dollar. A hire of 33,333,333.33 INR is
    # $400,000; the sources' $3,400-14,113 scaled by 400,000 / 4,129 is $329,377.57-1,367,207.56, the top cut at the
    # $500,000 limit: 27,448,131.11-41,666,666.67 INR (at 90 INR to the limit's dollar the top was 45,000,000).
    s = Scenario("Customer service", 25, currency="EUR",
                 in_house=InHouseInputs(annual_salary=41_600 / R, supervisor_salary=58_450 / R,
                                        overhead_per_fte_month=2_187 / R, cost_per_hire=400_000 / R, currency="INR"),
                 bpo=VendorPrice("per_hour", 20, 30, currency="USD"),
                 exchange_rates=(ExchangeRate("EUR", "INR", 90.0), ExchangeRate("EUR", "USD", 1.08)))
    assert _ranges(s)["cost_per_hire"] == pytest.approx((27_448_131.11, 41_666_666.67), abs=0.01)


def test_without_a_dollar_rate_a_rupee_figure_moves_by_the_sources_shares_unclamped():
    # No rate to read the dollar limits in: overhead 182,250 INR moves by 1,514 / 2,187 and 3,028 / 2,187.
    s = _rupees(with_dollar=False, bpo=VendorPrice("per_hour", 1_700, 2_500))
    assert _ranges(s)["overhead_per_fte_month"] == pytest.approx((126_166.67, 252_333.33), abs=0.01)


# The break-even price is the quote's, in the quote's currency. The README's worked example (10 FTE, every default,
# the book's $20-30 an hour) breaks even at $48.63 an hour (tests/test_breakeven.py checks 48.6303 by hand). The same
# team in rupees at 0.012, every dollar default converted (41,600 / 0.012 = 3,466,666.67 a year ...), is the same
# model in other units: its break-even price is still $48.63 an hour, in USD, not "₹49/h".


def test_the_break_even_price_of_a_dollar_quote_in_a_rupee_report_is_in_dollars_and_says_so():
    est = estimate(_rupees(10))
    assert break_even_price(est, "bpo") == pytest.approx(48.6303, abs=5e-4)
    assert break_even_words(est, "bpo") == "break-even price $48.63/h (in USD, the quote's currency)"


def test_the_break_even_price_row_names_the_quotes_currency():
    row = tidy_table(estimate(_rupees(10))).set_index(["option", "component", "period"]).loc[
        ("bpo", "break_even_price", "horizon")]
    assert row["mid"] == pytest.approx(48.6303, abs=5e-4)
    assert (row["currency"], row["unit"]) == ("USD", "USD per productive hour")  # was "", "INR per productive hour"


def _break_even_note(at) -> str:
    notes = [c.value for c in at.caption if "break-even price" in c.value]
    assert len(notes) == 1, notes
    return notes[0]


def test_the_page_says_the_break_even_price_in_the_price_books_dollars():
    # no quote typed: the price is the book's $20-30, so the dollars are the price book's (session 18's walk: it read
    # "(in USD, the quote's currency)" with no quote anywhere on the page)
    at = dashboard(120)
    at.run()
    at.selectbox(key="reporting_currency").set_value("INR").run()
    at.number_input(key="fx_rate_USD").set_value(R).run()
    assert not at.exception
    assert _break_even_note(at).endswith("break-even price $48.63/h (in USD, the price book's currency)")


def test_the_page_says_the_break_even_price_in_a_typed_quotes_dollars():
    # the same $20-30 typed as a dollar quote: the same $48.63 an hour, now in the quote's currency
    at = dashboard(120)
    at.run()
    at.selectbox(key="reporting_currency").set_value("INR").run()
    at.number_input(key="fx_rate_USD").set_value(R).run()
    at.toggle(key="bpo_use_quote").set_value(True).run()
    at.selectbox(key="bpo_currency").set_value("USD").run()
    at.number_input(key="bpo_quote_low").set_value(20.0).run()
    at.number_input(key="bpo_quote_high").set_value(30.0).run()
    assert not at.exception
    assert _break_even_note(at).endswith("break-even price $48.63/h (in USD, the quote's currency)")


def test_with_the_book_the_words_tell_the_books_range_from_a_quote(book):
    # the book's own row (its source, in its dollars) is the book's; the same figures as a "vendor quote" are a quote
    at_book = estimate(_rupees(10, bpo=reference_price(book, "Customer service", "bpo")))
    assert break_even_words(at_book, "bpo", book) == "break-even price $48.63/h (in USD, the price book's currency)"
    assert break_even_words(estimate(_rupees(10)), "bpo", book) == \
        "break-even price $48.63/h (in USD, the quote's currency)"


# The reality check compares what it shows: whole percent. A saving of 39.30% is written "39%", inside the surveyed
# 10%-39%; it read "39% saved over the horizon, above the 10%-39% ...". 39.51% is written "40%": above.


def _euro_team(salary: float = 36_000) -> Scenario:
    per = 1 / 1.08  # euros a dollar at 1 EUR = 1.08 USD: the dollar defaults converted as the page does
    return Scenario("Customer service", 10, currency="EUR",
                    in_house=InHouseInputs(annual_salary=salary, supervisor_salary=round(58_450 * per),
                                           overhead_per_fte_month=round(2_187 * per), cost_per_hire=round(4_129 * per)),
                    vendor_management=VendorManagement(governance_salary=round(98_580 * per)),
                    bpo=VendorPrice("per_hour", 20, 30, currency="USD"),
                    exchange_rates=(ExchangeRate("EUR", "USD", 1.08),))


def test_a_saving_that_reads_39_percent_is_within_the_surveyed_39_percent():
    s = _euro_team()
    est = estimate(s)
    share = est.horizon_savings_share(est.option("bpo")).mid
    assert 0.39 < share < 0.395  # the edge: above 39%, written "39%"
    check = reality_check(est, tornado(s, "bpo"))
    assert check.short.startswith("39% saved over the horizon, within the 10%–39% that surveys"), check.short
    assert "This estimate, 39% over the horizon, is within that band." in check.sentence


@pytest.mark.parametrize(("share", "position"), [
    (0.3930, "within"), (0.3951, "above"), (0.0951, "within"), (0.0949, "below"), (-0.05, "below")])
def test_the_position_agrees_with_the_whole_percent_shown(share, position):
    assert RealityCheck((0.10, 0.39), 0.15, share, _position(share, 0.10, 0.39), ()).position == position


def test_the_captive_check_at_the_top_of_its_band_says_nothing():
    # 60.3% is written "60%", the top of going offshore's 25%-60%: no "60% saved ..., above the 25%-60%"
    assert captive_check(0.603) is None
    assert captive_check(0.606).startswith("Offshore captive: 61% saved over the horizon, above the 25%–60%")
