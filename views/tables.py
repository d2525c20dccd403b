"""A static table whose prose wraps, read as one block per row on a phone.

``st.dataframe`` shows a cell on one line, so a column of prose (a source, a price's wording) ran past the table's
right edge behind a sideways scroll; ``st.table`` wraps it. A table of many columns still cannot fit a narrow page
(the Sources page's vendor prices, eleven columns, were 716 px wide in 356 px on a phone), so there each row is a
block of "Column: value" lines, the column names written by the style sheet (they are the code's own, never a
user's). The cells are markdown-escaped (:func:`views.text.plain`): text a user or a price book wrote shows as
written, never formatted.

"Narrow" is the table's own room, not the window's: a container query on the table's container, below the width its
columns need (:func:`least_width`). Judged by the window (below 640 px) the Mix page's plans table, 591 px at its
narrowest, scrolled sideways with its "Mix saves" column cut at the page's edge wherever the sidebar was open beside
less than that: 436 px at 768 x 1024, 564 px at 1024 x 768 (session 21's walk).
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil

import pandas as pd
import streamlit as st

from views.cards import em_width
from views.text import plain

NARROW = 640  # px: the window's width where Streamlit stacks columns and collapses the sidebar
# A static table as Streamlit 1.67 draws it, measured in Chromium: 14 px Source Sans (headers too, at weight 400); a
# column's header 8 px of padding left and 6 px right (its cells 6 and 6), a 1 px rule on its right; the table 1 px
FONT_PX, COLUMN_PX, TABLE_PX = 14, 15, 1
# An empty cell: a dash, in markdown's emphasis so the style sheet can tell it (Streamlit writes "" as a no-break
# space, no CSS selector reads text, and a cell of a user's text is escaped, never an emphasis). A wide screen shows
# the dash ("not applicable": an in-house row's savings against itself, an unpriced option's costs); a phone draws
# no line for it: "Savings P10:" with nothing after it, three times in each in-house row of the comparison.
NOTHING = "*—*"


def css_string(text: str) -> str:
    """``text`` as a CSS string: every character but letters, digits and spaces as a hex escape.

    >>> css_string('Sources\\' range, USD "x"')
    '"Sources\\\\27  range\\\\2c  USD \\\\22 x\\\\22 "'
    """
    return '"' + "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):x} " for ch in text) + '"'


def least_width(rows: Sequence[dict[str, str]], unbroken: Sequence[str] = ()) -> int:
    """The narrowest a static table of ``rows`` can be drawn, in px: each column as wide as its widest word (its header
    and cells wrap at spaces), or its widest cell in ``unbroken``, with the cells' padding and rules. An upper bound of
    Source Sans's advance widths (:func:`views.cards.em_width`), as the metric cards are sized.

    The Contact centre's queue table at its defaults, 436 px at its narrowest in Chromium:

    >>> queue = {"Queue": "Voice", "Contacts a month": "40,004", "Handled minutes a month": "240,021",
    ...          "Peak agents": "30", "Agent hours a month": "5,174", "Service level (lowest open interval)": "80%",
    ...          "Occupancy (average, open intervals)": "77%"}
    >>> least_width([queue], unbroken=list(queue)[1:])
    443
    """
    def need(column: str) -> float:
        words = [*column.split(), *(w for r in rows for w in (
            [str(r[column])] if column in unbroken else str(r[column]).split()))]
        return max(em_width(w) for w in words) * FONT_PX
    return ceil(sum(need(c) * 1.01 + COLUMN_PX for c in rows[0]) + TABLE_PX)


def row_blocks_css(key: str, columns: Sequence[str], narrower_than: int) -> str:
    """The narrow page's style sheet for the table in the container keyed ``key``, used while that container is
    narrower than ``narrower_than`` px (the table's :func:`least_width`): each row a block, each cell a line headed by
    its column's name; the header row hidden (each line names its column). Printed, always."""
    scope = f".st-key-{key} [data-testid='stTable']"
    labels = "".join(f"{scope} td:nth-child({i})::before {{content: {css_string(name + ': ')}; font-weight: 600;}}"
                     for i, name in enumerate(columns, 1))
    blocks = (f"{scope} table, {scope} tbody, {scope} tr, {scope} td {{display: block; width: auto;}}"
              f"{scope} thead {{display: none;}}"
              f"{scope} tr {{padding: 0.5rem 0; border-bottom: 1px solid rgba(49, 51, 63, 0.2);}}"
              # td:nth-child(n): as specific as a wide screen's right-aligned figures, to be above them
              f"{scope} td:nth-child(n) {{border: none; padding: 0.1rem 0.5rem; text-align: left !important;}}"
              f"{scope} td:nth-child(n) p {{white-space: normal;}}"
              # the label and the cell's text on one line: the cell's paragraph flows after the label
              f"{scope} td > div, {scope} td p {{display: inline;}}"
              # a cell with nothing in it (:data:`NOTHING`): no line
              f"{scope} td:has(p > em:only-child) {{display: none;}}"
              f"{labels}")
    # the container answers the query for what is inside it (its own width cannot depend on them). Printed, a table
    # is always blocks: Chromium did not break the Sources page's table across pages (with the sidebar hidden in
    # print, views/printing.py, it has room for its columns) but left page 2 blank and began it on page 3.
    return (f".st-key-{key} {{container: {key} / inline-size;}}"
            f"@container {key} (max-width: {narrower_than - 1}px) {{{blocks}}}"
            f"@media print {{{blocks}}}")


def static_table(rows: Sequence[dict[str, str]], key: str, *, right: Sequence[str] = (),
                 whole: Sequence[str] = ()) -> None:
    """``rows`` as a static table in a container keyed ``key`` (a constant: it names the style sheet's scope); the
    columns named in ``right`` (figures) right-aligned and unbroken on a wide screen, those in ``whole`` unbroken
    (a one-word cell read "In-" over "house")."""
    if not rows:
        return
    columns = list(rows[0])
    scope = f".st-key-{key} [data-testid='stTable']"

    def cells(name: str) -> str:
        n = columns.index(name) + 1
        return f"{scope} td:nth-child({n})"

    aligned = "".join(f"{cells(c)}, {cells(c).replace(' td:', ' th:')} {{text-align: right !important;}}"
                      for c in right)
    # on the cell's paragraph: Streamlit's markdown sets its own white-space
    unbroken = "".join(f"{cells(c)} p {{white-space: nowrap;}}" for c in [*right, *whole])
    narrow = row_blocks_css(key, columns, least_width(rows, [*right, *whole]))
    st.html(f"<style>{aligned}{unbroken}{narrow}</style>")
    with st.container(key=key):
        st.table(pd.DataFrame([{k: cell(v) for k, v in r.items()} for r in rows]), hide_index=True)


def cell(value: object) -> str:
    """A static table's cell: its text shown as written (:func:`views.text.plain`), or :data:`NOTHING`.

    >>> cell(""), cell(" \u00a0"), cell(None), cell("*—*") == NOTHING  # a user's "*—*" is no emphasis
    ('*—*', '*—*', '*—*', False)
    """
    text = "" if value is None else str(value)
    return plain(text) if text.strip() else NOTHING
