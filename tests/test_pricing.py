"""The price book: what the seeds state, and a clear error for every malformed file."""

from __future__ import annotations

import pytest

from estimator.pricing import COLUMNS, DEFAULT_PATH, PriceBookError, load_price_book, parse_price_book

HEADER = ",".join(COLUMNS)
GOOD = "Customer service,BPO,per_hour,20,30,USD,productive hour,BPO vs. KPO,2023,"


@pytest.mark.parametrize(
    ("function", "model", "basis", "low", "high"),
    [
        ("Customer service", "BPO", "per_hour", 20.0, 30.0),
        ("IT and software operations", "BPO", "per_hour", 40.0, 100.0),
        ("Human resources", "BPO", "per_month", 45.0, 1500.0),
        ("Research and analysis", "KPO", "savings_share", 0.40, 0.60),
    ],
)
def test_seed_prices_are_in_the_book(book, function, model, basis, low, high):
    row = book.lookup(function, model)
    assert (row.basis, row.low, row.high) == (basis, low, high)
    assert row.source == "BPO vs. KPO"


@pytest.mark.parametrize("function", ["Finance and accounting", "Back-office transactions", "Telemarketing",
                                      "Order processing", "Legal process", "Data analysis and visualisation",
                                      "Securities, banking and insurance", "Engineering and design", "Online training"])
def test_functions_named_without_a_price_have_empty_ranges(book, function):
    rows = [r for r in book.rows if r.function == function]
    assert rows and all(r.low is None and r.high is None and not r.priced for r in rows)


def test_no_invented_prices(book):
    assert sum(r.priced for r in book.rows) == 4


def test_trillion_figure_is_explained_not_used():
    text = DEFAULT_PATH.read_text()
    notes = [line for line in text.splitlines() if line.startswith("#")]
    assert any("45.6 trillion" in line for line in notes)
    assert "trillion" not in "\n".join(line for line in text.splitlines() if not line.startswith("#"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", "prices.csv: the file is empty"),
        ("# only a note\n", "prices.csv: the file is empty"),
        (HEADER + "\n", "prices.csv: has a header but no price rows"),
        (HEADER.replace(",basis", "") + "\n" + GOOD, "prices.csv: line 1: missing column(s) basis"),
        (HEADER + "\n" + GOOD.replace(",20,", ",twenty,"), "prices.csv: line 2, column 'low': 'twenty' is not a number"),
        (HEADER + "\n" + GOOD.replace(",20,30,", ",30,20,"), "prices.csv: line 2, column 'low': low 30 must not be above high 20"),
        (HEADER + "\n" + GOOD.replace(",20,", ",-20,"), "prices.csv: line 2, column 'low': -20 is negative"),
        (HEADER + "\n" + GOOD.replace("per_hour", "per_call"), "prices.csv: line 2, column 'basis': unknown basis 'per_call'"),
        (HEADER + "\n" + GOOD + "\n" + GOOD, "prices.csv: line 3, column 'function': duplicate row for Customer service / BPO / per_hour (first at line 2)"),
        (HEADER + "\n" + GOOD.replace(",BPO,", ",XPO,"), "prices.csv: line 2, column 'model': 'XPO' is not one of BPO, KPO"),
        (HEADER + "\n" + GOOD.replace(",30,", ",,"), "prices.csv: line 2, column 'high': is empty while the other end is set"),
        (HEADER + "\n" + GOOD.replace(",30,", ",inf,"), "prices.csv: line 2, column 'high': 'inf' is not a finite number"),
        ("# note\n" + HEADER + "\n" + GOOD.replace(",30,", ",3O,"), "prices.csv: line 3, column 'high': '3O' is not a number"),
        (HEADER + "\nResearch,KPO,savings_share,0.4,60,,share,s,2023,", "prices.csv: line 2, column 'high': a savings share is a fraction below 1"),
    ],
    ids=["empty", "notes-only", "header-only", "missing-column", "text-in-number", "low-above-high", "negative",
         "unknown-basis", "duplicate", "unknown-model", "half-range", "infinite", "line-after-notes", "share-as-percent"],
)
def test_malformed_price_book_names_file_line_and_column(body, expected):
    with pytest.raises(PriceBookError) as err:
        parse_price_book(body, "prices.csv")
    assert str(err.value).startswith(expected)


def test_unreadable_file_is_a_price_book_error(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(PriceBookError, match="binary.csv: is not UTF-8 text"):
        load_price_book(path)


def test_good_file_with_bom_and_notes_loads(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("\ufeff# my quotes\n" + HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    book = load_price_book(path)
    assert book.lookup("Customer service", "BPO").mid == 25.0
    assert book.lookup("Customer service", "KPO") is None
