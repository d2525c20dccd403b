"""What keeps a slider rerun cheap on the server, and that it changes no result: the caches' keys and no forced
garbage collection after each run (README "Speed in the browser")."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from dashboard_app import dashboard

import views.state as state
from estimator.pricing import load_price_book
from estimator.scenario import Scenario, Uncertainty, VendorTerms, reference_price
from estimator.uncertainty import simulate, tornado
from views.state import scenario_key, simulation, swing

ROOT = Path(__file__).resolve().parent.parent
BOOK = load_price_book()
# 200 draws: the caches and the thread are under test here, not the Monte Carlo's precision
BASE = Scenario("Customer service", 10, bpo=reference_price(BOOK, "Customer service", "bpo"),
                uncertainty=Uncertainty(draws=200))


def test_no_forced_garbage_collection_after_each_script_run():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["runner"]["postScriptGC"] is False


def test_a_changed_input_deep_in_the_scenario_is_a_new_cache_key():
    # the vendor's handle-time ratio sits two levels down (Scenario.vendor_terms); 1.1 -> 1.2
    changed = dataclasses.replace(BASE, vendor_terms=VendorTerms(handle_time_ratio=1.2))
    assert scenario_key(changed) != scenario_key(BASE)
    assert scenario_key(dataclasses.replace(BASE)) == scenario_key(BASE)


def test_cached_monte_carlo_and_tornado_follow_an_input_that_matters():
    simulation.clear()
    swing.clear()
    slower = dataclasses.replace(BASE, vendor_terms=VendorTerms(handle_time_ratio=1.5))
    before, after = simulation(BASE), simulation(slower)
    # a slower vendor bills more hours: its median horizon total rises, as the uncached Monte Carlo says
    assert after.option("bpo").horizon_total.mid > before.option("bpo").horizon_total.mid
    assert after.option("bpo").horizon_total == simulate(slower).option("bpo").horizon_total
    assert simulation(BASE).option("bpo").horizon_total == before.option("bpo").horizon_total  # a hit, unchanged
    assert swing(slower, "bpo").base_savings < swing(BASE, "bpo").base_savings  # savings fall
    assert swing(slower, "bpo") == tornado(slower, "bpo")


def test_only_the_charts_that_show_the_monte_carlos_summaries_compute_them(monkeypatch):
    # The build-up (the default chart) shows one figure from the Monte Carlo, each option's chance of being cheaper;
    # the percentiles, fan, histogram and payback are made only for the Uncertainty and Fan charts (and downloads).
    calls = {"simulate": 0, "chance_cheaper": 0}

    def counted(name, f):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return f(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(state, "simulate", counted("simulate", state.simulate))
    monkeypatch.setattr(state, "chance_cheaper", counted("chance_cheaper", state.chance_cheaper))
    monkeypatch.chdir(ROOT)
    simulation.clear()
    state.chances.clear()
    app = dashboard(60, opened=False)
    app.run()
    assert not app.exception
    assert calls == {"simulate": 0, "chance_cheaper": 1}
    # README's default: BPO cheaper in every draw
    bpo_caption = next(c.value for c in app.caption if "cheaper in" in c.value)
    assert "cheaper in 100% of draws" in bpo_caption
    app.slider(key="fte").set_value(12).run()
    assert calls == {"simulate": 0, "chance_cheaper": 2}
    app.segmented_control(key="chart_view").set_value("fan").run()
    assert calls["simulate"] == 1
    app.slider(key="fte").set_value(14).run()  # on the fan, the metrics read the full run's chance: one run a move
    assert calls == {"simulate": 2, "chance_cheaper": 2}
    assert not app.exception
    assert "cheaper in 100% of draws" in next(c.value for c in app.caption if "cheaper in" in c.value)
