"""Session 19's test groups for scripts/mutation_fork.py: which test files a mutant of each function changed since
4caf26f runs, in order (quick and likely killers first, the slow property tests of tests/test_portfolio.py last).
Chosen by which files call the function or its callers in estimator/ (no AppTest or browser module: mutation runs
leave those out). FORKRUN_EXTRA (space-separated files) runs first for every mutant."""

from __future__ import annotations

import os

GROUPS = {
    "formatting": "test_formatting.py test_small_s18.py test_changed_s18.py test_currency.py test_behaviour.py "
                  "test_small_promises.py test_changed_s14.py test_decimal_comma.py",
    "assumptions": "test_formatting.py test_small_promises.py test_converted_range_s17.py test_currency_model.py "
                   "test_hostile.py test_store.py",
    "legend": "test_chart_handoff.py test_report.py test_charts.py test_meeting.py",
    "report": "test_report.py test_deck_direction_s16.py test_hostile.py test_meeting.py",
    "ranges": "test_ranges.py test_hostile.py test_scenario.py test_staffing.py",
    "staffing": "test_staffing.py test_hostile.py test_contact_workload.py",
    "intervals": "test_intervals.py test_hostile.py test_contact_centre_labels.py",
    "compare": "test_compare.py test_changed_s14.py test_compare_contacts.py test_exports_s15.py",
    "portfolio": "test_mix_settings_rates_s18.py test_mix_rates_s18.py test_sample_leftovers.py test_small_promises.py "
                 "test_captive_option.py test_portfolio.py",
    "portfolio_table": "test_portfolio_table.py test_mix_rates_s18.py test_portfolio.py",
    "scenario": "test_scenario.py test_converted_range_s17.py test_currency_model.py test_hostile.py "
                "test_sample_leftovers.py test_mix_rates_s18.py",
}
EXTRA = os.environ.get("FORKRUN_EXTRA", "").split()


def group(name: str) -> list[str]:
    """The test files (paths from the repository's root) that mutant ``name`` runs, in order."""
    module = name.split(".")[1]
    return EXTRA + [f"tests/{f}" for f in GROUPS[module].split()]


def all_files() -> list[str]:
    return sorted({f for files in GROUPS.values() for f in files.split()})
