"""The offshore captive as a fourth option (issue 8): priced by hand, linear in the workload, in the verdict, the
scenario file, the tidy CSV and on the Estimate page."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from dashboard_app import dashboard
from hypothesis import given, settings
from hypothesis import strategies as st
from test_sources_page import shown

from estimator.captive import CaptiveInputs
from estimator.currency import ExchangeRate
from estimator.estimate import estimate
from estimator.export import read_tidy_csv, tidy_table, to_csv_bytes
from estimator.params import cases
from estimator.projection import project
from estimator.scenario import (
    BusinessCase,
    InputError,
    Scenario,
    VendorPrice,
    VendorTerms,
    dump_scenario,
    load_scenario,
    scenario_to_dict,
)
from estimator.verdict import verdict

ROOT = Path(__file__).resolve().parent.parent
RUPEES = (ExchangeRate("USD", "INR", 84.0),)  # 1 USD = 84 INR


def captive_scenario(fte: float = 12, **changes) -> Scenario:
    """12 FTE of customer service, every captive default, 84 rupees to the dollar, two years, no vendor selection,
    three months of transition, delivery-country wages rising 10% a year."""
    changes.setdefault("captive", CaptiveInputs())
    return Scenario("Customer service", fte, exchange_rates=RUPEES,
                    business_case=BusinessCase(horizon_years=2, selection_months=0, dual_running_months=3),
                    vendor_terms=VendorTerms(delivery_wage_growth=0.10), **changes)


def test_a_captive_team_priced_by_hand() -> None:
    # Per FTE a month, in rupees, from the sourced defaults (CAPTIVE_ASSUMPTIONS):
    #   wages        10,000                                   (seed: Rs 10,000 a month at entry)
    #   bonus        10,000 × 10%        =  1,000             (Site Selection Group: 5-15%)
    #   benefits     10,000 × 25%        =  2,500             (Site Selection Group: 20-30%)
    #   supervision  1,100,000 / 12 / 10 × 1.25 = 11,458.33   (seed: Rs 1,100,000 a year senior; ICMI span 10)
    #   labour       24,958.33; total = labour / 0.675 = 36,975.31; overhead = 36,975.31 − 24,958.33 = 12,016.98
    # 12 FTE (the headcount: F = W / Hw gives back 12), 10% more hours offshore (handle_time_ratio 1.10, its
    # midpoint: DMG Consult, Compass) = a team of 13.2, at 84 rupees to the dollar, a month:
    #   wages 13.2 × 10,000 / 84 = 1,571.43; bonus 157.14; benefits 13.2 × 2,500 / 84 = 392.86;
    #   supervision 13.2 × 11,458.33 / 84 = 1,800.60; overhead 13.2 × 12,016.98 / 84 = 1,888.38;
    #   total 13.2 × 36,975.31 / 84 = 5,810.41
    est = estimate(captive_scenario())
    assert [op.option for op in est.options] == ["in_house", "bpo", "kpo", "captive"]
    got = {c.name: c.cost.mid for c in est.captive.components}
    assert got == pytest.approx({"wages": 1_571.43, "bonus": 157.14, "benefits": 392.86, "supervision": 1_800.60,
                                 "overhead": 1_888.38}, abs=0.01)
    assert est.captive.total.mid == pytest.approx(5_810.41, abs=0.01)
    assert est.captive.total.low == est.captive.total.high == est.captive.total.mid  # no range given
    # Over two years: the team is paid from the contract's first month (month 1, no selection), year 2 at +10%:
    #   5,810.41 × (12 + 12 × 1.10) = 5,810.41 × 25.2 = 146,422.22
    p = est.projected(est.captive)
    assert p is not None
    assert p.parts["captive_team"][1] == pytest.approx(146_422.22, abs=0.05)
    # The rest is the vendors' timeline, the same amounts a BPO pays: the in-house team until go-live (3 months),
    # stranded overhead, severance and retention at go-live.
    bpo = project(replace(est.scenario, bpo=VendorPrice("per_hour", 20, 30)), cases(est.scenario)).bpo
    assert bpo is not None
    for part in ("in_house_until_go_live", "stranded_overhead", "severance", "retention"):
        assert p.parts[part][1] == pytest.approx(bpo.parts[part][1])
    assert p.total[1] == pytest.approx(sum(v[1] for v in p.parts.values()))
    # ... and month 24, long after go-live, is the team alone in year 2: 5,810.41 × 1.10 = 6,391.45
    assert p.monthly[1, 23] == pytest.approx(6_391.45, abs=0.01)


def test_the_verdict_names_the_captive_when_it_is_cheapest() -> None:
    est = estimate(captive_scenario(bpo=VendorPrice("per_hour", 20, 30)))
    v = verdict(est)
    assert v.option == "captive"
    assert v.sentence.startswith("Offshore captive saves $")


def test_a_dear_captive_is_named_as_the_rival_when_in_house_wins() -> None:
    # Rs 5,000,000 a month at entry: about $60,000 a head a month, far above in-house pay
    s = captive_scenario(captive=CaptiveInputs(entry_pay_month=5_000_000.0))
    v = verdict(estimate(s))
    assert v.option == "in_house"
    assert "Offshore captive would cost" in v.sentence


def test_no_captive_is_the_scenario_as_before() -> None:
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    est = estimate(s)
    assert [op.option for op in est.options] == ["in_house", "bpo", "kpo"]
    assert est.projection.captive is None and not est.captive.priced
    assert "captive" not in scenario_to_dict(s)
    assert set(tidy_table(est)["option"]) == {"in_house", "bpo", "kpo"}


@settings(max_examples=25, deadline=None)
@given(st.floats(1, 2_000), st.floats(0.1, 10))
def test_captive_cost_scales_linearly_with_workload(hours: float, k: float) -> None:
    def team(w: float) -> float:
        s = Scenario("Customer service", w, "hours_per_month", captive=CaptiveInputs(), exchange_rates=RUPEES)
        p = project(s, cases(s))
        assert p.run_rate.captive is not None and p.captive is not None
        return float(p.run_rate.captive.total[1]), float(p.captive.parts["captive_team"][1])

    base, scaled = team(hours), team(hours * k)
    assert scaled[0] == pytest.approx(k * base[0], rel=1e-9)
    assert scaled[1] == pytest.approx(k * base[1], rel=1e-9)


def test_a_scenario_file_with_a_captive_reads_back_and_a_bad_one_names_the_field(book) -> None:
    s = captive_scenario()
    assert load_scenario(dump_scenario(s), book) == s
    bad = dump_scenario(s).replace('"bonus_share": 0.1', '"bonus_share": "lots"')
    with pytest.raises(InputError) as info:
        load_scenario(bad, book)
    assert info.value.field == "captive.bonus_share"
    for wrong in ([], False, 0, "INR"):  # not taken for "a captive at every default"
        with pytest.raises(InputError) as info:
            load_scenario(json.dumps({"function": "Customer service", "workload": {"fte": 1}, "captive": wrong}), book)
        assert info.value.field == "captive"
    data = scenario_to_dict(s)
    del data["exchange_rates"]
    with pytest.raises(InputError) as info:
        load_scenario(json.dumps(data), book)
    assert info.value.field == "exchange_rates.INR.rate"


def test_the_tidy_csv_carries_the_captive() -> None:
    est = estimate(captive_scenario())
    back = read_tidy_csv(to_csv_bytes(tidy_table(est)))
    rows = back[back["option"] == "captive"]
    total = rows[(rows["component"] == "total") & (rows["period"] == "run_rate_month")]
    assert float(total["mid"].iloc[0]) == pytest.approx(5_810.41, abs=0.01)  # 13.2 FTE, as priced by hand above
    assert "captive_team" in set(rows["component"])


def test_the_estimate_page_turns_the_captive_on() -> None:
    at = dashboard(60)
    at.run()
    assert not at.exception
    assert not any(m.label.startswith("Offshore captive") for m in at.metric)
    at.toggle(key="captive_on").set_value(True).run()
    # no rate yet: the page asks for it, naming the currency
    assert any("Exchange rate (INR)" in e.value for e in at.error)
    at.number_input(key="fx_rate_INR").set_value(84.0).run()
    assert not at.exception and [e.value for e in at.error] == []
    labels = [m.label for m in at.metric]
    assert "Offshore captive over 5 years" in labels
    s = at.session_state["current_scenario"]
    assert s.captive == CaptiveInputs() and s.rate_for("captive") == ExchangeRate("USD", "INR", 84.0)
    # the build-up chart's words name it; the question and the captive's line say it is offshore, and its line
    # ends on its last figure (it has no vendor price to break even on)
    assert any("Offshore captive: $" in c.value for c in at.caption)
    assert any(m.value == "### Customer service: in-house, BPO, KPO or an offshore captive?" for m in at.markdown)
    line = next(c.value for c in at.caption if c.value.startswith("Offshore · "))  # no range: one figure
    assert not line.rstrip().endswith("·") and "draws" in line and "Range" not in line, line
    # the seed's entry pay (Rs 10,000 a month) makes the captive far cheaper than going offshore is found to
    # save (25-60% possible, DMG Consult): the page says so beside it
    assert any(c.value.startswith("**Reality check:** Offshore captive:") and "above the 25%–60%" in c.value
               for c in at.caption)
    # the workbook carries the captive (its formulas: tests/test_workbook.py): its download is offered, not refused
    assert "Download workbook (Excel)" in [e.proto.label for e in at.get("download_button")]
    assert not any(c.value.startswith("Workbook:") for c in at.caption)


def test_a_link_with_a_captive_opens_it_on_the_page(book) -> None:
    from views.share import CURRENT, encode

    s = Scenario("Customer service", 10, captive=CaptiveInputs(entry_pay_month=25_000.0, benefits_share=0.3),
                 exchange_rates=(ExchangeRate("USD", "INR", 84.0, 0.0, 0.04),))
    at = dashboard(60)
    at.query_params["s"] = encode(s)
    at.run()
    assert not at.exception and not at.warning
    assert at.toggle(key="captive_on").value is True
    got = at.session_state[CURRENT]
    assert got.captive.entry_pay_month == 25_000.0 and got.captive.benefits_share == pytest.approx(0.3)
    assert got.exchange_rates == s.exchange_rates


# --- the Mix of functions page ------------------------------------------------------------------------------

def test_a_mix_row_chooses_the_captive_priced_as_the_function_alone(book) -> None:
    from estimator.portfolio import Portfolio, PortfolioRow, dump_portfolio, estimate_portfolio, load_portfolio

    p = Portfolio((PortfolioRow("Customer service", 12, option="captive"),
                   PortfolioRow("Human resources", 3, option="bpo", bpo=VendorPrice("per_hour", 20, 30))),
                  captive=CaptiveInputs(), exchange_rates=RUPEES)
    pe = estimate_portfolio(p)
    alone = estimate(p.scenario(0))
    assert pe.mix.by_function[0, 1] == pytest.approx(alone.horizon_total(alone.captive).mid)
    assert p.available(p.rows[1]) == ("in_house", "bpo", "captive")
    again = load_portfolio(dump_portfolio(p), book)
    assert again.captive == p.captive and again.exchange_rates == p.exchange_rates
    assert again.rows[0].option == "captive"


def test_the_mix_page_offers_the_captive_set_on_the_estimate_page() -> None:
    from views.share import CURRENT

    at = dashboard(60)
    at.run()
    at.toggle(key="captive_on").set_value(True).run()
    at.number_input(key="fx_rate_INR").set_value(84.0).run()
    assert at.session_state[CURRENT].captive is not None
    at.switch_page("views/portfolio.py").run()
    assert not at.exception
    at.toggle(key="mix_captive_on").set_value(True).run()
    assert not at.exception and [e.value for e in at.error] == []
    # choose it for the first row (customer service, 10 FTE) in the editor's state
    at.session_state["mix_editor"] = {"edited_rows": {0: {"option": "captive"}}, "added_rows": [],
                                      "deleted_rows": []}
    at.run()
    assert not at.exception and [e.value for e in at.error] == []
    functions = next(shown(t) for t in at.table if "Price used" in t.value.columns)
    assert functions.iloc[0]["Chosen"] == "Offshore captive"
    assert "offshore captive at ₹10,000 a month" in functions.iloc[0]["Price used"]  # rupees written as rupees
    # an own team abroad is offshore, as the downloads say (found by walking the page: the cell was empty)
    assert functions.iloc[0]["Delivered from"] == "Offshore"
