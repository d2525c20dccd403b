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
from collections.abc import Callable
from typing import Any

import streamlit as st

from estimator.assumptions import (
    ASSUMPTIONS,
    BUSINESS_CASE_KEYS,
    IN_HOUSE_KEYS,
    PEOPLE_KEYS,
    RANGE_KEYS,
    VENDOR_MANAGEMENT_KEYS,
    VENDOR_TERMS_KEYS,
)
from estimator.formatting import written
from estimator.locations import priced_locations
from estimator.options import options
from estimator.pricing import PriceBook
from estimator.scenario import (
    CONTACT_BASES,
    IN_HOUSE_MONEY,
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
# What the Estimate page's last run could not use, as its error says it ("Exchange rate (USD): ..."), while CURRENT
# holds the inputs from before it; None once the page is valid again. The Scenarios page saved CURRENT as "euro0"
# (dollars) while the Estimate page's sidebar said EUR and its error asked for the rate.
CURRENT_BEHIND = "current_scenario_behind"
PENDING = "pending_scenario"
NOTICE = "share_notice"
EXPECTED = "share_expected"
LINK_SEEN = "share_link_seen"
TOKEN = "share_token"  # (the scenario, its link): the link encoded once, written into every page's address
HANDED_OVER = "share_handed_over"  # what the Contact centre's "Use this queue" changed, said once on the Estimate page
FROM_CONTACT_CENTRE = "share_from_contact_centre"  # the pending scenario is the Contact centre page's own queues
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
        raise InputError(field, f"the page's {what} goes from {low:,.10g} to {high:,.10g}, got {written(value, ',.10g')}")
    return value


# Each section's named assumptions (estimator.assumptions) are shown by a widget keyed by this prefix and the
# assumption's key (views/inputs.py draws every key of each section); the business case's three whole-number
# sliders go by the key alone.
SECTION_PREFIXES = {"in_house": "in_house_", "vendor_management": "vm_", "vendor_terms": "vt_", "people": "pp_",
                    "business_case": "bc_"}
UNPREFIXED = ("horizon_years", "dual_running_months", "selection_months")
# Every other input a scenario holds, by its path in the JSON form (``{option}``: bpo or kpo; ``{key}``: an
# assumption given as a range), and the widget that shows it.
FIELD_WIDGETS = {
    "name": "scenario_name",
    "function": "function",
    "currency": "reporting_currency",
    "in_house.currency": "in_house_currency",
    "{option}.currency": "{option}_currency (a typed quote; a price-book range is in the book's currency)",
    "exchange_rates.{currency}.rate": "fx_rate_{currency}",
    "exchange_rates.{currency}.drift_low": "fx_drift_low_{currency}",
    "exchange_rates.{currency}.drift_mode": "fx_drift_mode_{currency}",
    "exchange_rates.{currency}.drift_high": "fx_drift_high_{currency}",
    "workload.fte": "fte",
    "workload.hours_per_month": "hours_per_month",
    "vendor_terms.escalation_index": "vt_escalation_index",
    "vendor_terms.bills_during_transition": "vt_bills_during_transition",
    "vendor_terms.ramp_up": "vt_ramp_up",
    "people.staff_transfer": "pp_staff_transfer",
    "uncertainty.draws": "draws",
    "uncertainty.seed": "seed",
    "uncertainty.distribution": "distribution",
    "uncertainty.escalation_correlation": "escalation_correlation",
    "{option}": "{option}_use_quote on, both quote fields empty (no price)",
    "{option}.low": "{option}_price or {option}_quote_low",
    "{option}.high": "{option}_price or {option}_quote_high",
    "{option}.units": "{option}_units (per-month prices)",
    "{option}.billed": "{option}_billed (hourly prices)",
    "{option}.location": "{option}_location (a typed quote); {option}_book_location (a price-book range, where the "
                         "book prices the work at several locations; at one, the page shows its row's location)",
    "ranges": "ranges_on off (no ranges)",
    # The offshore captive (absent: captive_on off): each figure by its CAPTIVE_ASSUMPTIONS key.
    "captive.entry_pay_month": "captive_on, captive_entry_pay_month",
    "captive.senior_pay_year": "captive_on, captive_senior_pay_year",
    "captive.benefits_share": "captive_on, captive_benefits_share (percent)",
    "captive.bonus_share": "captive_on, captive_bonus_share (percent)",
    "captive.labour_share": "captive_on, captive_labour_share (percent)",
    "captive.span_of_control": "captive_on, captive_span_of_control",
    # A contacts workload: the Estimate page carries the queues as opened (views/inputs.CONTACT_WORKLOAD); the
    # Contact centre page shows them (views/contact_centre.opened_state) under cc_source "scenario".
    "workload.contacts.queues": "cc_scn_{n}_volume, _aht, _answer, _sl per queue; cc_occupancy",
    "workload.contacts.interval_minutes": "carried as opened (the Contact centre page's interval labels)",
    "workload.contacts.periods_per_month": "carried as opened (the Contact centre page's repeats a month)",
    "workload.contacts.volume_range": "cc_volume_spread (± the wider side, in whole percent)",
    "workload.contacts.aht_range": "cc_aht_spread (± the wider side, in whole percent)",
    "ranges.{key}.low": "ranges_on, {prefix}{key}_range",
    "ranges.{key}.high": "ranges_on, {prefix}{key}_range",
    "ranges.{key}.mode": "the value the point field held ({prefix}{key}), kept when ranges are turned on and held "
                         "inside the range (views.inputs.most_likely)",
}
# Inputs no widget sets, and why: opening a scenario that gives them lists them as shown differently.
NO_WIDGET = {
    "format_version": "the file's format, not an input",
    "uncertainty.sourced_ranges": "the page always draws the sources' ranges",
    "{option}.basis": "the price book sets the basis for the work; another basis is refused",
    "{option}.source": "the page's source is the price book's, or 'vendor quote' for a typed quote",
    "{option}.mode": "the page's price ranges have no most likely value of their own (their midpoint)",
    "captive.currency": "the page prices a captive in the seeds' pay currency (INR); another is refused",
}


def widget_paths() -> dict[str, str]:
    """Every path of a scenario's JSON form the page shows, and its widget (the named assumptions generated)."""
    paths = dict(FIELD_WIDGETS)
    for section, prefix in SECTION_PREFIXES.items():
        for key in _SECTION_KEYS[section]:
            paths[f"{section}.{key}"] = key if key in UNPREFIXED else f"{prefix}{key}"
    return paths


_SECTION_KEYS = {"in_house": IN_HOUSE_KEYS, "vendor_management": VENDOR_MANAGEMENT_KEYS,
                 "vendor_terms": VENDOR_TERMS_KEYS, "people": PEOPLE_KEYS, "business_case": BUSINESS_CASE_KEYS}


def widget_state(scenario: Scenario, book: PriceBook) -> dict[str, Any]:
    """The value of each sidebar widget (by key, in the widget's units) that shows ``scenario``.

    Raises :class:`InputError` when a widget cannot show a value (outside its slider, or a price on
    another basis than the page offers for the work). Keys starting ``_accepted.`` are not widgets: the
    value (in the estimator's units) a ranged assumption's point field last held, which the page takes as
    the range's most likely value.
    """
    from views import inputs as ui  # the widgets' bounds live with the widgets
    from views import local_numbers

    s = scenario
    state: dict[str, Any] = {"function": s.function, "workload_basis": s.workload_basis, "scenario_name": s.name,
                             **_currency_state(s)}
    if s.workload_basis == "fte":
        if s.workload != int(s.workload):
            raise InputError("workload.fte", f"the page's headcount slider takes whole numbers, got {s.workload:g}")
        state["fte"] = int(_within("workload.fte", s.workload, 1, ui.FTE_SLIDER_MAX, "headcount slider"))
    elif s.contact_centre is not None:  # the queues ride along in the session, for the sidebar to read
        state[ui.CONTACT_WORKLOAD] = s.contact_centre
    else:
        state["hours_per_month"] = _within("workload.hours_per_month", s.workload, 0, MAX_HOURS_PER_MONTH, "hours")
    for option in options(vendors_only=True):
        state.update(_price_state(s, book, option, ui))
    ranges_on = bool(s.ranges)
    state["ranges_on"] = ranges_on
    bc = s.business_case
    for key in UNPREFIXED:
        state[key] = int(getattr(bc, key))
    for section, prefix in SECTION_PREFIXES.items():
        for key in _SECTION_KEYS[section]:
            if key not in UNPREFIXED:
                state.update(_assumption_state(s, prefix, key, ranges_on, ui))
    terms = s.vendor_terms
    state["vt_escalation_index"] = terms.escalation_index
    state["vt_bills_during_transition"] = terms.bills_during_transition
    # twelve significant digits: the text reads back to the same shares (a float's last digit aside), in the
    # browser's way where it writes decimals with a comma ("12.5, 10" read there as 12, 5 and 10)
    state["vt_ramp_up"] = ui.ramp_up_text(terms.ramp_up, local_numbers.comma_locale())
    state["pp_staff_transfer"] = s.people.staff_transfer
    u = s.uncertainty
    state["distribution"] = u.distribution
    state["draws"] = int(_within("uncertainty.draws", u.draws, 1_000, 100_000, "draws input"))
    state["seed"] = u.seed
    state["escalation_correlation"] = u.escalation_correlation
    state.update(_captive_state(s))
    return state


def _captive_state(s: Scenario) -> dict[str, Any]:
    """The Offshore captive expander's widgets: on or off, and each figure (shares in percent)."""
    from dataclasses import asdict

    from estimator.assumptions import CAPTIVE_ASSUMPTIONS, CAPTIVE_CURRENCY
    from views.inputs import CAPTIVE_ON

    if s.captive is None:
        return {CAPTIVE_ON: False}
    if s.captive.currency != CAPTIVE_CURRENCY:
        raise InputError("captive.currency", f"the page prices a captive's pay in {CAPTIVE_CURRENCY}, got "
                                             f"{s.captive.currency}")
    state: dict[str, Any] = {CAPTIVE_ON: True}
    for name, value in asdict(s.captive).items():
        if name != "currency":
            a = CAPTIVE_ASSUMPTIONS[f"captive_{name}"]
            state[a.key] = value * 100 if a.is_share else value
    return state


def _currency_state(s: Scenario) -> dict[str, Any]:
    """The Currency expander's widgets: the reporting currency, each part's, each rate with its drift (percent)."""
    from views import currency as cv

    state: dict[str, Any] = {cv.key("reporting"): s.currency}
    for part in cv.PARTS:
        state[cv.key(part)] = s.currency_of(part)
    for rate in s.exchange_rates:
        state[cv.rate_key(rate.target)] = rate.rate
        for end in cv.DRIFT_ENDS:
            state[cv.rate_key(rate.target, end)] = getattr(rate, f"drift_{end}") * 100
    return state


def _price_state(s: Scenario, book: PriceBook, option: str, ui: Any) -> dict[str, Any]:
    """The price widgets' state for ``option``; where the book prices the work at several locations, the "Delivered
    from" choice too (the price's own for a book range, else the book's first, as a fresh page starts)."""
    state = _price_widgets_state(s, book, option, ui)
    located = priced_locations(book, s.function, option)
    if len(located) > 1:
        state.setdefault(f"{option}_book_location", located[0])
    return state


def _price_widgets_state(s: Scenario, book: PriceBook, option: str, ui: Any) -> dict[str, Any]:
    price = s.price(option)
    # the book's row at the price's location where the book prices the work at several (the page's "Delivered
    # from", {option}_book_location); else its first row, as the page takes it
    located = priced_locations(book, s.function, option)
    place = price.location if price is not None and len(located) > 1 and price.location in located else None
    ref = reference_price(book, s.function, option, location=place)
    basis = ref.basis if ref else quote_basis(book, s.function, option)
    if price is None:
        return {f"{option}_use_quote": True, f"{option}_quote_low": None, f"{option}_quote_high": None}
    if s.contact_centre is not None and basis == "per_hour" and price.basis in CONTACT_BASES:
        return {f"{option}_use_quote": True, f"{option}_quote_basis": price.basis, f"{option}_quote_low": price.low,
                f"{option}_quote_high": price.high, f"{option}_location": price.location}
    if price.basis != basis:
        raise InputError(f"{option}.price.basis", f"the page prices {s.function} under {OPTION_LABELS[option]} "
                                                  f"{basis.replace('_', ' ')}, got {price.basis.replace('_', ' ')}")
    scale = 100.0 if basis == "savings_share" else 1.0
    state: dict[str, Any] = {}
    if basis == "per_month":
        state[f"{option}_units"] = price.units
    if basis == "per_hour":
        state[f"{option}_billed"] = price.billed
    # a price-book range on the page is the book's own row, at its own location; at another it is a quote
    if ref is not None and price.source == ref.source and price.location == ref.location \
            and (scale == 100 or s.currency_of(option) == ref.currency):
        top = ui.SAVINGS_SLIDER_MAX if scale == 100 else ui._nice_ceiling(ui.SPAN_FACTOR * ref.high)
        _within(f"{option}.price.high", price.high * scale, 0, top, f"{OPTION_LABELS[option]} price slider")
        if place is not None:
            state[f"{option}_book_location"] = place
        return {**state, f"{option}_use_quote": False, f"{option}_price": (price.low * scale, price.high * scale)}
    if s.contact_centre is not None and basis == "per_hour":
        state[f"{option}_quote_basis"] = "per_hour"
    return {**state, f"{option}_use_quote": True, f"{option}_quote_low": price.low * scale,
            f"{option}_quote_high": price.high * scale, f"{option}_location": price.location}


def _assumption_state(s: Scenario, prefix: str, key: str, ranges_on: bool, ui: Any) -> dict[str, Any]:
    a = ASSUMPTIONS[key]
    # the page shows the sources' dollar figures in the in-house currency (pay, overhead) or the reporting one (the
    # vendor manager's pay), converted at the dollar's rate; with none given, the fields wait and no slider is drawn
    code = s.currency_of("in_house") if key in IN_HOUSE_MONEY else s.currency
    per = s.per_dollar(code) if a.unit.startswith("USD") else 1.0
    if per is not None and code != "USD" and a.unit.startswith("USD"):
        a = ui.in_currency(a, code, per)
    scale = 100.0 if a.is_share else 1.0
    value = s.value(key)
    state: dict[str, Any] = {f"{prefix}{key}": value * scale}
    if ranges_on and key in RANGE_KEYS:
        r = s.range_of(key)
        low, high = (r.low, r.high) if r else (value, value)
        # the slider's ends, as views/inputs.py draws them around the point value
        if a.is_share:
            bottom, top = a.minimum, a.maximum
        else:
            bottom = max(a.minimum, 0.0)
            top = ui.range_top(a, value)
        if per is not None:
            _within(f"ranges.{key}.high", high * scale, bottom * scale, top * scale, f"{a.label} slider")
            _within(f"ranges.{key}.low", low * scale, bottom * scale, top * scale, f"{a.label} slider")
        state[f"{prefix}{key}_range"] = (low * scale, high * scale)
        state[f"{ACCEPTED_PREFIX}{prefix}{key}"] = value  # the range's most likely value (its mode, or midpoint)
    return state


ACCEPTED_PREFIX = "_accepted."


def _apply(data: dict[str, Any], book: PriceBook, what: str, from_contact_centre: bool = False) -> None:
    from views import inputs as ui
    from views import store

    try:
        scenario = scenario_from_dict(data, book)
        state = widget_state(scenario, book)
    except InputError as exc:
        st.session_state[NOTICE] = f"{what} was not applied. {exc.field}: {exc.reason}"
        return
    if scenario.contact_centre is not None and not from_contact_centre:
        from views import contact_centre  # its widgets show the queues too, as the Estimate page's do

        state |= contact_centre.opened_state(scenario)
    ui._reset_prices()  # the last function's price widgets would otherwise linger behind a quote
    for key, value in state.items():
        if key.startswith(ACCEPTED_PREFIX):
            store.accept(key.removeprefix(ACCEPTED_PREFIX), value)
        else:
            store.set_value(key, value)
    st.session_state[EXPECTED] = scenario_to_dict(scenario)


def open_pending(book: PriceBook) -> None:
    """Before the sidebar renders: open a scenario the Scenarios page sent, or the link's on a first run."""
    pending = st.session_state.pop(PENDING, None)
    if pending is not None:
        _apply(pending, book, "The scenario", st.session_state.pop(FROM_CONTACT_CENTRE, False))
    else:
        open_link(book)
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        st.warning(notice, icon="🔗")


def open_link(book: PriceBook) -> None:
    """On a session's first run, whatever its page, the scenario in the address's link (views/share.py's
    :func:`in_every_address` says why any page): its inputs set for the sidebar, and kept as the current scenario, so
    the Scenarios page saves them before the Estimate page is opened."""
    if st.session_state.get(LINK_SEEN):
        return
    st.session_state[LINK_SEEN] = True
    token = st.query_params.get(PARAM)
    if not token:
        return
    try:
        data = decode(token)
    except InputError as exc:
        st.session_state[NOTICE] = f"The shared link was not applied. {exc.field}: {exc.reason}"
        return
    _apply(data, book, "The shared link")
    if EXPECTED in st.session_state:  # applied: the link's inputs are the current scenario until the page reads them
        st.session_state[CURRENT] = scenario_from_dict(data, book)


def in_every_address(book: Callable[[], PriceBook | None]) -> None:
    """Every page's address is the link to the current inputs, not only the Estimate page's (session 21's walk).

    A page link clears the address's query, so the Contact centre, Scenarios, Mix or guide page had an address
    without the link: reloading one of them (F5), or opening its bookmark, started from the defaults, 20 FTE back to
    10, with no word (3 of 3 pages tried); a link opened on any page but the Estimate or Present was dropped at the
    next page link. Called by ``dashboard.py`` before each page runs: the first run opens the address's link (with
    ``book()``, the price book, read on that run only; None where it could not be read, and the page says so), and
    every run writes the current scenario's link back into the address when a page link has cleared it."""
    if not st.session_state.get(LINK_SEEN) and (opened := book()) is not None:
        open_link(opened)
    current = st.session_state.get(CURRENT)
    if current is None:
        return
    written_for, token = st.session_state.get(TOKEN, (None, None))
    if written_for is not current:  # encoded once per scenario, not once per run
        token = encode(current)
        st.session_state[TOKEN] = (current, token)
    if st.query_params.get(PARAM) != token:
        st.query_params[PARAM] = token


def not_shown(expected: dict[str, Any], shown: dict[str, Any]) -> list[str]:
    """The inputs (paths in the JSON form) whose value on the page differs from the scenario opened."""
    from estimator.interchange import _leaves

    ranges = expected.get("ranges") or {}
    # A range without a most likely value is drawn with its midpoint as the mode: the page says so outright.
    ranges = {k: {**r, "mode": (r["low"] + r["high"]) / 2 if r.get("mode") is None else r["mode"]}
              for k, r in ranges.items()}
    want, got = dict(_leaves({**expected, "ranges": ranges})), dict(_leaves(shown))

    def same(a: Any, b: Any) -> bool:
        # Shares go through the widgets in percent: 0.03 × 100 / 100 may come back one rounding off (the
        # ramp-up's list of shares too, through its text field).
        if isinstance(a, list) and isinstance(b, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b))
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12) if numbers else a == b

    missed = [path for path in want if path != "name" and not same(want[path], got.get(path))]
    # The page turns ranges on for every assumption that can have one: those the file gave as a single
    # value now have a zero-width range there (the Monte Carlo holds them at that value).
    added = sorted({p.split(".")[1] for p in got if p.startswith("ranges.")} - set(ranges))
    if ranges and added:
        missed.append(f"ranges of {len(added)} more assumptions, held at their values ({', '.join(added)})")
    return missed


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
    st.session_state.pop(CURRENT_BEHIND, None)
    token = encode(scenario)
    st.session_state[TOKEN] = (scenario, token)
    if st.query_params.get(PARAM) != token:
        st.query_params[PARAM] = token
