"""Issue 7's new-user walk of session 19: every input does what it says, on every screen."""

from __future__ import annotations

from test_scenarios_page import app, save_as, to_estimate, to_scenarios  # noqa: F401 - the fixture


def test_scenarios_page_saves_nothing_while_the_estimate_page_refuses_an_input(app) -> None:  # noqa: F811
    """h19walk, 1440x900: Report in -> EUR with no rate, then Scenarios -> Save as "euro0" said "Saved as euro0." and
    stored "currency": "USD", the inputs from before the refused rate."""
    app.selectbox(key="reporting_currency").set_value("EUR").run()
    assert [e.value for e in app.error][0].startswith("Please check an input. Exchange rate (USD)")
    to_scenarios(app)
    app.text_input(key="save_name").set_value("euro0").run()
    assert app.button(key="action_save").disabled  # a browser user cannot click it: not "Saved as euro0."
    warning = app.warning[0].value
    assert "Exchange rate (USD)" in warning and "Nothing can be saved or downloaded here now" in warning
    assert app.get("download_button")[0].proto.disabled and app.get("download_button")[1].proto.disabled
    # the store holds nothing (the page's own listing says "None yet")
    assert any("None yet" in c.value for c in app.caption)
    # fixed (back to dollars), it saves, in dollars
    to_estimate(app)
    app.selectbox(key="reporting_currency").set_value("USD").run()
    assert not app.error
    save_as(app, "dollars")
    assert app.success[0].value == "Saved as ` dollars `."
    assert not app.button(key="action_save").disabled and not app.warning
