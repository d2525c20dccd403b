"""The browser latency benchmark still runs: three presses on the page and on its floor page.

A smoke test, not a measurement (no timing is asserted; the machine may be busy). The figures in the
README come from ``benchmarks/latency.py`` with its default 30 presses.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                                reason="Debian's chromium is not installed (scripts/test.sh installs it)")


def test_quick_run_reports_both_pages(tmp_path):
    out = tmp_path / "latency.json"
    run = subprocess.run([sys.executable, "-m", "benchmarks.latency", "--quick", "--json", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(out.read_text())
    assert set(result["apps"]) == {"page", "floor"}
    for app in result["apps"].values():
        # a press that does not settle in 20 s on a busy machine is counted, not measured
        assert len(app["samples"]) + app["timeouts"] == 3 and app["samples"]
        for sample in app["samples"]:
            # a press settles after the server's run ends and no earlier than the chart's last change
            assert 0 < sample["server"] <= sample["settled"] and 0 < sample["chart"] <= sample["settled"]
            # the server's own CPU time for the rerun (tens of ms: never none) and what the page received
            assert sample["server_cpu"] > 0 and sample["frames"] > 0 and sample["kilobytes"] > 0
        assert math.isfinite(app["settled"]["median"]) and app["settled"]["p95"] >= app["settled"]["median"]
        # the floor page draws the app's navigation, as the app does (test_the_floor_pages_draw_the_apps_navigation)
        assert app["links"] == APP_LINKS, app["links"]
    assert "page / floor (median settled)" in run.stdout


def test_an_app_runs_from_its_own_tree(tmp_path):
    from benchmarks.latency import app_tree

    # the page and its floor run with this repository's config; an older commit checked out elsewhere with its own
    (tmp_path / "old" / ".streamlit").mkdir(parents=True)
    (tmp_path / "old" / "views").mkdir()
    assert app_tree("dashboard.py") == ROOT and app_tree("benchmarks/floor_page.py") == ROOT
    assert app_tree(str(tmp_path / "old" / "dashboard.py")) == tmp_path / "old"
    assert app_tree(str(tmp_path / "old" / "views" / "page.py")) == tmp_path / "old"


# The app's navigation, as its sidebar draws it: the icon's ligature comes first in the link's text ("calculate
# Estimate"), then the address after the host.
APP_LINKS = [["calculate Estimate", "/"], ["alt_route Which model fits", "/guide"],
             ["stacked_bar_chart Mix of functions", "/portfolio"], ["support_agent Contact centre", "/contact_centre"],
             ["folder_open Scenarios", "/scenarios"], ["slideshow Present", "/present"], ["menu_book Sources", "/sources"]]


def test_the_floor_pages_draw_the_apps_navigation(browser):
    # A floor is the page's shape without its model, and the sidebar's navigation is part of that shape: with two
    # plain links instead of the app's seven with icons, the Contact centre's floor settled about 30 ms sooner than
    # with them (views/navigation.py), which counted as the model's cost. Each floor now lists the app's pages.
    # The dashboard's and the Estimate floor's lists are read by the quick run above (its two pages, loaded there
    # anyway); this test loads the Contact centre's floor, the one page no quick run opens.
    from benchmarks.latency import LINKS_JS, _free_port, serve

    with serve("benchmarks/floor_contact_centre.py", _free_port()) as url:
        ctx = browser.new_context()
        try:
            page = ctx.new_page()
            page.goto(url)
            page.locator("[data-testid='stSidebarNavLink']").nth(6).wait_for(timeout=60_000)
            assert page.evaluate(LINKS_JS) == APP_LINKS
        finally:
            ctx.close()
