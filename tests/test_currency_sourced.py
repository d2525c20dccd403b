"""The sources' dollar figures in another currency (issue 7, "every input does what it says").

The in-house defaults and money limits are US dollars (estimator/assumptions.py: salary 41,600 a year, supervisor
58,450, overhead 2,187 a head a month, cost per hire 4,129; the vendor manager 98,580). Reporting in rupees, the page
took them as rupees: "Salary per FTE (INR/year)" opened at 41,600 (about $500 a year) and refused a real Indian
salary of 1,500,000 INR against a limit of 1,000,000 (about $12,000). Now it waits for the dollar's rate, converts
the defaults and limits at it, and keeps what the user typed.

Hand figures at 1 USD = 83 INR (1 INR = 1/83 USD, the way the Currency expander writes a rate reporting in rupees):
salary 41,600 × 83 = 3,452,800; supervisor 58,450 × 83 = 4,851,350; overhead 2,187 × 83 = 181,521 a month; cost per
hire 4,129 × 83 = 342,707; the vendor manager 98,580 × 83 = 8,182,140. The in-house cost a month of the page's 10
agents (the README's worked example, in rupees): wages 10 × 3,452,800 / 12 = 2,877,333.33; benefits 31% of it
891,973.33; supervision 10 / 10 × 4,851,350 / 12 × 1.31 = 529,605.71; overhead 10 × 181,521 = 1,815,210; hiring
10 × 19% × 342,707 / 12 = 54,261.94: 6,168,384.32 a month (₹61,68,384, Indian grouping).
"""

from __future__ import annotations

import pytest
from dashboard_app import dashboard
from typed_pay import typed_pay

from estimator.currency import ExchangeRate
from estimator.scenario import InHouseInputs, InputError, Scenario, VendorManagement

MONEY = ("in_house_annual_salary", "in_house_supervisor_salary", "in_house_overhead_per_fte_month",
         "in_house_cost_per_hire", "vm_governance_salary")
AT_83 = {"in_house_annual_salary": 3_452_800, "in_house_supervisor_salary": 4_851_350,
         "in_house_overhead_per_fte_month": 181_521, "in_house_cost_per_hire": 342_707,
         "vm_governance_salary": 8_182_140}


def _in_rupees():
    at = dashboard(60)
    at.run()
    at.selectbox(key="reporting_currency").set_value("INR").run()
    assert not at.exception
    return at


def _shown(at) -> dict[str, float | None]:
    return {key: at.number_input(key=key).value for key in MONEY}


def _problems(at) -> list[str]:
    return [e.value for e in at.error] + [w.value for w in at.warning if "outside" in w.value or "Stale" in w.value]


def _run_rate(at) -> str:
    return next(c.value for c in at.caption if c.value.startswith(("Run rate", "Range")))


def test_before_the_dollar_rate_nothing_in_dollars_is_labelled_rupees():
    at = _in_rupees()
    assert at.number_input(key="in_house_annual_salary").label == "Salary per FTE (INR/year)"
    assert _shown(at) == dict.fromkeys(MONEY)  # empty, not 41,600 "INR"
    waiting = [i.value for i in at.info if "wait for the US dollar's rate" in i.value]
    assert len(waiting) == 2 and "1 INR = … USD" in waiting[0]  # in-house, and the vendor manager
    assert any("give how many USD one INR buys" in e.value and "figures are US dollars" in e.value for e in at.error)
    assert not any("taken as" in c.value for c in at.caption)


def test_at_83_rupees_the_defaults_are_converted_and_the_estimate_is_in_rupees():
    at = _in_rupees()
    at.number_input(key="fx_rate_USD").set_value(1 / 83).run()
    assert not at.exception and _problems(at) == []
    assert _shown(at) == pytest.approx(AT_83)
    assert _run_rate(at).startswith("Run rate ₹61,68,384 a month"), _run_rate(at)
    assert any("converted at 1 USD = 83 INR" in c.value for c in at.caption)


def test_a_real_indian_salary_is_accepted():
    at = _in_rupees()
    at.number_input(key="fx_rate_USD").set_value(1 / 83).run()
    at.number_input(key="in_house_annual_salary").set_value(1_500_000).run()
    assert not at.exception and _problems(at) == []
    assert at.number_input(key="in_house_annual_salary").value == 1_500_000
    # wages 10 × 1,500,000 / 12 = 1,250,000 and benefits 387,500 instead of 2,877,333.33 and 891,973.33:
    # 6,168,384.32 - 3,769,306.67 + 1,637,500 = 4,036,577.65
    assert _run_rate(at).startswith("Run rate ₹40,36,578 a month"), _run_rate(at)


def test_typed_before_the_rate_is_kept_and_not_refused():
    at = _in_rupees()
    at.number_input(key="in_house_annual_salary").set_value(1_500_000).run()
    assert not [w.value for w in at.warning if "outside" in w.value]  # no dollar limit read as rupees
    at.number_input(key="fx_rate_USD").set_value(1 / 83).run()
    assert at.number_input(key="in_house_annual_salary").value == 1_500_000
    assert at.number_input(key="in_house_supervisor_salary").value == pytest.approx(4_851_350)
    assert _problems(at) == []


def test_a_typed_figure_survives_a_rate_change_and_an_untyped_one_follows_it():
    at = _in_rupees()
    at.number_input(key="fx_rate_USD").set_value(1 / 83).run()
    at.number_input(key="in_house_annual_salary").set_value(1_500_000).run()
    at.number_input(key="fx_rate_USD").set_value(1 / 90).run()
    assert not at.exception and _problems(at) == []
    shown = _shown(at)
    assert shown["in_house_annual_salary"] == 1_500_000
    # 58,450 × 90, 2,187 × 90, 4,129 × 90, 98,580 × 90
    assert shown["in_house_supervisor_salary"] == pytest.approx(5_260_500)
    assert shown["in_house_overhead_per_fte_month"] == pytest.approx(196_830)
    assert shown["in_house_cost_per_hire"] == pytest.approx(371_610)
    assert shown["vm_governance_salary"] == pytest.approx(8_872_200)


def test_the_limits_are_converted_too():
    """The salary limit is 1,000 to 1,000,000 dollars: 80,000 to 80,000,000 rupees at 80 (1 INR = 0.0125 USD, a
    rate its field shows whole; 1 / 83 is held as the field shows it, 0.012048193, and 1,000,000 dollars are then
    82,999,998 rupees)."""
    at = _in_rupees()
    at.number_input(key="fx_rate_USD").set_value(1 / 80).run()
    at.number_input(key="in_house_annual_salary").set_value(90_000_000).run()
    refused = [w.value for w in at.warning if "Salary per FTE" in w.value]
    assert refused and "is outside 80,000 INR/year to 8,00,00,000 INR/year" in refused[0], refused


def test_dollar_pay_reported_in_dollars_is_as_before():
    at = dashboard(60)
    at.run()
    assert _shown(at) == {"in_house_annual_salary": 41_600, "in_house_supervisor_salary": 58_450,
                          "in_house_overhead_per_fte_month": 2_187, "in_house_cost_per_hire": 4_129,
                          "vm_governance_salary": 98_580}
    assert _run_rate(at).startswith("Run rate $74,318 a month")
    assert not any("US-dollar" in c.value for c in at.caption)


def test_a_team_paid_in_rupees_reported_in_dollars_follows_its_rate():
    """Before: the rupee fields opened at 41,600 "INR" with no rate, and kept that number once the rate came."""
    at = dashboard(60)
    at.run()
    at.selectbox(key="in_house_currency").set_value("INR").run()
    assert at.number_input(key="in_house_annual_salary").value is None
    assert at.number_input(key="vm_governance_salary").value == 98_580  # the manager at home, in dollars
    at.number_input(key="fx_rate_INR").set_value(83.0).run()
    assert not at.exception and _problems(at) == []
    assert at.number_input(key="in_house_annual_salary").value == pytest.approx(3_452_800)
    assert _run_rate(at).startswith("Run rate $74,318 a month")  # the same team, in rupees at 83


def test_the_model_checks_rupee_pay_against_dollar_limits_converted():
    def inr(salary: float, *rates: ExchangeRate) -> Scenario:
        # the other figures typed too, in rupees (the sources' dollars would want the dollar's rate)
        pay = typed_pay(InHouseInputs(annual_salary=salary, currency="INR"))["in_house"]
        return Scenario("Customer service", 10, currency="INR", in_house=pay,
                        vendor_management=VendorManagement(governance_salary=8_182_140), exchange_rates=rates)

    assert inr(1_500_000).in_house.annual_salary == 1_500_000  # no dollar rate: no dollar limit read as rupees
    usd = ExchangeRate("INR", "USD", 1 / 80)
    assert inr(1_500_000, usd).in_house.currency is None
    with pytest.raises(InputError, match=r"in_house.annual_salary: must be from 80,000 to 80,000,000 INR "
                                         r"\(1,000 to 1,000,000 USD at 1 USD = 80 INR\), got 90,000,000"):
        inr(90_000_000, usd)
    with pytest.raises(InputError, match=r"vendor_management.governance_salary: must be from 0 to 80,000,000"):
        Scenario("Customer service", 10, currency="INR", vendor_management=VendorManagement(governance_salary=9e7),
                 exchange_rates=(usd,))
    with pytest.raises(InputError, match=r"vendor_management.governance_salary: must be from 0 to 1,000,000"):
        Scenario("Customer service", 10, vendor_management=VendorManagement(governance_salary=2e6))


def test_ranges_around_the_converted_defaults_follow_the_rate_too():
    """The salary's sourced range, 31,200 to 52,000 dollars: 2,589,600 to 4,316,000 rupees at 83, 2,808,000 to
    4,680,000 at 90, around 41,600 × 90 = 3,744,000, which the field shows when ranges are off again."""
    at = _in_rupees()
    at.toggle(key="ranges_on").set_value(True).run()
    assert not at.exception  # waiting, with ranges on
    at.number_input(key="fx_rate_USD").set_value(1 / 83).run()
    assert at.slider(key="in_house_annual_salary_range").value == (2_589_600, 4_316_000)
    at.number_input(key="fx_rate_USD").set_value(1 / 90).run()
    assert at.slider(key="in_house_annual_salary_range").value == (2_808_000, 4_680_000)
    assert _problems(at) == []
    at.toggle(key="ranges_on").set_value(False).run()
    assert at.number_input(key="in_house_annual_salary").value == 3_744_000


def test_another_function_brings_its_own_default_converted_and_keeps_a_typed_figure():
    """IT's pay, 49,770 dollars (BLS), is 49,770 × 83 = 4,130,910 rupees; a typed cost per hire stays and is the
    only figure the notice says was kept."""
    at = _in_rupees()
    at.number_input(key="fx_rate_USD").set_value(1 / 83).run()
    at.number_input(key="in_house_cost_per_hire").set_value(250_000).run()
    at.selectbox(key="function").set_value("IT and software operations").run()
    assert not at.exception and _problems(at) == []
    assert at.number_input(key="in_house_annual_salary").value == 4_130_910
    assert at.number_input(key="in_house_supervisor_salary").value == 4_851_350
    assert at.number_input(key="in_house_cost_per_hire").value == 250_000
    kept = [i.value for i in at.info if i.value.startswith("Kept from")]
    assert kept == ["Kept from Customer service: Cost per hire 2,50,000 INR/hire. Check it fits IT and software "
                    "operations (the defaults are contact-centre figures)."], kept


def test_a_refused_pay_names_its_limits_to_the_cent_and_the_rate_to_six_figures():
    # 1 INR = 0.012 USD is 1 / 0.012 = 83.3333... rupees to the dollar: the limits $1,000 and $1,000,000 are
    # 83,333.33 and 83,333,333.33 INR. The walk read "must be from 83,333.33333 to 83,333,333.33 INR (1,000 to
    # 1,000,000 USD at 1 USD = 83.33333333 INR)" on the Mix page
    usd = ExchangeRate("INR", "USD", 0.012)
    with pytest.raises(InputError) as err:
        Scenario("Customer service", 10, currency="INR", in_house=InHouseInputs(annual_salary=41_600, currency="INR"),
                 vendor_management=VendorManagement(governance_salary=8_215_000), exchange_rates=(usd,))
    assert err.value.reason == ("must be from 83,333.33 to 83,333,333.33 INR (1,000 to 1,000,000 USD at 1 USD = "
                                "83.3333 INR), got 41,600")


def test_a_long_saving_in_a_metric_delta_goes_compact():
    # in rupees at 1280 x 720, "↓ ₹45,79,15,505 (46%) below in-house · best" ran past its column and "· best" was cut
    # off; 457,915,505 rupees are 45.79 crore. A figure of up to eleven characters stays whole ($19,901,600)
    from views.delta import saving_delta

    assert saving_delta(457_915_505, 0.46, "INR", "in-house")["delta"] == "₹45.79Cr (46%) below in-house"
    assert saving_delta(-123_456_789, -0.2, "JPY", "in-house")["delta"] == "¥123.46M (20%) above in-house"
    assert saving_delta(19_901_600, 0.4, "USD", "in-house")["delta"] == "$19,901,600 (40%) below in-house"
