"""The contact centre's labels and workload, without the page: interval labels through midnight and into the
next day, the staffing headline of two queues, per-interval handle times kept when a staffed centre becomes
an estimate's workload, and a longer handle time in an estimate's case costing more agent hours."""

from __future__ import annotations

import numpy as np

from estimator.contact_workload import ContactWorkload, QueueWorkload, from_centre
from estimator.staffing import ContactCentre, Queue, staff
from estimator.staffing_charts import interval_labels, staffing_curve_figure, staffing_headline


def test_a_days_labels_run_to_midnight():
    labels = interval_labels(96, 15)
    # 96 quarter hours: 00:00, 00:15, ..., 01:00 is the 5th, 23:45 the last
    assert len(labels) == 96 and labels[:2] == ["00:00", "00:15"] and labels[4] == "01:00" and labels[-1] == "23:45"


def test_a_weeks_labels_turn_the_day_at_midnight():
    labels = interval_labels(7 * 48, 30, week=True)
    # 48 half hours a day: the 48th is Monday 23:30, the 49th Tuesday 00:00; the last is Sunday 23:30
    assert labels[47] == "Mon 23:30" and labels[48] == "Tue 00:00" and labels[-1] == "Sun 23:30"


def test_the_headline_names_every_queues_peak_and_when():
    # The published test vector: 100 calls a half hour at 3 minutes, 80% in 20 seconds, takes 14 agents;
    # 50 calls take fewer. Voice peaks in its second interval, Chat in its first.
    voice = Queue("Voice", [50, 100], 180, 20, 0.8, 1.0)
    chat = Queue("Chat", [100, 50], 180, 20, 0.8, 1.0)
    s = staff(ContactCentre((voice, chat)), 0.3)
    assert staffing_headline(s, ["08:00", "08:30"]) == (
        "Voice needs up to 14 agents on the phones (at 08:30); Chat needs up to 14 agents on the phones (at 08:00)")


def test_per_interval_handle_times_survive_into_the_workload():
    q = Queue("Voice", np.array([100.0, 100.0]), np.array([180.0, 240.0]), answer_seconds=20, service_level=0.8,
              max_occupancy=1.0)
    w = from_centre(ContactCentre((q,), periods_per_month=20))
    assert w.queues[0].aht_seconds == (180.0, 240.0)


def test_a_longer_handle_time_costs_more_agent_hours():
    # Occupancy capped at 50%, so the cap sets the agents: 100 calls a half hour at 180 s are 10 Erlangs -> 20
    # agents; at 1.2 × the handle time (216 s), 12 Erlangs -> 24 agents (both far above the 14 the 80/20 target
    # needs). Two half hours, 20 times a month: 20 × 2 × 0.5 × 20 = 400 agent hours, and 24 agents: 480.
    w = ContactWorkload((QueueWorkload("Voice", (100, 100), 180, 20, 0.80, 0.5),), periods_per_month=20)
    assert w.agent_hours([1.0, 1.0], [1.0, 1.2]).tolist() == [400.0, 480.0]


def test_the_staffing_curve_states_the_peak_and_keeps_the_contacts_behind_the_agents():
    # one queue, the published vector in its second half hour: 14 agents at 08:30
    s = staff(ContactCentre((Queue("Voice", [50, 100], 180, 20, 0.8, 1.0),)), 0.3)
    fig = staffing_curve_figure(s, ["08:00", "08:30"])
    assert fig.layout.title.text == "Voice needs up to 14 agents on the phones (at 08:30)"
    assert fig.layout.yaxis.title.text == "Agents on the phones"
    assert (fig.layout.yaxis2.title.text, fig.layout.yaxis2.overlaying) == ("Contacts per interval", "y")
    bars, line = fig.data
    # the contacts are light bars in the queue's colour on the right-hand axis, so the agents line (the same
    # colour, solid) reads over them
    assert bars.type == "bar" and bars.yaxis == "y2" and bars.marker.opacity < 0.5
    assert line.mode == "lines" and line.line.color == bars.marker.color and line.y[1] == 14 and line.y[0] < 14
    # each level centred on its own bar: with "hv" the 14 agents of 08:30 (the last interval) drew no level at all,
    # and 08:00's level ran over 08:30's bar
    assert line.line.shape == "hvh"


def test_both_axes_of_the_staffing_curve_share_their_gridlines():
    from estimator.staffing_charts import aligned_axes

    # 14 agents, 100 contacts: over 4..8 intervals, the waste n × step / max of each axis, summed:
    # n=4: steps 5 (3.5 up) and 50 (25 up): 20/14 + 200/100 = 3.43; n=5: 5 and 20: 1.79 + 1.00 = 2.79;
    # n=6: 5 and 20: 2.14 + 1.20 = 3.34; n=7: 2 and 20: 1.00 + 1.40 = 2.40; n=8: 2 and 20: 1.14 + 1.60 = 2.74
    assert aligned_axes(14, 100) == (7, 2.0, 20.0)
    # 160 agents, 600 contacts: n=4: 50 and 200: 1.25 + 1.33 = 2.58; n=5: 50 and 200: 1.56 + 1.67 = 3.23;
    # n=6: 50 and 100: 1.88 + 1.00 = 2.88; n=7: 50 and 100: 2.19 + 1.17 = 3.35; n=8: 20 and 100: 1.00 + 1.33 = 2.33
    assert aligned_axes(160, 600) == (8, 20.0, 100.0)
    # a closed day: no agents, no contacts: still round steps of 1
    assert aligned_axes(0, 0) == (4, 1.0, 1.0)
    # the figure: 14 agents and 100 contacts at their peak, 5% headroom (14.7 and 105): n=8 by the same sums
    # (2 and 20: 16/14.7 + 160/105 = 1.09 + 1.52 = 2.61, the least), so 0-16 by 2 and 0-160 by 20
    s = staff(ContactCentre((Queue("Voice", [50, 100], 180, 20, 0.8, 1.0),)), 0.3)
    layout = staffing_curve_figure(s, ["08:00", "08:30"]).layout
    assert (tuple(layout.yaxis.range), layout.yaxis.dtick) == ((0, 16), 2)
    assert (tuple(layout.yaxis2.range), layout.yaxis2.dtick) == ((0, 160), 20)


def test_a_queue_named_with_markup_reaches_the_legend_and_hover_as_typed():
    # Plotly reads <b>, <a href> and <br> in a trace's name (the legend) and its meta (the hover) as markup, so a
    # queue named "<b>x</b> & co" went in bold as "x & co". Escaped by hand (html.escape, quote=False): "<" is
    # "&lt;", ">" is "&gt;", "&" is "&amp;", which Plotly shows as the three characters typed. "=1+1" holds none of
    # them: as typed (a formula prefix is the spreadsheet's concern, not the chart's). The browser cannot tell this
    # line's loss: plotly.js draws a tag it does not know ("<img src=x ...>", the corpus's queue) as text anyway.
    centre = ContactCentre((Queue("<b>x</b> & co", [50, 100], 180, 20, 0.8, 1.0),
                            Queue("=1+1", [10, 20], 600, 60, 0.8, 0.85)))
    fig = staffing_curve_figure(staff(centre, 0.3), ["08:00", "08:30"])
    assert [t.name for t in fig.data] == [
        "&lt;b&gt;x&lt;/b&gt; &amp; co: contacts offered", "&lt;b&gt;x&lt;/b&gt; &amp; co: agents needed",
        "=1+1: contacts offered", "=1+1: agents needed"]
    assert [t.meta for t in fig.data] == ["&lt;b&gt;x&lt;/b&gt; &amp; co"] * 2 + ["=1+1"] * 2
