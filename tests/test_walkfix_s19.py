"""Issue 7's new-user walk of session 19: every input does what it says, on every screen."""

from __future__ import annotations

from dashboard_app import ROOT, dashboard
from streamlit.testing.v1 import AppTest
from test_scenarios_page import app, save_as, to_estimate, to_scenarios  # noqa: F401 - the fixture
from typed_pay import typed

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


def test_the_mix_page_takes_no_settings_while_the_estimate_page_refuses_an_input(app) -> None:  # noqa: F811
    """The same gap on the Mix page: "Use the Estimate page's settings" brought the inputs from before the refused
    rate (dollars) while the Estimate page's sidebar read euros."""
    app.switch_page("views/portfolio.py").run()
    assert not app.button(key="mix_from_estimate").disabled  # the page's own valid settings can come across
    app.switch_page("views/estimate.py").run()
    app.selectbox(key="reporting_currency").set_value("EUR").run()
    app.switch_page("views/portfolio.py").run()
    assert app.button(key="mix_from_estimate").disabled
    assert any("it cannot use this one: Exchange rate (USD)" in c.value for c in app.caption)
    app.switch_page("views/estimate.py").run()
    app.selectbox(key="reporting_currency").set_value("USD").run()
    app.switch_page("views/portfolio.py").run()
    assert not app.button(key="mix_from_estimate").disabled


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


def test_a_whole_count_typed_under_fr_fr_rounds_as_its_text_field_shows_it(monkeypatch) -> None:
    """The comma locale's half of the rule: its text field writes a count with Python's "%.0f", half to even on the
    float ("2,5" shows "2"), not toFixed's tie away from zero. With the comma field rounding as the number field does
    (2.5 used as 3 beside "2") every test passed (views/ doctests do not run; h20tests)."""
    at = _page(monkeypatch, "fr-FR")
    at.text_input(key=text_key("seed")).input("2,5").run()
    assert at.text_input(key=text_key("seed")).value == "2"
    assert at.session_state["_accepted"]["seed"] == 2
    at.text_input(key=text_key("seed")).input("3,5").run()  # half to even: 4
    assert (at.text_input(key=text_key("seed")).value, at.session_state["_accepted"]["seed"]) == ("4", 4)


def test_a_whole_count_out_of_its_limits_is_quoted_as_typed(monkeypatch) -> None:
    """A count is rounded as its field shows it, but a refused one is written back as typed: 0.001 draws is outside
    1,000 to 100,000 (the field's limits), the results keep the default 10,000 draws. Written back rounded it read
    "0 is outside", a figure nobody typed; the message quoting the rounded value passed every test (h20tests)."""
    at = _page(monkeypatch, None)
    at.number_input(key="draws").set_value(0.001).run()
    assert [w.value for w in at.warning] == [
        "**Not used:**\n- Draws: 0.001 is outside 1,000 to 100,000; the results use 10,000."]
    assert at.session_state["_accepted"]["draws"] == 10_000


def test_hours_from_a_link_show_the_decimals_they_are_used_with(monkeypatch) -> None:
    """The same for hours: 1,213.33 hours (10 FTE converted, from a link) showed "1213" and were used as 1,213.33.
    Now shown to the hundredth and held as shown (session 20): 1,213.3333 hours are used as 1,213.33."""
    at = _page(monkeypatch, None)
    at.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    assert at.number_input(key="hours_per_month").proto.format == "%.0f"  # 1,000: whole hours
    at.number_input(key="hours_per_month").set_value(1213.3333333333333).run()
    assert at.number_input(key="hours_per_month").proto.format == "%.2f"
    assert at.session_state["_accepted"]["hours_per_month"] == 1213.33


def test_french_hours_typed_with_a_decimal_show_it(monkeypatch) -> None:
    """fr-FR: "1000,4" hours read, then written in the field's last format, "1 000"; the field keeps what it uses."""
    at = _page(monkeypatch, "fr-FR")
    at.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    at.text_input(key=text_key("hours_per_month")).input("1000,4").run()
    assert at.text_input(key=text_key("hours_per_month")).value == f"1{NNBSP}000,40"
    assert at.session_state["_accepted"]["hours_per_month"] == 1000.4


def _converted_note(at: AppTest) -> str:
    return " ".join(i.value for i in at.info if "converted to" in i.value or "kept in" in i.value)


def test_a_link_reporting_in_rupees_then_dollars_keeps_its_money(monkeypatch) -> None:
    """h19walk, 3 of 3 from a link: opened reporting in INR, then Report in -> USD, "In-house pay and costs in"
    followed to USD but the fields kept their rupees, read as dollars: "Salary per FTE: must be from 1,000 to
    1,000,000, got 3,466,667", results stale. The link's figures are the defaults at 1 INR = 0.012 USD (41,600 USD:
    3,466,666.67 INR); converted back at that rate they are the defaults again, and the results the README's worked
    example: in-house $4,801,481, BPO $2,811,321 over 5 years."""
    maker = _page(monkeypatch, None)
    maker.selectbox(key="reporting_currency").set_value("INR").run()
    maker.number_input(key="fx_rate_USD").set_value(0.012).run()
    assert not maker.error
    at = dashboard(60)
    at.query_params["s"] = maker.query_params["s"]
    at.run()
    assert not at.exception and not at.error
    assert at.number_input(key="in_house_annual_salary").label == "Salary per FTE (INR/year)"
    at.selectbox(key="reporting_currency").set_value("USD").run()
    assert not at.error, [e.value for e in at.error]
    assert at.selectbox(key="in_house_currency").value == "USD"
    assert at.number_input(key="in_house_annual_salary").value == 41_600
    assert at.session_state[CURRENT].in_house.annual_salary == 41_600
    assert {m.label: m.value for m in at.metric if m.label != "KPO over 5 years"} == {
        "In-house over 5 years": "$4,801,481", "BPO over 5 years": "$2,811,321"}
    assert "Salary per FTE ₹34,66,667 → $41,600" in _converted_note(at)


def test_a_rupee_salary_typed_then_dollars_is_the_same_money(monkeypatch) -> None:
    """A fresh session: 3,000,000 rupees typed at 1 INR = 0.012 USD, then Report in -> USD: read as $3,000,000 and
    refused. Now $36,000 (3,000,000 x 0.012), said."""
    at = _page(monkeypatch, None)
    at.selectbox(key="reporting_currency").set_value("INR").run()
    at.number_input(key="fx_rate_USD").set_value(0.012).run()
    at.number_input(key="in_house_annual_salary").set_value(3_000_000.0).run()
    at.selectbox(key="reporting_currency").set_value("USD").run()
    assert not at.error, [e.value for e in at.error]
    assert at.number_input(key="in_house_annual_salary").value == 36_000
    assert at.number_input(key="in_house_annual_salary").label == "Salary per FTE (USD/year)"
    assert "converted to USD at 1 INR = 0.012 USD, the same money: Salary per FTE ₹30,00,000 → $36,000." in _converted_note(at)


def test_a_dollar_salary_typed_then_rupees_without_a_rate_keeps_its_dollars(monkeypatch) -> None:
    """The other way, with no rate between the two yet: 50,000 dollars typed, then Report in -> INR. The pay keeps
    its currency (USD, the page asks for the rate) rather than reading 50,000 as rupees."""
    at = _page(monkeypatch, None)
    at.number_input(key="in_house_annual_salary").set_value(50_000.0).run()
    at.selectbox(key="reporting_currency").set_value("INR").run()
    assert at.selectbox(key="in_house_currency").value == "USD"
    assert at.number_input(key="in_house_annual_salary").label == "Salary per FTE (USD/year)"
    assert at.number_input(key="in_house_annual_salary").value == 50_000
    assert "In-house pay and costs kept in USD" in _converted_note(at)
    at.number_input(key="fx_rate_USD").set_value(0.012).run()
    assert not at.error, [e.value for e in at.error]
    assert at.session_state[CURRENT].in_house.annual_salary == 50_000
    assert at.session_state[CURRENT].in_house.currency == "USD"


def test_a_rejected_euro_mix_does_not_put_the_old_results_currency_beside_its_own(monkeypatch, tmp_path) -> None:
    """h19walk, Mix page: a just-opened euro mix refused (no dollar rate) left the last valid dollar results, with the
    caption "Shared settings from the opened file: 5-year horizon, money in USD, in-house pay in EUR": the old
    results' currency beside the new file's pay. The caption says what the results shown use, all from them."""

    from dashboard_app import fresh_dashboard
    from test_portfolio import _hand_portfolio

    from estimator.portfolio import portfolio_to_dict
    from views.state import MIX_PENDING

    at = fresh_dashboard(monkeypatch, tmp_path)
    at.session_state[MIX_PENDING] = portfolio_to_dict(_hand_portfolio())  # dollars: valid results
    at.switch_page("views/portfolio.py").run()
    assert not at.error and not at.exception
    assert "Shared settings from the opened file: 1-year horizon, money in USD." in [c.value for c in at.caption]
    at.session_state[MIX_PENDING] = portfolio_to_dict(typed(_hand_portfolio(), currency="EUR"))
    at.run()
    assert at.error  # the dollar's rate is asked for
    captions = [c.value for c in at.caption]
    assert not [c for c in captions if "in-house pay in EUR" in c], captions
    assert ("The stale results shown use a 1-year horizon, money in USD: they are from before the shared settings "
            "from the opened file.") in captions


def test_a_rate_kept_from_an_earlier_report_in_does_not_convert(monkeypatch) -> None:
    """A rate field's key names no reporting currency: fx_rate_EUR given as 1.17 while reporting in pounds (EUR per
    GBP) stays in the store after Report in -> INR. A rupee salary typed, then Report in -> EUR: converting at that
    1.17 would make 3,000,000 rupees 3,510,000 euros. The pair INR -> EUR was never asked for, so the pay keeps its
    rupees, said."""
    at = _page(monkeypatch, None)
    at.selectbox(key="reporting_currency").set_value("GBP").run()
    at.selectbox(key="in_house_currency").set_value("EUR").run()
    at.number_input(key="fx_rate_EUR").set_value(1.17).run()
    at.selectbox(key="in_house_currency").set_value("GBP").run()
    at.selectbox(key="reporting_currency").set_value("INR").run()
    at.number_input(key="fx_rate_USD").set_value(0.012).run()
    at.number_input(key="in_house_annual_salary").set_value(3_000_000.0).run()
    at.selectbox(key="reporting_currency").set_value("EUR").run()
    assert at.number_input(key="in_house_annual_salary").value == 3_000_000
    assert at.selectbox(key="in_house_currency").value == "INR"
    assert "In-house pay and costs kept in INR" in _converted_note(at)


def test_rates_given_against_the_old_currency_are_restated_against_the_new(monkeypatch) -> None:
    """Found fixing the walk's item 3: a rate field's key names no reporting currency. Reporting in rupees with
    1 INR = 0.012 USD and 1 INR = 0.011 EUR, then Report in -> EUR: the page read "1 EUR = 0.012 USD" (83 euros to
    the dollar). Restated against the euro: 1 EUR = 0.012 / 0.011 = 1.09091 USD and 1 EUR = 1 / 0.011 = 90.9091 INR."""
    at = _page(monkeypatch, None)
    at.selectbox(key="reporting_currency").set_value("INR").run()
    at.number_input(key="fx_rate_USD").set_value(0.012).run()
    at.selectbox(key="in_house_currency").set_value("EUR").run()
    at.number_input(key="fx_rate_EUR").set_value(0.011).run()
    before = {m.label: m.value for m in at.metric}
    at.selectbox(key="reporting_currency").set_value("EUR").run()
    assert not at.error, [e.value for e in at.error]
    assert at.number_input(key="fx_rate_USD").value == 1.09091
    assert at.session_state["fx_rate_INR"] == 90.9091  # 1 / 0.011, for a part still in rupees
    assert ("Rates restated against EUR from those given against INR: 1 EUR = 1.09091 USD."
            in " ".join(i.value for i in at.info))
    # the same money: in-house ₹ x 0.011 (the pay is in euros either way, only the report's currency moved)
    assert before["In-house over 5 years"].startswith("₹") and at.metric[0].value.startswith("€")
