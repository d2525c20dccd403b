"""A page link clicked with a number typed and not entered: the old page's late request is run on the chosen page,
decided as the browser's requests arrive, where their order is known.

The field's blur sends the old page's request, with every widget's value (the typed number in it), and the link
sends the page switch, which carries none (Streamlit 1.67). Chromium sent the switch first in every walk logged
(session 18: the blur's request 1-400 ms after it). Streamlit runs each request in a new script thread and asks the
one before it to stop at its next ``st`` call (``runner.fastReruns``); the switch's run was stopped before the app's
script had drawn or noted anything, the late request ran the Estimate page, and the browser followed the server
there: the user clicked Scenarios and stayed on the Estimate page (a loaded CI run, 1 of 1,969 tests; with the
script's start slowed by 150 ms, 4 of 4 walks; 1 in 3 on a quiet server). Decided inside a run (session 17's
``store._late``), the switch went unseen whenever its run was stopped that early: no run of the app saw it.

Here each request the browser sends is seen in order, on the server's event loop, before any script thread starts
(:func:`arrange`): a request with widget values naming another page than the browser's last switch, within
:data:`LATE_WINDOW` of it and before any request for the page switched to, is the old page's late request. It is
run on the page the user chose, with its widget values: the typed number is kept (``store.note_page``) and the
chosen page opens, whichever of the two runs got how far. A switch the page's own script makes (``st.switch_page``
after a button: the Contact centre's "Use this queue") sends no request, and the button's request names the page
switched to, which ends the window.

Streamlit has no setting or hook for this; the method wrapped is ``AppSession._handle_rerun_script_request`` (1.67.0,
the pinned version), which every browser request goes through. ``tests/test_page_requests.py`` checks the order
without a browser, and ``tests/test_browser_walk_s17.py`` in Chromium.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.runtime.app_session import AppSession

LATE_WINDOW = 10.0  # s after a page switch in which the old page's request is taken for the late one
_SEEN = "_page_requests_seen"  # the session's record, kept on its AppSession


@dataclass(frozen=True)
class Seen:
    """A session's browser's last page switch (a request with no widget values: a page link, the back button, the
    page's load) and when it came, while the old page's late request may follow it."""

    switch: ClientState | None = None
    at: float = 0.0


def arrange(seen: Seen, request: ClientState, now: float, page_of: Callable[[ClientState], str]) -> tuple[
        ClientState, Seen]:
    """The request to run for ``request``, arriving at ``now`` (seconds), and what is seen after it. ``page_of``
    names the page a request opens (a link names it by its hash, a load by the address's path)."""
    if request.fragment_id:  # a fragment's own rerun: no page in it
        return request, seen
    if not request.widget_states.widgets:
        return request, Seen(request, now)
    switch = seen.switch
    # the switch's page read now: a page's load names it by its address, before the session's pages are known
    if switch is None or now - seen.at > LATE_WINDOW or page_of(request) == page_of(switch):
        return request, Seen()  # the user's own request, on the page the browser shows
    late = ClientState()
    late.CopyFrom(request)
    late.page_script_hash, late.page_name = switch.page_script_hash, switch.page_name
    late.query_string = switch.query_string  # the old page's (its share link's token) stays with the old page
    late.is_history_navigation = switch.is_history_navigation
    return late, seen


def _pages(session: AppSession) -> Callable[[ClientState], str]:
    """The page a request of ``session`` opens, as Streamlit's navigation resolves it (st.navigation: the hash
    if it is a page's, else the page whose path is the name, else the default page, whose path is empty)."""
    pages = session._pages_manager.get_pages()
    default = next((h for h, p in pages.items() if not p.get("url_pathname")), "")
    by_path = {p.get("url_pathname", ""): h for h, p in pages.items()}

    def page_of(request: ClientState) -> str:
        if request.page_script_hash:
            return request.page_script_hash if request.page_script_hash in pages else default
        return by_path.get(request.page_name, default)

    return page_of


# Streamlit's own method, even if this module is imported again after the wrapper went in
_streamlit_handle_rerun = getattr(AppSession._handle_rerun_script_request, "__wrapped__",
                                  AppSession._handle_rerun_script_request)


def _handle_rerun_in_order(self: AppSession, client_state: ClientState | None = None) -> None:
    if client_state is not None:  # on the session's event loop: one request at a time, in the order they came
        client_state, self.__dict__[_SEEN] = arrange(self.__dict__.get(_SEEN, Seen()), client_state,
                                                     time.monotonic(), _pages(self))
    _streamlit_handle_rerun(self, client_state)


_handle_rerun_in_order.__wrapped__ = _streamlit_handle_rerun  # type: ignore[attr-defined]


def run_late_requests_on_the_chosen_page() -> None:
    """Put the wrapper in (once per server; the app calls it on every run)."""
    if AppSession._handle_rerun_script_request is not _handle_rerun_in_order:
        AppSession._handle_rerun_script_request = _handle_rerun_in_order
