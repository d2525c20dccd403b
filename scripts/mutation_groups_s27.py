"""Session 27's test groups for scripts/mutation_fork.py: session 23's (scripts/mutation_groups_s23.py), with
tests/test_changed_s23.py after tests/test_changed_s21.py where it tests the module (both are part of the suite of this
run's commit), and groups for the modules whose lines changed after 0d9cb79 that session 23's lacked: ``deck``
(``build_deck``'s chart slides and their footer, ``_image`` through ``images.draw``) and ``price_words``
(``formatting.price_money``), and ``meeting.image_bytes``. Chosen by which files call the function or its callers in
estimator/ (no AppTest or browser module: mutation runs leave those out; "not png" leaves out the chart downloads'
Kaleido test). FORKRUN_EXTRA (space-separated files) runs first for every mutant."""

from __future__ import annotations

import os

S21 = "test_changed_s21.py "
S23 = "test_changed_s23.py "
GROUPS = {
    "assumptions": S21 + "test_walkfix_s20.py test_verdict.py test_formatting.py",
    "compare": "test_compare.py test_changed_s14.py",
    "compare_workbook": "test_exports_s15.py test_compare.py test_changed_s14.py",
    "currency": S21 + S23 + "test_currency.py test_currency_model.py test_captive.py",
    "deck": "test_deck.py test_deck_range_s16.py test_deck_direction_s16.py test_walk_s14.py",
    "export": S21 + "test_export.py test_interchange.py test_tidy_xlsx_s16.py test_walkfix_s20.py",
    "formatting": S21 + S23 + "test_formatting.py test_walkfix_s20.py test_decimal_comma_results.py "
                  "test_changed_s20.py test_small_s18.py test_changed_s14.py",
    "interchange": S21 + S23 + "test_interchange.py test_walkfix_s20.py test_tidy_xlsx_s16.py",
    "meeting": S23 + "test_deck_range_s16.py test_deck.py test_meeting.py",
    "params": S21 + S23 + "test_params.py test_currency_sourced.py test_captive_ranges.py",
    "price_words": "test_changed_s14.py test_walkfix_s20.py test_quote_check.py test_meeting.py test_workbook.py",
    "scenario": S21 + S23 + "test_currency_sourced.py test_walkfix_s20.py test_scenario.py test_currency_model.py",
    "verdict": S21 + S23 + "test_verdict.py test_walkfix_s20.py test_foreign_figures_s16.py",
    "workbook": S23 + "test_workbook.py test_exports_s15.py test_workbook_layout.py",
}
# A function whose callers' tests are another module's: the Excel money format is checked through the workbooks, a
# price's money through the price words, the comparison and the quote check, a chart's image through the deck.
FUNCTIONS = {
    "x_excel_money_format": S23 + "test_formatting.py test_tidy_xlsx_s16.py test_workbook.py test_exports_s15.py",
    "x_price_money": "test_formatting.py test_changed_s14.py test_walkfix_s20.py test_quote_check.py test_compare.py",
    "x_image_bytes": "test_exports_s15.py test_deck.py",
}
EXTRA = os.environ.get("FORKRUN_EXTRA", "").split()


def group(name: str) -> list[str]:
    """The test files (paths from the repository's root) that mutant ``name`` runs, in order."""
    module, function = name.split(".")[1], name.split(".")[2].partition("__mutmut_")[0]
    return EXTRA + [f"tests/{f}" for f in FUNCTIONS.get(function, GROUPS[module]).split()]


def all_files() -> list[str]:
    return sorted({f for files in [*GROUPS.values(), *FUNCTIONS.values()] for f in files.split()})
