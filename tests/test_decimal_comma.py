"""A decimal comma is a decimal comma (issue 7): a file's cell "25,50" was read as 2,550 (the comma dropped as a
thousands separator). estimator.formatting.parse_number reads commas-for-thousands first, then a decimal comma, and
refuses what reads neither way; the values below are written by hand, not taken from the code."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from estimator.formatting import non_negative, parse_number

READ = [
    # a decimal comma: a comma followed by other than groups of three digits
    ("25,50", 25.5),
    ("25,5", 25.5),
    ("0,5", 0.5),
    ("41600,5", 41600.5),
    ("1,2345", 1.2345),
    ("1.234,50", 1234.5),
    ("1.234.567,89", 1234567.89),
    ("1.234.567", 1234567.0),
    # commas for thousands, a point for decimals
    ("1,234,567", 1234567.0),
    ("1,234.50", 1234.5),
    ("41,600", 41600.0),
    ("41600.5", 41600.5),
    (".5", 0.5),
    ("2e4", 20000.0),
    (" 12 ", 12.0),
    # reads both ways: the first (the files' and the page's own)
    ("1,234", 1234.0),
    ("1.234", 1.234),
]
REFUSED = ["1,2,3", "12,34,567", "1,234,5", "1,234.5e3", "", "abc", "€25,50", "0x10"]


@pytest.mark.parametrize(("text", "value"), READ)
def test_a_number_reads_as_a_finance_user_wrote_it(text, value):
    assert parse_number(text) == pytest.approx(value, rel=1e-15)


@pytest.mark.parametrize("text", REFUSED)
def test_a_number_that_reads_neither_way_is_refused_not_guessed(text):
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(text)


def test_a_price_cell_with_a_decimal_comma_is_that_price_not_a_hundred_times_it():
    assert non_negative("25,50", "line 2, low", "prices", ValueError) == 25.5
    assert non_negative("1,200", "line 2, low", "prices", ValueError) == 1200.0
    with pytest.raises(ValueError, match="line 2, low: '1,2,3' is not a number"):
        non_negative("1,2,3", "line 2, low", "prices", ValueError)


CENTS = st.integers(min_value=0, max_value=10**13).map(lambda c: c / 100)


@settings(deadline=None)  # Babel's first parse loads its locale data
@given(CENTS)
def test_an_amount_written_with_thousands_commas_reads_back(value):
    assert parse_number(f"{value:,.2f}") == value


@settings(deadline=None)  # Babel's first parse loads its locale data
@given(CENTS)
def test_an_amount_written_with_a_decimal_comma_reads_back(value):
    assert parse_number(format_decimal(value, format="#,##0.00", locale="de_DE")) == value


@settings(deadline=None)  # Babel's first parse loads its locale data
@given(st.floats(min_value=0, max_value=1e300, allow_nan=False))
def test_a_number_as_python_writes_it_reads_back(value):
    assert parse_number(repr(value)) == value
