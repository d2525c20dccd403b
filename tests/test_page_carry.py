"""What the browser sent and what it has, across a page switch (views/store.py: note_page, carry_to_page).

Issue 7, from the session-16 walk in Chromium: a number typed and not entered, then a page link. The browser sends
the number when the field loses focus, and the page switch, as two requests in either order; the server sees runs
cut short and runs of pages the browser has left. These drive the app in AppTest with the requests those runs get.
"""

from __future__ import annotations

import pytest
from dashboard_app import ROOT, dashboard
from streamlit.proto.WidgetStates_pb2 import WidgetStates

SALARY = "in_house_annual_salary"


@pytest.fixture
def estimate(monkeypatch):
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    assert not at.exception
    return at


def test_a_number_sent_with_a_page_switch_is_kept_for_the_way_back(estimate):
    """The salary arrives in the request of a run that does not draw the field (the page switch's, or the blur's
    run cut short by it): "Salary per FTE" typed as 50,000, then the Scenarios link and back, read 41,600."""
    at = estimate
    assert at.number_input(key=SALARY).value == 41_600
    at.number_input(key=SALARY).set_value(50_000)
    at.switch_page("views/scenarios.py").run()
    assert not at.exception
    at.switch_page("views/estimate.py").run()
    assert not at.exception
    assert at.number_input(key=SALARY).value == 50_000
    # the results use it: 10 FTE × 50,000 / 12 = 41,666.67 of wages a month, not 34,666.67
    assert at.session_state["_accepted"][SALARY] == 50_000


def test_a_widget_the_browser_does_not_have_is_sent_its_value(estimate):
    """A request with no widget states (the browser let the page's widgets go: it had left for another page whose
    run the server never saw to its end) on the page the server last ran: the headcount slider was drawn at its
    default, 1, while the results used 10. The value goes with the widget only when it is written this run."""
    at = estimate
    slider = at.slider(key="fte")
    assert slider.value == 10
    at._run(WidgetStates())  # what the browser sends after a page link: no widget states
    assert not at.exception
    slider = at.slider(key="fte")
    assert slider.proto.set_value, "the browser is not sent the headcount and draws its default"
    assert list(slider.proto.value) == [10]
    salary = at.number_input(key=SALARY)
    assert salary.proto.set_value and salary.proto.value == 41_600


def test_a_widget_the_browser_has_is_not_sent_again(estimate):
    """Only what the browser lacks is written: a value written each run would be sent each run and reset a field
    the user is typing in."""
    at = estimate
    at.slider(key="fte").set_value(12).run()
    at.run()
    assert not at.exception
    assert not at.slider(key="fte").proto.set_value
    assert not at.number_input(key=SALARY).proto.set_value


def test_the_old_pages_request_after_a_switch_changes_no_price(estimate):
    """The browser's blur request, the Estimate page's with every widget's value, arriving after the switch to the
    Scenarios page: Streamlit, holding no value for those widgets any more, called the function's on_change as if
    "Work to price" had changed, and every price was reset: the quote toggle off, both quotes gone (Chromium, 5 tries
    of 5, session 17). A function sent unchanged is not a change."""
    at = estimate
    at.toggle(key="bpo_use_quote").set_value(True).run()
    at.number_input(key="bpo_quote_low").set_value(25.5).run()
    at.number_input(key="bpo_quote_high").set_value(30.5)
    old_page = at._tree.get_widget_states()  # what the browser sends on the field's blur, the high end in it
    at.switch_page("views/scenarios.py").run()
    assert not at.exception
    at.switch_page("views/estimate.py")
    at._run(old_page)
    assert not at.exception
    assert at.toggle(key="bpo_use_quote").value is True
    assert (at.number_input(key="bpo_quote_low").value, at.number_input(key="bpo_quote_high").value) == (25.5, 30.5)
    assert at.session_state["_accepted"]["bpo_quote_high"] == 30.5


def test_the_old_pages_late_request_run_on_the_chosen_page_keeps_its_values(estimate):
    """The page link's request carries no widget values; the field's blur sends the old page's, with them. When the
    second reaches the server after the first, it is run on the page the user chose (views/page_requests.py,
    tests/test_page_requests.py): the Scenarios page opens, and the salary it brings is kept for the way back."""
    at = estimate
    at.number_input(key=SALARY).set_value(50_000)
    old_page = at._tree.get_widget_states()  # the blur's request: every widget, the salary typed in it
    at.switch_page("views/scenarios.py")
    at._run(WidgetStates())  # the link's request: no widget values
    assert not at.exception
    at.switch_page("views/scenarios.py")
    at._run(old_page)  # the late one, as page_requests.arrange sends it on: the Scenarios page, the old values
    assert not at.exception
    assert at.markdown[0].value == "### Scenarios"
    assert at.session_state["_page"] == "scenarios"
    at.switch_page("views/estimate.py")
    at._run(WidgetStates())  # the user's own way back, later
    assert not at.exception
    assert at.number_input(key=SALARY).value == 50_000
    # the results use it: 10 FTE × 50,000 / 12 = 41,666.67 of wages a month
    assert at.session_state["_accepted"][SALARY] == 50_000


def test_a_switch_made_by_the_page_itself_goes_ahead(estimate):
    """st.switch_page after a button's run (the Contact centre's "Use this queue", the guide's "Open the estimate")
    goes ahead, even just after the user arrived on the button's page (session 17's run-side check of late requests
    once sent it back)."""
    at = estimate
    at.switch_page("views/contact_centre.py")
    at._run(WidgetStates())  # the user's link to the Contact centre
    assert not at.exception
    at.button(key="cc_use_in_estimate").click().run()
    assert not at.exception
    assert at.session_state["_page"] == ""  # the Estimate page, as the button asked
