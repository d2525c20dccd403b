"""Where the work is done (issue 8): the price book's location column, a located quote through the scenario file, the
share link, the tidy CSV and the mix of functions, and the Estimate page showing an offshore quote's location."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from test_sources_page import shown

from estimator.assumptions import LOCATIONS
from estimator.estimate import estimate
from estimator.export import COLUMNS, read_tidy_csv, rounded, tidy_table, to_csv_bytes
from estimator.portfolio import dump_portfolio, estimate_portfolio, load_portfolio
from estimator.portfolio_table import TableError, portfolio_from_table, portfolio_tidy_table, table_rows
from estimator.pricing import BOOK_LOCATIONS, NOT_STATED, PriceBookError, parse_price_book
from estimator.scenario import InputError, Scenario, VendorPrice, dump_scenario, load_scenario, scenario_from_dict
from views.share import CURRENT, decode, encode, widget_state

ROOT = Path(__file__).resolve().parent.parent
HEADER = "function,model,basis,low,high,currency,unit,source,as_of,notes"
ROW = "Customer service,BPO,per_hour,{low},{high},USD,productive hour,a quote,2026,,{location}"
# A book that prices customer service from two places (invented numbers for the test, not seed prices).
TWO_PLACES = "\n".join([HEADER + ",location", ROW.format(low=28, high=36, location="onshore"),
                        ROW.format(low=8, high=12, location="offshore")]) + "\n"


def offshore_quote(**kw: object) -> VendorPrice:
    return VendorPrice("per_hour", 8, 12, option="bpo", location="offshore", **kw)  # type: ignore[arg-type]


# --- the price book ---------------------------------------------------------------------------------------------

def test_the_location_names_are_one_set():
    assert set(LOCATIONS) == {NOT_STATED, *BOOK_LOCATIONS}


def test_the_seed_prices_state_no_location(book):
    # the seeds never say where the work is done: every row, priced or not, is "not stated", and shown so
    assert {r.location for r in book.rows} == {NOT_STATED}
    assert LOCATIONS[book.lookup("Customer service", "BPO").location] == "Location not stated"


def test_an_old_book_without_the_column_loads_as_not_stated():
    book = parse_price_book(HEADER + "\n" + ROW.format(low=20, high=30, location="").rstrip(",") + "\n", "old.csv")
    assert [(r.function, r.low, r.location) for r in book.rows] == [("Customer service", 20.0, NOT_STATED)]


def test_a_book_prices_one_function_from_two_places():
    book = parse_price_book(TWO_PLACES, "two.csv")
    assert book.locations("Customer service", "BPO") == ("onshore", "offshore")
    assert book.lookup("Customer service", "BPO").location == "onshore"  # no location asked: the first row
    assert book.lookup("Customer service", "BPO", "offshore").low == 8.0
    assert book.lookup("Customer service", "BPO", "nearshore") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (TWO_PLACES.replace("offshore", "moon"),
         "two.csv: line 3, column 'location': 'moon' is not one of onshore, nearshore, offshore"),
        ("# a note\n" + TWO_PLACES.replace("onshore", "on shore"),
         "two.csv: line 3, column 'location': 'on shore' is not one of"),
        (TWO_PLACES.replace("offshore", "onshore"),
         "two.csv: line 3, column 'function': duplicate row for Customer service / BPO / per_hour / onshore "
         "(first at line 2)"),
        (TWO_PLACES.replace("offshore", "=HYPERLINK(1)"), "column 'location': '=HYPERLINK(1)' is not one of"),
    ],
    ids=["unknown", "after-a-note", "same-place-twice", "formula"],
)
def test_a_bad_location_names_its_row(body, expected):
    with pytest.raises(PriceBookError) as err:
        parse_price_book(body, "two.csv")
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


def test_a_location_in_capitals_is_read_as_the_word():
    book = parse_price_book(TWO_PLACES.replace(",offshore", ",Offshore"), "two.csv")
    assert book.locations("Customer service", "BPO") == ("onshore", "offshore")


# --- the scenario file and the share link -----------------------------------------------------------------------

def test_a_located_quote_round_trips_through_the_scenario_file(book):
    s = Scenario("Customer service", 10, bpo=offshore_quote())
    text = dump_scenario(s)
    assert '"location": "offshore"' in text
    assert load_scenario(text, book) == s


def test_an_old_scenario_file_loads_unchanged_as_not_stated(book):
    # examples/ were written before a quote could say its location
    text = (ROOT / "examples" / "customer_service.json").read_text()
    assert "location" not in text
    s = load_scenario(text, book)
    assert s.bpo is not None and s.bpo.location == NOT_STATED


def test_a_file_can_ask_for_the_books_row_at_a_location(book):
    two = parse_price_book(TWO_PLACES, "two.csv")
    s = scenario_from_dict({"function": "Customer service", "workload": {"fte": 10}, "bpo": {"location": "offshore"}},
                           two)
    assert (s.bpo.low, s.bpo.high, s.bpo.location) == (8.0, 12.0, "offshore")
    # the seed book states no location for it: refused, never guessed
    with pytest.raises(InputError) as err:
        scenario_from_dict({"function": "Customer service", "workload": {"fte": 10}, "bpo": {"location": "offshore"}},
                           book)
    assert err.value.field == "bpo.location"
    assert "no offshore BPO price for Customer service" in err.value.reason


def test_a_located_quote_round_trips_through_the_share_link(book):
    s = Scenario("Customer service", 10, bpo=offshore_quote(), kpo=VendorPrice("per_hour", 50, 70, option="kpo",
                                                                                location="nearshore"))
    assert scenario_from_dict(decode(encode(s)), book) == s
    state = widget_state(s, book)
    assert (state["bpo_use_quote"], state["bpo_location"], state["kpo_location"]) == (True, "offshore", "nearshore")


def test_the_seed_range_marked_offshore_opens_as_a_quote_not_as_the_seed(book):
    # the page shows the price book's range at its own row's location; the same numbers from offshore are a quote
    ref = scenario_from_dict({"function": "Customer service", "workload": {"fte": 10}}, book).bpo
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", ref.low, ref.high, source=ref.source,
                                                         option="bpo", location="offshore"))
    state = widget_state(s, book)
    assert state["bpo_use_quote"] is True and state["bpo_location"] == "offshore"
    assert "bpo_location" not in widget_state(Scenario("Customer service", 10, bpo=ref), book)


# --- the tidy CSV ---------------------------------------------------------------------------------------------

def test_the_tidy_table_says_where_each_vendor_option_is_delivered_from():
    table = tidy_table(estimate(Scenario("Customer service", 10, bpo=offshore_quote())))
    assert COLUMNS[-1] == "location"
    assert set(table.loc[table.option == "bpo", "location"]) == {"offshore"}
    assert set(table.loc[table.option == "in_house", "location"]) == {""}  # in-house: no vendor, no location
    assert set(table.loc[table.option == "kpo", "location"]) == {""}  # no KPO price for customer service: none
    back = read_tidy_csv(to_csv_bytes(table))
    pd.testing.assert_frame_equal(back, rounded(table), check_exact=True)


def test_a_tidy_csv_from_before_the_column_still_reads():
    table = tidy_table(estimate(Scenario("Customer service", 10)))
    old = to_csv_bytes(table.drop(columns="location"))
    back = read_tidy_csv(old)
    assert list(back.columns) == list(COLUMNS)
    assert set(back.location) == {""}


# --- the mix of functions ------------------------------------------------------------------------------------

TWO_ROWS = [
    {"function": "Customer service", "workload": 10, "basis": "fte", "option": "bpo", "quote_low": 8,
     "quote_high": 12, "location": "offshore"},
    {"function": "Customer service", "workload": 10, "basis": "fte", "option": "bpo", "quote_low": 28,
     "quote_high": 36, "location": "onshore"},
]


def test_one_function_priced_from_two_places_in_one_mix(book):
    p = portfolio_from_table(TWO_ROWS, book)
    assert [(r.function, r.bpo.location, r.bpo.low) for r in p.rows] == [
        ("Customer service", "offshore", 8.0), ("Customer service", "onshore", 28.0)]
    # the same work at the same volume: BPO fees go with the rate, 32 / 10 = 3.2 times at the midpoint
    fees = [next(c.cost.mid for c in estimate(p.scenario(i)).bpo.components if c.name == "fees") for i in (0, 1)]
    assert fees[1] / fees[0] == pytest.approx(3.2)
    tidy = portfolio_tidy_table(estimate_portfolio(p))
    chosen = tidy[tidy.component == "chosen"]
    assert list(chosen.location) == ["offshore", "onshore"]
    # the table and the file carry the locations back
    assert [r["location"] for r in table_rows(p, book)] == ["offshore", "onshore"]
    assert load_portfolio(dump_portfolio(p), book) == p


def test_a_row_without_a_quote_takes_the_books_row_at_its_location(book):
    two = parse_price_book(TWO_PLACES, "two.csv")
    p = portfolio_from_table([{"function": "Customer service", "workload": 5, "option": "bpo",
                               "location": "offshore"}], two)
    assert (p.rows[0].bpo.low, p.rows[0].bpo.location) == (8.0, "offshore")
    assert table_rows(p, two)[0]["quote_low"] is None  # the book's range, not a quote
    # an empty cell is "not stated": the seed range as it is
    seed = portfolio_from_table([{"function": "Customer service", "workload": 5, "option": "bpo"}], book)
    assert seed.rows[0].bpo.location == NOT_STATED and table_rows(seed, book)[0]["location"] is None


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        ({"option": "bpo", "location": "offshore"}, "location", "no offshore BPO price for Customer service"),
        ({"option": "in_house", "location": "offshore"}, "location", "a location is for the chosen vendor option"),
        ({"option": "bpo", "quote_low": 8, "quote_high": 12, "location": "moon"}, "location",
         "must be one of onshore, nearshore, offshore"),
    ],
    ids=["no-book-row-there", "in-house", "unknown"],
)
def test_a_bad_location_cell_names_its_row_and_column(book, row, column, message):
    rows = [{"function": "Research and analysis", "workload": 3, "option": "kpo"},
            {"function": "Customer service", "workload": 5, **row}]
    with pytest.raises(TableError) as err:
        portfolio_from_table(rows, book)
    assert (err.value.row, err.value.column) == (2, column)
    assert err.value.message.startswith("Row 2 (Customer service), Delivered from: ")
    assert message in err.value.message


# --- the page -----------------------------------------------------------------------------------------------

def test_an_offshore_quote_shows_offshore_in_the_results(monkeypatch):
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    # the seed range: its location is shown as not stated, and cannot be chosen
    assert not [s for s in at.selectbox if s.key == "bpo_location"]
    assert any(c.value.startswith("Location not stated · Range") for c in at.caption)
    at.toggle(key="bpo_use_quote").set_value(True).run()
    at.number_input(key="bpo_quote_low").set_value(8.0).run()
    at.number_input(key="bpo_quote_high").set_value(12.0).run()
    at.selectbox(key="bpo_location").set_value("offshore").run()
    assert not at.exception, at.exception
    assert any(c.value.startswith("Offshore · Range") for c in at.caption)
    assert at.session_state[CURRENT].bpo.location == "offshore"
    # the Sources page's price table says where each seed price is delivered from: not stated, every row
    at.switch_page("views/sources.py").run()
    assert not at.exception, at.exception
    prices = at.table[0].value
    assert set(prices["Delivered from"]) == {"Location not stated"}
    assert len(prices) == 13  # every row of data/pricing.csv


def test_the_mix_page_prices_one_function_from_two_places(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("views/portfolio.py").run()
    # the starter's customer service row quoted from offshore, and a second customer-service row from onshore
    at.session_state["mix_editor"] = {
        "edited_rows": {0: {"quote_low": 8.0, "quote_high": 12.0, "location": "offshore"}},
        "added_rows": [{"function": "Customer service", "workload": 10.0, "basis": "fte", "option": "bpo",
                        "quote_low": 28.0, "quote_high": 36.0, "location": "onshore"}],
        "deleted_rows": []}
    at.run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    table = next(shown(t) for t in at.table if "Price used" in t.value.columns)
    # the in-house row is delivered from nowhere: a dash, not a blank (views.tables.NOTHING, drawn as "—")
    assert list(table["Delivered from"]) == ["Offshore", "*—*", "Location not stated", "Onshore"]
    assert list(table["Function"]).count("Customer service") == 2
