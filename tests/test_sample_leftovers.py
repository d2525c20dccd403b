"""Behaviours behind mutants of the scored sample (scripts/mutation-sample.txt) that no test could fail: each test
is the rule a user meets, written out in full."""

from __future__ import annotations

import pytest
from typed_pay import typed

from estimator.scenario import InputError, Scenario, VendorPrice


def test_a_contacts_workload_without_queues_says_both_halves_of_the_rule() -> None:
    # the basis "contacts" needs the queues (contact_centre), and queues need that basis: one message for both
    with pytest.raises(InputError) as err:
        Scenario("Customer service", 100, "contacts")
    assert err.value.field == "workload.contacts"
    assert err.value.reason == ("a contact-volume workload needs its queues, and queues need the contacts "
                                "workload basis")


def _euro_comparison(worked_example: Scenario):

    from estimator.compare import compare

    return compare([typed(worked_example, currency="EUR", name="A"), typed(worked_example, currency="EUR", name="B",
                                                                             workload=20)])


def test_comparison_charts_in_euros_say_euros_in_titles_axes_and_every_hover(worked_example: Scenario) -> None:
    from estimator.compare_charts import cost_per_option_figure, cumulative_figure, savings_spread_figure

    compared = _euro_comparison(worked_example)
    cost = cost_per_option_figure(compared)
    assert cost.layout.yaxis.title.text == "Cost a month, EUR"
    cumulative = cumulative_figure(compared)
    assert cumulative.layout.yaxis.title.text == "Cumulative cost, EUR"
    # "Lowest total by the end: A · In-house, €…": the amount in euros, not dollars
    title = cumulative.layout.title.text
    assert title.startswith("Lowest total by the end: ") and "€" in title and "$" not in title
    # the P50, P10 and P90 of a savings spread, each in euros (x: the option, y: the P50, customdata: P10 and P90)
    (spread, *_) = savings_spread_figure(compared).data
    assert spread.hovertemplate == ("%{x}: P50 %{y:,.0f} EUR (P10 %{customdata[0]:,.0f} EUR, "
                                    "P90 %{customdata[1]:,.0f} EUR)<extra>%{fullData.name}</extra>")


def test_a_tidy_csv_giving_one_input_twice_is_refused() -> None:
    import pandas as pd

    from estimator.interchange import input_rows, inputs_from_tidy

    table = input_rows(Scenario("Customer service", 10))
    row = table[table.component == "in_house.shrinkage"]
    assert len(row) == 1
    with pytest.raises(InputError) as err:
        inputs_from_tidy(pd.concat([table, row], ignore_index=True))
    assert (err.value.field, err.value.reason) == ("tidy CSV input in_house.shrinkage", "is given twice")


def test_a_mix_row_that_is_not_a_row_or_chooses_an_unpriced_option_says_which() -> None:
    from estimator.portfolio import Portfolio, PortfolioRow

    with pytest.raises(InputError) as err:
        Portfolio((object(),))  # type: ignore[arg-type]
    assert (err.value.field, err.value.reason) == ("rows[0]", "must be a portfolio row, got object")
    # a row with a BPO quote and no KPO one chooses KPO: the choices are in-house or BPO
    with pytest.raises(InputError) as err:
        Portfolio((PortfolioRow("Customer service", 10, option="kpo", bpo=VendorPrice("per_hour", 20, 30)),))
    assert err.value.field == "rows[0].option"
    assert err.value.reason == ("Customer service has no KPO price or quote; choose In-house or BPO, or enter a KPO "
                                "quote")


def test_a_book_price_chosen_by_location_is_billed_per_employee_served(book) -> None:
    from estimator.scenario import scenario_from_dict

    # human resources' BPO price is per month per employee served: 7 HR FTE serve 7 × 100 / 1.4 = 500 employees
    s = scenario_from_dict({"function": "Human resources", "workload": {"fte": 7},
                            "bpo": {"location": "not_stated"}}, book)
    assert s.bpo is not None and s.bpo.basis == "per_month" and s.bpo.units == 500
