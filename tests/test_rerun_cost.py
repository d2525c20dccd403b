"""What keeps a slider rerun cheap on the server, and that it changes no result: the caches' keys and no forced
garbage collection after each run (README "Speed in the browser")."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

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
