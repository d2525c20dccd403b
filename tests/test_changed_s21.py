"""Session 21's mutation run (issue 7) over the functions of estimator/ changed in session 20 (346d693..4a8420d): plain
unit tests (no AppTest, so mutation runs keep them) for the survivors. tests/test_small_s20.py holds session 20's own
tests of the Python API's dollar defaults, but it imports AppTest, so mutation runs leave it out whole. Every expected
value is worked by hand in its comment."""

from __future__ import annotations

import pytest

from estimator.captive import CaptiveInputs
from estimator.currency import ExchangeRate
from estimator.formatting import _occurrences, page_figures
from estimator.interchange import input_unit
from estimator.scenario import InHouseInputs, InputError, Scenario, VendorManagement

RUPEES = (ExchangeRate("USD", "INR", 84.0),)  # 1 USD = 84 INR


# --- formatting: a typed name kept as typed under a comma locale ---------------------------------------------------


def test_every_occurrence_of_a_part_is_found_overlapping_ones_too():
    # "ab" starts at 0, 2 and 5 of "abab ab"; "aa" at 0, 1 and 2 of "aaaa" (overlapping)
    assert _occurrences("abab ab", "ab") == [0, 2, 5]
    assert _occurrences("aaaa", "aa") == [0, 1, 2]
    assert _occurrences("abc", "x") == []


def test_a_name_typed_twice_is_kept_both_times():
    # de_DE writes the app's 1,234.5 as 1.234,5; both "Plan 1.5"s stay as typed, not only the last one
    text = "'Plan 1.5' and 'Plan 1.5' cost $1,234.5"
    assert page_figures(text, "de_DE", keep=("Plan 1.5",)) == "'Plan 1.5' and 'Plan 1.5' cost $1.234,5"


def test_a_figure_right_after_a_kept_name_is_still_the_apps_and_an_empty_name_keeps_nothing():
    # "$1,234.5" starts where "Plan 1.5" ends: it is no part of the name, so it reads "$1.234,5"
    assert page_figures("Plan 1.5$1,234.5", "de_DE", keep=("Plan 1.5",)) == "Plan 1.5$1.234,5"
    # an empty name (a scenario not yet named) is found nowhere: every figure is the app's
    assert page_figures("Plan 1.5 costs $1,234.5", "de_DE", keep=("",)) == "Plan 1,5 costs $1.234,5"


# --- assumptions: a range of money written as money ----------------------------------------------------------------


def test_a_money_assumptions_range_in_the_currency_asked_or_its_own():
    from dataclasses import replace

    from estimator.assumptions import ASSUMPTIONS, CAPTIVE_ASSUMPTIONS

    salary, overhead = ASSUMPTIONS["annual_salary"], ASSUMPTIONS["overhead_per_fte_month"]
    # euros are written the Irish way, the symbol before the figure: "€31,200"; "USD/year" read as "a year"
    assert salary.money_range(31_200, 52_000, "EUR") == "€31,200–€52,000 a year"
    # a scenario's own assumption carries its currency in its unit ("EUR/month"), with no currency asked
    assert replace(overhead, unit="EUR/month").money_range(1_514, 3_028) == "€1,514–€3,028 a month"
    # the captive's pay is rupees a month at source; a Swiss franc code stands apart from the figure (no-break space)
    assert CAPTIVE_ASSUMPTIONS["captive_entry_pay_month"].money_range(20_000, 30_000) == "₹20,000–₹30,000 a month"
    assert ASSUMPTIONS["cost_per_hire"].money_range(4_129, 4_129, "CHF") == "CHF\xa04,129 per hire"
    # no money: None (a share, hours a year; a scenario's share keeps its words)
    assert ASSUMPTIONS["paid_hours_per_year"].money_range(1_800, 2_000) is None
    assert ASSUMPTIONS["shrinkage"].money_range(0.2, 0.4, "EUR") is None


# --- interchange: an input row's currency and unit ----------------------------------------------------------------


def test_a_captives_pay_names_the_captives_currency_and_its_period():
    # the captive's entry pay is rupees a month (CAPTIVE_ASSUMPTIONS: "INR/month"), its senior pay rupees a year,
    # its shares a share; the input's path is "captive.<field>", its assumption "captive_<field>"
    s = Scenario("Customer service", 12, captive=CaptiveInputs(), exchange_rates=RUPEES)
    assert input_unit(s, "captive.entry_pay_month") == ("INR", "INR/month")
    assert input_unit(s, "captive.senior_pay_year") == ("INR", "INR/year")
    assert input_unit(s, "captive.bonus_share") == ("", "share")


def test_each_kind_of_input_names_its_own_currency_and_unit():
    from estimator.scenario import VendorPrice

    # reported in dollars, the team paid in pounds (1 USD = 0.8 GBP): the team's money in GBP, the vendor manager's
    # pay in the reporting USD, the BPO's quote in its own (here the reporting) currency per productive hour
    s = Scenario("Customer service", 10, in_house=InHouseInputs(currency="GBP"), bpo=VendorPrice("per_hour", 20, 30),
                 exchange_rates=(ExchangeRate("USD", "GBP", 0.8),))
    want = {
        "in_house.annual_salary": ("GBP", "GBP/year"), "in_house.overhead_per_fte_month": ("GBP", "GBP/month"),
        "in_house.cost_per_hire": ("GBP", "GBP/hire"), "ranges.annual_salary.high": ("GBP", "GBP/year"),
        "vendor_management.governance_salary": ("USD", "USD/year"),
        "bpo.low": ("USD", "USD per productive hour"), "bpo.mode": ("USD", "USD per productive hour"),
        "kpo.high": ("", "share"),  # no KPO quote: a break-even price row's "share"
        "ranges.shrinkage.low": ("", "share"), "in_house.shrinkage": ("", "share"),
        "in_house.paid_hours_per_year": ("", "hours/year"), "in_house.span_of_control": ("", "staff per supervisor"),
        "vendor_management.governance_min_fte": ("", "FTE"),
        "workload.fte": ("", "FTE"), "workload.hours_per_month": ("", "hours/month"),
        # no unit of their own: a quote's billed units, a seed, a path of three parts outside ranges and the captive
        "workload.contacts": ("", ""), "bpo.units": ("", ""), "uncertainty.seed": ("", ""),
        "in_house.annual_salary.extra": ("", ""),
    }
    assert {path: input_unit(s, path) for path in want} == want


# --- scenario: the Python API's dollar defaults refused without a rate -------------------------------------------


def test_a_rupee_scenario_without_a_dollar_rate_names_every_default_not_given():
    # five money fields left at the sources' dollars (four in-house, the vendor manager's pay), all wanted in INR
    with pytest.raises(InputError) as caught:
        Scenario("Customer service", 10, currency="INR")
    assert caught.value.field == "exchange_rates.USD.rate"
    assert caught.value.reason == (
        'give how many USD one INR buys, exchange_rates=(ExchangeRate("INR", "USD", ...),): in_house.annual_salary, '
        "in_house.supervisor_salary, in_house.overhead_per_fte_month, in_house.cost_per_hire and "
        "vendor_management.governance_salary are not given, and the sources' defaults are US dollars, converted to "
        "INR at that rate; or give them in INR")


def _raised(**kw) -> InputError:
    with pytest.raises(InputError) as caught:
        Scenario("Customer service", 10, **kw)
    return caught.value


def test_one_default_not_given_is_named_alone():
    # the in-house figures typed (plain floats, kept as rupees): only the vendor manager's dollar pay wants the rate
    typed = InHouseInputs(annual_salary=3_000_000.0, supervisor_salary=4_000_000.0, overhead_per_fte_month=150_000.0,
                          cost_per_hire=300_000.0, currency="INR")
    assert _raised(currency="INR", in_house=typed).reason == (
        'give how many USD one INR buys, exchange_rates=(ExchangeRate("INR", "USD", ...),): '
        "vendor_management.governance_salary is not given, and the sources' default is US dollars, converted to INR "
        "at that rate; or give it in INR")


def test_defaults_wanted_in_two_currencies_say_which_goes_where():
    # reported in pounds, the team paid in euros (1 GBP = 1.2 EUR given), no dollar rate: the in-house figures are
    # wanted in EUR, the vendor manager's pay in GBP
    e = _raised(currency="GBP", in_house=InHouseInputs(currency="EUR"), exchange_rates=(ExchangeRate("GBP", "EUR", 1.2),))
    assert e.field == "exchange_rates.USD.rate"
    assert e.reason == (
        'give how many USD one GBP buys, exchange_rates=(ExchangeRate("GBP", "USD", ...),): in_house.annual_salary, '
        "in_house.supervisor_salary, in_house.overhead_per_fte_month, in_house.cost_per_hire and "
        "vendor_management.governance_salary are not given, and the sources' defaults are US dollars, converted at "
        "that rate (the in-house figures to EUR, the vendor manager's pay to GBP); or give them yourself")


def test_a_default_set_by_its_range_is_not_asked_for():
    # a salary range (rupees) sets the salary: the other four defaults are still the sources' dollars
    from estimator.scenario import InputRange

    e = _raised(currency="INR", ranges=(InputRange("annual_salary", 2_000_000.0, 4_000_000.0),))
    assert ": in_house.supervisor_salary, in_house.overhead_per_fte_month, in_house.cost_per_hire and " \
           "vendor_management.governance_salary are not given" in e.reason
    # the same range given as a set (the Python API sorts any collection of ranges into a tuple): the salary is
    # still set by it, not named among the defaults wanted (session 23's mutation run, _convert_sourced_dollars 3)
    e = _raised(currency="INR", ranges={InputRange("annual_salary", 2_000_000.0, 4_000_000.0)})
    assert ": in_house.supervisor_salary, in_house.overhead_per_fte_month, in_house.cost_per_hire and " \
           "vendor_management.governance_salary are not given" in e.reason


def test_the_dollar_defaults_convert_at_the_scenarios_dollar_rate():
    # 1 INR = 0.0125 USD, so a dollar is 1 / 0.0125 = 80 rupees: $41,600 × 80 = 3,328,000; $58,450 × 80 = 4,676,000;
    # $2,187 × 80 = 174,960; $4,129 × 80 = 330,320; the vendor manager's $98,580 × 80 = 7,886,400
    s = Scenario("Customer service", 10, currency="INR", exchange_rates=(ExchangeRate("INR", "USD", 0.0125),))
    h = s.in_house
    assert (h.annual_salary, h.supervisor_salary, h.overhead_per_fte_month, h.cost_per_hire) == \
        (3_328_000, 4_676_000, 174_960, 330_320)
    assert s.vendor_management.governance_salary == 7_886_400
    # a figure typed is kept as typed (98,580 rupees is a figure someone may mean)
    s = Scenario("Customer service", 10, currency="INR", exchange_rates=(ExchangeRate("INR", "USD", 0.0125),),
                 vendor_management=VendorManagement(governance_salary=98_580.0))
    assert (s.in_house.annual_salary, s.vendor_management.governance_salary) == (3_328_000, 98_580)


def test_a_team_paid_in_dollars_keeps_its_dollar_defaults_and_the_manager_converts():
    # the in-house team in USD, reported in rupees at 80 to the dollar: the team's $41,600 stays; the vendor
    # manager's pay is in the reporting currency, $98,580 × 80 = 7,886,400 rupees
    s = Scenario("Customer service", 10, currency="INR", in_house=InHouseInputs(currency="USD"),
                 exchange_rates=(ExchangeRate("INR", "USD", 0.0125),))
    assert (s.in_house.annual_salary, s.in_house.cost_per_hire) == (41_600, 4_129)
    assert s.vendor_management.governance_salary == 7_886_400
    # reported in dollars, a team paid in rupees (1 USD = 80 INR) converts its four, the manager keeps $98,580
    s = Scenario("Customer service", 10, in_house=InHouseInputs(currency="INR"),
                 exchange_rates=(ExchangeRate("USD", "INR", 80.0),))
    assert (s.in_house.annual_salary, s.in_house.overhead_per_fte_month) == (3_328_000, 174_960)
    assert s.vendor_management.governance_salary == 98_580


def test_sourced_dollars_read_copy_and_pickle_as_themselves():
    import copy
    import pickle

    from estimator.scenario import SourcedDollars

    a = SourcedDollars(98_580.0)
    assert repr(a) == "98580.0" and a == 98_580.0
    for b in (copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a))):
        assert type(b) is SourcedDollars and b == 98_580.0


def test_a_file_without_a_dollar_rate_says_which_defaults_it_left_out(book):
    # the file's own words: the rate as JSON, the fields "left out" (the API's are "not given")
    from estimator.scenario import scenario_from_dict

    with pytest.raises(InputError) as caught:
        scenario_from_dict({"function": "Customer service", "currency": "INR", "workload": {"fte": 10}}, book)
    assert caught.value.field == "exchange_rates.USD.rate"
    assert caught.value.reason == (
        'give how many USD one INR buys, "exchange_rates": {"USD": {"rate": ...}}: in_house.annual_salary, '
        "in_house.supervisor_salary, in_house.overhead_per_fte_month, in_house.cost_per_hire and "
        "vendor_management.governance_salary are left out, and the sources' defaults are US dollars, converted to "
        "INR at that rate; or give them in INR")


# --- currency: a drift the other way round ---------------------------------------------------------------------------


def test_a_drift_flipped_by_hand_and_at_its_limits():
    from estimator.currency import MAX_DRIFT, MIN_DRIFT, flipped_drift

    # 1 / 1.25 - 1 = -0.2; 1 / 0.8 - 1 = 0.25; 1 / 1 - 1 = 0
    assert flipped_drift(0.25) == pytest.approx(-0.2, abs=1e-12)
    assert flipped_drift(-0.2) == pytest.approx(0.25, abs=1e-12)
    assert flipped_drift(0.0) == 0.0
    # the limits are -1/3 and +1/2 a year, each the other's flip (1 / 1.5 - 1 = -1/3, 1 / (2/3) - 1 = 1/2), clamped
    # so that a float a hair outside stays inside
    assert MIN_DRIFT <= flipped_drift(MAX_DRIFT) <= MIN_DRIFT + 1e-12
    assert MAX_DRIFT - 1e-12 <= flipped_drift(MIN_DRIFT) <= MAX_DRIFT


# --- interchange and export: a number read from mid wherever its unit -----------------------------------------------


def test_a_row_holds_text_only_with_a_unit_and_no_number():
    from estimator.interchange import holds_text

    nan = float("nan")
    # JSON in unit and nothing in mid (NaN as pandas reads an empty cell, None, "" or blanks as text): text
    assert [holds_text(mid, '"per_hour"') for mid in (nan, None, "", "  ")] == [True, True, True, True]
    # a number in mid, whatever its unit ("USD/year", or the same number read as text): a number
    assert [holds_text(mid, "USD/year") for mid in (41_600.0, "41600", 0.0)] == [False, False, False]
    # no unit at all: a number row (empty mid or not)
    assert [holds_text(mid, "") for mid in (nan, 10.0)] == [False, False]


def test_input_rows_keep_their_digits_and_result_rows_are_rounded():
    import pandas as pd

    from estimator.export import rounded

    # money rows to the cent (1,091.9999999999998 -> 1,092.0), FTE to two places (10.567 -> 10.57); an input row
    # keeps what was given, money or FTE (41,600.123 and 10.567)
    t = pd.DataFrame({"period": ["input", "total", "input", "total"], "low": [41_600.123, 1_091.9999999999998,
                      10.567, 10.567], "currency": ["USD", "USD", "", ""], "unit": ["USD/year", "USD", "FTE", "FTE"]})
    t["mid"], t["high"] = t["low"], t["low"]
    assert rounded(t)["mid"].tolist() == [41_600.123, 1_092.0, 10.567, 10.57]
    # a table without a period column (a result table alone) is rounded throughout
    assert rounded(t.drop(columns="period"))["mid"].tolist() == [41_600.12, 1_092.0, 10.57, 10.57]


def test_a_dollar_file_with_a_quote_in_pounds_reads(book):
    # the team's headcount is worked out without prices and with the in-house currency's rates only (none here): the
    # pound's rate, which only the quote uses, must not reach that probe ("no amount is in GBP")
    from estimator.scenario import scenario_from_dict

    s = scenario_from_dict({"function": "Customer service", "workload": {"fte": 10}, "exchange_rates": {"GBP": {"rate": 0.8}},
                            "bpo": {"basis": "per_hour", "low": 16, "high": 24, "currency": "GBP"}}, book)
    assert (s.bpo.currency, s.bpo.low, s.bpo.high) == ("GBP", 16, 24)
    assert [(r.source, r.target, r.rate) for r in s.exchange_rates] == [("USD", "GBP", 0.8)]


# --- verdict: a driver's range in words ------------------------------------------------------------------------------


def test_a_drivers_range_is_the_swings_not_the_quotes():
    from estimator.estimate import estimate
    from estimator.scenario import VendorPrice
    from estimator.uncertainty import Swing
    from estimator.verdict import _driver

    # the quote is $20-30 an hour; the swing tried $18 and $33: those are the ends the sentence names. Savings of
    # $100,000 and $50,000, the lesser first
    est = estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)))
    swing = Swing("BPO price", "bpo_price", 18, 33, 100_000, 50_000)
    assert _driver(est, swing) == "BPO price ($18–$33 per productive hour) puts the saving between $50,000 and $100,000"


def test_a_euro_scenarios_salary_driver_is_in_euros():
    from estimator.estimate import estimate
    from estimator.uncertainty import Swing
    from estimator.verdict import _driver

    # the salary's swing in the scenario's euros, written the Irish way: "€31,200–€52,000 a year"
    est = estimate(Scenario("Customer service", 10, currency="EUR", exchange_rates=(ExchangeRate("EUR", "USD", 1.08),)))
    swing = Swing("Salary per FTE", "annual_salary", 31_200, 52_000, 40_000, 10_000)
    assert _driver(est, swing) == "Salary per FTE (€31,200–€52,000 a year) puts the saving between €10,000 and €40,000"


def test_a_drivers_money_is_in_the_currency_each_part_is_given_in():
    from estimator.estimate import estimate
    from estimator.scenario import VendorPrice
    from estimator.uncertainty import Swing
    from estimator.verdict import _driver

    # euros: the BPO's quote (no currency of its own) in the scenario's euros
    est = estimate(Scenario("Customer service", 10, currency="EUR", bpo=VendorPrice("per_hour", 20, 30),
                            exchange_rates=(ExchangeRate("EUR", "USD", 1.08),)))
    assert _driver(est, Swing("BPO price", "bpo_price", 18, 33, 100_000, 50_000)) == \
        "BPO price (€18–€33 per productive hour) puts the saving between €50,000 and €100,000"
    # reported in dollars, the team paid in pounds (1 USD = 0.8 GBP): its salary swing in pounds, the savings in
    # dollars
    est = estimate(Scenario("Customer service", 10, in_house=InHouseInputs(currency="GBP"),
                            exchange_rates=(ExchangeRate("USD", "GBP", 0.8),)))
    assert _driver(est, Swing("Salary per FTE", "annual_salary", 25_000, 40_000, 10_000, 40_000)) == \
        "Salary per FTE (£25,000–£40,000 a year) puts the saving between $10,000 and $40,000"
    # the rate's yearly change: whole percent, "to" once an end is negative (a dash beside a minus reads badly),
    # a dash from 0% up
    drifts = {(-0.05, 0.03): "-5% to 3%", (0.0, 0.05): "0%–5%", (0.02, 0.05): "2%–5%"}
    for (low, high), words in drifts.items():
        swing = Swing("GBP per USD, yearly change", "in_house_fx_drift", low, high, 10_000, 40_000)
        assert _driver(est, swing) == f"GBP per USD, yearly change ({words} a year) puts the saving between $10,000 " \
                                      "and $40,000"


def test_an_input_row_of_text_holds_its_json_as_typed_with_no_currency_or_location():
    from estimator.interchange import input_rows
    from estimator.scenario import VendorPrice

    rows = input_rows(Scenario("Customer service", 10, name="Plan für Zürich", bpo=VendorPrice("per_hour", 20, 30)))
    rows = rows.set_index("component")
    # the name as JSON text, its umlauts as typed (not \u00fc); text has no currency, no input has a location
    assert rows.loc["name", "unit"] == '"Plan für Zürich"' and rows.loc["bpo.basis", "unit"] == '"per_hour"'
    assert set(rows["location"]) == {""}
    assert rows.loc["name", "currency"] == "" and rows.loc["bpo.basis", "currency"] == ""
    # a number's row: its value in low, mid and high, its currency and unit named
    assert tuple(rows.loc["bpo.low", ["low", "mid", "high", "currency", "unit"]]) == \
        (20.0, 20.0, 20.0, "USD", "USD per productive hour")


def test_a_rupee_files_dollar_defaults_convert_and_its_own_figures_stay(book):
    from estimator.scenario import scenario_from_dict

    # 1 INR = 0.0125 USD: a dollar is 80 rupees. Left out: the salary $41,600 × 80 = 3,328,000 and the vendor
    # manager's $98,580 × 80 = 7,886,400. Given: the governance team's 1.5 FTE at least, kept
    data = {"function": "Customer service", "currency": "INR", "workload": {"fte": 10},
            "exchange_rates": {"USD": {"rate": 0.0125}}}
    s = scenario_from_dict(data, book)
    assert (s.in_house.annual_salary, s.vendor_management.governance_salary) == (3_328_000, 7_886_400)
    s = scenario_from_dict({**data, "vendor_management": {"governance_salary": 5_000_000, "governance_min_fte": 1.5}},
                           book)
    assert (s.vendor_management.governance_salary, s.vendor_management.governance_min_fte) == (5_000_000, 1.5)


def test_a_dollar_scenario_keeps_its_defaults_as_the_sources_dollars_until_it_changes_currency():
    from dataclasses import replace

    from estimator.scenario import SourcedDollars

    # in dollars a default is the sources' figure as it stands ($41,600), still marked as the sources' dollars, so
    # that the same scenario turned to rupees (1 INR = 0.0125 USD: 80 rupees a dollar) converts it: 3,328,000
    s = Scenario("Customer service", 10)
    assert type(s.in_house.annual_salary) is SourcedDollars and s.in_house.annual_salary == 41_600
    rupees = replace(s, currency="INR", exchange_rates=(ExchangeRate("INR", "USD", 0.0125),))
    assert (rupees.in_house.annual_salary, rupees.vendor_management.governance_salary) == (3_328_000, 7_886_400)
