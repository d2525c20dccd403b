"""Session 18's walk (Chromium, 1280x720, en-GB), issue 7 ("every input does what it says, on every screen"): what
the page says of a price's currency and unit, the grammar and the figures of its messages. AppTest; what only a
browser shows is in tests/test_browser_walk_s18.py."""

from __future__ import annotations

import pytest
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest


@pytest.fixture
def app() -> AppTest:
    at = dashboard(60)
    at.run()
    assert not at.exception
    return at


def _captions(at: AppTest) -> list[str]:
    return [c.value for c in at.sidebar.caption]


def _heading(at: AppTest, option: str) -> str:
    return next(m.value for m in at.sidebar.markdown if m.value.startswith(f"**{option} price**"))


def _keys(at: AppTest) -> set[str]:
    return {s.key for s in at.selectbox}


# ------------------------------------------------------------------ 1. the Currency box said a currency not used


def test_a_book_price_reporting_in_pounds_says_the_books_dollars(app):
    """Kofi reported in pounds: the Currency expander read "BPO quote in: GBP" while the BPO price used was the price
    book's $20-30 (the sidebar's heading rightly "(USD per productive hour)"). "Quote in" is the currency of a typed
    quote; with none typed it applies to nothing. Now the expander says the currency used, the book's, and the box
    comes back, in pounds, once a quote is typed."""
    app.selectbox(key="reporting_currency").set_value("GBP").run()
    assert _heading(app, "BPO") == "**BPO price** (USD per productive hour)"
    assert "bpo_currency" not in _keys(app)  # no box naming a currency the price is not in
    assert "BPO price in USD: the price book's range. Type a vendor quote to choose its currency here." \
        in _captions(app)
    assert not any("BPO" in c and "GBP" in c for c in _captions(app))
    # the KPO has no book price for customer service: its box is the currency the quote will be typed in, and the
    # heading above the quote fields agrees with it
    assert app.selectbox(key="kpo_currency").value == "GBP"
    assert _heading(app, "KPO") == "**KPO price** (GBP per productive hour)"
    # a quote typed: the box is back, in the reporting currency it followed, and the heading says the same
    app.toggle(key="bpo_use_quote").set_value(True).run()
    assert app.selectbox(key="bpo_currency").value == "GBP"
    assert _heading(app, "BPO") == "**BPO price** (GBP per productive hour)"
    assert not any(c.startswith("BPO price in USD") for c in _captions(app))


def test_a_savings_share_is_said_to_be_in_no_currency_and_asks_no_rate(app):
    """Research's KPO price is the book's 40-60% below in-house cost: no currency. The box read "KPO quote in" with
    whatever currency it last held, and one the user had chosen for a quote (GBP, reporting in dollars) drew a field
    "1 USD = ... GBP" for a rate nothing was in."""
    app.selectbox(key="kpo_currency").set_value("GBP").run()  # customer service: the KPO's quote in pounds
    assert app.number_input(key="fx_rate_GBP")  # its rate is asked for: the quote will be in pounds
    app.selectbox(key="function").set_value("Research and analysis").run()
    assert not app.exception
    assert "kpo_currency" not in _keys(app)
    assert "KPO price: a savings share of the in-house cost, in no currency." in _captions(app)
    assert "fx_rate_GBP" not in {n.key for n in app.number_input}
    assert not app.error
