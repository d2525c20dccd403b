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
    # Opened on the presentation page: AppTest hands a page the widget values of the page before it by
    # element id, which the same sidebar drawn on another page does not read back (the browser sends
    # none on a page switch; the browser test checks that the inputs carry over).
    at.switch_page("views/present.py").run()
    assert not at.exception
    return at


def test_opens_on_the_verdict_and_pages_through_every_chart(present):
    assert present.title[0].value == plain("BPO saves $1,990,160 (41%) over 5 years and breaks even in month 10")
    assert any("Reality check" in m.value for m in present.markdown)
    assert not present.get("plotly_chart")
    present.button(key="present_next").click().run()
    assert len(present.get("plotly_chart")) == 1
    assert any(c.value.startswith(plain("Chart in words: BPO saves $1,990,160 (41%)")) for c in present.caption)
    for _ in range(5):
        present.button(key="present_next").click().run()
    assert "7 of 7" in present.caption[0].value
    present.button(key="present_next").click().run()  # wraps round to the summary
    assert "1 of 7" in present.caption[0].value
    # the default scenario is named after its function: said once, not "Customer service · Customer service"
    assert present.caption[0].value.count("Customer service") == 1
    present.button(key="present_prev").click().run()
    assert "7 of 7" in present.caption[0].value
    # no tooltip: "Right arrow key" stayed over Next after a click; the button shows its shortcut itself
    assert (present.button(key="present_next").help, present.button(key="present_prev").help) == ("", "")
    # no icon beside the shortcut's own arrow: "← Previous ←" and "Next → →" (session 23's walk); the keys stay
    buttons = [present.button(key=k).proto for k in ("present_prev", "present_next")]
    assert [(b.icon, b.shortcut) for b in buttons] == [("", "left"), ("", "right")]
    assert not present.exception


def test_slide_index_survives_a_page_switch(present):
    present.button(key="present_next").click().run()
    present.switch_page("views/sources.py").run()
    present.switch_page("views/present.py").run()
    assert "2 of 7" in present.caption[0].value


def test_plain_escapes_markdown_and_latex():
    assert plain("$5 *bold* [x](y)") == r"\$5 \*bold\* \[x\]\(y\)"
