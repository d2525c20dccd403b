"""The examples in the docstrings of views/ run as tests. pytest's doctest collection covers estimator/ only
(``testpaths``): views/ holds page scripts that draw when imported (views/guide.py stops collection), so the
modules whose docstrings hold examples are found here and run with the standard library's doctest. Session 20
found ``local_numbers.whole_as_shown``'s example had never run."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

VIEWS = Path(__file__).resolve().parent.parent / "views"
WITH_EXAMPLES = sorted(p.stem for p in VIEWS.glob("*.py") if ">>> " in p.read_text(encoding="utf-8"))


def test_the_modules_with_examples_are_found():
    # the eleven of session 20 (views/cards.py's joined with the cards); a module that gains examples joins by itself,
    # one whose examples are lost (a ">>>" reworded, a docstring cut) fails here: four names only, cards.py's three
    # examples deleted passed (h21tests)
    assert {"cards", "chart_handoff", "contact_centre", "contact_centre_cache", "currency", "delta", "inputs",
            "local_numbers", "portfolio", "tables", "text"} <= set(WITH_EXAMPLES)


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(f"views.{name}")
    result = doctest.testmod(module, verbose=False, report=True)
    assert result.attempted > 0, f"views/{name}.py: no example ran"
    assert result.failed == 0, f"views/{name}.py: {result.failed} of {result.attempted} examples failed"
