"""The contact-centre page through AppTest: volume inputs by key, what a planner reads, no exceptions."""

from __future__ import annotations

import json

import pytest
from contact_centre_app import contact_centre_page, metrics, published_queue  # noqa: F401 (the page fixture)
from streamlit.testing.v1 import AppTest


def test_page_opens_with_a_staffing_curve_and_costs(page: AppTest):
    m = metrics(page)
    assert int(m["Peak agents on the phones"]) > 0
    assert m["In-house cost per contact"].startswith("$")
    assert m["BPO cost per contact"].startswith("$")  # the seeds' $20–30 per hour
    fig = page.get("plotly_chart")[0]
    assert "agents" in fig.proto.spec
    # handed over as every chart is (views.chart_handoff): no Streamlit theme over the figure's own settings, the
    # template written into the layout, a data revision
    layout = json.loads(fig.proto.spec)["layout"]
    assert fig.proto.theme == "" and "template" not in layout and layout["datarevision"]
    # the contacts axis in round steps of its own (not synced to the agents' gridlines at steps such as 20.4, plotly.js's
    # default), and as many of them as the agents have, so each contacts label sits on an agents gridline
    left, right = layout["yaxis"], layout["yaxis2"]
    assert left["tickmode"] == right["tickmode"] == "linear" and left["tick0"] == right["tick0"] == 0
    assert left["range"][1] / left["dtick"] == right["range"][1] / right["dtick"]


def test_the_published_queue_through_the_page(page):
    m = metrics(published_queue(page))
    assert m["Peak agents on the phones"] == "14"
    assert m["Staff to schedule at the peak"] == "20"  # ceil(14 / 0.7)
    # 14 agents × 12 h a day × 21.741 days a month (30.4375 × 5 / 7) = 3,652.5 h
    assert m["Agent hours a month"] == "3,652"
    # 3,652.5 h / (2,080 / 12 × 0.7 = 121.333 h) = 30.1 paid FTE
    assert m["Paid FTE"] == "30.1"
    # the queue table: 2,400 × 21.741 days = 52,179 contacts, × 3 minutes = 156,536 minutes; the published
    # service level 0.8884 and occupancy 10 / 14 = 0.714 at every open interval
    # (cells markdown-escaped, views.text.plain: "52\\,179" shows as 52,179)
    assert [{k: v.replace("\\", "") for k, v in r.items()} for r in page.table[0].value.to_dict("records")] == [{
        "Queue": "Voice", "Contacts a month": "52,179", "Handled minutes a month": "156,536", "Peak agents": "14",
        "Agent hours a month": "3,652", "Service level (lowest open interval)": "89%",
        "Occupancy (average, open intervals)": "71%"}]
    # shrinkage reprices the cached staffing: the rota and FTE move, the agents and the table do not
    page.slider(key="cc_shrinkage").set_value(40).run()
    m = metrics(page)
    assert (m["Peak agents on the phones"], m["Staff to schedule at the peak"]) == ("14", "24")  # ceil(14 / 0.6)
    assert m["Paid FTE"] == "35.1"  # 3,652.5 / (173.33 × 0.6 = 104 h)
    assert page.table[0].value.to_dict("records")[0]["Peak agents"] == "14"


def test_more_volume_needs_more_agents_and_costs_more(page):
    published_queue(page)
    before = metrics(page)
    page.number_input(key="cc_voice_volume").set_value(4_800).run()
    after = metrics(page)
    assert int(after["Peak agents on the phones"]) > int(before["Peak agents on the phones"])
    money = lambda s: float(s.replace("$", "").replace(",", ""))  # noqa: E731
    assert money(after["In-house cost a month"]) > money(before["In-house cost a month"])
    # economies of scale: 200 calls a half hour (A = 20) need 24 agents (SL 0.8089; 23 give 0.7021, by the
    # scalar log-Poisson check in test_staffing), fewer than twice 14, so each call costs less
    assert after["Peak agents on the phones"] == "24"
    assert money(after["In-house cost per contact"]) < money(before["In-house cost per contact"])


def test_the_bpo_is_priced_at_the_vendors_pace_as_on_the_estimate_page(page):
    # The published queue's 3,652.5 agent hours a month (above) at the seeds' $20-30 an hour (midpoint $25), with the
    # sourced 1.1 vendor hours per in-house hour: 3,652.5 × 1.1 × $25 = $100,443.75, plus governance: 4.5% is
    # $4,519.97, below the floor of half a vendor manager (0.5 × 98,580 × 1.31 / 12 = $5,380.83), so $105,824.58 a
    # month, or $2.03 for each of the 52,178.6 contacts. At in-house's pace it read $95,422: 1.1 times cheaper than
    # the Estimate page priced the same queue (and $104,964 without the floor, which the Estimate page has).
    m = metrics(published_queue(page))
    assert (m["BPO cost a month"], m["BPO cost per contact"]) == ("$105,825", "$2.03")


def test_a_per_contact_quote_prices_the_vendor_per_contact(page):
    published_queue(page)
    page.selectbox(key="cc_vendor_basis").set_value("per_contact").run()
    assert metrics(page)["BPO cost per contact"] == "Needs a quote"
    page.number_input(key="cc_quote_low_per_contact").set_value(2.0)
    page.number_input(key="cc_quote_high_per_contact").set_value(2.0).run()
    # $2.00 × 52,178.57 contacts = $104,357.14 + governance at its floor $5,380.83 (4.5% is $4,696.07) = $109,737.97,
    # $2.10 a contact
    assert metrics(page)["BPO cost per contact"] == "$2.10"
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


def test_the_sample_file_is_a_whole_day_with_closed_hours_at_zero():
    # the walk's defect: a sample of three half hours read as three half hours around the clock, 487 times a month
    from estimator.intervals import parse_intervals
    from views.contact_centre import _sample

    data = parse_intervals(_sample())
    assert (data.queues, len(data.starts), data.days) == (("Voice", "Chat"), 48, 1.0)
    # open 08:00 (the 17th half hour, index 16) to 20:00 (index 40): nothing outside, something in every open one
    assert not data.contacts[:, :16].any() and not data.contacts[:, 40:].any()
    assert (data.contacts[:, 16:40] > 0).all()
    # 24 open half hours each rounded to whole contacts: within 12 of the day's 2,400 and 500
    assert abs(data.contacts[0].sum() - 2_400) <= 12 and abs(data.contacts[1].sum() - 500) <= 12


def test_a_file_of_part_of_a_day_says_it_repeats_around_the_clock(page):
    part = b"interval_start,contacts\n2026-11-23 08:00,120\n2026-11-23 08:30,180\n2026-11-23 09:00,240\n"
    page.session_state["_cc_upload"] = ("part.csv", part)
    page.segmented_control(key="cc_source").set_value("file").run()
    assert not page.exception
    # 3 half hours = 1.5 hours = 0.0625 days, repeated 30.44 / 0.0625 = 487.0 times a month
    # above the results, in the main area: in the sidebar it sat below the fold (a walk at 1440×900 missed it)
    assert not [w for w in page.sidebar.warning if "not whole days" in w.value]
    assert [w.value for w in page.main.warning if "not whole days" in w.value] == [
        "The file covers 1.5 hours, not whole days: it is taken as repeating 487.0 times a month, around the "
        "clock. For a monthly cost, give whole days, with 0 contacts in the closed intervals."]
    # and above every result (the main area in page order): in the main area but under the metrics, a reader
    # would meet the costs before the word that explains them (planted: the warning after the first metrics row)
    order = [n.type for n in page.main if n.type == "metric" or (n.type == "warning" and "not whole days" in n.value)]
    assert order[0] == "warning" and "metric" in order, order


def test_a_whole_day_file_has_no_such_warning(page):
    from views.contact_centre import _sample

    page.session_state["_cc_upload"] = ("intervals_sample.csv", _sample().encode())
    page.segmented_control(key="cc_source").set_value("file").run()
    assert not page.exception
    assert not [w for w in page.warning if "not whole days" in w.value]
    assert page.metric  # staffed
    # the file's own arrivals, two queues: no word of illustrative shapes, and the button names both queues
    notes = " ".join(c.value for c in page.main.caption)
    assert "Agents by Erlang C per interval." in notes and "illustrative" not in notes
    assert [b.label for b in page.button if b.key == "cc_use_in_estimate"] == [
        "Use these queues as the workload of the estimate"]


def test_a_volume_spread_by_a_shape_says_the_shape_is_illustrative(page):
    notes = " ".join(c.value for c in page.main.caption)
    assert "arrival shapes are illustrative, not sourced data." in notes
    assert [b.label for b in page.button if b.key == "cc_use_in_estimate"] == [
        "Use this queue as the workload of the estimate"]


def test_the_curve_title_is_page_text_escaped_once(page):
    # The title named each queue's peak in one SVG line, cut off at 1440 px with two queues ("...at 10:"); it is
    # page text now, which wraps. A queue's name typed with markup shows as typed: escaped once, not twice.
    day = "".join(f"2026-11-23 {h:02d}:{m:02d},<b>V</b> & Co,{100 if 8 <= h < 20 else 0}\n"
                  for h in range(24) for m in (0, 30))
    page.session_state["_cc_upload"] = ("named.csv", ("interval_start,queue,contacts\n" + day).encode())
    page.segmented_control(key="cc_source").set_value("file").run()
    assert not page.exception
    titles = [m.value for m in page.markdown if "chart-title" in m.value]
    assert len(titles) == 1
    assert "&lt;b&gt;V&lt;/b&gt; &amp; Co needs up to " in titles[0] and "&amp;lt;" not in titles[0]
    assert "needs up to" not in page.get("plotly_chart")[0].proto.spec  # not in the figure as well
