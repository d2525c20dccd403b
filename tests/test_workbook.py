"""The Excel workbook: sheets, live formulas, formats, formula injection, and LibreOffice's recalculation
agreeing with the estimator to the cent (also after an input is changed in the workbook)."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typed_pay import typed_pay

from estimator.captive import CaptiveInputs
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.projection import VENDOR_PARTS
from estimator.scenario import (
    BusinessCase,
    InHouseInputs,
    InputRange,
    People,
    Scenario,
    VendorPrice,
    VendorTerms,
)
from estimator.workbook import MONTHLY, RUN_RATE, build_workbook, formula_keys, part_keys

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None and os.environ.get("CI") != "true",
                                       reason="LibreOffice is not installed (scripts/test.sh installs it)")

# Scenarios that reach every branch of the formulas: per-hour (productive, paid and FTE-month hours),
# savings-share and per-month pricing, a headcount and an hours workload, ranged assumptions, selection and
# dual running, billing during transition or from go-live, ramp-up, the governance floor binding or not,
# escalation on either index with its cap and a productivity commitment, VAT, severance and retention or a
# staff transfer, stranded overhead, an exit cost, a short and a long horizon.
SCENARIOS = {
    "worked_example": Scenario("Customer service", 10, name="Worked example", bpo=VendorPrice("per_hour", 20, 30)),
    "kpo_savings_exit": Scenario(
        "Research and analysis", 1_500, workload_basis="hours_per_month", name="KPO research",
        kpo=VendorPrice("savings_share", 0.40, 0.60, option="kpo"),
        bpo=VendorPrice("per_hour", 35, 60, option="bpo", billed="paid_hour"),
        business_case=BusinessCase(horizon_years=3, dual_running_months=6, exit_rate=0.25, discount_rate=0.12,
                                   selection_months=2),
        vendor_terms=VendorTerms(bills_during_transition=True, vat_rate=0.2, vat_recoverable_share=0.25,
                                 escalation_index="delivery_wages", delivery_wage_growth=0.09, escalation_cap=0.05,
                                 productivity_commitment=0.01, ramp_up=(0.5, 0.25, 0.25, 0.1)),
        ranges=(InputRange("annual_salary", 60_000, 90_000), InputRange("shrinkage", 0.2, 0.35, mode=0.3),
                InputRange("handle_time_ratio", 1.0, 1.3))),
    "hr_per_month": Scenario("Human resources", 4, name="HR", bpo=VendorPrice("per_month", 45, 1_500, units=40),
                             business_case=BusinessCase(horizon_years=7, wage_inflation=0.05, contract_escalation=0.01),
                             people=People(staff_transfer=True, stranded_months=30, stranded_overhead_share=0.6)),
    "fte_month_no_ramp": Scenario(
        "Customer service", 60, name="FTE-month", bpo=VendorPrice("per_hour", 2_500, 3_200, billed="fte_month"),
        vendor_terms=VendorTerms(ramp_up=(), handle_time_ratio=1.2),
        business_case=BusinessCase(horizon_years=1, selection_months=3, dual_running_months=8, exit_rate=0.1)),
    # an in-house team paid in rupees and a BPO quote in euros, reported in dollars, with fixed rates: the workbook
    # takes their figures converted at the first year's rate, in dollars throughout
    "two_currencies": Scenario(
        "Customer service", 10, name="Abroad",
        in_house=InHouseInputs(annual_salary=498_000, supervisor_salary=1_245_000, overhead_per_fte_month=8_300,
                               cost_per_hire=41_500, currency="INR"),
        bpo=VendorPrice("per_hour", 4, 6, option="bpo", currency="EUR"),
        exchange_rates=(ExchangeRate("USD", "EUR", 0.8), ExchangeRate("USD", "INR", 83.0))),
    # an offshore captive (every default, 84 rupees to the dollar, delivery wages +10% a year) beside a BPO quote:
    # the captive's formulas, the one-time costs it shares with a vendor, and its months
    "captive": Scenario("Customer service", 12, name="Captive", bpo=VendorPrice("per_hour", 20, 30),
                        captive=CaptiveInputs(), exchange_rates=(ExchangeRate("USD", "INR", 84.0),),
                        business_case=BusinessCase(horizon_years=2, selection_months=0, dual_running_months=3),
                        vendor_terms=VendorTerms(delivery_wage_growth=0.10)),
    # the captive with ranged in-house inputs and handling (so its three cases differ), a vendor selection delay,
    # staff transferring (no severance), and its pay in the reporting currency (no rate: 1)
    "captive_ranged": Scenario(
        "Customer service", 800, workload_basis="hours_per_month", name="Captive, ranged",
        captive=CaptiveInputs(entry_pay_month=400, senior_pay_year=30_000, currency="USD"),
        business_case=BusinessCase(horizon_years=3, selection_months=2, dual_running_months=4),
        people=People(staff_transfer=True),
        ranges=(InputRange("shrinkage", 0.2, 0.35, mode=0.3), InputRange("handle_time_ratio", 1.0, 1.2))),
}


def _sheet_values(ws, key_col: int = 2, first_col: int = 4) -> dict[str, list]:
    return {ws.cell(r, key_col).value: [ws.cell(r, c).value for c in range(first_col, first_col + 3)]
            for r in range(1, ws.max_row + 1) if isinstance(ws.cell(r, key_col).value, str)}


@pytest.fixture(scope="module")
def books() -> dict[str, bytes]:
    return {name: build_workbook(estimate(s)) for name, s in SCENARIOS.items()}


def test_sheets_and_live_formulas(books):
    wb = load_workbook(io.BytesIO(books["worked_example"]))
    assert wb.sheetnames == ["Inputs", "Calculations", "Months", "Results", "Uncertainty", "Sources"]
    calc = _sheet_values(wb["Calculations"])
    # every calculated figure is a formula in all three case columns, none a pasted number
    for key in ("in_house.wages", "in_house.total", "bpo.fees", "bpo.total", "bpo.one_time_total",
                "bpo.horizon_total", "bpo.npv", "bpo.horizon_savings"):
        assert all(isinstance(v, str) and v.startswith("=") for v in calc[key]), key
    # wages = FTE × salary / 12, over the FTE row and the midpoint salary input
    fte_row = next(r for r in range(1, 60) if wb["Calculations"].cell(r, 2).value == "fte")
    salary_row = next(r for r in range(1, 60) if wb["Inputs"].cell(r, 2).value == "annual_salary")
    assert calc["in_house.wages"][1] == f"=E{fte_row}*Inputs!$E${salary_row}/12"
    months = wb["Months"]
    assert months["A4"].value == 1 and months["A123"].value == 120  # laid out for the longest horizon
    assert str(months["D4"].value).startswith("=IF($A4>Calculations!D")
    results = wb["Results"]
    assert results["A1"].value == "BPO saves $1,990,160 (41%) over 5 years and breaks even in month 10"
    assert results["A3"].value.startswith("Run rate after go-live: BPO $38,747 a month")
    live = {results.cell(r, 8).value: results.cell(r, 7).value for r in range(6, results.max_row + 1)}
    assert live["bpo.npv"].startswith("=Calculations!E")
    assert live["bpo.parts.severance"].startswith("=Calculations!E")


def test_figures_in_other_currencies_are_converted_and_say_so(books):
    wb = load_workbook(io.BytesIO(books["two_currencies"]))
    inputs = {wb["Inputs"].cell(r, 2).value: r for r in range(6, wb["Inputs"].max_row + 1)}
    salary, price = wb["Inputs"].cell(inputs["annual_salary"], 5), wb["Inputs"].cell(inputs["bpo_price"], 4)
    assert salary.value == pytest.approx(6_000) and salary.number_format == '"$"#,##0.00'  # Rs 498,000 / 83
    assert price.value == pytest.approx(5.0)  # €4 / 0.8
    sources = {wb["Inputs"].cell(r, 2).value: wb["Inputs"].cell(r, wb["Inputs"].max_column).value
               for r in inputs.values()}
    assert "given in INR, converted at 1 USD = 83 INR" in sources["annual_salary"]
    assert "given in EUR, converted at 1 USD = 0.8 EUR" in sources["bpo_price"]


def test_money_and_percent_formats(books):
    wb = load_workbook(io.BytesIO(books["worked_example"]))
    inputs = {wb["Inputs"].cell(r, 2).value: r for r in range(6, wb["Inputs"].max_row + 1)}
    assert wb["Inputs"].cell(inputs["shrinkage"], 5).number_format == "0.0%"
    assert wb["Inputs"].cell(inputs["annual_salary"], 5).number_format == '"$"#,##0.00'
    assert wb["Inputs"].cell(inputs["vat_rate"], 5).number_format == "0.0%"
    assert wb["Inputs"].cell(inputs["ramp_up_1"], 4).value == 0.30  # README: +30% hours in the first month
    assert wb["Inputs"].cell(inputs["staff_transfer"], 4).value is False
    calc = wb["Calculations"]
    row = next(r for r in range(1, calc.max_row + 1) if calc.cell(r, 2).value == "bpo.total")
    assert calc.cell(row, 5).number_format == '"$"#,##0.00'


def test_euro_money_format():
    s = Scenario("Customer service", 10, currency="EUR", **typed_pay(InHouseInputs(currency="EUR")),
                 bpo=VendorPrice("per_hour", 20, 30, currency="EUR"))
    wb = load_workbook(io.BytesIO(build_workbook(estimate(s))))
    calc = wb["Calculations"]
    row = next(r for r in range(1, calc.max_row + 1) if calc.cell(r, 2).value == "in_house.total")
    assert calc.cell(row, 5).number_format == '"EUR "#,##0.00'


def test_text_cells_never_run_as_formulas():
    hostile = '=HYPERLINK("http://evil.example","click")'
    s = Scenario("Customer service", 10, name="+1-2", bpo=VendorPrice("per_hour", 20, 30, source=hostile))
    wb = load_workbook(io.BytesIO(build_workbook(estimate(s))))
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "evil" in c.value]
    assert cells, "the hostile source is shown"
    for cell in cells:
        assert cell.data_type == "s"
        if cell.value.startswith("="):
            assert cell.quotePrefix
    assert any(c.value == hostile and c.quotePrefix for c in cells)


def test_formula_table_covers_every_component_of_the_model():
    """When the model gains a component or a part of its business case, this fails until RUN_RATE or MONTHLY
    has its row (README, Meeting-room outputs)."""
    est = estimate(SCENARIOS["kpo_savings_exit"])
    for op in est.options:
        components, one_time = formula_keys(op)
        assert components == tuple(c.name for c in op.components), op.option
        assert one_time == tuple(c.name for c in op.one_time), op.option
        if op.option != "in_house":
            assert tuple(est.projected(op).parts) == part_keys() == VENDOR_PARTS, op.option
    captive = estimate(SCENARIOS["captive"])
    components, one_time = formula_keys(captive.captive)
    assert components == tuple(c.name for c in captive.captive.components)
    assert one_time == tuple(c.name for c in captive.captive.one_time) == ("severance", "retention")
    assert tuple(captive.projected(captive.captive).parts) == part_keys("captive")
    assert {f.role for f in RUN_RATE} <= {"component", "one_time", "helper"}
    assert {f.role for f in MONTHLY} <= {"cost", "helper"}


def test_a_component_missing_from_the_table_is_caught():
    est = estimate(SCENARIOS["worked_example"])
    extra = dataclasses.replace(est.bpo, components=(*est.bpo.components, est.bpo.components[0].__class__(
        "stranded_costs", est.bpo.total)))
    assert formula_keys(extra)[0] != tuple(c.name for c in extra.components)


def _recalculate(files: dict[str, bytes], tmp_path: Path, profile: Path) -> dict[str, object]:
    """Open each workbook in LibreOffice headless, recalculate every formula, save, and read the values."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir(parents=True)
    for name, data in files.items():
        (src / f"{name}.xlsx").write_bytes(data)
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--calc", "--convert-to", "xlsx",
                    "--outdir", str(out), *sorted(str(p) for p in src.iterdir())],
                   check=True, capture_output=True, timeout=180)
    return {name: load_workbook(out / f"{name}.xlsx", data_only=True) for name in files}


def _assert_agrees(wb, scenario: Scenario) -> None:
    est = estimate(scenario)
    calc = _sheet_values(wb["Calculations"])
    for op in est.options:
        if not op.priced:
            assert f"{op.option}.total" not in calc
            continue
        p = est.projected(op)
        expected = {"total": op.total.as_tuple(), "one_time_total": op.one_time_total.as_tuple(),
                    "horizon_total": tuple(p.total), "npv": tuple(p.npv)}
        expected.update({c.name: c.cost.as_tuple() for c in (*op.components, *op.one_time)})
        if op.option == "in_house":
            del expected["one_time_total"]
        else:
            expected.update({f"parts.{k}": tuple(v) for k, v in p.parts.items()})
            expected["horizon_savings"] = est.horizon_savings(op).as_tuple()
        for name, values in expected.items():
            got = calc[f"{op.option}.{name}"]
            assert got == pytest.approx(list(values), abs=0.005), f"{op.option}.{name}"
    assert calc["workload_hours"][1] == pytest.approx(est.workload_hours, abs=1e-6)
    assert calc["fte"][1] == pytest.approx(est.fte, abs=1e-9)


def _edited(book: bytes, **one_value: float) -> bytes:
    """The worked example with inputs changed in the workbook: a dearer salary and a 3-year horizon; or the inputs
    named in ``one_value`` (one value for all three cases) changed instead."""
    wb = load_workbook(io.BytesIO(book))
    inputs = wb["Inputs"]
    rows = {inputs.cell(r, 2).value: r for r in range(6, inputs.max_row + 1)}
    if not one_value:
        for col in (4, 5, 6):
            inputs.cell(rows["annual_salary"], col).value = 50_000
        one_value = {"horizon_years": 3}
    for key, value in one_value.items():
        inputs.cell(rows[key], 4).value = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@needs_libreoffice
def test_libreoffice_recalculates_to_the_estimators_cent(books, tmp_path):
    # One LibreOffice run (several seconds) for every file, the edited copy included.
    recalculated = _recalculate({**books, "edited": _edited(books["worked_example"]),
                                 "captive_edited": _edited(books["captive"], captive_rate=100.0)},
                                tmp_path, tmp_path / "profile")
    for name, scenario in SCENARIOS.items():
        _assert_agrees(recalculated[name], scenario)

    # Changing inputs in the workbook recomputes: the edited copy gives what the estimator gives for the
    # same scenario.
    changed = dataclasses.replace(SCENARIOS["worked_example"], in_house=InHouseInputs(annual_salary=50_000),
                                  business_case=BusinessCase(horizon_years=3))
    _assert_agrees(recalculated["edited"], changed)
    # the worked example by hand: in-house at $50,000 a year is 74,317.88 + 10 × (50,000 − 41,600) / 12 × 1.31
    # = 74,317.88 + 9,170.00 = 83,487.88 a month
    assert _sheet_values(recalculated["edited"]["Calculations"])["in_house.total"][1] == pytest.approx(83_487.88, abs=0.005)
    # README, the whole cost of outsourcing, recomputed by LibreOffice from the formulas: 1,213.33 × 1.10 =
    # 1,334.67 billed hours; governance at its floor 0.5 × 98,580 × 1.31 / 12 = 5,380.825 a month; severance
    # 10 × 800 × 3.5 weeks = 28,000 at go-live; in-house until go-live 3 × 74,317.88 = 222,953.64
    worked = _sheet_values(recalculated["worked_example"]["Calculations"])
    assert worked["bpo.billed_volume"][1] == pytest.approx(1_334.67, abs=0.005)
    assert worked["bpo.governance"][1] == pytest.approx(5_380.825, abs=0.0005)  # 64,569.9 / 12
    assert worked["bpo.parts.severance"][1] == pytest.approx(28_000, abs=0.005)
    assert worked["bpo.parts.in_house_until_go_live"][1] == pytest.approx(222_953.64, abs=0.01)
    assert worked["go_live"][1] == 4

    # The offshore captive (tests/test_captive_option.py works the same team by hand), from its own formulas: 12
    # in-house FTE × 1.10 longer handling = 13.2 FTE abroad; per FTE Rs 10,000 wages + 1,000 bonus + 2,500 benefits
    # + 1,100,000 / 12 / 10 × 1.25 = 11,458.33 team leads = 24,958.33 labour, / 0.675 = 36,975.31 with overhead;
    # 13.2 × 36,975.31 / 84 = 5,810.41 a month; over two years from month 1, year 2 at +10%: × 25.2 = 146,422.22
    captive = _sheet_values(recalculated["captive"]["Calculations"])
    assert captive["captive.team_fte"][1] == pytest.approx(13.2, abs=1e-9)
    assert captive["captive.wages"][1] == pytest.approx(1_571.43, abs=0.005)  # 13.2 × 10,000 / 84
    assert captive["captive.supervision"][1] == pytest.approx(1_800.60, abs=0.005)  # 13.2 × 11,458.33 / 84
    assert captive["captive.total"][1] == pytest.approx(5_810.41, abs=0.005)
    assert captive["captive.parts.captive_team"][1] == pytest.approx(146_422.22, abs=0.01)
    # the rate changed in the workbook to 100 rupees to the dollar: 13.2 × 36,975.31 / 100 = 4,880.74 a month,
    # × 25.2 = 122,994.67 over two years; and the estimator says the same for that rate
    edited = _sheet_values(recalculated["captive_edited"]["Calculations"])
    assert edited["captive.total"][1] == pytest.approx(4_880.74, abs=0.005)
    assert edited["captive.parts.captive_team"][1] == pytest.approx(122_994.67, abs=0.01)
    _assert_agrees(recalculated["captive_edited"],
                   dataclasses.replace(SCENARIOS["captive"], exchange_rates=(ExchangeRate("USD", "INR", 100.0),)))


def test_results_say_where_each_outsourced_option_is_delivered_from():
    # the seed's BPO price states no location (never guessed), a KPO quote from nearshore says so, the captive is
    # offshore by what it is; in-house and an unpriced option have no such row
    s = dataclasses.replace(SCENARIOS["captive"], kpo=VendorPrice("per_hour", 30, 40, option="kpo", location="nearshore"))
    results = load_workbook(io.BytesIO(build_workbook(estimate(s))))["Results"]
    where = {results.cell(r, 8).value: results.cell(r, 2).value for r in range(6, results.max_row + 1)
             if str(results.cell(r, 8).value).endswith(".location")}
    assert where == {"bpo.location": "Delivered from: Location not stated", "kpo.location": "Delivered from: Nearshore",
                     "captive.location": "Delivered from: Offshore"}
    plain = load_workbook(io.BytesIO(build_workbook(estimate(SCENARIOS["worked_example"]))))["Results"]
    keys = [plain.cell(r, 8).value for r in range(6, plain.max_row + 1)]
    assert "bpo.location" in keys and "kpo.location" not in keys and "in_house.location" not in keys
