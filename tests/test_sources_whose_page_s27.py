"""The Estimate page's "Where each default comes from" with "Give assumptions as ranges" on (session 27's second
walk): IT's salary range, left where it starts, was used as its slider's steps, 37,300-62,300, and cited as "Your
range (default 37,328-62,212 ...)": four benchmark figures the user never touched read as overridden, on the page and
in the report, deck and workbook. A range left where it starts is the sources' own now; one moved is the user's."""

from __future__ import annotations

from dashboard_app import dashboard

from estimator.estimate import estimate
from estimator.meeting import source_rows
from views.share import CURRENT

BLS = "BLS Occupational Outlook Handbook: computer user support specialists, median $49,770 (May 2021)"


def _sources(at) -> dict[str, str]:
    return {label: source for label, _, source in source_rows(estimate(at.session_state[CURRENT]))}


def test_a_range_left_where_it_starts_cites_its_source_and_one_moved_is_the_users():
    at = dashboard(60)
    at.run()
    at.selectbox(key="function").set_value("IT and software operations").run()
    at.toggle(key="ranges_on").set_value(True).run()
    assert not at.exception
    s = at.session_state[CURRENT]
    # the sources' $31,200-52,000 around $41,600, moved to IT's $49,770: × 1.19639 = $37,327.50-62,212.50
    salary = s.range_of("annual_salary")
    assert (salary.low, salary.high) == (37_327.5, 62_212.5)
    sources = _sources(at)
    assert sources["Salary per FTE"] == BLS
    assert not [label for label, source in sources.items() if source.startswith("Your")], sources
    # the salary's range moved: the user's, with the default's range beside it
    at.slider(key="in_house_annual_salary_range").set_value((40_000.0, 62_300.0)).run()
    assert at.session_state[CURRENT].range_of("annual_salary").low == 40_000.0
    assert _sources(at)["Salary per FTE"] == f"Your range (default 37,328–62,212 USD/year: {BLS})"
