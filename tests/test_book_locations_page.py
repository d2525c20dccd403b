"""The Estimate page's "Delivered from" choice among a price book's rows for one function and option at several
locations (issue 8): offered only then, it prices the chosen row, and it survives a page switch and a share link."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import views.state
from estimator.estimate import estimate
from views.share import CURRENT, encode

ROOT = Path(__file__).resolve().parent.parent


def _book_at_two_places(tmp_path: Path) -> Path:
    """data/pricing.csv with a location column and one more customer-service BPO row, offshore at $8-12 an hour.
    The seed's $20-30 row states no location and stays first."""
    lines = (ROOT / "data" / "pricing.csv").read_text().splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("function,"))
    lines[header] += ",location"
    lines.append('Customer service,BPO,per_hour,8,12,USD,productive hour,"Offshore rate card",2025,"a test row",offshore')
    path = tmp_path / "pricing.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def _page() -> AppTest:
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)


def test_the_estimate_page_prices_the_chosen_location_and_keeps_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(views.state, "DEFAULT_PATH", _book_at_two_places(tmp_path))
    at = _page()
    at.run()
    assert not at.exception
    box = at.selectbox(key="bpo_book_location")
    # the book's order, the first as a fresh page takes it; the seed row says it states no location
    assert box.options == ["Location not stated", "Offshore"] and box.value == "not_stated"
    s = at.session_state[CURRENT]
    assert (s.bpo.low, s.bpo.high, s.bpo.location) == (20, 30, "not_stated")
    # the book has no customer-service KPO price: no choice there (a quote is asked for)
    with pytest.raises(KeyError):
        at.selectbox(key="kpo_book_location")

    box.set_value("offshore").run()
    assert not at.exception
    s = at.session_state[CURRENT]
    assert (s.bpo.low, s.bpo.high, s.bpo.location, s.bpo.source) == (8, 12, "offshore", "Offshore rate card (2025)")
    assert at.slider(key="bpo_price").value == (8.0, 12.0)  # the slider starts again from the offshore row's range
    # BPO at $8-12 an hour offshore: 1,213.33 productive hours × 1.10 at the vendor = 1,334.67 billed hours,
    # $10 at the midpoint = $13,346.67 of fees a month (the README's worked example's hours)
    assert next(c.cost.mid for c in estimate(s).bpo.components if c.name == "fees") == pytest.approx(13_346.67, abs=0.01)

    # kept across a page switch, in the store every input lives in (a browser forgets the widget's own state)
    at.switch_page("views/sources.py").run()
    at.switch_page("views/estimate.py").run()
    assert not at.exception
    assert at.session_state["_inputs"]["bpo_book_location"] == "offshore"
    assert at.selectbox(key="bpo_book_location").value == "offshore"
    assert at.session_state[CURRENT].bpo == s.bpo

    # a share link opens the same row at the same place
    fresh = _page()
    fresh.query_params["s"] = encode(s)
    fresh.run()
    assert not fresh.exception and not fresh.warning
    assert fresh.selectbox(key="bpo_book_location").value == "offshore"
    assert fresh.session_state[CURRENT].bpo == s.bpo


def test_the_old_pages_request_after_a_switch_keeps_the_price_at_that_location(tmp_path, monkeypatch) -> None:
    """The Estimate page's request arriving after a switch (a field's blur, session 17): Streamlit, holding no value
    for the page's widgets any more, calls each one's on_change as if it had changed. "Delivered from" sent unchanged
    reset the price slider to the row's range: a user's $9-10 offshore became $8-12 again."""
    monkeypatch.setattr(views.state, "DEFAULT_PATH", _book_at_two_places(tmp_path))
    at = _page()
    at.run()
    at.selectbox(key="bpo_book_location").set_value("offshore").run()
    at.slider(key="bpo_price").set_value((9.0, 10.0)).run()
    assert not at.exception
    old_page = at._tree.get_widget_states()
    at.switch_page("views/sources.py").run()
    at.switch_page("views/estimate.py")
    at._run(old_page)
    assert not at.exception
    s = at.session_state[CURRENT]
    assert (s.bpo.low, s.bpo.high, s.bpo.location) == (9, 10, "offshore")
