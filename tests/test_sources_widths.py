"""The Sources page's assumption tables are wide enough for every default and range, not only the first rows'."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


def test_every_default_and_range_fits_its_column():
    at = AppTest.from_file(str(ROOT / "views" / "sources.py"), default_timeout=60).run()
    assert not at.exception
    tables = [d for d in at.dataframe if "Default" in d.value.columns]
    assert len(tables) == 2  # the in-house defaults and the offshore captive
    for table in tables:
        config = json.loads(table.proto.columns)
        for column in ("Default", "Sources' range"):
            longest = max(len(column), *(len(str(v)) for v in table.value[column]))
            # at 1440 px Streamlit sized the captive table's Default from its first rows and cut Rs 1,100,000 to
            # "1,100,00"; the 14 px font measured about 6.3 px a character on screen, plus 8 px padding a side:
            # 7 px a character + 16 px is the least width that shows the whole value
            assert config.get(column, {}).get("width", 0) >= 7 * longest + 16, (column, longest)
