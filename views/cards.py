"""Metric cards side by side that never cut a figure: four across where the page is wide enough, else two by two,
else one under another.

``st.columns(4)`` shares the page's width out whatever the figures' lengths, and a metric's label, value and delta
each stay on one line, cut with an ellipsis where the column is narrower. At 1024 × 768, Streamlit's default with
the sidebar open (564 px for the page), the contact centre read "In-house cost a month $316,…" and "BPO cost a month
$148,…", the estimate's KPO card "Needs a …" and its BPO delta "$1,990,160 (41%) belo…" (session 20's walk).

The cards go in Streamlit's grid (``st.grid``), whose columns are as wide as each other and drop one at a time
when they would be narrower than ``min_column_width``. That width is the widest card's text here
(:func:`card_width`: an upper bound of Source Sans's advance widths, Streamlit's font), so the grid drops a column
before any text is cut. Four cards are two grids of two inside a grid of two, so that four across become two rows
of two (never three and one) and then one column. Nothing here is HTML: the labels and values are Streamlit's own
metric.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from math import ceil
from typing import Any

import streamlit as st

from views import local_numbers

GAP = 16  # px: the grid's "small" gap, 1rem
LABEL_PX, VALUE_PX, DELTA_PX = 14, 36, 14  # a metric's font sizes (0.875rem, 2.25rem, 0.875rem)
HELP_PX = 22  # the (?) beside a label with help, and the space before it
DELTA_EXTRA_PX = 27  # the delta's arrow and the padding of its pill
SLACK = 1.01, 2  # times, plus px: rounding, and a browser's text rendering

# Source Sans (Streamlit's font, weight 400): each character's advance in thousandths of an em, as Chromium's canvas
# measures it (printable ASCII in order, then the symbols the figures use). A character not here counts as 1 em.
ADVANCE: dict[str, int] = {
    **dict(zip((chr(i) for i in range(32, 127)), (
        200, 289, 426, 497, 497, 824, 609, 249, 303, 303, 418, 497, 249, 311, 249, 350, 497, 497, 497, 497, 497, 497,
        497, 497, 497, 497, 249, 249, 497, 497, 497, 425, 847, 543, 588, 571, 615, 527, 494, 617, 652, 263, 479, 579,
        486, 727, 647, 664, 566, 664, 569, 534, 536, 645, 515, 786, 513, 476, 539, 303, 350, 303, 497, 500, 542, 504,
        553, 456, 555, 496, 292, 504, 544, 246, 247, 495, 255, 829, 547, 542, 555, 555, 347, 419, 338, 544, 467, 719,
        446, 467, 425, 303, 241, 303, 497), strict=True)),
    "·": 249, "–": 480, "—": 800, "₹": 497, "€": 497, "£": 497, "¥": 497, "\u00a0": 200, "\u202f": 120, "×": 497,
    "−": 497, "…": 948,
}


@dataclass(frozen=True)
class Card:
    """One metric: its label, its value and ``st.metric``'s other arguments (a delta, its colour and arrow,
    help), and a caption under it (markdown, as the page shows it; it wraps, so it never sets the width)."""

    label: str
    value: str
    metric: dict[str, Any] = field(default_factory=dict)
    caption: str | None = None


def em_width(text: str) -> float:
    """``text``'s width in ems in Source Sans, without kerning (which only narrows it).

    >>> em_width("$316,936"), em_width("CHF\u00a01,582,906")
    (3.728, 5.894)
    """
    return round(sum(ADVANCE.get(ch, 1000) for ch in text) / 1000, 3)


def card_width(card: Card) -> int:
    """The width in px a card needs for its label, value and delta each to read in full on its line.

    >>> card_width(Card("In-house cost a month", "$316,936", {"help": "Fully loaded"}))
    157
    >>> card_width(Card("BPO over 5 years", "$2,811,321", {"delta": "$1,990,160 (41%) below in-house · best"}))
    258
    """
    metric = card.metric
    label = em_width(card.label) * LABEL_PX + (HELP_PX if metric.get("help") else 0)
    value = em_width(card.value) * VALUE_PX
    delta = em_width(metric["delta"]) * DELTA_PX + DELTA_EXTRA_PX if metric.get("delta") else 0
    return ceil(max(label, value, delta) * SLACK[0] + SLACK[1])


def _cells(count: int, width: int) -> list[Any]:
    """``count`` grid cells in reading order, each at least ``width`` px wide."""
    if count == 4:  # two by two before one column, never three and one
        outer = st.grid(2, min_column_width=2 * width + GAP)
        cells = []
        for _ in range(2):
            with outer:
                inner = st.grid(2, min_column_width=width)
            cells += [inner.cell(), inner.cell()]
        return cells
    grid = st.grid(count, min_column_width=width)
    return [grid.cell() for _ in range(count)]


def show(row: Sequence[Card], width: int | None = None) -> None:
    """The cards ``row`` as a grid of columns at least ``width`` px wide (by default as wide as its widest card
    needs): two rows of four given the width of the widest card of both line up."""
    width = width or max(card_width(c) for c in row)  # a comma locale's figures are as wide
    for cell, card in zip(_cells(len(row), width), row, strict=True):
        local_numbers.metric(cell, card.label, card.value, **card.metric)
        if card.caption is not None:
            cell.caption(card.caption)
