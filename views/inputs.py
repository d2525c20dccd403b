"""Sidebar widgets: the work, the vendor prices and the in-house assumptions, read into a Scenario.

Every widget has a key (tests address widgets by it). Defaults come from the
price book and :mod:`estimator.assumptions`; none is typed here. Shares are
percent on screen and fractions in the estimator.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import streamlit as st

from estimator.assumptions import (
    ASSUMPTIONS,
    BILLED_UNITS,
    HR_RATIO_SOURCE,
    IN_HOUSE_KEYS,
    LOCATIONS,
    PEOPLE_KEYS,
    RAMP_UP_SOURCE,
    RANGE_KEYS,
    VENDOR_MANAGEMENT_KEYS,
    VENDOR_TERMS_KEYS,
    Assumption,
    in_house_defaults,
    in_house_source,
)
from estimator.formatting import money_range, percent
from estimator.pricing import PriceBook
from estimator.scenario import (
    DISTRIBUTIONS,
    ESCALATION_INDICES,
    MAX_HOURS_PER_MONTH,
    OPTION_LABELS,
    BusinessCase,
    InHouseInputs,
    InputError,
    InputRange,
    People,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    VendorTerms,
    default_units,
    quote_basis,
    reference_price,
)

WORKLOAD_CHOICES = {"fte": "In-house headcount (FTE)", "hours_per_month": "Productive hours a month"}
BASIS_UNITS = {"per_hour": "per productive hour", "per_month": "per billing unit a month",
               "savings_share": "below in-house cost"}
PRICE_KEYS = ("price", "use_quote", "quote_low", "quote_high", "units", "billed", "location")
# In-house figures whose default depends on the function: a new function starts from its own.
FUNCTION_KEYS = ("in_house_annual_salary", "in_house_overhead_per_fte_month", "in_house_annual_salary_range",
                 "in_house_overhead_per_fte_month_range")
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
    for key in FUNCTION_KEYS:
        st.session_state.pop(key, None)


def _nice_ceiling(x: float) -> float:
    """The next 1, 2 or 5 × 10^k at or above ``x`` (a slider end a reader can take in)."""
    if x <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(x))
    return next(m * exp for m in (1, 2, 5, 10) if m * exp >= x)


def _assumption_widget(a: Assumption, prefix: str, as_range: bool = False, default: float | None = None,
                       source: str | None = None) -> float | tuple[float, float]:
    """One assumption as a slider (shares, in percent) or a number input (money, counts).

    With ``as_range`` (assumptions the Monte Carlo can draw), a two-handle slider over the sources'
    range instead; it returns (low, high).
    """
    value = a.default if default is None else default
    source = f"{source or a.source}. Default {a.show(value)}" + (
        f"; sources' range {a.show_range(*a.range_around(value))}." if a.low is not None and a.high is not None else ".")
    key = f"{prefix}{a.key}"
    if as_range and a.key in RANGE_KEYS:
        # Around what the user typed, if anything: the point widget holds percent for a share.
        typed = st.session_state.get(key)
        low, high = a.range_around(value if typed is None else typed / 100 if a.is_share else float(typed))
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
        picked = st.slider(f"{a.label} (% {a.unit.removeprefix('share of ')})", min_value=a.minimum * 100,
                           max_value=a.maximum * 100, value=value * 100, step=0.5, format="%.1f%%",
                           help=source, key=key)
        return picked / 100
    fine = value != int(value) or a.maximum <= 5
    step = 0.05 if a.maximum <= 5 else 0.5 if fine else 1.0 if a.maximum <= 10_000 else 500.0
    return st.number_input(f"{a.label} ({a.unit})", min_value=a.minimum, max_value=a.maximum, value=value,
                           step=step, format="%.2f" if fine else "%.0f", help=source, key=key)


def _price_widgets(book: PriceBook, function: str, option: str) -> Callable[[float], VendorPrice | None]:
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
            return lambda fte: None
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
    units: float | None = 1.0
    billed = "productive_hour"
    if basis == "per_month":
        units = st.number_input("Employees served (billing units a month)", min_value=0.0, value=None, step=1.0,
                                key=f"{option}_units", placeholder="from the in-house team",
                                help="The seed's monthly HR price is per employee served. Left empty, it is the "
                                     f"in-house team's headcount at the benchmark ratio ({HR_RATIO_SOURCE}).")
    if basis == "per_hour":
        billed = st.selectbox("The quote is", list(BILLED_UNITS), format_func=BILLED_UNITS.get,
                              key=f"{option}_billed",
                              help="Per productive hour (the vendor absorbs its shrinkage), per paid hour (it bills "
                                   "its shrinkage too) or per FTE a month: converted to the cost of the same work.")
    location = st.selectbox("Delivered from", list(LOCATIONS), format_func=LOCATIONS.get, key=f"{option}_location",
                            help="The seed prices state no location. Mark where your quote's work is done.")

    def build(fte: float) -> VendorPrice:
        return VendorPrice(basis, low / scale, high / scale, units=default_units(fte) if units is None else units,
                           source=source, option=option, billed=billed, location=location)

    return build


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
        defaults = in_house_defaults(function)
        with st.expander("In-house assumptions", expanded=as_range):
            in_house = {k: _assumption_widget(ASSUMPTIONS[k], "in_house_", as_range, defaults.get(k),
                                              in_house_source(function, k)) for k in IN_HOUSE_KEYS}
        with st.expander("Managing a vendor"):
            management = {k: _assumption_widget(ASSUMPTIONS[k], "vm_", as_range) for k in VENDOR_MANAGEMENT_KEYS}
        with st.expander("What the vendor's hour buys, and the contract"):
            terms, flags = _vendor_terms_widgets(as_range)
        with st.expander("People and premises"):
            people, transfer = _people_widgets(as_range)
        name = st.text_input("Scenario name", value=f"{function}", key="scenario_name", max_chars=200)
    values = {**in_house, **management, **case, **terms, **people}
    # The sourced default is the most likely value of a range that holds it, so turning ranges on
    # widens the answer without moving its middle.
    ranges = tuple(InputRange(k, *v, mode=ASSUMPTIONS[k].default if v[0] <= ASSUMPTIONS[k].default <= v[1] else None)
                   for k, v in values.items() if isinstance(v, tuple))
    point = {r.key: r.point for r in ranges}
    point.update({k: v for k, v in values.items() if not isinstance(v, tuple)})
    in_house_inputs = InHouseInputs(**{k: point[k] for k in IN_HOUSE_KEYS})
    probe = Scenario(function=function, workload=float(workload or 0.0), workload_basis=basis, in_house=in_house_inputs)
    return Scenario(function=function, workload=float(workload or 0.0), workload_basis=basis, name=name or function,
                    in_house=in_house_inputs,
                    vendor_management=VendorManagement(**{k: point[k] for k in VENDOR_MANAGEMENT_KEYS}),
                    business_case=BusinessCase(**{k: point[k] for k in case}),
                    vendor_terms=VendorTerms(**{k: point[k] for k in VENDOR_TERMS_KEYS}, **flags),
                    people=People(**{k: point[k] for k in PEOPLE_KEYS}, staff_transfer=transfer),
                    bpo=prices["bpo"](probe.fte), kpo=prices["kpo"](probe.fte), ranges=ranges, uncertainty=uncertainty)


def _ramp_up(text: str) -> tuple[float, ...]:
    """Parse "30, 20, 10" (percent extra hours in months 1, 2, 3 after go-live) into shares."""
    try:
        return tuple(float(part) / 100 for part in text.replace(";", ",").split(",") if part.strip())
    except ValueError:
        raise InputError("vendor_terms.ramp_up",
                         f"must be percentages separated by commas, e.g. 30, 20, 10; got {text!r}") from None


def _vendor_terms_widgets(as_range: bool) -> tuple[dict[str, float | tuple[float, float]], dict[str, object]]:
    """Productivity gap, ramp-up, escalation index and cap, productivity commitment, VAT."""
    a = ASSUMPTIONS
    values = {k: _assumption_widget(a[k], "vt_", as_range) for k in ("handle_time_ratio", "vendor_shrinkage")}
    ramp = st.text_input("Ramp-up: extra vendor hours in months 1, 2, 3… after go-live (%)",
                         value=", ".join(f"{v * 100:g}" for v in VendorTerms().ramp_up), key="vt_ramp_up",
                         help=RAMP_UP_SOURCE + ". Applies to hourly quotes.")
    bills = st.toggle("The vendor bills during transition", key="vt_bills_during_transition",
                      help="Off: fees start at go-live. On: from the contract's first month.")
    index = st.selectbox("Fees rise each year with", list(ESCALATION_INDICES), format_func=ESCALATION_INDICES.get,
                         key="vt_escalation_index")
    values |= {k: _assumption_widget(a[k], "vt_", as_range) for k in
               ("delivery_wage_growth", "escalation_cap", "productivity_commitment", "vat_rate", "vat_recoverable_share")}
    return values, {"escalation_index": index, "bills_during_transition": bills, "ramp_up": _ramp_up(ramp)}


def _people_widgets(as_range: bool) -> tuple[dict[str, float | tuple[float, float]], bool]:
    """Displaced staff (severance, retention, or transfer to the vendor) and stranded overhead."""
    transfer = st.toggle("Staff transfer to the vendor", key="pp_staff_transfer",
                         help="Where staff move with the work (UK TUPE, the EU Acquired Rights Directive) there is no "
                              "severance or retention bonus.")
    values = {k: _assumption_widget(ASSUMPTIONS[k], "pp_", as_range) for k in PEOPLE_KEYS}
    return values, transfer


def _business_case_widgets() -> dict[str, float | int | tuple[float, float]]:
    """Horizon, inflation, escalation, discount rate, dual running and exit cost."""
    a = ASSUMPTIONS
    years = st.slider("Horizon (years)", min_value=int(a["horizon_years"].minimum), max_value=int(a["horizon_years"].maximum),
                      value=int(a["horizon_years"].default), step=1, key="horizon_years", help=a["horizon_years"].source)
    longest = min(int(a["dual_running_months"].maximum), 12 * years)
    if st.session_state.get("dual_running_months", 0) > longest:
        # A shorter horizon caps the dual running it can hold; keep the user's choice as far as it fits.
        st.session_state["dual_running_months"] = longest
    dual = st.slider("Transition, in-house team still paid (months)", min_value=0, max_value=longest,
                     value=min(int(a["dual_running_months"].default), longest), step=1, key="dual_running_months",
                     help=a["dual_running_months"].source)
    room = min(int(a["selection_months"].maximum), 12 * years - dual)
    if st.session_state.get("selection_months", 0) > room:
        st.session_state["selection_months"] = room
    selection = 0
    if room > 0:
        selection = st.slider("Vendor selection before the contract (months)", min_value=0, max_value=room, value=0,
                              step=1, key="selection_months", help=a["selection_months"].source)
    rates = {k: _assumption_widget(a[k], "bc_", st.session_state.get("ranges_on", False))
             for k in ("wage_inflation", "contract_escalation", "discount_rate", "exit_rate")}
    return {"horizon_years": years, "dual_running_months": dual, "selection_months": selection, **rates}


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

