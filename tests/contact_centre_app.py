"""The Contact centre page in AppTest, shared by its page and input tests: the page opened fresh, its metrics,
and the published queue set through its widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
CC = "views/contact_centre.py"


@pytest.fixture(name="page")
def contact_centre_page(monkeypatch) -> AppTest:
    """``page``: the dashboard switched to the Contact centre page, at its defaults (import this to use it)."""
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page(CC).run()
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def published_queue(at: AppTest) -> AppTest:
    """Flat day 08:00–20:00 of 100 calls a half hour at 3 minutes, 80/20, no occupancy cap (14 agents)."""
    at.selectbox(key="cc_pattern").set_value("flat")
    at.number_input(key="cc_voice_volume").set_value(2_400)  # 24 half hours × 100
    at.number_input(key="cc_voice_aht").set_value(180)
    at.number_input(key="cc_voice_answer").set_value(20)
    at.slider(key="cc_voice_sl").set_value(80)
    at.slider(key="cc_occupancy").set_value(100)
    return at.run()
