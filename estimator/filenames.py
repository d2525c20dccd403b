"""Download file names from names a user typed: safe, at most :data:`LIMIT` characters, never cut inside a word.

Session 27's walk: a 200-character scenario name made "...-outsourcing-option-ap-buildup.png" ("approach" cut after
two letters), and three scenarios compared made "...-cheaper-vendor--2--vs--b-x--b----cheaper-vendor-vs.csv": the
third name gone and a "vs" left hanging. Written here, not taken from a library: python-slugify and the like would
write a name the same way, but the cut at a word and the names of a comparison are this product's own.
"""

from __future__ import annotations

from collections.abc import Sequence

LIMIT = 60  # characters: a file name a download dialog and a file list show whole


def file_stem(name: str, limit: int = LIMIT) -> str:
    """A safe file name from user text: letters and digits kept (lower case), anything else a hyphen, at most
    ``limit`` characters, cut at a hyphen where a word would be cut (unless that leaves less than half).

    >>> file_stem("Q3 review: BPO?"), file_stem("?!/ ")
    ('q3-review--bpo', 'scenario')
    >>> file_stem("Q3 2026 board review - IT service desk outsourcing option approach")  # 67 characters
    'q3-2026-board-review---it-service-desk-outsourcing-option'
    """
    stem = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
    if len(stem) > limit:
        cut = stem[:limit]
        if stem[limit] != "-" and "-" in cut[limit // 2:]:  # inside a word: back to the word's start
            cut = cut[:cut.rindex("-")]
        stem = cut.rstrip("-")
    return stem or "scenario"


def compared_stem(names: Sequence[str]) -> str:
    """A comparison's file name: its scenarios' names joined by "vs", each shortened at a word to fit two; from three
    up, where they do not fit, the first name and how many more.

    >>> compared_stem(["Plan A", "Plan B (2026)"])
    'plan-a-vs-plan-b--2026'
    >>> compared_stem(["Move the service desk to Manila in 2027", "Keep the service desk at home"])  # 28 each
    'move-the-service-desk-to-vs-keep-the-service-desk-at'
    >>> compared_stem(["Cheaper vendor (2)", "<b>x</b> cheaper vendor", "Plan C: keep it all in-house for now"])
    'cheaper-vendor--2-and-2-more'
    """
    stems = [file_stem(n) for n in names]
    joined = "-vs-".join(stems)
    if len(joined) <= LIMIT or len(stems) < 2:  # one name: file_stem's own LIMIT already
        return joined
    if len(stems) == 2:
        return "-vs-".join(file_stem(n, (LIMIT - 4) // 2) for n in names)
    more = f"-and-{len(stems) - 1}-more"
    return file_stem(names[0], LIMIT - len(more)) + more
