"""Download names from the names users type (estimator/filenames.py), with the names session 27's walk typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from estimator.filenames import LIMIT, compared_stem, file_stem

LONG = ("Q3 2026 board review - IT service desk outsourcing option approach for the northern region and the "
        "southern region, with the vendor's transition plan, a five-year horizon and every assumption sourced")


def test_a_long_name_is_cut_at_a_word():
    # the first 60 characters end "...-option-ap"; the cut goes back to "option"
    assert file_stem(LONG) == "q3-2026-board-review---it-service-desk-outsourcing-option"


def test_three_compared_scenarios_name_the_first_and_how_many_more():
    names = ["Cheaper vendor (2)", "<b>x</b> 🚀 cheaper vendor", "Cheaper vendor"]
    # joined: "cheaper-vendor--2-vs-b-x--b----cheaper-vendor-vs-cheaper-vendor", 63 characters: over 60
    assert compared_stem(names) == "cheaper-vendor--2-and-2-more"
    assert compared_stem(["A", "B", "C"]) == "a-vs-b-vs-c"  # short names all fit


@given(st.lists(st.text(max_size=250), min_size=1, max_size=5))
def test_a_name_is_never_longer_than_the_limit_nor_ends_in_a_hyphen(names):
    for stem in (file_stem(names[0]), compared_stem(names)):
        assert 0 < len(stem) <= LIMIT and not stem.endswith("-") and not stem.startswith("-")
        assert all(ch.isalnum() or ch == "-" for ch in stem)
