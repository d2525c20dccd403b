"""The presentation page through AppTest: findings as titles, paging by key, inputs kept, no exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from views.present import plain

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def present(monkeypatch) -> AppTest:
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    at.run()
    at.switch_page("views/present.py").run()
    assert not at.exception
    return at


def test_opens_on_the_verdict_and_pages_through_every_chart(present):
    assert present.title[0].value == plain("BPO saves $2,499,371 over 5 years and breaks even in month 7")
    assert not present.get("plotly_chart")
    present.button(key="present_next").click().run()
    assert len(present.get("plotly_chart")) == 1
    assert any(c.value.startswith(plain("Chart in words: BPO saves $42,620 a month")) for c in present.caption)
    for _ in range(5):
        present.button(key="present_next").click().run()
    assert "7 of 7" in present.caption[0].value
    present.button(key="present_next").click().run()  # wraps round to the summary
    assert "1 of 7" in present.caption[0].value
    present.button(key="present_prev").click().run()
    assert "7 of 7" in present.caption[0].value
    assert not present.exception


def test_follows_the_inputs_of_the_estimate_page(present):
    present.switch_page("views/estimate.py").run()
    present.slider(key="fte").set_value(20).run()
    present.switch_page("views/present.py").run()
    # twice the work: 20 FTE in-house is 2 × 74,317.88 = 148,635.77 a month
    assert any("$148,636 a month" in m.value for m in present.markdown)


def test_plain_escapes_markdown_and_latex():
    assert plain("$5 *bold* [x](y)") == r"\$5 \*bold\* \[x\]\(y\)"
