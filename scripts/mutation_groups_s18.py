"""Session 18's test groups for scripts/mutation_fork.py: which test files a mutant of each changed function runs,
in order (quick and likely killers first, the slow property tests of tests/test_portfolio.py last). Chosen by
which files call the function or its callers in estimator/ (no AppTest or browser module: mutation runs leave
those out). FORKRUN_EXTRA (space-separated files) runs first for every mutant."""

from __future__ import annotations

import os

GROUPS = {
    "compare": "test_compare.py test_money_axes_s17.py test_changed_s14.py test_chart_templates.py "
               "test_sample_leftovers.py",
    "range": "test_formatting.py test_meeting.py test_deck_range_s16.py test_charts.py test_report.py "
             "test_deck_direction_s16.py test_exports_s15.py test_changed_s14.py",
    "words": "test_small_shares_s17.py test_verdict.py test_hidden_costs.py test_captive_mutants.py "
             "test_deck_direction_s16.py test_foreign_figures_s16.py test_behaviour.py test_formatting.py "
             "test_meeting.py",
    "local": "test_formatting.py test_intervals.py test_contact_centre_labels.py test_staffing.py",
    "portfolio": "test_mix_file_rate_s17.py test_sample_leftovers.py test_portfolio.py",
    "mix": "test_portfolio_charts.py test_money_axes_s17.py test_changed_s14.py test_chart_templates.py test_charts.py",
    "report": "test_report.py test_deck_direction_s16.py test_hostile.py test_meeting.py",
    "scenario": "test_converted_range_s17.py test_mix_file_rate_s17.py test_currency_model.py test_scenario.py "
                "test_sample_leftovers.py test_migrations.py test_store.py test_contact_workload.py "
                "test_captive_mutants.py test_params.py test_portfolio.py",
}
EXTRA = os.environ.get("FORKRUN_EXTRA", "").split()


def _group(name: str) -> str:
    for key, group in (("compare_charts", "compare"), ("portfolio_charts", "mix"), ("report", "report"),
                       ("portfolio.", "portfolio"), ("scenario", "scenario"), ("verdict", "words"),
                       ("share_size", "words"), ("parse_local", "local"), ("format_local", "local"),
                       ("intervals", "local")):
        if key in name:
            return group
    return "range"


def group(name: str) -> list[str]:
    """The test files (paths from the repository's root) that mutant ``name`` runs, in order."""
    return EXTRA + [f"tests/{f}" for f in GROUPS[_group(name)].split()]


def all_files() -> list[str]:
    return sorted({f for files in GROUPS.values() for f in files.split()})
