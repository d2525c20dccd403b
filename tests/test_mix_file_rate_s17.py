"""An opened Mix of functions file in another currency without the US dollar's rate (issue 7, a user walk): the page
refused the table, "give how many USD one EUR buys (Currency, '1 EUR = ... USD')", and had no field to give it in
(the Estimate page has one: views/currency.rate_field). It now draws that field for each rate the file leaves out.

Hand figures at 1 EUR = 1.08 USD: the functions' default pay $41,600, $49,770 and $74,680 are 38,518.52, 46,083.33
and 69,148.15 euros, whole euros 38,519, 46,083 and 69,148."""

from __future__ import annotations

from dashboard_app import fresh_dashboard
from test_portfolio import _hand_portfolio
from typed_pay import typed

from estimator.portfolio import portfolio_to_dict
from views.state import MIX_PENDING

PAGE = "views/portfolio.py"
DEFAULTS = ("An empty Pay cell takes the function's default pay a year (the sources' US dollars at 1 USD = 0.925926 "
            "EUR): Customer service €38,519, IT and software operations €46,083, Research and analysis €69,148.")


def opened_in_euros(monkeypatch, tmp_path, estimate_currency: str = "USD"):
    """The Estimate page in ``estimate_currency``, then a euro mix with no exchange rate opened on the Mix page."""
    at = fresh_dashboard(monkeypatch, tmp_path)
    if estimate_currency != "USD":
        at.selectbox(key="reporting_currency").set_value(estimate_currency).run()
    document = portfolio_to_dict(typed(_hand_portfolio(), currency="EUR"))
    assert "exchange_rates" not in document or not document["exchange_rates"]
    at.session_state[MIX_PENDING] = document
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def test_a_euro_mix_without_the_dollars_rate_asks_for_it_on_the_page(monkeypatch, tmp_path):
    at = opened_in_euros(monkeypatch, tmp_path)
    assert [e.value for e in at.error] == [
        "Please check the exchange rates (Currency). exchange_rates.USD.rate: give how many USD one EUR buys (Currency, '1 EUR = ... "
        "USD'): the sources' pay and cost figures, each function's default pay among them, are US dollars, converted "
        "to EUR at it"]
    # the field, labelled as the Estimate page's; the Estimate page reports in dollars, so it is the mix's own
    (field,) = [n for n in at.number_input if n.label == "USD per EUR"]
    assert field.key == "mix_fx_rate_EUR_USD" and field.value is None
    field.set_value(1.08).run()
    assert not at.error, [e.value for e in at.error]
    assert DEFAULTS in [c.value for c in at.caption]
    # the Estimate page's own (a rate against its dollars) is left alone
    assert "fx_rate_USD" not in at.session_state or at.session_state["fx_rate_USD"] is None


def test_reporting_in_euros_on_the_estimate_page_too_it_is_the_same_rate(monkeypatch, tmp_path):
    at = opened_in_euros(monkeypatch, tmp_path, "EUR")
    (field,) = [n for n in at.number_input if n.label == "USD per EUR"]
    assert field.key == "fx_rate_USD"  # the Currency expander's key: one rate for both pages
    field.set_value(1.08).run()
    assert not at.error, [e.value for e in at.error]
    assert DEFAULTS in [c.value for c in at.caption]
    at.switch_page("views/estimate.py").run()
    assert at.number_input(key="fx_rate_USD").value == 1.08


def test_a_shared_figure_out_of_its_limits_is_said_to_be_in_the_shared_settings(monkeypatch, tmp_path):
    """A shared supervisor's pay is in no cell of the table: its error read "Please check the table. Supervisor
    salary (shared by every row): ...". The euro file's supervisor at 3,000,000 EUR waits for the dollar's rate to
    be checked; at 1 EUR = 0.5 USD (1 USD = 2 EUR) the sources' $1,000,000 limit is 2,000,000 EUR, and 3,000,000 is
    over it. The prefix names where the figure is: the shared settings, from the opened file."""
    at = fresh_dashboard(monkeypatch, tmp_path)
    document = portfolio_to_dict(typed(_hand_portfolio(), currency="EUR"))
    document["in_house"]["supervisor_salary"] = 3_000_000
    at.session_state[MIX_PENDING] = document
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    at.number_input(key="mix_fx_rate_EUR_USD").set_value(0.5).run()
    assert [e.value for e in at.error] == [
        "Please check the shared settings from the opened file. Supervisor salary (shared by every row): must be from "
        "0 to 2,000,000 EUR (0 to 1,000,000 USD at 1 USD = 2 EUR), got 3,000,000"]
