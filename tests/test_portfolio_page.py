"""The "Mix of functions" page through AppTest: the table's edits (seeded as the editor's edit state, which is how
AppTest edits a keyed data editor), the totals they give, a bad row's message, a page switch, the Monte Carlo."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest
from test_sources_page import shown

ROOT = Path(__file__).resolve().parent.parent
PAGE = "views/portfolio.py"


@pytest.fixture
def app(monkeypatch, tmp_path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    st.cache_resource.clear()  # a fresh scenario store in this test's directory
    at = dashboard(60)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def dollars(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


def metric(at: AppTest, label: str) -> float:
    return dollars(next(m.value for m in at.metric if m.label == label))


def functions(at: AppTest) -> dict[str, dict[str, str]]:
    return {row["Function"]: row for row in functions_table(at).to_dict("records")}


def functions_table(at: AppTest):
    """The functions table as a reader sees it: a static table (its prose wraps), cells markdown-escaped."""
    return next(shown(t) for t in at.table if "Price used" in t.value.columns)


def edit(at: AppTest, edited_rows: dict[int, dict[str, object]]) -> AppTest:
    at.session_state["mix_editor"] = {"edited_rows": edited_rows, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_starter_mix_is_priced_against_both_other_plans(app):
    # customer service by a BPO, IT in-house, research by a KPO: the mix is the sum of its rows as shown
    rows = functions(app)
    assert [r["Chosen"] for r in rows.values()] == ["BPO", "In-house", "KPO"]
    total = sum(dollars(r["Chosen, USD over 5 years"]) for r in rows.values())
    assert metric(app, "Chosen mix over 5 years") == pytest.approx(total, abs=2)  # each figure rounded to $1
    in_house = sum(dollars(r["In-house, USD over 5 years"]) for r in rows.values())
    assert metric(app, "All in-house over 5 years") == pytest.approx(in_house, abs=2)
    # IT's own default pay (BLS: computer user support specialists, median $49,770)
    assert rows["IT and software operations"]["Price used"] == "4.0 FTE in-house at $49,770 a year"
    assert rows["Customer service"]["Price used"] == "$20–$30 per productive hour (BPO vs. KPO (2023))"
    assert "Priced options" in functions_table(app)
    assert "offshore captive" in app.caption[0].value and "where it is offered" in app.caption[0].value
    assert app.get("plotly_chart")  # the stacked chart is drawn


def test_an_edited_option_and_workload_change_the_total_by_the_hand_computed_amount(app):
    before = functions(app)
    mix = metric(app, "Chosen mix over 5 years")
    cs_bpo = dollars(before["Customer service"]["Chosen, USD over 5 years"])
    cs_in_house = dollars(before["Customer service"]["In-house, USD over 5 years"])
    it_4_fte = dollars(before["IT and software operations"]["In-house, USD over 5 years"])
    # Row 1 back in-house: the mix loses customer service's BPO cost and gains its in-house cost.
    # Row 2 from 4 to 5 FTE in-house: every in-house cost (wages, benefits, supervision per span, overhead, hiring)
    # is a cost per FTE, so 5 FTE cost 5/4 of 4 FTE: a quarter more of IT's in-house figure.
    expected = mix - cs_bpo + cs_in_house + it_4_fte / 4
    edit(app, {0: {"option": "in_house"}, 1: {"workload": 5.0}})
    assert metric(app, "Chosen mix over 5 years") == pytest.approx(expected, abs=3)  # three figures rounded to $1
    after = functions(app)
    assert after["Customer service"]["Chosen"] == "In-house"
    assert not app.error


def test_a_row_whose_option_is_not_priced_gets_a_message_naming_it_and_keeps_the_last_results(app):
    mix = metric(app, "Chosen mix over 5 years")
    edit(app, {1: {"function": "Legal process", "option": "kpo"}})
    assert app.error[0].value == ("Please check the table. Row 2 (Legal process), Chosen option: Legal process has "
                                  "no KPO price or quote; choose In-house, or enter a KPO quote")
    assert "Stale" in app.warning[0].value
    assert metric(app, "Chosen mix over 5 years") == mix  # the last valid results, not a traceback
    # a quote for the row makes the option priced
    edit(app, {1: {"function": "Legal process", "option": "kpo", "quote_low": 60.0, "quote_high": 90.0}})
    assert not app.error
    assert functions(app)["Legal process"]["Chosen"] == "KPO"


def test_an_emptied_cell_names_its_row_and_column(app):
    # one case on the page; tests/test_portfolio_table.py has every kind of bad cell
    edit(app, {2: {"workload": None}})
    assert app.error[0].value.startswith("Please check the table. Row 3 (Research and analysis), Workload: is empty")


def test_the_table_survives_a_page_switch(app):
    edit(app, {0: {"workload": 12.0}})
    app.switch_page("views/estimate.py").run()
    app.switch_page(PAGE).run()
    assert not app.exception, app.exception
    assert app.data_editor(key="mix_editor").value["workload"].tolist() == [12.0, 4.0, 3.0]
    assert "Customer service" in functions(app)


def test_the_monte_carlo_runs_with_a_progress_bar(app):
    app.button(key="mix_run_monte_carlo").click().run()
    assert not app.exception, app.exception
    bar = app.get("progress")[0]
    assert bar.value == 100 and "15 of 15 chunks" in bar.proto.text  # 3 functions × 10,000 / 2,000
    table = next(d.value for d in app.dataframe if "P50 (USD)" in d.value.columns)
    assert table["Plan"].tolist() == ["Chosen mix", "All in-house", "All outsourced"]
    assert any("cheaper in" in c.value for c in app.caption)


def test_a_saved_mix_opens_again_in_the_table(app):
    edit(app, {1: {"annual_salary": 60_000.0}})
    app.text_input(key="mix_name").set_value("Back office").run()
    app.button(key="action_mix_save").click().run()
    assert "Saved as “Back office”" in app.success[0].value
    edit(app, {1: {"annual_salary": 70_000.0, "workload": 9.0}})
    app.selectbox(key="mix_open_pick").set_value("Back office")
    app.button(key="action_mix_open").click().run()
    assert not app.exception, app.exception
    table = app.data_editor(key="mix_editor").value
    assert table["workload"].tolist() == [10.0, 4.0, 3.0] and table["annual_salary"].tolist()[1] == 60_000.0
    assert app.text_input(key="mix_name").value == "Back office"


def test_a_mix_saved_here_opens_from_the_scenarios_page(app):
    edit(app, {2: {"workload": 7.0}})
    app.text_input(key="mix_name").set_value("Research heavy").run()
    app.button(key="action_mix_save").click().run()
    edit(app, {2: {"workload": 9.0}})  # typed after saving: opening the saved mix replaces it
    app.switch_page("views/scenarios.py").run()
    app.selectbox(key="saved_pick").set_value("Research heavy")
    app.button(key="action_open").click().run()
    assert not app.exception, app.exception
    assert app.data_editor(key="mix_editor").value["workload"].tolist() == [10.0, 4.0, 7.0]
    assert app.text_input(key="mix_name").value == "Research heavy"


def test_the_estimate_pages_settings_become_the_mixs_shared_ones(app):
    # a 7-year horizon set on the Estimate page: the mix's totals are over 7 years once the user takes its settings
    app.switch_page("views/estimate.py").run()
    app.slider(key="horizon_years").set_value(7).run()
    app.switch_page(PAGE).run()
    assert not any(m.label.endswith("over 7 years") for m in app.metric)
    app.button(key="mix_from_estimate").click().run()
    assert not app.exception
    assert any("Shared settings from the Estimate page: 7-year horizon, money in USD." in c.value for c in app.caption)
    assert any("7 years" in m.label for m in app.metric), [m.label for m in app.metric]


def test_the_table_lets_every_typed_cell_reach_the_checks():
    # Found by walking the page in Chromium: the browser held back a row whose required cell was empty (the totals
    # did not move and nothing was said), and a number column with a minimum dropped a typed minus sign (-3 became
    # 3). What the user types is checked by portfolio_table, which names the row; the editor must not pre-empt it.
    from estimator.pricing import load_price_book
    from views.portfolio import _column_config

    config = _column_config(load_price_book(), "USD", captive=True)
    for column in ("function", "workload", "annual_salary", "quote_low", "quote_high"):
        settings = config[column]
        assert not settings.get("required"), column
        assert (settings.get("type_config") or {}).get("min_value") is None, column


def test_the_plans_table_states_its_currency_once_in_the_caption(app):
    # at 1280 px "Mix's NPV saving (USD)" was cut and "Mix breaks even" hidden behind a horizontal scroll: the
    # headers drop the currency the caption gives
    plans = next(shown(t) for t in app.table if "Plan" in t.value.columns)
    assert list(plans.columns) == ["Plan", "Over 5 years (midpoint)", "Range", "NPV", "Mix saves",
                                   "Mix's NPV saving", "Mix breaks even"]
    assert any(c.value.startswith("Money in USD over 5 years, one-time costs included; range from every cheap end")
               for c in app.caption)
    in_house = plans[plans["Plan"] == "All in-house"].iloc[0]
    assert dollars(in_house["Over 5 years (midpoint)"]) == metric(app, "All in-house over 5 years")


def test_the_functions_table_shows_its_figures_before_its_prose(app):
    # at 1280 px the cost columns sat past the table's right edge, after "Delivered from" and "Price used"
    table = functions_table(app)
    assert list(table.columns[:4]) == ["Function", "Chosen", "Chosen, USD over 5 years", "In-house, USD over 5 years"]


def test_a_mix_opened_with_a_quote_in_another_currency_keeps_it_as_typed(app, book):
    """A dollar mix whose BPO quote is €25-30 (1 USD = 0.9 EUR): the table showed 25.00 and 30.00 under a quote "in
    USD", and read back it had lost the euros ("exchange_rates.EUR: no amount is in EUR ... remove its rate"): the
    results stayed the previous table's, marked stale. Now the quote's currency is a column of its own.

    €25-30 is $27.78-33.33, mid $30.56: README's Estimate page is $2,811,321 at a $25 mid and $3,042,928 at $27.75,
    $84,220.7 a dollar of mid, so 2,811,321 + 5.5556 × 84,220.7 = $3,279,213."""
    from dataclasses import replace

    from estimator.currency import ExchangeRate
    from estimator.portfolio import portfolio_of, portfolio_to_dict
    from estimator.scenario import Scenario, reference_price
    from views.state import MIX_PENDING

    quote = replace(reference_price(book, "Customer service", "bpo"), low=25.0, high=30.0, source="vendor quote",
                    currency="EUR")
    mix = portfolio_of(Scenario("Customer service", 10, name="Euro quote", bpo=quote,
                                exchange_rates=(ExchangeRate("USD", "EUR", 0.9),)))
    app.session_state[MIX_PENDING] = portfolio_to_dict(replace(mix, rows=(replace(mix.rows[0], option="bpo"),)))
    app.run()
    assert not app.exception and not app.error and not app.warning
    table = app.data_editor(key="mix_editor").value
    assert table[["quote_low", "quote_high", "quote_currency"]].values.tolist() == [[25.0, 30.0, "EUR"]]
    assert functions(app)["Customer service"]["Price used"] == ("€25–€30 ($27.78–$33.33 at 1 USD = 0.9 EUR) per "
                                                               "productive hour (vendor quote)")
    assert metric(app, "Chosen mix over 5 years") == pytest.approx(3_279_213, abs=2)
    edit(app, {0: {"workload": 10.0}})  # the table read again: still euros
    assert not app.error and metric(app, "Chosen mix over 5 years") == pytest.approx(3_279_213, abs=2)
