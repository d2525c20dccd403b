"""What the pages share: the cached price book and the cached Monte Carlo."""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from estimator.pricing import DEFAULT_PATH, PriceBook, PriceBookError, load_price_book
from estimator.scenario import Scenario
from estimator.uncertainty import Simulation, Tornado, simulate, tornado


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


def book_or_stop() -> PriceBook:
    """The price book, or the page stops with the reason it could not be read (no traceback)."""
    try:
        return reference_book()
    except PriceBookError as exc:
        st.error(f"The price book could not be read: {exc}", icon="⚠️")
        st.stop()


def file_stem(name: str) -> str:
    """A download's file name from a scenario's name: "Plan A (2026)" -> "plan-a--2026"."""
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")[:60] or "scenario"


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


def simulation_soon(scenario: Scenario) -> Callable[[], Simulation]:
    """Start :func:`simulation` on a thread of its own; returns a call that waits for it and gives the result.

    The Monte Carlo is most of a slider rerun's own work (about 50 ms), and numpy lets go of the GIL in its
    array work, so on two cores the page's other elements are built and sent meanwhile. The thread carries
    the script run's context (Streamlit's documented way for a thread to use its caches) and calls nothing
    that draws. An exception in the draws is raised where the result is asked for.
    """
    future: Future[Simulation] = Future()

    def run() -> None:
        try:
            future.set_result(simulation(scenario))
        except BaseException as exc:  # handed to whoever waits for the result
            future.set_exception(exc)

    thread = threading.Thread(target=run, name="monte-carlo", daemon=True)
    add_script_run_ctx(thread, get_script_run_ctx(suppress_warning=True))
    thread.start()
    return future.result


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs=BY_VALUE)
def swing(scenario: Scenario, option: str) -> Tornado | None:
    return tornado(scenario, option)
