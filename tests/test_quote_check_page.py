"""The Estimate page names a typed quote far from the price book beside its results (estimator/quote_check.py), and
uses it: session 23's walk typed "30,50" in an English-language browser and was priced at $3,050 an hour."""

from __future__ import annotations

from dashboard_app import with_bpo_quote
from streamlit.testing.v1 import AppTest


def _checks(at: AppTest) -> list[str]:
    return [w.value.replace("\\", "") for w in at.warning if w.value.startswith("**Check:**")]


def test_a_quote_a_hundred_times_the_book_is_used_and_named(monkeypatch):
    at = with_bpo_quote(monkeypatch, 18.0, 30.5)
    assert not _checks(at)  # within the book's $20-$30 give or take: nothing to check
    at.number_input(key="bpo_quote_high").set_value(3050.0).run()
    assert not at.exception
    # 3,050 / 30 = 101.7 times the top; the comma's reading said, as the test browser's locale is English
    assert _checks(at) == [
        "**Check:** used as typed, but far from the price book.\n"
        "- BPO quote, high end: $3,050 is 102 times the top of the price book's $20–$30 per productive hour.\n\n"
        "A browser set to English reads a comma as a thousands separator: 30,50 is taken as 3,050; type 30.50."]
    # used, not refused: the BPO's run rate is priced from the $18-$3,050 midpoint, $1,534 an hour
    assert at.session_state["current_scenario"].bpo.high == 3050.0
    at.number_input(key="bpo_quote_low").set_value(1.5)
    at.number_input(key="bpo_quote_high").set_value(25.0).run()
    # a low end under $2 (a tenth of $20): no comma to blame, so no word on it
    assert _checks(at) == [
        "**Check:** used as typed, but far from the price book.\n"
        "- BPO quote, low end: $1.50 is under a tenth of the bottom of the price book's $20–$30 per productive hour."]


def test_a_quote_of_nothing_is_named(monkeypatch):
    """Session 27's walk: a quote of $0 at both ends made the BPO "best" and nothing beside the results said so."""
    at = with_bpo_quote(monkeypatch, 18.0, 30.5)
    at.number_input(key="bpo_quote_low").set_value(0.0)
    at.number_input(key="bpo_quote_high").set_value(0.0).run()
    assert not at.exception
    assert _checks(at) == [
        "**Check:** used as typed, but a price of nothing.\n"
        "- BPO quote: $0 at both ends, the work for nothing."]
