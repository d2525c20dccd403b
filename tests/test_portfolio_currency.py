"""The Mix of functions page in the Estimate page's currencies (issue 7).

Before: with "Report in: INR" at 1 INR = 0.012 USD, "Use the Estimate page's settings" gave "Row 1 (Customer service),
In-house pay: must be from 83,333.33333 to 83,333,333.33 INR ..., got 41,600" on a cell showing "default" (the
sources' dollar default taken as rupees), then, every pay typed, "Row 1 (Customer service), Function: must be from 0
to 1,000,000, got 4,870,833" (the converted supervisor pay checked against the dollar limit, misnamed); in euros the
book's $20-30 read "EUR20-EUR30" and the in-house pay "EUR49,770" (dollars labelled euros); without the button the
page stayed in dollars whatever "Report in" said. Expected figures computed by hand in the comments.
"""

from __future__ import annotations

import pytest
from dashboard_app import dashboard, fresh_dashboard
from streamlit.testing.v1 import AppTest
from test_portfolio_page import edit, functions

from estimator.portfolio_table import TableError, portfolio_from_table, table_rows
from estimator.pricing import load_price_book
from estimator.scenario import InputError
from views.portfolio import STARTER

PAGE = "views/portfolio.py"


def mix_in(monkeypatch, tmp_path, currency: str, rate: float | None, button: bool = False) -> AppTest:
    """The Estimate page reporting in ``currency`` (its Currency expander), the dollar's rate given or not, then the
    Mix of functions page (and its "Use the Estimate page's settings" button)."""
    at = fresh_dashboard(monkeypatch, tmp_path)
    at.selectbox(key="reporting_currency").set_value(currency).run()
    if rate is not None:
        at.number_input(key="fx_rate_USD").set_value(rate).run()
    at.switch_page(PAGE).run()
    if button:
        at.button(key="mix_from_estimate").click().run()
    assert not at.exception, at.exception
    return at


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


@pytest.mark.parametrize("button", [False, True], ids=["following", "button"])
def test_rupees_at_0_012_show_the_sources_dollars_converted(monkeypatch, tmp_path, button):
    at = mix_in(monkeypatch, tmp_path, "INR", 0.012, button)
    assert not at.error, [e.value for e in at.error]
    # 1 INR = 0.012 USD: a dollar buys 1 / 0.012 = 83.3333 rupees. Customer service's $41,600 is 3,466,666.67,
    # whole rupees 3,466,667 (₹34,66,667 in lakhs); IT's $49,770 is 4,147,500; research's $74,680 is 6,223,333.33.
    text = captions(at)
    assert ("An empty Pay cell takes the function's default pay a year (the sources' US dollars at 1 USD = 83.3333 "
            "INR): Customer service ₹34,66,667, IT and software operations ₹41,47,500, Research and analysis "
            "₹62,23,333.") in text
    rows = functions(at)
    assert rows["IT and software operations"]["Price used"] == "4.0 FTE in-house at ₹41,47,500 a year"
    # the book's $20-30 stays dollars, and in rupees 20 / 0.012 = 1,666.67 and 30 / 0.012 = 2,500
    assert rows["Customer service"]["Price used"] == ("$20–$30 (₹1,666.67–₹2,500 at 1 INR = 0.012 USD) per "
                                                     "productive hour (BPO vs. KPO (2023))")
    assert "Chosen, INR over 5 years" in rows["Customer service"]
    if button:
        assert "Shared settings from the Estimate page: 5-year horizon, money in INR." in text
    # a pay typed in rupees, 4,20,000 (about $5,040), is taken as rupees: within 1,000-1,000,000 dollars converted
    edit(at, {1: {"annual_salary": 420_000.0}})
    assert not at.error, [e.value for e in at.error]
    assert functions(at)["IT and software operations"]["Price used"] == "4.0 FTE in-house at ₹4,20,000 a year"


def test_euros_are_the_dollar_figures_over_1_08(monkeypatch, tmp_path):
    dollars = mix_in(monkeypatch, tmp_path, "USD", None)
    usd = functions(dollars)
    at = mix_in(monkeypatch, tmp_path, "EUR", 1.08)
    assert not at.error
    eur = functions(at)
    # 20 / 1.08 = 18.518 and 30 / 1.08 = 27.778; IT's $49,770 / 1.08 = 46,083.33, whole euros 46,083
    assert eur["Customer service"]["Price used"] == ("$20–$30 (€18.52–€27.78 at 1 EUR = 1.08 USD) per productive "
                                                    "hour (BPO vs. KPO (2023))")
    assert eur["IT and software operations"]["Price used"] == "4.0 FTE in-house at €46,083 a year"

    def amount(text: str) -> float:
        return float(text.strip("$€").replace(",", ""))

    # every cost is the dollar one over 1.08, but for the defaults' rounding to whole euros: each figure moves by less
    # than 1e-4 of itself (the most, IT's overhead 2,616 / 1.08 = 2,422.22 taken as 2,422: 9.2e-5), so the total too
    for function, row in usd.items():
        for column in ("Chosen", "In-house"):
            expected = amount(row[f"{column}, USD over 5 years"]) / 1.08
            assert amount(eur[function][f"{column}, EUR over 5 years"]) == pytest.approx(expected, rel=1e-4)


def test_without_the_dollars_rate_the_mix_waits_and_asks_for_it_here(monkeypatch, tmp_path):
    at = mix_in(monkeypatch, tmp_path, "EUR", None)
    assert any("The mix waits for the rate 1 EUR = … USD:" in i.value for i in at.info)
    assert not at.error and not at.metric  # nothing priced with dollars read as euros
    at.number_input(key="fx_rate_USD").set_value(1.08).run()
    assert not at.info and not at.error
    assert functions(at)["IT and software operations"]["Price used"] == "4.0 FTE in-house at €46,083 a year"


def test_a_shared_figure_out_of_its_limits_is_named_and_a_row_pay_does_not_recheck_it():
    book = load_price_book()
    shared = {"currency": "INR", "exchange_rates": {"USD": {"rate": 0.012}},
              "in_house": {"supervisor_salary": 4_870_833.0}}  # $58,450 / 0.012
    rows = [dict(r, annual_salary=420_000.0) for r in STARTER]
    p = portfolio_from_table(rows, book, "x", shared)  # was "Function: must be from 0 to 1,000,000, got 4,870,833"
    assert [r.annual_salary for r in p.rows] == [420_000.0] * 3
    # an opened rupee mix: default pay shows as an empty cell (3,466,667 is the default), typed pay as typed
    assert [r["annual_salary"] for r in table_rows(portfolio_from_table(list(STARTER), book, "x", shared), book)] \
        == [None, None, None]
    # the supervisor limit is $1,000,000, 83,333,333.33 rupees: 90 million is past it, named in words as the shared
    # figure it is, not as row 1's (so named while only the first row checked the limit)
    with pytest.raises(InputError) as caught:
        portfolio_from_table(rows, book, "x", {**shared, "in_house": {"supervisor_salary": 90_000_000.0}})
    assert not isinstance(caught.value, TableError)
    assert str(caught.value).startswith("Supervisor salary (shared by every row): must be from 0 to 83,333,333.33 INR")


def test_a_team_paid_in_rupees_reported_in_dollars(monkeypatch, tmp_path):
    """In-house pay in INR, results in USD at 1 USD = 83 INR: the mix waits for that rate, then takes the dollar
    defaults at it (IT's $49,770 × 83 = 4,130,910 INR). Before, the shared check took the dollar default 41,600 as
    rupees and refused the whole table ("in_house.annual_salary: must be from 83,000 to 83,000,000 INR ...")."""
    from chromium import ROOT

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    at.selectbox(key="in_house_currency").set_value("INR").run()
    at.switch_page(PAGE).run()
    assert any("The mix waits for the rate 1 USD = … INR:" in i.value for i in at.info)
    at.number_input(key="fx_rate_INR").set_value(83.0).run()
    assert not at.info and not at.error and not at.exception
    assert functions(at)["IT and software operations"]["Price used"] == "4.0 FTE in-house at ₹41,30,910 a year"
    assert "Chosen, USD over 5 years" in functions(at)["IT and software operations"]
    # a first row's pay out of its limits is still named as that row's (the shared check takes the first row's pay)
    edit(at, {0: {"annual_salary": 5.0}})
    assert any(e.value.startswith("Please check the table. Row 1 (Customer service), In-house pay: must be from "
                                  "83,000 to 83,000,000 INR") for e in at.error), [e.value for e in at.error]
