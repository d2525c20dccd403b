"""What the pages share: the cached price book and the cached Monte Carlo."""

from __future__ import annotations

import pickle
from pathlib import Path

import streamlit as st

from estimator.filenames import file_stem as file_stem  # a download's file name, used from here by the pages
from estimator.pricing import DEFAULT_PATH, PriceBook, PriceBookError, load_price_book
from estimator.scenario import Scenario
from estimator.store import ScenarioStore
from estimator.uncertainty import Simulation, Tornado, chance_cheaper, simulate, tornado


@st.cache_resource(show_spinner=False, max_entries=1)  # no arguments: one store per server process
def scenario_store() -> ScenarioStore:
    """The store every page saves to and opens from (SQLite by default; ESTIMATOR_DATABASE_URL for PostgreSQL)."""
    return ScenarioStore()


MIX_PENDING = "_mix_pending"  # a saved mix's JSON form, for the Mix of functions page to open on its next run


@st.cache_data(show_spinner=False, max_entries=4)
def price_book(path: str, mtime: float) -> PriceBook:
    """The price book at ``path`` as it was at ``mtime``. ``mtime`` is part of the cache key on purpose: with a
    leading underscore (``_mtime``) st.cache_data skipped it, and an edited file was never read again."""
    return load_price_book(path)


def reference_book(path: Path | None = None) -> PriceBook:
    """The price book, read again whenever the file changes (an edit is used on the next rerun)."""
    path = DEFAULT_PATH if path is None else path
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:  # the file is gone, or being replaced right now
        raise PriceBookError(f"{path.name}: cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    return price_book(str(path), mtime)


def price_book_or_none() -> PriceBook | None:
    """The price book, or None where it cannot be read (the page that needs it then says why)."""
    try:
        return reference_book()
    except PriceBookError:
        return None


def book_or_stop() -> PriceBook:
    """The price book, or the page stops with the reason it could not be read (no traceback)."""
    try:
        return reference_book()
    except PriceBookError as exc:
        st.error(f"The price book could not be read: {exc}", icon="⚠️")
        st.stop()


def scenario_key(scenario: Scenario) -> bytes:
    """A scenario as a cache key: its pickle, which holds every field's exact value (a changed input is a new
    key; equal scenarios may at worst pickle apart, which costs a recomputation, never a stale result).
    Streamlit's own hashing walks the nested dataclasses field by field: about 2-3 ms a call, twice a rerun."""
    return pickle.dumps(scenario, protocol=pickle.HIGHEST_PROTOCOL)


BY_VALUE = {Scenario: scenario_key}


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs=BY_VALUE)
def simulation(scenario: Scenario) -> Simulation:
    """Monte Carlo, once per distinct scenario (switching the chart shown does not redraw)."""
    return simulate(scenario)


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs=BY_VALUE)
def chances(scenario: Scenario) -> dict[str, float]:
    """The Monte Carlo's chance that each alternative is cheaper, without the summaries only two charts show."""
    return chance_cheaper(scenario)


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs=BY_VALUE)
def swing(scenario: Scenario, option: str) -> Tornado | None:
    return tornado(scenario, option)
