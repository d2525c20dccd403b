"""The mix-of-functions table (estimator/portfolio_table.py) and the Monte Carlo's progress callback."""

from __future__ import annotations

import math

import pytest

from estimator.export import read_tidy_csv, to_csv_bytes
from estimator.portfolio import chunk_count, estimate_portfolio, simulate_portfolio
from estimator.portfolio_table import (
    ALL_FUNCTIONS,
    TableError,
    portfolio_from_table,
    portfolio_tidy_table,
    table_rows,
)
from estimator.scenario import Uncertainty

CS = {"function": "Customer service", "workload": 10.0, "basis": "fte", "option": "bpo"}
HR = {"function": "Human resources", "workload": 2.0, "basis": "fte", "option": "in_house", "annual_salary": 60_000.0}
LEGAL = {"function": "Legal process", "workload": 320.0, "basis": "hours_per_month", "option": "kpo",
         "quote_low": 60.0, "quote_high": 90.0}
BLANK = {"function": None, "workload": math.nan, "basis": None, "annual_salary": math.nan, "option": None,
         "quote_low": math.nan, "quote_high": math.nan}


def wages(est) -> float:
    return next(c.cost.mid for c in est.in_house.components if c.name == "wages")


def test_each_column_reaches_its_function(book):
    p = portfolio_from_table([CS, BLANK, HR, LEGAL], book)  # a blank row (being added) is left out
    assert p.functions == ("Customer service", "Human resources", "Legal process")
    pe = estimate_portfolio(p)
    # pay given: 2 FTE × $60,000 / 12 = $10,000 of wages a month
    assert wages(pe.estimates[1]) == pytest.approx(10_000)
    # pay empty: customer service's default, the agent wage $41,600 a year: 10 × 41,600 / 12 = $34,666.67
    assert wages(pe.estimates[0]) == pytest.approx(34_666.67, abs=0.01)
    # the quote, on the price book's basis for legal KPO work (per hour), for 320 productive hours
    assert (p.rows[2].kpo.basis, p.rows[2].kpo.low, p.rows[2].kpo.high) == ("per_hour", 60.0, 90.0)
    assert p.scenario(2).workload == 320.0 and p.scenario(2).workload_basis == "hours_per_month"
    assert [r.option for r in p.rows] == ["bpo", "in_house", "kpo"]


@pytest.mark.parametrize(("row", "message"), [
    ({**CS, "function": None}, "Row 2, Function: choose the work this row prices"),
    ({**CS, "workload": math.nan}, "Row 2 (Customer service), Workload: is empty"),
    ({**CS, "workload": "ten"}, "Row 2 (Customer service), Workload: must be a number, got 'ten'"),
    ({**CS, "workload": -3.0}, "Row 2 (Customer service), Workload: must be from 0"),
    ({**CS, "annual_salary": -1.0}, "Row 2 (Customer service), In-house pay: "),
    ({**CS, "quote_low": 20.0}, "Row 2 (Customer service), Quote, high: give both ends"),
    ({**CS, "quote_low": 30.0, "quote_high": 20.0}, "Row 2 (Customer service), Quote, low: low 30 must not be above"),
    ({**CS, "option": "in_house", "quote_low": 1.0, "quote_high": 2.0},
     "Row 2 (Customer service), Quote, low: a quote is for the chosen vendor option"),
    ({**CS, "option": "kpo"}, "Row 2 (Customer service), Chosen option: Customer service has no KPO price or quote"),
    ({**CS, "function": "Payroll"}, "Row 2 (Payroll), Function: 'Payroll' is not in the price book"),
])
def test_a_bad_cell_is_named_by_row_and_column(book, row, message):
    with pytest.raises(TableError) as caught:
        portfolio_from_table([HR, row], book)
    assert caught.value.message.startswith(message), caught.value.message
    assert caught.value.row == 2


def test_an_empty_table_says_so(book):
    with pytest.raises(Exception, match="add at least one function"):
        portfolio_from_table([BLANK], book)


def test_the_table_of_a_portfolio_gives_the_same_portfolio(book):
    p = portfolio_from_table([CS, HR, LEGAL], book, name="Back office")
    rows = table_rows(p, book)
    assert rows[0]["annual_salary"] is None and rows[0]["quote_low"] is None  # defaults stay empty
    assert rows[1]["annual_salary"] == 60_000.0 and (rows[2]["quote_low"], rows[2]["quote_high"]) == (60.0, 90.0)
    assert portfolio_from_table(rows, book, name="Back office") == p


def test_the_tidy_table_carries_each_function_and_each_plan(book):
    pe = estimate_portfolio(portfolio_from_table([CS, HR], book, name="Mix"))
    table = portfolio_tidy_table(pe)
    assert set(table["scenario"]) == {"Mix"}
    assert set(table["function"]) == {"Customer service", "Human resources", ALL_FUNCTIONS}
    chosen = table[table.component == "chosen"].set_index("function")
    assert chosen.loc["Customer service", "option"] == "bpo"
    # the chosen rows add up to the mix's plan total
    plans = table[table.component == "plan_horizon_total"].set_index("option")
    assert chosen["mid"].sum() == pytest.approx(plans.loc["mix", "mid"])
    assert plans.loc["in_house", "mid"] == pytest.approx(pe.in_house.horizon_total.mid)
    assert len(read_tidy_csv(to_csv_bytes(table))) == len(table)


def test_the_monte_carlo_reports_each_chunk(book):
    p = portfolio_from_table([CS, HR], book)
    p = type(p)(p.rows, uncertainty=Uncertainty(draws=500))
    # 2 functions × ceil(500 / 200) = 2 × 3 chunks
    assert chunk_count(p, 200) == 6
    seen: list[tuple[int, int]] = []
    simulate_portfolio(p, chunk=200, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(k, 6) for k in range(1, 7)]
