"""Hypothesis strategies for scenarios, shared by the property tests."""

from __future__ import annotations

import os

from hypothesis import strategies as st

from estimator.assumptions import ASSUMPTIONS, IN_HOUSE_KEYS, RANGE_KEYS, VENDOR_MANAGEMENT_KEYS
from estimator.pricing import load_price_book
from estimator.scenario import BusinessCase, InHouseInputs, InputRange, Scenario, Uncertainty, VendorManagement, VendorPrice

BOOK = load_price_book()


def examples(n: int) -> int:
    """``n`` hypothesis examples; a fifth of them (at least 20) in a mutation run (scripts/mutate.sh sets
    MUTATION_RUN), which runs every covering test once per mutant. The examples there are derandomized
    (conftest's "mutmut" profile), so every mutant meets the same ones."""
    return max(20, n // 5) if os.environ.get("MUTATION_RUN") else n


def within(key: str) -> st.SearchStrategy[float]:
    a = ASSUMPTIONS[key]
    low = max(a.minimum, 1.0) if key in ("span_of_control", "paid_hours_per_year") else a.minimum
    return st.floats(low, a.maximum, allow_nan=False, allow_infinity=False)


in_house_inputs = st.builds(InHouseInputs, **{k: within(k) for k in IN_HOUSE_KEYS})
management = st.builds(VendorManagement, **{k: within(k) for k in VENDOR_MANAGEMENT_KEYS})


@st.composite
def business_cases(draw) -> BusinessCase:
    years = draw(st.integers(1, 10))
    return BusinessCase(horizon_years=years, wage_inflation=draw(st.floats(-0.05, 0.2)),
                        contract_escalation=draw(st.floats(-0.05, 0.2)), discount_rate=draw(st.floats(0, 0.3)),
                        dual_running_months=draw(st.integers(0, min(24, 12 * years))),
                        exit_rate=draw(st.floats(0, 1)))


@st.composite
def prices(draw, option: str, bases: tuple[str, ...] = ("per_hour", "per_month", "savings_share")) -> VendorPrice:
    basis = draw(st.sampled_from(bases))
    top = 0.99 if basis == "savings_share" else 10_000.0
    a, b = sorted(draw(st.lists(st.floats(0, top, allow_nan=False), min_size=2, max_size=2)))
    units = draw(st.floats(0, 1_000, allow_nan=False))
    return VendorPrice(basis, a, b, units=units, option=option)


@st.composite
def input_ranges(draw, required: tuple[str, ...] = ()) -> tuple[InputRange, ...]:
    """Up to four assumptions given as ranges, always including one of ``required`` when it is given."""
    keys = draw(st.lists(st.sampled_from(sorted(RANGE_KEYS)), unique=True, max_size=4))
    if required:
        must = draw(st.lists(st.sampled_from(required), min_size=1, unique=True))
        keys = list(dict.fromkeys([*must, *keys]))
    ranges = []
    for key in keys:
        a = ASSUMPTIONS[key]
        low_bound = max(a.minimum, 1.0) if key in ("span_of_control", "paid_hours_per_year") else a.minimum
        top = min(a.maximum, 1e6)
        lo, hi = sorted(draw(st.lists(st.floats(low_bound, top, allow_nan=False), min_size=2, max_size=2)))
        ranges.append(InputRange(key, lo, hi))
    return tuple(ranges)


SCENARIO_FIELDS = dict(
    function=st.sampled_from(BOOK.functions),
    workload=st.floats(0, 5_000, allow_nan=False),
    workload_basis=st.sampled_from(["fte", "hours_per_month"]),
    name=st.text(min_size=1, max_size=40).filter(lambda s: s.strip()) | st.sampled_from(["'=x", "=1+2", "-3", "'", "\r=1+2"]),
    in_house=in_house_inputs,
    vendor_management=management,
    bpo=st.none() | prices("bpo"),
    kpo=st.none() | prices("kpo"),
    business_case=business_cases(),
    ranges=input_ranges(),
    uncertainty=st.builds(Uncertainty, draws=st.just(200), seed=st.integers(0, 2**32 - 1),
                          distribution=st.sampled_from(["uniform", "triangular", "pert"]),
                          sourced_ranges=st.just(False)),
)


def scenarios_where(**fields: st.SearchStrategy) -> st.SearchStrategy[Scenario]:
    """Scenarios with some fields drawn from narrower strategies (the rest as in ``scenarios``)."""
    return st.builds(Scenario, **{**SCENARIO_FIELDS, **fields})


# The combination where "cheap end" turns round: a headcount workload with shrinkage or paid hours as a
# range, priced by the hour. More shrinkage means fewer productive hours to buy, so the cheap case takes
# the high shrinkage (estimator/params.py, _cost_rises). Drawn on purpose: a uniform draw over every field
# meets it in about one example in thirty.
headcount_hours_ranged = scenarios_where(
    workload_basis=st.just("fte"),
    workload=st.floats(0.5, 5_000, allow_nan=False),
    bpo=prices("bpo", ("per_hour",)),
    kpo=st.none() | prices("kpo", ("per_hour", "savings_share")),
    ranges=input_ranges(required=("shrinkage", "paid_hours_per_year")),
)

scenarios = st.one_of(scenarios_where(), headcount_hours_ranged)
