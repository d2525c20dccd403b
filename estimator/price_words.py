"""A vendor's price in words, as the exports' assumption and source lists print it.

The report, the deck and the workbook listed a price as ``20–30 (per hour)``: no currency, no separators
(``1500–5000``), a savings share as the fraction ``0.4–0.6`` and a typed $22.555 as ``22.555``. Here it reads as
the sidebar says it: ``$20–$30 per productive hour``, ``40%–60% below in-house cost``.
"""

from __future__ import annotations

from .assumptions import BILLED_UNITS, share_text
from .formatting import price_money
from .scenario import VendorPrice

# What a price is per, by its basis (the sidebar's words too); a price per hour in the exports says which hour it
# bills (BILLED_UNITS).
BASIS_WORDS = {"per_hour": "per productive hour", "per_month": "per billing unit a month",
               "savings_share": "below in-house cost", "per_contact": "per contact", "per_minute": "per handled minute"}


def price_words(price: VendorPrice, currency: str = "USD") -> str:
    """``price`` as money (to the cent, whole amounts without ``.00``) or percent, with what it is per; one figure
    when both ends agree. ``currency`` is the scenario's: a quote in another currency says its own.

    >>> price_words(VendorPrice("per_hour", 20, 30)), price_words(VendorPrice("per_month", 45, 1500))
    ('$20–$30 per productive hour', '$45–$1,500 per billing unit a month')
    >>> price_words(VendorPrice("savings_share", 0.4, 0.6)), price_words(VendorPrice("per_hour", 22.555, 22.555))
    ('40%–60% below in-house cost', '$22.56 per productive hour')
    >>> price_words(VendorPrice("per_hour", 800, 1200, billed="paid_hour", currency="INR"))
    '₹800–₹1,200 per paid (scheduled) hour'
    """
    if price.basis == "savings_share":
        low, high = share_text(price.low), share_text(price.high)
    else:
        code = price.currency or currency
        low, high = (price_money(v, code) for v in (price.low, price.high))
    per = BILLED_UNITS[price.billed] if price.basis == "per_hour" else BASIS_WORDS[price.basis]
    return f"{low} {per}" if low == high else f"{low}–{high} {per}"
