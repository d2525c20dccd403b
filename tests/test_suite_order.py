"""The suite's order (tests/conftest.py, _longest_files_first): the longest files first, from tests/durations.json."""

from __future__ import annotations

import json
import sys
from types import SimpleNamespace

from conftest import DURATIONS, ROOT, _longest_files_first


def test_every_file_the_durations_list_names_exists_and_the_longest_are_the_browser_walks():
    seconds = json.loads(DURATIONS.read_text())
    assert [f for f in seconds if not (ROOT / f).is_file()] == []  # scripts/durations.py writes it afresh
    # the list is a measured run's, not a placeholder: the harness's walks are the longest file by far
    assert max(seconds, key=seconds.get) == "tests/test_harness.py" and 300 < sum(seconds.values()) < 3000


def test_longest_file_first_each_files_tests_together_and_in_their_order(monkeypatch, tmp_path):
    weights = tmp_path / "durations.json"
    weights.write_text(json.dumps({"tests/b.py": 5.0, "tests/c.py": 40.0}))
    monkeypatch.setattr("conftest.DURATIONS", weights)
    items = [SimpleNamespace(nodeid=n) for n in
             ("tests/a.py::one", "tests/b.py::one", "tests/c.py::one", "tests/b.py::two", "tests/c.py::two",
              "tests/a.py::two")]
    _longest_files_first(items)
    # c (40 s) then b (5 s) then a (not listed: zero), each file's tests in the order they were collected
    assert [i.nodeid for i in items] == ["tests/c.py::one", "tests/c.py::two", "tests/b.py::one", "tests/b.py::two",
                                         "tests/a.py::one", "tests/a.py::two"]


def test_a_missing_or_broken_durations_list_leaves_the_order_as_collected(monkeypatch, tmp_path):
    broken = tmp_path / "durations.json"
    broken.write_text("{not json")
    items = [SimpleNamespace(nodeid=n) for n in ("tests/a.py::x", "tests/c.py::y")]
    for path in (broken, tmp_path / "missing.json"):
        monkeypatch.setattr("conftest.DURATIONS", path)
        _longest_files_first(items)
        assert [i.nodeid for i in items] == ["tests/a.py::x", "tests/c.py::y"]


# The two tests below run in this order (a file's tests keep theirs): the first runs a page as AppTest, which leaves
# the page installed as the process's __main__ (Streamlit's script runner does), and the second, in the same process,
# must find the __main__ it began with (conftest's _main_module_put_back): a spawned process runs that file first.
# Under two workers the pair can be split only where work stealing cuts a queue; then the second proves nothing
# that run, and a run in one process (or the next) still does.
def test_an_apptest_of_a_page_installs_it_as_main():
    from streamlit.testing.v1 import AppTest

    AppTest.from_file(str(ROOT / "views" / "guide.py"), default_timeout=60).run()
    assert sys.modules["__main__"].__file__.endswith("guide.py")


def test_the_next_test_begins_with_the_main_module_put_back():
    assert not getattr(sys.modules["__main__"], "__file__", "").endswith("guide.py")
