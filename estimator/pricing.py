"""Load and validate the reference price book (``data/pricing.csv``).

Conventions: one row per (function, model, basis). ``low``/``high`` are in
``currency`` per ``unit`` for the ``per_hour``, ``per_month``, ``per_contact``
(per handled contact) and ``per_minute`` (per handled minute) bases, and a
fraction (0.40 = 40% below in-house cost) for ``savings_share``. Empty
``low`` and ``high`` mean the seeds name the function without a price.
Lines that start with ``#`` before the header are notes and are skipped.

An optional ``location`` column says where the priced work is delivered from: ``onshore``, ``nearshore``,
``offshore``, or empty for "location not stated" (the seed prices state none, and none is guessed). A book
without the column (every book before it existed) loads as if every cell were empty. A function may have one
row per location under the same model and basis; :meth:`PriceBook.lookup` without a location gives the first.

The loader is written on the standard ``csv`` module rather than pandas or
pandera because every error must name the file, the line and the column in
one sentence a finance user can act on; the libraries report tables of
failures instead, and pandas would silently coerce text to NaN.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from .formatting import cell, iso_currency, non_negative
from .ranges import InputError, Range

BASES = ("per_hour", "per_month", "savings_share", "per_contact", "per_minute")
MODELS = ("BPO", "KPO")
COLUMNS = ("function", "model", "basis", "low", "high", "currency", "unit", "source", "as_of", "notes")
# Where the work is done, as a price-book cell names it; an empty cell is NOT_STATED. The labels for the screen
# are estimator.assumptions.LOCATIONS (which adds NOT_STATED's).
BOOK_LOCATIONS = ("onshore", "nearshore", "offshore")
NOT_STATED = "not_stated"
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "pricing.csv"


class PriceBookError(ValueError):
    """A price book that cannot be used; the message names file, line and column."""


@dataclass(frozen=True)
class PriceRow:
    """A reference price range for one function under one sourcing model.

    >>> row = PriceRow("Customer service", "BPO", "per_hour", 20.0, 30.0, "USD", "productive hour",
    ...                "BPO vs. KPO", "2023", "")
    >>> row.priced, row.mid
    (True, 25.0)
    """

    function: str
    model: str
    basis: str
    low: float | None
    high: float | None
    currency: str
    unit: str
    source: str
    as_of: str
    notes: str
    location: str = NOT_STATED

    @property
    def priced(self) -> bool:
        return self.low is not None and self.high is not None

    @property
    def range(self) -> Range | None:
        """The price range; None for a function the seeds name without a price."""
        return Range(self.low, self.high) if self.low is not None and self.high is not None else None

    @property
    def mid(self) -> float | None:
        return None if self.range is None else self.range.mid


@dataclass(frozen=True)
class PriceBook:
    """All rows of a price book, looked up by function and model."""

    rows: tuple[PriceRow, ...]
    path: str = "pricing.csv"

    @property
    def functions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.function for r in self.rows))

    def lookup(self, function: str, model: str, location: str | None = None) -> PriceRow | None:
        """The row for (function, model), at ``location`` when one is given (else the book's first row for the
        pair); ``None`` when the book has no such row."""
        for row in self.rows:
            if row.function == function and row.model == model and location in (None, row.location):
                return row
        return None

    def locations(self, function: str, model: str) -> tuple[str, ...]:
        """The locations the book has a row for (function, model) at, in book order.

        >>> load_price_book().locations("Customer service", "BPO")
        ('not_stated',)
        """
        return tuple(dict.fromkeys(r.location for r in self.rows if r.function == function and r.model == model))


def _number(text: str, where: str) -> float | None:
    text = text.strip()
    return None if text == "" else non_negative(text, where, "prices and shares", PriceBookError)


def _location(text: str, where: str) -> str:
    """A location cell: one of :data:`BOOK_LOCATIONS` (any case), or empty for :data:`NOT_STATED`."""
    text = text.strip()
    if not text:
        return NOT_STATED
    if text.lower() not in BOOK_LOCATIONS:
        raise PriceBookError(f"{where}: {cell(text)} is not one of {', '.join(BOOK_LOCATIONS)}; leave it empty "
                             "when the source does not say where the work is done")
    return text.lower()


def parse_price_book(text: str, name: str = "pricing.csv") -> PriceBook:
    """Parse price-book text; raise :class:`PriceBookError` naming ``name``, line and column."""
    lines = text.splitlines(keepends=True)
    skipped = 0
    while skipped < len(lines) and (lines[skipped].startswith("#") or not lines[skipped].strip()):
        skipped += 1
    body = "".join(lines[skipped:])
    if not body.strip():
        raise PriceBookError(f"{name}: the file is empty; expected a header row with {', '.join(COLUMNS)}")
    try:
        return _parse(body, name, skipped)
    except csv.Error as exc:  # e.g. a cell past the csv module's 131,072-character field limit
        raise PriceBookError(f"{name}: is not a well-formed CSV ({exc})") from None


def _parse(body: str, name: str, skipped: int) -> PriceBook:
    reader = csv.DictReader(io.StringIO(body, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise PriceBookError(f"{name}: line {skipped + 1}: missing column(s) {', '.join(missing)}")
    rows: list[PriceRow] = []
    seen: dict[tuple[str, str, str, str], int] = {}
    for raw in reader:
        line = skipped + reader.line_num
        cells = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(cells.values()):
            continue

        def where(column: str, line: int = line) -> str:
            return f"{name}: line {line}, column '{column}'"

        for column in ("function", "model", "basis"):
            if not cells[column]:
                raise PriceBookError(f"{where(column)}: is empty")
        if cells["model"] not in MODELS:
            raise PriceBookError(f"{where('model')}: {cell(cells['model'])} is not one of {', '.join(MODELS)}")
        basis = cells["basis"]
        if basis not in BASES:
            raise PriceBookError(f"{where('basis')}: unknown basis {cell(basis)}; use one of {', '.join(BASES)}")
        low, high = _number(cells["low"], where("low")), _number(cells["high"], where("high"))
        if (low is None) != (high is None):
            empty = "low" if low is None else "high"
            raise PriceBookError(f"{where(empty)}: is empty while the other end is set; give both or neither")
        if low is not None and high is not None:
            try:  # the one range check; its message, with the file, line and column in front
                Range.checked("{end}", low, high)
            except InputError as exc:
                raise PriceBookError(f"{where(exc.field)}: {exc.reason}") from None
        if basis == "savings_share" and high is not None and high >= 1:
            raise PriceBookError(f"{where('high')}: a savings share is a fraction below 1 (0.40 = 40%), got {high:g}")
        if basis != "savings_share" and not cells["currency"]:
            raise PriceBookError(f"{where('currency')}: is empty; a price needs a currency such as USD")
        if cells["currency"] and iso_currency(cells["currency"]) is None:
            raise PriceBookError(f"{where('currency')}: {cell(cells['currency'])} is not an ISO 4217 currency code "
                                 "such as USD")
        unit = cells["unit"].lower()
        if unit and basis == "per_minute" and "minute" not in unit:
            raise PriceBookError(f"{where('unit')}: a per_minute price is per handled minute, got unit {cell(cells['unit'])}")
        if unit and basis == "per_contact" and any(w in unit for w in ("hour", "minute", "month")):
            raise PriceBookError(f"{where('unit')}: a per_contact price is per handled contact, got unit {cell(cells['unit'])}")
        location = _location(cells.get("location", ""), where("location"))
        key = (cells["function"], cells["model"], basis, location)
        if key in seen:
            shown_key = " / ".join(key[:3] if location == NOT_STATED else key)
            raise PriceBookError(
                f"{where('function')}: duplicate row for {cell(shown_key, quoted=False)} (first at line {seen[key]})")
        seen[key] = line
        rows.append(PriceRow(cells["function"], cells["model"], basis, low, high, cells["currency"],
                             cells["unit"], cells["source"], cells["as_of"], cells["notes"], location))
    if not rows:
        raise PriceBookError(f"{name}: has a header but no price rows")
    return PriceBook(tuple(rows), name)


def load_price_book(path: str | Path = DEFAULT_PATH) -> PriceBook:
    """Read and validate a price book file.

    >>> book = load_price_book()
    >>> book.lookup("Customer service", "BPO").low
    20.0
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise PriceBookError(f"{path.name}: is not UTF-8 text; save it as CSV UTF-8") from None
    except OSError as exc:
        raise PriceBookError(f"{path.name}: cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    return parse_price_book(text, path.name)
