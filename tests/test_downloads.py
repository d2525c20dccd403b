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


def test_installing_twice_keeps_one_layer():
    saved = MediaFileManager.execute_deferred
    try:
        downloads.keep_made_files()
        downloads.keep_made_files()
        assert MediaFileManager.execute_deferred is downloads._execute_deferred_and_keep
        assert downloads._streamlit_execute_deferred is not downloads._execute_deferred_and_keep
    finally:
        MediaFileManager.execute_deferred = saved  # type: ignore[method-assign]


def test_the_dashboard_installs_it():
    saved = MediaFileManager.execute_deferred
    MediaFileManager.execute_deferred = downloads._streamlit_execute_deferred  # type: ignore[method-assign]
    try:
        at = dashboard(opened=False).run()
        assert not at.exception
        assert MediaFileManager.execute_deferred is downloads._execute_deferred_and_keep
    finally:
        MediaFileManager.execute_deferred = saved  # type: ignore[method-assign]
