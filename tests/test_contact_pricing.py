"""Per-contact and per-minute prices: the price book takes them, with checks; a plain scenario refuses them."""

from __future__ import annotations

import pytest

from estimator.pricing import PriceBookError, parse_price_book
from estimator.scenario import InputError, load_scenario

PRICE_HEAD = "function,model,basis,low,high,currency,unit,source,as_of,notes\n"


def test_price_book_takes_per_contact_and_per_minute_prices():
    book = parse_price_book(PRICE_HEAD + "Customer service,BPO,per_contact,3,6,USD,contact,quote,2026,\n"
                                         "Customer service,KPO,per_minute,0.5,1.2,USD,handled minute,quote,2026,\n")
    assert book.lookup("Customer service", "BPO").basis == "per_contact"
    assert book.lookup("Customer service", "KPO").mid == pytest.approx(0.85)


@pytest.mark.parametrize(("row", "message"), [
    ("Customer service,BPO,per_minute,0.5,1,USD,hour,quote,2026,", "per_minute price is per handled minute"),
    ("Customer service,BPO,per_contact,3,6,USD,month,quote,2026,", "per_contact price is per handled contact"),
    ("Customer service,BPO,per_contact,3,6,,contact,quote,2026,", "column 'currency': is empty"),
    ("Customer service,BPO,per_contact,6,3,USD,contact,quote,2026,", "low 6 must not be above high 3"),
])
def test_price_book_checks_the_new_bases(row, message):
    with pytest.raises(PriceBookError, match=message):
        parse_price_book(PRICE_HEAD + row + "\n")


def test_a_scenario_without_a_contact_volume_refuses_per_contact_prices(book):
    with pytest.raises(InputError, match="bpo.basis: per_contact needs a contact volume"):
        load_scenario('{"function": "Customer service", "workload": {"fte": 10},'
                      ' "bpo": {"basis": "per_contact", "low": 3, "high": 5}}', book)
