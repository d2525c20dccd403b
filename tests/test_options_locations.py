"""The option set and where a price is delivered from, as plain unit tests (mutation runs leave out doctests and
any module that imports AppTest, so the doctests of estimator/options.py and estimator/locations.py and the unit
tests in test_locations.py never judged these functions' mutants)."""

from __future__ import annotations

from estimator.locations import option_location, row_names
from estimator.options import options
from estimator.portfolio import PortfolioRow
from estimator.scenario import Scenario, VendorPrice


def test_the_option_set_and_its_subsets():
    assert options() == ("in_house", "bpo", "kpo", "captive")
    assert options(captive=False) == ("in_house", "bpo", "kpo")
    # the vendors are BPO and KPO whether or not a captive is set
    assert options(vendors_only=True) == options(vendors_only=True, captive=False) == ("bpo", "kpo")


def test_an_options_location_is_its_prices_and_empty_where_there_is_none():
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 8, 12, location="offshore", option="bpo"))
    assert option_location(s, "bpo") == "offshore"
    assert option_location(s, "kpo") == ""  # no KPO price in the seeds for customer service
    assert option_location(s, "in_house") == "" and option_location(s, "captive") == ""


def test_row_names_tell_the_same_function_apart_by_option_and_place_then_by_row():
    offshore = VendorPrice("per_hour", 8, 12, location="offshore")
    onshore = VendorPrice("per_hour", 20, 30, location="onshore")
    rows = (PortfolioRow("Customer service", 5, option="bpo", bpo=offshore),
            PortfolioRow("Customer service", 5, option="bpo", bpo=onshore),
            PortfolioRow("Research and analysis", 3))
    assert row_names(rows) == ("Customer service, BPO, offshore", "Customer service, BPO, onshore",
                               "Research and analysis")
    # the same function, option and place twice: only the row number tells them apart
    twice = (PortfolioRow("Customer service", 5, option="bpo", bpo=offshore),
             PortfolioRow("Customer service", 7, option="bpo", bpo=offshore),
             PortfolioRow("Customer service", 2, option="in_house"))
    assert row_names(twice) == ("Customer service, BPO, offshore (row 1)", "Customer service, BPO, offshore (row 2)",
                                "Customer service, In-house")


def test_the_captive_is_offshore_in_the_tidy_csv_and_in_house_has_no_location():
    from estimator.captive import CaptiveInputs
    from estimator.currency import ExchangeRate
    from estimator.estimate import estimate
    from estimator.export import tidy_table

    s = Scenario("Customer service", 10, captive=CaptiveInputs(), exchange_rates=(ExchangeRate("USD", "INR", 84.0),))
    table = tidy_table(estimate(s))
    by_option = table.groupby("option")["location"].unique()
    # the captive is an own team abroad; in-house is delivered at home; no BPO price was given, so no location
    assert list(by_option["captive"]) == ["offshore"]
    assert list(by_option["in_house"]) == [""]
    assert list(by_option["bpo"]) == [""]
