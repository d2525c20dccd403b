"""Session 27's second run's test groups for scripts/mutation_fork.py (the lines changed in session 27, b70e58c..):
session 27's (scripts/mutation_groups_s27.py), with tests/test_changed_s27.py where it tests the module (the deck's
chart slides and images, ``image_bytes``, ``price_money`` and ``price_words``, the scenario's ranges and KPO quote),
and groups for what changed: ``filenames`` (new: its own tests and the meeting's ``file_stem``; the modules' doctests
are not run by mutation runs, so ``compared_stem`` has only tests/test_filenames_s27.py), ``text_width`` (new: the
images' footer and the deck), ``quote_check`` (mutated whole before, so no group), ``meeting``'s source rows
(``_whose``) and footer (``shortened``, ``footer_lines``, ``export_figure``), the deck's ``slide_foot`` and
``name_size``, ``compare``'s words (tests/test_compare_words_s27.py first) and ``Scenario.default``. Fast unit-test
files first. Chosen by which files call the function or its callers in estimator/ (no AppTest or browser module:
mutation runs leave those out; run with -k "not sidebar_shows": test_compare_words_s27.py's last test starts the
page from inside the test, where the conftest's check does not see it). FORKRUN_EXTRA (space-separated files) runs
first for every mutant."""

from __future__ import annotations

import os

S21 = "test_changed_s21.py "
S23 = "test_changed_s23.py "
S27 = "test_changed_s27.py "
GROUPS = {
    "assumptions": S21 + "test_walkfix_s20.py test_verdict.py test_formatting.py",
    "compare": "test_compare_words_s27.py test_compare.py test_changed_s14.py test_compare_contacts.py",
    "compare_workbook": "test_exports_s15.py test_compare.py test_changed_s14.py",
    "currency": S21 + S23 + "test_currency.py test_currency_model.py test_captive.py",
    "deck": S27 + "test_deck.py test_export_footer.py test_deck_range_s16.py test_deck_direction_s16.py "
            "test_walk_s14.py",
    "export": S21 + "test_export.py test_interchange.py test_tidy_xlsx_s16.py test_walkfix_s20.py",
    "filenames": "test_filenames_s27.py test_meeting.py",
    "formatting": S21 + S23 + "test_formatting.py test_walkfix_s20.py test_decimal_comma_results.py "
                  "test_changed_s20.py test_small_s18.py test_changed_s14.py",
    "interchange": S21 + S23 + "test_interchange.py test_walkfix_s20.py test_tidy_xlsx_s16.py",
    "meeting": S23 + S27 + "test_export_footer.py test_sources_whose_s27.py test_deck_range_s16.py test_deck.py "
               "test_meeting.py",
    "params": S21 + S23 + "test_params.py test_currency_sourced.py test_captive_ranges.py",
    "price_words": S27 + "test_changed_s14.py test_walkfix_s20.py test_quote_check.py test_meeting.py test_workbook.py",
    "quote_check": "test_quote_check.py",
    "scenario": S21 + S23 + S27 + "test_currency_sourced.py test_walkfix_s20.py test_scenario.py "
                "test_currency_model.py",
    "text_width": "test_export_footer.py test_deck.py",
    "verdict": S21 + S23 + "test_verdict.py test_walkfix_s20.py test_foreign_figures_s16.py",
    "workbook": S23 + "test_workbook.py test_exports_s15.py test_workbook_layout.py",
}
# A function whose callers' tests are another module's: the Excel money format is checked through the workbooks, a
# price's money through the price words, the comparison and the quote check, a chart's image through the deck; an
# assumption's source row and a scenario's default through the sources' rows.
FUNCTIONS = {
    "x_excel_money_format": S23 + "test_formatting.py test_tidy_xlsx_s16.py test_workbook.py test_exports_s15.py",
    "x_price_money": S27 + "test_formatting.py test_changed_s14.py test_walkfix_s20.py test_quote_check.py "
                     "test_compare.py",
    "x_image_bytes": S27 + "test_exports_s15.py test_deck.py",
    "x_source_rows": "test_sources_whose_s27.py test_deck.py test_meeting.py",
    "x__whose": "test_sources_whose_s27.py test_deck.py test_meeting.py",
    "x_slide_foot": "test_export_footer.py test_deck.py " + S27,
    "x_name_size": "test_deck.py test_export_footer.py " + S27,
    "x_shortened": "test_export_footer.py test_deck.py test_meeting.py",
    "x_footer_lines": "test_export_footer.py test_deck.py test_meeting.py",
    "x_export_figure": "test_export_footer.py " + S27 + "test_deck.py test_meeting.py",
    "xǁScenarioǁdefault": "test_sources_whose_s27.py test_scenario.py test_deck.py",
}
EXTRA = os.environ.get("FORKRUN_EXTRA", "").split()


def group(name: str) -> list[str]:
    """The test files (paths from the repository's root) that mutant ``name`` runs, in order."""
    module, function = name.split(".")[1], name.split(".")[2].partition("__mutmut_")[0]
    return EXTRA + [f"tests/{f}" for f in FUNCTIONS.get(function, GROUPS[module]).split()]


def all_files() -> list[str]:
    return sorted({f for files in [*GROUPS.values(), *FUNCTIONS.values()] for f in files.split()})
