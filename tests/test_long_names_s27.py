"""A name longer than the 200 characters a store keeps (session 27's walk): 209 characters pasted into "Scenario
name" were dropped without a word by Streamlit's ``max_chars``, the field keeping "Customer service". The name is
now cut to its first 200 with a caption saying so (views/text.name_field), on every name field."""

from __future__ import annotations

from dashboard_app import dashboard

from estimator.store import MAX_NAME
from views.share import CURRENT

PASTED = "Q3 review " * 20 + "and more"  # 10 × 20 + 8 = 208 characters


def test_a_long_scenario_name_is_cut_to_200_and_said_so():
    at = dashboard(60)
    at.run()
    at.text_input(key="scenario_name").set_value(PASTED).run()
    assert not at.exception
    assert len(PASTED) == 208 and MAX_NAME == 200
    assert at.session_state[CURRENT].name == PASTED[:200].strip()  # a name is kept without its end spaces
    assert "Scenario name: 208 characters; the first 200 are kept." in [c.value for c in at.sidebar.caption]
    # the name the downloads and the store get, and no caption at 200 or fewer
    at.text_input(key="scenario_name").set_value(PASTED[:200]).run()
    assert at.session_state[CURRENT].name == PASTED[:200].strip()  # a name is kept without its end spaces
    assert not [c.value for c in at.sidebar.caption if "are kept" in c.value]
