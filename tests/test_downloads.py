"""A file made on click survives other sessions' reruns until its own session's next run (views/downloads.py).

Streamlit's own MediaFileManager and in-memory storage, no browser and no server: "another session's run
ends" is what Streamlit does at the end of every script run, ``remove_orphaned_files()``; "this session's
next run starts" is ``clear_session_refs``. A session id comes from the script run's context, which a test has
not got, so Streamlit files everything here under its stand-in session "dontcare".
"""

from __future__ import annotations

import pytest
from dashboard_app import dashboard
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from views import downloads

CSV = b"scenario,low\r\nA,1\r\n"


def _clicked(execute):
    """A page's run registers a CSV button (made on click); the user clicks: returns storage, manager, file."""
    storage = MemoryMediaFileStorage("/media")
    manager = MediaFileManager(storage)
    placeholder = manager.add_deferred(lambda: CSV, "text/csv", "1.4.0", "table.csv")
    url = execute(manager, placeholder)
    return storage, manager, placeholder, url.rsplit("/", 1)[-1].removesuffix(".csv")


def _other_runs_end(manager: MediaFileManager, runs: int = 2) -> None:
    for _ in range(runs):
        manager.remove_orphaned_files()


def test_streamlit_alone_deletes_a_made_file_after_two_other_runs():
    """The defect itself: if this fails, Streamlit keeps made files now and views/downloads.py can go."""
    storage, manager, _, made = _clicked(downloads._streamlit_execute_deferred)
    assert storage.get_file(made).content == CSV
    _other_runs_end(manager, 1)
    assert storage.get_file(made).content == CSV  # the first sweep only marks it
    _other_runs_end(manager, 1)
    with pytest.raises(MediaFileStorageError):
        storage.get_file(made)  # the browser's fetch would now be a 404: a failed download


def test_a_made_file_outlives_other_sessions_runs():
    storage, manager, _, made = _clicked(downloads._execute_deferred_and_keep)
    _other_runs_end(manager, 5)
    assert storage.get_file(made).content == CSV


def test_a_made_file_goes_once_its_session_runs_again():
    """Kept while its button shows, not for ever: the session's next full run drops it like any file."""
    storage, manager, _, made = _clicked(downloads._execute_deferred_and_keep)
    manager.clear_session_refs("dontcare")  # the session's next full run starts
    _other_runs_end(manager, 2)
    with pytest.raises(MediaFileStorageError):
        storage.get_file(made)


def test_a_second_click_makes_the_file_again():
    calls = []

    def make() -> bytes:
        calls.append(1)
        return CSV

    storage = MemoryMediaFileStorage("/media")
    manager = MediaFileManager(storage)
    placeholder = manager.add_deferred(make, "text/csv", "1.4.0", "table.csv")
    first = downloads._execute_deferred_and_keep(manager, placeholder)
    _other_runs_end(manager, 3)
    second = downloads._execute_deferred_and_keep(manager, placeholder)
    assert (first, len(calls)) == (second, 2)  # the same bytes, the same file; the callable ran twice


@pytest.fixture
def streamlit_as_shipped():
    """Streamlit's own methods during the test, whatever was installed before, and put back after it."""
    saved = MediaFileManager.execute_deferred, MediaFileManager.add_deferred
    MediaFileManager.execute_deferred = downloads._streamlit_execute_deferred  # type: ignore[method-assign]
    MediaFileManager.add_deferred = downloads._streamlit_add_deferred  # type: ignore[method-assign]
    yield
    MediaFileManager.execute_deferred, MediaFileManager.add_deferred = saved  # type: ignore[method-assign]


def test_installing_twice_keeps_one_layer(streamlit_as_shipped):
    downloads.keep_made_files()
    downloads.keep_made_files()
    assert MediaFileManager.execute_deferred is downloads._execute_deferred_and_keep
    assert MediaFileManager.add_deferred is downloads._add_deferred_and_remember
    assert downloads._streamlit_execute_deferred is not downloads._execute_deferred_and_keep
    assert downloads._streamlit_add_deferred is not downloads._add_deferred_and_remember


def test_the_dashboard_installs_it(streamlit_as_shipped):
    at = dashboard(opened=False).run()
    assert not at.exception
    assert MediaFileManager.execute_deferred is downloads._execute_deferred_and_keep
    assert MediaFileManager.add_deferred is downloads._add_deferred_and_remember


# A click that still carries the id of the button before a slider's rerun (views/downloads.py, second failure).
NEW = b"scenario,low\r\nA,2\r\n"


def _rerun_replaces_the_button(add, session=None):
    """A run registers the CSV button; the slider's rerun registers it again with new bytes and ends."""
    storage = MemoryMediaFileStorage("/media")
    manager = MediaFileManager(storage)
    old = add(manager, lambda: CSV, "text/csv", "1.4.0", "table.csv", element_id="download_csv")
    manager.clear_session_refs("dontcare")  # the rerun starts
    add(manager, lambda: NEW, "text/csv", "1.4.0", "table.csv", element_id="download_csv")
    manager.remove_orphaned_files()  # the rerun ends: Streamlit drops the old id
    return storage, manager, old


def test_streamlit_alone_finds_nothing_for_a_click_on_the_old_button():
    _, manager, old = _rerun_replaces_the_button(downloads._streamlit_add_deferred)
    with pytest.raises(MediaFileStorageError, match="not found"):
        downloads._streamlit_execute_deferred(manager, old)


def test_a_click_on_the_old_button_makes_the_current_file():
    storage, manager, old = _rerun_replaces_the_button(downloads._add_deferred_and_remember)
    url = downloads._execute_deferred_and_keep(manager, old)
    assert storage.get_file(url.rsplit("/", 1)[-1].removesuffix(".csv")).content == NEW


def test_an_id_no_button_had_is_still_refused():
    _, manager, _ = _rerun_replaces_the_button(downloads._add_deferred_and_remember)
    with pytest.raises(MediaFileStorageError, match="not found"):
        downloads._execute_deferred_and_keep(manager, "0" * 32)


def test_a_button_remembers_its_last_three_ids_only():
    manager = MediaFileManager(MemoryMediaFileStorage("/media"))
    ids = [downloads._add_deferred_and_remember(manager, lambda: CSV, "text/csv", "1.4.0", element_id="download_csv")
           for _ in range(10)]
    memory = downloads._memory(manager)
    assert list(memory["ids"][("dontcare", "download_csv")]) == ids[-3:]
    assert sorted(memory["button"]) == sorted(ids[-3:])


def test_an_ended_sessions_buttons_are_forgotten(monkeypatch):
    import streamlit.runtime.media_file_manager as mfm

    monkeypatch.setattr(downloads, "_PRUNE_EVERY", 1)
    manager = MediaFileManager(MemoryMediaFileStorage("/media"))
    monkeypatch.setattr(mfm, "_get_session_id", lambda: "ended")
    downloads._add_deferred_and_remember(manager, lambda: CSV, "text/csv", "1.4.0", element_id="download_csv")
    manager.clear_session_refs("ended")  # the session ends ...
    manager.remove_orphaned_files()  # ... and Streamlit drops its callables at the next sweep
    monkeypatch.setattr(mfm, "_get_session_id", lambda: "open")
    kept = downloads._add_deferred_and_remember(manager, lambda: CSV, "text/csv", "1.4.0", element_id="download_csv")
    assert downloads._memory(manager)["button"] == {kept: ("open", "download_csv")}
