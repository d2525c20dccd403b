"""A scenario's inputs as rows of the tidy table, read back into a scenario; the tidy table as XLSX.

The inputs travel as rows with ``period`` = ``input``, one per value of the scenario's JSON form
(:func:`estimator.scenario.scenario_to_dict`): ``component`` is the value's path, e.g.
``in_house.shrinkage``, ``workload.fte``, ``bpo.low`` or ``ranges.annual_salary.high``. A number
sits in ``low``, ``mid`` and ``high`` alike; any other value (text, an empty price, an empty
object) sits in ``unit`` as JSON, e.g. ``"per_hour"`` or ``null``, with ``low``, ``mid`` and ``high`` empty; a
number's row names its currency and unit as the result rows do (``USD`` and ``USD/year`` for a salary, ``share``
for a share: :func:`input_unit`). ``option`` is empty. Because the
rows are made from the JSON form, whatever a scenario holds travels without a change here, and
:func:`scenario_from_tidy` reads them back losslessly.

>>> from estimator.scenario import Scenario
>>> rows = input_rows(Scenario("Customer service", 10))
>>> rows.loc[rows.component == "workload.fte", ["period", "mid"]].values.tolist()
[['input', 10.0]]
"""

from __future__ import annotations

import io
import json
import math
from typing import Any

import pandas as pd

from .assumptions import ASSUMPTIONS, CAPTIVE_ASSUMPTIONS
from .breakeven import break_even_unit
from .estimate import Estimate
from .export import COLUMNS, OPTIONAL_COLUMNS, tidy_table
from .formatting import excel_money_format
from .options import VENDORS
from .pricing import PriceBook
from .scenario import InputError, Scenario, scenario_from_dict, scenario_to_dict
from .uncertainty import Simulation

INPUT_PERIOD = "input"


def _leaves(data: Any, path: str = "") -> list[tuple[str, Any]]:
    if isinstance(data, dict) and data:
        return [leaf for key, value in data.items() for leaf in _leaves(value, f"{path}.{key}" if path else str(key))]
    return [(path, data)]


def _empty(cell: Any) -> bool:
    """A CSV cell with nothing in it, as pandas reads it (NaN) or as text ("")."""
    return cell is None or (isinstance(cell, float) and math.isnan(cell)) or (isinstance(cell, str) and not cell.strip())


def holds_text(mid: Any, unit: Any) -> bool:
    """Whether an input row holds its value as JSON in ``unit`` (text, a list, an empty price), not as a number in
    ``mid`` with its unit ("USD/year") beside it.

    >>> holds_text(float("nan"), '"per_hour"'), holds_text(41600.0, "USD/year"), holds_text(10.0, "")
    (True, False, False)
    """
    return bool(unit) and _empty(mid)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def input_unit(scenario: Scenario, path: str) -> tuple[str, str]:
    """(currency, unit) of the number input at ``path``, as the tidy table's other rows name them: money its
    currency and "CHF/year"; a share "share"; a vendor price its quote's, as the ``break_even_price`` row's;
    ("", "") where the input has no unit of its own (a seed, a rate's drift).

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 8, 15))
    >>> input_unit(s, "in_house.annual_salary"), input_unit(s, "bpo.low"), input_unit(s, "ranges.shrinkage.mode")
    (('USD', 'USD/year'), ('USD', 'USD per productive hour'), ('', 'share'))
    >>> input_unit(s, "workload.fte"), input_unit(s, "uncertainty.seed")
    (('', 'FTE'), ('', ''))
    """
    parts = path.split(".")
    if parts[0] == "workload":
        return "", {"fte": "FTE", "hours_per_month": "hours/month"}.get(parts[-1], "")
    if parts[0] in VENDORS and parts[-1] in ("low", "high", "mode"):
        return break_even_unit(scenario, parts[0])
    key = parts[1] if parts[0] == "ranges" and len(parts) == 3 else \
        f"captive_{parts[-1]}" if parts[0] == "captive" else parts[-1] if len(parts) == 2 else ""
    a = ASSUMPTIONS.get(key) or CAPTIVE_ASSUMPTIONS.get(key)
    if a is None:
        return "", ""
    if a.is_share:
        return "", "share"
    if a.money_code(None) is None:
        return "", a.unit
    code = scenario.money_of(key)
    return code, a.unit_in(code)


def input_rows(scenario: Scenario) -> pd.DataFrame:
    """The scenario's inputs as tidy rows (``period`` = ``input``; see the module docstring)."""
    rows = []
    for path, value in _leaves(scenario_to_dict(scenario)):
        number = float(value) if _is_number(value) else None
        currency, unit = input_unit(scenario, path) if number is not None else ("", json.dumps(value, ensure_ascii=False))
        rows.append({"scenario": scenario.name, "function": scenario.function, "option": "", "component": path,
                     "period": INPUT_PERIOD, "low": number, "mid": number, "high": number, "currency": currency,
                     "unit": unit, "location": ""})
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in ("low", "mid", "high"):
        frame[col] = frame[col].astype(float)
    return frame


def scenario_table(est: Estimate, sim: Simulation | None = None) -> pd.DataFrame:
    """The tidy table of an estimate with the inputs that produced it first: a CSV that says what it assumed."""
    return pd.concat([input_rows(est.scenario), tidy_table(est, sim)], ignore_index=True)


def inputs_from_tidy(table: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """The JSON form of each scenario whose inputs the table holds, by scenario name, in table order."""
    missing = [c for c in COLUMNS if c not in table.columns and c not in OPTIONAL_COLUMNS]
    if missing:
        raise InputError("tidy CSV", f"missing column(s) {', '.join(missing)}")
    rows = table[table["period"] == INPUT_PERIOD]
    out: dict[str, dict[str, Any]] = {}
    for row in rows.itertuples(index=False):
        data = out.setdefault(row.scenario, {})
        path = str(row.component).split(".")
        if not all(path):
            raise InputError(f"tidy CSV input {row.component!r}", "is not a field path such as in_house.shrinkage")
        if holds_text(row.mid, row.unit):
            try:
                value = json.loads(row.unit)
            except json.JSONDecodeError:
                raise InputError(f"tidy CSV input {row.component}",
                                 f"holds {row.unit!r} in unit; a text input must be JSON, e.g. \"per_hour\"") from None
        else:
            value = row.mid
            if isinstance(value, str):
                try:
                    value = float(value)
                except ValueError:
                    raise InputError(f"tidy CSV input {row.component}", f"mid must be a number, got {value!r}") from None
            if not isinstance(value, float) or not math.isfinite(value):
                raise InputError(f"tidy CSV input {row.component}", f"mid must be a number, got {value!r}")
            # A CSV number has no int/float distinction; whole numbers read back as the JSON's whole numbers.
            if value.is_integer() and math.copysign(1.0, value) > 0:
                value = int(value)
        node = data
        for key in path[:-1]:
            node = node.setdefault(key, {})
            if not isinstance(node, dict):
                raise InputError(f"tidy CSV input {row.component}", "is given twice, as a value and as a section")
        if path[-1] in node:
            raise InputError(f"tidy CSV input {row.component}", "is given twice")
        node[path[-1]] = value
    return out


def scenario_from_tidy(table: pd.DataFrame, book: PriceBook, name: str | None = None) -> Scenario:
    """The scenario whose inputs a tidy table holds (``name`` picks one when it holds several)."""
    found = inputs_from_tidy(table)
    if not found:
        raise InputError("tidy CSV", "has no input rows (period = input), so it does not say which inputs produced it")
    if name is None:
        if len(found) > 1:
            raise InputError("tidy CSV", f"holds {len(found)} scenarios ({', '.join(found)}); pick one")
        name = next(iter(found))
    if name not in found:
        raise InputError("tidy CSV", f"holds no scenario named {name!r}")
    return scenario_from_dict(found[name], book)


# The tidy table's columns in words, as the comparison workbook's "All figures" sheet names them. The cells below
# stay the tidy table's (its option, component and period keys, its numbers), so a reader renaming these back
# (``pd.read_excel(...).rename(columns=XLSX_COLUMNS_BACK)``) has the CSV's table.
XLSX_HEADINGS = {"scenario": "Scenario", "function": "Work", "option": "Option", "component": "Figure",
                 "period": "Period", "low": "Cheap end", "mid": "Midpoint", "high": "Dear end", "currency": "Currency",
                 "unit": "Unit", "location": "Delivered from"}
XLSX_COLUMNS_BACK = {words: column for column, words in XLSX_HEADINGS.items()}
_SHARE_FORMAT, _WHOLE_FORMAT, _FIGURE_FORMAT = "0.0%", "#,##0", "#,##0.00"


def xlsx_number_format(period: str, currency: str, unit: str) -> str:
    """A row's number format: money naming its currency, a share as a percent, months whole, an input as typed.

    >>> xlsx_number_format("horizon", "EUR", "EUR"), xlsx_number_format("monte_carlo", "", "share")
    ('"EUR "#,##0.00', '0.0%')
    >>> xlsx_number_format("horizon", "", "month"), xlsx_number_format("input", "", ""), xlsx_number_format("x", "", "FTE")
    ('#,##0', 'General', '#,##0.00')
    """
    if period == INPUT_PERIOD:
        return "General"  # 0.3 shrinkage, 2026 seed: as the scenario file holds them
    if currency:
        return excel_money_format(currency)
    return {"share": _SHARE_FORMAT, "month": _WHOLE_FORMAT}.get(unit, _FIGURE_FORMAT)


def to_xlsx_bytes(table: pd.DataFrame, sheet: str = "Scenario") -> bytes:
    """The tidy table as an Excel workbook, one sheet a reader can use: the header in words (bold, wrapped, frozen,
    with a filter), columns wide enough to read, numbers as numbers (rounded as the CSV rounds them) in the row's
    format, text cells guarded against formula injection.

    openpyxl would store a text cell starting with ``=`` as a formula; the same apostrophe guard as
    the CSV keeps it text (and a text cell is always stored as text).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from .compare_workbook import _number, _text, _widths
    from .export import rounded

    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31] or "Scenario"
    columns = list(COLUMNS)
    for col, name in enumerate(columns, start=1):
        _text(ws, 1, col, XLSX_HEADINGS[name], Font(bold=True))
        ws.cell(row=1, column=col).alignment = Alignment(wrap_text=True, vertical="bottom")
    numbers = {"low", "mid", "high"}
    for row, record in enumerate(rounded(table[columns]).to_dict("records"), start=2):
        number_format = xlsx_number_format(record["period"], record["currency"], record["unit"])
        for col, name in enumerate(columns, start=1):
            value = record[name]
            if name in numbers:
                _number(ws, row, col, value, number_format)
            elif value:  # an empty text cell stays empty
                _text(ws, row, col, value)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    _widths(ws, 1)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
