"""A mix's exchange rates judged one by one (session 18, two defects found by its mutation run).

1. A euro mix with in-house pay in rupees and a row quoting in pounds, given the pound's, rupee's and dollar's rates,
   was refused "exchange_rates.GBP: no amount is in GBP (the in-house figures and the quotes are not): remove its
   rate": Portfolio's shared check took the rates not of its own amounts as one block, and the dollar's (kept for the
   sources' figures and limits, not a price's) sent the pound's to the probe, which has no quote. A truly unused
   rate beside a pound quote was likewise reported as the pound's.
2. A euro mix whose shared sections give all five sourced figures, with a book-priced row, named a shared supervisor
   salary over its limit "rows[0].in_house.supervisor_salary": the probe of the shared sections was given the
   dollar's rate only where they left a sourced figure out, so only the first row checked the limit.

Hand figures: "exchange_rates": {"GBP": {"rate": 0.85}} is how many pounds one euro buys, so a £20-£30 an hour quote
is 20 / 0.85 = 23.5294117647 to 30 / 0.85 = 35.2941176471 euros. At 2 euros to the dollar ({"USD": {"rate": 0.5}})
the supervisor's limit, $1,000,000 (estimator/assumptions.py), is 2,000,000 EUR.
"""

from __future__ import annotations

import pytest

from estimator.currency import ExchangeRate
from estimator.portfolio import Portfolio, PortfolioRow, estimate_portfolio, portfolio_from_dict
from estimator.scenario import InHouseInputs, InputError, VendorManagement, VendorPrice

RATES = {"GBP": {"rate": 0.85}, "INR": {"rate": 90}, "USD": {"rate": 1.08}}
RATE_OBJECTS = (ExchangeRate("EUR", "GBP", 0.85), ExchangeRate("EUR", "INR", 90.0), ExchangeRate("EUR", "USD", 1.08))
IN_RUPEES = {"currency": "INR", "annual_salary": 3_000_000, "supervisor_salary": 4_000_000,
             "overhead_per_fte_month": 150_000, "cost_per_hire": 300_000}
IN_EUROS = {"annual_salary": 30_000, "supervisor_salary": 40_000, "overhead_per_fte_month": 1_500,
            "cost_per_hire": 3_000}
POUNDS = {"basis": "per_hour", "low": 20, "high": 30, "currency": "GBP"}
UNUSED_INR = ("exchange_rates.INR", "no amount is in INR (the in-house figures and the quotes are not): remove its rate")


def euro_mix(in_house, rates=RATES, **row):
    return {"kind": "portfolio", "currency": "EUR", "exchange_rates": rates, "in_house": in_house,
            "vendor_management": {"governance_salary": 90_000},
            "rows": [{"function": "Customer service", "workload": {"fte": 10}, "option": "bpo", "kpo": None,
                      "bpo": POUNDS, **row}]}


def refusal(data, book):
    with pytest.raises(InputError) as err:
        portfolio_from_dict(data, book)
    return err.value.field, err.value.reason


# --- 1. a row's quote in a third currency ------------------------------------------------------------------------


def test_a_euro_mix_paid_in_rupees_with_a_row_quoting_in_pounds_is_read(book):
    p = portfolio_from_dict(euro_mix(IN_RUPEES), book)
    assert p.exchange_rates == RATE_OBJECTS
    assert (p.rows[0].bpo.currency, p.rows[0].bpo.low, p.rows[0].bpo.high) == ("GBP", 20.0, 30.0)
    assert p.scenario(0).rate_for("bpo") == ExchangeRate("EUR", "GBP", 0.85)
    assert p.scenario(0).rate_for("in_house") == ExchangeRate("EUR", "INR", 90.0)


def test_the_pound_quote_costs_what_the_same_quote_in_euros_costs(book):
    # £20-£30 at 0.85 pounds to the euro is €23.5294117647-€35.2941176471 (rates without drift)
    pounds = estimate_portfolio(portfolio_from_dict(euro_mix(IN_RUPEES), book))
    no_pound = {"INR": {"rate": 90}, "USD": {"rate": 1.08}}
    euros = estimate_portfolio(portfolio_from_dict(euro_mix(IN_RUPEES, no_pound, bpo={
        "basis": "per_hour", "low": 23.5294117647, "high": 35.2941176471}), book))
    assert pounds.mix.totals == pytest.approx(euros.mix.totals, rel=1e-9)
    assert pounds.in_house.totals == pytest.approx(euros.in_house.totals, rel=1e-12)


def test_a_euro_mix_paid_in_euros_with_a_pound_quote_and_the_dollars_rate_is_read(book):
    p = portfolio_from_dict(euro_mix(IN_EUROS, {"GBP": {"rate": 0.85}, "USD": {"rate": 1.08}}), book)
    assert p.exchange_rates == (ExchangeRate("EUR", "GBP", 0.85), ExchangeRate("EUR", "USD", 1.08))


def test_a_portfolio_built_in_code_takes_the_pound_quote_too():
    row = PortfolioRow("Customer service", 10, option="bpo", bpo=VendorPrice("per_hour", 20, 30, currency="GBP"))
    p = Portfolio((row,), currency="EUR", exchange_rates=RATE_OBJECTS, vendor_management=VendorManagement(
        governance_salary=90_000), in_house=InHouseInputs(**IN_RUPEES))
    assert p.exchange_rates == RATE_OBJECTS
    assert p.scenario(0).rate_for("bpo") == ExchangeRate("EUR", "GBP", 0.85)


def test_an_unused_rate_beside_a_pound_quote_is_named_not_the_pounds(book):
    # in-house pay in euros: no amount is in rupees; the pound's rate is the quote's
    assert refusal(euro_mix(IN_EUROS), book) == UNUSED_INR
    row = PortfolioRow("Customer service", 10, option="bpo", bpo=VendorPrice("per_hour", 20, 30, currency="GBP"))
    with pytest.raises(InputError) as err:  # built in code, the rates were judged as one and the pound's was named
        Portfolio((row,), currency="EUR", exchange_rates=RATE_OBJECTS, in_house=InHouseInputs(**IN_EUROS))
    assert (err.value.field, err.value.reason) == UNUSED_INR


def test_a_quotes_rate_from_another_currency_or_given_twice_is_still_named():
    row = PortfolioRow("Customer service", 10, option="bpo", bpo=VendorPrice("per_hour", 20, 30, currency="GBP"))
    with pytest.raises(InputError) as err:
        Portfolio((row,), currency="EUR", exchange_rates=(ExchangeRate("USD", "GBP", 0.8),))
    assert (err.value.field, err.value.reason) == (
        "exchange_rates.GBP", "must be from the reporting currency EUR (1 EUR = ... GBP), got from USD")
    with pytest.raises(InputError) as err:
        Portfolio((row,), currency="EUR", exchange_rates=(ExchangeRate("EUR", "GBP", 0.85),
                                                          ExchangeRate("EUR", "GBP", 0.86)))
    assert (err.value.field, err.value.reason) == ("exchange_rates", "give each currency at most one rate")


# --- 2. the shared supervisor's pay over its limit, named where it is ----------------------------------------------

OVER = "must be from 0 to 2,000,000 EUR (0 to 1,000,000 USD at 1 USD = 2 EUR), got 3,000,000"
ALL_FIVE = {"annual_salary": 83_200, "supervisor_salary": 3_000_000, "overhead_per_fte_month": 4_374,
            "cost_per_hire": 8_258}


def test_a_shared_supervisor_salary_over_its_limit_is_named_in_the_shared_section(book):
    # all five sourced figures given, the row priced from the price book's dollar ranges
    data = {"kind": "portfolio", "currency": "EUR", "exchange_rates": {"USD": {"rate": 0.5}}, "in_house": ALL_FIVE,
            "vendor_management": {"governance_salary": 197_160},
            "rows": [{"function": "Customer service", "workload": {"fte": 10}, "option": "bpo"}]}
    assert refusal(data, book) == ("in_house.supervisor_salary", OVER)


def test_built_in_code_the_shared_supervisor_salary_is_named_in_the_shared_section_too(book):
    row = PortfolioRow("Customer service", 10, option="bpo", bpo=VendorPrice("per_hour", 20, 30, currency="USD"))
    with pytest.raises(InputError) as err:
        Portfolio((row,), currency="EUR", exchange_rates=(ExchangeRate("EUR", "USD", 0.5),),
                  in_house=InHouseInputs(**ALL_FIVE, currency="EUR"),
                  vendor_management=VendorManagement(governance_salary=197_160))
    assert (err.value.field, err.value.reason) == ("in_house.supervisor_salary", OVER)


def test_the_mix_table_names_the_shared_supervisor_salary_in_words_in_no_row(book):
    # the Mix page's table: before, "Row 1 (Customer service), Supervisor salary (shared by every row): ..."
    from estimator.portfolio_table import TableError, portfolio_from_table

    shared = {"currency": "EUR", "exchange_rates": {"USD": {"rate": 0.5}}, "in_house": ALL_FIVE,
              "vendor_management": {"governance_salary": 197_160}}
    rows = [{"function": "Customer service", "workload": 10, "basis": "fte", "option": "bpo"}]
    with pytest.raises(InputError) as err:
        portfolio_from_table(rows, book, "x", shared)
    assert not isinstance(err.value, TableError)
    assert str(err.value) == f"Supervisor salary (shared by every row): {OVER}"
