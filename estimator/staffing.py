"""Contact-centre staffing by Erlang C: contacts per interval in, agents, hours and cost out.

Conventions: an *interval* is a slice of the day (30 minutes unless said otherwise) and
``contacts`` are offered contacts per interval; handle and answer times are in **seconds**;
shares (service level, occupancy, shrinkage) are fractions. Money is in the scenario's currency
**per month**, as in :mod:`estimator.model`. Arrays broadcast: the last axis is intervals, the
one before it queues, and any leading axis (Monte Carlo draws) rides along through the same
formulas with no Python loop over intervals, queues or draws.

The model (FIGURES.md, "Contact-centre staffing"; Koole, *Call Center Optimization*, 2013)::

    traffic          A  = contacts / interval_seconds × AHT            (Erlangs)
    Erlang B         B0 = 1,  Bn = A·B(n−1) / (n + A·B(n−1))           (stable; no factorials)
    P(wait)          C  = N·B / (N − A·(1 − B))                        for N > A
    service level    SL = 1 − C · exp(−(N − A) · T / AHT)              T = answer-time target
    occupancy        A / N
    agents           smallest N > A with SL ≥ target and A / N ≤ max occupancy
    scheduled        ceil(N / (1 − shrinkage))

**Why written here and not taken from a library.** pyworkforce's recent releases need
Python 3.12 (this product runs on 3.11) and its 0.5.1 pulls in Google's ortools, a large
optimisation suite, for a formula of a dozen lines; ``erlangccmath`` sends its inputs to a web
service, which a finance tool handling a company's volumes must not do. Neither vectorises over
intervals and Monte Carlo draws at once.

**How the search for N is vectorised.** Cells (interval × queue × draw) with the same traffic and
targets are solved once (contacts are whole counts, so a week of five queues holds a few hundred
distinct cells). The Erlang B recursion then runs over the agent count n = 1, 2, … for every
distinct cell at once, as numpy arrays: that loop is bounded by the largest answer (about 50 for
a queue of 40 Erlangs), never once per interval or per draw. The service-level test is one array
expression over a band of candidate n per cell. Measured on a week of five queues (2 cores):
this took 0.8 ms where a loop that tested every n and dropped finished cells took 4.6 ms, and a
closed form over a window of n (Poisson terms in logs, no recursion) took 6–9 ms for its
(cells × window) ``exp`` calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import ArrayLike, NDArray

from . import model
from .assumptions import ASSUMPTIONS
from .formatting import written

Array = NDArray[np.float64]

# Days in an average month (365.25 / 12): a day's or a week's staffing becomes a month's.
DAYS_PER_MONTH = 365.25 / 12
# Traffic above this many Erlangs in one interval of one queue is refused: the recursion's loop
# over agent counts grows with it, and no single queue interval of a real centre comes near it.
MAX_TRAFFIC = 20_000.0
# Floating-point slack when comparing a service level with its target (SL is computed to ~1e-15).
_SL_SLACK = 1e-12
# Most Erlang B values held at once (cells × agent counts, 8 bytes each): 32 MB.
_TABLE_CELLS = 4_000_000


class StaffingError(ValueError):
    """A staffing input outside what the model accepts; the message names the field and the range."""


def traffic(contacts: ArrayLike, aht_seconds: ArrayLike, interval_minutes: ArrayLike = 30.0) -> Array:
    """Offered load in Erlangs: ``A = contacts / (interval_minutes × 60) × AHT``.

    Example: 100 calls in half an hour, 3 minutes each, keep 10 agents busy on average.

    >>> float(traffic(100, 180, 30))
    10.0
    """
    return np.asarray(contacts, dtype=float) / (np.asarray(interval_minutes, dtype=float) * 60) * np.asarray(
        aht_seconds, dtype=float)


def erlang_b(traffic_erlangs: ArrayLike, agents: int) -> Array:
    """Erlang B blocking probability by the stable recursion ``B(n) = A·B(n−1) / (n + A·B(n−1))``.

    A loop over the agent count, vectorised over traffic; for tests and for reading.

    Example: 2 Erlangs on 2 lines are blocked (2²/2) / (1 + 2 + 2²/2) = 2/5 of the time.

    >>> round(float(erlang_b(2.0, 2)), 6)
    0.4
    """
    a = np.asarray(traffic_erlangs, dtype=float)
    b = np.ones_like(a)
    for n in range(1, int(agents) + 1):
        b = a * b / (n + a * b)
    return b


def _queue_measures(a: Array, n: Array, b: Array, answer_over_aht: Array) -> tuple[Array, Array, Array]:
    """P(wait), service level and occupancy at ``n`` agents, from Erlang B ``b`` at ``n``."""
    with np.errstate(divide="ignore", invalid="ignore"):
        served = n > 0
        p_wait = np.where(served, n * b / (n - a * (1 - b)), 0.0)
        sl = np.where(served, 1 - p_wait * np.exp(-(n - a) * answer_over_aht), 1.0)
        occupancy = np.where(served, a / n, 0.0)
    return p_wait, sl, occupancy


@dataclass(frozen=True)
class ErlangC:
    """Erlang C results per cell, all arrays of one shape (draws × queues × intervals, or less).

    ``agents`` are agents on the phones (logged in and available or talking), whole numbers;
    ``asa_seconds`` is the average speed of answer ``C × AHT / (N − A)``.
    """

    traffic: Array
    agents: Array
    p_wait: Array
    service_level: Array
    occupancy: Array
    asa_seconds: Array


def erlang_c(
    traffic_erlangs: ArrayLike,
    aht_seconds: ArrayLike,
    *,
    answer_seconds: ArrayLike,
    service_level: ArrayLike,
    max_occupancy: ArrayLike = 1.0,
) -> ErlangC:
    """Fewest agents that answer ``service_level`` of contacts within ``answer_seconds``.

    Every argument broadcasts against the others. An interval with no traffic needs no agents.

    Notes::

        N = min { n > A : 1 − C(n)·exp(−(n − A)·T / AHT) ≥ SL target  and  A / n ≤ max occupancy }

    with ``C(n)`` from the Erlang B recursion (module docstring). Distinct cells are solved once;
    the recursion runs over n for all of them at once and the test over a band of n per cell.

    Example (the published test vector): 100 calls a half hour at 3 minutes, 80% answered in
    20 seconds, take 14 agents; they answer 88.84% in time, 17.41% wait, and are busy 71.43%.

    >>> r = erlang_c(traffic(100, 180, 30), 180, answer_seconds=20, service_level=0.80)
    >>> int(r.agents), round(float(r.service_level), 4), round(float(r.p_wait), 4), round(float(r.occupancy), 4)
    (14, 0.8884, 0.1741, 0.7143)
    """
    a, aht, t, target, occ = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (
        traffic_erlangs, aht_seconds, answer_seconds, service_level, max_occupancy)))
    shape = a.shape
    a = a.ravel()
    if a.size and (not np.all(np.isfinite(a)) or a.min() < 0 or a.max() > MAX_TRAFFIC):
        raise StaffingError(f"traffic: contacts × handle time must keep from 0 to {MAX_TRAFFIC:,.0f} agents busy at "
                            f"once in each interval of a queue, got {written(float(a.max()), ',.10g')}; lower the volume or "
                            "the handle time")
    ratio = (t / aht).ravel()
    target, occ = target.ravel(), occ.ravel()
    agents = np.zeros(a.size)
    b_at_n = np.ones(a.size)
    # The least n each cell may take: more agents than traffic (a stable queue) and within the occupancy cap.
    floor = np.maximum(np.floor(a) + 1, np.ceil(a / occ - 1e-9))
    cells = np.flatnonzero(a > 0)
    # Cells with the same traffic and targets have the same answer; contacts are whole counts and a
    # queue's targets are shared, so a week of intervals usually holds a few hundred distinct cells.
    key = np.ascontiguousarray(np.stack([a[cells], ratio[cells], target[cells], floor[cells]], axis=1))
    _, first, inverse = np.unique(key.view(np.dtype((np.void, key.dtype.itemsize * 4))).ravel(),
                                  return_index=True, return_inverse=True)
    distinct = cells[first]
    u_agents, u_b = _least_agents(a[distinct], ratio[distinct], target[distinct], floor[distinct])
    agents[cells] = u_agents[inverse.ravel()]
    b_at_n[cells] = u_b[inverse.ravel()]
    p_wait, sl, occupancy = _queue_measures(a, agents, b_at_n, ratio)
    with np.errstate(divide="ignore", invalid="ignore"):
        asa = np.where(agents > 0, p_wait * aht.ravel() / (agents - a), 0.0)
    return ErlangC(*(x.reshape(shape) for x in (a, agents, p_wait, sl, occupancy, asa)))


def _least_agents(a: Array, ratio: Array, target: Array, floor: Array) -> tuple[Array, Array]:
    """Least agents per cell (1-D arrays of cells with traffic above 0) and Erlang B there.

    The Erlang B recursion runs over n = 1 … top for all cells at once, filling a (n × cells)
    table; this is the one loop, over agent counts, and it is bounded by the largest answer.
    The service-level test then runs once, as one array, over a band of ``width`` candidate n
    per cell starting at its floor (stability and occupancy), and the first n that passes is the
    cell's answer. The band reaches ``1.5√A + 4`` past the floor, which holds the square-root-
    staffing answer ``A + β√A`` of common targets (β about 1 for 80/20); a cell still short (a
    strict target) goes round again from the band's end, so the answer never depends on the band.
    Cells are taken in chunks to bound the table's memory.
    """
    agents, b_at = np.zeros(a.size), np.ones(a.size)
    if a.size == 0:
        return agents, b_at
    width = int(np.max(1.5 * np.sqrt(a))) + 4
    top = int(floor.max()) + width - 1
    chunk = max(1, _TABLE_CELLS // (top + 1))
    if a.size > chunk:  # bounded loop over chunks of cells, only for very large draw sets
        for lo in range(0, a.size, chunk):
            agents[lo:lo + chunk], b_at[lo:lo + chunk] = _least_agents(
                a[lo:lo + chunk], ratio[lo:lo + chunk], target[lo:lo + chunk], floor[lo:lo + chunk])
        return agents, b_at
    table = np.empty((top + 1, a.size))
    b = table[0] = np.ones(a.size)
    for n in range(1, top + 1):
        x = a * b
        b = table[n] = x / (n + x)
    n = floor + np.arange(width)[:, None]  # (width, cells): the candidate agent counts
    cols = np.arange(a.size)
    bn = table[n.astype(np.intp), cols]
    d = n - a
    # SL ≥ target  ⇔  C·exp(−d·T/AHT) ≤ 1 − target, with C = n·B / (d + A·B) and d + A·B > 0.
    ok = n * bn * np.exp(-d * ratio) <= (1 - target + _SL_SLACK) * (d + a * bn)
    first = ok.argmax(axis=0)
    found = ok[first, cols]
    agents[:] = floor + first
    b_at[:] = bn[first, cols]
    if not found.all():
        rest = ~found
        agents[rest], b_at[rest] = _least_agents(a[rest], ratio[rest], target[rest], floor[rest] + width)
    return agents, b_at


def scheduled_staff(agents: ArrayLike, shrinkage: ArrayLike) -> Array:
    """Staff to roster so that ``agents`` are on the phones after shrinkage: ``ceil(N / (1 − s))``.

    Example: 14 agents on the phones at 30% shrinkage need 20 on the rota.

    >>> float(scheduled_staff(14, 0.30))
    20.0
    """
    return np.ceil(np.asarray(agents, dtype=float) / (1 - np.asarray(shrinkage, dtype=float)) - 1e-9)


@dataclass(frozen=True)
class Queue:
    """One queue (voice, chat, email...): offered contacts per interval and its targets.

    ``contacts`` has intervals on its last axis (a leading draws axis is allowed);
    ``aht_seconds`` is a number or one value per interval.
    """

    name: str
    contacts: Array
    aht_seconds: float | Array
    answer_seconds: float
    service_level: float
    max_occupancy: float

    def __post_init__(self) -> None:
        contacts = np.array(self.contacts, dtype=float)
        if contacts.ndim == 0 or contacts.shape[-1] == 0:
            raise StaffingError(f"{self.name}.contacts: give at least one interval")
        if not np.all(np.isfinite(contacts)) or contacts.min() < 0:
            raise StaffingError(f"{self.name}.contacts: must be 0 or more in every interval")
        contacts.flags.writeable = False
        object.__setattr__(self, "contacts", contacts)
        aht = np.array(self.aht_seconds, dtype=float)
        if not np.all(np.isfinite(aht)) or aht.min() <= 0 or aht.max() > 7_200:
            raise StaffingError(f"{self.name}.aht_seconds: must be above 0 and at most 7,200 seconds")
        aht.flags.writeable = False
        object.__setattr__(self, "aht_seconds", aht)
        checks = (("answer_seconds", 0.0, 3_600.0), ("service_level", 0.05, 0.999), ("max_occupancy", 0.30, 1.0))
        for field_name, low, high in checks:
            value = getattr(self, field_name)
            if not isinstance(value, (int, float)) or not low <= value <= high:
                raise StaffingError(f"{self.name}.{field_name}: must be from {low:g} to {high:,g}, got {value!r}")


@dataclass(frozen=True)
class ContactCentre:
    """Queues over one stretch of time that repeats ``periods_per_month`` times a month.

    A day of intervals open every day repeats 30.44 times a month; a day open 5 days a week
    21.74 times; a week 4.35 times; an uploaded month once.
    """

    queues: tuple[Queue, ...]
    interval_minutes: float = 30.0
    periods_per_month: float = DAYS_PER_MONTH

    def __post_init__(self) -> None:
        if not self.queues:
            raise StaffingError("queues: give at least one queue")
        lengths = {q.contacts.shape[-1] for q in self.queues}
        if len(lengths) != 1:
            raise StaffingError("queues: every queue needs the same intervals")
        if self.interval_minutes not in (15.0, 30.0, 60.0):
            raise StaffingError(f"interval_minutes: must be 15, 30 or 60, got {self.interval_minutes!r}")
        if not 0 < self.periods_per_month <= 31 * 96:
            raise StaffingError(f"periods_per_month: must be above 0, got {self.periods_per_month!r}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(q.name for q in self.queues)

    @property
    def intervals(self) -> int:
        return self.queues[0].contacts.shape[-1]


def _stack(centre: ContactCentre, attr: str) -> Array:
    """One queue attribute as an array with queues on the second-to-last axis (draws broadcast)."""
    values = [np.broadcast_to(np.asarray(getattr(q, attr), dtype=float), q.contacts.shape[-1:])
              if np.ndim(getattr(q, attr)) <= 1 else np.asarray(getattr(q, attr)) for q in centre.queues]
    return np.stack(np.broadcast_arrays(*values), axis=-2)


@dataclass(frozen=True)
class Staffing:
    """A staffed centre: per-interval Erlang C results and the monthly totals they imply.

    Arrays are (…, queues, intervals) per interval and (…, queues) per month. They are read-only once made: the
    monthly totals are computed once per staffing (``cached_property``: a frozen dataclass without slots keeps them in
    its ``__dict__``). The contact-centre page keeps a staffing of 1,000 draws while shrinkage, pay or a price moves,
    and each move priced it from these sums again: over (1,000 × 336) arrays, most of the pricing's 2.3 ms.
    """

    centre: ContactCentre
    erlang: ErlangC
    contacts: Array
    aht_seconds: Array
    scheduled: Array
    shrinkage: float

    @property
    def agents(self) -> Array:
        return self.erlang.agents

    @cached_property
    def agent_hours_month(self) -> Array:
        """Staffed (productive) agent hours a month per queue: ``Σ N × interval hours × periods a month``."""
        return self.agents.sum(axis=-1) * self.centre.interval_minutes / 60 * self.centre.periods_per_month

    @cached_property
    def contacts_month(self) -> Array:
        return self.contacts.sum(axis=-1) * self.centre.periods_per_month

    @cached_property
    def handled_minutes_month(self) -> Array:
        """Minutes of handling a month per queue: ``Σ contacts × AHT / 60 × periods a month``."""
        return (self.contacts * self.aht_seconds).sum(axis=-1) / 60 * self.centre.periods_per_month

    @property
    def peak_agents(self) -> Array:
        return self.agents.max(axis=-1)

    @cached_property
    def peak_agents_all_queues(self) -> Array:
        """The most agents on the phones in any one interval, every queue together (…,)."""
        return self.agents.sum(axis=-2).max(axis=-1)

    @property
    def peak_scheduled(self) -> Array:
        return self.scheduled.max(axis=-1)


def staff(centre: ContactCentre, shrinkage: float) -> Staffing:
    """Erlang C agents for every interval of every queue, and the staff to schedule for them.

    Example: one queue, two half hours of 100 calls at 3 minutes, 80/20: 14 agents each, 20 on
    the rota at 30% shrinkage; 14 agents × 1 hour = 14 agent hours a day.

    >>> q = Queue("Voice", [100, 100], 180, answer_seconds=20, service_level=0.8, max_occupancy=1.0)
    >>> s = staff(ContactCentre((q,), periods_per_month=1), shrinkage=0.30)
    >>> s.agents.tolist(), s.scheduled.tolist(), s.agent_hours_month.tolist()
    ([[14.0, 14.0]], [[20.0, 20.0]], [14.0])
    """
    if not 0 <= shrinkage < 1:
        raise StaffingError(f"shrinkage: must be from 0 to less than 1, got {shrinkage!r}")
    contacts = np.stack(np.broadcast_arrays(*(q.contacts for q in centre.queues)), axis=-2)
    aht = _stack(centre, "aht_seconds")
    per_queue = {f: np.array([getattr(q, f) for q in centre.queues])[:, None]
                 for f in ("answer_seconds", "service_level", "max_occupancy")}
    result = erlang_c(traffic(contacts, aht, centre.interval_minutes), aht, **per_queue)
    aht = np.broadcast_to(aht, contacts.shape)
    return Staffing(centre, result, contacts, aht, scheduled_staff(result.agents, shrinkage), float(shrinkage))


@dataclass(frozen=True)
class VendorWork:
    """How a vendor's bill grows from the centre's work, as on the Estimate page (:func:`model.billed_volume`):
    the vendor takes ``handle_time_ratio`` of in-house's time for the same contacts, and an hourly price bills
    productive hours, paid hours or FTE months (``billed``). The defaults are in-house's own time, productive hours.

    Without it the contact-centre page priced a queue's BPO at in-house's handle time, and the Estimate page priced
    the same queue 1.1 times as dear (the sourced vendor hours per in-house hour).
    """

    billed: str = "productive_hour"
    handle_time_ratio: float = 1.0
    vendor_shrinkage: float = 0.0
    paid_hours_per_year: float = ASSUMPTIONS["paid_hours_per_year"].default

    def billed_units(self, agent_hours: ArrayLike) -> NDArray[np.float64]:
        return model.billed_volume(agent_hours, self.billed, handle_time_ratio=self.handle_time_ratio,
                                   vendor_shrinkage=self.vendor_shrinkage, paid_hours_per_year=self.paid_hours_per_year)


@dataclass(frozen=True)
class CentreCost:
    """Monthly cost of a staffed centre: in-house (fully loaded) and, when priced, with a vendor.

    Arrays have the staffing's leading shape (draws, or nothing) summed over queues.
    """

    contacts_month: Array
    agent_hours_month: Array
    in_house: model.InHouseCost
    vendor: model.VendorCost | None

    @property
    def in_house_per_contact(self) -> Array:
        """Fully loaded in-house cost divided by the contacts handled in the month."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.contacts_month > 0, self.in_house.total / self.contacts_month, np.nan)

    @property
    def vendor_per_contact(self) -> Array | None:
        if self.vendor is None:
            return None
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.contacts_month > 0, self.vendor.total / self.contacts_month, np.nan)


def centre_cost(
    staffing: Staffing,
    in_house: dict[str, ArrayLike],
    *,
    vendor_basis: str | None = None,
    vendor_price: ArrayLike = 0.0,
    governance_rate: ArrayLike = 0.0,
    work: VendorWork = VendorWork(),
    governance_floor: ArrayLike = 0.0,
) -> CentreCost:
    """Price a staffed centre in-house and with a vendor; cost per contact for each.

    ``in_house`` holds :func:`estimator.model.in_house_cost`'s keyword arguments except the
    workload; the workload is the Erlang C agent hours (productive hours), so the in-house
    formulas turn them into paid FTE through shrinkage exactly as for any other work. The vendor
    bills on ``vendor_basis``: ``per_hour`` × its billed units for the agent hours, ``per_contact`` × contacts, or
    ``per_minute`` × handled minutes at its pace (``work``, :class:`VendorWork`; :func:`estimator.model.vendor_fees`);
    governance on top, at least ``governance_floor`` a month (the retained organisation, as the estimate prices it:
    :func:`estimator.model.retained_floor`).

    Example: the published queue (100 calls a half hour at 3 minutes, 14 agents) open 10 half hours
    a day, 20 days a month: 14 × 5 h × 20 = 1,400 agent hours and 20,000 calls a month; a vendor at
    $1.50 a call charges $30,000, or $1.50 a contact; in-house at $20,000 a year, nothing else,
    costs 1,400 / (2,080 / 12 × 0.7) = 11.54 FTE × $1,666.67 = $19,231, or $0.96 a contact.

    >>> q = Queue("Voice", [100] * 10, 180, answer_seconds=20, service_level=0.8, max_occupancy=1.0)
    >>> s = staff(ContactCentre((q,), periods_per_month=20), shrinkage=0.30)
    >>> plain = dict(annual_salary=20_000, benefits_load=0, shrinkage=0.30, paid_hours_per_year=2080,
    ...              span_of_control=10, supervisor_salary=0, overhead_per_fte_month=0, annual_attrition=0,
    ...              cost_per_hire=0)
    >>> c = centre_cost(s, plain, vendor_basis="per_contact", vendor_price=1.50)
    >>> float(c.agent_hours_month), float(c.contacts_month), float(c.vendor.total)
    (1400.0, 20000.0, 30000.0)
    >>> round(float(c.in_house.total)), round(float(c.in_house_per_contact), 2)
    (19231, 0.96)
    """
    hours = staffing.agent_hours_month.sum(axis=-1)
    contacts = staffing.contacts_month.sum(axis=-1)
    ih = model.in_house_cost(hours, **in_house)
    vendor = None
    if vendor_basis is not None:
        fees = model.vendor_fees(vendor_basis, vendor_price, workload_hours=work.billed_units(hours), units=1.0,
                                 in_house_total=ih.total, contacts=contacts,
                                 handled_minutes=staffing.handled_minutes_month.sum(axis=-1) * work.handle_time_ratio)
        vendor = model.vendor_cost(fees, governance_rate=governance_rate, vendor_selection_rate=0.0,
                                   transition_rate=0.0, governance_floor=governance_floor)
    return CentreCost(contacts, hours, ih, vendor)


@dataclass(frozen=True)
class Bands:
    """P10, P50 and P90 of one figure across the draws."""

    p10: float
    p50: float
    p90: float


@dataclass(frozen=True)
class CostPerContactDraws:
    """Monte Carlo of a staffed centre: volume, handle time and vendor price drawn together.

    ``in_house`` and ``vendor`` are cost per contact; ``*_month`` the monthly cost.
    """

    draws: int
    in_house: Bands
    in_house_month: Bands
    vendor: Bands | None
    vendor_month: Bands | None
    agents_peak: Bands


# The Monte Carlo moves every queue's volume together, and every queue's handle time together: one factor per
# draw, not one per queue (here and in the estimate's parameter table, estimator.params). A plan's volume range
# is mostly doubt about total demand (the customer base, the season, an incident, a launch), which moves voice,
# chat and email the same way; channel shift moves them apart but leaves the total, and so most of the cost,
# alone. Handle times share their drivers too (the product's complexity, the agents' tenure, a new process).
# Independent draws would let a busy voice draw offset a quiet chat one and narrow the band of the total cost by
# up to 1/√(queues), a precision the plan does not have; moving together gives the wider, prudent band.


def draw_staffing(
    centre: ContactCentre,
    *,
    volume_range: tuple[float, float] = (1.0, 1.0),
    aht_range: tuple[float, float] = (1.0, 1.0),
    draws: int = 1_000,
    seed: int = 2026,
) -> Staffing:
    """Erlang C for ``draws`` draws of volume and handle time, all in one call (draws are the leading axis).

    ``volume_range`` and ``aht_range`` are factors on each queue's point values (0.9, 1.15 means 10% below
    to 15% above), drawn triangular with the mode at 1: one volume factor and one handle-time factor per draw,
    the same for every queue (why: the note above). Apart from the pricing (:func:`price_draws`), so
    that a page can keep the staffed draws while pay or a price moves.
    """
    for field_name, (low, high), top in (("volume_range", volume_range, 10.0), ("aht_range", aht_range, 10.0)):
        if not 0 < low <= 1 <= high <= top:
            raise StaffingError(f"{field_name}: must run from above 0 up to 1 and from 1 up to {top:g}, got {low:g} to {high:g}")
    if not 100 <= draws <= 100_000:
        raise StaffingError(f"draws: must be from 100 to 100,000, got {draws!r}")
    rng = np.random.default_rng(seed)
    size = (draws, 1, 1)  # one factor per draw for every queue (the note above)
    volume = rng.triangular(volume_range[0], 1.0, volume_range[1], size) if volume_range[0] < volume_range[1] \
        else np.full(size, volume_range[0])
    aht = rng.triangular(aht_range[0], 1.0, aht_range[1], size) if aht_range[0] < aht_range[1] else np.full(size, aht_range[0])
    queues = tuple(
        Queue(q.name, q.contacts * volume[:, 0], q.aht_seconds * aht[:, 0], q.answer_seconds, q.service_level,
              q.max_occupancy)
        for q in centre.queues)
    return staff(ContactCentre(queues, centre.interval_minutes, centre.periods_per_month), 0.0)


def price_draws(
    staffed: Staffing,
    in_house: dict[str, float],
    *,
    vendor_basis: str | None = None,
    vendor_range: tuple[float, float] = (0.0, 0.0),
    governance_rate: float = 0.0,
    seed: int = 2026,
    work: VendorWork = VendorWork(),
    governance_floor: float = 0.0,
) -> CostPerContactDraws:
    """P10/P50/P90 of cost per contact over staffed draws (:func:`draw_staffing`), the vendor's price uniform
    over ``vendor_range``, drawn from its own stream (seed, 1) so that the staffing's draws do not depend on it."""
    draws = staffed.contacts.shape[0]
    rng = np.random.default_rng([seed, 1])
    price = rng.uniform(vendor_range[0], vendor_range[1], draws) if vendor_basis else 0.0
    cost = centre_cost(staffed, in_house, vendor_basis=vendor_basis, vendor_price=price, governance_rate=governance_rate,
                       work=work, governance_floor=governance_floor)
    vendor = cost.vendor_per_contact
    figures = [cost.in_house_per_contact, cost.in_house.total, staffed.peak_agents_all_queues]
    if vendor is not None and cost.vendor is not None:  # both or neither: a vendor per contact is its total / contacts
        figures += [vendor, cost.vendor.total]
    # one percentile call for every figure: numpy's overhead per call was most of the pricing's time on a page rerun
    in_house, in_house_month, agents_peak, *priced = (
        Bands(*map(float, row)) for row in np.percentile(np.stack(figures), [10, 50, 90], axis=1).T)
    vendor_band, vendor_month = priced or (None, None)
    return CostPerContactDraws(draws, in_house, in_house_month, vendor_band, vendor_month, agents_peak)


def simulate_cost_per_contact(
    centre: ContactCentre,
    shrinkage: float,
    in_house: dict[str, float],
    *,
    volume_range: tuple[float, float] = (1.0, 1.0),
    aht_range: tuple[float, float] = (1.0, 1.0),
    vendor_basis: str | None = None,
    vendor_range: tuple[float, float] = (0.0, 0.0),
    governance_rate: float = 0.0,
    draws: int = 1_000,
    seed: int = 2026,
) -> CostPerContactDraws:
    """P10/P50/P90 of cost per contact when volume, handle time and the vendor's price are ranges.

    ``volume_range`` and ``aht_range`` are factors on each queue's point values (0.9, 1.15 means
    10% below to 15% above), drawn triangular with the mode at 1, one factor per draw shared by
    every queue (the note above :func:`draw_staffing`); the vendor's price is drawn uniform over
    ``vendor_range``. Every draw is staffed by Erlang C in one call: draws are the leading axis of the
    (draws × queues × intervals) arrays (:func:`draw_staffing`, then :func:`price_draws`). ``shrinkage``
    is the in-house one; the draws' paid FTE come from ``in_house["shrinkage"]``, as in :func:`centre_cost`.

    Example: with no range at all every draw is the point estimate, the published queue's
    $0.96 a contact in-house (see :func:`centre_cost`).

    >>> q = Queue("Voice", [100] * 10, 180, answer_seconds=20, service_level=0.8, max_occupancy=1.0)
    >>> plain = dict(annual_salary=20_000, benefits_load=0, shrinkage=0.30, paid_hours_per_year=2080,
    ...              span_of_control=10, supervisor_salary=0, overhead_per_fte_month=0, annual_attrition=0,
    ...              cost_per_hire=0)
    >>> mc = simulate_cost_per_contact(ContactCentre((q,), periods_per_month=20), 0.30, plain, draws=200)
    >>> round(mc.in_house.p10, 2), round(mc.in_house.p90, 2)
    (0.96, 0.96)
    """
    if not 0 <= shrinkage < 1:
        raise StaffingError(f"shrinkage: must be from 0 to less than 1, got {shrinkage!r}")
    staffed = draw_staffing(centre, volume_range=volume_range, aht_range=aht_range, draws=draws, seed=seed)
    return price_draws(staffed, in_house, vendor_basis=vendor_basis, vendor_range=vendor_range,
                       governance_rate=governance_rate, seed=seed)
