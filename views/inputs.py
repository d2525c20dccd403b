"""Sidebar widgets: the work, the vendor prices and the in-house assumptions, read into a Scenario.

Every widget has a key (tests address widgets by it). Defaults come from the
price book and :mod:`estimator.assumptions`; none is typed here. Shares are
percent on screen and fractions in the estimator.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import streamlit as st

from estimator.assumptions import ASSUMPTIONS, IN_HOUSE_KEYS, RANGE_KEYS, VENDOR_MANAGEMENT_KEYS, Assumption
from estimator.formatting import money_range, percent
from estimator.pricing import PriceBook
from estimator.scenario import (
    DISTRIBUTIONS,
    MAX_HOURS_PER_MONTH,
    OPTION_LABELS,
    BusinessCase,
    InHouseInputs,
    InputRange,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    quote_basis,
    reference_price,
)

WORKLOAD_CHOICES = {"fte": "In-house headcount (FTE)", "hours_per_month": "Productive hours a month"}
BASIS_UNITS = {"per_hour": "per productive hour", "per_month": "per billing unit a month",
               "savings_share": "below in-house cost"}
PRICE_KEYS = ("price", "use_quote", "quote_low", "quote_high", "units")
# Widget bounds, not defaults: how far a slider reaches around its value.
FTE_SLIDER_MAX = 500
SPAN_FACTOR = 2.0
SAVINGS_SLIDER_MAX = 95
# The workload the page opens on: the README's worked example (10 agents), not a sourced figure.
EXAMPLE_FTE = 10
EXAMPLE_HOURS = 1_000.0


def _reset_prices() -> None:
    """A new function has a new reference range: drop the old price widgets so they start from it."""
    for option in ("bpo", "kpo"):
        for name in PRICE_KEYS:
            st.session_state.pop(f"{option}_{name}", None)


def _nice_ceiling(x: float) -> float:
    """The next 1, 2 or 5 × 10^k at or above ``x`` (a slider end a reader can take in)."""
    if x <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(x))
    return next(m * exp for m in (1, 2, 5, 10) if m * exp >= x)


def _assumption_widget(a: Assumption, prefix: str, as_range: bool = False) -> float | tuple[float, float]:
    """One assumption as a slider (shares, in percent) or a number input (money, counts).

    With ``as_range`` (assumptions the Monte Carlo can draw), a two-handle slider over the sources'
    range instead; it returns (low, high).
    """
    source = f"{a.source}. Default {a.show(a.default)}" + (
        f"; sources' range {a.show_range(a.low, a.high)}." if a.low is not None and a.high is not None else ".")
    key = f"{prefix}{a.key}"
    if as_range and a.key in RANGE_KEYS:
        low, high = (a.low, a.high) if a.low is not None and a.high is not None else (a.default, a.default)
        if a.is_share:
            picked = st.slider(f"{a.label}, range (%)", min_value=a.minimum * 100, max_value=a.maximum * 100,
                               value=(low * 100, high * 100), step=0.5, format="%.1f%%", help=source,
                               key=f"{key}_range")
            return picked[0] / 100, picked[1] / 100
        top = min(_nice_ceiling(max(2 * high, a.default)), a.maximum)
        picked = st.slider(f"{a.label}, range ({a.unit})", min_value=max(a.minimum, 0.0), max_value=float(top),
                           value=(low, high), step=1.0 if top <= 10_000 else 100.0, format="%.0f", help=source,
                           key=f"{key}_range")
        return float(picked[0]), float(picked[1])
    if a.is_share:
        value = st.slider(f"{a.label} (% {a.unit.removeprefix('share of ')})", min_value=a.minimum * 100,
                          max_value=a.maximum * 100, value=a.default * 100, step=0.5, format="%.1f%%",
                          help=source, key=key)
        return value / 100
    step = 1.0 if a.maximum <= 10_000 else 500.0
    return st.number_input(f"{a.label} ({a.unit})", min_value=a.minimum, max_value=a.maximum, value=a.default,
                           step=step, format="%.0f", help=source, key=key)


def _price_widgets(book: PriceBook, function: str, option: str) -> Callable[[], VendorPrice | None]:
    """Slider over the reference range, or a typed quote.

    Returns a builder rather than the price, so that a bad quote is reported
    only after every widget is on screen (nothing the user typed disappears).
    """
    label = OPTION_LABELS[option]
    ref = reference_price(book, function, option)
    basis = ref.basis if ref else quote_basis(book, function, option)
    share = basis == "savings_share"
    scale = 100.0 if share else 1.0
    unit = BASIS_UNITS[basis]
    st.markdown(f"**{label} price** ({'%' if share else 'USD'} {unit})")
    use_quote = ref is None or st.toggle("Type a vendor quote instead", key=f"{option}_use_quote",
                                         help=f"Replace the reference range ({ref.source}) with your own quote."
                                         if ref else None)
    if ref is None:
        st.info(f"No reference price for {function} under {label}: enter a vendor quote.", icon="✍️")
    if use_quote:
        c1, c2 = st.columns(2)
        # The estimator's limits, in the widget's units: a savings share below 99%, a price below a million.
        top = 99.0 if share else 1_000_000.0
        low = c1.number_input("Quote low", min_value=0.0, max_value=top, value=ref.low * scale if ref else None,
                              step=1.0, key=f"{option}_quote_low", placeholder="low")
        high = c2.number_input("Quote high", min_value=0.0, max_value=top, value=ref.high * scale if ref else None,
                               step=1.0, key=f"{option}_quote_high", placeholder="high")
        if low is None and high is None:
            return lambda: None
        if low is None or high is None:
            low = high = low if high is None else high
        source = "vendor quote"
    else:
        assert ref is not None
        top = SAVINGS_SLIDER_MAX if share else _nice_ceiling(SPAN_FACTOR * ref.high)
        step = 1.0 if share or top <= 500 else 5.0
        low, high = st.slider(
            f"{label} price range", min_value=0.0, max_value=float(top), value=(ref.low * scale, ref.high * scale),
            step=0.5 if top <= 100 and not share else step, format="%.0f%%" if share else "$%.1f",
            key=f"{option}_price", label_visibility="collapsed",
            help=f"Reference range {money_range(ref.low, ref.high) if not share else f'{percent(ref.low)}–{percent(ref.high)}'}"
                 f" from seed '{ref.source}'.")
        source = ref.source
    units = 1.0
    if basis == "per_month":
        units = st.number_input("Billing units a month", min_value=0.0, value=1.0, step=1.0, key=f"{option}_units",
                                help="What one monthly price covers (the seed does not say): set it to match your quote.")
    return lambda: VendorPrice(basis, low / scale, high / scale, units=units, source=source, option=option)


def sidebar_scenario(book: PriceBook) -> Scenario:
    """Render the sidebar and return the validated scenario; raises :class:`InputError` on bad input."""
    from views.share import open_pending  # a scenario opened or linked sets the widgets before they render

    open_pending(book)
    sb = st.sidebar
    with sb:
        function = st.selectbox("Work to price", book.functions, key="function", on_change=_reset_prices)
        basis = st.segmented_control("Workload given as", list(WORKLOAD_CHOICES), format_func=WORKLOAD_CHOICES.get,
                                     default="fte", key="workload_basis", required=True)
        if basis == "hours_per_month":
            workload = st.number_input("Productive hours of work a month", min_value=0.0, max_value=MAX_HOURS_PER_MONTH,
                                       value=EXAMPLE_HOURS, step=10.0, key="hours_per_month",
                                       help="Hours of actual work, after shrinkage.")
        else:
            workload = st.slider("In-house headcount (FTE)", min_value=1, max_value=FTE_SLIDER_MAX, value=EXAMPLE_FTE,
                                 step=1, key="fte", help="Staff doing this work in-house today, in full-time equivalents.")
        prices = {option: _price_widgets(book, function, option) for option in ("bpo", "kpo")}
        with st.expander("Business case over time"):
            case = _business_case_widgets()
        with st.expander("Uncertainty (Monte Carlo)"):
            uncertainty, as_range = _uncertainty_widgets()
        with st.expander("In-house assumptions", expanded=as_range):
            in_house = {k: _assumption_widget(ASSUMPTIONS[k], "in_house_", as_range) for k in IN_HOUSE_KEYS}
        with st.expander("Managing a vendor"):
            management = {k: _assumption_widget(ASSUMPTIONS[k], "vm_", as_range) for k in VENDOR_MANAGEMENT_KEYS}
        name = st.text_input("Scenario name", value=f"{function}", key="scenario_name", max_chars=200)
    values = {**in_house, **management, **case}
    # The sourced default is the most likely value of a range that holds it, so turning ranges on
    # widens the answer without moving its middle.
    ranges = tuple(InputRange(k, *v, mode=ASSUMPTIONS[k].default if v[0] <= ASSUMPTIONS[k].default <= v[1] else None)
                   for k, v in values.items() if isinstance(v, tuple))
    point = {r.key: r.point for r in ranges}
    point.update({k: v for k, v in values.items() if not isinstance(v, tuple)})
    return Scenario(function=function, workload=float(workload or 0.0), workload_basis=basis, name=name or function,
                    in_house=InHouseInputs(**{k: point[k] for k in IN_HOUSE_KEYS}),
                    vendor_management=VendorManagement(**{k: point[k] for k in VENDOR_MANAGEMENT_KEYS}),
                    business_case=BusinessCase(**{k: point[k] for k in case}),
                    bpo=prices["bpo"](), kpo=prices["kpo"](), ranges=ranges, uncertainty=uncertainty)


def _business_case_widgets() -> dict[str, float | int | tuple[float, float]]:
    """Horizon, inflation, escalation, discount rate, dual running and exit cost."""
    a = ASSUMPTIONS
    years = st.slider("Horizon (years)", min_value=int(a["horizon_years"].minimum), max_value=int(a["horizon_years"].maximum),
                      value=int(a["horizon_years"].default), step=1, key="horizon_years", help=a["horizon_years"].source)
    longest = min(int(a["dual_running_months"].maximum), 12 * years)
    if st.session_state.get("dual_running_months", 0) > longest:
        # A shorter horizon caps the dual running it can hold; keep the user's choice as far as it fits.
        st.session_state["dual_running_months"] = longest
    dual = st.slider("Dual running (months)", min_value=0, max_value=longest,
                     value=min(int(a["dual_running_months"].default), longest), step=1, key="dual_running_months",
                     help=a["dual_running_months"].source)
    rates = {k: _assumption_widget(a[k], "bc_", st.session_state.get("ranges_on", False))
             for k in ("wage_inflation", "contract_escalation", "discount_rate", "exit_rate")}
    return {"horizon_years": years, "dual_running_months": dual, **rates}


def _uncertainty_widgets() -> tuple[Uncertainty, bool]:
    defaults = Uncertainty()
    distribution = st.selectbox("Distribution of each range", DISTRIBUTIONS, index=DISTRIBUTIONS.index(defaults.distribution),
                                format_func=lambda d: {"pert": "PERT (mode at the midpoint)", "uniform": "Uniform",
                                                       "triangular": "Triangular (mode at the midpoint)"}[d],
                                key="distribution")
    c1, c2 = st.columns(2)
    draws = c1.number_input("Draws", min_value=1_000, max_value=100_000, value=defaults.draws, step=1_000, key="draws")
    seed = c2.number_input("Seed", min_value=0, max_value=2**32 - 1, value=defaults.seed, step=1, key="seed",
                           help="The same inputs and seed give the same answer.")
    as_range = st.toggle("Give assumptions as ranges", key="ranges_on",
                         help="Vendor prices are always drawn across their range. Turn this on to draw the in-house "
                              "and vendor-management assumptions too, across the sources' ranges or your own.")
    return Uncertainty(draws=int(draws), seed=int(seed), distribution=distribution), as_range

