"""Where a vendor's work is delivered from: onshore, nearshore, offshore, or not stated.

A location is a label a price carries, from the price book's ``location`` column or from the user's quote; it
does not change any cost (a quote from offshore is priced by its own numbers, as any quote). The seed prices
state no location, so they are ``not_stated`` everywhere they are shown, and the product never guesses one.
These helpers say a price's location the same way on every page and export.

>>> from estimator.scenario import Scenario, VendorPrice
>>> s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 8, 12, location="offshore", option="bpo"))
>>> option_location(s, "bpo"), option_location(s, "kpo"), option_location(s, "in_house")
('offshore', '', '')
>>> located("BPO", s.bpo), location_label("not_stated")
('BPO, offshore', 'Location not stated')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .assumptions import LOCATIONS
from .options import CAPTIVE, VENDORS

if TYPE_CHECKING:
    from .scenario import VendorPrice

VENDOR_OPTIONS = VENDORS  # the options whose price is a VendorPrice that names a location


def location_label(location: str) -> str:
    """The screen's words for a location: "Offshore", "Location not stated"."""
    return LOCATIONS[location]


def option_location(holder: Any, option: str) -> str:
    """The location of ``option``'s price in a scenario or portfolio row (anything with ``price(option)``);
    ``offshore`` for the offshore captive (an own team abroad, offshore by what it is); empty for in-house, an
    option not offered, or no price."""
    if option == CAPTIVE:
        return "offshore" if getattr(holder, "captive", None) is not None else ""
    if option not in VENDOR_OPTIONS:
        return ""
    price = holder.price(option)
    return "" if price is None else price.location


def delivered_from(holder: Any, option: str) -> str | None:
    """Where ``option``'s work is delivered from, in the screen's words, for the exports that print it beside each
    priced option (the workbook, the deck, the HTML report): a vendor price's location ("Offshore", "Location not
    stated" for a seed price), "Offshore" for the offshore captive, None for in-house or an option with no price.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    >>> delivered_from(s, "bpo"), delivered_from(s, "kpo"), delivered_from(s, "in_house"), delivered_from(s, "captive")
    ('Location not stated', None, None, None)
    """
    location = option_location(holder, option)
    return location_label(location) if location else None


def priced_locations(book: Any, function: str, option: str) -> tuple[str, ...]:
    """The locations at which the price book prices ``function`` under ``option`` ("bpo" or "kpo"), in book order:
    what the Estimate page offers under "Delivered from" when there are several (a row without a price is not
    offered).

    >>> from estimator.pricing import load_price_book
    >>> book = load_price_book()
    >>> priced_locations(book, "Customer service", "bpo"), priced_locations(book, "Legal process", "bpo")
    (('not_stated',), ())
    """
    model = option.upper()
    return tuple(dict.fromkeys(r.location for r in book.rows if r.function == function and r.model == model and r.priced))


def located(label: str, price: VendorPrice | None) -> str:
    """An option's label with its price's location: "BPO, offshore", "BPO, location not stated"; the label alone
    when there is no price."""
    if price is None:
        return label
    return f"{label}, {location_label(price.location).lower()}"


def option_label(holder: Any, option: str) -> str:
    """An option's label with its price's location where it has one: "BPO, offshore", "In-house"."""
    from .scenario import OPTION_LABELS  # here: scenario.py's dependants import this module

    label = OPTION_LABELS[option]
    return located(label, holder.price(option)) if option in VENDOR_OPTIONS else label


def row_names(rows: Any) -> tuple[str, ...]:
    """Each portfolio row's name for a chart's legend: its function, and where the same function is in more
    than one row, its chosen option and location ("Customer service, BPO, offshore"), then its row number if
    that still does not tell two rows apart.

    >>> from estimator.portfolio import PortfolioRow
    >>> from estimator.scenario import VendorPrice
    >>> row_names((PortfolioRow("Customer service", 5, option="bpo",
    ...                         bpo=VendorPrice("per_hour", 8, 12, location="offshore")),
    ...            PortfolioRow("Customer service", 5, option="bpo",
    ...                         bpo=VendorPrice("per_hour", 20, 30, location="onshore")),
    ...            PortfolioRow("Research and analysis", 3)))
    ('Customer service, BPO, offshore', 'Customer service, BPO, onshore', 'Research and analysis')
    """
    functions = [r.function for r in rows]
    names = [r.function if functions.count(r.function) == 1 else f"{r.function}, {option_label(r, r.option)}"
             for r in rows]
    return tuple(n if names.count(n) == 1 else f"{n} (row {i + 1})" for i, n in enumerate(names))
