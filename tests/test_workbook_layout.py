"""The workbook as the auditor reads it: each sheet's title and column headings, the unit beside every figure,
and every formula on Months pointing at the sheet it means. Read with openpyxl, no recalculation (the
LibreOffice test in test_workbook.py recalculates).

Each test builds its own workbook (no module-scoped fixture): mutation runs (scripts/mutate.sh) run only the tests
that themselves called a mutated function, and a test reading a workbook a fixture built earlier would be skipped."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from estimator.estimate import estimate
from estimator.scenario import Scenario, VendorPrice
from estimator.workbook import build_workbook

CASES = ("Cheap end", "Midpoint", "Dear end")


def _book():
    # a workload given in hours (1,500 productive hours a month), so the workload row says so
    s = Scenario("Customer service", 1_500, workload_basis="hours_per_month", name="Audit",
                 bpo=VendorPrice("per_hour", 20, 30))
    return load_workbook(io.BytesIO(build_workbook(estimate(s))))


def _row(ws, key: str, key_col: int = 2) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, key_col).value == key)


def _heads(ws, row: int, first: int, last: int) -> tuple:
    return tuple(ws.cell(row, c).value for c in range(first, last + 1))


def test_headings_notes_and_units_read_as_the_auditor_expects():
    book = _book()
    # every sheet says what its columns hold
    assert _heads(book["Inputs"], 5, 1, 7) == ("Input", "Key", "Unit", *CASES, "Source")
    assert _heads(book["Calculations"], 3, 1, 6) == ("Figure", "Key", "Unit", *CASES)
    assert _heads(book["Months"], 3, 1, 3) == ("Month", "Year (0 = first)", "Discount factor")
    assert _heads(book["Results"], 5, 1, 8) == ("Option", "Figure", "Unit", *CASES, "Live formula (midpoint)", "Key")

    # the Inputs sheet explains itself in its first column
    ws = book["Inputs"]
    assert ws["A1"].value == ("Inputs: change a yellow cell and the Calculations, Months and formula column of "
                              "Results recompute")
    assert ws["A3"].value.startswith("Function: Customer service. Money in USD; shares as percent.")
    assert ws["B3"].value is None  # the note is one line in column A, not pushed into the Key column

    # the workload row names its basis, unit and source
    r = _row(ws, "workload")
    # label, unit, the value (one value for all cases, in the first case column) and where it came from
    assert (ws.cell(r, 1).value, ws.cell(r, 3).value, ws.cell(r, 4).value, ws.cell(r, 7).value) == \
        ("Workload (productive hours a month)", "hours", 1_500, "scenario")
    r = _row(ws, "workload_basis")
    assert (ws.cell(r, 3).value, ws.cell(r, 4).value, ws.cell(r, 7).value) == ("text", "hours_per_month", "scenario")
    # one-value business-case inputs: years say years (they read "number" before test_walk_s14), months say months,
    # a rate is a share
    units = {key: ws.cell(_row(ws, key), 3).value for key in ("horizon_years", "dual_running_months", "discount_rate")}
    assert units == {"horizon_years": "years", "dual_running_months": "months", "discount_rate": "share"}

    # calculation units read as words
    ws = book["Calculations"]
    # the fees' yearly change is a share a year; money rows carry the currency; hours rows say hours
    assert ws.cell(_row(ws, "escalation"), 3).value == "share a year"
    assert ws.cell(_row(ws, "in_house.wages"), 3).value == "USD"
    assert ws.cell(_row(ws, "workload_hours"), 3).value == "hours"

    # each result has its unit beside its figures
    ws = book["Results"]
    r = _row(ws, "in_house.wages", key_col=8)
    assert ws.cell(r, 3).value == "USD/month"
    assert all(isinstance(ws.cell(r, c).value, float) for c in (4, 5, 6))  # the three cases, as numbers
    r = _row(ws, "bpo.horizon_total", key_col=8)
    assert ws.cell(r, 3).value == "USD"


def test_months_formulas_name_the_sheet_of_every_calculation_they_read():
    book = _book()
    # On Months, a reference with no sheet name is a cell of Months itself, and a month's formulas read only their
    # own row (the month, its year, the option's other columns that month). Run-rate figures live on Calculations
    # and must be read as Calculations!D12: a bare D12 would read month 9's cell instead.
    ws = book["Months"]
    bare = re.compile(r"(?<![!A-Z$])\$?[A-Z]{1,3}\$?(\d+)\b")
    checked = 0
    for r in (4, 15, 40):
        for c in range(4, ws.max_column + 1):
            formula = ws.cell(r, c).value
            if not (isinstance(formula, str) and formula.startswith("=")):
                continue
            # drop sheet-qualified references (Calculations!D12, Inputs!$E$9, ranges of them) before looking
            local = re.sub(r"[A-Za-z]+!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?", "", formula)
            rows = {int(m) for m in bare.findall(local)}
            assert rows <= {r}, (ws.cell(3, c).value, formula)
            checked += 1
    assert checked > 30 and "Calculations!" in ws.cell(4, 4).value
