"""Session 21's test groups for scripts/mutation_fork.py: which test files a mutant of each function changed since
346d693 (session 20's start) runs, in order (quick and likely killers first). Chosen by which files call the function
or its callers in estimator/ (no AppTest or browser module: mutation runs leave those out, so tests/test_small_s20.py,
which imports AppTest, is left out whole). FORKRUN_EXTRA (space-separated files) runs first for every mutant."""

from __future__ import annotations

import os

# Short groups (the files that call the function, or its nearest caller): a survivor runs its whole group, and on the
# loaded machine (load 12-16 on 2 cores) the first groups of 130-220 tests took 1-3 minutes a survivor. So "before"
# is a floor, as in sessions 18-20. The longer groups first tried are kept in WIDER, for a rerun of the survivors.
GROUPS = {
    "assumptions": "test_walkfix_s20.py test_verdict.py test_formatting.py",
    "compare": "test_compare.py test_changed_s14.py",
    "currency": "test_currency.py test_currency_model.py test_captive.py",
    "export": "test_export.py test_interchange.py test_tidy_xlsx_s16.py test_walkfix_s20.py",
    "formatting": "test_formatting.py test_walkfix_s20.py test_decimal_comma_results.py test_changed_s20.py "
                  "test_small_s18.py",
    "interchange": "test_interchange.py test_walkfix_s20.py test_tidy_xlsx_s16.py",
    "params": "test_params.py test_currency_sourced.py test_captive_ranges.py",
    "scenario": "test_currency_sourced.py test_walkfix_s20.py test_scenario.py test_currency_model.py",
    "verdict": "test_verdict.py test_walkfix_s20.py test_foreign_figures_s16.py",
}
SCENARIO = ("test_currency_sourced.py test_walkfix_s20.py test_scenario.py test_currency_model.py test_changed_s18.py "
            "test_mix_file_rate_s17.py test_migrations.py test_store.py test_exports_s15.py test_verdict.py")
WIDER = {
    "assumptions": "test_walkfix_s20.py test_verdict.py test_formatting.py test_report_rupees_s19.py "
                   "test_foreign_figures_s16.py test_exports_s15.py",
    "compare": "test_compare.py test_changed_s14.py test_compare_contacts.py test_exports_s15.py test_walk_s13.py",
    "currency": "test_currency.py test_currency_model.py test_captive.py test_currency_sourced.py test_walkfix_s20.py "
                "test_mix_rates_s18.py",
    "export": "test_export.py test_interchange.py test_export_rows.py test_tidy_xlsx_s16.py test_walkfix_s20.py "
              "test_foreign_figures_s16.py test_exports_s15.py",
    "formatting": "test_formatting.py test_walkfix_s20.py test_decimal_comma_results.py test_currency.py "
                  "test_small_s18.py test_changed_s19.py test_changed_s20.py test_waterfall_labels_s19.py "
                  "test_charts.py test_money_axes_s17.py",
    "interchange": "test_interchange.py test_walkfix_s20.py test_tidy_xlsx_s16.py test_changed_s14.py "
                   "test_export_rows.py test_sample_leftovers.py test_contact_workload.py test_compare.py "
                   "test_exports_s15.py",
    "params": "test_params.py test_walkfix_s20.py test_currency_sourced.py test_captive_ranges.py "
              "test_converted_range_s17.py test_foreign_figures_s16.py test_uncertainty.py",
    "scenario": SCENARIO,
    "verdict": "test_verdict.py test_walkfix_s20.py test_foreign_figures_s16.py test_report_rupees_s19.py "
               "test_report.py test_exports_s15.py test_small_shares_s17.py",
}
if os.environ.get("FORKRUN_WIDER"):
    GROUPS = WIDER
EXTRA = os.environ.get("FORKRUN_EXTRA", "").split()


def group(name: str) -> list[str]:
    """The test files (paths from the repository's root) that mutant ``name`` runs, in order."""
    module = name.split(".")[1]
    return EXTRA + [f"tests/{f}" for f in GROUPS[module].split()]


def all_files() -> list[str]:
    return sorted({f for files in GROUPS.values() for f in files.split()})
