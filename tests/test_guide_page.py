"""The "Which model fits" page through AppTest: answers by key, the suggestion and its why, the hand-off to Estimate."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
BPO_WORK = {"judgement": "rules", "insight": "volume", "skills": "basic", "collaboration": "little",
            "sensitivity": "personal"}


@pytest.fixture
def app(monkeypatch) -> AppTest:
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("views/guide.py").run()
    assert not at.exception, at.exception
    return at


def answer(at: AppTest, answers: dict[str, str]) -> AppTest:
    for key, value in answers.items():
        at.radio(key=f"guide_{key}").set_value(value)
    at.run()
    assert not at.exception, at.exception
    return at


def test_nothing_is_suggested_until_every_question_is_answered(app):
    assert not app.success
    assert "Answer every question" in app.info[0].value and "5 left" in app.info[0].value
    answer(app, {"judgement": "rules"})
    assert "4 left" in app.info[0].value and not app.success


def test_rule_based_volume_work_gets_bpo_with_the_why_and_the_seeds(app):
    answer(app, BPO_WORK)
    assert app.success[0].value.startswith("**BPO.** BPO fits")
    text = " ".join(m.value for m in app.markdown)
    assert "relies on rules" in text and "volume-driven" in text
    assert "Differences between Business Process Outsourcing (BPO) and Knowledge Process Outsourcing (KPO)" in text
    # customer service is priced in the book: the plan says so and offers the estimate
    assert any("$20–$30 per productive hour" in m.value for m in app.markdown)
    assert app.button(key="guide_open").label == "Open the estimate for Customer service"
    assert "../shared" not in text


def test_restricted_data_keeps_expert_work_in_house(app):
    answer(app, {"judgement": "judgement", "insight": "insight", "skills": "expert", "collaboration": "regular",
                 "sensitivity": "restricted"})
    assert app.success[0].value.startswith("**In-house.** Keep it in-house: its data may not leave the company.")
    answer(app, {"sensitivity": "internal"})
    assert app.success[0].value.startswith("**KPO.** KPO fits")


def test_other_work_gets_a_price_book_line_and_no_estimate_button(app):
    app.selectbox(key="guide_function").set_value("__other__").run()
    app.text_input(key="guide_other_name").set_value("Payroll").run()
    answer(app, BPO_WORK)
    assert app.code[0].value == "Payroll,BPO,per_hour,,,USD,productive hour,your vendor quote,,Added from the guide: get a quote"
    assert not [b for b in app.button if b.key == "guide_open"]


def test_the_button_opens_the_estimate_with_the_work_and_the_suggestion(app):
    app.selectbox(key="guide_function").set_value("Legal process").run()
    answer(app, {"judgement": "judgement", "insight": "insight", "skills": "expert", "collaboration": "little",
                 "sensitivity": "internal"})
    app.button(key="guide_open").click().run()
    assert not app.exception, app.exception
    assert app.selectbox(key="function").value == "Legal process"
    banner = next(i.value for i in app.info if i.value.startswith("**Which model fits:** KPO fits"))
    assert banner.endswith("type a KPO vendor's quote in the sidebar, under “KPO price”.")
    assert "KPO over 5 years" in [m.label for m in app.metric]


def test_answers_survive_a_page_switch(app):
    answer(app, BPO_WORK)
    app.switch_page("views/sources.py").run()
    app.switch_page("views/guide.py").run()
    assert app.radio(key="guide_sensitivity").value == "personal"
    assert app.success[0].value.startswith("**BPO.**")


def test_the_sources_page_lists_the_captive_defaults_with_their_sources(app):
    app.switch_page("views/sources.py").run()
    assert not app.exception
    captive = app.table[-1].value.map(lambda v: v.replace("\\", ""))  # cells escaped for markdown
    entry = captive[captive["Assumption"] == "Entry pay, India"].iloc[0]
    assert (entry["Default"], entry["Unit"]) == ("10,000", "INR/month")
    assert "Difference between KPO and BPO" in entry["Source"]
    assert "Site Selection Group" in captive[captive["Assumption"] == "Benefits, India"].iloc[0]["Source"]
