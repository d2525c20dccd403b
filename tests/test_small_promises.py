"""Small promises of public functions that no other test held (found by mutation testing, scripts/mutate.sh):
error messages that name their field, the store's database driver and time zone, a Monte Carlo's own price
stream and recorded settings, a tie counted as no saving, the guide's price-book line. Each in milliseconds."""

from __future__ import annotations

import csv
import datetime as dt

import numpy as np
import pytest

from estimator.guide import Work, price_plan, suggest
from estimator.portfolio import Portfolio, PortfolioRow, simulate_portfolio
from estimator.pricing import PriceBookError, parse_price_book
from estimator.scenario import (
    InputError,
    People,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    scenario_to_dict,
)
from estimator.staffing import ContactCentre, Queue, draw_staffing, price_draws
from estimator.store import ScenarioStore, StoreUnavailable
from estimator.uncertainty import simulate


@pytest.mark.parametrize(("kwargs", "field", "reason"), [
    ({"sourced_ranges": "yes"}, "uncertainty.sourced_ranges", "must be true or false, got "),
    ({"seed": -1}, "uncertainty.seed", "must be from 0 to 4,294,967,295"),
    ({"draws": 150.5}, "uncertainty", "draws and seed must be whole numbers"),
])
def test_monte_carlo_settings_name_the_field_that_is_wrong(kwargs, field, reason):
    with pytest.raises(InputError) as caught:
        Uncertainty(**kwargs)
    assert caught.value.field == field and caught.value.reason.startswith(reason)


def test_people_settings_name_their_section():
    with pytest.raises(InputError) as caught:
        People(leaver_share=2.0)  # a share above 100%
    assert caught.value.field == "people.leaver_share"


def test_a_saved_scenarios_time_is_in_utc(tmp_path):
    # SQLite keeps no time zone: the store reads its times back as UTC, so they compare with aware times
    store = ScenarioStore(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        before = dt.datetime.now(dt.UTC)
        store.save({"name": "Q3", "format_version": 4})
        listed, shown = store.list()[0], store.show("Q3")
    finally:
        store.close()
    for saved in (listed, shown):
        assert saved.saved_at.utcoffset() == dt.timedelta(0)
        assert before - dt.timedelta(seconds=5) <= saved.saved_at <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)


def test_a_bare_postgresql_url_is_driven_by_psycopg_and_an_unreachable_server_is_said_so():
    # psycopg 3 is the installed driver; "postgresql://" alone would name SQLAlchemy's default (psycopg2, not
    # installed). Nothing listens on port 1, so the store must say it cannot be reached, password hidden.
    with pytest.raises(StoreUnavailable, match=r"postgresql://analyst:\*\*\*@127\.0\.0\.1:1/est\) cannot be reached"):
        ScenarioStore("postgresql://analyst:s3cret@127.0.0.1:1/est")


def test_the_vendor_price_is_drawn_from_its_own_documented_stream():
    # price_draws documents its price draws: uniform over the range from numpy's generator seeded (seed, 1).
    # Per contact, with no governance, the vendor's cost per contact is the drawn price itself, so its
    # P10/P50/P90 are those of that stream's 200 uniform draws.
    q = Queue("Voice", [100, 100], 180, answer_seconds=20, service_level=0.8, max_occupancy=1.0)
    staffed = draw_staffing(ContactCentre((q,), periods_per_month=20), draws=200, seed=11)
    pay = dict(annual_salary=20_000, benefits_load=0, shrinkage=0.30, paid_hours_per_year=2080, span_of_control=10,
               supervisor_salary=0, overhead_per_fte_month=0, annual_attrition=0, cost_per_hire=0)
    mc = price_draws(staffed, pay, vendor_basis="per_contact", vendor_range=(1.0, 2.0), seed=11)
    expected = np.percentile(np.random.default_rng([11, 1]).uniform(1.0, 2.0, 200), [10, 50, 90])
    assert (mc.vendor.p10, mc.vendor.p50, mc.vendor.p90) == pytest.approx(tuple(expected), rel=1e-12)


def test_a_portfolios_monte_carlo_records_how_it_drew():
    p = Portfolio((PortfolioRow("Customer service", 10),), uncertainty=Uncertainty(draws=100, seed=5,
                                                                                  distribution="triangular"))
    sim = simulate_portfolio(p)
    assert (sim.draws, sim.seed, sim.distribution) == (100, 5, "triangular")


def test_no_work_and_no_fixed_cost_is_no_saving_not_a_certain_one():
    # Zero workload, no governance floor and no sourced ranges: every draw of both options costs exactly $0, so
    # the NPV saving is 0 in every draw; a saving of 0 is not positive, so the chance of one is 0, not 1.
    s = Scenario("Customer service", 0, bpo=VendorPrice("per_hour", 20, 30),
                 vendor_management=VendorManagement(governance_min_fte=0),
                 uncertainty=Uncertainty(draws=100, sourced_ranges=False))
    bpo = next(o for o in simulate(s).options if o.option == "bpo")
    assert bpo.npv_savings.as_tuple() == (0.0, 0.0, 0.0)
    assert bpo.probability_npv_positive == 0.0 and bpo.probability_cheaper == 0.0


def test_the_guides_price_book_line_leaves_the_source_for_the_quote(book):
    plan = price_plan(suggest(Work(0, 0, 0, 0, 0, function="Payroll")), book)
    fields = next(csv.reader([plan.book_line]))
    assert "your vendor quote" in fields  # what the user replaces with the quote's name
    header = "function,model,basis,low,high,currency,unit,source,as_of,notes\n"
    assert parse_price_book(header + plan.book_line).rows[0].source == "your vendor quote"


def test_a_price_books_unknown_currency_names_its_column():
    header = "function,model,basis,low,high,currency,unit,source,as_of,notes\n"
    with pytest.raises(PriceBookError, match=r"line 2, column 'currency': 'ABC' is not an ISO 4217 currency code"):
        parse_price_book(header + "Payroll,BPO,per_hour,10,20,ABC,productive hour,a quote,2026,\n")


def test_a_scenario_file_leaves_out_an_in_house_currency_it_does_not_have():
    # in-house pay in the scenario's own currency: the file's in_house section has no currency entry (not null)
    assert "currency" not in scenario_to_dict(Scenario("Customer service", 10))["in_house"]
