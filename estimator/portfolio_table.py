"""A mix of functions as an editable table: its columns, its rows in, a :class:`~estimator.portfolio.Portfolio` out,
and the mix's tidy rows for the CSV download.

Conventions: one table row per function, a plain mapping of :data:`COLUMNS`:

- ``function``: as named in the price book;
- ``workload`` on its ``basis``: ``fte`` (in-house headcount) or ``hours_per_month`` (productive hours a month);
- ``annual_salary``: in-house pay a year, in the in-house currency (the shared ``in_house.currency``, else the
  reporting one); empty takes the function's own default (:func:`estimator.assumptions.in_house_defaults`), and
  overhead stays at that function's default. Those defaults are the sources' US dollars: in another currency they
  are converted at the shared sections' rates (:func:`sourced_in`), as the Estimate page converts its own;
- ``option``: ``in_house``, ``bpo`` or ``kpo``, which must be priced in the price book or quoted in the row;
- ``quote_low``/``quote_high``: a vendor quote for the row's chosen option, on the price book's basis for that
  function and option (:func:`estimator.scenario.quote_basis`: per productive hour unless the book says per month
  or a share below in-house cost); both empty take the price book's range.
- ``location``: where the chosen vendor option's work is delivered from (``onshore``, ``nearshore``,
  ``offshore``; empty: not stated). With a quote, the quote's location; without one, the price book's row for
  that location (refused when the book has none: a location is never guessed for a price). So the same function
  can be priced from two places in one mix: two rows, each with its own quote and location.

Empty cells are ``None`` or NaN (what a data editor gives). A row with every cell empty is a row being added and
is left out. The table is turned into a portfolio file's JSON form and read by
:func:`estimator.portfolio.portfolio_from_dict`, so a table and a file are checked by the same rules; an error
names the table's row (counted from 1, as on screen), its function and its column.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from .assumptions import ASSUMPTIONS, LOCATIONS, in_house_defaults
from .currency import DEFAULT_CURRENCY, converted, per_dollar
from .export import COLUMNS as TIDY_COLUMNS
from .export import tidy_table
from .locations import option_location
from .portfolio import KIND, OPTIONS, Portfolio, PortfolioEstimate, portfolio_from_dict
from .pricing import BOOK_LOCATIONS, NOT_STATED, PriceBook
from .scenario import OPTION_LABELS, InputError, reference_price

# quote_currency: the quote's own currency where it is not the mix's (empty: the mix's). A mix opened with a BPO quote
# of €25-30 in a dollar mix showed 25.00 and 30.00 under a quote "in USD", and the table, read back, had lost the euros:
# "exchange_rates.EUR: no amount is in EUR ... remove its rate", and the results stayed the previous table's.
COLUMNS = ("function", "workload", "basis", "annual_salary", "option", "quote_low", "quote_high", "quote_currency",
           "location")
COLUMN_LABELS = {"function": "Function", "workload": "Workload", "basis": "Workload in", "annual_salary": "In-house pay",
                 "option": "Chosen option", "quote_low": "Quote, low", "quote_high": "Quote, high",
                 "quote_currency": "Quote in", "location": "Delivered from"}
BASIS_LABELS = {"fte": "Headcount (FTE)", "hours_per_month": "Hours a month"}
NUMBERS = ("workload", "annual_salary", "quote_low", "quote_high")
ALL_FUNCTIONS = "All functions"


class TableError(InputError):
    """A cell of the table the estimator cannot use: ``row`` counts from 1, ``column`` is one of :data:`COLUMNS`."""

    def __init__(self, row: int, function: str | None, column: str, reason: str) -> None:
        self.row, self.function, self.column = row, function, column
        where = f"Row {row}" + (f" ({function})" if function else "")
        super().__init__(f"{where}, {COLUMN_LABELS.get(column, column)}", reason)

    @property
    def message(self) -> str:
        return f"{self.field}: {self.reason}"


def _empty(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _number(value: Any, row: int, function: str | None, column: str) -> float | None:
    if _empty(value):
        return None
    if isinstance(value, bool):
        raise TableError(row, function, column, f"must be a number, got {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TableError(row, function, column, f"must be a number, got {str(value)[:40]!r}") from None
    if not math.isfinite(number):
        raise TableError(row, function, column, f"must be a finite number, got {value!r}")
    return number


# portfolio_from_dict names a row's field "rows[i].<field>"; which column of the table holds it.
_FIELD_COLUMNS = (("function", "function"), ("workload", "workload"), ("in_house.annual_salary", "annual_salary"),
                  ("annual_salary", "annual_salary"), ("option", "option"), ("bpo.price.high", "quote_high"),
                  ("kpo.price.high", "quote_high"), ("bpo.location", "location"), ("kpo.location", "location"),
                  ("bpo.price.location", "location"), ("kpo.price.location", "location"),
                  ("bpo.price.currency", "quote_currency"), ("kpo.price.currency", "quote_currency"),
                  ("bpo.currency", "quote_currency"), ("kpo.currency", "quote_currency"), ("bpo", "quote_low"),
                  ("kpo", "quote_low"))
_ROW_FIELD = re.compile(r"rows\[(\d+)\]\.(.*)")


def _locate(spec: dict[str, Any], option: str, cell: Any, n: int, function: str) -> None:
    """The row's ``location`` cell into its file form: on the quote, or alone (the price book's row there)."""
    if _empty(cell):
        return
    location = str(cell).strip().lower()
    if location not in LOCATIONS:
        raise TableError(n, function, "location", f"must be one of {', '.join(BOOK_LOCATIONS)}, or empty when not "
                         "stated")
    if option == "in_house":
        raise TableError(n, function, "location", "a location is for the chosen vendor option's price: choose BPO "
                         "or KPO, or clear it")
    spec.setdefault(option, {})["location"] = location


# The in-house money every row shares, and the vendor manager's pay (in the reporting currency): sourced in dollars.
SHARED_MONEY = ("supervisor_salary", "cost_per_hire")


def money_rates(shared: Mapping[str, Any] | None) -> tuple[str, str, float | None, float | None]:
    """The shared sections' reporting currency, in-house currency, and how many of each one US dollar buys at their
    rates (None while a rate it needs is not given; 1 in dollars).

    >>> money_rates({"currency": "INR", "exchange_rates": {"USD": {"rate": 0.012}}})[:3]
    ('INR', 'INR', 83.33333333333333)
    >>> money_rates({"currency": "EUR", "in_house": {"currency": "INR"}, "exchange_rates": {"INR": {"rate": 90}}})
    ('EUR', 'INR', None, None)
    """
    shared = shared or {}
    reporting = str(shared.get("currency") or DEFAULT_CURRENCY)
    in_house = shared.get("in_house")
    ih = str((in_house.get("currency") if isinstance(in_house, Mapping) else None) or reporting)
    given = shared.get("exchange_rates")
    rates = {str(c): float(v["rate"]) for c, v in (given.items() if isinstance(given, Mapping) else ())
             if isinstance(v, Mapping) and isinstance(v.get("rate"), int | float) and not isinstance(v["rate"], bool)}
    return reporting, ih, per_dollar(ih, reporting, rates), per_dollar(reporting, reporting, rates)


def _wanted(reporting: str, ih: str, shared: Mapping[str, Any]) -> InputError:
    """The rate a sourced dollar figure waits for, named as the Estimate page names it."""
    given = shared.get("exchange_rates")
    code = DEFAULT_CURRENCY if not isinstance(given, Mapping) or DEFAULT_CURRENCY not in given else ih
    return InputError(f"exchange_rates.{code}.rate", f"give how many {code} one {reporting} buys (Currency, '1 "
                      f"{reporting} = ... {code}'): the sources' pay and cost figures, each function's default pay "
                      f"among them, are US dollars, converted to {ih} at it")


def sourced_in(shared: Mapping[str, Any] | None) -> dict[str, Any]:
    """The shared sections with the sources' dollar figures they leave out given in their own currency: the shared
    in-house money (supervisor pay, cost per hire) in the in-house currency, the vendor manager's pay in the
    reporting one, converted at the shared rates (:func:`estimator.currency.converted`'s rounding, the pages' own).
    In dollars nothing is added. A figure that is needed and whose rate is missing: :class:`InputError` naming it.

    Taken as the mix's own currency, the dollar defaults read as 41,600 rupees (about $500 a year) and were refused
    against their converted limits ("must be from 83,333.33333 to 83,333,333.33 INR ..., got 41,600").

    >>> out = sourced_in({"currency": "EUR", "exchange_rates": {"USD": {"rate": 1.08}}})
    >>> out["in_house"], out["vendor_management"]
    ({'supervisor_salary': 54120.0, 'cost_per_hire': 3823.0}, {'governance_salary': 91278.0})
    """
    out = dict(shared or {})
    reporting, ih, per_ih, per_home = money_rates(out)
    in_house = out.get("in_house")
    in_house = dict(in_house or {}) if in_house is None or isinstance(in_house, Mapping) else in_house
    if ih != DEFAULT_CURRENCY and isinstance(in_house, dict):
        missing = [k for k in SHARED_MONEY if k not in in_house]
        if missing and per_ih is None:
            raise _wanted(reporting, ih, out)
        in_house |= {k: converted(ASSUMPTIONS[k].default, per_ih) for k in missing if per_ih is not None}
        out["in_house"] = in_house
    management = out.get("vendor_management")
    management = dict(management or {}) if management is None or isinstance(management, Mapping) else management
    if reporting != DEFAULT_CURRENCY and isinstance(management, dict) and "governance_salary" not in management:
        if per_home is None:
            raise _wanted(reporting, ih, out)
        out["vendor_management"] = management | {
            "governance_salary": converted(ASSUMPTIONS["governance_salary"].default, per_home)}
    return out


def default_pay(function: str, per: float | None) -> dict[str, float] | None:
    """A function's default pay and overhead (:func:`estimator.assumptions.in_house_defaults`, US dollars) at ``per``
    units to the dollar; None while that rate is not known.

    >>> default_pay("Customer service", 1 / 0.012)["annual_salary"], default_pay("IT and software operations", None)
    (3466667.0, None)
    """
    if per is None:
        return None
    return {k: converted(v, per) if per != 1.0 else v for k, v in in_house_defaults(function).items()}


def portfolio_document(rows: Sequence[Mapping[str, Any]], name: str = "Mix of functions",
                       shared: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], list[int]]:
    """The portfolio file's JSON form of the table's rows, and the table row (from 1) of each file row.

    Checks what only the table can get wrong (an empty or non-numeric cell, half a quote); the rest is left to
    :func:`estimator.portfolio.portfolio_from_dict`. ``shared``: the file's shared sections (business case...).
    """
    out: list[dict[str, Any]] = []
    where: list[int] = []
    shared = sourced_in(shared)
    reporting, ih, per_ih, _ = money_rates(shared)
    shared_in_house = shared.get("in_house") if isinstance(shared.get("in_house"), Mapping) else {}
    for n, raw in enumerate(rows, start=1):
        cells = {c: raw.get(c) for c in COLUMNS}
        if all(_empty(v) for v in cells.values()):
            continue
        function = None if _empty(cells["function"]) else str(cells["function"])
        if function is None:
            raise TableError(n, None, "function", "choose the work this row prices")
        numbers = {c: _number(cells[c], n, function, c) for c in NUMBERS}
        if numbers["workload"] is None:
            raise TableError(n, function, "workload", "is empty: give the headcount or the hours a month")
        basis = "fte" if _empty(cells["basis"]) else str(cells["basis"])
        if basis not in BASIS_LABELS:
            raise TableError(n, function, "basis", f"must be one of {', '.join(BASIS_LABELS.values())}")
        option = "in_house" if _empty(cells["option"]) else str(cells["option"])
        if option not in OPTIONS:
            raise TableError(n, function, "option", f"must be one of {', '.join(OPTION_LABELS[o] for o in OPTIONS)}")
        spec: dict[str, Any] = {"function": function, "workload": {basis: numbers["workload"]}, "option": option}
        if numbers["annual_salary"] is not None:
            spec["annual_salary"] = numbers["annual_salary"]
        if ih != DEFAULT_CURRENCY:  # the function's dollar defaults, in the in-house currency
            pay = default_pay(function, per_ih)
            if pay is None:
                raise _wanted(reporting, ih, shared)
            spec |= {k: v for k, v in pay.items() if k not in spec and k not in shared_in_house}
        low, high = numbers["quote_low"], numbers["quote_high"]
        if (low is None) != (high is None):
            raise TableError(n, function, "quote_high" if high is None else "quote_low",
                             "give both ends of the quote (the same number twice for a single price), or neither")
        if low is not None:
            if option == "captive":
                raise TableError(n, function, "quote_low", "the offshore captive is priced from its pay, not a "
                                 "quote: clear the quote")
            if option == "in_house":
                raise TableError(n, function, "quote_low", "a quote is for the chosen vendor option: choose BPO or "
                                 "KPO, or clear the quote")
            spec[option] = {"low": low, "high": high}
            code = None if _empty(cells["quote_currency"]) else str(cells["quote_currency"]).strip().upper()
            if code not in (None, reporting):
                spec[option]["currency"] = code
        _locate(spec, option, cells["location"], n, function)
        out.append(spec)
        where.append(n)
    if not out:
        raise InputError("Table", "add at least one function")
    return {"kind": KIND, "name": name, **shared, "rows": out}, where


def portfolio_from_table(rows: Sequence[Mapping[str, Any]], book: PriceBook, name: str = "Mix of functions",
                         shared: Mapping[str, Any] | None = None) -> Portfolio:
    """A :class:`Portfolio` from the table's rows; raise :class:`TableError` naming the row and column.

    Example: ten customer-service agents with the seed's BPO range, three research analysts kept in-house.

    >>> from estimator.pricing import load_price_book
    >>> book = load_price_book()
    >>> p = portfolio_from_table([
    ...     {"function": "Customer service", "workload": 10, "basis": "fte", "option": "bpo"},
    ...     {"function": "Research and analysis", "workload": 3, "basis": "fte", "option": "in_house"}], book)
    >>> [(r.function, r.option, r.bpo.low if r.bpo else None) for r in p.rows]
    [('Customer service', 'bpo', 20.0), ('Research and analysis', 'in_house', None)]
    >>> try:
    ...     portfolio_from_table([{"function": "Legal process", "workload": 2, "option": "kpo"}], book)
    ... except TableError as exc:
    ...     print(exc.message)
    Row 1 (Legal process), Chosen option: Legal process has no KPO price or quote; choose In-house, or enter a KPO quote
    """
    document, where = portfolio_document(rows, name, shared)
    try:
        return portfolio_from_dict(document, book)
    except InputError as exc:
        match = _ROW_FIELD.fullmatch(exc.field)
        if match is None:
            # a shared figure (the Estimate page's settings or an opened file's) named in words, in no row: it was
            # named as row 1's only while the shared check missed it ("Row 1 (Customer service), Supervisor salary
            # (shared by every row)"); a rate keeps its field, which the page's rate field answers
            words = _shared_field(exc.field)
            if exc.field.partition(".")[0] != "exchange_rates" and words != "function":
                raise InputError(words, exc.reason) from None
            raise
        i, field = int(match.group(1)), match.group(2)
        column = next((c for prefix, c in _FIELD_COLUMNS if field.startswith(prefix)), None) or _shared_field(field)
        raise TableError(where[i], document["rows"][i]["function"], column, exc.reason) from None


def _shared_field(field: str) -> str:
    """A row's error in a figure the table has no column for, named in words: a shared in-house figure as its label
    (a supervisor's pay out of its limits read "Function: must be from 0 to 1,000,000"), a rate as the rate.

    >>> _shared_field("in_house.supervisor_salary"), _shared_field("exchange_rates.USD.rate"), _shared_field("x")
    ('Supervisor salary (shared by every row)', 'Exchange rate, USD', 'function')
    """
    section, _, rest = field.partition(".")
    key = rest.split(".")[0]
    if section in ("in_house", "vendor_management", "ranges") and key in ASSUMPTIONS:
        return f"{ASSUMPTIONS[key].label}{' range' if section == 'ranges' else ''} (shared by every row)"
    if section == "exchange_rates" and key:
        return f"Exchange rate, {key}"
    return "function"


def table_rows(portfolio: Portfolio, book: PriceBook) -> list[dict[str, Any]]:
    """The table's rows for a portfolio (to edit an opened file): pay only where it differs from the function's
    default, a quote only where the chosen option's price differs from the price book's range.

    Only what the table has columns for comes back: a quote for an option a row does not choose is not shown.
    """
    rows = []
    for i, row in enumerate(portfolio.rows):
        scenario = portfolio.scenario(i)
        salary = scenario.in_house.annual_salary
        # the default the table would fill in: the sources' dollars in the in-house currency (unknown: shown as is)
        default = default_pay(row.function, scenario.per_dollar(scenario.currency_of("in_house")))
        price = row.price(row.option) if row.option != "in_house" else None
        reference = reference_price(book, row.function, row.option, location=price.location) if price else None
        quoted = price is not None and (reference is None or (price.low, price.high) != (reference.low, reference.high))
        rows.append({
            "function": row.function, "workload": row.workload,
            "basis": row.workload_basis if row.workload_basis in BASIS_LABELS else "fte",
            "annual_salary": None if default is not None and salary == default["annual_salary"] else salary,
            "option": row.option,
            "quote_low": price.low if quoted and price else None,
            "quote_high": price.high if quoted and price else None,
            # the quote's own currency, where not the mix's: its figures are as typed, in it
            "quote_currency": price.currency if quoted and price and price.currency not in (None, portfolio.currency)
            else None,
            "location": price.location if price is not None and price.location != NOT_STATED else None,
        })
    return rows


def portfolio_tidy_table(pe: PortfolioEstimate) -> pd.DataFrame:
    """The mix as the tidy long table (schema in :mod:`estimator.export`), every row's ``scenario`` the portfolio's
    name: each function's own rows as a one-function estimate writes them; one ``chosen`` row per function (its
    option the row's choice, its numbers that option's cost over the horizon); and, under the function
    ``All functions``, each plan's ``plan_horizon_total`` and ``plan_npv``, its ``option`` column naming the plan
    (``mix``, ``in_house``, ``outsourced``, ``best``), and the mix's ``horizon_savings``/``npv_savings`` against
    all in-house and all outsourced (option ``in_house``/``outsourced``: the plan it is measured against).
    """
    p = pe.portfolio
    cur = p.currency
    frames = [tidy_table(est).assign(scenario=p.name) for est in pe.estimates]

    def row(function: str, option: str, component: str, values: Any, unit: str = "",
            location: str = "") -> dict[str, object]:
        low, mid, high = (float(v) for v in values)
        return {"scenario": p.name, "function": function, "option": option, "component": component,
                "period": "horizon", "low": low, "mid": mid, "high": high, "currency": cur, "unit": unit or cur,
                "location": location}

    extra = [row(r.function, r.option, "chosen", pe.mix.by_function[i], location=option_location(r, r.option))
             for i, r in enumerate(p.rows)]
    for name, plan in pe.plans.items():
        extra.append(row(ALL_FUNCTIONS, name, "plan_horizon_total", plan.totals))
        extra.append(row(ALL_FUNCTIONS, name, "plan_npv", plan.npv))
    for baseline in ("in_house", "outsourced"):
        c = pe.compare("mix", baseline)
        extra.append(row(ALL_FUNCTIONS, baseline, "horizon_savings", c.horizon_saving.as_tuple()))
        extra.append(row(ALL_FUNCTIONS, baseline, "npv_savings", c.npv_saving.as_tuple()))
    frames.append(pd.DataFrame(extra, columns=list(TIDY_COLUMNS)))
    table = pd.concat(frames, ignore_index=True)
    for col in ("low", "mid", "high"):
        table[col] = table[col].astype(float)
    return table
