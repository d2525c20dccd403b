"""The offshore captive's wiring through the projection, the estimate and the verdict, as plain unit tests.

tests/test_captive_option.py tests the same wiring, but it imports AppTest for its page tests, and mutation runs
leave a module that imports AppTest out whole (tests/conftest.py): a mutant of the captive's projection met no
test. This file is what the mutation sample of the captive (scripts/mutation-sample-captive.txt) runs against.

Every case: customer service, 12 FTE, the captive's defaults (Rs 36,975.31 per FTE a month, tests/test_captive.py),
84 rupees to the dollar, delivery-country wages rising 10% a year, and a handling ratio of 1.0 (no longer handling
offshore, so the team abroad is the same 12 FTE; tests/test_captive_option.py works the default 1.10). Worked once,
per month in the mid case:
  the team    12 × 36,975.31 / 84                    = $5,282.19 (year 2: × 1.10 = $5,810.41)
  severance   12 leavers × $41,600 / 52 × max(2, 1 week × 3.5 years) = 12 × 800 × 3.5 = $33,600 (at go-live)
  retention   12 × $41,600 × 10%                     = $49,920 (at go-live)
  stranded    in-house overhead 12 × $2,187 = $26,244 a month, half of it for 6 months after go-live:
              $13,122 a month, $78,732 (all in year 1 here, so no wage inflation on it)
"""

from __future__ import annotations

import numpy as np
import pytest

from estimator.captive import CaptiveInputs, captive_cost_per_fte, team_cost
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.params import cases
from estimator.projection import project
from estimator.scenario import BusinessCase, InputError, Scenario, Uncertainty, VendorPrice, VendorTerms
from estimator.verdict import captive_check

RUPEES = (ExchangeRate("USD", "INR", 84.0),)  # 1 USD = 84 INR
TEAM = 12 * 36_975.31 / 84  # $5,282.19 a month
SEVERANCE, RETENTION, STRANDED_MONTH = 33_600.0, 49_920.0, 13_122.0


def scenario(horizon_years: int = 2, selection: int = 0, transition: int = 3, **changes) -> Scenario:
    return Scenario("Customer service", 12, captive=CaptiveInputs(), exchange_rates=RUPEES,
                    business_case=BusinessCase(horizon_years=horizon_years, selection_months=selection,
                                               dual_running_months=transition, discount_rate=0.0),
                    vendor_terms=VendorTerms(delivery_wage_growth=0.10, handle_time_ratio=1.0), **changes)


def test_the_estimate_names_the_captive_and_finds_it_by_name() -> None:
    est = estimate(scenario(bpo=VendorPrice("per_hour", 20, 30)))
    assert est.captive.option == "captive" and est.captive.priced
    assert est.option("captive") is est.captive and est.option("bpo") is est.bpo
    assert est.option("in_house") is est.in_house
    assert [c.name for c in est.captive.components] == ["wages", "bonus", "benefits", "supervision", "overhead"]
    # the team's one-time costs are the in-house leavers' severance and retention at go-live (worked above)
    assert {c.name: c.cost.mid for c in est.captive.one_time} == pytest.approx(
        {"severance": SEVERANCE, "retention": RETENTION})
    p = est.projection.captive
    assert p is not None and p.option == "captive" and est.projected(est.captive) is p


def test_the_captive_over_two_years_part_by_part() -> None:
    # Contract from month 1 (no selection), go-live after 3 months of transition (month 4):
    #   the team from month 1: 5,282.19 × (12 + 12 × 1.10) = 5,282.19 × 25.2 = 133,111.11
    #   the in-house team for months 1-3 (year 1, no wage inflation yet): 3 × its monthly cost
    #   stranded overhead months 4-9: 78,732; severance 33,600 and retention 49,920 in month 4
    est = estimate(scenario())
    p = est.projection.captive
    assert p is not None
    in_house_month = est.in_house.total.mid
    assert p.parts["captive_team"][1] == pytest.approx(133_111.11, abs=0.05)
    assert p.parts["in_house_until_go_live"][1] == pytest.approx(3 * in_house_month)
    assert p.parts["stranded_overhead"][1] == pytest.approx(78_732.0)
    assert p.parts["severance"][1] == pytest.approx(SEVERANCE) and p.parts["retention"][1] == pytest.approx(RETENTION)
    assert p.parts["severance"].shape == (3,)
    total = 133_111.11 + 3 * in_house_month + 78_732.0 + SEVERANCE + RETENTION
    assert p.total[1] == pytest.approx(total, abs=0.05)
    # at a discount rate of 0 the NPV is the horizon's total
    assert p.npv[1] == pytest.approx(total, abs=0.05)
    # month by month: the in-house team and the captive team both paid in months 1-3
    assert p.monthly[1, 0] == pytest.approx(in_house_month + TEAM, abs=0.01)
    # month 4: the team, severance, retention and the first month of stranded overhead
    assert p.monthly[1, 3] == pytest.approx(TEAM + SEVERANCE + RETENTION + STRANDED_MONTH, abs=0.01)
    assert p.monthly[1, 9] == pytest.approx(TEAM, abs=0.01)  # month 10: the team alone
    assert p.monthly[1, 23] == pytest.approx(TEAM * 1.10, abs=0.01)  # month 24: year 2's pay, $5,810.41


def test_months_of_selection_before_the_contract_cost_the_in_house_team_only() -> None:
    # 2 months of vendor selection, then 3 of transition: the team is paid from month 3, go-live in month 6.
    #   the team: 5,282.187 × (10 + 12 × 1.10) = 5,282.187 × 23.2 = 122,546.74
    est = estimate(scenario(selection=2))
    p = est.projection.captive
    assert p is not None
    in_house_month = est.in_house.total.mid
    assert p.parts["captive_team"][1] == pytest.approx(122_546.74, abs=0.05)
    assert p.monthly[1, 0] == pytest.approx(in_house_month)  # month 1: no captive yet
    assert p.monthly[1, 2] == pytest.approx(in_house_month + TEAM, abs=0.01)  # month 3: both
    assert p.parts["in_house_until_go_live"][1] == pytest.approx(5 * in_house_month)
    assert p.monthly[1, 5] == pytest.approx(TEAM + SEVERANCE + RETENTION + STRANDED_MONTH, abs=0.01)


def test_a_go_live_in_the_first_month_pays_severance_in_it() -> None:
    # no selection, no transition: go-live is month 1; the in-house team is gone from the start
    p = project(s := scenario(transition=0), cases(s)).captive
    assert p is not None
    assert p.parts["in_house_until_go_live"][1] == 0.0
    assert p.parts["severance"][1] == pytest.approx(SEVERANCE)
    assert p.monthly[1, 0] == pytest.approx(TEAM + SEVERANCE + RETENTION + STRANDED_MONTH, abs=0.01)


def test_a_go_live_past_the_horizon_pays_no_severance() -> None:
    # One year, 6 months of selection and 6 of transition: go-live would be month 13, past the horizon.
    # The in-house team works all 12 months; the captive team is paid from month 7: 6 × 5,282.19 = 31,693.14;
    # no severance, retention or stranded overhead inside the horizon.
    projection = project(s := scenario(horizon_years=1, selection=6, transition=6), cases(s))
    p = projection.captive
    assert p is not None
    assert p.parts["captive_team"][1] == pytest.approx(31_693.14, abs=0.05)
    for part in ("severance", "retention", "stranded_overhead"):
        assert p.parts[part].shape == (3,) and not p.parts[part].any(), part
    in_house_month = projection.in_house.monthly[1, 0]  # one year: no wage inflation inside it
    assert p.parts["in_house_until_go_live"][1] == pytest.approx(12 * in_house_month)
    assert p.total[1] == pytest.approx(12 * in_house_month + 31_693.14, abs=0.05)


def test_a_team_cost_keeps_its_headcount() -> None:
    # 12 FTE at 84 rupees to the dollar: wages 12 × 10,000 / 84 = 1,428.57 a month
    cost = captive_cost_per_fte(CaptiveInputs(), ExchangeRate("INR", "INR", 1.0))
    team = team_cost(np.array([12.0, 6.0]), cost.components, 1 / 84)
    assert team.fte.tolist() == [12.0, 6.0]
    assert team.wages.tolist() == pytest.approx([1_428.57, 714.29], abs=0.01)
    assert cost.inputs == CaptiveInputs()  # the cost keeps the pay and loads it was priced from
    assert team.total.tolist() == pytest.approx([12 * 36_975.31 / 84, 6 * 36_975.31 / 84], abs=0.01)


def test_the_captive_check_above_the_band_in_full() -> None:
    # DMG Consult: going offshore saves 25-60%; about 30% realised on average (InterUnity via Krell)
    assert captive_check(0.85) == (
        "Offshore captive: 85% saved over the horizon, above the 25%–60% going offshore can save (30% realised on "
        "average). The captive leaves out what is not sourced here: setting the centre up, and recruitment and "
        "attrition abroad; check its pay against today's market.")
    assert captive_check(0.10) == ("Offshore captive: 10% saved over the horizon, below the 25%–60% going offshore "
                                   "can save (30% realised on average).")


def test_a_captive_that_is_not_captive_inputs_names_the_field() -> None:
    # a file's "captive" object must go through CaptiveInputs (its checks); a bare dict is refused where it enters
    with pytest.raises(InputError) as err:
        Scenario("Customer service", 12, captive={"entry_pay_month": 10_000})  # type: ignore[arg-type]
    assert err.value.field == "captive"
    assert err.value.reason.startswith("must be the captive's pay and loads, got ")


def test_the_deck_and_the_page_ask_the_same_question_and_name_the_captive_where_it_is_set() -> None:
    # found by walking the product: the deck's title slide asked "in-house, BPO or KPO?" with the captive priced
    import io

    from pptx import Presentation

    from estimator.deck import build_deck
    from estimator.uncertainty import simulate
    from estimator.verdict import question

    s = scenario(uncertainty=Uncertainty(draws=1_000))
    assert question(s) == "Customer service: in-house, BPO, KPO or an offshore captive?"
    assert question(Scenario("IT and software operations", 5)) == "IT and software operations: in-house, BPO or KPO?"
    title = list(Presentation(io.BytesIO(build_deck(estimate(s), simulate(s), []))).slides)[0]
    texts = [sh.text_frame.text for sh in title.shapes if sh.has_text_frame]
    assert any(t.startswith("Customer service: in-house, BPO, KPO or an offshore captive?") for t in texts), texts
