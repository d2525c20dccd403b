"""The break-even price: the most a vendor can charge before outsourcing stops paying.

Conventions: the price is in the quote's own units (currency per billed hour,
per billing unit a month, or a savings share below in-house cost), in the quote's
own currency, which may differ from the reporting currency (the price book's
dollars in a rupee report): it is said with that currency's code wherever it is
shown (:func:`break_even_words`, :func:`break_even_unit`); "break-even"
means the option's cost over the horizon, one-time costs included, equals
in-house's, in the midpoint case.

The option's horizon total is linear in its price (fees, ramp-up, VAT,
selection, transition and exit are all shares of fees), except that
governance is ``max(rate × fees, floor)`` each month, which bends the line
where a month's fees cross ``floor / rate``. So the total is piecewise linear
with known kinks: we evaluate it once at price 0, 1 and every kink (one call
of the model over those rows, no loop of reruns) and solve the segment that
crosses in-house exactly, in closed form.
"""

from __future__ import annotations

import numpy as np

from . import model
from .assumptions import BILLED_UNITS, share_text
from .estimate import Estimate
from .formatting import format_money
from .options import VENDORS
from .params import _INDEX, Params, cases
from .price_words import BASIS_WORDS
from .pricing import PriceBook
from .projection import growth, project
from .scenario import is_book_range


def break_even_price(est: Estimate, option: str) -> float | None:
    """The price at which ``option`` costs what in-house costs over the horizon (midpoint case).

    ``None`` when the option has no price, or when no price at or above zero breaks even (the one-time and
    transition costs alone exceed in-house's cost). For a savings share, the share of in-house cost the
    vendor must undercut it by.

    Example: the README's customer-service case breaks even at about $48.63 an hour against a quote of
    $20-30 (hand check in ``tests/test_breakeven.py``).

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> round(break_even_price(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))), "bpo"), 2)
    48.63
    """
    scenario = est.scenario
    price = scenario.price(option)
    if price is None:
        return None
    base = cases(scenario).table[1]
    column = _INDEX[f"{option}_price"]
    probe = np.tile(base, (2, 1))
    probe[:, column] = (0.0, 1.0)
    first = project(scenario, Params(probe))
    fees = first.option(option).fees_monthly  # type: ignore[union-attr]
    assert fees is not None
    intercept, slope = fees[0], fees[1] - fees[0]  # fees_m(x) = intercept_m + slope_m × x
    kinks = _governance_kinks(est, base, intercept, slope)
    # One point past the last kink, so that the straight line beyond it is sampled too.
    candidates = np.unique(np.concatenate(([0.0, 1.0], kinks)))
    candidates = np.append(candidates, 2 * candidates[-1] + 1)
    rows = np.tile(base, (candidates.size, 1))
    rows[:, column] = candidates
    projection = project(scenario, Params(rows))
    totals = projection.option(option).total  # type: ignore[union-attr]
    gap = totals - projection.in_house.total  # increasing (per hour, per month) or decreasing (savings share)
    if price.basis == "savings_share":
        candidates, gap = candidates[::-1], gap[::-1]
    if gap[0] > 0:
        return None  # even a free vendor (or a 100% saving) costs more than in-house over the horizon
    # Between consecutive candidates the gap is linear: find the segment where it crosses zero.
    cross = np.nonzero((gap[:-1] <= 0) & (gap[1:] >= 0))[0]
    if cross.size:
        i = int(cross[-1])
        return _crossing(candidates[i], candidates[i + 1], gap[i], gap[i + 1])
    # Beyond the last point the line goes on straight.
    x0, x1, g0, g1 = candidates[-2], candidates[-1], gap[-2], gap[-1]
    if g1 == g0:
        return None
    return float(x1 - g1 * (x1 - x0) / (g1 - g0))


# The billed unit after a break-even price on the page, short: the caption it sits in is one line at 1280 px.
_PER = {"productive_hour": "/h", "paid_hour": " per paid hour", "fte_month": " per FTE a month"}
_PER_BASIS = {"per_contact": " a contact", "per_minute": " a handled minute"}


def break_even_unit(scenario, option: str) -> tuple[str, str]:
    """The break-even price's currency and unit as the tidy table writes them: the quote's currency (not the
    reporting one: the price is the quote's), "" for a savings share.

    >>> from estimator.currency import ExchangeRate
    >>> from estimator.scenario import Scenario, VendorPrice
    >>> s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 18, 28, currency="EUR"),
    ...              exchange_rates=(ExchangeRate("USD", "EUR", 0.92),))
    >>> break_even_unit(s, "bpo")
    ('EUR', 'EUR per productive hour')
    """
    price = scenario.price(option) if option in VENDORS else None
    if price is None or price.basis == "savings_share":
        return "", "share"
    code = scenario.currency_of(option)
    # in the quote's own unit: a per-contact quote's row read "EUR per billing unit a month"
    return code, f"{code} {BILLED_UNITS[price.billed]}" if price.basis == "per_hour" else f"{code} {BASIS_WORDS[price.basis]}"


def break_even_words(est: Estimate, option: str, book: PriceBook | None = None) -> str:
    """The break-even price as the page says it beside the quote: to the cent, in the price's currency, its code
    named when that is not the reporting currency; "" when the option has no price (the captive).

    The code is said as the quote's currency, or the price book's where the price is the ``book``'s own range (no
    quote typed: reporting in pounds at the book's $20-30 it read "(in USD, the quote's currency)").

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> est = estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)))
    >>> break_even_words(est, "bpo"), break_even_words(est, "kpo"), break_even_words(est, "captive")
    ('break-even price $48.63/h', '', '')
    """
    price = est.scenario.price(option) if option in VENDORS else None  # the captive: its pay is the input
    if price is None:
        return ""
    x = break_even_price(est, option)
    if x is None:
        return "no break-even price: one-time costs alone exceed the saving"
    if price.basis == "savings_share":
        return f"break-even at {share_text(x)} below in-house (quote {share_text(price.low)}–{share_text(price.high)})"
    code = est.scenario.currency_of(option)
    # in the quote's own unit: a per-contact quote's break-even read "€7 a unit a month"
    per = _PER[price.billed] if price.basis == "per_hour" else _PER_BASIS.get(price.basis, " a unit a month")
    whose = "the price book's" if book is not None and is_book_range(est.scenario, book, option) else "the quote's"
    own = "" if code == est.scenario.currency else f" (in {code}, {whose} currency)"
    return f"break-even price {format_money(x, code).removesuffix('.00')}{per}{own}"


def _crossing(x0: float, x1: float, g0: float, g1: float) -> float:
    """Where a gap that is linear from ``g0 <= 0`` at ``x0`` to ``g1 >= 0`` at ``x1`` crosses zero.

    The crossing lies a share ``-g0 / (g1 - g0)``, from 0 to 1, of the way from ``x0`` to ``x1``. The gaps are
    scaled to at most 1 first, so that gaps near the largest float give a finite price: ``g0 × (x1 − x0)``
    overflowed in hypothesis's extreme scenarios, and so would ``g1 − g0``.

    >>> _crossing(40.0, 60.0, -300.0, 100.0), _crossing(0.0, 10.0, -1e308, 1e308), _crossing(1.0, 2.0, 0.0, 0.0)
    (55.0, 5.0, 1.0)
    """
    scale = max(abs(float(g0)), abs(float(g1)))
    if scale == 0:
        return float(x0)
    g0, g1 = float(g0) / scale, float(g1) / scale
    return float(x0 + (x1 - x0) * (-g0 / (g1 - g0)))


def _governance_kinks(est: Estimate, base: np.ndarray, intercept: np.ndarray, slope: np.ndarray) -> np.ndarray:
    """Prices at which some month's ``rate × fees`` crosses the governance floor (the same inputs as
    :func:`estimator.projection.project` uses for governance)."""
    case = est.scenario.business_case
    months = case.months
    row = Params(base[None, :])
    m = np.arange(months)
    first_year = (m >= case.selection_months) & (m < case.selection_months + 12)
    rate = np.where(first_year, row["first_year_governance_rate"][0], row["governance_rate"][0])
    floor = (model.retained_floor(row["governance_min_fte"], row["governance_salary"], row["benefits_load"])[:, None]
             * growth(row["wage_inflation"], months))[0]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        kinks = (floor / rate - intercept) / slope
    return kinks[np.isfinite(kinks) & (kinks > 0)]
