"""The page's inputs as a link, and opening a scenario in the estimate page.

Two hooks, each called once: :func:`open_pending` at the top of the sidebar (before any widget
renders) and :func:`remember` once the page has a valid scenario.

- ``remember`` keeps the last valid scenario in ``st.session_state[CURRENT]`` (the Scenarios page
  saves and compares it) and writes it to the address bar as ``?s=...``: the scenario's JSON form,
  compressed and base64url-encoded, so a copied link carries every input, including fields added
  to the scenario later.
- ``open_pending`` applies, before the widgets render, either a scenario the Scenarios page asked
  to open (``st.session_state[PENDING]``) or, on a session's first run, the scenario in the link.
  Either is validated first, by the estimator and against what the page's widgets can show; a
  value outside its range is refused with a message and nothing is applied.

Why not Streamlit's ``bind="query-params"`` on each widget: it would put ``bind=`` on every widget
call in ``views/inputs.py``, and a bound widget drops an invalid URL value silently, where a link
with a value outside its range must be refused with a message.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import zlib
from typing import Any

import streamlit as st

from estimator.assumptions import ASSUMPTIONS, IN_HOUSE_KEYS, RANGE_KEYS, VENDOR_MANAGEMENT_KEYS
from estimator.pricing import PriceBook
from estimator.scenario import (
    MAX_HOURS_PER_MONTH,
    OPTION_LABELS,
    InputError,
    Scenario,
    quote_basis,
    reference_price,
    scenario_from_dict,
    scenario_to_dict,
)

CURRENT = "current_scenario"
PENDING = "pending_scenario"
NOTICE = "share_notice"
EXPECTED = "share_expected"
LINK_SEEN = "share_link_seen"
PARAM = "s"
MAX_LINK_CHARS = 8_000


def encode(scenario: Scenario) -> str:
    """The scenario's JSON form as a short URL-safe token."""
    raw = json.dumps(scenario_to_dict(scenario), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")


def decode(token: str) -> dict[str, Any]:
    """The JSON form a link token holds; :class:`InputError` if the token is damaged."""
    if len(token) > MAX_LINK_CHARS:
        raise InputError("link", f"is {len(token):,} characters, over the {MAX_LINK_CHARS:,} a scenario needs")
    try:
        raw = zlib.decompressobj().decompress(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)), 1_000_000)
        data = json.loads(raw)
    except (binascii.Error, zlib.error, ValueError):
        raise InputError("link", "is damaged or incomplete; copy the whole address again") from None
    if not isinstance(data, dict):
        raise InputError("link", "does not hold a scenario")
    return data


def _within(field: str, value: float, low: float, high: float, what: str) -> float:
    if not low <= value <= high:
        raise InputError(field, f"the page's {what} goes from {low:,.10g} to {high:,.10g}, got {value:,.10g}")
    return value


def widget_state(scenario: Scenario, book: PriceBook) -> dict[str, Any]:
    """The value of each sidebar widget (by key, in the widget's units) that shows ``scenario``.

    Raises :class:`InputError` when a widget cannot show a value (outside its slider, or a price on
    another basis than the page offers for the work).
    """
    from views import inputs as ui  # the widgets' bounds live with the widgets

    s = scenario
    state: dict[str, Any] = {"function": s.function, "workload_basis": s.workload_basis, "scenario_name": s.name}
    if s.workload_basis == "fte":
        if s.workload != int(s.workload):
            raise InputError("workload.fte", f"the page's headcount slider takes whole numbers, got {s.workload:g}")
        state["fte"] = int(_within("workload.fte", s.workload, 1, ui.FTE_SLIDER_MAX, "headcount slider"))
    else:
        state["hours_per_month"] = _within("workload.hours_per_month", s.workload, 0, MAX_HOURS_PER_MONTH, "hours")
    for option in ("bpo", "kpo"):
        state.update(_price_state(s, book, option, ui))
    ranges_on = bool(s.ranges)
    state["ranges_on"] = ranges_on
    bc = s.business_case
    state["horizon_years"] = bc.horizon_years
    state["dual_running_months"] = bc.dual_running_months
    for prefix, keys in (("in_house_", IN_HOUSE_KEYS), ("vm_", VENDOR_MANAGEMENT_KEYS),
                         ("bc_", ("wage_inflation", "contract_escalation", "discount_rate", "exit_rate"))):
        for key in keys:
            state.update(_assumption_state(s, prefix, key, ranges_on, ui))
    u = s.uncertainty
    state["distribution"] = u.distribution
    state["draws"] = int(_within("uncertainty.draws", u.draws, 1_000, 100_000, "draws input"))
    state["seed"] = u.seed
    return state


def _price_state(s: Scenario, book: PriceBook, option: str, ui: Any) -> dict[str, Any]:
    ref = reference_price(book, s.function, option)
    basis = ref.basis if ref else quote_basis(book, s.function, option)
    price = s.price(option)
    if price is None:
        return {f"{option}_use_quote": True, f"{option}_quote_low": None, f"{option}_quote_high": None}
    if price.basis != basis:
        raise InputError(f"{option}.price.basis", f"the page prices {s.function} under {OPTION_LABELS[option]} "
                                                  f"{basis.replace('_', ' ')}, got {price.basis.replace('_', ' ')}")
    scale = 100.0 if basis == "savings_share" else 1.0
    state: dict[str, Any] = {}
    if basis == "per_month":
        state[f"{option}_units"] = price.units
    if ref is not None and price.source == ref.source:
        top = ui.SAVINGS_SLIDER_MAX if scale == 100 else ui._nice_ceiling(ui.SPAN_FACTOR * ref.high)
        _within(f"{option}.price.high", price.high * scale, 0, top, f"{OPTION_LABELS[option]} price slider")
        return {**state, f"{option}_use_quote": False, f"{option}_price": (price.low * scale, price.high * scale)}
    return {**state, f"{option}_use_quote": True, f"{option}_quote_low": price.low * scale,
            f"{option}_quote_high": price.high * scale}


def _assumption_state(s: Scenario, prefix: str, key: str, ranges_on: bool, ui: Any) -> dict[str, Any]:
    a = ASSUMPTIONS[key]
    scale = 100.0 if a.is_share else 1.0
    if ranges_on and key in RANGE_KEYS:
        r = s.range_of(key)
        low, high = (r.low, r.high) if r else (s.value(key), s.value(key))
        if a.is_share:
            top = a.maximum
        else:
            ref_high = a.high if a.low is not None and a.high is not None else a.default
            top = min(ui._nice_ceiling(max(2 * ref_high, a.default)), a.maximum)
        _within(f"ranges.{key}.high", high * scale, max(a.minimum, 0.0) * scale, top * scale, f"{a.label} slider")
        _within(f"ranges.{key}.low", low * scale, max(a.minimum, 0.0) * scale, top * scale, f"{a.label} slider")
        return {f"{prefix}{key}_range": (low * scale, high * scale)}
    value = s.value(key)
    return {f"{prefix}{key}": value * scale}


def _apply(data: dict[str, Any], book: PriceBook, what: str) -> None:
    try:
        scenario = scenario_from_dict(data, book)
        state = widget_state(scenario, book)
    except InputError as exc:
        st.session_state[NOTICE] = f"{what} was not applied. {exc.field}: {exc.reason}"
        return
    for key, value in state.items():
        st.session_state[key] = value
    st.session_state[EXPECTED] = scenario_to_dict(scenario)


def open_pending(book: PriceBook) -> None:
    """Before the sidebar renders: open a scenario the Scenarios page sent, or the link's on a first run."""
    pending = st.session_state.pop(PENDING, None)
    if pending is not None:
        _apply(pending, book, "The scenario")
    elif not st.session_state.get(LINK_SEEN):
        st.session_state[LINK_SEEN] = True
        token = st.query_params.get(PARAM)
        if token:
            try:
                data = decode(token)
            except InputError as exc:
                st.session_state[NOTICE] = f"The shared link was not applied. {exc.field}: {exc.reason}"
            else:
                _apply(data, book, "The shared link")
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        st.warning(notice, icon="🔗")


def not_shown(expected: dict[str, Any], shown: dict[str, Any]) -> list[str]:
    """The inputs (paths in the JSON form) whose value on the page differs from the scenario opened."""
    from estimator.interchange import _leaves

    want, got = dict(_leaves(expected)), dict(_leaves(shown))

    def same(a: Any, b: Any) -> bool:
        # Shares go through the widgets in percent: 0.03 × 100 / 100 may come back one rounding off.
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b))
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12) if numbers else a == b

    return [path for path in want if path != "name" and not same(want[path], got.get(path))]


def remember(scenario: Scenario) -> None:
    """The page's valid scenario: kept for the Scenarios page and written to the address bar.

    Right after a scenario was opened, any input the widgets could not show as it was saved (a
    field no widget sets yet, a quote's own source text) is listed, never dropped silently.
    """
    expected = st.session_state.pop(EXPECTED, None)
    if expected is not None:
        missed = not_shown(expected, scenario_to_dict(scenario))
        if missed:
            st.info("Opened. The page shows these inputs differently from the file, so they now take the page's "
                    f"values: {', '.join(missed)}.", icon="ℹ️")
    st.session_state[CURRENT] = scenario
    token = encode(scenario)
    if st.query_params.get(PARAM) != token:
        st.query_params[PARAM] = token
