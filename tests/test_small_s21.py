"""Session 21's small defects, each with the test that failed before its fix."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest
from test_scenarios_page import app, save_as  # noqa: F401 (the app fixture)

# Text widths in px as Chromium's canvas measures them in the grid's font (400 14px "Source Sans"), read in the
# browser at 1024 x 768 (CanvasRenderingContext2D.measureText), not from the page's code
MEASURED = {"2026-11-27 11:37:11": 115.89, "Customer service plan B (Manila)": 190.56, "Format version": 87.97,
            "Saved (UTC)": 71.21}
PAD = 8  # px: the grid's cell padding, each side (--gdg-cell-horizontal-padding)
PAGE = 564  # px: the page's width at 1024 x 768 with the sidebar open


def test_the_saved_list_shows_every_time_and_version_whole_at_1024(app: AppTest) -> None:  # noqa: F811
    """1024 x 768: the saved list's grid, in half of the page (250 px), read "2026-11-2" and, scrolled, "09:30:1".
    The grid has the page's width now and each column a width its text fits in, all of them within 564 px, so it
    never scrolls sideways there (a canvas: the cut-text checks cannot read it, its column widths can be)."""
    save_as(app, "Customer service plan B (Manila)")
    (grid,) = app.dataframe
    assert grid.value.columns.tolist() == ["Name", "Saved (UTC)", "Format version"]
    # the grid is the page's own child, not inside a column (st.columns(2) gave it 250 px of the 564)
    assert any(child is grid for child in app.main.children.values())
    widths = {name: spec.get("width") for name, spec in json.loads(grid.proto.columns).items() if name != "_index"}
    assert all(isinstance(w, int) for w in widths.values()), widths  # before: no widths, the grid sized to its cells
    assert sum(widths.values()) + 2 <= PAGE  # the columns and the grid's border within the page: no sideways scroll
    # every time has the shape of this one (digits of one width in Source Sans), the header the rest
    assert widths["Saved (UTC)"] >= MEASURED["2026-11-27 11:37:11"] + 2 * PAD
    assert widths["Format version"] >= MEASURED["Format version"] + 2 * PAD
    assert widths["Name"] >= MEASURED["Customer service plan B (Manila)"] + 2 * PAD
