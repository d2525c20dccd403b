"""Money, shares and ranges as a finance reader expects them (Babel's CLDR formats).

Conventions: whole currency units with thousands separators ("$12,345"), each currency written as
English-language users in its home write it (:func:`format_money`: "₹12,34,568" in lakhs, "€1,235");
shares as whole percent ("43%"); ranges with an en dash ("$20–$30").
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.numbers import (
    NumberFormatError,
    NumberPattern,
    format_compact_currency,
    format_decimal,
    get_currency_precision,
    get_decimal_symbol,
    get_group_symbol,
    list_currencies,
    parse_decimal,
    parse_pattern,
)

LOCALE = "en_US"
# What a spreadsheet runs when a cell's text starts with it (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The English locale of each currency's home (CLDR); others fall back to en_US's pattern with their own decimals.
# EUR has many homes: en_IE is the euro area's English locale ("€1,234.56"); de_DE would write "1.234,56 €",
# which an English reader takes for one point two.
CURRENCY_LOCALES = {"USD": "en_US", "EUR": "en_IE", "GBP": "en_GB", "INR": "en_IN", "JPY": "en_US",
                    "PHP": "en_PH", "CAD": "en_CA", "AUD": "en_AU", "SGD": "en_SG", "ZAR": "en_ZA",
                    "NZD": "en_NZ"}
MINUS = "\u2212"  # the minus sign (−), not the hyphen-minus (-): see minus_sign
# Babel formats through decimal with 28 digits of precision; past this a figure is shown in plain notation.
_HUGE = 1e15
# Thousands written short, the one rule of every chart, page, deck and report: "$694k", "$10k". A small k because
# plotly writes every dollar and euro money axis with d3's SI format, whose thousand is "k" with no setting to change
# it (a capital K there would mean ticks computed here for every axis, losing plotly's count for the screen's
# width), and k is the SI symbol for a thousand. Bar labels and legends (compact_money: Babel writes "K") and the
# lakh and crore axes (charts.indian_ticks) follow it. Millions are "M" in both.
THOUSAND = "k"


def iso_currency(code: object) -> str | None:
    """``code`` upper-cased if it is an ISO 4217 currency code that Babel knows, else None (the one rule;
    :func:`estimator.currency.check_currency` words its message).

    >>> iso_currency(" inr "), iso_currency("ABC"), iso_currency(3)
    ('INR', None, None)
    """
    if not isinstance(code, str) or len(code.strip()) != 3:
        return None
    code = code.strip().upper()
    return code if code in _iso_codes() else None


@cache
def _iso_codes() -> frozenset[str]:
    """Babel's ISO 4217 codes, read once (Babel builds the set from its locale data on every call: 75 µs)."""
    return frozenset(list_currencies())


def locale_for(currency: str) -> str:
    """The locale a currency is written in (see the module's conventions)."""
    return CURRENCY_LOCALES.get(currency, LOCALE)


def format_money(amount: float, currency: str = "USD", *, whole: bool = False, locale: str | None = None) -> str:
    """``amount`` written in the currency's own way: its home locale's grouping and symbol, its own decimals.

    The one money formatter: :func:`money` is its whole-unit form. ``whole`` drops the decimals (a headline
    figure); ``locale`` overrides the currency's own.

    >>> format_money(1234567.891, "INR"), format_money(1234567.891, "JPY"), format_money(-1234.5, "GBP")
    ('₹12,34,567.89', '¥1,234,568', '-£1,234.50')
    >>> format_money(1234567.891, "INR", whole=True)
    '₹12,34,568'

    A currency written with its code (letters) stands apart from the figure by a no-break space, one symbol
    (``$``, ``€``, ``£``, ``₹``) against it (:func:`code_spaced`): the headline read "CHF1,582,906" beside the
    slider's "CHF 8.00".

    >>> format_money(-1234.5, "CHF"), format_money(1582906, "CHF", whole=True)
    ('-CHF\xa01,234.50', 'CHF\xa01,582,906')
    """
    return code_spaced(_babel_money(amount, currency, whole=whole, locale=locale))


def price_money(amount: float, currency: str = "USD") -> str:
    """:func:`format_money` as a price is written: cents where the amount has them, none where it is whole.

    >>> price_money(20), price_money(22.555), price_money(30.5), price_money(1500, "INR")
    ('$20', '$22.56', '$30.50', '₹1,500')
    """
    return format_money(amount, currency).removesuffix(".00")


def code_spaced(text: str) -> str:
    """Money as Babel writes it, with a currency code (two letters or more before the digits) set apart from
    them by a no-break space: "CHF 8", "-CHF 8"; a symbol stays against them ("$8", "R8", "₹8"). The one rule
    of every figure written with a currency (:func:`format_money`, :func:`compact_money`, the charts' axis
    prefixes, which read it from :func:`money`).

    >>> code_spaced("CHF1,582,906"), code_spaced("-CHF8.00"), code_spaced("$8"), code_spaced("CA$8")
    ('CHF\xa01,582,906', '-CHF\xa08.00', '$8', 'CA$8')
    """
    return _CODE_BEFORE.sub("\\1\u00a0", text, count=1)


_CODE_BEFORE = re.compile(r"^(-?[^\W\d_]{2,})(?=\d)")


def excel_money_format(currency: str, decimals: bool = True) -> str:
    """An Excel number format for money in ``currency`` (the workbooks, and the deck's native charts), written as the
    page writes it: the dollar's symbol against the figure, any other currency's code before it and apart
    (:func:`code_spaced`; a spreadsheet names the code, never a symbol another currency shares). The workbooks put
    the franc's code after the figure ("1,582,906.00 CHF") where the page wrote "CHF 1,582,906". A loss reads
    "-CHF 8.00" (Excel puts the minus before the quoted text), as :func:`format_money` writes it.

    >>> excel_money_format("USD"), excel_money_format("CHF"), excel_money_format("EUR", decimals=False)
    ('"$"#,##0.00', '"CHF "#,##0.00', '"EUR "#,##0')
    """
    digits = "#,##0.00" if decimals else "#,##0"
    return f'"$"{digits}' if currency == "USD" else f'"{currency} "{digits}'


def _babel_money(amount: float, currency: str, *, whole: bool, locale: str | None) -> str:
    """:func:`format_money` as Babel writes it, a code against the figure."""
    currency = currency.strip().upper()
    if not math.isfinite(amount):
        return f"{currency} {amount}"
    if abs(amount) >= _HUGE:
        # an amount nobody means (a typed "4e45"): three significant figures in scientific notation (:func:`figure`'s
        # rule), not 45 digits and commas, nor the float's own digits as if typed; written as the currency's other
        # amounts are, its symbol and all ("$1.23e+29": it read "USD 1.23e+29" in a note beside ones reading "$")
        template = format_money(math.copysign(1.0, amount), currency, whole=True, locale=locale)
        return template.replace("1", scientific(abs(amount)), 1)
    whole = whole and get_currency_precision(currency) > 0  # a currency without decimals is whole already
    locale = locale or locale_for(currency)
    babel_locale, pattern = _currency_pattern(currency, locale, whole)
    # what babel.numbers.format_currency does after finding the locale and the pattern
    if whole:
        units = round(amount)
        plain = _plain_whole(currency, locale)
        if plain is not None:
            prefix, suffix = plain
            return f"{'-' if units < 0 else ''}{prefix}{abs(units):,d}{suffix}"
        return pattern.apply(units, babel_locale, currency=currency, currency_digits=False)
    return pattern.apply(amount, babel_locale, currency=currency)


# Whole amounts the integer probes below cover: the grouping of 3 holds for any count of digits.
_PROBES = (0, 7, 999, 1_000, -1_000, 1_234_567, -1_234_567, 12_345_678_901)


@cache
def _plain_whole(currency: str, locale: str) -> tuple[str, str] | None:
    """(prefix, suffix) where babel writes this currency's whole amounts as ``-`` + prefix + digits grouped by three
    with commas + suffix ("$1,234,567", "-€1,235"), checked against babel on integer probes; None elsewhere (lakhs,
    a space or a dot between groups, a sign after the symbol), which keep babel.

    Written here because babel's ``NumberPattern.apply`` takes about 70 µs a call, and a page rerun writes some 50
    whole amounts; Python's own grouping gives the same text in a fraction of that. Whole amounts only: a decimal
    amount is rounded by babel in decimal arithmetic, which Python's float formatting does not repeat exactly.

    >>> _plain_whole("USD", "en_US"), _plain_whole("INR", "en_IN")
    (('$', ''), None)
    """
    babel_locale, pattern = _currency_pattern(currency, locale, True)
    text = pattern.apply(1_234_567, babel_locale, currency=currency, currency_digits=False)
    if text.count("1,234,567") != 1:
        return None
    prefix, suffix = text.split("1,234,567")
    for n in _PROBES:
        if pattern.apply(n, babel_locale, currency=currency, currency_digits=False) != \
                f"{'-' if n < 0 else ''}{prefix}{abs(n):,d}{suffix}":
            return None
    return prefix, suffix


_PERCENT = parse_pattern("#,##0%")


@cache
def _locale(name: str) -> Locale:
    """Babel's locale, parsed once per process (``Locale.parse`` builds it afresh on every call)."""
    return Locale.parse(name)


@cache
def _currency_pattern(currency: str, locale: str, whole: bool) -> tuple[Locale, NumberPattern]:
    """The locale and the parsed pattern one currency is written with, found once per process.

    ``babel.numbers.format_currency`` finds both on every call, and that was most of its 60–75 µs; a page
    rerun writes a few hundred amounts (py-spy: 8% of the estimate page's rerun). Babel has no "whole units
    in the locale's own pattern" switch: the pattern loses its decimals here and the amount is rounded first.
    A format string of our own would lose the locale's grouping (lakhs), so the locale's own pattern is cut.
    """
    babel_locale = _locale(locale)
    pattern = babel_locale.currency_formats["standard"]
    if whole:
        text = pattern.pattern.split(";")[0]
        number_part = text.replace("\u00a4", "").strip()
        pattern = parse_pattern(text.replace(number_part, number_part.split(".")[0]))
    return babel_locale, pattern


def money(amount: float, currency: str = "USD") -> str:
    """Whole currency units with separators, in the currency's own way (:func:`format_money`).

    >>> money(74317.89), money(-1234.56, "EUR"), money(1234567.4, "INR")
    ('$74,318', '-€1,235', '₹12,34,567')
    """
    return format_money(amount, currency, whole=True)


def money_text(amount: float, currency: str = "USD") -> str:
    """:func:`money` for running text and a chart's words: a loss with the minus sign, as the charts write it.
    Text a spreadsheet reads (CSV, workbook) and a metric's delta (Streamlit takes its leading hyphen-minus for
    the arrow's direction) keep :func:`money`'s hyphen-minus.

    >>> money_text(-1234.56, "EUR"), money_text(74317.89)
    ('−€1,235', '$74,318')
    """
    return minus_sign(money(amount, currency))


def compact_money(amount: float, currency: str = "USD") -> str:
    """Money in thousands or millions, for labels on crowded charts.

    Millions (and more) with two decimals, kept when they are zeros ("$4.80M", "$1.00M"), so labels side by side
    read alike; thousands whole, with a small k, as every money axis writes them (:data:`THOUSAND`).

    >>> compact_money(2_239_721), compact_money(4_801_481), compact_money(-694_314), compact_money(950)
    ('$2.24M', '$4.80M', '-$694k', '$950')

    Under a thousand, whole units as :func:`money` writes them: Babel's compact form leaves such an amount as the
    float holds it, and a waterfall's selection step read "$364.36400000000003" (1 FTE at a $5-8 quote).

    >>> compact_money(364.364), compact_money(-520.52, "INR"), compact_money(999.4), compact_money(999.7)
    ('$364', '-₹521', '$999', '$1k')

    A code apart from the figure, as :func:`format_money` writes it:

    >>> compact_money(1_582_906, "CHF"), compact_money(-15_000, "CHF")
    ('CHF\xa01.58M', '-CHF\xa015k')
    """
    if abs(amount) >= _HUGE or abs(amount) < 999.5:
        return money(amount, currency)
    if 999_500 <= abs(amount) < 1e6:
        # Babel picks K or M before rounding: 999,999 would read "$1000K". It is a million, to the thousand.
        amount = math.copysign(1e6, amount)
    elif abs(amount) < 1_000:
        # from 999.5, which rounds to a thousand: Babel's compact form left it as the float holds it, "$999.5"
        amount = math.copysign(1_000, amount)
    digits = 2 if abs(amount) >= 1e6 else 0
    locale = locale_for(currency)
    text = format_compact_currency(amount, currency, locale=locale, fraction_digits=digits)
    if not digits:
        # Babel's English "K" after the digits (not a K of the symbol: "HK$"), as the axes write it
        return code_spaced(re.sub(r"(\d)K", rf"\g<1>{THOUSAND}", text))
    # Babel drops a rounded figure's trailing zeros ($4.80M read "$4.8M" beside "$2.24M" on the waterfall): put
    # them back, so every figure in millions has its two decimals. Its number part has no grouping (under 1,000).
    point = get_decimal_symbol(_locale(locale))
    return code_spaced(re.sub(rf"(\d+)(?:{re.escape(point)}(\d+))?",
                              lambda m: f"{m[1]}{point}{(m[2] or '').ljust(digits, '0')}", text, count=1))


def minus_sign(text: str) -> str:
    """A formatted amount with its leading hyphen-minus written as the minus sign (U+2212), as a chart writes a
    fall in its row names ("− Wages"); text a spreadsheet reads (CSV, workbook) keeps the hyphen-minus.

    >>> minus_sign(compact_money(-2_239_721)), minus_sign(money(-1234.56, "EUR")), minus_sign("$5")
    ('−$2.24M', '−€1,235', '$5')
    """
    return MINUS + text[1:] if text.startswith("-") else text


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence: its first letter small, unless its first word is an abbreviation;
    the rest as written ("Overhead (facilities, IT)" is not "overhead (facilities, it)").

    >>> in_sentence("Overhead (facilities, IT)"), in_sentence("VAT on fees"), in_sentence("Unrecovered VAT")
    ('overhead (facilities, IT)', 'VAT on fees', 'unrecovered VAT')
    """
    first = label.split(" ", 1)[0]
    return label if first[1:2].isupper() else label[:1].lower() + label[1:]


def percent(share: float) -> str:
    """A fraction as whole percent.

    >>> percent(0.4312), percent(-0.05)
    ('43%', '-5%')
    """
    if abs(share) >= _HUGE:
        return f"{share * 100:,.3g}%"
    # babel.numbers.format_percent(share, format="#,##0%", locale=LOCALE), its locale and pattern found once
    return _PERCENT.apply(share, _locale(LOCALE))


def share_size(share: float) -> str:
    """How large a share is (its absolute value) as whole percent, never rounded to a 0% it is not: for text that
    gives the direction in words ("costs ... more", "below in-house"). A cost 0.3% above in-house read "costs 0% more
    than in-house", the word and the figure disagreeing; it reads "under 0.5%" (exactly a half percent, which
    rounds to the even 0%, reads "0.5%").

    >>> share_size(0.4312), share_size(-0.05), share_size(-0.003), share_size(0.005), share_size(0.0), share_size(-0.0)
    ('43%', '5%', 'under 0.5%', '0.5%', '0%', '0%')
    """
    size = abs(share)
    shown = percent(size)
    if shown == percent(0.0) and size > 0:
        return "under 0.5%" if size < 0.005 else "0.5%"
    return shown


def chance_percent(share: float) -> str:
    """A share of Monte Carlo draws as whole percent, never rounded to a certainty it is not: a share that
    :func:`percent` would write as 0% or 100% without being exactly that is "under 1%" or "over 99%" (2 draws in
    1,000 read "cheaper in 100% of draws").

    >>> chance_percent(0.4158), chance_percent(0.9979), chance_percent(0.001), chance_percent(1.0), chance_percent(0.0)
    ('42%', 'over 99%', 'under 1%', '100%', '0%')
    """
    shown = percent(share)
    if shown == percent(0.0) and share > 0:
        return "under 1%"
    if shown == percent(1.0) and share < 1:
        return "over 99%"
    return shown


def money_range(low: float, high: float, currency: str = "USD") -> str:
    """Two ends joined by a dash, or by "to" where an end is negative: a dearer option's saving read
    "-$3,504,945–-$958,813", a dash next to a minus. Text to read (a page, a chart, a slide, the report): a negative
    end with the minus sign (U+2212, :func:`money_text`), one rule for the page and the meeting outputs, where the
    page wrote "-$20" and the deck "−$20" for the same end.

    >>> money_range(20, 30), money_range(-3_504_945, -958_813), money_range(-20, 30), money_range(-5.2, -4.9)
    ('$20–$30', '−$3,504,945 to −$958,813', '−$20 to $30', '−$5')
    """
    if round(low) == round(high):
        return money_text(low, currency)
    return f"{money_text(low, currency)}{' to ' if min(low, high) < 0 else '–'}{money_text(high, currency)}"


def years(n: int) -> str:
    """A horizon in words: "5 years", and "1 year" (a one-year horizon read "over 1 years").

    >>> years(5), years(1)
    ('5 years', '1 year')
    """
    return f"{n} year" + ("s" if n != 1 else "")


def scientific(value: float) -> str:
    """A figure nobody means (10^15 and up), as every message writes one back: three significant figures in
    scientific notation. What the float holds past them is not what was typed: "123456789012345678901234567890" is
    the float 123,456,789,012,345,677,877,719,597,056, and a message wrote those digits.

    >>> scientific(123456789012345678901234567890), scientific(4e45), scientific(-1e15)
    ('1.23e+29', '4e+45', '-1e+15')
    """
    return f"{value:,.3g}"


def huge(value: float) -> bool:
    """Whether a figure is one nobody means, written by :func:`scientific`: from 10^15 up, or not finite."""
    return not math.isfinite(value) or abs(value) >= _HUGE


def written(value: float, spec: str) -> str:
    """``value`` in format ``spec`` (a field's own way: a rate to nine decimals, a correlation to two), unless it is
    :func:`huge`: then :func:`scientific`, the one rule of every figure a message writes back.

    >>> written(84.1234, ",.9f"), written(123456789012345678901234567890, ",.9f"), written(0.5, ".2f")
    ('84.123400000', '1.23e+29', '0.50')
    """
    return scientific(value) if huge(value) else format(value, spec)


# A unit's first noun as one of it reads ("1 second", not "1 seconds"); a word not here (staff, FTE, ratio) is the
# same for one.
_SINGULAR = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
             "months": "month", "years": "year", "contacts": "contact", "draws": "draw", "employees": "employee",
             "agents": "agent", "queues": "queue", "calls": "call", "chats": "chat"}


def counted(value: float | str, unit: str) -> str:
    """A figure and its unit, the unit's first noun singular where the figure reads 1 (``value`` a number, written by
    :func:`figure`, or the figure's text): a limit read "outside 1 seconds to 7,200 seconds".

    >>> counted(1, "seconds"), counted(7_200, "seconds"), counted(1, "hours/year"), counted("1", "weeks of pay")
    ('1 second', '7,200 seconds', '1 hour/year', '1 week of pay')
    >>> counted(0, "months"), counted("1.5", "years"), counted(1, "staff per supervisor"), counted(1e29, "seconds")
    ('0 months', '1.5 years', '1 staff per supervisor', '1e+29 seconds')
    """
    text = value if isinstance(value, str) else figure(value)
    if text == "1":
        head = re.match(r"[A-Za-z]+", unit)
        if head and head[0] in _SINGULAR:
            unit = _SINGULAR[head[0]] + unit[head.end():]
    return f"{text} {unit}"


def number(value: float, digits: int = 0) -> str:
    """
    >>> number(1213.333, 1)
    '1,213.3'
    """
    return f"{value:,.{digits}f}"


def figure(value: float) -> str:
    """A typed amount as a whole number with separators; one nobody means compactly, as typed.

    A salary typed "4e4.5" arrived as 4e+45 and was printed with 45 digits and commas; "1e-3" read "0".

    Up to a half it is written as typed too: Python rounds 0.5 to the even 0, so "0.5" read "0".

    >>> figure(41_600), figure(4e45), figure(1e-3), figure(0), figure(0.5)
    ('41,600', '4e+45', '0.001', '0', '0.5')
    """
    if not math.isfinite(value) or abs(value) >= _HUGE or 0 < abs(value) <= 0.5:
        return f"{value:,.3g}"
    return f"{value:,.0f}"


def quantity(value: float) -> str:
    """A count or measure with a fraction: whole with separators, a small fraction to two decimals at most, one nobody
    means as :func:`figure` writes it (an assumption's figure; a field's that takes fractions: ``:,.4g`` wrote 20,000
    employees "2e+04" and the float 1.2345678901234568e+29 "1.235e+29").

    >>> quantity(0.5), quantity(1.1), quantity(3.5), quantity(41_600), quantity(1.625), quantity(0.001), quantity(2e4)
    ('0.5', '1.1', '3.5', '41,600', '1.62', '0.001', '20,000')
    """
    if 0.5 <= abs(value) < 100 and value != round(value):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return figure(value)


def grouped_as(text: str, currency: str | None) -> str:
    """A figure written with commas in threes ("3,466,667", :func:`quantity`'s), grouped instead as ``currency``'s own
    amounts are (:func:`format_money`): in lakhs and crores for rupees, as "₹34,66,667" is, so that an assumption's
    "34,66,667 INR/year" reads beside the results' rupees the one way (a rupee report had "2,600,000–4,333,333
    INR/year" beside "₹10,90,09,267"). Other currencies, no currency, and text that is not such a figure (a fraction
    under 1,000, "1.23e+29") are unchanged.

    >>> grouped_as("3,466,667", "INR"), grouped_as("-12,345,678.5", "INR"), grouped_as("98,580", "INR")
    ('34,66,667', '-1,23,45,678.5', '98,580')
    >>> grouped_as("3,466,667", "USD"), grouped_as("3,466,667", None), grouped_as("1.23e+29", "INR")
    ('3,466,667', '3,466,667', '1.23e+29')
    """
    if currency is None or not in_lakhs(currency.strip().upper()):
        return text
    found = re.fullmatch(r"(-?)(\d{1,3}(?:,\d{3})+)(\.\d+)?", text)
    if found is None:
        return text
    digits = found[2].replace(",", "")
    head, tail = digits[:-3], digits[-3:]
    pairs = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
    return f"{found[1]}{','.join(pairs)},{tail}{found[3] or ''}"


@cache
def in_lakhs(currency: str) -> bool:
    """Whether :func:`format_money` groups ``currency``'s amounts in lakhs (its home locale's way: en_IN's)."""
    return "12,34,567" in format_money(1_234_567, currency, whole=True)


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


# How a typed number is read: the page's and the files' own way first (commas group thousands, a point is decimal),
# then the decimal-comma way of most of Europe (points group thousands, a comma is decimal).
READ_LOCALES = ("en_US", "de_DE")


def parse_number(text: str) -> float:
    """A number as a finance user writes it, with thousands separators or a decimal comma; ValueError if it reads
    neither way.

    Each reading is Babel's strict one (``babel.numbers.parse_decimal(strict=True)``), which refuses digits grouped
    other than in threes: first with commas for thousands and a point for decimals ("1,234,567.50"), then the other
    way round ("1.234.567,50"). So a comma followed by anything but groups of three digits is a decimal comma
    ("25,50" is 25.5, not the 2,550 that dropping the comma read), and a number that reads neither way ("1,2,3",
    "12,34,567") is refused rather than guessed at. One case reads both ways: a single group of three after the
    only separator. "1,234" is 1,234 and "1.234" is 1.234, the first way, which is how the files and the page
    write numbers (and what "1,200" in a price book always meant).

    >>> [parse_number(t) for t in ("25,50", "1.234,50", "1,234,567", "1,234", "1.234", "2e4", " 41600,5 ")]
    [25.5, 1234.5, 1234567.0, 1234.0, 1.234, 20000.0, 41600.5]
    >>> parse_number("1,2,3")
    Traceback (most recent call last):
    ValueError: '1,2,3' is not a number
    """
    for locale in READ_LOCALES:
        try:
            return float(parse_decimal(text.strip(), locale=locale, strict=True))
        except NumberFormatError:
            continue
    raise ValueError(f"{text!r} is not a number")


# The spaces a locale that groups digits with one (fr_FR's narrow no-break space, ru_RU's no-break space) is typed
# with: a keyboard types the plain space.
_SPACES = " \u00a0\u202f\u2009"


@cache
def decimal_comma_locale(tag: str | None) -> str | None:
    """Babel's name of the browser's locale ``tag`` (a language tag, "de-DE") where that locale writes decimals with
    a comma; None where it writes them otherwise (a point), is not given or is not known.

    >>> decimal_comma_locale("de-DE"), decimal_comma_locale("fr"), decimal_comma_locale("en-US")
    ('de_DE', 'fr', None)
    >>> decimal_comma_locale("xx-??"), decimal_comma_locale(None), decimal_comma_locale("es-419")
    (None, None, None)
    """
    if not tag:
        return None
    try:
        locale = Locale.parse(tag.replace("_", "-"), sep="-")
    except (ValueError, TypeError, LookupError):
        return None
    return str(locale) if get_decimal_symbol(locale) == "," else None


def parse_local(text: str, locale: str) -> float:
    """A number typed the way ``locale`` writes numbers (a decimal comma locale: :func:`decimal_comma_locale`);
    ValueError if it does not read that way.

    Babel's strict reading in that locale (digits grouped only in threes), so in de_DE "25,5" is 25.5 and "1.500"
    is 1,500, and "25,5,5" or "1.50" is refused, not guessed at. A point is read only as the locale's own group or
    decimal symbol: in fr_FR, which groups with a space, "1.500" is refused (Babel would read it as 1.5, where the
    typist may have meant 1,500). A plain space groups digits where the locale groups with a space of its own kind;
    the minus sign (U+2212) is a minus. Scientific notation ("2e4") reads, as a number field reads it.

    >>> [parse_local(t, "de_DE") for t in ("25,5", "1.500", "1.234.567,89", "-1,5", "2e4", " 7 ")]
    [25.5, 1500.0, 1234567.89, -1.5, 20000.0, 7.0]
    >>> [parse_local(t, "fr_FR") for t in ("25,5", "1 500,5", "1\u202f500,5", "1\u00a0500")]
    [25.5, 1500.5, 1500.5, 1500.0]
    >>> parse_local("1.500", "fr_FR")
    Traceback (most recent call last):
    ValueError: '1.500' is not a number as fr_FR writes one
    """
    babel_locale = _locale(locale)
    group, point = get_group_symbol(babel_locale), get_decimal_symbol(babel_locale)
    cleaned = text.strip().replace(MINUS, "-")
    if group in _SPACES:
        cleaned = re.sub(f"[{_SPACES}]", group, cleaned)
    try:
        if "." in cleaned and "." not in (group, point):
            raise NumberFormatError("a point is neither the group nor the decimal symbol")
        value = parse_decimal(cleaned, locale=babel_locale, strict=True)
    except NumberFormatError:
        raise ValueError(f"{text!r} is not a number as {locale} writes one") from None
    if value.is_nan():
        raise ValueError(f"{text!r} is not a number as {locale} writes one")
    return float(value)


def format_local(value: float, locale: str, fmt: str = "%.2f") -> str:
    """``value`` as a number field with printf format ``fmt`` shows it ("%.2f": 25.50), written the way ``locale``
    writes numbers, its groups included.

    >>> format_local(25.5, "de_DE"), format_local(1500, "de_DE", "%.0f"), format_local(0.0120482, "pt_BR", "%.6g")
    ('25,50', '1.500', '0,0120482')
    >>> format_local(1234.5, "fr_FR") == "1\u202f234,50", format_local(-1.5, "de_DE")
    (True, '-1,50')
    """
    shown = fmt % value
    try:
        exact = Decimal(shown)
    except ArithmeticError:
        return shown
    if not exact.is_finite():
        return shown
    places = max(0, -int(exact.as_tuple().exponent))
    return format_decimal(exact, "#,##0" + ("." + "0" * places if places else ""), locale=_locale(locale))


# A figure as this module and the page's messages write it: digits grouped with commas (in threes, or in lakhs),
# perhaps a decimal point, perhaps an exponent; not part of a word ("P10") or of a longer figure.
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:,\d{2,3})*(?:\.\d+)?(?:e[+-]?\d+)?(?!\w)")


def local_figures(text: str, locale: str) -> str:
    """A message's figures, written the English way by this module's formatters ("$1,000,000", "41,600 USD/year",
    "3.7%", "₹12,34,567"), written instead as ``locale``'s number fields show them (:func:`format_local`: its group
    and decimal symbols, its grouping, the same decimals); the words, symbols and units as they were.

    For text the page writes, never for text a user typed or a source's citation ("table 14.5"): a figure
    already written the locale's way would be read again ("1.500" as 1.5 in English).

    >>> local_figures("$1,000,001 is outside $0 to $1,000,000; the results use $30.", "de_DE")
    '$1.000.001 is outside $0 to $1.000.000; the results use $30.'
    >>> local_figures("Default 0.5 FTE; sources' range 41,600–52,000 USD/year, 3.7%, ₹12,34,567", "de_DE")
    "Default 0,5 FTE; sources' range 41.600–52.000 USD/year, 3,7%, ₹1.234.567"
    >>> local_figures("P10 at 1 USD = 0.925926 EUR, 4e+45, 1.5e-05, months 1, 2, 3", "de_DE")
    'P10 at 1 USD = 0,925926 EUR, 4e+45, 1,5e-05, months 1, 2, 3'
    >>> local_figures("$1,234.50", "fr_FR") == "$1\u202f234,50"
    True
    """
    babel_locale = _locale(locale)
    point = get_decimal_symbol(babel_locale)

    def one(found: re.Match[str]) -> str:
        figure = found[0]
        if "e" in figure:  # as Python wrote it, without groups: the decimal symbol alone
            return figure.replace(".", point)
        whole, _, decimals = figure.partition(".")
        return format_decimal(Decimal(whole.replace(",", "")), "#,##0", locale=babel_locale) + (
            point + decimals if decimals else "")

    return _FIGURE.sub(one, text)


def page_figures(text: str, locale: str | None, keep: tuple[str, ...] = ()) -> str:
    """What the page shows (a metric, a caption, a table's cell, a chart's label) with its figures written the way
    ``locale`` writes numbers (a decimal comma locale, :func:`decimal_comma_locale`), as :func:`local_figures` writes
    a field's messages: "$1,234,567.89" reads "$1.234.567,89" under de_DE, where a field beside it shows "1.000,00".
    ``locale`` None (a point locale, no locale): the text as it is, so English pages do not change.

    Only figures this module's formatters write grouped or with decimals change; a bare run of digits ("2024", a
    year in a source's name; "month 7"; "P10") is the same in every locale or is no amount, and is left as it is.
    For text the page shows, never for a file (CSV, workbook, deck, report, scenario JSON), which stays English.

    >>> page_figures("BPO saves $2,499,371 (41%) over 5 years; run rate $38,747.50/mo, May 2024", "de_DE")
    'BPO saves $2.499.371 (41%) over 5 years; run rate $38.747,50/mo, May 2024'
    >>> page_figures("$2.24M, -$694k, 1.10×, ₹12,34,567", "de_DE"), page_figures("$1,234.50", None)
    ('$2,24M, -$694k, 1,10×, ₹1.234.567', '$1,234.50')

    ``keep``: text a user typed (a scenario's name) that ``text`` holds, left as typed wherever it stands: "Plan 1.5"
    read "Plan 1,5" in a chart's legend and title, while the table beside it kept the name as typed.

    >>> page_figures("Cheapest a month: BPO in 'Plan 1.5', $38,747", "de_DE", keep=("Plan 1.5",))
    "Cheapest a month: BPO in 'Plan 1.5', $38.747"
    """
    if locale is None:
        return text
    kept = [(at, at + len(name)) for name in keep if name for at in _occurrences(text, name)]

    def one(m: re.Match[str]) -> str:
        if ("," not in m[0] and "." not in m[0]) or any(a < m.end() and m.start() < b for a, b in kept):
            return m[0]
        return local_figures(m[0], locale)

    return _PAGE_FIGURE.sub(one, text)


def _occurrences(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text``, each time (overlapping ones too)."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


# :data:`_FIGURE`, or one written short: "$2.24M", "$694k", "₹45.79Cr" (:func:`compact_money`, the axes' ticks)
_PAGE_FIGURE = re.compile(_FIGURE.pattern.removesuffix(r"(?!\w)") + r"(?=(?:[kKMBT]|Cr|L)?(?!\w))")


def plotly_separators(locale: str | None) -> str | None:
    """Plotly's ``layout.separators`` for ``locale`` (its decimal symbol, then its group symbol: ",." in de_DE),
    so that the numbers plotly writes itself (an axis's ticks, a hover's ``%{y:$,.0f}``) follow it; None for a point
    locale or none, plotly's own ".,".

    >>> plotly_separators("de_DE"), plotly_separators("fr_FR") == ",\u202f", plotly_separators(None)
    (',.', True, None)
    """
    if locale is None:
        return None
    babel_locale = _locale(locale)
    return get_decimal_symbol(babel_locale) + get_group_symbol(babel_locale)


def non_negative(text: str, where: str, what: str, error: type[Exception]) -> float:
    """A file's cell read as a finite number of 0 or more ("1,200" and "25,50" allowed: :func:`parse_number`); else
    ``error`` naming the cell.

    Shared by the price-book and interval-file readers, each raising its own error.

    >>> non_negative("1,200", "line 2", "prices", ValueError), non_negative("25,50", "line 2", "prices", ValueError)
    (1200.0, 25.5)
    >>> non_negative("-5", "line 2, low", "prices", ValueError)
    Traceback (most recent call last):
    ValueError: line 2, low: -5 is negative; prices must be 0 or more
    """
    try:
        value = parse_number(text)
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
