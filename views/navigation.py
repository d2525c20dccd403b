"""The app's pages in one place: ``dashboard.py`` runs them, and the floor pages in ``benchmarks/`` draw the same
sidebar navigation (its seven links, titles and icons) around their own content.

A floor page is the page's shape without its model, so that ``benchmarks/latency.py`` reads what the model costs
against what Streamlit and the browser cost for a page of that shape. The navigation is part of that shape: every
rerun sends it and the browser redraws its links. With two links and no icons, the floors left that out; measured
in one run (2026-11-26 20:43 UTC, 40 presses each, a loaded machine), the Contact centre's floor settled in a median
155.6 ms with two links and 186.6 ms with the app's seven, against the page's 189.2 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

import streamlit as st

# script (from the repository's root), title, icon; the first is the default page
PAGES: tuple[tuple[str, str, str], ...] = (
    ("views/estimate.py", "Estimate", ":material/calculate:"),
    ("views/guide.py", "Which model fits", ":material/alt_route:"),
    ("views/portfolio.py", "Mix of functions", ":material/stacked_bar_chart:"),
    ("views/contact_centre.py", "Contact centre", ":material/support_agent:"),
    ("views/scenarios.py", "Scenarios", ":material/folder_open:"),
    ("views/present.py", "Present", ":material/slideshow:"),
    ("views/sources.py", "Sources", ":material/menu_book:"),
)


def url_path(script: str) -> str:
    """The page's address, as Streamlit infers it from the script's name: ``contact_centre``."""
    return PurePosixPath(script).stem


def pages(floor: dict[str, Callable[[], None]] | None = None) -> list[st.Page]:
    """The app's pages; with ``floor``, a floor page's: each script named in it is replaced by its function, every
    other page by one that writes its title (never run while a latency benchmark presses a slider), under the same
    title, icon and address."""
    out = []
    for i, (script, title, icon) in enumerate(PAGES):
        if floor is None:
            out.append(st.Page(script, title=title, icon=icon, default=i == 0))
            continue
        run = floor.get(script) or _placeholder(title)
        out.append(st.Page(run, title=title, icon=icon, default=i == 0, url_path=None if i == 0 else url_path(script)))
    return out


def _placeholder(title: str) -> Callable[[], None]:
    def page() -> None:
        st.markdown(f"{title} (floor page)")

    return page
