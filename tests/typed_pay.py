"""The sources' money figures typed as a scenario's own currency, for the tests that price a euro or rupee scenario
with the dollar defaults' numbers (41,600 a year as euros).

Since session 20 a money field left at the sources' default holds it as US dollars
(:class:`estimator.scenario.SourcedDollars`): a scenario in another currency converts it at its dollar rate, or
refuses without one, as a file and the page do; it took 41,600 dollars as 41,600 rupees. These helpers give the
same numbers as typed figures (plain floats), which a scenario keeps as given."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from estimator.scenario import IN_HOUSE_MONEY, InHouseInputs, VendorManagement


def typed_pay(in_house: InHouseInputs | None = None, vendor_management: VendorManagement | None = None) -> dict[str, Any]:
    """``in_house=`` and ``vendor_management=`` with every money figure as typed: the same numbers, plain floats."""
    ih = InHouseInputs() if in_house is None else in_house
    vm = VendorManagement() if vendor_management is None else vendor_management
    return {"in_house": replace(ih, **{k: float(getattr(ih, k)) for k in IN_HOUSE_MONEY}),
            "vendor_management": replace(vm, governance_salary=float(vm.governance_salary))}


def typed(thing: Any, **changes: Any) -> Any:
    """``replace(thing, **changes)`` (a Scenario or a Portfolio) with its money figures as typed (:func:`typed_pay`)."""
    return replace(thing, **{**typed_pay(thing.in_house, thing.vendor_management), **changes})
