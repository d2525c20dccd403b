"""Whose figure an input's source line names (session 27's walk): a salary typed on the IT page, $85,000, was listed
on the page's "Where each default comes from", in the report, the deck and the workbook with the BLS median it had
replaced, "BLS Occupational Outlook Handbook ... median $49,770", as if the BLS stated $85,000. A figure or range the
user gave now says so, and names the default and its source (estimator.meeting.source_rows)."""

from __future__ import annotations

from typed_pay import typed_pay

from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.meeting import source_lines, source_rows
from estimator.scenario import InHouseInputs, InputRange, Scenario

IT = "IT and software operations"
BLS = "BLS Occupational Outlook Handbook: computer user support specialists, median $49,770 (May 2021)"
AGENTS = "US contact-centre agent pay $15-25 an hour x 2,080 h (climbtheladder"  # the start of the sources' own


def _source(s: Scenario, label: str = "Salary per FTE") -> str:
    (source,) = [src for lab, _, src in source_rows(estimate(s)) if lab == label]
    return source


def test_a_typed_salary_is_the_users_with_the_default_and_its_source_beside_it():
    assert _source(Scenario(IT, 10, in_house=InHouseInputs(annual_salary=85_000))) == \
        f"Your figure (default 49,770 USD/year: {BLS})"
    # as the page starts it, the function's own pay: the BLS median, as before
    assert _source(Scenario(IT, 10, in_house=InHouseInputs(annual_salary=49_770))) == BLS


def test_a_scenario_built_in_python_at_the_sources_figure_cites_that_figure():
    # Scenario(IT, 10) takes the dataclass's $41,600 (the contact-centre pay), not IT's: its source is that figure's
    assert _source(Scenario(IT, 10)).startswith(AGENTS)


def test_a_share_typed_names_the_default_in_percent():
    # shrinkage 25% against the sources' 30%
    assert _source(Scenario("Customer service", 10, in_house=InHouseInputs(shrinkage=0.25)), "Shrinkage").startswith(
        "Your figure (default 30%: Commonly 30-35% (GoTo)")


def test_a_range_of_ones_own_against_the_sources_range():
    # the sources' range for agent pay: $15-25 an hour x 2,080 hours = $31,200-52,000 a year
    own = Scenario("Customer service", 10, ranges=(InputRange("annual_salary", 31_200, 60_000),))
    assert _source(own).startswith("Your range (default 31,200–52,000 USD/year: " + AGENTS)
    theirs = Scenario("Customer service", 10, ranges=(InputRange("annual_salary", 31_200, 52_000),))
    assert _source(theirs).startswith(AGENTS)


def test_in_another_currency_the_default_is_converted_as_the_pages_convert_it():
    rate = (ExchangeRate("EUR", "USD", 1.25),)  # 1 EUR = 1.25 USD: $41,600 is 41,600 / 1.25 = 33,280 EUR
    at_default = Scenario("Customer service", 10, currency="EUR", exchange_rates=rate,
                          **typed_pay(InHouseInputs(annual_salary=33_280.0)))
    assert _source(at_default).startswith(AGENTS)
    own = Scenario("Customer service", 10, currency="EUR", exchange_rates=rate,
                   **typed_pay(InHouseInputs(annual_salary=40_000.0)))
    assert _source(own).startswith("Your figure (default 33,280 EUR/year: " + AGENTS)
    # no dollar rate: no default could be given in euros, so the figure is the user's
    no_rate = Scenario("Customer service", 10, currency="EUR", **typed_pay(InHouseInputs(annual_salary=40_000.0)))
    assert _source(no_rate).startswith("Your figure (the sources' default is in US dollars: " + AGENTS)


def test_the_reports_deck_and_workbook_lines_say_it_too():
    # source_lines: what the report's and workbook's Sources and the deck's sources slides print
    lines = source_lines(estimate(Scenario(IT, 10, in_house=InHouseInputs(annual_salary=85_000))))
    assert f"Salary per FTE 85,000 USD/year: Your figure (default 49,770 USD/year: {BLS})" in lines
