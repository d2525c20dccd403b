"""Text a user typed (a scenario or queue name), put where Streamlit reads markdown: shown as typed."""

from __future__ import annotations

import html
import re
from typing import Any

import streamlit as st

from estimator.store import MAX_NAME


def plain(text: str) -> str:
    """``text`` for a markdown string or a widget label: every ASCII punctuation mark backslash-escaped, so
    that bold, links, images, ``:colour[...]`` directives and ``$maths$`` show as typed, never formatted.
    Entities a figure's text holds (:func:`estimator.charts.plain`) are turned back into their characters first.

    >>> plain("**Chat** <b>")
    '\\\\*\\\\*Chat\\\\*\\\\* \\\\<b\\\\>'
    """
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", html.unescape(text))


def name_field(where: Any, label: str, *, key: str, **kwargs: Any) -> str:
    """A name's text field (``where.text_input``: ``st``, the sidebar or a row), the name cut to its first
    :data:`estimator.store.MAX_NAME` characters with a caption saying so. Not Streamlit's ``max_chars``: with it a
    longer name pasted whole was dropped without a word, the field keeping the old one (session 27's walk: 209
    characters pasted into "Scenario name", which stayed "Customer service", the counter at "16/200")."""
    value = where.text_input(label, key=key, **kwargs)
    if value and len(value) > MAX_NAME:
        st.caption(f"{label}: {len(value):,} characters; the first {MAX_NAME} are kept.")
        value = value[:MAX_NAME]
    return value
