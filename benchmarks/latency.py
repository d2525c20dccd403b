"""Slider key press to settled page, in Debian's Chromium: the estimate page against its floor page.

    .venv/bin/python -m benchmarks.latency              # 30 presses on each page, interleaved
    .venv/bin/python -m benchmarks.latency --quick      # 3 presses: a smoke test, not a measurement
    .venv/bin/python -m benchmarks.latency --contact-centre   # the Contact centre page against its own floor

Run from the repository's root, as a module: it imports the tests' server helpers (``tests/chromium.py``).

Starts the dashboard and ``benchmarks/floor_page.py`` (the same widgets, three metrics and one
Plotly chart, no model) as two Streamlit servers, opens both in one headless Chromium
(``/usr/bin/chromium`` through Playwright; nothing is downloaded) at 1440 × 900, and presses the
headcount slider's right-arrow key on each page in turn, so that whatever else loads the machine
loads both alike. Every press moves to a headcount neither page has seen, so no cache is hit.

"Settled" is measured inside the page with ``performance.now()``: from the keydown event to the
last DOM change (a MutationObserver over the whole document) after which the page stays still for
``--quiet`` ms, provided Streamlit has run the script and is idle again
(``data-test-script-state="notRunning"``) and the chart's DOM has changed (on the contact centre's page,
whose chart stays as shrinkage moves: the server has answered). The quiet wait itself is
not counted. Printed per page: median and p95 of key press to settled page, of key press to the
script run's end (server round trip), of key press to the chart's last change, and of what the page
still changes after the run has ended ("after run"); then the ratio of the medians. ``--json FILE`` writes every sample.

Also per press: the server process's own CPU time (user + system, from ``/proc/PID/stat``, read before the
key press and once the page has settled; the browser's CPU is not in it), and the websocket frames and bytes
the page received. Each server serves one page, so its CPU in that window is that page's rerun, plus whatever
the idle server does in the same time (measured: a few ms a second).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.chromium import wait_until_up  # the server start-up's health check is the tests' own

ROOT = Path(__file__).resolve().parent.parent

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run"]
SLIDER = "In-house headcount (FTE)"
CC_SLIDER = "Shrinkage (%)"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"

# Installed before the page's own scripts. Written by hand: the browser has no "page settled" event,
# and Playwright's waits poll from outside, which would add their polling interval to every sample.
PROBE = """
(() => {
  const CHART = "[data-testid='stPlotlyChart']";
  const L = window.__latency = {t0: null, last: null, chart: null, ran: false, done: null};
  const inChart = (n) => n && n.nodeType === 1 && (n.matches(CHART) || n.closest(CHART) || n.querySelector(CHART));
  document.addEventListener("keydown", () => {
    Object.assign(L, {t0: performance.now(), last: null, chart: null, ran: false, done: null, message: null});
  }, true);
  // the last message from the server since the key press: the answer to it, when the page's chart stays
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => { if (L.t0 !== null) L.message = performance.now(); });
    }
  };
  new MutationObserver((records) => {
    if (L.t0 === null) return;
    const now = performance.now();
    L.last = now;
    for (const r of records) {
      const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (r.type === "attributes" && r.attributeName === "data-test-script-state") {
        const state = target.getAttribute("data-test-script-state");
        // a rerun quicker than one observer callback shows "notRunning" twice: its old value says it ran
        if (state === "running" || r.oldValue === "running") L.ran = true;
        if (L.ran && state === "notRunning") L.done = now;
      }
      if (inChart(target) || [...r.addedNodes, ...r.removedNodes].some(inChart)) L.chart = now;
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true,
                        characterData: true});
})();
"""

SETTLED = """
({quiet, chart}) => {
  const L = window.__latency;
  const app = document.querySelector("[data-testid='stApp']");
  if (L.t0 === null || !app) return false;
  // A page whose chart changes with the slider (the estimate page) has settled only once its chart has. On a
  // page whose chart stays (the contact centre's shrinkage), the answer is the server's last message: a quick
  // rerun can leave the chart's DOM untouched, and waiting for it then times out on the quickest presses.
  const answer = chart ? L.chart : L.message;
  if (answer === null) return false;
  if (app.getAttribute("data-test-script-state") !== "notRunning") return false;
  // On a busy machine the browser can take a whole run's messages in one frame and draw "running" and
  // "notRunning" together: the attribute never changes. The chart changed (or the server answered), and only
  // a run does that, so the run happened; it ended no later than that.
  const done = L.ran && L.done !== null ? L.done : answer;
  const last = Math.max(L.last ?? answer, answer);
  if (performance.now() - last < quiet) return false;
  return {settled: last - L.t0, server: done - L.t0, chart: (L.chart ?? done) - L.t0, after_run: last - done};
}
"""


@dataclass
class App:
    name: str
    script: str
    samples: list[dict[str, float]] = field(default_factory=list)
    pid: int | None = None  # the server process, once started
    timeouts: int = 0  # presses that did not settle in time (left out of the figures, reported)
    links: list[list[str]] = field(default_factory=list)  # the sidebar's navigation as loaded: [text, path] each

    def summary(self, part: str = "settled") -> dict[str, float]:
        xs = sorted(s[part] for s in self.samples)
        if not xs:
            return {"median": float("nan"), "p95": float("nan"), "n": 0}
        # p95 by nearest rank: with 30 samples, the 29th smallest
        p95 = xs[min(len(xs) - 1, max(0, round(0.95 * len(xs)) - 1))]
        return {"median": round(statistics.median(xs), 1), "p95": round(p95, 1), "n": len(xs)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_tree(script: str) -> Path:
    """The folder an app runs from: the nearest one above it with a ``.streamlit/`` config, else this repository.

    So an older commit's dashboard checked out elsewhere runs with its own config and its own modules
    (``--app filed=/tmp/old/dashboard.py``), and the floor page (under ``benchmarks/``) with the page's."""
    return next((d for d in Path(script).resolve().parents if (d / ".streamlit").is_dir()), ROOT)


@contextlib.contextmanager
def serve_all(scripts: list[str], ports: list[int], apps: list[App | None] | None = None) -> Iterator[list[str]]:
    """Run Streamlit apps headless, one per script on its port; yield their URLs once every one answers its
    health check. All are started before any is waited on: a server's start-up (Python importing Streamlit)
    is seconds of waiting, and one after another those seconds added up in every quick run.

    ``apps`` (one per script, or None) get their server's process id, for its CPU time."""
    procs: list[subprocess.Popen] = []
    try:
        for script, port, app in zip(scripts, ports, apps or [None] * len(scripts), strict=True):
            tree = app_tree(script)
            proc = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(Path(script).resolve()), "--server.port", str(port),
                 "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                # the floor page imports the real page's sidebar: the repository on the path, not a sys.path edit
                env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(tree), os.environ.get("PYTHONPATH"))))})
            procs.append(proc)
            if app is not None:
                app.pid = proc.pid
        urls = [f"http://127.0.0.1:{port}" for port in ports]
        for script, url, proc in zip(scripts, urls, procs, strict=True):
            wait_until_up(url, proc, 90, lambda s=script, p=proc: f"{s} did not start: {p.stderr.read().decode()[-2000:]}")
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextlib.contextmanager
def serve(script: str, port: int, app: App | None = None) -> Iterator[str]:
    """Run one Streamlit app headless on ``port``; yield its URL once it answers its health check.

    ``app`` gets the server's process id, for its CPU time."""
    with serve_all([script], [port], [app]) as (url,):
        yield url


def server_cpu_ms(pid: int | None) -> float:
    """CPU time (user + system) the process ``pid`` has used so far, in ms; NaN where /proc cannot say."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return float("nan")
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def open_page(browser, url: str, wait: bool = True):
    """A new context's page at ``url``, the in-page probe installed; with ``wait``, once the page is drawn (else
    call :func:`drawn`, so that several pages load at once)."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    ctx.add_init_script(PROBE)
    page = ctx.new_page()
    # what the server sends the page: frames and bytes received over the websocket (counted per press)
    page.received = [0, 0]
    def count(payload) -> None:
        page.received[0] += 1
        page.received[1] += len(payload)
    page.on("websocket", lambda ws: ws.on("framereceived", count))
    page.goto(url)
    return drawn(page) if wait else page


# The sidebar's page links, text and path: a floor page is the page's shape without its model, and its navigation is
# part of that shape (tests/test_latency.py checks the two lists are the app's)
LINKS_JS = ("() => [...document.querySelectorAll(\"[data-testid='stSidebarNavLink']\")].map(a =>"
            " [a.innerText.replace(/\\s+/g, ' ').trim(), new URL(a.href).pathname])")


def drawn(page):
    """``page`` once Streamlit is idle and its chart is drawn."""
    page.wait_for_selector(IDLE, timeout=90_000)
    page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=90_000)
    return page


def press(page, quiet: float, timeout_ms: float = 20_000, slider: str = SLIDER, chart: bool = True) -> dict[str, float]:
    page.bring_to_front()
    handle = page.get_by_role("slider", name=slider)
    handle.focus()
    # At its maximum a slider ignores ArrowRight (no rerun: a 20 s timeout on every press after it), so step
    # back down from there; a value seen before may then hit a cache, so keep a run's presses within the range.
    top = handle.input_value() == handle.get_attribute("max")
    page.keyboard.press("ArrowLeft" if top else "ArrowRight")
    return page.wait_for_function(SETTLED, arg={"quiet": quiet, "chart": chart}, timeout=timeout_ms,
                                  polling=50).json_value()


def machine() -> dict[str, str]:
    import streamlit

    version = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": str(os.cpu_count()),
            "chromium": version, "streamlit": streamlit.__version__, "python": platform.python_version(),
            "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def run(apps: list[App], presses: int, warmup: int, quiet: float, port: int | None, path: str = "",
        slider: str = SLIDER, chart: bool = True) -> dict[str, object]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with contextlib.ExitStack() as stack:
        urls = stack.enter_context(serve_all([a.script for a in apps],
                                             [port + i if port else _free_port() for i in range(len(apps))], apps))
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        stack.callback(browser.close)
        # every page loads at once (their first runs are the slowest of the run); none is measured yet
        pages = [drawn(page) for page in [open_page(browser, f"{url}/{path}", wait=False) for url in urls]]
        for app, page in zip(apps, pages, strict=True):
            app.links = page.evaluate(LINKS_JS)
        def measure(app: App, page, keep: bool) -> None:
            cpu, page.received[:] = server_cpu_ms(app.pid), [0, 0]
            try:
                sample = press(page, quiet, slider=slider, chart=chart)
                sample.update(server_cpu=server_cpu_ms(app.pid) - cpu, frames=page.received[0],
                              kilobytes=page.received[1] / 1000)
            except PlaywrightTimeout:
                if keep:
                    app.timeouts += 1
                page.wait_for_selector(IDLE, timeout=60_000)
            else:
                if keep:
                    app.samples.append(sample)

        for _ in range(warmup):
            for app, page in zip(apps, pages, strict=True):
                measure(app, page, keep=False)
        print(f"latency: {len(pages)} pages open, {warmup} warm-up presses done", file=sys.stderr, flush=True)
        for i in range(presses):
            if i and i % 10 == 0:
                print(f"latency: {i} of {presses} presses", file=sys.stderr, flush=True)
            # alternate which page goes first, so neither always follows the other's work
            order = list(zip(apps, pages, strict=True))
            for app, page in order if i % 2 == 0 else order[::-1]:
                measure(app, page, keep=True)
    return {"machine": machine(), "presses": presses, "quiet_ms": quiet, "path": path, "slider": slider,
            "apps": {a.name: {"script": a.script, "timeouts": a.timeouts, "links": a.links,
                              **{part: a.summary(part) for part in ("settled", "server", "chart", "after_run",
                                                                    "server_cpu", "frames", "kilobytes")},
                              "samples": a.samples} for a in apps}}


def report(result: dict[str, object]) -> str:
    apps = result["apps"]
    lines = [f"{'page':<10} {'settled median':>15} {'p95':>8} {'server median':>14} {'chart median':>13}"
             f" {'after run':>10} {'server CPU':>11} {'frames':>7} {'kB':>6}"]
    for name, a in apps.items():
        lines.append(f"{name:<10} {a['settled']['median']:>12.1f} ms {a['settled']['p95']:>5.1f} ms"
                     f" {a['server']['median']:>11.1f} ms {a['chart']['median']:>10.1f} ms"
                     f" {a['after_run']['median']:>7.1f} ms {a['server_cpu']['median']:>8.1f} ms"
                     f" {a['frames']['median']:>7.0f} {a['kilobytes']['median']:>6.1f}"
                     + (f"  ({a['timeouts']} presses did not settle in 20 s)" if a["timeouts"] else ""))
    names = list(apps)
    if len(names) >= 2:
        first, second = apps[names[0]]["settled"]["median"], apps[names[1]]["settled"]["median"]
        lines.append(f"{names[0]} / {names[1]} (median settled): {first / second:.2f}")
    m = result["machine"]
    lines.append("server CPU: the server process's CPU time (user + system) per press, median; frames and kB: "
                 "what the page received over the websocket per press, median")
    lines.append(f"{result['presses']} presses each, interleaved; {m['date']}; {m['cores']} cores; {m['chromium']}; "
                 f"Streamlit {m['streamlit']}; load average at the end {m['load_average']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=30, help="measured presses on each page (default 30)")
    parser.add_argument("--warmup", type=int, default=2, help="unmeasured presses on each page first (default 2)")
    parser.add_argument("--quick", action="store_true", help="3 presses, 1 warm-up: a smoke test")
    parser.add_argument("--quiet", type=float, default=300.0, help="ms without DOM change that count as settled")
    parser.add_argument("--port", type=int, help="first of consecutive ports for the servers (default: free ports)")
    parser.add_argument("--app", action="append", metavar="NAME=SCRIPT",
                        help="pages to compare (default: page=dashboard.py floor=benchmarks/floor_page.py)")
    parser.add_argument("--json", type=Path, help="write the summary and every sample to this file")
    parser.add_argument("--contact-centre", action="store_true",
                        help="the Contact centre page (its shrinkage slider) against benchmarks/floor_contact_centre.py")
    args = parser.parse_args(argv)
    if args.quick:
        args.presses, args.warmup = 3, 1
    path, slider = "", SLIDER
    specs = args.app or ["page=dashboard.py", "floor=benchmarks/floor_page.py"]
    if args.contact_centre:
        # Shrinkage moves every cost (and the cached Monte Carlo's key) but not the staffing curve (the chart):
        # the press is answered when the server's messages end, not when the chart changes.
        path, slider = "contact_centre", CC_SLIDER
        specs = args.app or ["page=dashboard.py", "floor=benchmarks/floor_contact_centre.py"]
    apps = [App(*spec.split("=", 1)) for spec in specs]
    if not Path(CHROMIUM).exists():
        print(f"latency: no Chromium at {CHROMIUM} (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    result = run(apps, args.presses, args.warmup, args.quiet, args.port, path, slider, chart=not args.contact_centre)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
