"""Every typed number on every page reads what the user typed, scientific notation included (issue 7).

Streamlit's browser side reads an integer number field's text with ``parseInt``: "2e4" typed into Draws arrived as
2, and "1e3" typed as a seed was taken as 1 without a word. A float field is read with ``parseFloat``, which takes
scientific notation, so every number field on the pages is a float one (views.inputs._number rounds a whole
number to the whole number its field shows). tests/test_harness.py types the maxima in scientific notation in
Chromium; these check the field type, which decides the parse, on every page without a browser.
"""

from __future__ import annotations

import pytest
from contact_centre_app import contact_centre_page  # noqa: F401 (the page fixture)
from dashboard_app import ROOT, dashboard
from streamlit.proto.NumberInput_pb2 import NumberInput as NumberInputProto

from views.inputs import CAPTIVE_ON


def _integer_fields(at) -> list[str]:
    return [n.key for n in at.number_input if n.proto.data_type != NumberInputProto.FLOAT]


@pytest.fixture
def estimate_page(monkeypatch):
    monkeypatch.chdir(ROOT)
    at = dashboard(30)
    at.session_state[CAPTIVE_ON] = True  # its pay fields too
    at.run()
    assert not at.exception
    return at


def test_every_number_on_the_estimate_page_is_read_as_a_float(estimate_page):
    at = estimate_page
    assert {"draws", "seed", "in_house_annual_salary"} <= {n.key for n in at.number_input}
    assert _integer_fields(at) == []
    at.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    assert "hours_per_month" in {n.key for n in at.number_input} and _integer_fields(at) == []


def test_a_whole_number_typed_as_a_float_is_used_as_the_whole_number_it_shows(estimate_page):
    at = estimate_page
    # what the browser sends for "2e4" typed into Draws, and for 1234.4 typed as a seed (shown as 1234)
    at.number_input(key="draws").set_value(2e4)
    at.number_input(key="seed").set_value(1234.4).run()
    assert not at.exception and not at.warning, [w.value for w in at.warning]
    assert at.session_state["_accepted"]["draws"] == 20_000
    assert at.session_state["_accepted"]["seed"] == 1234
    # 1234.6 shows as "1235" in a "%.0f" field: the seed used is 1235, the nearest whole number, not 1234 (the
    # fraction cut off, which 1234.4 above cannot tell from rounding); and a whole number, not 1235.0
    at.number_input(key="seed").set_value(1234.6).run()
    assert not at.exception and not at.warning, [w.value for w in at.warning]
    seed = at.session_state["_accepted"]["seed"]
    assert (seed, type(seed)) == (1235, int)


def test_every_number_on_the_contact_centre_page_is_read_as_a_float(page):
    assert {"cc_voice_volume", "cc_voice_aht", "cc_voice_answer", "cc_salary"} <= {n.key for n in page.number_input}
    assert _integer_fields(page) == []
