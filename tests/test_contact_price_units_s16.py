"""Session 16, issue 7: a per-contact quote is said per contact, not per productive hour or per billing unit.

After the Contact centre's "Use this queue..." with a per-contact quote the Estimate page's sidebar read "BPO price
(EUR per productive hour)" above "Quote per: per contact", the break-even note "€7 a unit a month", and the CSV's
break-even row "EUR per billing unit a month"."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from estimator.contact_workload import ContactWorkload, QueueWorkload
from estimator.estimate import estimate
from estimator.export import tidy_table
from estimator.scenario import InHouseInputs, Scenario, VendorPrice
from views.share import encode

ROOT = Path(__file__).resolve().parent.parent


def _contacts(price: VendorPrice) -> Scenario:
    day = (0.0,) * 16 + (100.0,) * 24 + (0.0,) * 8  # 100 calls a half hour, 08:00-20:00
    voice = QueueWorkload("Voice", day, 180, 20, 0.8, 1.0)
    return Scenario("Customer service", 0, workload_basis="contacts", name="Queue",
                    contact_centre=ContactWorkload((voice,), 30, 21.741), in_house=InHouseInputs(shrinkage=0.35),
                    bpo=price)


@pytest.mark.parametrize(("basis", "unit"), [("per_contact", "USD per contact"),
                                             ("per_minute", "USD per handled minute")])
def test_the_csvs_break_even_price_is_in_the_quotes_unit(basis, unit):
    table = tidy_table(estimate(_contacts(VendorPrice(basis, 2.0, 3.0, option="bpo"))))
    row = table[(table["option"] == "bpo") & (table["component"] == "break_even_price")]
    assert list(row["unit"]) == [unit]


def _opened(monkeypatch) -> AppTest:
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["s"] = encode(_contacts(VendorPrice("per_contact", 2.0, 3.0, option="bpo")))
    at.run()
    assert not at.exception
    assert at.selectbox(key="bpo_quote_basis").value == "per_contact"
    return at


def test_the_sidebar_heading_says_per_contact(monkeypatch):
    headings = [m.value for m in _opened(monkeypatch).sidebar.markdown if m.value.startswith("**BPO price**")]
    assert headings == ["**BPO price** (USD per contact)"]


def test_the_break_even_note_says_a_contact(monkeypatch):
    notes = " ".join(c.value for c in _opened(monkeypatch).caption if "break-even price" in c.value)
    assert "break-even price $" in notes and " a contact" in notes and "a unit a month" not in notes, notes
