"""The contact-centre page's inputs through AppTest: kept across a page switch, a rejected number reported next to
the results with the value used, and the queues carried to the Estimate page as its workload."""

from __future__ import annotations

import pytest
from contact_centre_app import CC, ROOT, contact_centre_page, metrics, published_queue  # noqa: F401 (the page fixture)
from dashboard_app import with_bpo_quote
from streamlit.testing.v1 import AppTest

from estimator.contact_workload import ContactWorkload, QueueWorkload
from estimator.scenario import InHouseInputs, Scenario, VendorPrice
from views.share import CURRENT, encode


def test_volume_handle_time_and_targets_survive_a_page_switch(page):
    published_queue(page)
    page.toggle(key="cc_chat").set_value(True).run()
    page.number_input(key="cc_chat_volume").set_value(500)
    page.number_input(key="cc_chat_answer").set_value(45)
    page.slider(key="cc_shrinkage").set_value(35)
    page.slider(key="cc_hours").set_value((7, 21)).run()
    before = metrics(page)
    page.switch_page("views/sources.py").run()
    assert not page.exception
    page.switch_page(CC).run()
    assert not page.exception
    kept = {"cc_voice_volume": 2_400, "cc_voice_aht": 180, "cc_voice_answer": 20, "cc_chat_volume": 500,
            "cc_chat_answer": 45}
    assert {k: page.number_input(key=k).value for k in kept} == kept
    assert page.slider(key="cc_voice_sl").value == 80 and page.slider(key="cc_occupancy").value == 100
    assert page.slider(key="cc_shrinkage").value == 35 and page.slider(key="cc_hours").value == (7, 21)
    assert page.selectbox(key="cc_pattern").value == "flat" and page.toggle(key="cc_chat").value is True
    assert metrics(page) == before


def test_a_number_outside_its_limits_is_reported_with_the_value_used(page):
    published_queue(page)
    before = metrics(page)
    page.number_input(key="cc_voice_aht").set_value(0).run()
    assert not page.exception and not page.error
    warning = page.warning[0].value
    assert "Not used" in warning
    # the field, the value typed, the limits, and what the results use instead: the last accepted 180 seconds
    assert "Voice handle time: 0 seconds is outside 1 second to 7,200 seconds; the results use 180 seconds." in warning
    assert metrics(page) == before
    page.number_input(key="cc_salary").set_value(None).run()
    assert "Agent salary: empty is not a number; the results use $41,600." in page.warning[0].value
    # and after a page switch the field still shows what was typed, and still says so
    page.switch_page("views/sources.py").run()
    page.switch_page(CC).run()
    assert page.number_input(key="cc_voice_aht").value == 0
    assert "the results use 180 seconds" in page.warning[0].value
    page.number_input(key="cc_voice_aht").set_value(180)
    page.number_input(key="cc_salary").set_value(41_600).run()
    assert not page.warning


def test_a_week_keeps_its_own_volume(page):
    page.number_input(key="cc_voice_volume").set_value(1_000).run()
    page.segmented_control(key="cc_source").set_value("week").run()
    # a week's volume is its own field: not the day's 1,000 read as a week
    assert page.number_input(key="cc_voice_volume_week").value != 1_000
    page.segmented_control(key="cc_source").set_value("day").run()
    assert page.number_input(key="cc_voice_volume").value == 1_000


def test_the_queue_becomes_the_workload_of_the_estimate(page):
    published_queue(page)
    page.slider(key="cc_volume_spread").set_value(20).run()
    page.button(key="cc_use_in_estimate").click().run()
    assert not page.exception
    assert page.segmented_control(key="workload_basis").value == "contacts"
    # 14 agents × 12 h × 21.741 days = 3,652.5 agent hours; / (2,080 / 12 × 0.7 = 121.33 h) = 30.1 paid FTE
    in_house = next(c.value for c in page.caption if "FTE" in c.value and "Run rate" in c.value)
    assert "· 30.1 FTE ·" in in_house
    # 2,400 calls a day × 21.741 days = 52,178.6 contacts a month
    assert "Voice, 52,179 contacts and 3,652 Erlang C agent hours a month" in " ".join(c.value for c in page.caption)
    # the volume range is drawn: the estimate's scenario carries it
    scenario = page.session_state[CURRENT]
    assert scenario.contact_centre.volume_range == (0.8, 1.2)
    # the estimate page's inputs survive a page switch with the contacts workload too
    page.switch_page("views/sources.py").run()
    page.switch_page("views/estimate.py").run()
    assert page.segmented_control(key="workload_basis").value == "contacts"
    assert "· 30.1 FTE ·" in next(c.value for c in page.caption if "Run rate" in c.value)


def test_a_per_contact_quote_travels_with_the_queue(page):
    published_queue(page)
    page.selectbox(key="cc_vendor_basis").set_value("per_contact").run()
    page.number_input(key="cc_quote_low_per_contact").set_value(2.0)
    page.number_input(key="cc_quote_high_per_contact").set_value(3.0).run()
    page.button(key="cc_use_in_estimate").click().run()
    assert not page.exception
    assert page.selectbox(key="bpo_quote_basis").value == "per_contact"
    assert (page.number_input(key="bpo_quote_low").value, page.number_input(key="bpo_quote_high").value) == (2.0, 3.0)
    assert page.session_state[CURRENT].bpo.basis == "per_contact"


def test_the_top_bpo_rate_is_carried_to_the_estimate(page):
    """The rate slider's top is the Estimate page's BPO price slider's top, so the hand-over is never refused.

    The seeds' BPO range for customer service is $20-$30 an hour; the Estimate page's slider runs to
    2 × $30 = $60, rounded up to $100. The contact-centre slider ran to $200: at $105 the Estimate page
    refused the whole scenario ("goes from 0 to 100, got 105") and kept its 10 FTE default.
    """
    published_queue(page)
    slider = page.slider(key="cc_vendor_rate")
    assert slider.max == 100.0
    slider.set_value((20.0, slider.max)).run()
    page.button(key="cc_use_in_estimate").click().run()
    assert not page.exception
    assert not [w.value for w in page.warning if "not applied" in w.value]
    assert not [e.value for e in page.error if "not applied" in e.value]
    assert page.segmented_control(key="workload_basis").value == "contacts"
    assert page.session_state[CURRENT].bpo.high == 100.0


def test_the_estimate_asks_for_queues_when_none_were_carried(monkeypatch):
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.segmented_control(key="workload_basis").set_value("contacts").run()
    assert not at.exception
    assert "no queues yet: set them on the Contact centre page" in at.error[0].value


def test_a_contacts_scenario_opened_from_a_link_fills_the_contact_centre_page(monkeypatch):

    day = (0.0,) * 16 + (100.0,) * 24 + (0.0,) * 8  # 100 a half hour, 08:00–20:00: 2,400 a day
    voice = QueueWorkload("Voice", day, 180, 20, 0.8, 1.0)  # A = 100 × 180 / 1,800 = 10 Erlangs: 14 agents
    email = QueueWorkload("Email", tuple(c / 2 for c in day), 360, 20, 0.8, 1.0)  # 50 at 360 s: the same 10
    workload = ContactWorkload((voice, email), 30, 21.741, volume_range=(0.8, 1.2), aht_range=(0.95, 1.05))
    scenario = Scenario("Customer service", 0, workload_basis="contacts", contact_centre=workload, name="Two queues",
                        in_house=InHouseInputs(shrinkage=0.35), bpo=VendorPrice("per_contact", 2.0, 3.0, option="bpo"))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["s"] = encode(scenario)
    at.run()
    assert not at.exception and at.segmented_control(key="workload_basis").value == "contacts"
    # 14 agents × 12 h × 21.741 days = 3,652.5 agent hours a queue; 7,305 for the two
    assert "Voice, Email, 78,268 contacts and 7,305 Erlang C agent hours a month" in " ".join(c.value for c in at.caption)
    at.switch_page(CC).run()
    assert not at.exception and not at.warning
    assert at.segmented_control(key="cc_source").value == "scenario"
    shown = {k: at.number_input(key=k).value for k in ("cc_scn_0_volume", "cc_scn_0_aht", "cc_scn_1_volume",
                                                          "cc_scn_1_aht", "cc_scn_0_answer", "cc_quote_low_per_contact")}
    assert shown == {"cc_scn_0_volume": 2_400, "cc_scn_0_aht": 180, "cc_scn_1_volume": 1_200, "cc_scn_1_aht": 360,
                     "cc_scn_0_answer": 20, "cc_quote_low_per_contact": 2.0}
    assert [at.slider(key=k).value for k in ("cc_scn_1_sl", "cc_occupancy", "cc_shrinkage", "cc_volume_spread",
                                              "cc_aht_spread")] == [80, 100, 35, 20, 5]
    m = metrics(at)
    assert (m["Peak agents on the phones"], m["Agent hours a month"]) == ("28", "7,305")  # 14 + 14
    assert m["BPO cost per contact"] == "$2.61"  # $2.50 midpoint + 4.5% governance
    # back to the estimate unchanged: the same workload, not a copy rounded through the widgets
    at.button(key="cc_use_in_estimate").click().run()
    assert not at.exception and at.session_state[CURRENT].contact_centre == workload
    # a volume set on the page scales the saved intervals: 200 Voice calls a half hour need 24 agents (A = 20)
    at.switch_page(CC).run()
    at.number_input(key="cc_scn_0_volume").set_value(4_800).run()
    assert metrics(at)["Peak agents on the phones"] == "38"  # 24 + 14
    assert at.segmented_control(key="cc_source").value == "scenario"


def test_a_quote_keeps_its_meaning_when_its_basis_changes(page):
    published_queue(page)
    page.button(key="cc_use_in_estimate").click().run()
    page.switch_page("views/estimate.py")  # AppTest reruns the page it was last sent to, not the app's switch
    page.toggle(key="bpo_use_quote").set_value(True).run()
    page.number_input(key="bpo_quote_low").set_value(25.0)
    page.number_input(key="bpo_quote_high").set_value(30.0).run()
    page.selectbox(key="bpo_quote_basis").set_value("per_contact").run()
    assert not page.exception
    # each contact takes 14 agents × ½ h / 100 calls = 0.07 agent hours, billed 0.07 × 1.1 (the vendor's slower
    # handling) = 0.077 productive hours: $25 an hour is $1.925 a contact, $30 is $2.31 (not "$25 a contact")
    quote = (page.number_input(key="bpo_quote_low").value, page.number_input(key="bpo_quote_high").value)
    assert quote == pytest.approx((1.925, 2.31))
    # $1.925 to the cent as every money figure of the page writes it (Babel: half to even)
    assert "converted from $25.00 to $30.00 per productive hour to $1.92 to $2.31 per contact" in page.info[0].value
    assert page.session_state[CURRENT].bpo.basis == "per_contact"
    # a contact is 3 minutes × 1.1 = 3.3 vendor minutes: $1.925 / 3.3 = $0.5833 a minute; and back to $25 an hour
    # held as its field shows it, to four decimals: $0.5833; and back, 0.5833 × 3.3 / 0.077 = $24.998571 an hour,
    # shown and held as 24.9986 (the price a minute the field showed, not the 0.583333... it hid)
    page.selectbox(key="bpo_quote_basis").set_value("per_minute").run()
    assert page.number_input(key="bpo_quote_low").value == 0.5833
    page.selectbox(key="bpo_quote_basis").set_value("per_hour").run()
    assert page.number_input(key="bpo_quote_low").value == 24.9986
    assert not [i for i in page.info if "converted" in i.value and "$25" not in i.value]  # said once, when it happens


def test_a_converted_quote_is_said_in_its_own_currency(page):
    """A euro quote converted to a price a contact read "converted from $25.00 to $30.00 per productive hour"."""
    published_queue(page)
    page.button(key="cc_use_in_estimate").click().run()
    page.switch_page("views/estimate.py")
    page.session_state["open_currency"] = True
    page.toggle(key="bpo_use_quote").set_value(True).run()
    page.selectbox(key="bpo_currency").set_value("EUR").run()
    page.number_input(key="bpo_quote_low").set_value(25.0)
    page.number_input(key="bpo_quote_high").set_value(30.0).run()
    page.selectbox(key="bpo_quote_basis").set_value("per_contact").run()
    assert not page.exception
    # as above, 0.077 productive hours a contact: €25 an hour is €1.925 a contact, €30 is €2.31
    assert "converted from €25.00 to €30.00 per productive hour to €1.92 to €2.31 per contact" in page.info[0].value
    page.selectbox(key="bpo_quote_basis").set_value("per_minute").run()  # €1.925 / 3.3 vendor minutes = €0.5833
    assert "to 0.5833 EUR to 0.7 EUR per handled minute" in page.info[0].value


def _handed_over(at: AppTest) -> list[str]:
    # the page escapes the message's punctuation (views.text.plain): read it as shown
    return [i.value.replace("\\", "") for i in at.info if "From the Contact centre" in i.value]


def test_using_a_queue_says_what_it_replaced(monkeypatch):
    """Session 23's walk: a BPO quote of $18-$30.50 an hour typed on the Estimate page was replaced by the Contact
    centre's own BPO rate (the price book's $20-$30) and the quote toggle turned off, without a word."""
    at = with_bpo_quote(monkeypatch, 18.0, 30.5)
    at.switch_page(CC).run()
    published_queue(at)
    at.slider(key="cc_shrinkage").set_value(35).run()  # the estimate's is the default 30%
    at.button(key="cc_use_in_estimate").click().run()
    assert not at.exception
    # the price as the sidebar words it; the salary is the default $41,600 on both pages, so it is not named
    assert _handed_over(at) == [
        "**From the Contact centre:** Its queues are the workload now (Erlang C agent hours). This page also set BPO "
        "price $20–$30 per productive hour (was $18–$30.50 per productive hour, a vendor quote); shrinkage 35% (was "
        "30%). Everything else the estimate held is kept."]
    at.run()  # the next run: said once
    assert not _handed_over(at)


def test_using_a_queue_from_another_function_says_the_function_changed(monkeypatch):
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.selectbox(key="function").set_value("IT and software operations").run()
    at.switch_page(CC).run()
    at.button(key="cc_use_in_estimate").click().run()
    assert not at.exception
    assert _handed_over(at) == [
        "**From the Contact centre:** Its queues are the workload now (Erlang C agent hours). The function is Customer "
        "service (it was IT and software operations; its inputs are not kept)."]


def test_a_range_the_queue_replaces_is_named_as_a_range():
    """The estimate's salary and shrinkage given as ranges ($31,200-$52,000, 20%-40%): the Contact centre's point
    values ($41,600 and 30%, its defaults) replace them, and the message names what went."""
    from estimator.scenario import InputRange
    from views.contact_centre import handed_over

    current = Scenario("Customer service", 10, ranges=(InputRange("shrinkage", 0.2, 0.4),
                                                       InputRange("annual_salary", 31_200, 52_000)))
    settings = {"price": None, "salary": 41_600.0, "in_house_currency": "USD", "shrinkage": 0.3}
    assert handed_over(current, settings) == (
        "Its queues are the workload now (Erlang C agent hours). This page also set salary per FTE $41,600 a year (was "
        "the range $31,200–$52,000); shrinkage 30% (was the range 20%–40%). Everything else the estimate held is kept.")
    # a salary with cents keeps them
    settings["salary"] = 41_600.5
    assert "salary per FTE $41,600.50 a year" in handed_over(current, settings)
