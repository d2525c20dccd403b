"""What the pages share: the cached price book and the cached Monte Carlo."""

from __future__ import annotations

import streamlit as st

from estimator.pricing import DEFAULT_PATH, PriceBook, PriceBookError, load_price_book
from estimator.scenario import Scenario
from estimator.uncertainty import Simulation, Tornado, simulate, tornado


@st.cache_data(show_spinner=False, max_entries=4)
def price_book(path: str = str(DEFAULT_PATH), mtime: float | None = None) -> PriceBook:
    # mtime is part of the cache key (a leading underscore would leave it out): an edited file is read again.
    return load_price_book(path)


def reference_book() -> PriceBook:
    """The price book, read once per change of the file (an edit is used on the next rerun)."""
    try:
        mtime = DEFAULT_PATH.stat().st_mtime
    except OSError as exc:  # the file is gone, or being replaced right now
        raise PriceBookError(f"{DEFAULT_PATH.name}: cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    return price_book(str(DEFAULT_PATH), mtime)


@st.cache_data(show_spinner=False, max_entries=64)
def simulation(scenario: Scenario) -> Simulation:
    """Monte Carlo, once per distinct scenario (switching the chart shown does not redraw)."""
    return simulate(scenario)


@st.cache_data(show_spinner=False, max_entries=64)
def swing(scenario: Scenario, option: str) -> Tornado | None:
    return tornado(scenario, option)
