"""A contact-centre quote moved from one basis to another: the price that bills the same fees a month.

A vendor's $25 per productive hour and its price per contact are not the same number: switching the basis of a
typed quote must not keep "25" and silently mean $25 a contact. The page converts instead, at the plan's
workload, through the units each basis multiplies (as :mod:`estimator.projection` bills them):

- ``per_hour``: the billed hours, from the Erlang C agent hours ``W`` (:func:`estimator.model.billed_volume`:
  ``W × handle_time_ratio``, per productive hour; more per paid hour or FTE month);
- ``per_contact``: the contacts a month;
- ``per_minute``: the handled minutes a month at the vendor's pace (``× handle_time_ratio``).

``new price = old price × old units / new units``. Per productive hour → per contact goes through the agent
hours, not the handle time alone: an agent's hour on the queue holds idle time between contacts (occupancy under 100%), so
$25 an hour at 6 minutes a contact is $2.50 a handled contact but more per contact offered by the same fees.
"""

from __future__ import annotations

from . import model
from .scenario import Scenario

CONTACT_QUOTE_BASES = ("per_hour", "per_contact", "per_minute")


def units_a_month(scenario: Scenario, basis: str, billed: str = "productive_hour") -> float:
    """What a price on ``basis`` multiplies a month for ``scenario``'s contact workload, at its point values."""
    centre = scenario.contact_centre
    if centre is None or basis not in CONTACT_QUOTE_BASES:
        raise ValueError(f"a {basis} quote has no contact-volume equivalent")
    ratio = scenario.value("handle_time_ratio")
    if basis == "per_contact":
        return centre.point_contacts_month
    if basis == "per_minute":
        return centre.point_handled_minutes_month * ratio
    return float(model.billed_volume(centre.point_agent_hours, billed, handle_time_ratio=ratio,
                                     vendor_shrinkage=scenario.value("vendor_shrinkage"),
                                     paid_hours_per_year=scenario.value("paid_hours_per_year")))


def equivalent_price(scenario: Scenario, price: float, old: str, new: str, billed: str = "productive_hour") -> float:
    """``price`` on basis ``old`` as the price on basis ``new`` that bills the same fees a month.

    Example: the published queue (100 calls a half hour at 3 minutes, 80/20: 14 agents), 10% slower at the
    vendor: each contact takes 14 × ½ h / 100 = 0.07 agent hours, 0.077 billed hours. $25 a productive hour
    is 25 × 0.077 = $1.925 a contact; a contact is 3 × 1.1 = 3.3 vendor minutes, so $1.925 / 3.3 = $0.5833 a
    minute.

    >>> from estimator.contact_workload import ContactWorkload, QueueWorkload
    >>> w = ContactWorkload((QueueWorkload("Voice", (100.0, 100.0), 180, 20, 0.8, 1.0),), periods_per_month=20)
    >>> s = Scenario("Customer service", 0, workload_basis="contacts", contact_centre=w)
    >>> round(equivalent_price(s, 25, "per_hour", "per_contact"), 4), round(equivalent_price(s, 25, "per_hour", "per_minute"), 4)
    (1.925, 0.5833)
    """
    units = units_a_month(scenario, new, billed)
    if units <= 0:
        raise ValueError(f"no {new.replace('_', ' ')} units a month to spread the fees over")
    return price * units_a_month(scenario, old, billed) / units
