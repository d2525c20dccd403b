"""Erlang C staffing: the published vector, a hand-worked queue, an independent grid, properties, cost."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from estimator import model
from estimator.staffing import (
    ContactCentre,
    Queue,
    StaffingError,
    VendorWork,
    centre_cost,
    draw_staffing,
    erlang_b,
    erlang_c,
    scheduled_staff,
    simulate_cost_per_contact,
    staff,
    traffic,
)

# In-house inputs that leave only wages, so costs can be worked by hand.
PLAIN = dict(annual_salary=20_800, benefits_load=0.0, shrinkage=0.30, paid_hours_per_year=2080, span_of_control=10,
             supervisor_salary=0.0, overhead_per_fte_month=0.0, annual_attrition=0.0, cost_per_hire=0.0)


def test_published_vector():
    # FIGURES.md: 100 calls / 30 min, AHT 3 min, 80% in 20 s, 30% shrinkage
    a = traffic(100, 180, 30)
    assert float(a) == 10.0  # 100 / 1,800 s × 180 s
    r = erlang_c(a, 180, answer_seconds=20, service_level=0.80)
    assert int(r.agents) == 14
    assert float(r.service_level) == pytest.approx(0.8884, abs=5e-5)
    assert float(r.p_wait) == pytest.approx(0.1741, abs=5e-5)
    assert float(r.occupancy) == pytest.approx(10 / 14)
    assert float(scheduled_staff(r.agents, 0.30)) == 20  # ceil(14 / 0.7) = 20


def test_hand_computed_small_queue():
    # 30 calls in 30 min at 60 s: A = 1 Erlang. Erlang B by hand:
    #   B(1) = 1/2; B(2) = (1/2)/(2 + 1/2) = 0.2; B(3) = 0.2/(3 + 0.2) = 0.0625
    # Erlang C: C(2) = 2·0.2 / (2 − 0.8) = 1/3;  C(3) = 3·0.0625 / (3 − 0.9375) = 1/11
    # SL(2) = 1 − (1/3)·e^(−1·20/60) = 1 − 0.333333 × 0.716531 = 0.761156
    # SL(3) = 1 − (1/11)·e^(−2·20/60) = 1 − 0.090909 × 0.513417 = 0.953326
    assert float(erlang_b(1.0, 3)) == pytest.approx(0.0625)
    r75 = erlang_c(traffic(30, 60), 60, answer_seconds=20, service_level=0.75)
    assert int(r75.agents) == 2
    assert float(r75.service_level) == pytest.approx(0.761156, abs=1e-6)
    assert float(r75.p_wait) == pytest.approx(1 / 3)
    r80 = erlang_c(traffic(30, 60), 60, answer_seconds=20, service_level=0.80)
    assert int(r80.agents) == 3
    assert float(r80.service_level) == pytest.approx(0.953326, abs=1e-6)
    assert float(r80.p_wait) == pytest.approx(1 / 11)
    assert float(r80.occupancy) == pytest.approx(1 / 3)
    # average speed of answer C × AHT / (N − A) = (1/11) × 60 / 2 = 2.7273 s
    assert float(r80.asa_seconds) == pytest.approx(30 / 11)


def test_occupancy_cap_raises_agents():
    # The published queue needs 14 for service, but 10 / 14 = 71% is above a 70% cap: 10 / 0.7 = 14.29 → 15
    r = erlang_c(10.0, 180, answer_seconds=20, service_level=0.80, max_occupancy=0.70)
    assert int(r.agents) == 15
    assert float(r.occupancy) == pytest.approx(10 / 15)


def test_no_contacts_no_agents():
    r = erlang_c([0.0, 10.0], 180, answer_seconds=20, service_level=0.80)
    assert r.agents.tolist() == [0.0, 14.0]
    assert float(r.service_level[0]) == 1.0 and float(r.p_wait[0]) == 0.0


def test_traffic_above_the_limit_is_refused():
    with pytest.raises(StaffingError, match="traffic"):
        erlang_c(50_000.0, 180, answer_seconds=20, service_level=0.8)


def _scalar_least_agents(a: float, aht: float, t: float, target: float) -> tuple[int, float]:
    """Independent check: Erlang B from Poisson terms in logs (math.lgamma), one n at a time.

    B(n) = p(n) / Σ_{k≤n} p(k) with log p(k) = k·ln A − A − ln k!; the running sum is kept in logs.
    """
    log_cdf = -math.inf
    k = 0
    while True:
        log_p = k * math.log(a) - a - math.lgamma(k + 1)
        log_cdf = max(log_cdf, log_p) + math.log1p(math.exp(-abs(log_cdf - log_p))) if log_cdf > -math.inf else log_p
        if k > a:
            b = math.exp(log_p - log_cdf)
            c = k * b / (k - a * (1 - b))
            sl = 1 - c * math.exp(-(k - a) * t / aht)
            if sl >= target - 1e-12:
                return k, sl
        k += 1


GRID_A = [0.1, 0.5, 1.0, 2.7, 7.0, 15.0, 33.3, 60.0, 120.0, 250.0, 500.0]
GRID = [(a, t, sl) for a in GRID_A for t in (0.0, 20.0, 120.0) for sl in (0.5, 0.8, 0.95)]


def test_grid_against_an_independent_scalar_implementation():
    a, t, sl = (np.array(x) for x in zip(*GRID, strict=True))
    r = erlang_c(a, 180.0, answer_seconds=t, service_level=sl)  # all 99 cells in one call
    for i, (ai, ti, si) in enumerate(GRID):
        n, level = _scalar_least_agents(ai, 180.0, ti, si)
        assert int(r.agents[i]) == n, (ai, ti, si)
        assert float(r.service_level[i]) == pytest.approx(level, abs=1e-9)


def test_draws_axis_gives_the_same_answer_as_one_draw_at_a_time():
    rng = np.random.default_rng(1)
    contacts = rng.uniform(0, 300, (7, 48))
    together = erlang_c(traffic(contacts, 240), 240, answer_seconds=20, service_level=0.8, max_occupancy=0.85)
    for d in range(7):
        alone = erlang_c(traffic(contacts[d], 240), 240, answer_seconds=20, service_level=0.8, max_occupancy=0.85)
        np.testing.assert_array_equal(together.agents[d], alone.agents)


traffic_values = st.floats(0.01, 400, allow_nan=False)
targets = st.floats(0.05, 0.99)


@settings(max_examples=60, deadline=None)
@given(st.lists(traffic_values, min_size=1, max_size=30), targets, st.floats(0, 120), st.floats(0.5, 1.0))
def test_targets_met_and_agents_least(loads, target, answer, cap):
    a = np.array(loads)
    r = erlang_c(a, 200.0, answer_seconds=answer, service_level=target, max_occupancy=cap)
    assert np.all(r.service_level >= target - 1e-9)
    assert np.all(r.occupancy <= cap + 1e-12)
    assert np.all(r.agents > a)
    # one agent fewer breaks a rule: unstable, above the occupancy cap, or below the service level
    fewer = r.agents - 1
    b = np.array([float(erlang_b(x, int(n))) for x, n in zip(a, fewer, strict=True)])
    with np.errstate(divide="ignore", invalid="ignore"):
        c = fewer * b / (fewer - a * (1 - b))
        sl = 1 - c * np.exp(-(fewer - a) * answer / 200.0)
        assert np.all((fewer <= a) | (a / fewer > cap + 1e-12) | (sl < target + 1e-9))


@settings(max_examples=60, deadline=None)
@given(st.lists(traffic_values, min_size=2, max_size=30), targets)
def test_agents_never_fall_as_volume_rises(loads, target):
    a = np.sort(np.array(loads))
    r = erlang_c(a, 300.0, answer_seconds=20, service_level=target, max_occupancy=0.9)
    assert np.all(np.diff(r.agents) >= 0)


@settings(max_examples=60, deadline=None)
@given(traffic_values, st.lists(targets, min_size=2, max_size=20))
def test_agents_never_fall_as_the_service_level_target_rises(load, levels):
    sl = np.sort(np.array(levels))
    r = erlang_c(load, 300.0, answer_seconds=20, service_level=sl)
    assert np.all(np.diff(r.agents) >= 0)


def _voice(contacts, aht=180.0, **kw):
    args = dict(answer_seconds=20.0, service_level=0.8, max_occupancy=1.0) | kw
    return Queue("Voice", contacts, aht, **args)


def test_staff_sums_hours_contacts_and_minutes_over_a_month():
    # Two queues, 4 half hours a day, 20 days a month. Voice: 100 calls each half hour → 14 agents
    # (the published vector); chat: none.  Agent hours = 14 × 4 × 0.5 h × 20 = 560;
    # contacts = 400 × 20 = 8,000; handled minutes = 8,000 × 3 = 24,000.
    centre = ContactCentre((_voice([100] * 4), Queue("Chat", [0] * 4, 600, 60, 0.8, 0.85)), periods_per_month=20)
    s = staff(centre, 0.30)
    assert s.agents.tolist() == [[14] * 4, [0] * 4]
    assert s.scheduled.tolist() == [[20] * 4, [0] * 4]
    assert s.agent_hours_month.tolist() == [560.0, 0.0]
    assert s.contacts_month.tolist() == [8_000.0, 0.0]
    assert s.handled_minutes_month.tolist() == [24_000.0, 0.0]


@pytest.mark.parametrize(("basis", "price", "fees"), [
    ("per_hour", 25.0, 14_000.0),      # 560 agent hours × $25
    ("per_contact", 1.50, 12_000.0),   # 8,000 contacts × $1.50
    ("per_minute", 0.40, 9_600.0),     # 24,000 handled minutes × $0.40
])
def test_vendor_bases_priced_per_hour_contact_and_minute(basis, price, fees):
    s = staff(ContactCentre((_voice([100] * 4),), periods_per_month=20), 0.30)
    assert s.shrinkage == 0.30  # kept with the staffing it was applied to
    c = centre_cost(s, PLAIN, vendor_basis=basis, vendor_price=price, governance_rate=0.05)
    assert float(c.vendor.fees) == pytest.approx(fees)
    assert float(c.vendor.total) == pytest.approx(fees * 1.05)
    assert float(c.vendor_per_contact) == pytest.approx(fees * 1.05 / 8_000)


@pytest.mark.parametrize(("basis", "billed", "price", "fees"), [
    ("per_hour", "productive_hour", 20.0, 12_320.0),  # 560 agent hours × 1.1 (the vendor's pace) × $20
    ("per_hour", "paid_hour", 20.0, 17_600.0),        # 616 vendor hours / (1 - 0.3 vendor shrinkage) = 880 paid × $20
    ("per_contact", "productive_hour", 1.50, 12_000.0),  # 8,000 contacts × $1.50: the pace changes no contact
    ("per_minute", "productive_hour", 0.40, 10_560.0),   # 24,000 handled minutes × 1.1 × $0.40
])
def test_the_vendor_is_priced_at_its_own_pace_as_on_the_estimate_page(basis, billed, price, fees):
    # A walk found the contact-centre page's BPO 1.1 times cheaper than the Estimate page's for the same queue:
    # it billed the vendor at in-house's handle time, the Estimate page at the sourced 1.1 vendor hours an hour.
    s = staff(ContactCentre((_voice([100] * 4),), periods_per_month=20), 0.30)
    work = VendorWork(billed=billed, handle_time_ratio=1.1, vendor_shrinkage=0.3, paid_hours_per_year=2080)
    c = centre_cost(s, PLAIN, vendor_basis=basis, vendor_price=price, governance_rate=0.05, work=work)
    assert float(c.vendor.fees) == pytest.approx(fees)
    assert float(c.agent_hours_month) == pytest.approx(560.0)  # the centre's own staffing does not change


def test_in_house_cost_from_erlang_hours_through_the_model():
    # 560 productive hours / (2,080 / 12 × 0.7 = 121.333 h per FTE) = 4.6154 FTE × $20,800 / 12 = $8,000
    s = staff(ContactCentre((_voice([100] * 4),), periods_per_month=20), 0.30)
    c = centre_cost(s, PLAIN)
    assert float(c.in_house.fte) == pytest.approx(560 / (2080 / 12 * 0.7))
    assert float(c.in_house.total) == pytest.approx(8_000.0)
    assert float(c.in_house_per_contact) == pytest.approx(1.0)  # $8,000 / 8,000 contacts
    assert c.vendor is None and c.vendor_per_contact is None


def test_per_contact_fees_need_the_volume():
    with pytest.raises(ValueError, match="contact volume"):
        model.vendor_fees("per_contact", 1.0, workload_hours=100, units=1, in_house_total=0)


@pytest.mark.parametrize(("kw", "field"), [
    (dict(aht=0.0), "aht_seconds"),
    (dict(service_level=1.0), "service_level"),
    (dict(max_occupancy=0.1), "max_occupancy"),
    (dict(answer_seconds=-1.0), "answer_seconds"),
])
def test_queue_inputs_are_checked_with_the_field_named(kw, field):
    with pytest.raises(StaffingError, match=f"Voice.{field}"):
        _voice([10, 10], **kw)


def test_negative_contacts_are_refused():
    with pytest.raises(StaffingError, match="Voice.contacts"):
        _voice([10, -1])


def test_monte_carlo_bands_widen_with_the_ranges_and_repeat_with_the_seed():
    centre = ContactCentre((_voice([100] * 10),), periods_per_month=20)
    point = simulate_cost_per_contact(centre, 0.30, PLAIN, draws=200)
    wide = simulate_cost_per_contact(centre, 0.30, PLAIN, volume_range=(0.7, 1.4), aht_range=(0.8, 1.3),
                                     vendor_basis="per_contact", vendor_range=(1.0, 2.0), draws=500)
    again = simulate_cost_per_contact(centre, 0.30, PLAIN, volume_range=(0.7, 1.4), aht_range=(0.8, 1.3),
                                      vendor_basis="per_contact", vendor_range=(1.0, 2.0), draws=500)
    assert point.in_house.p10 == point.in_house.p90
    assert wide.in_house.p10 < wide.in_house.p50 < wide.in_house.p90
    assert wide.agents_peak.p10 < wide.agents_peak.p90
    # a per-contact price is the cost per contact before governance: uniform $1–2 → P10 ≈ 1.1, P90 ≈ 1.9
    assert wide.vendor.p10 == pytest.approx(1.1, abs=0.06)
    assert wide.vendor.p90 == pytest.approx(1.9, abs=0.06)
    assert wide == again


def test_each_band_holds_its_own_figure():
    # No spread, so every draw is the published queue and each band is one number, worked by hand: 14 agents in
    # each of 10 half hours, 20 days a month: 14 × 0.5 h × 10 × 20 = 1,400 agent hours, 100 × 10 × 20 = 20,000
    # contacts. In-house: 1,400 h / (2,080 / 12 × 0.7) = 11.54 FTE × $20,800 / 12 = $20,000 a month, $1.00 a
    # contact. A vendor at $1.50 a contact, no governance: $30,000 a month, $1.50 a contact. Five different
    # numbers, so a band filed under another's name is caught.
    bands = simulate_cost_per_contact(ContactCentre((_voice([100] * 10),), periods_per_month=20), 0.30, PLAIN,
                                      vendor_basis="per_contact", vendor_range=(1.5, 1.5), draws=100)
    got = {name: getattr(bands, name) for name in ("in_house", "in_house_month", "vendor", "vendor_month",
                                                   "agents_peak")}
    want = {"in_house": 1.00, "in_house_month": 20_000.0, "vendor": 1.50, "vendor_month": 30_000.0,
            "agents_peak": 14.0}
    for name, value in want.items():
        assert (got[name].p10, got[name].p50, got[name].p90) == pytest.approx((value,) * 3), name
    unpriced = simulate_cost_per_contact(ContactCentre((_voice([100] * 10),), periods_per_month=20), 0.30, PLAIN,
                                         draws=100)
    assert (unpriced.vendor, unpriced.vendor_month, unpriced.in_house_month.p50) == (None, None, pytest.approx(20_000))


def test_every_queue_moves_with_the_same_factors_in_a_draw():
    # voice 100 a half hour at 180 s, chat 20 at 600 s: in every draw both carry the same volume and handle-time
    # factor (the note above draw_staffing), so their contacts and minutes keep the plan's proportions, 5:1 and 1.5:1
    chat = Queue("Chat", np.array([20.0] * 4), 600.0, answer_seconds=60, service_level=0.8, max_occupancy=0.85)
    drawn = draw_staffing(ContactCentre((_voice([100] * 4), chat)), volume_range=(0.7, 1.3), aht_range=(0.8, 1.2),
                          draws=200)
    contacts, minutes = drawn.contacts.sum(axis=-1), drawn.handled_minutes_month
    assert np.ptp(contacts[:, 0]) > 0  # the draws do move
    np.testing.assert_allclose(contacts[:, 0] / contacts[:, 1], 5.0)
    np.testing.assert_allclose(minutes[:, 0] / minutes[:, 1], 100 * 180 / (20 * 600))


def test_monte_carlo_ranges_are_checked():
    centre = ContactCentre((_voice([100] * 2),))
    with pytest.raises(StaffingError, match="volume_range"):
        simulate_cost_per_contact(centre, 0.3, PLAIN, volume_range=(1.2, 1.5))


def test_large_traffic_stays_exact():
    # 5,000 Erlangs (a factorial of 5,000 overflows a float at 171!): recursion and log-Poisson still agree
    r = erlang_c([5_000.0, 12_345.6], 300.0, answer_seconds=20.0, service_level=0.9)
    for i, a in enumerate((5_000.0, 12_345.6)):
        n, level = _scalar_least_agents(a, 300.0, 20.0, 0.9)
        assert int(r.agents[i]) == n
        assert float(r.service_level[i]) == pytest.approx(level, abs=1e-9)


def test_a_stretch_of_a_month_or_longer_repeats_once_or_less():
    # an interval file covering 30.4375 days repeats once a month; one of 31 days, 30.4375 / 31 = 0.98 times
    for repeats in (1.0, 30.4375 / 31):
        assert ContactCentre((_voice([100] * 4),), periods_per_month=repeats).periods_per_month == repeats
    with pytest.raises(StaffingError, match=r"^periods_per_month: must be above 0, got 0$"):
        ContactCentre((_voice([100] * 4),), periods_per_month=0)


def test_a_staffings_monthly_totals_are_made_once_and_a_new_rota_makes_them_again():
    # The contact-centre page prices one staffing of 1,000 draws on every shrinkage move: its sums over the draws'
    # intervals are kept. Two half hours of 100 calls at 3 min, 14 agents each, 20 days a month:
    # 14 × 2 × 0.5 h × 20 = 280 agent hours, 200 × 20 = 4,000 contacts, 4,000 × 3 = 12,000 minutes, peak 14.
    q = Queue("Voice", [100, 100], 180, answer_seconds=20, service_level=0.8, max_occupancy=1.0)
    s = staff(ContactCentre((q,), periods_per_month=20), shrinkage=0.30)
    assert s.agent_hours_month.tolist() == [280.0]
    assert s.contacts_month.tolist() == [4000.0]
    assert s.handled_minutes_month.tolist() == [12000.0]
    assert float(s.peak_agents_all_queues) == 14.0
    for name in ("agent_hours_month", "contacts_month", "handled_minutes_month", "peak_agents_all_queues"):
        assert getattr(s, name) is getattr(s, name), name  # the same array: computed once
    # a staffing made from another (dataclasses.replace, as the page's new rota is) computes its own
    from dataclasses import replace
    other = replace(s, contacts=s.contacts * 2)
    assert other.contacts_month.tolist() == [8000.0]
