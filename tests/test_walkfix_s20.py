"""Issue 7's new-user walk of session 20 (h20walk): every input does what it says."""

from __future__ import annotations

import pytest
from test_scenarios_page import app, bpo_cost  # noqa: F401 - the fixture

from estimator.ranges import InputError
from estimator.scenario import scenario_from_dict
from views.inputs import EXPANDERS


def test_distribution_help_says_where_a_range_is_most_likely(app) -> None:  # noqa: F811
    """h20walk, 1280x720 en-GB: with ranges on, the shrinkage range 13.3%-39.4% left the BPO headline at the
    typed 30% (README's worked example, $2,811,321), not at the range's midpoint 26.35%; moving the low end from
    30.0% to 30.1% then jumped it to $2,668,447 (the midpoint, 34.75%). The distribution's help said "most likely at
    each range's midpoint"."""
    app.session_state[EXPANDERS["uncertainty"]] = True
    app.session_state[EXPANDERS["in_house"]] = True
    app.run()
    app.toggle(key="ranges_on").set_value(True).run()
    assert app.slider(key="in_house_shrinkage_range").value == (13.3, 39.4)  # the sources' range, holding 30%
    assert bpo_cost(app) == "$2,811,321"  # at 30%: the typed value is the most likely, not the midpoint
    app.slider(key="in_house_shrinkage_range").set_value((30.1, 39.4)).run()
    assert bpo_cost(app) != "$2,811,321"  # 30% left out: the midpoint
    help_text = app.selectbox(key="distribution").help
    assert "at each range's midpoint" not in help_text
    assert "most likely at the input's own value" in help_text and "midpoint once the range leaves that value out" \
        in help_text


def test_a_file_without_a_function_says_it_is_missing(book) -> None:
    """h20walk: a downloaded scenario with "function" deleted by hand was refused, on the Scenarios page and on the
    command line, as "function: None is not in the price book; known: ..."; README: only function and workload
    are required."""
    with pytest.raises(InputError) as refused:
        scenario_from_dict({"workload": {"fte": 10}}, book)
    assert str(refused.value).startswith("function: is missing; known: Customer service, IT and software operations")
    with pytest.raises(InputError) as refused:
        scenario_from_dict({"function": "Payroll", "workload": {"fte": 10}}, book)  # a name the book lacks: as before
    assert str(refused.value).startswith("function: 'Payroll' is not in the price book; known: Customer service")
