"""What the pages share: the price book read again when the file changes, and one message when it cannot be read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from views import state

ROOT = Path(__file__).resolve().parent.parent


def test_an_edited_price_book_is_read_again(tmp_path: Path) -> None:
    # The cache was keyed on the path alone (a leading-underscore argument is not hashed by st.cache_data),
    # so editing data/pricing.csv changed nothing until the server restarted.
    text = (ROOT / "data" / "pricing.csv").read_text()
    path = tmp_path / "pricing.csv"
    path.write_text(text)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    before = state.reference_book(path)
    assert before.lookup("Customer service", "BPO").high == 30  # the seed's $20-30 an hour
    path.write_text(text.replace("Customer service,BPO,per_hour,20,30", "Customer service,BPO,per_hour,20,35", 1))
    os.utime(path, (1_700_000_100, 1_700_000_100))
    assert state.reference_book(path).lookup("Customer service", "BPO").high == 35
    assert state.reference_book(path) is not before


def test_an_unchanged_price_book_is_read_once(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "pricing.csv"
    path.write_text((ROOT / "data" / "pricing.csv").read_text())
    reads = []
    monkeypatch.setattr(state, "load_price_book", lambda p: reads.append(p) or object())
    st.cache_data.clear()
    state.reference_book(path)
    state.reference_book(path)
    assert reads == [str(path)]


@pytest.mark.parametrize("page", ["views/estimate.py", "views/scenarios.py", "views/sources.py"])
def test_a_broken_price_book_stops_each_page_with_one_message(page, tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "pricing.csv"
    broken.write_text("function,model\nCustomer service,BPO\n")
    monkeypatch.setattr(state, "DEFAULT_PATH", broken)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "The price book could not be read: pricing.csv: line 1: missing column(s) basis, low, high, currency, unit, "
        "source, as_of, notes"]


def test_the_stores_dicts_are_each_sessions_own(monkeypatch) -> None:
    # views.store keeps each session's input dict by its session state (a rerun reads the store some 270 times;
    # through Streamlit's proxy each read cost about 20 µs): two sessions at once never see each other's inputs,
    # and a session's inputs survive its own reruns and a page switch
    from dashboard_app import dashboard

    monkeypatch.chdir(ROOT)

    one, two = dashboard(60), dashboard(60)
    one.run()
    two.run()
    one.slider(key="fte").set_value(25).run()
    two.slider(key="fte").set_value(7).run()
    one.switch_page("views/sources.py").run()
    one.switch_page("views/estimate.py").run()
    two.run()
    assert (one.slider(key="fte").value, two.slider(key="fte").value) == (25, 7)
    assert one.session_state["_inputs"]["fte"] == 25 and two.session_state["_inputs"]["fte"] == 7
