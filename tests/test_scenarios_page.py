"""The Scenarios page through AppTest: save, open, rename, duplicate, delete, compare, and a shared link."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import streamlit as st
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest

from estimator.scenario import Scenario, reference_price
from views.share import encode

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def app(monkeypatch, tmp_path: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    st.cache_resource.clear()  # a fresh store in this test's directory
    at = dashboard(60)
    at.run()
    assert not at.exception
    return at


def bpo_cost(at: AppTest) -> str:
    return next(m.value for m in at.metric if m.label == "BPO over 5 years")


def to_scenarios(at: AppTest) -> AppTest:
    at.switch_page("views/scenarios.py").run()
    assert not at.exception, at.exception
    return at


def to_estimate(at: AppTest) -> AppTest:
    at.switch_page("views/estimate.py").run()
    assert not at.exception, at.exception
    return at


def save_as(at: AppTest, name: str) -> None:
    to_scenarios(at)
    at.text_input(key="save_name").set_value(name)
    at.button(key="action_save").click().run()
    assert not at.exception, at.exception


def test_save_then_open_restores_the_inputs(app: AppTest) -> None:
    app.slider(key="fte").set_value(20).run()
    save_as(app, "Twenty agents")
    assert app.success[0].value == "Saved as ` Twenty agents `."
    to_estimate(app)
    app.slider(key="fte").set_value(10).run()
    assert bpo_cost(app) == "$2,811,321"  # README worked example over 5 years
    to_scenarios(app)
    app.selectbox(key="saved_pick").set_value("Twenty agents")
    app.button(key="action_open").click().run()
    if app.slider(key="fte").value != 20:  # AppTest follows st.switch_page on the next run
        app.run()
    assert app.slider(key="fte").value == 20
    # worked example at 20 FTE: everything doubles but the governance floor (347,640.84): 5,275,001
    assert bpo_cost(app) == "$5,275,001"


def test_rename_duplicate_delete(app: AppTest) -> None:
    save_as(app, "Plan")
    app.text_input(key="rename_to").set_value("Plan A").run()
    app.button(key="action_rename").click().run()
    assert app.selectbox(key="saved_pick").options == ["Plan A"]
    app.button(key="action_duplicate").click().run()
    assert sorted(app.selectbox(key="saved_pick").options) == ["Plan A", "Plan A (copy)"]
    # each action says what it did after the page reruns (a walk found none: the message went with the rerun)
    assert [m.value for m in app.success] == ["Duplicated as ` Plan A (copy) `."]
    app.selectbox(key="saved_pick").set_value("Plan A")
    assert app.button(key="action_delete").disabled
    app.toggle(key="delete_confirm").set_value(True).run()
    assert not app.success  # said once
    app.button(key="action_delete").click().run()
    assert app.selectbox(key="saved_pick").options == ["Plan A (copy)"]
    assert [m.value for m in app.success] == ["Deleted ` Plan A `."]


def test_a_taken_name_saves_with_a_suffix(app: AppTest) -> None:
    save_as(app, "Plan")
    app.button(key="action_save").click().run()
    assert app.success[0].value == "Saved as ` Plan (2) `."


def compare_ten_and_twenty(app: AppTest) -> None:
    """Save the default scenario as "Ten" and with 20 FTE as "Twenty", and compare the two."""
    save_as(app, "Ten")
    to_estimate(app)
    app.slider(key="fte").set_value(20).run()
    save_as(app, "Twenty")
    app.multiselect(key="compare_pick").set_value(["Ten", "Twenty"]).run()
    assert not app.exception


def test_compare_two(app: AppTest) -> None:
    compare_ten_and_twenty(app)
    diff = app.dataframe[-1].value  # the saved list, then the inputs that differ; the results are a static table
    results = app.table[-1].value.map(lambda v: re.sub(r"\\(.)", r"\1", str(v)))  # unescaped, as a reader sees it
    assert diff.to_dict() == {"Ten": {"In-house headcount (FTE)": "10"}, "Twenty": {"In-house headcount (FTE)": "20"}}
    # run rate: fees 33,366.67 + governance floor 5,380.83; at 20 FTE 66,733.33 + 5,380.83
    assert results[results.Option == "BPO"]["Cost a month"].tolist() == ["$38,747", "$72,114"]
    assert len(app.get("plotly_chart")) == 1
    for view in ("cumulative", "savings"):
        app.segmented_control(key="compare_chart").set_value(view).run()
        assert not app.exception


def test_a_script_in_a_name_is_shown_as_text(app: AppTest) -> None:
    name = "<script>alert('x')</script><b>bold</b>"
    save_as(app, name)
    assert app.success[0].value == f"Saved as ` {name} `."  # a code span: shown as typed, never run
    assert all("<script" not in m.value for m in app.markdown)


def test_a_shared_link_opens_the_same_inputs(app: AppTest, book) -> None:
    linked = Scenario("Customer service", 30, name="Linked", bpo=reference_price(book, "Customer service", "bpo"))
    at = dashboard(60)
    at.query_params["s"] = encode(linked)
    at.run()
    assert not at.exception
    assert at.slider(key="fte").value == 30
    assert at.text_input(key="scenario_name").value == "Linked"
    # 3 × (2,811,320.92 − 347,640.84) + 347,640.84 = 7,738,681.08, except that at 30 FTE the 6% first-year
    # governance on 100,100 of fees (× 1.3, 1.2, 1.1 ramp-up) beats the 5,380.83 floor in months 4-12:
    # 7,807.80 + 7,207.20 + 6,606.60 + 6 × 6,006 = 57,657.60 instead of 9 × 5,380.83 = 48,427.43: +9,230.17
    assert bpo_cost(at) == "$7,747,911"


def test_a_link_with_a_value_out_of_range_is_refused(book) -> None:
    # 600 FTE is valid for the estimator but beyond the page's headcount slider (1 to 500).
    at = dashboard(60)
    at.query_params["s"] = encode(Scenario("Customer service", 600, name="Too big"))
    at.run()
    assert not at.exception
    assert at.warning[0].value == ("The shared link was not applied. workload.fte: the page's headcount slider goes "
                                   "from 1 to 500, got 600")
    assert at.slider(key="fte").value == 10  # nothing applied


def test_a_damaged_link_is_refused() -> None:
    at = dashboard(60)
    at.query_params["s"] = "not-a-scenario"
    at.run()
    assert at.warning[0].value.startswith("The shared link was not applied. link: is damaged")


def test_open_restores_every_kind_of_input(app: AppTest, book) -> None:
    # Ranges on, a typed BPO quote, hours instead of FTE, a longer horizon and another distribution:
    # saved, then the page moved elsewhere, then opened: the page's scenario is the saved one exactly.
    app.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    app.number_input(key="hours_per_month").set_value(2_500.0).run()
    app.toggle(key="bpo_use_quote").set_value(True).run()
    app.number_input(key="bpo_quote_low").set_value(12.0).run()
    app.number_input(key="bpo_quote_high").set_value(18.0).run()
    app.slider(key="horizon_years").set_value(7).run()
    app.selectbox(key="distribution").set_value("uniform").run()
    app.toggle(key="ranges_on").set_value(True).run()
    app.slider(key="in_house_shrinkage_range").set_value((25.0, 40.0)).run()
    app.text_input(key="scenario_name").set_value("Everything").run()
    assert not app.exception
    saved = app.session_state["current_scenario"]
    save_as(app, "Everything")
    to_estimate(app)
    app.toggle(key="ranges_on").set_value(False).run()
    app.segmented_control(key="workload_basis").set_value("fte").run()
    app.toggle(key="bpo_use_quote").set_value(False).run()
    assert app.session_state["current_scenario"] != saved
    to_scenarios(app)
    app.button(key="action_open").click().run()
    if app.session_state["current_scenario"] != saved:
        app.run()
    assert not app.exception
    assert app.session_state["current_scenario"] == saved


def test_inputs_the_page_cannot_show_are_listed(book) -> None:
    # An uploaded quote with its own source text: the page's quote is a "vendor quote", so it says so.
    from estimator.scenario import VendorPrice, scenario_to_dict
    from views.share import PENDING

    s = Scenario("Customer service", 10, name="Acme", bpo=VendorPrice("per_hour", 21, 23, source="Acme, May 2026"))
    at = dashboard(60)
    at.session_state[PENDING] = scenario_to_dict(s)
    at.run()
    assert not at.exception
    assert at.info[0].value.endswith("take the page's values: bpo.source.")
    assert at.number_input(key="bpo_quote_low").value == 21.0


def test_the_pick_follows_the_scenario_just_saved(app: AppTest) -> None:
    # Walked in Chromium: saved A, B, C; the list's pick stayed on A, so "Rename" renamed A.
    for name in ("A", "B", "C"):
        save_as(app, name)
        assert app.selectbox(key="saved_pick").value == name
    app.text_input(key="rename_to").set_value("C final").run()
    app.button(key="action_rename").click().run()
    assert sorted(app.selectbox(key="saved_pick").options) == ["A", "B", "C final"]
