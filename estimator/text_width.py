"""How wide a line of text is drawn in Arial-like type, and text wrapped to a width: for text whose renderer does not
wrap it (a plotly annotation) or whose size must be chosen before a slide program draws it (a deck's title).

Widths are Liberation Sans's advances (metric-compatible with Arial and Helvetica), in thousandths of an em,
measured with Pillow from LiberationSans-Regular.ttf and -Bold.ttf: printable ASCII in order, then the symbols the
figures use. Kaleido's Chromium draws the charts' "Inter, Segoe UI, Helvetica, Arial" in Liberation Sans on Debian
(a 290-character footer line measured 1,626 px by these widths and 1,630 px in plotly's own box); PowerPoint's
default Calibri is narrower than Arial, so a slide's text measured here is drawn narrower, never wider.

A character not listed errs wide: an accented letter counts as its base letter (é as e), a wide East Asian
character or an emoji 1.3 em (a CJK ideograph is 1 em, a colour emoji about 1.2), anything else 1 em. Pure: no I/O.
"""

from __future__ import annotations

import unicodedata

_SYMBOLS = "·–—−…€£¥×\u00a0\u202f‘’“”₹"
ADVANCE: dict[str, int] = {
    **dict(zip((chr(i) for i in range(32, 127)), (
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
        556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
        556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
        500, 500, 500, 334, 260, 334, 584), strict=True)),
    # the rupee sign is not in Liberation Sans: Chromium draws it from DejaVu Sans (636)
    **dict(zip(_SYMBOLS, (278, 556, 1000, 584, 1000, 556, 556, 556, 584, 278, 139, 222, 222, 333, 333, 636), strict=True)),
}
BOLD_ADVANCE: dict[str, int] = {
    **dict(zip((chr(i) for i in range(32, 127)), (
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722,
        611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556,
        611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778,
        556, 556, 500, 389, 280, 389, 584), strict=True)),
    **dict(zip(_SYMBOLS, (278, 556, 1000, 584, 1000, 556, 556, 556, 584, 278, 139, 278, 278, 500, 500, 636), strict=True)),
}
WIDE = 1300  # a wide East Asian character or an emoji, erring wide
OTHER = 1000  # any other character not listed


def _advance(ch: str, table: dict[str, int]) -> int:
    if ch in table:
        return table[ch]
    if unicodedata.combining(ch):
        return 0  # an accent drawn over the letter before it
    base = unicodedata.normalize("NFD", ch)[0]
    if base in table:
        return table[base]
    return WIDE if unicodedata.east_asian_width(ch) in ("W", "F") else OTHER


def em_width(text: str, bold: bool = False) -> float:
    """``text``'s width in ems, without kerning (which only narrows it).

    >>> em_width("Q3 review"), em_width("Q3 review", bold=True), em_width("Café 🚀")  # 🚀 as 1.3 em
    (4.501, 4.725, 3.69)
    """
    table = BOLD_ADVANCE if bold else ADVANCE
    return round(sum(_advance(ch, table) for ch in text) / 1000, 3)


def wrap(text: str, max_em: float, bold: bool = False) -> list[str]:
    """``text`` broken at spaces into lines each at most ``max_em`` ems wide; a word wider than a line is broken
    between its characters (as PowerPoint breaks it). The space at a break is dropped.

    >>> wrap("Plan A · Customer service · 10.0 FTE", 9)  # each line 8.114 em
    ['Plan A · Customer', 'service · 10.0 FTE']
    >>> wrap("Supercalifragilistic", 4)
    ['Supercal', 'ifragilisti', 'c']
    >>> wrap("", 5)
    ['']
    """
    table = BOLD_ADVANCE if bold else ADVANCE
    limit = max_em * 1000  # thousandths of an em, summed as they come (a 300-character line in one pass)
    space = table[" "]
    lines: list[str] = []
    line: str | None = None  # None: no line begun (an empty string is a line begun by a space)
    used = 0
    for word in text.split(" "):
        width = sum(_advance(ch, table) for ch in word)
        if line is not None:
            if used + space + width <= limit:
                line, used = f"{line} {word}", used + space + width
                continue
            lines.append(line)  # the space at the break is dropped
        line, used = "", 0
        if width <= limit:
            line, used = word, width
            continue
        for ch in word:  # a word alone wider than a line: as many characters as fit, then the next line
            w = _advance(ch, table)
            if line and used + w > limit:
                lines.append(line)
                line, used = "", 0
            line, used = line + ch, used + w
    return [*lines, line or ""]
