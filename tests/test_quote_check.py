"""Typed quotes far from the price book's range are named for a check (estimator/quote_check.py). The book's rows,
from data/pricing.csv: customer service BPO $20-$30 per productive hour, IT BPO $40-$100, human resources BPO $45-$1,500
per billing unit a month; customer service has no KPO row."""

from __future__ import annotations

import pytest

from estimator.currency import ExchangeRate
from estimator.pricing import load_price_book, parse_price_book
from estimator.quote_check import far_quotes
from estimator.scenario import Scenario, VendorPrice

BOOK = load_price_book()


def _far(function: str, **prices: VendorPrice) -> list[tuple[str, str, float]]:
    return [(f.option, f.end, f.reference) for f in far_quotes(Scenario(function, 10, **prices), BOOK)]


def test_a_decimal_comma_read_as_thousands_is_named():
    # "30,50" in an English-language browser is 3,050: 3,050 / 30 = 101.7 times the book's top, said as 102
    far = far_quotes(Scenario("Customer service", 25, bpo=VendorPrice("per_hour", 18, 3050)), BOOK)
    assert [(f.option, f.end, f.value, f.reference) for f in far] == [("bpo", "high", 3050, 30)]
    assert far[0].text == ("BPO quote, high end: $3,050 is 102 times the top of the price book's $20–$30 per "
                           "productive hour")


@pytest.mark.parametrize(("low", "high", "expected"), [
    (20, 300, []),  # ten times the top, $300, is not more than ten times
    (20, 300.01, [("bpo", "high", 30)]),
    (2, 30, []),  # a tenth of the bottom, $2, is not under it
    (1.99, 30, [("bpo", "low", 20)]),
    (400, 500, [("bpo", "low", 30), ("bpo", "high", 30)]),  # both ends over $300: each named, against the top
    (0, 30, []),  # nothing to divide: a free quote is not a slip of the decimal point
    (0.5, 30, [("bpo", "low", 20)]),  # under a dollar is still under the $2
])
def test_the_limits_are_ten_times_the_top_and_a_tenth_of_the_bottom(low, high, expected):
    assert _far("Customer service", bpo=VendorPrice("per_hour", low, high)) == expected


def test_a_low_end_under_a_tenth_is_said_so():
    far = far_quotes(Scenario("IT and software operations", 5, bpo=VendorPrice("per_hour", 3.5, 90)), BOOK)
    assert [(f.end, f.value, f.reference) for f in far] == [("low", 3.5, 40)]
    assert [f.text for f in far] == ["BPO quote, low end: $3.50 is under a tenth of the bottom of the price book's "
                                     "$40–$100 per productive hour"]


def test_a_monthly_price_is_compared_per_billing_unit():
    # human resources: $1,500 × 10 = $15,000 a unit a month is the limit, whatever the units
    assert _far("Human resources", bpo=VendorPrice("per_month", 45, 15_000, units=200)) == []
    assert _far("Human resources", bpo=VendorPrice("per_month", 45, 15_001, units=200)) == [("bpo", "high", 1500)]


def test_only_like_with_like_is_compared():
    # no KPO row for customer service; the book's own price is no typed quote; another basis; a savings share
    assert _far("Customer service", kpo=VendorPrice("per_hour", 1, 9_000)) == []
    assert _far("Customer service", bpo=VendorPrice("per_hour", 1, 9_000, source="BPO vs. KPO")) == []
    assert _far("Customer service", bpo=VendorPrice("per_month", 0.01, 9_000)) == []
    assert _far("Research and analysis", kpo=VendorPrice("savings_share", 0.01, 0.02)) == []


def test_a_quote_in_another_currency_is_not_compared_with_the_dollar_book():
    euro = VendorPrice("per_hour", 18, 3_050, currency="EUR")
    scenario = Scenario("Customer service", 10, bpo=euro, exchange_rates=(ExchangeRate("USD", "EUR", 0.92),))
    assert far_quotes(scenario, BOOK) == []
    # the same figures in dollars are named
    assert _far("Customer service", bpo=VendorPrice("per_hour", 18, 3_050, currency="USD")) == [("bpo", "high", 30)]


# A book of our own where the KPO is priced in euros (the seeds price no KPO by the hour): legal process, BPO $20-$30
# and KPO €50-€80 an hour. A euro scenario's quotes are in euros unless they say otherwise.
EURO_BOOK = parse_price_book(
    "function,model,basis,low,high,currency,unit,source,as_of,notes\n"
    'Legal process,BPO,per_hour,20,30,USD,productive hour,"Test book",2024,"n"\n'
    'Legal process,KPO,per_hour,50,80,EUR,productive hour,"Test book",2024,"n"\n')
EUROS = {"currency": "EUR", "exchange_rates": (ExchangeRate("EUR", "USD", 1.08),)}


@pytest.mark.parametrize("bpo", [
    None,  # no BPO quote
    VendorPrice("per_month", 20, 3_000),  # a BPO quote on another basis than the book's
    VendorPrice("per_hour", 20, 3_000),  # a BPO quote in euros against the book's dollars
], ids=["no BPO quote", "BPO on another basis", "BPO in another currency"])
def test_the_kpo_is_checked_whatever_the_bpo_is(bpo):
    # €900 is 11.25 times the book's top, €80: said as 11, in euros, against the book's euro range
    far = far_quotes(Scenario("Legal process", 10, bpo=bpo, kpo=VendorPrice("per_hour", 60, 900), **EUROS), EURO_BOOK)
    assert [f.text for f in far] == ["KPO quote, high end: €900 is 11 times the top of the price book's €50–€80 per "
                                     "productive hour"]


def test_a_quote_of_nothing_is_named_with_or_without_a_book_row():
    """Session 27's walk: research has no hourly row in the book (a savings share only), and its $0-$0 quote an hour
    went unremarked."""
    research = far_quotes(Scenario("Research and analysis", 10, bpo=VendorPrice("per_hour", 0, 0)), BOOK)
    assert [f.text for f in research] == ["BPO quote: $0 at both ends, the work for nothing"]
    assert _far("Customer service", bpo=VendorPrice("per_hour", 0, 0)) == [("bpo", "high", 0.0)]
    # a low end of $0 alone is a range's choice (the limits' test above): nothing
    # a savings share of 0 is no saving, not a price: nothing to check
    assert _far("Research and analysis", kpo=VendorPrice("savings_share", 0, 0.5, option="kpo")) == []
