"""What the pages share: the cached price book."""

from __future__ import annotations

import streamlit as st

from estimator.pricing import DEFAULT_PATH, PriceBook, load_price_book


@st.cache_data(show_spinner=False)
def price_book(path: str = str(DEFAULT_PATH), _mtime: float | None = None) -> PriceBook:
    return load_price_book(path)


def reference_book() -> PriceBook:
    """The price book, read once per change of the file."""
    return price_book(str(DEFAULT_PATH), DEFAULT_PATH.stat().st_mtime)
