"""A file made on click stays fetchable for as long as the button that made it is on screen.

Every download button on these pages makes its bytes when clicked (Streamlit 1.67's deferred download: a
callable as ``data``), so a slider move does not build a CSV, a deck or a workbook nobody asked for. Streamlit
stores the file it made under no session's references (``MediaFileManager.execute_deferred``: "We leave
actual_file_id unmapped so repeat clicks rerun the callable"), and the sweep for orphaned files that follows
*any* session's script run marks such a file on its first pass and deletes it on its second. With several
people using one server, two of their reruns can end between the click and the browser's fetch of the file,
and the download fails ("canceled" in Chromium, a 404 from the server): the load benchmark saw this on 1 to 2
CSV downloads in 15 at 5 sessions and more, never with one. The mechanism is shown without a browser in
``tests/test_downloads.py``.

The fix, written here because no Streamlit option or release changes this (1.67.0 is the pinned version;
the test above fails on a release that keeps made files itself, and then this module can go): once a
callable has made its file, the file is added to the references of the session that clicked, beside its
button, under a coordinate of its own. The session's next full script run clears its references, as it
does for every file it shows, so the file is swept once the page no longer shows the button that made it,
not before: one made file per button per session at most. Repeat clicks still run the callable again.
"""

from __future__ import annotations

from streamlit.runtime.media_file_manager import MediaFileManager

_MADE = "/made"  # appended to the button's coordinates: a key no element of the page can have
# Streamlit's own method, even if this module is imported again after the fix went in
_streamlit_execute_deferred = getattr(MediaFileManager.execute_deferred, "__wrapped__",
                                      MediaFileManager.execute_deferred)


def _execute_deferred_and_keep(self: MediaFileManager, file_id: str) -> str:
    with self._lock:
        entry = self._deferred_callables.get(file_id)
    url = _streamlit_execute_deferred(self, file_id)
    if entry is not None:
        # the URL is the storage's "<endpoint>/<file id><extension>", and a file id is a hex digest
        made = url.rsplit("/", 1)[-1].split(".", 1)[0]
        with self._lock:
            if made in self._file_metadata:
                self._files_by_session_and_coord[entry["session_id"]][entry["coordinates"] + _MADE] = made
    return url


_execute_deferred_and_keep.__wrapped__ = _streamlit_execute_deferred  # type: ignore[attr-defined]


def keep_made_files() -> None:
    """Install the fix for the whole server process (calling it again changes nothing)."""
    MediaFileManager.execute_deferred = _execute_deferred_and_keep  # type: ignore[method-assign]
