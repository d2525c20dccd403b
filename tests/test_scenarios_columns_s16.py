"""Session 16, issue 7: the Scenarios page's comparison keeps a long money figure inside its cell.

At 1280 x 720 "−₹11,20,33,802" (14 characters) ran into the next column: the grid had measured the column itself.
Session 16 gave each money column a width guessed from its longest figure (7 px a character); that guess is gone
too (session 19): the results are a static table whose columns the browser sizes to their figures, right-aligned and
unbroken on a wide screen (tests/test_browser_compare_rupees_s19.py checks it in Chromium)."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest
from test_scenarios_page import app, save_as, to_estimate  # noqa: F401 (the app fixture)


def test_the_results_are_a_static_table_with_the_figures_right_aligned_and_whole(app: AppTest) -> None:  # noqa: F811
    save_as(app, "Ten")
    to_estimate(app)
    app.slider(key="fte").set_value(20).run()
    save_as(app, "Twenty")
    app.multiselect(key="compare_pick").set_value(["Ten", "Twenty"]).run()
    assert not app.exception
    assert not [d for d in app.dataframe if "Cost a month" in d.value.columns]  # no grid of guessed widths
    (results,) = [t.value for t in app.table if "Cost a month" in t.value.columns]
    cost = results.map(lambda v: re.sub(r"\\(.)", r"\1", str(v)))  # the page escapes punctuation for markdown
    # run rate: fees 33,366.67 + governance floor 5,380.83; at 20 FTE 66,733.33 + 5,380.83 (test_scenarios_page)
    assert cost[cost.Option == "BPO"]["Cost a month"].tolist() == ["$38,747", "$72,114"]
    style = " ".join(h.proto.body for h in app.get("html"))
    scope = ".st-key-compare_results [data-testid='stTable']"
    for column in (3, 4, 5, 6, 7):  # Cost a month ... Savings P90
        assert f"{scope} td:nth-child({column}), {scope} th:nth-child({column}) {{text-align: right !important;}}" \
            in style, column
        assert f"{scope} td:nth-child({column}) p {{white-space: nowrap;}}" in style, column
