"""The page, driven through Streamlit's AppTest: widgets by key, what a user reads, no exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def app(monkeypatch) -> AppTest:
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    at.run()
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


# README worked example, 10 FTE customer service at every default, over 5 years (one-time costs included):
# in-house 891,814.60 a year × 5.383945 = 4,801,480.88. BPO at $25 an hour × 1,334.67 billed hours (10% slower)
# = 33,366.67 a month of fees from go-live in month 4: 9 × 33,366.67 + 400,400 × 4.298533 = 2,021,432; ramp-up
# 60% of a month's fees 20,020; governance at its floor 5,380.83 a month × 12 × 5.383945 = 347,641; in-house until
# go-live 3 × 74,317.88 = 222,954; stranded overhead 6 × 50% × 21,870 = 65,610; selection 3.5% and transition
# 12.5% of 400,400 = 14,014 + 50,050; severance 10 × 800 × 3.5 weeks = 28,000; retention 10% × 416,000 = 41,600.
# BPO total 2,811,321.
IN_HOUSE, BPO, KPO = "In-house over 5 years", "BPO over 5 years", "KPO over 5 years"


def test_first_screen_shows_the_worked_example(app):
    m = metrics(app)
    assert m[IN_HOUSE] == "$4,801,481"
    assert m[BPO] == "$2,811,321"
    assert m[KPO] == "Needs a quote"
    assert len(app.get("plotly_chart")) == 1


def test_moving_the_headcount_slider_changes_the_metrics(app):
    app.slider(key="fte").set_value(20).run()
    m = metrics(app)
    # doubling the work doubles everything but the governance floor (347,641, still binding):
    # 2 × 4,801,480.88; 2 × (2,811,320.92 − 347,640.84) + 347,640.84
    assert m[IN_HOUSE] == "$9,602,962"
    assert m[BPO] == "$5,275,001"
    assert not app.exception


def test_moving_the_vendor_price_slider_changes_bpo_only(app):
    app.slider(key="bpo_price").set_value((30.0, 30.0)).run()
    m = metrics(app)
    assert m[IN_HOUSE] == "$4,801,481"
    # fees, ramp-up, selection and transition × 30 / 25; the rest unchanged: 3,232,424
    assert m[BPO] == "$3,232,424"


def test_a_typed_quote_replaces_the_range(app):
    app.toggle(key="bpo_use_quote").set_value(True).run()
    app.number_input(key="bpo_quote_low").set_value(10.0).run()
    app.number_input(key="bpo_quote_high").set_value(10.0).run()
    # fees, ramp-up, selection and transition × 10 / 25; the rest unchanged: 1,548,011
    assert metrics(app)[BPO] == "$1,548,011"


def test_a_bad_quote_shows_a_message_and_keeps_the_inputs(app):
    app.toggle(key="bpo_use_quote").set_value(True).run()
    app.number_input(key="bpo_quote_low").set_value(50.0).run()
    app.number_input(key="bpo_quote_high").set_value(20.0).run()
    assert not app.exception
    assert "BPO price, low end: low 50 must not be above high 20" in app.error[0].value
    assert app.number_input(key="bpo_quote_low").value == 50.0
    assert app.slider(key="fte").value == 10


def test_unpriced_option_takes_a_quote(app):
    app.number_input(key="kpo_quote_low").set_value(40.0).run()
    app.number_input(key="kpo_quote_high").set_value(60.0).run()
    # $50 an hour: the BPO's fee-driven parts × 2, the rest unchanged: 4,916,837
    assert metrics(app)[KPO] == "$4,916,837"


def test_changing_the_work_resets_the_price_to_its_reference(app):
    app.selectbox(key="function").set_value("IT and software operations").run()
    assert app.slider(key="bpo_price").value == (40.0, 100.0)
    app.selectbox(key="function").set_value("Research and analysis").run()
    assert app.slider(key="kpo_price").value == (40.0, 60.0)
    assert metrics(app)[BPO] == "Needs a quote"


def test_hours_workload(app):
    app.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    app.number_input(key="hours_per_month").set_value(1213.3333333333333).run()
    assert metrics(app)[IN_HOUSE] == "$4,801,481"


def test_every_widget_has_a_key(app):
    for kind in ("slider", "number_input", "selectbox", "toggle", "text_input"):
        for widget in getattr(app, kind):
            assert widget.key and not widget.key.startswith("$$"), (kind, widget.label)


def test_inputs_survive_a_page_switch(app):
    app.slider(key="fte").set_value(25).run()
    app.switch_page("views/sources.py").run()
    assert not app.exception
    app.switch_page("views/estimate.py").run()
    assert app.slider(key="fte").value == 25


def test_sources_page_lists_every_default(app):
    app.switch_page("views/sources.py").run()
    assert not app.exception
    assert len(app.dataframe) == 2


def captions(at: AppTest) -> str:
    return " ".join(c.value for c in at.caption)


def test_first_screen_shows_the_business_case(app):
    # README: 5 years at the defaults; BPO breaks even in month 10 and is cheaper in every draw
    text = captions(app)
    assert "Run rate $74,318 a month" in text
    assert "break-even month 10" in text
    assert "cheaper in 100% of draws" in text
    assert app.markdown[1].value == "**BPO saves $1,990,160 (41%) over 5 years and breaks even in month 10.**"


def test_horizon_and_dual_running_controls(app):
    app.slider(key="horizon_years").set_value(3).run()
    # 3 years in-house: 891,814.60 × (1 + 1.037 + 1.075369) = 2,775,656
    assert metrics(app)["In-house over 3 years"] == "$2,775,656"
    app.slider(key="dual_running_months").set_value(0).run()
    # go-live in month 1. Month 1: fees 33,366.67 × 1.3 (ramp) + floor 5,380.83 + stranded 10,935 + selection
    # 14,014 + transition 50,050 + severance 28,000 + retention 41,600 = 193,356.5 against 74,317.88: −119,039;
    # months 2, 3 (ramp 20%, 10%): +17,962, +21,299; months 4-6: +24,635 each: −5,873 after month 6; month 7
    # (stranded over): +35,570: break-even in month 7
    assert "break-even month 7" in captions(app)


@pytest.mark.parametrize("view", ["buildup", "cumulative", "waterfall", "distribution", "fan", "tornado"])
def test_every_chart_view_renders(app, view):
    app.segmented_control(key="chart_view").set_value(view).run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == 1


def test_ranges_toggle_widens_without_moving_the_middle(app):
    before = metrics(app)[IN_HOUSE]
    app.toggle(key="ranges_on").set_value(True).run()
    assert not app.exception
    assert app.slider(key="in_house_shrinkage_range").value == (13.3, 39.4)
    assert metrics(app)[IN_HOUSE] == before
    app.segmented_control(key="chart_view").set_value("tornado").run()
    assert not app.exception


def test_distribution_and_seed_controls(app):
    app.selectbox(key="distribution").set_value("uniform").run()
    app.number_input(key="draws").set_value(2_000).run()
    app.number_input(key="seed").set_value(7).run()
    assert not app.exception
    assert "cheaper in 100% of draws" in captions(app)


@pytest.mark.parametrize("function", [
    "Customer service", "IT and software operations", "Human resources", "Research and analysis", "Legal process"])
def test_every_kind_of_price_renders(app, function):
    app.selectbox(key="function").set_value(function).run()
    assert not app.exception
    assert not app.error
    values = metrics(app)
    assert values[IN_HOUSE].startswith("$")
    # priced where the seeds give a price, "Needs a quote" otherwise, never $0
    assert "$0" not in values.values()


def test_a_shorter_horizon_caps_dual_running_instead_of_failing(app):
    app.slider(key="dual_running_months").set_value(24).run()
    app.slider(key="horizon_years").set_value(1).run()
    assert not app.exception
    assert app.slider(key="dual_running_months").value == 12


def test_zero_hours_of_work_costs_nothing_and_says_so(app):
    app.segmented_control(key="workload_basis").set_value("hours_per_month").run()
    app.number_input(key="hours_per_month").set_value(0.0).run()
    assert not app.exception
    assert metrics(app)[IN_HOUSE] == "$0"


@pytest.mark.parametrize("ranges_on", [False, True], ids=["points", "ranges"])
def test_every_slider_at_both_ends_gives_no_traceback(app, ranges_on):
    # a finance manager dragging each slider to its ends, one after another, never sees an exception
    app.toggle(key="ranges_on").set_value(ranges_on).run()
    keys = [s.key for s in app.slider]
    for end in ("min", "max"):
        for key in keys:
            slider = app.slider(key=key)
            value = getattr(slider, end)
            slider.set_value((value, value) if isinstance(slider.value, tuple) else value).run()
            assert not app.exception, (key, end)
            assert not app.error, (key, end, app.error[0].value if app.error else "")
    assert len(app.metric) == 3


def test_every_number_input_at_both_ends_gives_no_traceback(app):
    # draws at 100,000 is a matter of time, not of failure; a quote's two ends move together
    keys = [n.key for n in app.number_input if n.key != "draws" and "_quote_" not in n.key]
    for end in ("min", "max"):
        for key in keys:
            box = app.number_input(key=key)
            value = getattr(box, end)
            box.set_value(int(value) if key == "seed" else value).run()
            assert not app.exception, (key, end)
            assert not app.error, (key, end, app.error[0].value if app.error else "")
        for side in ("kpo_quote_low", "kpo_quote_high"):
            box = app.number_input(key=side)
            box.set_value(getattr(box, end)).run()
        assert not app.exception and not app.error, end
    assert len(app.metric) == 3
