"""Session 23's mutation run (issue 7) over the lines of estimator/ changed in sessions 20-22 (346d693..59464fb): plain
unit tests (no AppTest, so mutation runs keep them) for the survivors. The workbooks' and the deck's money formats
(``formatting.excel_money_format``, 59464fb) were checked for dollars and for the Calculations sheet's euros, but not
on every sheet nor for a second currency in one workbook, and the deck's native charts only in
tests/test_deck_charts.py, which imports AppTest, so mutation runs leave it out whole. Every expected value is worked
by hand in its comment."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from typed_pay import typed_pay

from estimator.captive import CaptiveInputs
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.formatting import page_figures
from estimator.meeting import _buildup_native, _cumulative_native
from estimator.scenario import BusinessCase, InHouseInputs, InputError, Scenario, Uncertainty, VendorPrice
from estimator.workbook import build_workbook

# A euro report whose in-house team is paid in euros, with a BPO quote in euros and an offshore captive paid in rupees
# (90 INR to the euro), one year, 100 draws: small, and every sheet holds money.
EURO_CAPTIVE = Scenario("Customer service", 10, currency="EUR", **typed_pay(InHouseInputs(currency="EUR")),
                        bpo=VendorPrice("per_hour", 20, 30, currency="EUR"), captive=CaptiveInputs(),
                        exchange_rates=(ExchangeRate("EUR", "INR", 90.0),),
                        business_case=BusinessCase(horizon_years=1), uncertainty=Uncertainty(draws=100, seed=1))


def _money_formats(ws) -> set[str]:
    """The number formats of a sheet's figures and formulas that name a currency (hold a quoted text)."""
    return {c.number_format for row in ws.iter_rows() for c in row
            if '"' in c.number_format and (isinstance(c.value, int | float) or str(c.value).startswith("="))}


# --- the workbook: every money figure names its own currency ---------------------------------------------------------


def test_a_euro_workbook_with_a_captive_paid_in_rupees_names_each_figures_currency():
    # Excel's format for money other than the dollar is the code in quotes, a space, then the figure: '"EUR "#,##0.00'.
    # Inputs: the in-house pay in euros, the captive's pay in rupees (its own currency, not converted);
    # Calculations, Months and Results: every figure is the report's euros;
    # Uncertainty: the Monte Carlo's costs and savings in whole euros, each drawn input's ends in its own currency,
    # to the cent (the BPO's euro quote, the captive's rupee pay)
    wb = load_workbook(io.BytesIO(build_workbook(estimate(EURO_CAPTIVE))))
    assert _money_formats(wb["Inputs"]) == {'"EUR "#,##0.00', '"INR "#,##0.00'}
    assert _money_formats(wb["Calculations"]) == {'"EUR "#,##0.00'}
    assert _money_formats(wb["Months"]) == {'"EUR "#,##0.00'}
    assert _money_formats(wb["Results"]) == {'"EUR "#,##0.00'}
    assert _money_formats(wb["Uncertainty"]) == {'"EUR "#,##0', '"EUR "#,##0.00', '"INR "#,##0.00'}
    # the helpers beside the money: hours and FTE to the hundredth, months whole, in each case's column (D-F)
    calc = wb["Calculations"]
    rows = {calc.cell(r, 2).value: r for r in range(1, calc.max_row + 1)}
    for key, number_format in (("workload_hours", "#,##0.00"), ("fte", "#,##0.00"), ("months", "0"),
                               ("go_live", "0")):
        assert [calc.cell(rows[key], c).number_format for c in (4, 5, 6)] == [number_format] * 3, key
    # a drawn input that is neither money nor a share (staff per supervisor, 8-12 around the default 10) to the
    # hundredth, in its Low, High and Most likely columns (C-E)
    ws = wb["Uncertainty"]
    span = next(r for r in ws.iter_rows() if r[0].value == "Span of control")
    assert span[1].value == "8–12 staff per supervisor"
    assert [c.number_format for c in span[2:5]] == ["#,##0.00"] * 3
    # and a share (the sources' shrinkage range around the default 30%) as a percent, one decimal
    shrinkage = next(r for r in ws.iter_rows() if r[0].value == "Shrinkage")
    assert [c.number_format for c in shrinkage[2:5]] == ["0.0%"] * 3


# --- the deck's native charts ---------------------------------------------------------------------------------------


def test_the_decks_native_charts_write_whole_money_in_the_reports_currency():
    # whole units on a chart's axis: the dollar's symbol against the figure, '"$"#,##0'; another currency's code
    # before it and apart, '"EUR "#,##0' (no ".00")
    dollars = estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                                business_case=BusinessCase(horizon_years=1)))
    euros = estimate(EURO_CAPTIVE)
    assert _buildup_native(dollars).number_format == '"$"#,##0'
    assert _cumulative_native(dollars).number_format == '"$"#,##0'
    assert _buildup_native(euros).number_format == '"EUR "#,##0'
    assert _cumulative_native(euros).number_format == '"EUR "#,##0'


# --- currency: a rate turned round keeps its most likely drift ------------------------------------------------------


def test_a_rate_turned_round_keeps_its_most_likely_drift_flipped():
    # 80 rupees a dollar drifting -2% to +5% a year, most likely 0%: turned round, 1/80 = 0.0125 dollars a rupee,
    # drifting 1/1.05 - 1 = -4.7619% to 1/0.98 - 1 = +2.0408%, most likely 1/1 - 1 = 0% (the midpoint would be -1.36%)
    flipped = ExchangeRate("USD", "INR", 80.0, -0.02, 0.05, drift_mode=0.0).inverse()
    assert flipped.drift_mode == 0.0
    # most likely +4%: 1/1.04 - 1 = -3.8462%
    assert round(ExchangeRate("USD", "INR", 80.0, -0.02, 0.05, drift_mode=0.04).inverse().drift_mode, 6) == -0.038462


# --- formatting: a typed name right after a figure ------------------------------------------------------------------


def test_a_figure_ending_where_a_kept_name_starts_is_still_the_apps():
    # "$1,234.5" is characters 0-7 of "$1,234.5(Plan 1.5)"; the name "(Plan 1.5)" starts at 8, where the figure ends,
    # so the figure is no part of it and reads the de_DE way, "$1.234,5"; the name's "1.5" stays as typed
    assert page_figures("$1,234.5(Plan 1.5)", "de_DE", keep=("(Plan 1.5)",)) == "$1.234,5(Plan 1.5)"
    # and one starting where the name ends: "(Plan 1.5)" is 0-9, "1,234.5" starts at 10 (a "$" before it would be no
    # part of the figure's match), so it is the app's too
    assert page_figures("(Plan 1.5)1,234.5", "de_DE", keep=("(Plan 1.5)",)) == "(Plan 1.5)1.234,5"


# --- scenario: the dollar defaults wanted in two currencies, one in-house figure among them ---------------------------


def test_one_in_house_default_and_the_vendor_managers_pay_say_which_goes_where():
    # reported in pounds, the team paid in euros (1 GBP = 1.2 EUR given), three in-house figures typed in euros: only
    # the cost per hire (wanted in EUR) and the vendor manager's pay (wanted in GBP) are the sources' dollars; the
    # in-house figure named in the brackets is the cost per hire's euros, not the vendor manager's pounds
    typed = InHouseInputs(annual_salary=40_000.0, supervisor_salary=55_000.0, overhead_per_fte_month=2_000.0,
                          currency="EUR")
    with pytest.raises(InputError) as caught:
        Scenario("Customer service", 10, currency="GBP", in_house=typed, exchange_rates=(ExchangeRate("GBP", "EUR", 1.2),))
    assert caught.value.field == "exchange_rates.USD.rate"
    assert caught.value.reason == (
        'give how many USD one GBP buys, exchange_rates=(ExchangeRate("GBP", "USD", ...),): in_house.cost_per_hire and '
        "vendor_management.governance_salary are not given, and the sources' defaults are US dollars, converted at "
        "that rate (the in-house figures to EUR, the vendor manager's pay to GBP); or give them yourself")


# --- params: a rate's drift is drawn only where it has width ---------------------------------------------------------


def test_a_fixed_rate_draws_no_drift_and_a_drifting_one_does():
    from estimator.params import uncertain_inputs

    def drifts(rate: ExchangeRate) -> list[str]:
        # a dollar report whose in-house team is paid in rupees (typed: no dollar defaults left to convert)
        pay = InHouseInputs(annual_salary=3_000_000.0, supervisor_salary=4_000_000.0, overhead_per_fte_month=150_000.0,
                            cost_per_hire=300_000.0, currency="INR")
        s = Scenario("Customer service", 10, in_house=pay, exchange_rates=(rate,))
        return [u.column for u in uncertain_inputs(s) if u.column.endswith("_fx_drift")]

    # 84 rupees a dollar with no drift (0% to 0%): a fixed drift changes no draw, so none is drawn
    assert drifts(ExchangeRate("USD", "INR", 84.0)) == []
    # drifting -2% to +5% a year: the in-house pay's rate is drawn, in its own column
    assert drifts(ExchangeRate("USD", "INR", 84.0, -0.02, 0.05)) == ["in_house_fx_drift"]


# --- verdict: what moves the saving, for an input that is no money ---------------------------------------------------


def test_a_driver_that_is_no_money_reads_its_own_range():
    from estimator.scenario import InputRange
    from estimator.uncertainty import tornado
    from estimator.verdict import _driver

    # only the ranges typed are drawn (no sourced ones): shrinkage 20%-40%, staff per supervisor 8-12, beside the
    # BPO's $20-30 quote; neither is money, so each reads its range as typed, a share as percent, the other with its
    # unit (money_range has no money code for either)
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                 ranges=(InputRange("shrinkage", 0.2, 0.4), InputRange("span_of_control", 8, 12)),
                 uncertainty=Uncertainty(sourced_ranges=False))
    swings = {w.key: w for w in tornado(s, "bpo").swings}
    est = estimate(s)
    assert _driver(est, swings["shrinkage"]).startswith("Shrinkage (20%–40%) puts the saving between $")
    assert _driver(est, swings["span_of_control"]).startswith(
        "Span of control (8–12 staff per supervisor) puts the saving between $")


def test_a_contact_volume_driver_reads_as_a_multiple_of_the_plan():
    from estimator.contact_workload import ContactWorkload, QueueWorkload
    from estimator.uncertainty import tornado
    from estimator.verdict import _driver

    # one voice queue of 100 contacts a half hour, 08:00-20:00, at 180 s; its volume 0.8-1.2 × the plan (no
    # assumption: written as the two multiples, "0.8–1.2"), its handle time fixed
    day = (0.0,) * 16 + (100.0,) * 24 + (0.0,) * 8
    voice = QueueWorkload("Voice", day, 180, 20, 0.8, 1.0)
    s = Scenario("Customer service", 0, workload_basis="contacts", name="Voice",
                 contact_centre=ContactWorkload((voice,), 30, 21.741, volume_range=(0.8, 1.2)),
                 bpo=VendorPrice("per_contact", 2.0, 3.0), uncertainty=Uncertainty(sourced_ranges=False))
    volume = next(w for w in tornado(s, "bpo").swings if w.key == "contact_volume")
    assert _driver(estimate(s), volume).startswith("Contact volume (× plan, 0.8–1.2) puts the saving between $")
