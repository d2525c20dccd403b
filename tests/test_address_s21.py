"""Every page's address holds the link to the inputs (session 21's walk, h21walk).

A page link clears the address's query in the browser, so only the Estimate page's address held ``?s=...``: a reload
(F5) of the Contact centre, Scenarios, Mix or guide page, or a bookmark of one, started from the defaults (20 FTE set,
reload on the Scenarios page, back on the Estimate page: 10 FTE, $4,801,481 for $9,602,962; 3 of 3 pages tried), and
a link opened on a page other than the Estimate or Present was dropped at the next page link. AppTest keeps the
query across ``switch_page``, so each test clears it where the browser does (a page link)."""

from __future__ import annotations

from dashboard_app import dashboard

from views.share import CURRENT, decode

ESTIMATE, SCENARIOS = "views/estimate.py", "views/scenarios.py"


def _link(at) -> str:
    value = at.query_params["s"]
    return value[0] if isinstance(value, list) else value


def _twenty():
    """The Estimate page at README's worked example with 20 FTE for 10, run; its in-house cost is twice the example's
    $4,801,481 (every in-house cost is per FTE): $9,602,962."""
    at = dashboard()
    at.run()
    at.slider(key="fte").set_value(20).run()
    assert at.metric[0].value == "$9,602,962"
    return at


def _page_link(at, page: str):
    """What a page link does in the browser: the address loses its query, the page switches."""
    for key in list(at.query_params):
        del at.query_params[key]
    return at.switch_page(page).run()


def test_a_link_opened_on_the_scenarios_page_is_saved_and_kept_on_the_estimate_page(monkeypatch, tmp_path):
    """A bookmark of /scenarios?s=... (or its reload): the page saves the link's inputs, not "Open the Estimate page
    first", and the Estimate page opened next shows them: 20 FTE, not the default 10."""
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    import streamlit as st

    st.cache_resource.clear()
    link = _link(_twenty())
    at = dashboard()  # a new session: the reload, or the bookmark opened later
    at.query_params["s"] = link
    at.switch_page(SCENARIOS).run()
    assert not at.exception
    assert "Open the Estimate page first" not in " ".join(i.value for i in at.info)
    assert at.session_state[CURRENT].workload == 20
    at.text_input(key="save_name").set_value("Twenty").run()
    at.button(key="action_save").click().run()
    assert [s.value for s in at.success] == ["Saved as ` Twenty `."]  # code_span pads the name
    _page_link(at, ESTIMATE)
    assert at.slider(key="fte").value == 20
    assert at.metric[0].value == "$9,602,962"


def test_every_page_writes_the_current_inputs_back_into_its_address():
    """The inputs set on the Estimate page, then a page link: the new page's address is their link again."""
    at = _twenty()
    for page in (SCENARIOS, "views/contact_centre.py", "views/portfolio.py", "views/guide.py", "views/sources.py"):
        _page_link(at, page)
        assert not at.exception, page
        assert decode(_link(at))["workload"] == {"fte": 20}, page
