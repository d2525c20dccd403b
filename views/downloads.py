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

A second failure, found by a walk through the product (a user clicking a download at once after moving a
slider, 4 of 33 such clicks): the slider's rerun registers the button's callable again under a new id and
Streamlit drops the old one, so a click that still carries the old id finds nothing ("Deferred file ... not
found" in the server's log) and nothing downloads, with no word to the user. Each button's last few ids are
remembered here (per session, by the button's key), and a click on a dropped one runs the button's current
callable instead: the file of the inputs the page now shows, which the CSV and the deck state inside them.
"""

from __future__ import annotations

from collections import deque

from streamlit.runtime.media_file_manager import MediaFileManager

_MADE = "/made"  # appended to the button's coordinates: a key no element of the page can have
_KEEP = 3  # ids remembered per button and session: the one shown, and older ones a click may still carry
_PRUNE_EVERY = 200  # registrations between two passes that forget the buttons of sessions that have ended
# Streamlit's own methods, even if this module is imported again after the fix went in
_streamlit_execute_deferred = getattr(MediaFileManager.execute_deferred, "__wrapped__",
                                      MediaFileManager.execute_deferred)
_streamlit_add_deferred = getattr(MediaFileManager.add_deferred, "__wrapped__", MediaFileManager.add_deferred)


def _memory(manager: MediaFileManager) -> dict:
    """This manager's record of recent ids (state of our own, kept on the manager; read under its lock)."""
    return manager.__dict__.setdefault("_recent_deferred", {"ids": {}, "button": {}, "adds": 0})


def _add_deferred_and_remember(self: MediaFileManager, data_callable, mimetype, coordinates, file_name=None, *,
                               element_id: str = "") -> str:
    file_id = _streamlit_add_deferred(self, data_callable, mimetype, coordinates, file_name, element_id=element_id)
    with self._lock:
        entry = self._deferred_callables.get(file_id)
        if entry is None:
            return file_id
        memory = _memory(self)
        button = (entry["session_id"], element_id or coordinates)
        ids = memory["ids"].setdefault(button, deque())
        ids.append(file_id)
        memory["button"][file_id] = button
        while len(ids) > _KEEP:
            memory["button"].pop(ids.popleft(), None)
        memory["adds"] += 1
        if memory["adds"] % _PRUNE_EVERY == 0:  # Streamlit forgets an ended session's ids; so do we
            for gone in [b for b in memory["ids"] if b[0] not in self._deferred_ids_by_session]:
                for old in memory["ids"].pop(gone):
                    memory["button"].pop(old, None)
    return file_id


def _current_id(manager: MediaFileManager, file_id: str) -> str:
    """``file_id``, or if Streamlit has dropped it, the newest id of the same button it still holds."""
    if file_id in manager._deferred_callables:
        return file_id
    memory = _memory(manager)
    button = memory["button"].get(file_id)
    for newer in reversed(memory["ids"].get(button, ())):
        if newer in manager._deferred_callables:
            return newer
    return file_id  # unknown: Streamlit's own error follows


def _execute_deferred_and_keep(self: MediaFileManager, file_id: str) -> str:
    with self._lock:
        file_id = _current_id(self, file_id)
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
_add_deferred_and_remember.__wrapped__ = _streamlit_add_deferred  # type: ignore[attr-defined]


def keep_made_files() -> None:
    """Install both fixes for the whole server process (calling it again changes nothing)."""
    MediaFileManager.execute_deferred = _execute_deferred_and_keep  # type: ignore[method-assign]
    MediaFileManager.add_deferred = _add_deferred_and_remember  # type: ignore[method-assign]
