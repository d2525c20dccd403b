"""A contact-centre queue as the workload of the main estimate: Erlang C agent hours priced in-house and by a
vendor per hour, per contact or per minute; volume and handle time drawn by the main Monte Carlo."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import BOOK, examples
from v1 import v1

from estimator.contact_workload import ContactWorkload, QueueWorkload, from_centre
from estimator.estimate import estimate
from estimator.interchange import input_rows, scenario_from_tidy
from estimator.params import cases, draws
from estimator.projection import workload_hours
from estimator.scenario import InputError, Scenario, VendorPrice, scenario_from_dict, scenario_to_dict
from estimator.staffing import StaffingError
from estimator.uncertainty import simulate


def published(volume_range=(1.0, 1.0), aht_range=(1.0, 1.0), contacts=(100.0, 100.0)) -> ContactWorkload:
    """The published queue (100 calls a half hour at 3 minutes, 80% in 20 s, no occupancy cap, 14 agents),
    open two half hours, 20 days a month."""
    return ContactWorkload((QueueWorkload("Voice", contacts, 180.0, 20.0, 0.80, 1.0),), 30.0, 20.0,
                           volume_range, aht_range)


def scenario(workload: ContactWorkload, bpo: VendorPrice | None = None, **kw) -> Scenario:
    return v1(Scenario("Customer service", 0, "contacts", contact_centre=workload, bpo=bpo, **kw))


def test_the_published_queue_is_the_estimates_workload():
    e = estimate(scenario(published()))
    # 14 agents × 2 half hours = 14 agent hours a day × 20 days = 280 productive hours a month
    assert e.workload_hours == pytest.approx(280.0)
    # paid FTE through shrinkage, as for any work: 280 / (2,080 / 12 × 0.7 = 121.333) = 2.3077
    assert e.fte == pytest.approx(280 / (2080 / 12 * 0.7))
    # wages: 2.3077 FTE × $41,600 / 12 = 280 × 3,466.67 / 121.333 = $8,000 a month
    wages = next(c for c in e.in_house.components if c.name == "wages").cost
    assert wages.mid == pytest.approx(8_000.0)


@pytest.mark.parametrize(("basis", "price", "fees"), [
    ("per_hour", 25.0, 7_000.0),        # 280 agent hours × $25
    ("per_contact", 1.50, 6_000.0),     # 100 × 2 × 20 = 4,000 contacts × $1.50
    ("per_minute", 0.50, 6_000.0),      # 4,000 contacts × 3 minutes = 12,000 minutes × $0.50
])
def test_the_vendor_bills_hours_contacts_or_minutes(basis, price, fees):
    e = estimate(scenario(published(), VendorPrice(basis, price, price, option="bpo")))
    parts = {c.name: c.cost.mid for c in e.bpo.components}
    assert parts["fees"] == pytest.approx(fees)
    assert parts["governance"] == pytest.approx(fees * 0.045)  # the default 4.5% of fees (v1: no floor)


def test_a_slower_vendor_bills_more_minutes_but_the_same_contacts():
    slow = VendorPrice("per_minute", 0.50, 0.50, option="bpo")
    s = replace(scenario(published(), slow), vendor_terms=replace(scenario(published()).vendor_terms, handle_time_ratio=1.1))
    # 12,000 minutes × 1.1 × $0.50 = $6,600
    assert next(c for c in estimate(s).bpo.components if c.name == "fees").cost.mid == pytest.approx(6_600.0)
    per_contact = replace(s, bpo=VendorPrice("per_contact", 1.5, 1.5, option="bpo"))
    assert next(c for c in estimate(per_contact).bpo.components if c.name == "fees").cost.mid == pytest.approx(6_000.0)


def test_the_cases_take_the_ends_of_the_volume_range():
    e = estimate(scenario(published(volume_range=(0.5, 1.5))))
    # cheap case, 50 calls a half hour (A = 5 Erlangs), by hand with the Erlang B recursion:
    #   B(7) = 0.1205, C(7) = 7·0.1205 / (7 − 5·0.8795) = 0.3242, SL = 1 − 0.3242·e^(−2·20/180) = 0.740 < 0.8
    #   B(8) = 0.0700, C(8) = 8·0.0700 / (8 − 5·0.9300) = 0.1672, SL = 1 − 0.1672·e^(−3·20/180) = 0.880 ≥ 0.8
    # so 8 agents × 1 hour × 20 days = 160 hours; the mid case is the plan's 280
    fte = e.in_house.components[0].cost  # wages scale with the hours
    assert fte.low / fte.mid == pytest.approx(160 / 280)
    assert fte.high > fte.mid


def test_a_contacts_workload_refuses_nonsense_with_a_field_name():
    with pytest.raises(StaffingError, match=r"volume_range: must run from 0.1 up to 1 and from 1 up to 2"):
        published(volume_range=(1.2, 1.5))
    with pytest.raises(StaffingError, match=r"Voice.contacts: interval 2 is not a number"):
        QueueWorkload("Voice", (1.0, "x"), 180.0, 20.0, 0.8, 1.0)  # type: ignore[arg-type]
    with pytest.raises(StaffingError, match=r"Voice.service_level: must be from 0.05 to 0.999"):
        QueueWorkload("Voice", (1.0,), 180.0, 20.0, 1.5, 1.0)
    with pytest.raises(InputError, match=r"workload.contacts: queues\[0\].max_occupancy: is missing"):
        scenario_from_dict({"function": "Customer service", "workload": {"contacts": {"queues": [
            {"name": "Voice", "contacts": [1], "aht_seconds": 180, "answer_seconds": 20, "service_level": 0.8}]}}},
            BOOK)
    with pytest.raises(InputError, match="workload.contacts: a contact-volume workload needs its queues"):
        Scenario("Customer service", 10, "contacts")


def test_per_contact_prices_need_the_contacts_workload():
    with pytest.raises(InputError, match="bpo.basis: per_contact needs a contact volume"):
        Scenario("Customer service", 10, bpo=VendorPrice("per_contact", 1, 2, option="bpo"))


def test_saved_as_json_and_as_tidy_rows_it_reads_back():
    handle = QueueWorkload("Chat", (10.0, 0.0, 30.0), (600.0, 600.0, 540.0), 60.0, 0.8, 0.9)
    voice = QueueWorkload("Voice", (120.0, 80.5, 40.0), 360.0, 20.0, 0.8, 0.85)
    s = Scenario("Customer service", 0, "contacts", contact_centre=ContactWorkload((voice, handle), 30.0, 21.74,
                                                                                   (0.9, 1.1), (0.95, 1.2)),
                 bpo=VendorPrice("per_minute", 0.8, 1.1, option="bpo"))
    assert scenario_from_dict(scenario_to_dict(s), BOOK) == s
    assert scenario_from_tidy(input_rows(s), BOOK) == s


def test_the_monte_carlo_draws_volume_and_handle_time():
    s = replace(scenario(published(volume_range=(0.5, 1.5), aht_range=(0.8, 1.2))),
                uncertainty=replace(Scenario("x", 1).uncertainty, draws=2_000, sourced_ranges=False))
    params = draws(s)
    v, a = params["contact_volume"], params["contact_handle_time"]
    assert v.min() >= 0.5 and v.max() <= 1.5 and v.std() > 0.1 and a.std() > 0.05
    hours = workload_hours(s, params)
    # with the handle time held, more volume never means fewer agent hours (draws sorted by volume)
    held = replace(s, contact_centre=published(volume_range=(0.5, 1.5)))
    by_volume = workload_hours(held, draws(held))[np.argsort(draws(held)["contact_volume"])]
    assert np.all(np.diff(by_volume) >= -1e-9)
    # the in-house cost's spread comes from the volume: P10 below and P90 above the plan's
    sim = simulate(s)
    point = estimate(s).in_house.total.mid
    ih = sim.option("in_house").monthly_cost
    assert ih.low < point < ih.high
    assert np.corrcoef(v * a, hours)[0, 1] > 0.9


def test_interpolated_draws_stay_close_to_exact_staffing():
    # a day of one queue from the weekday pattern, ± 10%: the draws' hours interpolated from a grid of exact
    # staffings are within 2% of staffing each draw exactly (1% at most when measured; see agent_hours)
    from estimator.intervals import daily_contacts, day_shape

    w = ContactWorkload((QueueWorkload("Voice", tuple(daily_contacts(1_840, day_shape("weekday_double_peak", 8, 20))),
                                       360.0, 20.0, 0.8, 0.85),), 30.0, 21.74, (0.9, 1.1), (0.9, 1.1))
    rng = np.random.default_rng(7)
    v, a = rng.uniform(0.9, 1.1, 60), rng.uniform(0.9, 1.1, 60)
    approx = w.agent_hours(np.r_[v, 0.9, 1.1], np.r_[a, 0.9, 1.1])[:-2]
    exact = w._staffed(v, a)
    assert np.max(np.abs(approx / exact - 1)) < 0.02


queues = st.lists(st.integers(0, 400), min_size=1, max_size=6).map(lambda xs: tuple(float(x) for x in xs))


@settings(max_examples=examples(40), deadline=None)
@given(contacts=queues, aht=st.integers(30, 900), level=st.floats(0.5, 0.95), answer=st.integers(0, 60),
       factors=st.tuples(st.floats(0.1, 2.0), st.floats(0.1, 2.0)).map(sorted))
def test_agents_never_fall_as_volume_rises_through_the_scenario(contacts, aht, level, answer, factors):
    low, high = factors

    def fte(factor: float) -> float:
        w = ContactWorkload((QueueWorkload("Voice", tuple(c * factor for c in contacts), float(aht), float(answer),
                                           level, 0.9),), 30.0, 21.74)
        return estimate(Scenario("Customer service", 0, "contacts", contact_centre=w)).fte

    assert fte(low) <= fte(high) + 1e-9
    # and the cases of one scenario with the volume as a range: cheap ≤ plan ≤ dear
    w = ContactWorkload((QueueWorkload("Voice", contacts, float(aht), float(answer), level, 0.9),), 30.0, 21.74,
                        (min(low, 1.0), max(high, 1.0)))
    rows = workload_hours(Scenario("Customer service", 0, "contacts", contact_centre=w),
                          cases(Scenario("Customer service", 0, "contacts", contact_centre=w)))
    assert rows[0] <= rows[1] + 1e-9 <= rows[2] + 2e-9


def test_a_week_of_five_queues_fits_a_share_link():
    # a week of 336 half hours × 5 queues, spread by a pattern: fractional contacts kept to a thousandth
    from estimator.intervals import day_shape, weekly_contacts
    from estimator.staffing import ContactCentre, Queue
    from estimator.staffing import staff as staff_centre
    from views.share import MAX_LINK_CHARS, encode

    shape = day_shape("weekday_double_peak", 8, 20)
    centre = ContactCentre(tuple(Queue(f"Q{i}", weekly_contacts(v, shape, 6), 360.0, 20.0, 0.8, 0.85)
                                 for i, v in enumerate((9_200, 2_300, 1_500, 4_000, 400))), 30.0, 30.4375 / 7)
    w = from_centre(centre, 0.1, 0.1)
    assert len(encode(Scenario("Customer service", 0, "contacts", contact_centre=w))) < MAX_LINK_CHARS
    # and it staffs as the page does
    assert w.point_agent_hours == pytest.approx(float(staff_centre(centre, 0.3).agent_hours_month.sum()))


def test_exports_of_a_contact_workload_say_the_workbook_cannot_carry_it(tmp_path, capsys):
    """The workbook's formulas cannot redo Erlang C: the command says so in one line and writes nothing; the
    deck is written."""
    from estimator.__main__ import main
    from estimator.scenario import dump_scenario

    path = tmp_path / "queue.json"
    path.write_text(dump_scenario(scenario(published(), bpo=VendorPrice("per_hour", 20, 30))))
    assert main(["export", str(path), "--format", "xlsx", "-o", str(tmp_path / "q.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: workload.contacts: Workbook: not for a contact-volume workload") and err.count("\n") == 1
    assert not (tmp_path / "q.xlsx").exists()
    assert main(["export", str(path), "--format", "pptx", "-o", str(tmp_path / "q.pptx")]) == 0
    assert (tmp_path / "q.pptx").read_bytes()[:2] == b"PK"


def test_a_contact_workload_needs_a_queue():
    with pytest.raises(StaffingError, match=r"^queues: give at least one queue$"):
        ContactWorkload(())
