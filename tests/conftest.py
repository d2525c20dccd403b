"""Shared fixtures: the reference price book, the README's worked example, and for the browser tests one
dashboard server and one Chromium per session (tests/chromium.py)."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit.components.v2.manifest_scanner as _manifest_scanner
from chromium import ARGS as CHROMIUM_ARGS
from chromium import CHROMIUM, STATE_WARNING, dashboard
from hypothesis import Phase, settings
from streamlit import config as streamlit_config
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.source_util import open_python_file
from v1 import v1

from estimator.pricing import PriceBook, load_price_book
from estimator.scenario import Scenario, reference_price

# Mutation testing (scripts/mutate.sh) runs every test once per mutant: the same examples each time, no
# example database, so a mutant's verdict does not depend on the run that came before it. No deadline (on the loaded
# shared machine an example took 271 ms and failed mutmut's clean run) and no shrinking (a mutant's verdict is only
# pass or fail; shrinking a failure took minutes of a killed mutant's run).
settings.register_profile("mutmut", derandomize=True, database=None, print_blob=False, deadline=None,
                          phases=(Phase.explicit, Phase.reuse, Phase.generate))

ROOT = Path(__file__).resolve().parent.parent

# Streamlit 1.67's AppTest scans every installed distribution's metadata for custom components (v2 manifests) on the
# first run of each AppTest: 0.17 CPU-seconds here, once for every AppTest the suite makes, for a list that is empty and
# cannot change while the tests run. One scan per test process; what the page does is untouched (the server scans
# once at its start anyway). Written here because Streamlit offers no switch for it.
_manifest_scanner.scan_component_manifests = functools.cache(_manifest_scanner.scan_component_manifests)

# AppTest also compiles the app's scripts afresh on every run (a new ScriptCache each run, where the server keeps one
# for its life): Streamlit's "magic" rewrite of the syntax tree and the compile were a third of an AppTest rerun's
# CPU here (3.1 of 8.8 s over ten reruns of the Estimate page, profiled). One compiled copy per script and source
# text, per test process: the file is still read on every run, so a script a test writes or changes is compiled anew.
_compile_script = ScriptCache.get_bytecode
_compiled: dict[tuple[str, str, bool], Any] = {}


def _compiled_once(self: ScriptCache, script_path: str) -> Any:
    path = os.path.abspath(script_path)
    with open_python_file(path) as f:
        key = (path, f.read(), bool(streamlit_config.get_option("runner.magicEnabled")))
    if key not in _compiled:
        _compiled[key] = _compile_script(ScriptCache(), path)
    return _compiled[key]


ScriptCache.get_bytecode = _compiled_once


DURATIONS = Path(__file__).with_name("durations.json")


def _longest_files_first(items: list[pytest.Item]) -> None:
    """Run the files with the most test-seconds first (tests/durations.json, written by scripts/durations.py from a
    measured run), each file's tests together and in their own order (module fixtures are set up once).

    Why: pytest-xdist's work stealing hands the first half of this order to one worker and the second to the other,
    and an idle worker takes the *end* of the other's queue. In file order the last tests to start were long browser
    walks, and one worker sat idle while the other finished them. Longest first, the queues end in short tests, which
    the stealing spreads evenly. pytest-slow-first and its like order from the last run's cache, which a clean clone
    in CI does not have; pytest-split sizes groups for separate CI jobs, not one run's order. A file missing from it
    counts as zero seconds (after the measured files), so a stale list slows the run, never breaks it."""
    try:
        seconds: dict[str, float] = json.loads(DURATIONS.read_text())
    except (OSError, ValueError):
        return
    # sort() is stable: files of equal weight (and the tests in each) keep their collected order
    items.sort(key=lambda item: -seconds.get(item.nodeid.split("::")[0], 0.0))


def pytest_collection_modifyitems(config, items):
    """Under mutation testing, leave out the tests that run the whole page (AppTest) or drive a browser: AppTest
    reaches every function of estimator/, so it would be rerun for every mutant, and a browser test's server
    is a subprocess that mutmut cannot trace. The unit and property tests judge estimator/; these files judge
    the page. Chosen by what a test uses, not by file name, so a new page test is left out without a list."""
    if not os.environ.get("MUTATION_RUN"):
        _longest_files_first(items)
        return
    kept, dropped = [], []
    for item in items:
        page = "AppTest" in vars(getattr(item, "module", None) or object)
        browser = {"server", "browser"} & set(getattr(item, "fixturenames", ()))
        (dropped if page or browser else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True)
def _main_module_put_back() -> Iterator[None]:
    """Each test ends with the process's ``__main__`` module it began with. Streamlit's script runner installs the
    page it runs as ``sys.modules["__main__"]`` and leaves it there (a server wants that; AppTest inherits it), and
    a process started by ``multiprocessing`` with "spawn" runs the parent's ``__main__`` file first: after an AppTest
    of views/guide.py, test_store's two spawned sessions each ran that page outside Streamlit and died (exit code 1),
    seen once the suite ran its files longest first and the guide's AppTest came before the store's test."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def book() -> PriceBook:
    return load_price_book(ROOT / "data" / "pricing.csv")


@pytest.fixture
def worked_example(book: PriceBook) -> Scenario:
    """README, run rate and v1 business case: customer service, 10 in-house FTE, the seed's $20-30 an hour BPO
    range, every default, with the costs issue 6 added set to zero (``tests/v1.py``): the v1 figures."""
    return v1(Scenario("Customer service", 10, name="Worked example",
                       bpo=reference_price(book, "Customer service", "bpo")))


@pytest.fixture
def full_example(book: PriceBook) -> Scenario:
    """README: the same case with every default, hidden costs included."""
    return Scenario("Customer service", 10, name="Worked example", bpo=reference_price(book, "Customer service", "bpo"))


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[str]:
    """The dashboard's URL: one server for every browser test, on an empty store of its own."""
    root = tmp_path_factory.mktemp("dashboard")
    log = root / "server.log"
    try:
        (root / "store").mkdir()
        with dashboard(root / "store", log) as url:
            yield url
    except RuntimeError as exc:
        pytest.fail(str(exc))
    assert STATE_WARNING not in log.read_text()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright: one for the session; each test opens its own context."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
