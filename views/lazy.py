"""Sidebar expanders whose inputs are drawn only while they are open.

The Estimate page's sidebar holds some fifty inputs, forty of them in eight expanders that most users never
open. Drawn on every rerun, closed or not, they cost about a fifth of the server's CPU per slider move
(README, "Speed in the browser"): Streamlit builds, registers and sends each widget, and for each number input
and value-less slider copies the whole session state (``SessionState.filtered_state``). Streamlit 1.67's
stateful expander (``on_change="rerun"``, read through ``.open``) lets a closed expander skip its content; this
module keeps the content's *values* without drawing it.

Inside a closed :func:`expander`, :data:`st` (which ``views.inputs`` and ``views.currency`` use in place of
``streamlit``) answers every widget call with the value its key already holds in session state: the store primes
it before each widget (:func:`views.store.prime`), exactly as after a page switch. So the same code runs, the
same checks run on the same values (a rejected number is still reported with the value the results use), and
nothing is drawn or sent. Open the expander and the widgets are drawn from those values.

Written here rather than taken from a library: no Streamlit component does this, and the state it needs is
the store's own.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import streamlit

from views import store

_local = threading.local()  # Streamlit runs each session's script on its own thread

WIDGETS = frozenset({"number_input", "slider", "select_slider", "selectbox", "multiselect", "toggle", "checkbox",
                     "radio", "pills", "segmented_control", "text_input", "text_area", "date_input", "time_input"})
DRAWN = frozenset({"markdown", "caption", "info", "warning", "error", "success", "write", "text", "divider",
                   "page_link", "container", "empty", "expander", "popover", "metric", "help"})


class _Closed:
    """Streamlit as seen from inside a closed expander: widgets give their kept value, nothing is drawn."""

    def __getattr__(self, name: str) -> Any:
        if name in WIDGETS:
            return self._kept
        if name == "columns":
            return lambda spec, **_: [self] * (spec if isinstance(spec, int) else len(spec))
        if name in DRAWN:
            return lambda *_, **__: self
        return getattr(streamlit, name)

    @staticmethod
    def _kept(label: str, *_: Any, key: str, **__: Any) -> Any:
        if key not in streamlit.session_state:
            # Every sidebar widget is primed before it is drawn (views.store); one that is not would be lost here.
            raise RuntimeError(f"the input {label!r} ({key}) has no kept value: prime it before drawing it")
        _local.kept.append(key)
        return streamlit.session_state[key]

    def __enter__(self) -> _Closed:
        return self

    def __exit__(self, *_: object) -> None:
        return None


_CLOSED = _Closed()


class _Streamlit:
    """``streamlit``, or :class:`_Closed` while this thread is inside a closed :func:`expander`."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_CLOSED if getattr(_local, "closed", False) else streamlit, name)


st: Any = _Streamlit()


@contextlib.contextmanager
def expander(label: str, key: str) -> Iterator[None]:
    """``st.expander(label)`` whose content is drawn only while it is open; closed, its widgets keep their values.

    Opening or closing it reruns the page (Streamlit's ``on_change="rerun"``), so its content appears after
    that rerun. ``key`` holds whether it is open (``True``/``False`` in session state); kept by the store, so an
    expander the user opened is still open after a page switch."""
    box = _stateful(label, key)
    with box:
        if box.open:
            yield
            return
        _local.closed, _local.kept = True, []
        try:
            yield
        finally:
            _local.closed = False
            _put_away(_local.kept)


def _put_away(keys: list[str]) -> None:
    """Move the closed expander's values from session state into the store.

    Priming a widget that is then not drawn leaves its value in session state under the widget's key with no
    widget to own it; Streamlit keeps such a value for good, and once the widget had been drawn and a page
    switch had removed it, that stale value came back in its place (a typed salary of 75,000 returned as the
    41,600 primed while the expander was closed). The store holds the value instead, and primes it again when
    the widget is next drawn."""
    for key in keys:
        if key in streamlit.session_state:
            store.keep(key, streamlit.session_state[key])
            del streamlit.session_state[key]


def opened(label: str, key: str) -> Any:
    """An expander whose content is only worth making while it is open (a table, a list of sources): the
    expander to draw into while open, else None. Opening it reruns the page, which then draws the content."""
    box = _stateful(label, key)
    return box if box.open else None


def _stateful(label: str, key: str) -> Any:
    """A stateful expander, closed until opened, whose state the store keeps across page switches."""
    store.prime(key, False)
    box = streamlit.expander(label, key=key, on_change="rerun")
    store.keep(key, bool(box.open))
    return box
