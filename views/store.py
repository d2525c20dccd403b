"""What the user set, kept across reruns and page switches, and what the page could not use.

Streamlit forgets a widget's state when its page is not drawn, so a page switch used to reset every input.
Each input's value is kept here instead, in one plain dict in ``st.session_state`` that no widget owns;
before a keyed widget is drawn, its state is set from that dict. Widgets are never given ``value=``,
``default=`` or ``index=`` on top of that, which is what made Streamlit warn that a widget "was created
with a default value but also had its value set via the Session State API".

The last accepted value of each typed field is kept too: a rejected number is reported, with the value the
results use instead (:func:`reject`), and the page shows those reports next to the results.
"""

from __future__ import annotations

import contextlib
import weakref
from dataclasses import dataclass
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

SHOWN = "_inputs"  # key -> what the widget shows
ACCEPTED = "_accepted"  # key -> the last value the estimator accepted
REJECTED = "_rejected"  # this run's rejected inputs
NOTED = "_noted"  # this run's notes on how an input was read, said next to the results


@dataclass(frozen=True)
class Rejected:
    """One input the page could not use: the field, what it shows, why, and what the results use instead."""

    label: str
    shown: str
    reason: str
    used: str

    @property
    def message(self) -> str:
        return f"{self.label}: {self.shown} {self.reason}; the results use {self.used}."

    @property
    def stale_message(self) -> str:
        """The same while the results are stale (an input stops them; the page shows the last valid ones, marked
        so): those use neither value, so the message does not say what they use. A walk found "the results use
        $70" under a quote check about that $70, above results priced at $40."""
        return f"{self.label}: {self.shown} {self.reason}."


# The store's dicts by session (its SafeSessionState): each is created once and stays the same object for the
# session's life, so a run looks it up here, not through st.session_state. A rerun read the store some 270 times,
# each through Streamlit's session-state proxy (a lock, the script context, widget-id lookups: about 20 µs a read
# on the page); weakly keyed, so a closed session's entry goes with it.
_BY_SESSION: weakref.WeakKeyDictionary[object, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()


def _dict(name: str) -> dict[str, Any]:
    ctx = get_script_run_ctx()
    owner = None if ctx is None else ctx.session_state
    known = None if owner is None else _BY_SESSION.get(owner)
    if known is not None and name in known:
        return known[name]
    if name not in st.session_state:
        st.session_state[name] = {}
    value = st.session_state[name]
    if owner is not None:
        _BY_SESSION.setdefault(owner, {})[name] = value
    return value


def prime(key: str, default: Any) -> None:
    """Give widget ``key`` the user's last value (or ``default``) before it is drawn, unless it has one."""
    if key not in st.session_state:
        st.session_state[key] = _dict(SHOWN).get(key, default)


DEFAULTED = "_defaulted"  # key -> the default the page put in a field the user has not typed into


def follow_default(key: str, default: Any) -> None:
    """:func:`prime` for a field whose default can change under it: an in-house figure sourced in US dollars and
    shown in rupees follows the exchange rate. Until the user types into it, the field shows ``default``, the
    new one after each change; once typed (:func:`typed`, its ``on_change``) or set from a scenario
    (:func:`set_value`), it keeps what it was given. ``default`` None: the field waits empty for one."""
    given = _dict(DEFAULTED)
    if key not in st.session_state and key not in _dict(SHOWN):
        st.session_state[key] = given[key] = default
        return
    if defaulted(key):
        if default != given[key]:
            _dict(ACCEPTED).pop(key, None)
            _dict(SHOWN)[key] = st.session_state[key] = given[key] = default
        else:
            prime(key, default)
        return
    given.pop(key, None)
    prime(key, default)


def typed(key: str) -> None:
    """The user typed into field ``key`` (its ``on_change``): it keeps its value from now on."""
    _dict(DEFAULTED).pop(key, None)


def defaulted(key: str) -> bool:
    """Whether field ``key`` still shows the default :func:`follow_default` gave it (nothing typed or loaded)."""
    given = _dict(DEFAULTED)
    return key in given and stored(key) == given[key]


PAGE = "_page"  # the page of this run
SWITCHED = "_page_switched"  # whether this run is on another page than the last
SENT = "_sent"  # the keys of the widgets whose values the browser sent with this run's request


def note_page(page: str) -> None:
    """Say which page this run draws (the app calls it before each page, before any widget), so that
    :func:`carry_to_page` knows a page switch and which widgets the browser has. A page link's late request from
    the old page comes here already sent on to the page the user chose (views/page_requests.py)."""
    sent = _sent()
    if sent is not None:
        _take_sent(sent)
    st.session_state[SENT] = None if sent is None else frozenset(sent)
    # still True while no run since the switch has drawn the sidebar to its end (a run cut short by the next one)
    st.session_state[SWITCHED] = bool(st.session_state.get(SWITCHED)) or st.session_state.get(PAGE) != page
    st.session_state[PAGE] = page


def _sent() -> dict[str, Any] | None:
    """The widgets the browser sent a value for with this run's request, by key, each its WidgetState message
    (read before any widget of the run is drawn); None outside a Streamlit run. A widget's id ends with its key,
    after the id's two parts (``$$ID-<hash>-<key>``, streamlit.elements.lib.utils._compute_element_id)."""
    ctx = get_script_run_ctx()
    if ctx is None:
        return None
    return {w.id.split("-", 2)[2]: w for w in ctx.session_state.get_widget_states() if w.id.count("-") >= 2}


def _take_sent(sent: dict[str, Any]) -> None:
    """Keep each value the browser sent, before this run can be cut short.

    A number typed and not entered is sent when the field loses focus, which a click on a page link does: the
    browser sends it and the page switch, two requests. When the field's comes first, the switch cuts its run
    short before the field is drawn (:func:`keep` never saw it), and the new page's run drops the value (it does
    not draw the field): "Salary per FTE" typed as 50,000, then the Scenarios link and back, read 41,600 again,
    without a word. (When the page switch comes first, Chromium's second request no longer holds the field's
    value: nothing on the server can keep it.)"""
    shown = _dict(SHOWN)
    for key in sent.keys() & shown.keys():
        with contextlib.suppress(KeyError):  # a value Streamlit can no longer read (its widget's page is gone)
            shown[key] = st.session_state[key]


def carry_to_page() -> None:
    """Before the sidebar's inputs are drawn, hand each one's value to this page's widget: after a page switch,
    and for a widget the browser does not have.

    Streamlit gives a widget on each page an id of its own (its key and the page's script), and a value in session
    state belongs to the widget that set it; a key can also outlive its widget's page by a run. :func:`prime` saw
    a value under the key and left it, and the widget, finding none of its own, started at its default: switching
    from the Estimate page to the Present page showed "Customer service · 1.0 FTE" for an IT team of 15, and back on
    the Estimate page the work and headcount were reset. Written back once after the switch, each value is this
    run's own and the widget takes it.

    The browser can also lack a widget the server holds. A click on a page link while a typed number is sent on
    blur makes two requests; when the old page's comes second, the server runs the old page again after the new
    one, and the browser's way back to it is no switch to the server. The browser, which had let the page's widgets
    go, drew the headcount slider at its default, 1, while the results used the 10 the server held (Chromium, once
    in a dozen tries with 600 ms between the Scenarios and Estimate links; in full parallel test runs). Streamlit
    sends a widget's value to the browser only when it is written in the run, so each value the browser did not
    send with this run's request is written; one it sent is left alone (written each run, it would reset a field
    the user is typing in).
    """
    switched = st.session_state.get(SWITCHED, True)
    sent = st.session_state.get(SENT)
    for key in _dict(SHOWN):
        if key in st.session_state and (switched or (sent is not None and key not in sent)):
            st.session_state[key] = st.session_state[key]


def carried() -> None:
    """The sidebar's inputs are drawn to the end after a page switch: no more carrying until the next one."""
    st.session_state[SWITCHED] = False


def keep(key: str, value: Any) -> Any:
    """Remember what widget ``key`` shows, so it comes back after a page switch; returns ``value``."""
    _dict(SHOWN)[key] = value
    return value


def stored(key: str, default: Any = None) -> Any:
    """What widget ``key`` showed last, whether or not it is on the page now."""
    if key in st.session_state:
        return st.session_state[key]
    return _dict(SHOWN).get(key, default)


def stored_before(key: str, default: Any = None) -> Any:
    """What widget ``key`` showed in the last run (in its ``on_change`` callback, the value before the change)."""
    return _dict(SHOWN).get(key, default)


def set_value(key: str, value: Any) -> None:
    """Change what widget ``key`` shows (from a callback, or before the widget is drawn)."""
    _dict(DEFAULTED).pop(key, None)  # a value given (a scenario opened): no longer the default
    _dict(SHOWN)[key] = value
    st.session_state[key] = value


def show_as(key: str, value: Any) -> None:
    """Widget ``key`` (not drawn yet in this run) holds ``value``, what it shows of the one it held (a figure
    rounded to the decimals its field writes); a default it follows stays its default."""
    given = _dict(DEFAULTED)
    if key in given and stored(key) == given[key]:
        given[key] = value
    if key in _dict(SHOWN):
        _dict(SHOWN)[key] = value
    st.session_state[key] = value


def forget(key: str) -> None:
    """Drop widget ``key``'s value, so it starts again from its default (and the text of its field where it is
    typed as text: :func:`text_key`)."""
    for name in (key, text_key(key)):
        _dict(SHOWN).pop(name, None)
        _dict(ACCEPTED).pop(name, None)
        _dict(DEFAULTED).pop(name, None)
        st.session_state.pop(name, None)
    _dict(SYNCED).pop(key, None)


SYNCED = "_synced"  # number key -> (the text its field showed, the number that text stood for) when last in step


def text_key(key: str) -> str:
    """The key of the text field a number ``key`` is typed into where the browser writes decimals with a comma
    (views.local_numbers): ``key`` itself keeps the number, as everywhere else."""
    return f"{key}__text"


def synced(key: str) -> tuple[str, Any] | None:
    """The text number field ``key`` showed and the number it stood for, when they were last in step."""
    return _dict(SYNCED).get(key)


def sync(key: str, text: str, number: Any) -> None:
    _dict(SYNCED)[key] = (text, number)


def accept(key: str, value: Any) -> Any:
    _dict(ACCEPTED)[key] = value
    return value


def accepted(key: str, default: Any) -> Any:
    return _dict(ACCEPTED).get(key, default)


def start_run() -> None:
    st.session_state[REJECTED] = []
    st.session_state[NOTED] = []


def note(text: str) -> None:
    """How an input was read, where the sidebar says it beside the field and the results must too (an emptied end
    of a quote makes the quote one price: said only in the sidebar, the results changed without a word beside them)."""
    st.session_state.setdefault(NOTED, []).append(text)


def noted() -> list[str]:
    return list(st.session_state.get(NOTED, []))


def reject(item: Rejected) -> None:
    st.session_state.setdefault(REJECTED, []).append(item)


def rejected() -> list[Rejected]:
    """The inputs this run could not use, in the order they are on the page."""
    return list(st.session_state.get(REJECTED, []))


def last_valid(key: str, value: Any, stale: str) -> Any:
    """``value``, kept under ``key``; or, while an input is wrong (``value`` None), the last valid one with the
    warning ``stale`` above it, so results stay on screen marked stale. Nothing valid yet: the page stops."""
    if value is not None:
        st.session_state[key] = value
        return value
    value = st.session_state.get(key)
    if value is None:
        st.stop()
    st.warning(stale, icon=":material/history:")
    return value
