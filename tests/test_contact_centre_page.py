"""The contact-centre page through AppTest: volume inputs by key, what a planner reads, no exceptions."""

from __future__ import annotations

import pytest
from contact_centre_app import contact_centre_page, metrics, published_queue  # noqa: F401 (the page fixture)
from streamlit.testing.v1 import AppTest


def test_page_opens_with_a_staffing_curve_and_costs(page: AppTest):
    m = metrics(page)
    assert int(m["Agents on the phones at the peak"]) > 0
    assert m["In-house cost per contact"].startswith("$")
    assert m["BPO cost per contact"].startswith("$")  # the seeds' $20–30 per hour
    fig = page.get("plotly_chart")[0]
    assert "agents" in fig.proto.spec


def test_the_published_queue_through_the_page(page):
    m = metrics(published_queue(page))
    assert m["Agents on the phones at the peak"] == "14"
    assert m["Staff to schedule at the peak"] == "20"  # ceil(14 / 0.7)
    # 14 agents × 12 h a day × 21.741 days a month (30.4375 × 5 / 7) = 3,652.5 h
    assert m["Agent hours a month"] == "3,652"
    # 3,652.5 h / (2,080 / 12 × 0.7 = 121.333 h) = 30.1 paid FTE
    assert m["Paid FTE"] == "30.1"
    # the queue table: 2,400 × 21.741 days = 52,179 contacts, × 3 minutes = 156,536 minutes; the published
    # service level 0.8884 and occupancy 10 / 14 = 0.714 at every open interval
    assert page.dataframe[0].value.to_dict("records") == [{
        "Queue": "Voice", "Contacts a month": "52,179", "Handled minutes a month": "156,536", "Peak agents": 14,
        "Agent hours a month": "3,652", "Service level (lowest open interval)": "89%", "Occupancy (average)": "71%"}]
    # shrinkage reprices the cached staffing: the rota and FTE move, the agents and the table do not
    page.slider(key="cc_shrinkage").set_value(40).run()
    m = metrics(page)
    assert (m["Agents on the phones at the peak"], m["Staff to schedule at the peak"]) == ("14", "24")  # ceil(14 / 0.6)
    assert m["Paid FTE"] == "35.1"  # 3,652.5 / (173.33 × 0.6 = 104 h)
    assert page.dataframe[0].value.to_dict("records")[0]["Peak agents"] == 14


def test_more_volume_needs_more_agents_and_costs_more(page):
    published_queue(page)
    before = metrics(page)
    page.number_input(key="cc_voice_volume").set_value(4_800).run()
    after = metrics(page)
    assert int(after["Agents on the phones at the peak"]) > int(before["Agents on the phones at the peak"])
    money = lambda s: float(s.replace("$", "").replace(",", ""))  # noqa: E731
    assert money(after["In-house cost a month"]) > money(before["In-house cost a month"])
    # economies of scale: 200 calls a half hour (A = 20) need 24 agents (SL 0.8089; 23 give 0.7021, by the
    # scalar log-Poisson check in test_staffing), fewer than twice 14, so each call costs less
    assert after["Agents on the phones at the peak"] == "24"
    assert money(after["In-house cost per contact"]) < money(before["In-house cost per contact"])


def test_a_per_contact_quote_prices_the_vendor_per_contact(page):
    published_queue(page)
    page.selectbox(key="cc_vendor_basis").set_value("per_contact").run()
    assert metrics(page)["BPO cost per contact"] == "Needs a quote"
    page.number_input(key="cc_quote_low_per_contact").set_value(2.0)
    page.number_input(key="cc_quote_high_per_contact").set_value(2.0).run()
    # $2.00 a contact + 4.5% governance = $2.09
    assert metrics(page)["BPO cost per contact"] == "$2.09"
    assert not page.exception


def test_a_chat_queue_adds_its_own_curve(page):
    page.toggle(key="cc_chat").set_value(True).run()
    spec = page.get("plotly_chart")[0].proto.spec
    assert "Chat: agents needed" in spec and "Voice: agents needed" in spec
    assert page.number_input(key="cc_chat_aht").value == 600


def test_a_weekly_volume_is_spread_over_the_week(page):
    page.segmented_control(key="cc_source").set_value("week").run()
    assert not page.exception
    assert "Mon 10:30" in page.get("plotly_chart")[0].proto.spec


def test_own_weights_of_the_wrong_length_get_a_message(page):
    page.selectbox(key="cc_pattern").set_value("own").run()
    page.text_input(key="cc_weights").set_value("1, 2, 3").run()
    assert not page.exception
    assert "give 24 weights" in page.error[0].value
    page.text_input(key="cc_weights").set_value(", ".join(["1"] * 24)).run()
    assert not page.error and not page.exception


def test_file_mode_asks_for_a_file(page):
    page.segmented_control(key="cc_source").set_value("file").run()
    assert not page.exception
    assert "Upload an interval file" in page.info[0].value


@pytest.mark.parametrize("end", ["min", "max"])
def test_every_input_driven_to_either_end_gives_a_page_or_a_message(page, end):
    page.toggle(key="cc_chat").set_value(True).run()
    for slider in page.slider:
        lo, hi = slider.proto.min, slider.proto.max
        value = lo if end == "min" else hi
        slider.set_value((lo, hi) if isinstance(slider.value, tuple) else value)
    for box in page.number_input:
        if box.key.startswith("cc_quote"):
            continue
        box.set_value(box.proto.min if end == "min" else box.proto.max)
    page.run()
    assert not page.exception
    # either a staffed page or a message that names what to change
    assert page.metric or page.error or page.info
