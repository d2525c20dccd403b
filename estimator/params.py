"""Input arrays for the model: the low/mid/high cases, Monte Carlo draws and tornado swings.

Conventions: every builder returns :class:`Params`, one row per case or draw,
one column per assumption (``PARAM_KEYS``) plus the BPO and KPO prices, so that
:mod:`estimator.projection` evaluates all rows at once through the formulas in
:mod:`estimator.model`. An input is uncertain when the scenario gives it as a
range (``Scenario.ranges``) or, for vendor prices, when its low and high
differ. "Cheap end" follows ``RANGE_KEYS``: for a savings share the cheap end
is the high share.

Currencies: the exchange rates themselves are fixed inputs (the scenario's); what varies by row is each
rate's yearly drift, one column per part whose amounts may be foreign (``FX_COLUMNS``: the in-house
figures, the BPO price, the KPO price, the offshore captive's pay), 0 for a part in the reporting currency.
Parts in the same currency share one drawn drift (an :class:`Uncertain` with ``linked`` columns). A rate's drift is
the yearly change of "1 USD = 83.0 INR"; a higher one makes a rupee cost cheaper in dollars, so its cheap end is the high drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .assumptions import (
    ASSUMPTIONS,
    CAPTIVE_ASSUMPTIONS,
    CAPTIVE_RANGE_KEYS,
    IN_HOUSE_KEYS,
    PEOPLE_KEYS,
    RANGE_KEYS,
    VENDOR_MANAGEMENT_KEYS,
    VENDOR_TERMS_KEYS,
)
from .options import options
from .ranges import Range
from .scenario import OPTION_LABELS, Scenario, range_around

PARAM_KEYS = (*IN_HOUSE_KEYS, *VENDOR_MANAGEMENT_KEYS, *VENDOR_TERMS_KEYS, *PEOPLE_KEYS, "wage_inflation",
              "contract_escalation")
PRICE_COLUMNS = tuple(f"{o}_price" for o in options(vendors_only=True))
# Factors on a contact-centre workload's volume and handle time (1 = the plan; see estimator.contact_workload).
CONTACT_COLUMNS = ("contact_volume", "contact_handle_time")
# The yearly drift of the rate each part's amounts convert at (0: in the reporting currency).
FX_PARTS = options()  # the in-house figures, each vendor's price, the captive's pay
FX_COLUMNS = tuple(f"{part}_fx_drift" for part in FX_PARTS)
# The offshore captive's pay and loads (estimator.captive), in its delivery currency: the defaults when none is set.
CAPTIVE_COLUMNS = tuple(CAPTIVE_ASSUMPTIONS)
COLUMNS = (*PARAM_KEYS, *PRICE_COLUMNS, *CONTACT_COLUMNS, *FX_COLUMNS, *CAPTIVE_COLUMNS)
_INDEX = {k: i for i, k in enumerate(COLUMNS)}


@dataclass(frozen=True)
class Params:
    """A (rows × columns) table of model inputs; ``params["shrinkage"]`` is one column.

    A price column of an option with no price holds NaN.
    """

    table: np.ndarray

    def __getitem__(self, key: str) -> np.ndarray:
        return self.table[:, _INDEX[key]]

    @property
    def rows(self) -> int:
        return self.table.shape[0]


@dataclass(frozen=True)
class Uncertain:
    """One uncertain input: its range (its mid the peak of the Monte Carlo's draws) and which end is cheap."""

    column: str
    label: str
    range: Range
    cost_rises: bool
    linked: tuple[str, ...] = ()  # columns that take the same value (parts priced in the same currency)

    @property
    def columns(self) -> list[int]:
        """The table columns this input sets: its own and any linked ones."""
        return [_INDEX[self.column], *(_INDEX[c] for c in self.linked)]

    @property
    def low(self) -> float:
        return self.range.low

    @property
    def high(self) -> float:
        return self.range.high

    @property
    def mode(self) -> float:
        """The peak of the draws: the range's point value."""
        return self.range.mid

    @property
    def cheap(self) -> float:
        return self.range.ends(self.cost_rises)[0]

    @property
    def dear(self) -> float:
        return self.range.ends(self.cost_rises)[1]


def point_row(scenario: Scenario) -> np.ndarray:
    """Every column at its point value (a ranged input's point is its mode, else its midpoint)."""
    row = [scenario.value(k) for k in PARAM_KEYS]
    for option in options(vendors_only=True):
        price = scenario.price(option)
        row.append(np.nan if price is None else price.range.midpoint)  # the quote's midpoint: a mode shapes only its draws
    row += [1.0, 1.0]  # a contact-centre workload at its planned volume and handle time
    for part in FX_PARTS:
        rate = scenario.rate_for(part)
        row.append(0.0 if rate is None else rate.drift.mid)
    row += [captive_value(scenario, key) for key in CAPTIVE_COLUMNS]
    return np.array(row, dtype=float)


def captive_value(scenario: Scenario, key: str) -> float:
    """The captive's figure ``key`` (``"captive_benefits_share"``): the scenario's, else its default."""
    captive = scenario.captive
    return CAPTIVE_ASSUMPTIONS[key].default if captive is None else float(getattr(captive, key.removeprefix("captive_")))


def _cost_rises(scenario: Scenario, key: str) -> bool:
    """Whether a higher value makes costs higher. With a headcount workload, more shrinkage or fewer
    paid hours mean fewer productive hours to buy from a vendor (the in-house cost is the headcount's
    either way), so those two turn round."""
    rises = RANGE_KEYS[key]
    if scenario.workload_basis == "fte" and key in ("shrinkage", "paid_hours_per_year"):
        return not rises
    return rises


def uncertain_inputs(scenario: Scenario, sourced: bool = True) -> tuple[Uncertain, ...]:
    """The inputs given as ranges, each vendor price (a zero-width range draws as a constant) and, when
    ``scenario.uncertainty.sourced_ranges`` and ``sourced``, every other assumption the sources give a range
    for, moved to sit around the scenario's value (:meth:`Assumption.range_around`), its mode that value: the
    in-house ones, and the offshore captive's (``CAPTIVE_RANGE_KEYS``) where the scenario sets a captive."""
    found = [Uncertain(r.key, ASSUMPTIONS[r.key].label, r.range, _cost_rises(scenario, r.key)) for r in scenario.ranges]
    if sourced and scenario.uncertainty.sourced_ranges:
        given = {r.key for r in scenario.ranges}
        for key in RANGE_KEYS:
            a = ASSUMPTIONS[key]
            if key in given or a.low is None or a.high is None:
                continue
            value = scenario.value(key)
            # in-house money may be in another currency than the dollars of the sources' ranges and limits
            around = range_around(key, value, scenario.per_dollar(scenario.currency_of("in_house")))
            if around.width > 0:
                found.append(Uncertain(key, a.label, around, _cost_rises(scenario, key)))
        if scenario.captive is not None:  # the captive's pay and loads, around its own figures, as in-house
            for key, rises in CAPTIVE_RANGE_KEYS.items():
                a = CAPTIVE_ASSUMPTIONS[key]
                around = a.range_around(captive_value(scenario, key))
                if around.width > 0:
                    found.append(Uncertain(key, a.label, around, rises))
    for option in options(vendors_only=True):
        price = scenario.price(option)
        if price is not None:
            found.append(Uncertain(f"{option}_price", f"{OPTION_LABELS[option]} price", price.range,
                                   price.basis != "savings_share"))
    centre = scenario.contact_centre
    if centre is not None:  # ranges the scenario gives, like its own ranges: in the cases too
        for column, label, (low, high) in (("contact_volume", "Contact volume (× plan)", centre.volume_range),
                                           ("contact_handle_time", "Handle time (× plan)", centre.aht_range)):
            if high > low:
                found.append(Uncertain(column, label, Range(low, high, 1.0), True))
    # A drift range only when it has width: a fixed drift changes no draw of any other input. And only for a rate
    # some part is priced in: the dollar's rate kept reporting in another currency (the sources' figures convert at
    # it once) moves no amount, and its drift range raised an IndexError (no column to draw into).
    for rate in scenario.exchange_rates:
        columns = [f"{part}_fx_drift" for part in FX_PARTS if scenario.currency_of(part) == rate.target]
        if rate.drift.width > 0 and columns:
            found.append(Uncertain(columns[0], f"{rate.target} per {rate.source}, yearly change", rate.drift, False,
                                   tuple(columns[1:])))
    return tuple(found)


def cases(scenario: Scenario) -> Params:
    """Three rows: the cheap end of every range the scenario gives (vendor prices and ``ranges``), the
    midpoint, the dear end. The sourced ranges drawn by default are for the Monte Carlo and the tornado."""
    table = np.tile(point_row(scenario), (3, 1))
    for u in uncertain_inputs(scenario, sourced=False):
        table[0, u.columns] = u.cheap
        table[2, u.columns] = u.dear
    return Params(table)


def unit_draws(rng: np.random.Generator, distribution: str, shape01: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Draws on [0, 1] with the mode at ``shape01`` (one per column): uniform, triangular or PERT.

    PERT is the beta distribution with ``α = 1 + 4·c`` and ``β = 1 + 4·(1 − c)`` for the mode at ``c``
    (Vose, *Risk Analysis*); numpy has uniform, triangular and beta but no PERT of its own.
    """
    if distribution == "uniform":
        return rng.random(size)
    if distribution == "triangular":
        return rng.triangular(0.0, shape01, 1.0, size)
    if distribution == "pert":
        return rng.beta(1 + 4 * shape01, 1 + 4 * (1 - shape01), size)
    raise ValueError(f"unknown distribution {distribution!r}")


def draws(scenario: Scenario) -> Params:
    """``scenario.uncertainty.draws`` rows, each uncertain input drawn independently, seeded."""
    settings = scenario.uncertainty
    row = point_row(scenario)
    # Column by column in memory (Fortran order): the model reads whole columns (``params["shrinkage"]``), each
    # then one contiguous run of 80 KB, not one value in every 440 bytes of the table. The default page's
    # chance of being cheaper (draws and totals) took 7.9 ms against 10.7 in row order, the same values.
    table = np.empty((settings.draws, len(row)), order="F")
    table[:] = row
    inputs = uncertain_inputs(scenario)
    if inputs:
        low = np.array([u.low for u in inputs])
        width = np.array([u.high - u.low for u in inputs])
        mode01 = np.divide(np.array([u.mode for u in inputs]) - low, width, out=np.full(len(inputs), 0.5),
                           where=width > 0)
        names = tuple(u.column for u in inputs)
        pair = None
        if "wage_inflation" in names and "contract_escalation" in names and settings.escalation_correlation != 0:
            pair = (names.index("wage_inflation"), names.index("contract_escalation"))
        u01 = _unit_table(settings.seed, settings.distribution, settings.draws, tuple(mode01.tolist()),
                          tuple(_INDEX[c] for c in names), pair, settings.escalation_correlation)
        # low + width × u is exactly low when the width is zero: a fixed input draws as a constant.
        table[:, [_INDEX[c] for c in names]] = low + width * u01
        for u in inputs:
            if u.linked:
                table[:, u.columns[1:]] = table[:, [_INDEX[u.column]]]
    return Params(table)


# Each input's draws come from a random stream of its own, (seed, INPUT_STREAM + its column), so that whether
# another input is uncertain (a KPO quote typed, a range turned on) does not change them: with one stream for
# the whole table, typing a KPO quote moved BPO's chance of being cheaper from 42% to 40% at the same inputs.
# (seed, 1) is the contact centre's price draws' stream (staffing.price_draws).
INPUT_STREAM = 100
CORRELATION_STREAM = 99


@lru_cache(maxsize=8)
def _unit_table(seed: int, distribution: str, rows: int, mode01: tuple[float, ...], columns: tuple[int, ...],
                pair: tuple[int, int] | None, rho: float) -> np.ndarray:
    """The draws on [0, 1] behind :func:`draws`, one column per input (``columns``: the inputs' columns in
    :data:`COLUMNS`, each drawn from its own stream), correlated where asked; read-only, cached.

    A slider move changes a value, and every range moves with its value (:meth:`Assumption.range_around`),
    so the draws' positions in their ranges rarely change: caching them saves the PERT draws (a beta draw per
    input per draw, about a tenth of the Monte Carlo) on most reruns, with bit-for-bit the same result. The
    correlation is applied here, to the unit draws: ``low + width × u`` keeps the order of ``u``, so reordering
    ``u`` by rank is reordering the values.
    """
    u01 = np.empty((rows, len(columns)))
    for k, (column, mode) in enumerate(zip(columns, mode01, strict=True)):  # a loop over inputs, not draws
        rng = np.random.default_rng([seed, INPUT_STREAM + column])
        u01[:, k] = unit_draws(rng, distribution, np.array([mode]), (rows, 1))[:, 0]
    if pair is not None:
        u01[:, pair] = rank_correlate(u01[:, pair], rho, np.random.default_rng([seed, CORRELATION_STREAM]))
    u01.flags.writeable = False
    return u01


def rank_correlate(values: np.ndarray, rho: float, rng: np.random.Generator) -> np.ndarray:
    """Reorder two columns of draws so that their rank correlation is about ``rho``, marginals unchanged.

    The Iman-Conover method (Iman & Conover, 1982; the one @RISK and Crystal Ball use): draw normal scores
    with Pearson correlation ``2 sin(π ρ / 6)`` (the Spearman ``ρ`` of a bivariate normal) and give each
    column's sorted draws the ranks of its scores. Written here because numpy has no copula and scipy's
    would bring a large dependency for eight lines.

    >>> rng = np.random.default_rng(1)
    >>> x = rank_correlate(rng.random((20_000, 2)), 0.5, rng)
    >>> r = np.corrcoef(np.argsort(np.argsort(x, axis=0), axis=0).T)[0, 1]
    >>> bool(abs(r - 0.5) < 0.02)
    True
    """
    r = 2 * np.sin(np.pi * rho / 6)
    z = rng.standard_normal(values.shape)
    z[:, 1] = r * z[:, 0] + np.sqrt(1 - r * r) * z[:, 1]
    ranks = np.argsort(np.argsort(z, axis=0), axis=0)
    return np.take_along_axis(np.sort(values, axis=0), ranks, axis=0)


def swings(scenario: Scenario) -> tuple[tuple[Uncertain, ...], Params]:
    """Tornado rows: row 0 every input at its point value; rows 2k+1 and 2k+2 input k at its low and high.

    The tornado is a vendor's (:func:`estimator.uncertainty.tornado`): the captive's pay and loads move no vendor's
    savings, so they are left out rather than shown as rows of no effect."""
    inputs = tuple(u for u in uncertain_inputs(scenario) if u.high > u.low and u.column not in CAPTIVE_COLUMNS)
    table = np.tile(point_row(scenario), (1 + 2 * len(inputs), 1))
    for k, u in enumerate(inputs):
        table[1 + 2 * k, u.columns] = u.low
        table[2 + 2 * k, u.columns] = u.high
    return inputs, Params(table)
