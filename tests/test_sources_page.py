"""The Sources page: every price row and default with its source, in tables whose prose wraps (no cell cut at the
right edge), each cell shown as written (a price book's text is never read as markdown)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from estimator.assumptions import ASSUMPTIONS, CAPTIVE_ASSUMPTIONS, FUNCTION_PAY

ROOT = Path(__file__).resolve().parents[1]


def shown(table) -> pd.DataFrame:
    """A static table's cells as a reader sees them: the page escapes every punctuation mark for markdown."""
    return table.value.map(lambda v: re.sub(r"\\(.)", r"\1", str(v)))


def sources_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "views" / "sources.py"), default_timeout=60).run()
    assert not at.exception
    return at


def test_every_source_is_a_wrapping_table_cell_with_its_whole_text():
    # found on a walk: in st.dataframe, the Source and Notes prose (up to 508 characters) was cut at 1440 px,
    # a grid cell holding one line. st.table wraps; no table is a one-line grid any more.
    at = sources_page()
    assert not at.dataframe
    prices, defaults, pay, captive = (shown(t) for t in at.table)
    assert len(prices) == 13 and len(defaults) == len(ASSUMPTIONS)
    assert list(defaults["Source"]) == [a.source for a in ASSUMPTIONS.values()]
    assert list(pay["Source"][:len(FUNCTION_PAY)]) == [p.source for p in FUNCTION_PAY.values()]
    longest = max(CAPTIVE_ASSUMPTIONS.values(), key=lambda a: len(a.source))
    assert len(longest.source) > 400 and longest.source in set(captive["Source"])
    row = prices[prices["Function"] == "Customer service"].iloc[0]
    assert (row["Low"], row["High"], row["Unit"]) == ("$20", "$30", "productive hour")
    assert row["Notes"].startswith("Seed: 'a quote of just $20 to $30 per hour for customer services'.")


def test_the_offshore_wage_range_reads_as_money_at_both_ends():
    captive = shown(sources_page().table[3])
    assert captive[captive["Assumption"] == "Agent wage, India"].iloc[0]["Sources' range"] == "$2–$3"


def test_a_price_books_markdown_shows_as_written(monkeypatch, tmp_path):
    import views.state

    book = tmp_path / "pricing.csv"
    book.write_text("function,model,basis,low,high,currency,unit,source,as_of,notes\n"
                    "Customer service,BPO,per_hour,20,30,USD,productive hour,**Bold** [link](http://x.test),2023,"
                    "![img](http://x.test/a.png) $x$ <b>tag</b>\n")
    monkeypatch.setattr(views.state, "DEFAULT_PATH", book)
    at = sources_page()
    cells = at.table[0].value.iloc[0]
    # every markdown mark escaped: no bold, link, image, maths or tag reaches the reader formatted
    assert cells["Source"] == r"\*\*Bold\*\* \[link\]\(http\:\/\/x\.test\)"
    assert cells["Notes"].startswith(r"\!\[img\]\(http\:\/\/x\.test\/a\.png\) \$x\$ \<b\>tag\<\/b\>")
    assert shown(at.table[0]).iloc[0]["Source"] == "**Bold** [link](http://x.test)"


def test_the_assumption_tables_hold_every_default_and_range_whole():
    # the figures themselves, as the assumptions' own formatting gives them (a cut "1,100,00" was the old defect)
    at = sources_page()
    captive = shown(at.table[3])
    entry = captive[captive["Assumption"] == "Senior pay, India"].iloc[0]
    assert entry["Default"] == "11,00,000" and entry["Unit"] == "INR/year"  # rupees in lakhs (session 19)
    defaults = shown(at.table[1])
    salary = defaults[defaults["Assumption"] == "Salary per FTE"].iloc[0]
    assert (salary["Default"], salary["Sources' range"]) == ("41,600", "31,200–52,000")
