"""Session 23's test groups for scripts/mutation_fork.py: session 21's (scripts/mutation_groups_s21.py), with
tests/test_changed_s21.py first in the groups of the functions it tests (it is part of the suite of this run's commit),
and groups for the modules whose lines changed after 4a8420d (59464fb: ``formatting.excel_money_format``, called by
``compare_workbook``, ``interchange``, ``meeting`` and ``workbook``). Chosen by which files call the function or its
callers in estimator/ (no AppTest or browser module: mutation runs leave those out). FORKRUN_EXTRA (space-separated
files) runs first for every mutant."""

from __future__ import annotations

import os

S21 = "test_changed_s21.py "
GROUPS = {
    "assumptions": S21 + "test_walkfix_s20.py test_verdict.py test_formatting.py",
    "compare": "test_compare.py test_changed_s14.py",
    "compare_workbook": "test_exports_s15.py test_compare.py test_changed_s14.py",
    "currency": S21 + "test_currency.py test_currency_model.py test_captive.py",
    "export": S21 + "test_export.py test_interchange.py test_tidy_xlsx_s16.py test_walkfix_s20.py",
    "formatting": S21 + "test_formatting.py test_walkfix_s20.py test_decimal_comma_results.py test_changed_s20.py "
                  "test_small_s18.py",
    "interchange": S21 + "test_interchange.py test_walkfix_s20.py test_tidy_xlsx_s16.py",
    "meeting": "test_deck_range_s16.py test_deck.py test_meeting.py",
    "params": S21 + "test_params.py test_currency_sourced.py test_captive_ranges.py",
    "scenario": S21 + "test_currency_sourced.py test_walkfix_s20.py test_scenario.py test_currency_model.py",
    "verdict": S21 + "test_verdict.py test_walkfix_s20.py test_foreign_figures_s16.py",
    "workbook": "test_workbook.py test_exports_s15.py test_workbook_layout.py",
}
# A function whose callers' tests are another module's: the new Excel money format is checked through the workbooks.
FUNCTIONS = {
    "x_excel_money_format": "test_formatting.py test_tidy_xlsx_s16.py test_workbook.py test_exports_s15.py",
}
EXTRA = os.environ.get("FORKRUN_EXTRA", "").split()


def group(name: str) -> list[str]:
    """The test files (paths from the repository's root) that mutant ``name`` runs, in order."""
    module, function = name.split(".")[1], name.split(".")[2].partition("__mutmut_")[0]
    return EXTRA + [f"tests/{f}" for f in FUNCTIONS.get(function, GROUPS[module]).split()]


def all_files() -> list[str]:
    return sorted({f for files in [*GROUPS.values(), *FUNCTIONS.values()] for f in files.split()})
