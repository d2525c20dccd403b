"""What the browser sent and what it has, across a page switch (views/store.py: note_page, carry_to_page).

Issue 7, from the session-16 walk in Chromium: a number typed and not entered, then a page link. The browser sends
the number when the field loses focus, and the page switch, as two requests in either order; the server sees runs
cut short and runs of pages the browser has left. These drive the app in AppTest with the requests those runs get.
"""

from __future__ import annotations

import pytest
from dashboard_app import ROOT, dashboard

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
