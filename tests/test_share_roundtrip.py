"""Every input a scenario holds comes back through the page: scenario -> widgets -> the page's reader -> scenario.

The page's reader is the real one (views/inputs.py, run by AppTest), fed by the widget values
views/share.py sets when a scenario is opened from the store or from a link. A guard test fails when a
field is added to the scenario without a widget mapping and without a line in the "no widget" list.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

import pytest
from dashboard_app import dashboard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import examples, page_scenarios
from streamlit.testing.v1 import AppTest

from estimator.assumptions import ASSUMPTIONS, RANGE_KEYS
from estimator.captive import CaptiveInputs
from estimator.currency import ExchangeRate
from estimator.interchange import _leaves
from estimator.scenario import (
    InHouseInputs,
    InputError,
    InputRange,
    People,
    Scenario,
    VendorPrice,
    VendorTerms,
    reference_price,
    scenario_to_dict,
)
from views.share import CURRENT, NO_WIDGET, PENDING, encode, not_shown, widget_paths, widget_state

ROOT = Path(__file__).resolve().parent.parent


def same(a: Any, b: Any) -> bool:
    """Equal, numbers within a rounding (shares go through the widgets in percent: 0.03 × 100 / 100)."""
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def differences(want: Scenario, got: Scenario | None) -> list[str]:
    """Every path of the JSON form whose value differs, or that only one side has."""
    assert got is not None, "the page has no valid scenario"
    a, b = dict(_leaves(scenario_to_dict(want))), dict(_leaves(scenario_to_dict(got)))
    return sorted(p for p in a.keys() | b.keys() if p not in a or p not in b or not same(a[p], b[p]))


@functools.cache
def _page() -> AppTest:
    # One page for every example (a hypothesis argument would print the whole AppTest on a failure).
    at = dashboard(60)
    at.run()
    assert not at.exception
    return at


@pytest.fixture
def page() -> AppTest:
    return _page()


def opened(at: AppTest, scenario: Scenario) -> AppTest:
    """Open ``scenario`` in the estimate page, as the Scenarios page's "Open" does."""
    at.session_state[PENDING] = scenario_to_dict(scenario)
    at.run()
    assert not at.exception, at.exception
    return at


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_scenarios())
def test_every_input_comes_back_through_the_page(scenario: Scenario) -> None:
    at = opened(_page(), scenario)
    assert [w.value for w in at.warning if "not applied" in w.value] == []
    assert differences(scenario, at.session_state[CURRENT]) == []
    assert not [i.value for i in at.info if i.value.startswith("Opened.")]


def test_a_link_in_a_fresh_session_shows_every_hidden_cost_input(book) -> None:
    # A scenario with every issue-6 input away from its default, opened from a link in a new session.
    s = Scenario("Customer service", 12, name="Hidden costs",
                 bpo=VendorPrice("per_hour", 18, 26, billed="paid_hour", location="offshore", option="bpo"),
                 vendor_terms=VendorTerms(handle_time_ratio=1.2, vendor_shrinkage=0.25, delivery_wage_growth=0.06,
                                          escalation_cap=0.04, productivity_commitment=0.02, vat_rate=0.2,
                                          vat_recoverable_share=0.5, escalation_index="delivery_wages",
                                          bills_during_transition=True, ramp_up=(0.5, 0.25)),
                 people=People(leaver_share=0.4, severance_weeks_per_year=3, severance_min_weeks=6,
                               average_tenure_years=7, retention_bonus_share=0.15, stranded_overhead_share=0.3,
                               stranded_months=9, staff_transfer=True))
    from dataclasses import replace

    s = replace(s, business_case=replace(s.business_case, selection_months=4),
                uncertainty=replace(s.uncertainty, escalation_correlation=-0.3))
    at = dashboard(60)
    at.query_params["s"] = encode(s)
    at.run()
    assert not at.exception
    assert not [i.value for i in at.info if i.value.startswith("Opened.")]  # nothing "shown differently"
    assert at.selectbox(key="bpo_billed").value == "paid_hour"
    assert at.selectbox(key="bpo_location").value == "offshore"
    assert at.selectbox(key="vt_escalation_index").value == "delivery_wages"
    assert at.text_input(key="vt_ramp_up").value == "50, 25"
    assert at.toggle(key="pp_staff_transfer").value is True
    assert at.slider(key="selection_months").value == 4
    assert at.number_input(key="pp_stranded_months").value == 9
    assert at.number_input(key="escalation_correlation").value == -0.3
    assert differences(s, at.session_state[CURRENT]) == []


def test_a_range_keeps_its_most_likely_value_in_a_fresh_session(book) -> None:
    # The page took a range's mode from the point field the session last held (the default, in a new
    # browser): a link with shrinkage 25-40%, most likely 35%, opened with the mode at the default 30%.
    s = Scenario("Customer service", 10, name="Ranged", bpo=reference_price(book, "Customer service", "bpo"),
                 ranges=(InputRange("shrinkage", 0.25, 0.40, mode=0.35),))
    at = dashboard(60)
    at.query_params["s"] = encode(s)
    at.run()
    assert not at.exception
    got = at.session_state[CURRENT]
    assert got.range_of("shrinkage") == InputRange("shrinkage", 0.25, 0.40, mode=0.35)
    assert got.in_house.shrinkage == 0.35


@pytest.mark.parametrize(("change", "field"), [
    # severance 0-6 weeks a year, most likely 1: the slider ends at 5 (the next 1-2-5 step above twice the
    # sources' 1.6 weeks and twice the point), though the estimator takes up to 52
    (dict(ranges=(InputRange("severance_weeks_per_year", 0, 6, mode=1),)), "ranges.severance_weeks_per_year.high"),
    # salary 30,000-300,000, most likely 41,600: the slider ends at 200,000 (twice 52,000 and 41,600 -> 200,000)
    (dict(ranges=(InputRange("annual_salary", 30_000, 300_000, mode=41_600),)), "ranges.annual_salary.high"),
])
def test_a_link_beyond_a_new_fields_slider_is_refused(book, change, field) -> None:
    s = Scenario("Customer service", 10, name="Too far", **change)
    with pytest.raises(InputError) as info:
        widget_state(s, book)
    assert info.value.field == field
    at = dashboard(60)
    at.query_params["s"] = encode(s)
    at.run()
    assert not at.exception
    assert at.warning[0].value.startswith(f"The shared link was not applied. {field}: the page's ")
    assert at.session_state[CURRENT].ranges == ()  # nothing applied


def test_a_wage_inflation_range_below_zero_fits_the_page(book) -> None:
    # The share sliders reach below zero where the assumption does (wage inflation from -5%): a link
    # with deflation at the low end was refused as outside "0 to ...".
    a = ASSUMPTIONS["wage_inflation"]
    assert a.minimum < 0
    s = Scenario("Customer service", 10, ranges=(InputRange("wage_inflation", a.minimum, 0.05),))
    assert widget_state(s, book)["bc_wage_inflation_range"] == (a.minimum * 100, 5.0)


# --- the guard: every field of a scenario has a widget, or a reason not to ----------------------------------

def _general(path: str) -> str:
    """``bpo.low`` -> ``{option}.low``; ``ranges.shrinkage.mode`` -> ``ranges.{key}.mode``."""
    head, _, rest = path.partition(".")
    if not rest:
        return "{option}" if head in ("bpo", "kpo") else head
    if head in ("bpo", "kpo"):
        return "{option}." + rest
    if head == "ranges":
        return "ranges.{key}." + rest.partition(".")[2]
    if head == "exchange_rates":
        return "exchange_rates.{currency}." + rest.partition(".")[2]
    return path


def test_every_scenario_field_has_a_widget_or_a_reason(book) -> None:
    # A scenario with both prices, every rangeable input ranged, and both workload bases between them.
    rich = Scenario("Human resources", 10, bpo=reference_price(book, "Human resources", "bpo", 200),
                    kpo=VendorPrice("per_hour", 1, 2, option="kpo"),
                    ranges=tuple(InputRange(k, ASSUMPTIONS[k].default, ASSUMPTIONS[k].default) for k in RANGE_KEYS))
    hours = Scenario("Customer service", 100, workload_basis="hours_per_month")  # no KPO price, no ranges
    from estimator.contact_workload import ContactWorkload, QueueWorkload

    queues = ContactWorkload((QueueWorkload("Voice", (10.0, 20.0), 300, 20, 0.8, 0.85),))
    contacts = Scenario("Customer service", 0, workload_basis="contacts", contact_centre=queues)
    abroad = Scenario("Customer service", 10, in_house=InHouseInputs(annual_salary=500_000, currency="INR"),
                      kpo=VendorPrice("per_hour", 10, 12, option="kpo", currency="EUR"),
                      exchange_rates=(ExchangeRate("USD", "INR", 83.0, 0, 0.05), ExchangeRate("USD", "EUR", 0.9)),
                      captive=CaptiveInputs())  # an offshore captive paid in rupees too
    paths = {_general(p) for s in (rich, hours, contacts, abroad) for p, _ in _leaves(scenario_to_dict(s))}
    mapped = widget_paths()
    missing = sorted(p for p in paths if p not in mapped and p not in NO_WIDGET)
    assert missing == [], ("These scenario fields have no widget mapping in views/share.py: add one to "
                           "FIELD_WIDGETS (and to widget_state) or a reason to NO_WIDGET", missing)
    assert not set(mapped) & set(NO_WIDGET)
    stale = sorted(p for p in {*mapped, *NO_WIDGET} if p not in paths)
    assert stale == [], ("mapped fields a scenario no longer has", stale)


def test_every_widget_key_the_mapping_sets_is_on_the_page(page: AppTest, book) -> None:
    # widget_state may only set keys the sidebar draws (or the page's own accepted values).
    rich = Scenario("Human resources", 10, bpo=reference_price(book, "Human resources", "bpo", 200),
                    kpo=VendorPrice("per_hour", 1, 2, option="kpo"),
                    ranges=tuple(InputRange(k, ASSUMPTIONS[k].default, ASSUMPTIONS[k].default) for k in RANGE_KEYS))
    at = opened(page, rich)
    drawn = {w.key for kind in ("slider", "number_input", "selectbox", "toggle", "text_input", "segmented_control")
             for w in at.get(kind) if getattr(w, "key", None)}
    keys = {k for k in widget_state(rich, book) if not k.startswith("_accepted.")}
    # with ranges on, each ranged assumption's point field is kept for later, not drawn
    # (HR has no KPO reference price: no toggle, a quote is the only way; the BPO at the book's range has no quote
    # currency box, the Currency expander says the book's currency instead: kept for a quote typed later)
    assert keys - drawn - {"kpo_use_quote", "bpo_currency"} == {k.removesuffix("_range") for k in keys
                                                                 if k.endswith("_range")}
    assert "kpo_currency" in drawn
    # a typed quote says where it is delivered from; the price book's range shows its row's location as text
    assert {"bpo_units", "kpo_billed", "kpo_location", "vt_ramp_up", "pp_staff_transfer"} <= drawn
    assert "bpo_location" not in drawn


@given(st.sampled_from(sorted(NO_WIDGET)))
def test_no_widget_reasons_are_sentences(path: str) -> None:
    assert NO_WIDGET[path][0].islower() or NO_WIDGET[path][0].isupper()
    assert len(NO_WIDGET[path]) > 10


def test_not_shown_lists_a_hidden_field(book) -> None:
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, mode=22, option="bpo"))
    shown = scenario_to_dict(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30, option="bpo")))
    assert not_shown(scenario_to_dict(s), shown) == ["bpo.mode"]


def test_a_range_without_a_mode_is_its_midpoint_and_other_ranges_are_said(book) -> None:
    # A file with shrinkage 20-40% (no most likely value) and nothing else ranged: the page draws the
    # mode at the midpoint, 30%, which is the same; and it gives the other 17 a range each, which it says.
    from views.share import PENDING

    s = Scenario("Customer service", 10, name="Partly ranged", ranges=(InputRange("shrinkage", 0.2, 0.4),))
    at = dashboard(60)
    at.session_state[PENDING] = scenario_to_dict(s)
    at.run()
    assert not at.exception
    got = at.session_state[CURRENT]
    r = got.range_of("shrinkage")
    assert (r.low, r.high) == (0.2, 0.4) and r.mode == pytest.approx(0.3, abs=1e-12)  # (0.2 + 0.4) / 2
    opened_note = [i.value for i in at.info if i.value.startswith("Opened.")]
    assert len(opened_note) == 1 and "ranges of 17 more assumptions, held at their values (annual_attrition," \
        in opened_note[0], opened_note
    assert "shrinkage" not in opened_note[0].split("held at their values")[0]


def test_small_ranges_start_at_the_sources_range_not_on_whole_steps() -> None:
    # Handle time 1.1 (sources 1.0-1.2) and severance 1 week a year (sources 1-1.6): on whole steps, turning
    # ranges on made them 1-2 and 1-2, doubling the dear case's extra vendor hours without a word.
    at = dashboard(60)
    at.run()
    at.toggle(key="ranges_on").set_value(True).run()
    assert not at.exception
    assert at.slider(key="vt_handle_time_ratio_range").value == pytest.approx((1.0, 1.2))
    assert at.slider(key="pp_severance_weeks_per_year_range").value == pytest.approx((1.0, 1.6))
    r = at.session_state[CURRENT].range_of("handle_time_ratio")
    assert (r.low, r.high, r.mode) == pytest.approx((1.0, 1.2, 1.1))


def _token(data: dict) -> str:
    import base64
    import json
    import zlib

    raw = json.dumps(data).encode()
    return base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")


@pytest.mark.parametrize(("section", "message"), [
    ({"vendor_terms": {"vat_rate": 2}}, "vendor_terms.vat_rate: must be from 0 to 0.5, got 2"),
    ({"people": {"stranded_months": 2.5}}, "people.stranded_months: must be a whole number, got 2.5"),
    ({"bpo": {"low": 20, "high": 30, "location": "moon"}},
     "bpo.price.location: must be one of not_stated, onshore, nearshore, offshore, got 'moon'"),
    ({"uncertainty": {"escalation_correlation": 3}}, "uncertainty.escalation_correlation: must be from -1 to 1, got 3"),
])
def test_a_link_with_a_new_field_out_of_range_is_refused(section, message) -> None:
    # a hand-made link (a Scenario cannot hold these values, so encode() cannot make one)
    data = {"function": "Customer service", "workload": {"fte": 12}, **section}
    at = dashboard(60)
    at.query_params["s"] = _token(data)
    at.run()
    assert not at.exception
    assert at.warning[0].value == f"The shared link was not applied. {message}"
    assert at.slider(key="fte").value == 10  # nothing applied
