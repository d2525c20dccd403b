"""The version-1 model inside today's: every cost that issue 6 added set to zero.

With these terms the estimator must give back the figures the README's v1 worked example and the
earlier hand-computed tests state, to the cent: the new components add to the old model, they do
not change it.
"""

from __future__ import annotations

from dataclasses import replace

from estimator.scenario import People, Scenario, VendorTerms

# Inputs issue 6 added that a range may be given for: v1 had none of them.
ISSUE_6_RANGES = ("handle_time_ratio", "vendor_shrinkage", "severance_weeks_per_year")


def v1(scenario: Scenario) -> Scenario:
    """``scenario`` with no productivity gap, no ramp-up, fees from the contract's first month, no
    governance floor, no severance, retention or stranded cost, and no sourced ranges in the Monte Carlo."""
    return replace(
        scenario,
        ranges=tuple(r for r in scenario.ranges if r.key not in ISSUE_6_RANGES),
        vendor_terms=VendorTerms(handle_time_ratio=1.0, ramp_up=(), bills_during_transition=True),
        people=People(leaver_share=0.0, retention_bonus_share=0.0, stranded_overhead_share=0.0),
        vendor_management=replace(scenario.vendor_management, governance_min_fte=0.0),
        uncertainty=replace(scenario.uncertainty, sourced_ranges=False),
    )
