"""What the contact-centre page costs the server: Erlang C for a week of five queues, priced.

Run for figures (README "Contact centres (Erlang C)"):
    .venv/bin/python -m pytest benchmarks/bench_staffing.py --benchmark-enable --benchmark-columns=median,iqr,min,max
In the test suite each runs once, untimed (--benchmark-disable), so it cannot rot.

The issue's case: a week of half-hour intervals (336) for 5 queues, staffed and priced, under 2 ms.
"""

from __future__ import annotations

import numpy as np

from estimator.assumptions import ASSUMPTIONS, IN_HOUSE_KEYS
from estimator.intervals import day_shape, weekly_contacts
from estimator.staffing import DAYS_PER_MONTH, ContactCentre, Queue, centre_cost, simulate_cost_per_contact, staff
from estimator.staffing_charts import interval_labels, staffing_curve_figure

IN_HOUSE = {k: ASSUMPTIONS[k].default for k in IN_HOUSE_KEYS}
SHAPE = day_shape("weekday_double_peak", 8, 20)
# (contacts a week, handle time s, answer within s): voice, chat, email-like back office, sales, a small VIP line
QUEUES = ((9_200, 360, 20), (2_300, 600, 60), (1_500, 900, 300), (4_000, 240, 20), (400, 420, 10))


def _week(counts: bool) -> ContactCentre:
    rng = np.random.default_rng(7)
    queues = []
    for i, (volume, aht, answer) in enumerate(QUEUES):
        contacts = weekly_contacts(volume, SHAPE, days_open=6)
        if counts:  # an uploaded file: whole counts with interval-to-interval noise
            contacts = rng.poisson(contacts).astype(float)
        queues.append(Queue(f"Queue {i + 1}", contacts, aht, answer, 0.8, 0.85))
    return ContactCentre(tuple(queues), 30.0, DAYS_PER_MONTH / 7)


PATTERN_WEEK = _week(counts=False)
FILE_WEEK = _week(counts=True)


def _staffed_and_priced(centre: ContactCentre):
    staffed = staff(centre, 0.30)
    return centre_cost(staffed, IN_HOUSE, vendor_basis="per_contact", vendor_price=4.0, governance_rate=0.045)


def bench_week_of_five_queues_from_a_pattern(benchmark):
    cost = benchmark(_staffed_and_priced, PATTERN_WEEK)
    assert float(cost.in_house.total) > float(cost.vendor.total) > 0


def bench_week_of_five_queues_from_a_file(benchmark):
    cost = benchmark(_staffed_and_priced, FILE_WEEK)
    assert float(cost.agent_hours_month) > 0


def bench_monte_carlo_1000_draws_of_a_day_with_two_queues(benchmark):
    day = ContactCentre((Queue("Voice", SHAPE * 1_840, 360, 20, 0.8, 0.85), Queue("Chat", SHAPE * 460, 600, 60, 0.8, 0.85)),
                        30.0, DAYS_PER_MONTH * 5 / 7)
    bands = benchmark(simulate_cost_per_contact, day, 0.30, IN_HOUSE, volume_range=(0.9, 1.1), aht_range=(0.9, 1.1),
                      vendor_basis="per_hour", vendor_range=(20.0, 30.0), governance_rate=0.045)
    assert bands.in_house.p10 < bands.in_house.p90


def bench_staffing_curve_figure_for_a_week(benchmark):
    staffed = staff(PATTERN_WEEK, 0.30)
    labels = interval_labels(336, 30, week=True)
    fig = benchmark(staffing_curve_figure, staffed, labels)
    assert len(fig.data) == 10
