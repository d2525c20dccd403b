"""The sidebar's expanders draw their inputs only while open (views.lazy); closed, the inputs keep their values.

What a user must not notice: a value typed in an expander drives the results after the expander is closed, a
rejected one is still reported, and opening it again shows what was typed.
"""

from __future__ import annotations

import pytest
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest

from estimator.assumptions import ASSUMPTIONS
from views.inputs import EXPANDERS

IN_HOUSE = "In-house over 5 years"


def keys(at: AppTest) -> set[str]:
    return {w.key for kind in (at.number_input, at.slider, at.selectbox, at.toggle, at.text_input) for w in kind}


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.fixture
def closed() -> AppTest:
    at = dashboard(60, opened=False).run()
    assert not at.exception
    return at


def test_a_closed_expander_sends_none_of_its_inputs(closed):
    shown = keys(closed)
    # the function, workload and quotes are outside any expander; salary, horizon, draws and the captive inside
    assert {"function", "fte", "kpo_quote_low", "scenario_name"} <= shown
    assert not shown & {"in_house_annual_salary", "horizon_years", "draws", "captive_on", "vt_ramp_up",
                        "pp_staff_transfer", "vm_governance_share"}
    opened = dashboard(60).run()
    assert {"in_house_annual_salary", "horizon_years", "draws", "captive_on", "vt_ramp_up"} <= keys(opened)
    # the same defaults give the same results whether the inputs are drawn or not
    assert metrics(opened) == metrics(closed)


def test_a_typed_value_still_counts_once_its_expander_is_closed():
    at = dashboard(60).run()
    default = metrics(at)[IN_HOUSE]
    at.number_input(key="in_house_annual_salary").set_value(60_000.0).run()
    typed = metrics(at)[IN_HOUSE]
    assert typed != default
    at.session_state[EXPANDERS["in_house"]] = False
    at.run()
    assert "in_house_annual_salary" not in keys(at)
    assert metrics(at)[IN_HOUSE] == typed  # not back to the default's
    at.session_state[EXPANDERS["in_house"]] = True
    at.run()
    assert at.number_input(key="in_house_annual_salary").value == 60_000.0


def test_a_rejected_number_is_still_reported_with_its_expander_closed():
    at = dashboard(60).run()
    before = metrics(at)
    at.number_input(key="in_house_annual_salary").set_value(0.0).run()
    at.session_state[EXPANDERS["in_house"]] = False
    at.run()
    assert not at.exception
    message = " ".join(w.value for w in at.warning)
    assert "0 USD/year" in message and "the results use 41,600 USD/year" in message, message
    assert metrics(at) == before


def test_turning_ranges_on_opens_the_in_house_assumptions(closed):
    closed.session_state[EXPANDERS["uncertainty"]] = True
    closed.run()
    closed.toggle(key="ranges_on").set_value(True).run()
    assert not closed.exception
    assert closed.session_state[EXPANDERS["in_house"]] is True
    assert "in_house_annual_salary_range" in {s.key for s in closed.slider}


def test_the_year_by_year_table_and_the_sources_are_made_once_opened(closed):
    # closed: neither table is made (the sidebar's price table is the page's only other dataframe)
    assert not [d for d in closed.dataframe if "Year 1" in list(d.value.index)]
    closed.session_state["open_annual_table"] = True
    closed.session_state["open_sources"] = True
    closed.run()
    years = [d.value for d in closed.dataframe if "Year 1" in list(d.value.index)]
    assert len(years) == 1 and list(years[0].index) == [f"Year {y}" for y in range(1, 6)]
    assert {"In-house", "BPO"} <= set(years[0].columns)
    sources = [d.value for d in closed.dataframe if "Source" in d.value.columns]
    assert sources and ASSUMPTIONS["annual_salary"].label in set(sources[0]["Input"])


def test_a_value_typed_after_opening_a_closed_expander_survives_a_page_switch(closed):
    # found in the browser: the value primed while the expander was closed (41,600) came back after a page switch
    closed.session_state[EXPANDERS["in_house"]] = True
    closed.run()
    closed.number_input(key="in_house_annual_salary").set_value(75_000.0).run()
    typed = metrics(closed)
    closed.switch_page("views/sources.py").run()
    closed.switch_page("views/estimate.py").run()
    assert not closed.exception
    assert closed.number_input(key="in_house_annual_salary").value == 75_000.0
    assert metrics(closed) == typed
