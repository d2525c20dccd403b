"""Issue 7's new-user walk of session 19: every input does what it says, on every screen."""

from __future__ import annotations

from dashboard_app import ROOT, dashboard
from streamlit.testing.v1 import AppTest
from test_scenarios_page import app, save_as, to_estimate, to_scenarios  # noqa: F401 - the fixture

from views.share import CURRENT, decode
from views.store import text_key


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


NNBSP = "\u202f"  # fr_FR groups digits with a narrow no-break space
SALARY = "in_house_annual_salary"


def _page(monkeypatch, locale: str | None) -> AppTest:
    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    if locale is not None:
        at.context = {"locale": locale}
    at.run()
    assert not at.exception
    return at


def _used(at: AppTest) -> tuple[float, float]:
    """The salary the results use, and the one the share link carries."""
    linked = decode(at.query_params["s"][0] if isinstance(at.query_params["s"], list) else at.query_params["s"])
    return at.session_state[CURRENT].in_house.annual_salary, linked["in_house"]["annual_salary"]


def test_a_french_salary_with_cents_shows_the_cents_it_uses(monkeypatch) -> None:
    """h19walk, fr-FR: "52000,50" typed into Salary per FTE showed "52 000", and the results and the share link used
    52000.5 (the Mix page, given 52000, then disagreed by 35). It shows its cents; typed whole, it shows none."""
    at = _page(monkeypatch, "fr-FR")
    at.text_input(key=text_key(SALARY)).input("52000,50").run()
    assert at.text_input(key=text_key(SALARY)).value == f"52{NNBSP}000,50"
    assert _used(at) == (52_000.5, 52_000.5)
    at.text_input(key=text_key(SALARY)).input("52 000").run()
    assert at.text_input(key=text_key(SALARY)).value == f"52{NNBSP}000"
    assert _used(at) == (52_000, 52_000)


def test_an_english_salary_with_cents_shows_the_cents_it_uses(monkeypatch) -> None:
    """en-US: Streamlit's number field writes "%.0f" with JavaScript's toFixed: 52000.5 showed "52001" and was used
    as 52000.5. The field's format shows the cents while the value has some."""
    at = _page(monkeypatch, "en-US")
    assert at.number_input(key=SALARY).proto.format == "%.0f"
    at.number_input(key=SALARY).set_value(52_000.5).run()
    assert at.number_input(key=SALARY).proto.format == "%.2f"
    assert _used(at) == (52_000.5, 52_000.5)
    at.number_input(key=SALARY).set_value(52_000.0).run()
    assert at.number_input(key=SALARY).proto.format == "%.0f"


def test_a_whole_count_rounds_a_half_as_its_field_shows_it(monkeypatch) -> None:
    """The seed, a whole number, was rounded half to even (2.5 used as 2) where its field showed "3"."""
    at = _page(monkeypatch, None)
    at.number_input(key="seed").set_value(2.5).run()
    assert at.session_state["_accepted"]["seed"] == 3


def test_hours_from_a_link_show_the_decimals_they_are_used_with(monkeypatch) -> None:
    """The same for hours: 1,213.33 hours (10 FTE converted, from a link) showed "1213" and were used as 1,213.33."""
    at = _page(monkeypatch, None)
    at.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    assert at.number_input(key="hours_per_month").proto.format == "%.0f"  # 1,000: whole hours
    at.number_input(key="hours_per_month").set_value(1213.3333333333333).run()
    assert at.number_input(key="hours_per_month").proto.format == "%.2f"
    assert at.session_state["_accepted"]["hours_per_month"] == 1213.3333333333333


def test_french_hours_typed_with_a_decimal_show_it(monkeypatch) -> None:
    """fr-FR: "1000,4" hours read, then written in the field's last format, "1 000"; the field keeps what it uses."""
    at = _page(monkeypatch, "fr-FR")
    at.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    at.text_input(key=text_key("hours_per_month")).input("1000,4").run()
    assert at.text_input(key=text_key("hours_per_month")).value == f"1{NNBSP}000,40"
    assert at.session_state["_accepted"]["hours_per_month"] == 1000.4
