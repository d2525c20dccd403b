"""Money, shares and ranges as a finance reader expects them (Babel's CLDR formats).

Conventions: whole currency units with thousands separators ("$12,345");
shares as whole percent ("43%"); ranges with an en dash ("$20–$30").
"""

from __future__ import annotations

import math

from babel.numbers import format_compact_currency, format_currency, format_percent

LOCALE = "en_US"
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
