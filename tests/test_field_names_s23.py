"""No two fields on a page share a name (session 21's walk, h21walk; fixed in session 23).

A field's label is the only name a screen reader gives it (Streamlit writes it as the input's ``aria-label``), and the
Estimate page's two typed quotes, the BPO's and the KPO's, were "Quote low" and "Quote high" both, their unit only in
the heading above ("KPO price (USD per productive hour)"); so were "The quote is", "Delivered from" and "Quote per"
once both quotes were typed. Each page is drawn here with every field it can show at once (the sidebar's expanders
open, both quotes typed, the captive and the chat queue on) and its fields' labels must differ.
"""

from __future__ import annotations

from collections import Counter

from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest

# Streamlit's labelled inputs, as AppTest names them (a button's label is its text, not a field's name)
FIELDS = ("number_input", "text_input", "text_area", "selectbox", "multiselect", "slider", "select_slider", "toggle",
          "checkbox", "radio", "date_input", "time_input", "color_picker", "segmented_control")


def labels(at: AppTest) -> list[str]:
    return [w.label for kind in FIELDS for w in at.get(kind)]


def shared(at: AppTest) -> dict[str, int]:
    """The labels more than one field on the page has, with how many have each."""
    return {label: n for label, n in Counter(labels(at)).items() if n > 1}


def both_quotes_typed(at: AppTest) -> AppTest:
    """The BPO's quote turned on (the KPO has no price in the book: its quote is always asked for) and both typed, so
    that each option draws its quote's fields, what its quote is per and where its work is done."""
    at.toggle(key="bpo_use_quote").set_value(True).run()
    for option, (low, high) in (("bpo", (10, 15)), ("kpo", (40, 60))):
        at.number_input(key=f"{option}_quote_low").set_value(low)
        at.number_input(key=f"{option}_quote_high").set_value(high)
    return at.run()


def test_the_estimate_page_names_each_field_once_with_both_quotes_typed(monkeypatch, tmp_path):
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    at = dashboard()
    at.run()
    at.toggle(key="captive_on").set_value(True).run()
    both_quotes_typed(at)
    assert not at.exception
    assert shared(at) == {}
    # both options' quote fields are drawn, each naming its option and unit (the heading's words: hand-written)
    assert {"BPO quote, low end (USD per productive hour)", "BPO quote, high end (USD per productive hour)",
            "KPO quote, low end (USD per productive hour)", "KPO quote, high end (USD per productive hour)",
            "The BPO quote is", "The KPO quote is", "BPO work delivered from",
            "KPO work delivered from"} <= set(labels(at)), labels(at)
    # a contact volume adds what each quote is per
    at.segmented_control(key="workload_basis").set_value("contacts").run()
    assert not at.exception
    assert shared(at) == {}
    assert {"BPO quote per", "KPO quote per"} <= set(labels(at)), labels(at)


def test_a_quote_field_names_the_unit_it_is_typed_in(monkeypatch, tmp_path):
    """The unit follows the quote's currency and what it is per: "The BPO quote is" per FTE a month, and the KPO's
    quote in euros."""
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    at = both_quotes_typed(dashboard().run())
    at.selectbox(key="bpo_billed").set_value("fte_month").run()
    at.selectbox(key="kpo_currency").set_value("EUR").run()
    assert {"BPO quote, low end (USD per FTE a month)", "KPO quote, high end (EUR per productive hour)"} \
        <= set(labels(at)), labels(at)
    assert "**BPO price** (USD per FTE a month)" in [m.value for m in at.sidebar.markdown]


def test_every_other_page_names_each_field_once(monkeypatch, tmp_path):
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path))
    at = both_quotes_typed(dashboard().run())
    for page, turned_on in (("views/guide.py", ()), ("views/portfolio.py", ("mix_captive_on",)),
                            ("views/contact_centre.py", ("cc_chat",)), ("views/scenarios.py", ()),
                            ("views/present.py", ()), ("views/sources.py", ())):
        at.switch_page(page).run()
        for key in turned_on:
            at.toggle(key=key).set_value(True).run()
        assert not at.exception, page
        assert shared(at) == {}, page
