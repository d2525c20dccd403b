"""Typed vendor quotes far outside the price book's range: figures to check, not to refuse.

Session 23's walk typed "30,50" into a quote in an English-language browser, which reads the comma as a thousands
separator: the page priced $3,050 an hour against the seeds' $20-$30, and said only, in its reality check, that the
BPO cost 2,722% more. Such a quote is a valid number (a vendor may bill that), so it is used; but one ten times the
book's top, or under a tenth of its bottom, is outside anything the seeds state (their widest range, human
resources' $45-$1,500 a month, spans 33 times its bottom; IT's $40-$100 2.5 times), and the page asks for a check.

Compared only where the quote and the book's row share a basis and a currency: a quote in another currency would be
converted at a rate the user typed, itself a figure that may be mistyped, and a savings share has no room for a tenfold
slip (it stops at 100%).
"""

from __future__ import annotations

from dataclasses import dataclass

from .formatting import number, price_money
from .price_words import price_words
from .pricing import PriceBook
from .scenario import OPTION_LABELS, Scenario, reference_price

FAR = 10.0  # a quote this many times the book's top, or under its bottom divided by this, is asked to be checked


@dataclass(frozen=True)
class FarQuote:
    option: str  # "bpo" or "kpo"
    end: str  # "low" or "high"
    value: float
    reference: float  # the book's end it is compared with: its top for a high figure, its bottom for a low one; 0 for $0
    text: str


def far_quotes(scenario: Scenario, book: PriceBook) -> list[FarQuote]:
    """Each end of a typed BPO or KPO quote more than :data:`FAR` times the price book's top for the function, or
    under a tenth of its bottom, with a sentence saying so; and a quote of nothing ($0 at both ends, book or no book:
    its high end with a reference of 0).

    >>> from estimator.pricing import load_price_book
    >>> from estimator.scenario import VendorPrice
    >>> s = Scenario("Customer service", 25, bpo=VendorPrice("per_hour", 18, 3050))
    >>> for f in far_quotes(s, load_price_book()): print(f.text)
    BPO quote, high end: $3,050 is 102 times the top of the price book's $20–$30 per productive hour
    """
    far = []
    for option in ("bpo", "kpo"):
        price = getattr(scenario, option)
        if price is None or price.source != "vendor quote" or price.basis == "savings_share":
            continue
        # a price of nothing, with or without a book row to compare it with (session 27's walk: a research quote of
        # $0-$0 an hour, which the book prices only as a savings share, made the BPO "best", 88% below in-house, and
        # nothing beside the results said so). A low end of $0 alone is a range's choice, not named.
        if price.high == 0:
            far.append(FarQuote(option, "high", 0.0, 0.0, f"{OPTION_LABELS[option]} quote: "
                                f"{price_money(0.0, price.currency or scenario.currency)} at both ends, the work for "
                                "nothing"))
            continue
        book_price = reference_price(book, scenario.function, option)
        if book_price is None or book_price.basis != price.basis:
            continue
        code = price.currency or scenario.currency
        if code != book_price.currency:  # a price book's money row always names its currency (pricing refuses none)
            continue
        label, book_words = OPTION_LABELS[option], price_words(book_price)
        for end in ("low", "high"):
            value = getattr(price, end)
            money = price_money(value, code)  # as the price book's ends are written
            if value > FAR * book_price.high:
                far.append(FarQuote(option, end, value, book_price.high,
                                    f"{label} quote, {end} end: {money} is {number(value / book_price.high)} times "
                                    f"the top of the price book's {book_words}"))
            elif 0 < value < book_price.low / FAR:
                far.append(FarQuote(option, end, value, book_price.low,
                                    f"{label} quote, {end} end: {money} is under a tenth of the bottom of the price "
                                    f"book's {book_words}"))
    return far
