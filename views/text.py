"""Text a user typed (a scenario or queue name), put where Streamlit reads markdown: shown as typed."""

from __future__ import annotations

import html
import re


def plain(text: str) -> str:
    """``text`` for a markdown string or a widget label: every ASCII punctuation mark backslash-escaped, so
    that bold, links, images, ``:colour[...]`` directives and ``$maths$`` show as typed, never formatted.
    Entities a figure's text holds (:func:`estimator.charts.plain`) are turned back into their characters first.

    >>> plain("**Chat** <b>")
    '\\\\*\\\\*Chat\\\\*\\\\* \\\\<b\\\\>'
    """
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", html.unescape(text))
