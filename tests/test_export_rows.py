"""Rows of the tidy table that only the browser tests read before: break-even price with its unit on every
basis, NPV of the savings, discounted payback, the verdict row, the one-time parts (estimator/export.py).

Cases from ``test_hidden_costs.case()`` (3 years, in-house 397,200; BPO fees F a month cost 41.7615F + 20,000,
so the BPO breaks even at F* = 377,200 / 41.7615 a month; ``test_breakeven.py``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy_financial as npf
import pytest
from test_discounting import MONTHLY_30, SAVINGS
from test_hidden_costs import case
from test_projection import three_years

from estimator.estimate import estimate
from estimator.export import tidy_table
from estimator.scenario import VendorPrice

F_STAR = 377_200 / 41.7615


def rows(s):
    return tidy_table(estimate(s)).set_index(["option", "component", "period"])


@pytest.mark.parametrize(("price", "expected", "unit"), [
    (VendorPrice("per_hour", 30, 30, option="bpo"), F_STAR / 200, "USD per productive hour"),
    # per paid hour at the default 30% vendor shrinkage: 200 / 0.7 = 285.71 paid hours, r* = F* × 0.7 / 200
    (VendorPrice("per_hour", 30, 30, billed="paid_hour", option="bpo"), F_STAR * 0.7 / 200,
     "USD per paid (scheduled) hour"),
    (VendorPrice("per_month", 3_000, 3_000, units=4, option="bpo"), F_STAR / 4, "USD per billing unit a month"),
    (VendorPrice("savings_share", 0.3, 0.3, option="bpo"), 1 - F_STAR / 10_000, "share"),
])
def test_break_even_price_row_and_its_unit(price, expected, unit):
    t = rows(replace(case(), bpo=price))
    row = t.loc[("bpo", "break_even_price", "horizon")]
    assert (row["low"], row["mid"], row["high"]) == pytest.approx((expected,) * 3)
    # the quote's currency names a price (money, to the cent); a savings share has none
    assert (row["unit"], row["currency"]) == (unit, "" if unit == "share" else "USD")


def test_no_break_even_price_no_row():
    # a retained organisation of 3 on 120,000 costs 30,000 a month: no price breaks even, so no row
    t = rows(case(management=dict(governance_min_fte=3, governance_salary=120_000)))
    assert ("bpo", "break_even_price", "horizon") not in t.index


def test_npv_savings_payback_and_verdict_rows():
    # at 30% a year: NPV of the savings as in test_discounting.py; break-even month 9, discounted payback 10
    t = rows(three_years(discount_rate=0.30))
    npv = t.loc[("bpo", "npv_savings", "horizon")]
    assert npv["mid"] == pytest.approx(npf.npv(MONTHLY_30, SAVINGS), rel=1e-9)
    assert (npv["unit"], npv["currency"]) == ("USD", "USD")
    assert t.loc[("bpo", "break_even_month", "horizon"), "mid"] == 9.0
    payback = t.loc[("bpo", "discounted_payback_month", "horizon")]
    assert (payback["mid"], payback["unit"], payback["currency"]) == (10.0, "month", "")
    # the verdict row: BPO best, its horizon saving 126,631 (test_projection.py)
    verdict = t.loc[("bpo", "verdict", "horizon")]
    assert (verdict["mid"], verdict["unit"]) == (pytest.approx(126_631.0), "USD")


def test_never_is_an_empty_cell_and_in_house_verdict_row():
    # $60 an hour never breaks even: empty cells, not zero; in-house is best and its verdict row saves 0
    t = rows(case(60.0))
    never = t.loc[("bpo", "break_even_month", "horizon")]
    assert never[["low", "mid", "high"]].isna().all()
    assert t.loc[("in_house", "verdict", "horizon"), "mid"] == 0.0


def test_one_time_parts_and_horizon_parts_add_up():
    # one-time at $30: selection 2% and transition 10% of 72,000 = 1,440 + 7,200 = 8,640; over the horizon the
    # parts add up to the total 270,569 (test_projection.py)
    t = rows(case())
    assert t.loc[("bpo", "vendor_selection", "one_time"), "mid"] == pytest.approx(1_440.0)
    assert t.loc[("bpo", "transition", "one_time"), "mid"] == pytest.approx(7_200.0)
    assert t.loc[("bpo", "one_time_total", "one_time"), "mid"] == pytest.approx(8_640.0)
    assert t.loc[("bpo", "one_time_total", "one_time"), "unit"] == "USD"
    parts = ("fees", "ramp_up", "governance", "vat", "in_house_until_go_live", "stranded_overhead",
             "vendor_selection", "transition", "severance", "retention", "exit")
    assert sum(t.loc[("bpo", p, "horizon"), "mid"] for p in parts) == pytest.approx(270_569.0)
    assert t.loc[("bpo", "fees", "horizon"), "mid"] == pytest.approx(12 * 6_000 * 3.1525)
