"""The sourcing options, as one named set: in-house, BPO, KPO and the offshore captive.

Every module that walks the options asks :func:`options` for them, in this order, so that adding an option
(the captive, issue 8) is one change here and not a hunt for string tuples. The names are plain strings
(``"bpo"``), as they appear in scenario files, the tidy CSV and widget keys.

- ``vendors``: the options priced by a vendor's price (a quote or the price book): BPO and KPO;
- ``captive``: an in-house team abroad, priced from the delivery country's pay (:mod:`estimator.captive`);
  it is offered only where a scenario sets one.

>>> options()
('in_house', 'bpo', 'kpo', 'captive')
>>> options(vendors_only=True), options(captive=False)
(('bpo', 'kpo'), ('in_house', 'bpo', 'kpo'))
"""

from __future__ import annotations

IN_HOUSE = "in_house"
BPO = "bpo"
KPO = "kpo"
CAPTIVE = "captive"

OPTIONS = (IN_HOUSE, BPO, KPO, CAPTIVE)
VENDORS = (BPO, KPO)
LABELS = {IN_HOUSE: "In-house", BPO: "BPO", KPO: "KPO", CAPTIVE: "Offshore captive"}


def options(*, vendors_only: bool = False, captive: bool = True) -> tuple[str, ...]:
    """The options in display order; ``vendors_only``: those a vendor prices (BPO, KPO); ``captive=False``
    leaves the captive out (where no captive is set)."""
    chosen = VENDORS if vendors_only else OPTIONS
    return chosen if captive or vendors_only else tuple(o for o in chosen if o != CAPTIVE)


def label(option: str) -> str:
    """What the page calls an option.

    >>> label("captive")
    'Offshore captive'
    """
    return LABELS[option]
