"""What every browser test shares: Debian's Chromium and its flags, and a dashboard server to point it at.

The fixtures built on these (``server``, ``browser``) live in conftest.py, one of each per test session:
starting a Streamlit server and a browser once instead of once per test module saves CI time. Each test
opens its own browser context, which is a Streamlit session of its own, so tests do not share inputs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
HAS_CHROMIUM = Path(CHROMIUM).exists() or os.environ.get("CI") == "true"
# issue 7, defect 7: a widget with both a default and a Session State value makes Streamlit warn
STATE_WARNING = "created with a default value but also had its value set via the Session State API"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def dashboard(data_dir: Path, log: Path) -> Iterator[str]:
    """The dashboard on a free loopback port, with its own scenario store in ``data_dir``; yields its URL.

    The server's messages go to the file ``log``: a pipe nobody reads until the end fills up (64 KiB)
    and stops the server mid-test.
    """
    with dashboard_process(data_dir, log) as (url, _):
        yield url


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float, failure: Callable[[], str]) -> None:
    """Poll Streamlit's health check at ``url`` until it answers; RuntimeError(``failure()``) if the server exits
    or ``seconds`` pass first. Used by the tests' server and by benchmarks/latency.py's."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(failure()) from None
            time.sleep(0.3)


@contextlib.contextmanager
def dashboard_process(data_dir: Path, log: Path, port: int | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """:func:`dashboard`, yielding the server's process too (benchmarks/load.py reads its CPU time and memory)."""
    env = {**os.environ, "ESTIMATOR_DATA_DIR": str(data_dir)}
    env.pop("ESTIMATOR_DATABASE_URL", None)  # never a user's (or CI's) database
    port = port or free_port()
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--server.runOnSave", "false"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc, 60, lambda: f"dashboard did not start: {log.read_text()[-2000:]}")
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
