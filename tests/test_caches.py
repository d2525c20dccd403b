"""Every Streamlit cache on the page is bounded: ``max_entries`` or ``ttl`` on each ``st.cache_data`` and
``st.cache_resource`` in dashboard.py and views/ (issue 12: a server's memory must level off however many
sessions it serves; benchmarks/load.py measures it). Read from the source's syntax tree, so a cache added
anywhere, used as a decorator or called as a function, is checked without being listed here."""

from __future__ import annotations

import ast
from pathlib import Path

from chromium import ROOT

CACHES = {"cache_data", "cache_resource"}
BOUNDS = {"max_entries", "ttl"}


def unbounded_caches(source: str, filename: str = "<source>") -> list[str]:
    """``file:line`` of every ``st.cache_data``/``st.cache_resource`` used without ``max_entries`` or ``ttl``
    (``st.cache_data.clear()`` and other attributes of the decorator are not uses)."""
    tree = ast.parse(source, filename)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and node.attr in CACHES
                and isinstance(node.value, ast.Name) and node.value.id == "st"):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Attribute):  # st.cache_data.clear()
            continue
        called = isinstance(parent, ast.Call) and parent.func is node
        bounded = called and any(k.arg in BOUNDS and not (isinstance(k.value, ast.Constant) and k.value.value is None)
                                 for k in parent.keywords)
        if not bounded:
            found.append(f"{filename}:{node.lineno}")
    return found


def page_sources() -> list[Path]:
    return [ROOT / "dashboard.py", *sorted((ROOT / "views").glob("*.py"))]


def test_every_cache_on_the_page_has_a_bound():
    files = page_sources()
    uses = sum(p.read_text().count("st.cache_") for p in files)
    assert uses >= 7  # the page's caches are found at all (seven when this test was written)
    assert [f for p in files for f in unbounded_caches(p.read_text(), p.name)] == []


def test_the_check_finds_an_unbounded_cache_in_each_form():
    source = """
import streamlit as st

@st.cache_data
def bare(): ...

@st.cache_resource(show_spinner=False)
def no_bound(): ...

@st.cache_data(max_entries=None)
def unlimited(): ...

@st.cache_data(max_entries=8)
def fine(): ...

@st.cache_resource(ttl=600)
def fine_too(): ...

called = st.cache_data(lambda x: x)
st.cache_data.clear()
"""
    assert unbounded_caches(source) == ["<source>:4", "<source>:7", "<source>:10", "<source>:19"]


def test_the_contact_centres_kept_results_are_bounded_and_made_once():
    """views/contact_centre_cache.Kept: the last ``size`` results by key, each made once while kept (the page's
    Erlang C and staffing curve, keyed by the queues' digest), the oldest dropped first, so memory levels off."""
    from views.contact_centre_cache import Kept

    made = []

    def make(k):
        def run():
            made.append(k)
            return [k]  # a new object each time it is made
        return run

    kept = Kept(2)
    a = kept.get("a", make("a"))
    assert kept.get("a", make("a")) is a and made == ["a"]  # kept: not made again, the same object
    kept.get("b", make("b"))
    kept.get("a", make("a"))  # "a" used last: "b" is now the oldest
    kept.get("c", make("c"))  # over the bound: "b" goes
    kept.get("a", make("a"))
    kept.get("b", make("b"))
    assert made == ["a", "b", "c", "b"]
