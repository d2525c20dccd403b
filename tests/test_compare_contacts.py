"""The Scenarios page's "Inputs that differ" for contact-centre scenarios: the queues and their settings in words,
not raw keys and JSON. Before: `workload.contacts.queues` `[{"name": "Voice", "contacts": [0.0, ...` and
`workload.contacts.periods_per_month` `21.74107143`."""

from __future__ import annotations

from estimator.compare import differing_inputs, readable_inputs
from estimator.contact_workload import ContactWorkload, QueueWorkload
from estimator.scenario import Scenario


def test_contact_centre_inputs_read_as_words_and_units():
    # A: one voice queue, 100 + 100 contacts over two half hours, the pattern 21.74107143 times a month:
    # 200 x 21.74107143 = 4,348.2 contacts a month. C: voice 120 + 100 = 220 x 30 = 6,600; chat 20 x 30 = 600;
    # its volume 0.9-1.1 on the plan (the Contact centre page's "± 10%"). B: a headcount, no queues.
    a = Scenario("Customer service", 0, name="A", workload_basis="contacts", contact_centre=ContactWorkload(
        (QueueWorkload("Voice", (100, 100), 180, 20, 0.80, 0.85),), periods_per_month=21.74107143))
    b = Scenario("Customer service", 10, name="B")
    c = Scenario("Customer service", 0, name="C", workload_basis="contacts", contact_centre=ContactWorkload(
        (QueueWorkload("Voice", (120, 100), 180, 20, 0.80, 0.85), QueueWorkload("Chat", (10, 10), 300, 60, 0.8, 0.9)),
        periods_per_month=30, volume_range=(0.9, 1.1)))
    shown = readable_inputs(differing_inputs([a, b, c]), [a, b, c]).to_dict("index")
    assert shown["Contact centre: queues"] == {
        "A": "Voice: 4,348 contacts a month over 2 intervals, 180 s handle time, 80% answered in 20 s, occupancy at "
             "most 85%",
        "B": "—",
        "C": "Voice: 6,600 contacts a month over 2 intervals, 180 s handle time, 80% answered in 20 s, occupancy at "
             "most 85%; Chat: 600 contacts a month over 2 intervals, 300 s handle time, 80% answered in 60 s, "
             "occupancy at most 90%"}
    assert shown["Contact centre: times the day's (or week's) intervals repeat a month"] == {
        "A": "21.74 a month", "B": "—", "C": "30 a month"}
    assert shown["Contact centre: volume uncertainty (on the plan)"] == {"A": "none", "B": "—", "C": "±10%"}
    assert not any(name.startswith("workload.") for name in shown)  # no raw key left
    assert not any("[" in v or "{" in v for row in shown.values() for v in row.values())  # no JSON left
