"""Hostile input on the pages (issue 12): the corpus through the Scenarios uploader and the Contact centre's
interval upload, in AppTest. A bad file shows one line in an error box and no exception; the user's inputs
and the store are as they were; a file that loads shows its name as plain text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from test_hostile import CORPUS, GOOD, MANIFEST, MAX_MESSAGE, Entry, snapshot

from estimator.store import ScenarioStore
from estimator.uploads import MAX_UPLOAD_BYTES
from views.share import CURRENT

ROOT = Path(__file__).resolve().parent.parent
MIME = {".json": "application/json", ".csv": "text/csv", ".xlsx": "application/octet-stream"}


def content(name: str) -> bytes:
    if name == "over_cap.json":
        return b"{" + b" " * MAX_UPLOAD_BYTES + b"}"
    return (CORPUS / name).read_bytes()


@pytest.fixture
def app(monkeypatch, tmp_path: Path) -> tuple[AppTest, ScenarioStore]:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    st.cache_resource.clear()  # a fresh store in this test's directory
    store = ScenarioStore()
    store.save(json.loads(GOOD.read_text()))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.slider(key="fte").set_value(12).run()  # the user's own input, which no upload may change
    at.switch_page("views/scenarios.py").run()
    assert not at.exception, at.exception
    yield at, store
    store.close()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def test_every_scenario_file_through_the_scenarios_uploader(app) -> None:
    at, store = app
    before, current = snapshot(store), at.session_state[CURRENT]
    problems = []
    for entry in [e for e in MANIFEST if e.kind == "scenario"]:
        name = entry.file
        at.file_uploader(key="action_upload").set_value((name, content(name), MIME[Path(name).suffix])).run()
        shown = errors(at)
        if at.exception:
            problems.append(f"{name}: exception {at.exception[0].value}")
        elif entry.outcome == "loads":
            if shown or not any(t.value.strip() for t in at.text):
                problems.append(f"{name}: did not load ({shown})")
        elif len(shown) != 1 or entry.message not in shown[0]:
            problems.append(f"{name}: expected one error with {entry.message!r}, got {shown}")
        elif "\n" in shown[0] or len(shown[0]) > MAX_MESSAGE + 60:
            problems.append(f"{name}: message is not one short line: {shown[0][:200]!r}")
        if snapshot(store) != before or at.session_state[CURRENT] != current:
            problems.append(f"{name}: changed the store or the current inputs")
    assert not problems, "\n".join(problems)


def test_a_loaded_name_is_shown_as_text_and_saved_exactly(app) -> None:
    at, store = app
    name = json.loads((CORPUS / "html_name.json").read_text())["name"]
    at.file_uploader(key="action_upload").set_value(("html_name.json", content("html_name.json"), "application/json"))
    at.run()
    assert [t.value for t in at.text] == [name]  # st.text: never markdown, never HTML
    at.button(key="action_upload_save").click().run()
    assert not at.exception
    assert name in store.names()
    assert at.success[0].value == f"Saved as ` {name} `."  # a code span: shown as typed


@pytest.fixture
def contact_centre(monkeypatch) -> AppTest:
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("views/contact_centre.py").run()
    at.button_group(key="cc_source").set_value("file").run()
    assert not at.exception, at.exception
    return at


def test_every_interval_file_through_the_contact_centre_upload(contact_centre) -> None:
    at = contact_centre
    problems = []
    bomb = Entry("zip_bomb.xlsx", "intervals", "refused", "a ZIP bomb", "is not a UTF-8 text file")
    for entry in [e for e in MANIFEST if e.kind == "intervals"] + [bomb]:
        at.file_uploader(key="upload_cc_intervals").set_value((entry.file, content(entry.file), "text/csv")).run()
        shown = errors(at) + [i.value for i in at.info]
        if at.exception:
            problems.append(f"{entry.file}: exception {at.exception[0].value}")
        elif entry.outcome == "loads":
            if errors(at) or not at.metric:
                problems.append(f"{entry.file}: did not load ({shown})")
        elif not any(entry.message in m and "\n" not in m and len(m) <= MAX_MESSAGE for m in shown):
            problems.append(f"{entry.file}: expected a one-line message with {entry.message!r}, got {shown}")
    assert not problems, "\n".join(problems)


def test_queue_names_from_a_file_are_labels_as_typed(contact_centre) -> None:
    at = contact_centre
    at.file_uploader(key="upload_cc_intervals").set_value(("n.csv", content("intervals_names.csv"), "text/csv")).run()
    assert not at.exception
    labels = [n.label for n in at.number_input]
    # markdown in a label would render: the page escapes it, so each name reads exactly as the file has it
    assert "\\=1\\+1: answer within (seconds)" in labels
    assert "\\*\\*Chat\\*\\*: answer within (seconds)" in labels
