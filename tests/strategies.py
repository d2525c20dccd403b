"""Hypothesis strategies for scenarios, shared by the property tests."""

from __future__ import annotations

import math
import os

from hypothesis import strategies as st

from estimator.assumptions import (
    ASSUMPTIONS,
    BILLED_UNITS,
    IN_HOUSE_KEYS,
    LOCATIONS,
    MAX_RAMP_MONTHS,
    PEOPLE_KEYS,
    RANGE_KEYS,
    VENDOR_MANAGEMENT_KEYS,
    VENDOR_TERMS_KEYS,
)
from estimator.pricing import load_price_book
from estimator.scenario import (
    ESCALATION_INDICES,
    BusinessCase,
    InHouseInputs,
    InputRange,
    People,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    VendorTerms,
    quote_basis,
    reference_price,
)

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


# --- scenarios the estimate page can show (views/share.py widget_state) ----------------------------------------

PAGE_FTE_MAX = 500  # views/inputs.py FTE_SLIDER_MAX: the headcount slider's end


def _nice_ceiling(x: float) -> float:
    """The page's range-slider end for money and counts (views/inputs.py ``_nice_ceiling``), written again
    here so that the strategy does not lean on the code under test: the next 1, 2 or 5 × 10^k at or above x."""
    if x <= 0:
        return 1.0
    k = 10 ** math.floor(math.log10(x))
    return next(m * k for m in (1, 2, 5, 10) if m * k >= x)


@st.composite
def page_prices(draw, function: str, option: str) -> VendorPrice | None:
    """No price, the reference range's slider (hourly ranges up to twice the reference top, shares to 95%),
    or a typed quote, on the basis the page offers for the work."""
    ref = reference_price(BOOK, function, option)
    basis = ref.basis if ref else quote_basis(BOOK, function, option)
    share = basis == "savings_share"
    kind = draw(st.sampled_from(["none", "quote"] + (["slider"] if ref else [])))
    if kind == "none":
        return None
    if kind == "slider":
        assert ref is not None
        top = 0.95 if share else _nice_ceiling(2 * ref.high)
        source = ref.source
    else:
        top, source = (0.99 if share else 1_000_000.0), "vendor quote"
    low, high = sorted(draw(st.lists(st.floats(0, top, allow_nan=False), min_size=2, max_size=2)))
    if kind == "quote":  # a quote's field shows four decimals at most, and holds what it shows
        low, high = round(low, 4), round(high, 4)  # views.local_numbers.QUOTE_PLACES
    return VendorPrice(basis, low, high, source=source, option=option,
                       # employees served: a number field, two decimals shown when it holds a fraction, and held
                       # as shown (views.inputs._held_as_shown: 1.375 from a file opens as 1.38, as every such field)
                       units=round(draw(st.floats(0, 1_000_000)), 2) if basis == "per_month" else 1.0,
                       billed=draw(st.sampled_from(sorted(BILLED_UNITS))) if basis == "per_hour" else "productive_hour",
                       # a range from the price book carries its row's location; a typed quote says its own
                       location=ref.location if kind == "slider" and ref else draw(st.sampled_from(sorted(LOCATIONS))))


def _page_range(draw, key: str, point: float) -> InputRange:
    """A range around ``point`` (its mode) within the page's range slider for ``key``."""
    a = ASSUMPTIONS[key]
    if a.is_share:
        bottom, top = a.minimum, a.maximum
    else:
        bottom = max(a.minimum, 0.0)
        top = min(_nice_ceiling(max(2 * (a.high or a.default), 2 * point, a.default)), a.maximum)
    low = draw(st.floats(bottom, point))
    high = draw(st.floats(point, top))
    return InputRange(key, low, high, mode=point)


def _as_field(key: str, value: float) -> float:
    """``value`` as the page's widget for ``key`` holds it: a share in its slider as drawn, any other figure in a
    number field to the two decimals it shows (views.inputs._number)."""
    return value if ASSUMPTIONS[key].is_share else round(value, 2)


@st.composite
def page_scenarios(draw) -> Scenario:
    """Any scenario the estimate page's widgets can show: every field that has a widget drawn over the
    widget's whole reach, except the currencies (all USD here; tests/test_currency_page.py opens scenarios in
    other currencies); fields without one (sourced ranges, a price's own source or mode) left as the page sets them. With ranges on, the page gives every rangeable assumption a range, around the
    value its point field held."""
    function = draw(st.sampled_from(BOOK.functions))
    basis = draw(st.sampled_from(["fte", "hours_per_month"]))
    # a number field shows two decimals at most (a share is a slider's percent) and holds what it shows
    workload = float(draw(st.integers(1, PAGE_FTE_MAX))) if basis == "fte" else round(draw(st.floats(0, 1_000_000)), 2)
    points = {k: _as_field(k, draw(within(k)))
              for k in (*IN_HOUSE_KEYS, *VENDOR_MANAGEMENT_KEYS, *VENDOR_TERMS_KEYS, *PEOPLE_KEYS,
                        "wage_inflation", "contract_escalation", "discount_rate", "exit_rate")}
    points["stranded_months"] = float(draw(st.integers(0, int(ASSUMPTIONS["stranded_months"].maximum))))
    ranges = tuple(_page_range(draw, k, points[k]) for k in RANGE_KEYS) if draw(st.booleans()) else ()
    years = draw(st.integers(int(ASSUMPTIONS["horizon_years"].minimum), int(ASSUMPTIONS["horizon_years"].maximum)))
    dual = draw(st.integers(0, min(int(ASSUMPTIONS["dual_running_months"].maximum), 12 * years)))
    selection = draw(st.integers(0, min(int(ASSUMPTIONS["selection_months"].maximum), 12 * years - dual)))
    case = BusinessCase(horizon_years=years, dual_running_months=dual, selection_months=selection,
                        **{k: points[k] for k in ("wage_inflation", "contract_escalation", "discount_rate", "exit_rate")})
    name = draw(st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=40)
                .map(str.strip).filter(bool))
    return Scenario(
        function=function, workload=workload, workload_basis=basis, name=name,
        in_house=InHouseInputs(**{k: points[k] for k in IN_HOUSE_KEYS}),
        vendor_management=VendorManagement(**{k: points[k] for k in VENDOR_MANAGEMENT_KEYS}),
        vendor_terms=VendorTerms(**{k: points[k] for k in VENDOR_TERMS_KEYS},
                                 escalation_index=draw(st.sampled_from(sorted(ESCALATION_INDICES))),
                                 bills_during_transition=draw(st.booleans()),
                                 ramp_up=tuple(draw(st.lists(st.floats(0, 5), max_size=MAX_RAMP_MONTHS)))),
        people=People(**{k: points[k] for k in PEOPLE_KEYS}, staff_transfer=draw(st.booleans())),
        business_case=case, ranges=ranges,
        bpo=draw(page_prices(function, "bpo")), kpo=draw(page_prices(function, "kpo")),
        uncertainty=Uncertainty(draws=draw(st.integers(1_000, 100_000)), seed=draw(st.integers(0, 2**32 - 1)),
                                distribution=draw(st.sampled_from(["uniform", "triangular", "pert"])),
                                escalation_correlation=round(draw(within("escalation_correlation")), 2)))
