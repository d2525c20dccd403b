"""Money, shares and ranges as a finance reader expects them (Babel's CLDR formats).

Conventions: whole currency units with thousands separators ("$12,345");
shares as whole percent ("43%"); ranges with an en dash ("$20–$30").
"""

from __future__ import annotations

import math

from babel.numbers import format_compact_currency, format_currency, format_percent

LOCALE = "en_US"
# What a spreadsheet runs when a cell's text starts with it (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Babel formats through decimal with 28 digits of precision; past this a figure is shown in plain notation.
_HUGE = 1e15


def money(amount: float, currency: str = "USD") -> str:
    """Whole currency units with separators.

    >>> money(74317.89), money(-1234.56, "EUR")
    ('$74,318', '-€1,235')
    """
    if abs(amount) >= _HUGE:
        return f"{currency} {amount:,.3g}"
    return format_currency(amount, currency, format="¤#,##0", locale=LOCALE, currency_digits=False)


def compact_money(amount: float, currency: str = "USD") -> str:
    """Money in thousands or millions, for labels on crowded charts.

    >>> compact_money(2_239_721), compact_money(-694_314), compact_money(950)
    ('$2.24M', '-$694K', '$950')
    """
    if abs(amount) >= _HUGE:
        return money(amount, currency)
    if 999_500 <= abs(amount) < 1e6:
        # Babel picks K or M before rounding: 999,999 would read "$1000K". It is a million, to the thousand.
        amount = math.copysign(1e6, amount)
    digits = 2 if abs(amount) >= 1e6 else 0
    return format_compact_currency(amount, currency, locale=LOCALE, fraction_digits=digits)


def percent(share: float) -> str:
    """A fraction as whole percent.

    >>> percent(0.4312), percent(-0.05)
    ('43%', '-5%')
    """
    if abs(share) >= _HUGE:
        return f"{share * 100:,.3g}%"
    return format_percent(share, format="#,##0%", locale=LOCALE)


def money_range(low: float, high: float, currency: str = "USD") -> str:
    """
    >>> money_range(20, 30)
    '$20–$30'
    """
    if round(low) == round(high):
        return money(low, currency)
    return f"{money(low, currency)}–{money(high, currency)}"


def number(value: float, digits: int = 0) -> str:
    """
    >>> number(1213.333, 1)
    '1,213.3'
    """
    return f"{value:,.{digits}f}"


def shown(value: object, limit: int = 60) -> str:
    """A value a user gave, for an error message: its repr on one line, cut to ``limit`` characters.

    A hostile file can hold a 10,000-character name or a 400-digit number; the message names the field and
    the rule, and shows only enough of the value to recognise it.

    >>> print(shown("A" * 100, limit=10), shown(10 ** 400), shown("a\\rb"), sep=" | ")
    'AAAAAAAA…' (100 characters) | a 401-digit number | 'a\\rb'
    """
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10 ** 15:
        return f"a {len(str(abs(value)))}-digit number"
    text = repr(value)
    if len(text) <= limit:
        return text
    size = f" ({len(value):,} characters)" if isinstance(value, str) else ""
    return text[: limit - 1] + "…" + ("'" if isinstance(value, str) else "") + size


def cell(text: str, limit: int = 60, quoted: bool = True) -> str:
    """A file's cell for a message: on one line, cut short (a hostile cell can be any size), quoted unless
    ``quoted`` is false (a number or a key that reads plainly).

    >>> print(cell("a\\n  b"), cell("x" * 80, limit=10), cell("-5", quoted=False))
    'a b' 'xxxxxxxxx…' (80 characters) -5
    """
    text = " ".join(text.split())
    q = "'" if quoted else ""
    return f"{q}{text}{q}" if len(text) <= limit else f"{q}{text[:limit - 1]}…{q} ({len(text):,} characters)"


def non_negative(text: str, where: str, what: str, error: type[Exception]) -> float:
    """A file's cell read as a finite number of 0 or more ("1,200" allowed); else ``error`` naming the cell.

    Shared by the price-book and interval-file readers, each raising its own error.

    >>> non_negative("1,200", "line 2", "prices", ValueError)
    1200.0
    >>> non_negative("-5", "line 2, low", "prices", ValueError)
    Traceback (most recent call last):
    ValueError: line 2, low: -5 is negative; prices must be 0 or more
    """
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise error(f"{where}: {cell(text)} is not a number") from None
    if not math.isfinite(value):
        raise error(f"{where}: {cell(text)} is not a finite number")
    if value < 0:
        raise error(f"{where}: {cell(text, quoted=False)} is negative; {what} must be 0 or more")
    return value


def not_formula(text: str) -> str:
    """Text a spreadsheet would run if it landed in a cell, with the leading apostrophe that spreadsheets read
    as "text follows": the same guard the CSV export writes (``export._defuse``), for the slide deck's and the
    HTML report's text. Neither PowerPoint nor a browser runs text, but both are copied into Excel (a pasted
    ``=HYPERLINK(...)`` or ``+cmd|...`` becomes a live formula) and Excel opens an HTML report as a sheet. The
    apostrophe stays visible on a slide, which is honest: it is the name as the CSV shows it too. A plain
    number ("-12.5") is left as it is: pasted into a cell it is that number, nothing runs.

    >>> print(not_formula("=HYPERLINK(x)"), not_formula("@SUM(1)"), not_formula("-12.5"), not_formula("Q3"), sep=" | ")
    '=HYPERLINK(x) | '@SUM(1) | -12.5 | Q3
    """
    if not text.startswith(FORMULA_START):
        return text
    try:
        float(text)
    except ValueError:
        return "'" + text
    return text
