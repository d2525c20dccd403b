"""The Mix page's grid writes its numbers as the page's fields do where the browser writes decimals with a comma.

Under de-DE the grid's number cells had sprintf formats ("%.1f", "%.2f"), which write a point: a workload of 12.5
read "12.5" in the grid beside fields reading "12,5" (session 18's h18local walk). Streamlit's "localized" preset is
the browser's own Intl.NumberFormat.
"""

from __future__ import annotations

import pytest

from estimator.pricing import load_price_book
from views import local_numbers, portfolio

NUMBER_COLUMNS = ("workload", "annual_salary", "quote_low", "quote_high")


def _formats(monkeypatch: pytest.MonkeyPatch, locale: str | None, currency: str) -> dict[str, str]:
    monkeypatch.setattr(local_numbers, "comma_locale", lambda: locale)
    config = portfolio._column_config(load_price_book(), currency)
    return {c: config[c]["type_config"]["format"] for c in NUMBER_COLUMNS}


def test_comma_locale_grid_numbers_follow_the_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _formats(monkeypatch, "de_DE", "USD") == dict.fromkeys(NUMBER_COLUMNS, "localized")


def test_english_browser_keeps_fixed_decimals_and_dollars(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _formats(monkeypatch, None, "USD") == {"workload": "%.1f", "annual_salary": "dollar",
                                                   "quote_low": "%.2f", "quote_high": "%.2f"}
    # pay in another currency: no dollar sign on it
    assert _formats(monkeypatch, None, "EUR")["annual_salary"] == "localized"
