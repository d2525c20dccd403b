"""Currencies through the model: a hand-computed conversion, there and back, and a Monte Carlo with no drift.

The rate is written as "1 USD = 83.0 INR" (``ExchangeRate("USD", "INR", 83.0)``, the reporting currency first)
and its drift is the yearly change of that 83.0.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typed_pay import typed_pay

from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.params import draws
from estimator.projection import project
from estimator.scenario import (
    IN_HOUSE_MONEY,
    BusinessCase,
    InHouseInputs,
    InputError,
    Scenario,
    Uncertainty,
    VendorPrice,
    scenario_from_dict,
    scenario_to_dict,
)
from estimator.uncertainty import simulate

# An in-house team in India, its figures in rupees: Rs 498,000 a year of pay, Rs 1,245,000 a team lead,
# Rs 8,300 a month of overhead a head, Rs 41,500 a hire.
INDIA = InHouseInputs(annual_salary=498_000, benefits_load=0.25, shrinkage=0.30, paid_hours_per_year=2080,
                      span_of_control=10, supervisor_salary=1_245_000, overhead_per_fte_month=8_300,
                      annual_attrition=0.20, cost_per_hire=41_500, currency="INR")


def indian_team(drift: tuple[float, float, float] = (0.0, 0.0, 0.0), bpo: VendorPrice | None = None,
                currency: str = "USD") -> Scenario:
    """The team above, reported in ``currency`` at 1 ``currency`` = 83.0 INR (and 1.17 of a quote's currency)."""
    low, mode, high = drift
    rates = {"INR": ExchangeRate(currency, "INR", 83.0, low, high, drift_mode=mode)}
    if bpo is not None and bpo.currency not in (None, currency, "INR"):
        rates[bpo.currency] = ExchangeRate(currency, bpo.currency, 1.17)
    return Scenario("Customer service", 10, currency=currency, in_house=INDIA, bpo=bpo,
                    # the vendor manager's pay as typed in ``currency`` (the sources' dollars would want a dollar rate)
                    vendor_management=typed_pay()["vendor_management"],
                    business_case=BusinessCase(wage_inflation=0.10), exchange_rates=tuple(rates.values()))


def test_an_indian_pay_in_house_team_reported_in_dollars_by_hand() -> None:
    # 10 FTE at 1 USD = 83.0 INR. In dollars: pay 498,000 / 83 = $6,000 a year, lead 1,245,000 / 83 = $15,000,
    # overhead 8,300 / 83 = $100 a month, a hire 41,500 / 83 = $500.
    #   wages       10 × 6,000 / 12                 = 5,000
    #   benefits    5,000 × 25%                     = 1,250
    #   supervision 10 / 10 × 15,000 / 12 × 1.25    = 1,562.50
    #   overhead    10 × 100                        = 1,000
    #   hiring      10 × 20% × 500 / 12             =    83.33
    #   total                                        = $8,895.83 a month (Rs 738,354.17 / 83)
    e = estimate(indian_team())
    parts = {c.name: c.cost.mid for c in e.in_house.components}
    assert parts == pytest.approx({"wages": 5_000, "benefits": 1_250, "supervision": 1_562.5, "overhead": 1_000,
                                   "hiring": 83 + 1 / 3}, rel=1e-12)
    assert e.in_house.total.mid == pytest.approx(8_895 + 5 / 6, rel=1e-12)
    # year 2: wages rise 10% in rupees, and the rupee falls 5% (1 USD = 87.15 INR): 8,895.83 × 1.10 / 1.05
    monthly = estimate(indian_team((0.05, 0.05, 0.05))).projection.in_house.monthly[1]
    assert monthly[0] == pytest.approx(8_895 + 5 / 6, rel=1e-12)
    assert monthly[12] == pytest.approx(9_319 + 4 / 9, rel=1e-12)  # 8,895.83 × 1.10 / 1.05 = 9,319.44


def test_a_quote_in_rupees_costs_what_the_same_quote_in_dollars_costs() -> None:
    # Rs 1,245 an hour at 83 is $15 an hour: the BPO's fees, governance and one-time costs are the same
    usd = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 15, 15))
    inr = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 1_245, 1_245, currency="INR"),
                   exchange_rates=(ExchangeRate("USD", "INR", 83.0),))
    a, b = estimate(usd), estimate(inr)
    assert b.bpo.total.mid == pytest.approx(a.bpo.total.mid, rel=1e-12)
    assert b.horizon_total(b.bpo).mid == pytest.approx(a.horizon_total(a.bpo).mid, rel=1e-12)


def test_a_falling_rupee_makes_the_rupee_costs_cheaper_at_the_cheap_end() -> None:
    # drift 0% to +10% a year: the cheap case takes +10% (more rupees to the dollar), the dear case 0%
    e = estimate(indian_team((0.0, 0.05, 0.10)))
    low, mid, high = e.projection.in_house.monthly[:, 12]
    assert low == pytest.approx(8_895 + 5 / 6) and high == pytest.approx((8_895 + 5 / 6) * 1.10)  # × 1.10 / 1.10
    assert low < mid < high


def test_a_missing_or_unused_rate_is_refused_naming_the_field() -> None:
    with pytest.raises(InputError) as err:
        Scenario("Customer service", 10, in_house=INDIA)
    assert err.value.field == "exchange_rates.INR.rate"
    with pytest.raises(InputError) as err:
        Scenario("Customer service", 10, exchange_rates=(ExchangeRate("USD", "EUR", 0.9),))
    assert err.value.field == "exchange_rates.EUR"
    # the pay limits hold in the reporting currency: Rs 50,000 a year is $602, under the $1,000 floor
    with pytest.raises(InputError, match="83,000 to 83,000,000 INR"):
        Scenario("Customer service", 10, in_house=replace(INDIA, annual_salary=50_000),
                 exchange_rates=(ExchangeRate("USD", "INR", 83.0),))


@pytest.mark.parametrize(("spec", "field"), [
    ({"rate": 0}, "exchange_rates.INR.rate"),
    ({"rate": float("inf")}, "exchange_rates.INR.rate"),
    ({"rate": "83"}, "exchange_rates.INR.rate"),
    ({}, "exchange_rates.INR.rate"),
    ({"rate": 83, "drift_low": 0.05, "drift_high": 0.0}, "exchange_rates.INR.drift_low"),
    ({"rate": 83, "drift_low": 0.0, "drift_mode": 0.2, "drift_high": 0.1}, "exchange_rates.INR.drift_mode"),
    ({"rate": 83, "spread": 1}, "exchange_rates.INR.spread"),
])
def test_a_bad_rate_in_a_file_names_its_field(book, spec, field) -> None:
    data = {"function": "Customer service", "workload": {"fte": 10}, "in_house": {"currency": "INR"},
            "exchange_rates": {"INR": spec}}
    with pytest.raises(InputError) as err:
        scenario_from_dict(data, book)
    assert err.value.field == field


def test_a_scenario_in_two_currencies_reads_back_unchanged(book) -> None:
    s = indian_team((0.0, 0.02, 0.05), bpo=VendorPrice("per_hour", 14, 18, currency="EUR", option="bpo"),
                    currency="GBP")
    data = scenario_to_dict(s)
    assert data["in_house"]["currency"] == "INR" and data["bpo"]["currency"] == "EUR"
    assert data["exchange_rates"] == {"EUR": {"rate": 1.17, "drift_low": 0.0, "drift_mode": 0.0, "drift_high": 0.0},
                                      "INR": {"rate": 83.0, "drift_low": 0.0, "drift_mode": 0.02, "drift_high": 0.05}}
    assert scenario_from_dict(data, book) == s


# --- properties ---------------------------------------------------------------------------------------------

rates = st.floats(0.01, 20_000.0)


@settings(max_examples=60, deadline=None)
@given(rates, st.floats(1_000.0, 1_000_000.0))
def test_there_and_back_changes_nothing(rate: float, amount: float) -> None:
    # an amount in dollars taken to rupees at the rate and back at its inverse: the same dollars, within two
    # roundings of a float product (relative 1e-12)
    r = ExchangeRate("USD", "INR", rate)
    assert r.inverse().convert(r.convert(amount)) == pytest.approx(amount, rel=1e-12)


def rupees(s: Scenario, rate: float, drift: float = 0.0) -> Scenario:
    """The in-house figures of dollar scenario ``s`` taken to rupees at ``rate``: the model converts them back."""
    ih = replace(s.in_house, currency="INR", **{k: getattr(s.in_house, k) * rate for k in IN_HOUSE_MONEY})
    return replace(s, in_house=ih, exchange_rates=(ExchangeRate("USD", "INR", rate, drift, drift),))


@settings(max_examples=25, deadline=None)
@given(st.floats(0.5, 200.0), st.integers(1, 50), st.sampled_from([None, (18.0, 26.0)]))
def test_figures_taken_to_rupees_and_back_by_the_model_cost_the_same(rate: float, fte: int, quote) -> None:
    bpo = None if quote is None else VendorPrice("per_hour", *quote, option="bpo")
    usd = Scenario("Customer service", fte, bpo=bpo)
    a, b = estimate(usd), estimate(rupees(usd, rate))
    for x, y in zip(a.options, b.options, strict=True):
        assert y.total.as_tuple() == pytest.approx(x.total.as_tuple(), rel=1e-12)
        if a.horizon_total(x) is not None:
            assert b.horizon_total(y).as_tuple() == pytest.approx(a.horizon_total(x).as_tuple(), rel=1e-12)


@settings(max_examples=5, deadline=None)
@given(st.floats(0.5, 200.0), st.sampled_from(["pert", "triangular", "uniform"]))
def test_the_monte_carlo_with_no_drift_is_the_no_currency_result(rate: float, distribution: str) -> None:
    # the same seed gives the same draws of every other input (a fixed drift draws nothing), so each draw's
    # cost in dollars is the same to a float product's rounding (relative 1e-12)
    usd = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 18, 26, option="bpo"),
                   uncertainty=Uncertainty(draws=200, distribution=distribution))
    inr = rupees(usd, rate)
    a, b = project(usd, draws(usd)), project(inr, draws(inr))
    for option in ("in_house", "bpo"):
        np.testing.assert_allclose(b.option(option).monthly, a.option(option).monthly, rtol=1e-12)
    assert simulate(inr).option("bpo").probability_cheaper == simulate(usd).option("bpo").probability_cheaper


def test_a_drift_range_is_drawn_once_for_every_part_in_that_currency() -> None:
    # in-house pay and the BPO quote both in rupees: one drawn drift moves both
    s = Scenario("Customer service", 10, in_house=INDIA, bpo=VendorPrice("per_hour", 1_000, 1_500, currency="INR"),
                 exchange_rates=(ExchangeRate("USD", "INR", 83.0, -0.02, 0.06),), uncertainty=Uncertainty(draws=500))
    p = draws(s)
    assert np.array_equal(p["in_house_fx_drift"], p["bpo_fx_drift"])
    assert p["in_house_fx_drift"].min() >= -0.02 and p["in_house_fx_drift"].max() <= 0.06
    assert np.ptp(p["in_house_fx_drift"]) > 0.03
    assert not p["kpo_fx_drift"].any()


def test_the_command_line_reports_in_the_reporting_currency_and_states_each_amounts(tmp_path, capsysbinary) -> None:
    # the tidy CSV: money rows in the reporting currency (its ``currency`` column and units say USD); the input
    # rows state the in-house figures' currency and the rate, so the file reads back as the same scenario
    import json

    from estimator.__main__ import main
    from estimator.export import read_tidy_csv

    path = tmp_path / "india.json"
    path.write_text(json.dumps(scenario_to_dict(indian_team((0.0, 0.02, 0.05)))))
    book = Path(__file__).resolve().parent.parent / "data" / "pricing.csv"
    assert main(["estimate", str(path), "--price-book", str(book)]) == 0
    table = read_tidy_csv(capsysbinary.readouterr().out)
    inputs = table[table.period == "input"].set_index("component")
    assert inputs.loc["in_house.currency", "unit"] == '"INR"'
    assert inputs.loc["exchange_rates.INR.rate", "mid"] == 83.0
    total = table[(table.option == "in_house") & (table.component == "total") & (table.period == "run_rate_month")]
    assert total.currency.tolist() == ["USD"] and total.unit.tolist() == ["USD/month"]
    assert total.mid.iloc[0] == pytest.approx(8_895.83, abs=0.005)  # the hand-computed run rate, to the cent
