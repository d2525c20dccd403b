"""Faults (issue 12): the store's file or server goes away mid-session, the price book is edited under the page. Every call says so in one line, the
page keeps the user's inputs, and what was saved before is there, whole, when the store comes back.

"Goes away" is an engine pointed at a database that cannot be opened (a folder that does not exist, a
server port nobody listens on) between two saves, then pointed back: the same driver errors a vanished
file or a killed server give, without stopping the PostgreSQL other tests share.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
import streamlit as st
from streamlit.testing.v1 import AppTest

from estimator.__main__ import main
from estimator.store import ScenarioStore, StoreUnavailable
from views.share import CURRENT

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = json.loads((ROOT / "examples" / "customer_service.json").read_text())
GONE = "sqlite:////nonexistent-folder/gone/scenarios.sqlite3"


def gone_engine() -> sa.Engine:
    return sa.create_engine(GONE)


def test_a_save_while_the_store_is_gone_fails_in_one_line_and_loses_nothing(tmp_path) -> None:
    store = ScenarioStore(f"sqlite:///{tmp_path / 's.sqlite3'}")
    first = store.save({**EXAMPLE, "name": "First"})
    engine, store.engine = store.engine, gone_engine()
    for call in (lambda: store.save({**EXAMPLE, "name": "Second"}), store.list, lambda: store.show("First"),
                 lambda: store.rename("First", "Renamed"), lambda: store.delete("First")):
        with pytest.raises(StoreUnavailable, match=r"^the scenario store \(sqlite:///.*\) cannot be reached "
                                                   r"\(OperationalError\); nothing was saved or changed$"):
            call()
    store.engine = engine  # back again
    assert store.names() == ["First"]
    assert store.show("First").data == first.data
    store.close()


def test_a_server_nobody_answers_is_one_line_without_the_password(monkeypatch, capsysbinary) -> None:
    monkeypatch.setenv("ESTIMATOR_DATABASE_URL", "postgresql://finance:s3cret@127.0.0.1:9/estimator")
    for args in (["store", "list"], ["store", "show", "x"]):
        assert main(args) == 2
        out, err = capsysbinary.readouterr()
        text = err.decode()
        assert out == b"" and text.count("\n") == 1 and "Traceback" not in text
        assert text.startswith("error: the scenario store (postgresql://finance:***@127.0.0.1:9/estimator) "
                               "cannot be reached (OperationalError)")
        assert "s3cret" not in text


def test_a_store_folder_that_cannot_be_made_is_one_line(monkeypatch, capsysbinary, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the store's folder should be")
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(blocker / "store"))
    assert main(["store", "list"]) == 2
    err = capsysbinary.readouterr().err.decode()
    assert err.startswith("error: the scenario store (sqlite:///") and "cannot be reached (NotADirectoryError)" in err


def test_the_page_says_the_store_is_gone_and_keeps_the_inputs(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.slider(key="fte").set_value(14).run()
    at.switch_page("views/scenarios.py").run()
    at.text_input(key="save_name").set_value("Before").run()
    at.button(key="action_save").click().run()
    assert at.success[0].value == "Saved as ` Before `."
    current = at.session_state[CURRENT]
    store = ScenarioStore()
    saved = store.show("Before").data
    store.close()

    # The page's store loses its database: every connection it asks for fails as a vanished file does.
    def refused(self, *args, **kwargs):
        raise sa.exc.OperationalError("connect", {}, sqlite3.OperationalError("unable to open database file"))

    with monkeypatch.context() as m:
        m.setattr(sa.engine.Engine, "connect", refused)
        after_the_fault(at)
    store = ScenarioStore()  # the store is back: the first save is whole, the second never happened
    assert store.names() == ["Before"]
    assert store.show("Before").data == saved
    store.close()
    at.run()
    assert not at.exception and not at.error
    assert at.session_state[CURRENT] == current


def after_the_fault(at: AppTest) -> None:
    current = at.session_state[CURRENT]
    at.text_input(key="save_name").set_value("After").run()
    assert not at.exception, at.exception
    assert "cannot be reached (OperationalError)" in at.error[0].value
    assert "Your inputs are kept" in at.error[0].value
    at.button(key="action_save").click().run()
    assert not at.exception and "cannot be reached" in at.error[0].value
    assert at.session_state[CURRENT] == current and current.workload == 14


def test_the_price_book_edited_while_the_page_runs(monkeypatch, tmp_path) -> None:
    import views.state

    book = tmp_path / "pricing.csv"
    good = (ROOT / "data" / "pricing.csv").read_text()
    book.write_text(good)
    monkeypatch.setattr(views.state, "DEFAULT_PATH", book)
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.slider(key="fte").set_value(14).run()
    before = {m.label: m.value for m in at.metric}

    book.write_text("function,model\nCustomer service,BPO\n")  # saved half-way through an edit
    os.utime(book, (1, 1))  # a new modification time, as any save gives
    at.run()
    assert not at.exception
    assert at.error[0].value.startswith("The price book could not be read: pricing.csv: line 1: missing column(s)")

    book.unlink()  # replaced by a tool that deletes, then writes
    at.run()
    assert not at.exception and "pricing.csv: cannot be read (No such file or directory)" in at.error[0].value

    # The edit is done: the customer-service BPO range is now $10-12 an hour, read on the next rerun.
    book.write_text(good.replace("Customer service,BPO,per_hour,20,30,", "Customer service,BPO,per_hour,10,12,"))
    at.run()
    assert not at.exception and not at.error
    assert at.slider(key="fte").value == 14  # the user's input came through the fault
    # This session keeps the BPO range its sidebar already shows (an input, primed once from the book);
    # a session that starts now reads the new file.
    assert {m.label: m.value for m in at.metric} == before
    fresh = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    fresh.run()
    fresh.slider(key="fte").set_value(14).run()
    after = {m.label: m.value for m in fresh.metric}
    assert after["In-house over 5 years"] == before["In-house over 5 years"]
    assert after["BPO over 5 years"] != before["BPO over 5 years"]  # $10-12 an hour, not $20-30
