"""The load script runs: two sessions for 5 s, each doing every step of a user's loop at least once.

A smoke test, not a measurement (no timing is asserted; the machine may be busy). It runs the script as a
subprocess: the script starts its own Playwright, and a second one in this pytest session would fail. The
README's "Under load" figures come from ``benchmarks/load.py`` with its defaults (1, 5, 10, 20 sessions, 60 s).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from chromium import HAS_CHROMIUM, ROOT

pytest.importorskip("playwright.async_api")

from benchmarks import load  # noqa: E402  (after the skip: it needs Playwright)


def test_isolation_check_catches_another_sessions_marker_and_a_missing_own():
    s = load.Session("load-s01-abc123")
    load.check_isolation(s, "page", "Scenario name load-s01-abc123, costs ...")
    with pytest.raises(load.Leak, match="load-s02-def456"):
        load.check_isolation(s, "page", "load-s01-abc123 and load-s02-def456")
    with pytest.raises(load.Breach, match="does not show"):
        load.check_isolation(s, "CSV", "Customer service")  # the session's own name lost: no pass by accident


@pytest.mark.skipif(not HAS_CHROMIUM, reason="Debian's chromium is not installed (scripts/test.sh installs it)")
def test_quick_run_has_no_errors_and_does_every_step(tmp_path):
    out = tmp_path / "load.json"
    run = subprocess.run([sys.executable, "-m", "benchmarks.load", "--quick", "--json", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    result = json.loads(out.read_text())
    assert [r["sessions"] for r in result["levels"]] == [2] and result["server_log_tracebacks"] == 0
    for r in result["levels"]:
        n = r["sessions"]
        assert r["errors"] == 0 and r["breaches"] == 0 and r["leaks"] == 0, r["first_errors"]
        # every session names itself, then does at least one whole loop: 3 presses, a view, a save, 2 downloads
        assert r["actions"]["name"] == n and r["settled_ms"]["n"] >= 3 * n
        assert all(r["actions"][a] >= n for a in ("view", "save", "csv", "deck")), r["actions"]
        assert len(set(r["markers"])) == n
        # runs the page showed: a run drawn in one frame is not seen (the chart switch's fragment run most often;
        # 15 for 2 sessions in one run), so the bound counts the full runs of a loop a session cannot skip: naming,
        # 3 presses, the Scenarios page, the save, the way back (7), less one
        assert r["reruns"] >= 6 * n and r["server_cpu_s"] > 0 and r["server_rss_mb"] > result["server_rss_start_mb"]
    assert "| Sessions | Seconds | Errors (leaks) |" in run.stdout
