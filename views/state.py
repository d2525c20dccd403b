"""What the pages share: the cached price book and the cached Monte Carlo."""

from __future__ import annotations

import streamlit as st

from estimator.pricing import DEFAULT_PATH, PriceBook, load_price_book
from estimator.scenario import Scenario
from estimator.uncertainty import Simulation, Tornado, simulate, tornado


@st.cache_data(show_spinner=False)
def price_book(path: str = str(DEFAULT_PATH), _mtime: float | None = None) -> PriceBook:
    return load_price_book(path)


def reference_book() -> PriceBook:
    """The price book, read once per change of the file."""
    return price_book(str(DEFAULT_PATH), DEFAULT_PATH.stat().st_mtime)


@st.cache_data(show_spinner=False, max_entries=64)
def simulation(scenario: Scenario) -> Simulation:
    """Monte Carlo, once per distinct scenario (switching the chart shown does not redraw)."""
    return simulate(scenario)


@st.cache_data(show_spinner=False, max_entries=64)
def swing(scenario: Scenario, option: str) -> Tornado | None:
    return tornado(scenario, option)
