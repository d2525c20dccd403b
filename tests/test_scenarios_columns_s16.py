"""Session 16, issue 7: the Scenarios page's comparison keeps a long money figure inside its cell.

At 1280 x 720 "−₹11,20,33,802" (14 characters) ran into the next column: the grid had measured the column itself.
Each money column is now given its width, 7 px a character of its longest figure or heading plus 8 px of padding
each side, and figures are right-aligned."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest
from test_scenarios_page import app, compare_ten_and_twenty  # noqa: F401 (the app fixture)


def test_each_money_column_is_as_wide_as_its_longest_figure(app: AppTest) -> None:  # noqa: F811
    compare_ten_and_twenty(app)
    table = app.dataframe[-1]
    columns = json.loads(table.proto.columns)
    shown = table.value
    # hand-counted: "Over the horizon" (16 characters) is longer than any of its figures (dollars under ten million,
    # "$9,999,999" at most: 10 characters): 16 × 7 + 16 = 128 px
    assert columns["Over the horizon"]["width"] == 128
    for name in ("Cost a month", "Over the horizon", "Savings P10", "Savings P50", "Savings P90"):
        longest = max(len(name), *(len(v) for v in shown[name]))
        assert columns[name]["width"] == longest * 7 + 16, name
        assert columns[name]["alignment"] == "right", name
