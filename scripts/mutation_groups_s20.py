"""Session 20's test groups for scripts/mutation_fork.py: which test files a mutant of each function changed since
05269ca (session 19) runs, in order (quick and likely killers first). Chosen by which files call the function or its
callers in estimator/ (no AppTest or browser module: mutation runs leave those out). FORKRUN_EXTRA (space-separated
files) runs first for every mutant."""

from __future__ import annotations

import os

GROUPS = {
    "assumptions": "test_formatting.py test_changed_s19.py test_small_promises.py test_converted_range_s17.py "
                   "test_currency_model.py test_walk_s13.py test_walk_s14.py test_store.py test_hostile.py "
                   "test_report_rupees_s19.py",
    "breakeven": "test_foreign_figures_s16.py test_breakeven.py",
    "scenario": "test_foreign_figures_s16.py test_breakeven.py test_scenario.py",
    "compare": "test_compare.py test_changed_s14.py test_compare_contacts.py test_exports_s15.py test_walk_s13.py",
    "compare_charts": "test_compare.py test_money_axes_s17.py test_changed_s14.py test_chart_templates.py "
                      "test_sample_leftovers.py",
    "formatting": "test_formatting.py test_decimal_comma_results.py test_small_s18.py test_changed_s19.py "
                  "test_waterfall_labels_s19.py test_charts.py test_changed_s18.py test_report_rupees_s19.py",
    "legend": "test_chart_handoff.py test_changed_s19.py test_decimal_comma_results.py test_walk_s14.py test_report.py "
              "test_report_rupees_s19.py",
    "portfolio_charts": "test_portfolio_charts.py test_money_axes_s17.py test_changed_s14.py test_chart_templates.py "
                        "test_charts.py",
}
EXTRA = os.environ.get("FORKRUN_EXTRA", "").split()


def group(name: str) -> list[str]:
    """The test files (paths from the repository's root) that mutant ``name`` runs, in order."""
    module = name.split(".")[1]
    return EXTRA + [f"tests/{f}" for f in GROUPS[module].split()]


def all_files() -> list[str]:
    return sorted({f for files in GROUPS.values() for f in files.split()})
