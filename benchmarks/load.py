"""Many users at once on one dashboard server: errors, slider latency, server CPU per rerun, memory, isolation.

    .venv/bin/python -m benchmarks.load                       # 1, 5, 10 and 20 sessions, 60 s each
    .venv/bin/python -m benchmarks.load --sessions 10 --duration 30
    .venv/bin/python -m benchmarks.load --quick               # 2 sessions, 5 s: a smoke test
    .venv/bin/python -m benchmarks.load --json load.json      # every figure, and the first error messages

Starts one dashboard (``tests/chromium.py``'s server, on an empty scenario store in a temporary directory)
and one headless Debian Chromium (``/usr/bin/chromium`` through Playwright; nothing is downloaded). For
each level of ``--sessions`` it opens that many browser contexts (one context is one Streamlit session:
one user), and each session, for ``--duration`` seconds, loops over what a finance user does:

1. types its own marker as the scenario name (``load-s07-3fa2c1``: level, session, random);
2. presses the headcount slider's arrow key three times, each to a headcount it has not had, and times
   key press to settled page with ``benchmarks/latency.py``'s in-page probe (the same definition of
   "settled": Streamlit idle again, the chart redrawn, then no DOM change for ``--quiet`` ms);
3. switches the chart to the next view;
4. saves the scenario on the Scenarios page under its marker and comes back to the estimate page;
5. downloads the scenario table (CSV) and the slide deck (PPTX) and reads them back.

A session always finishes its first loop, even past the deadline, so a short run still does everything.

**Errors** (goal 0): an exception element on the page, a download that fails or cannot be read, a step
that times out (``--timeout``; opening a page, the heaviest run, has four times as long), and any isolation
breach; a *leak* (another session's marker seen) is counted apart. **Isolation**: every session's marker is unique,
and each session checks that no marker but its own (a ``load-sNN-xxxxxx`` it did not type) appears in its
estimate page's text and input values, its Scenarios page outside the saved list, its "Saved as" message,
its CSV and its deck's text. Its own marker must appear in each, so the check cannot pass by accident.
The *saved list* (the table of saved scenarios and the pickers built from it) is left out on purpose: one
store serves the whole team, so every session sees every saved name there by design; what is private is a
session's inputs, page and downloads, which another session's scenario reaches only when a user opens it.

**Server CPU** is the server process's own ``utime + stime`` from ``/proc/<pid>/stat`` (children excluded),
over the level, divided by the reruns the browsers saw (each session counts its script runs, fragment runs
included, with a MutationObserver on Streamlit's ``data-test-script-state``); page loads and downloads are
in it, so it is the cost of a rerun as users drive the page. A slider rerun's own cost is the server's CPU
from key press to settled page at 1 session (printed under the table). The browsers'
CPU (Chromium and Playwright's driver, and this script) is reported apart: they share the same cores.
**Memory**: the server's resident set (VmRSS) before the first session and after each level; every
``st.cache_data``/``st.cache_resource`` in views/ has ``max_entries`` (tests/test_caches.py), so it should
level off rather than grow with the number of sessions served.

Printed: a Markdown table ready for the README, one row per level, with the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import io
import json
import os
import re
import secrets
import statistics
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

# one definition of the browser's flags, the settled probe and the server start-up: tests/chromium.py and
# benchmarks/latency.py (run this from the repository's root as a module, python -m benchmarks.load)
from benchmarks.latency import PROBE, SETTLED, SLIDER, machine, server_cpu_ms
from tests.chromium import ARGS, CHROMIUM, IDLE, dashboard_process

ROOT = Path(__file__).resolve().parent.parent

CHART = "[data-testid='stPlotlyChart'] .main-svg"
EXCEPTION = "[data-testid='stException']"
MARKER = re.compile(r"load-s\d{2,3}-[0-9a-f]{6}")
# The chart views a session cycles through: the segmented control's label, and the key of the chart it draws.
VIEWS = (("Cumulative cost", "cumulative"), ("Savings waterfall", "waterfall"), ("Fan chart", "fan"),
         ("Cost build-up", "buildup"))
# Script runs the page has seen (the reruns in the table), and messages from the server: a busy browser can
# take a quick run's messages in one frame and never show "running", so an action is known to have been
# answered by a message from the server, not by the run counter alone.
RUNS = """window.__runs = 0;
window.__messages = 0;
new MutationObserver(records => {
  for (const r of records) if (r.oldValue === "running") window.__runs += 1;
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ["data-test-script-state"]});
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener("message", () => { window.__messages += 1; });
  }
};"""
# The estimate page as a user reads it: its text and what its inputs hold (innerText leaves inputs out).
PAGE_TEXT = """() => document.body.innerText + "\\n" +
  [...document.querySelectorAll("input, textarea")].map(e => e.value).join("\\n")"""
# The Scenarios page outside the saved list, which lists the whole team's store by design.
SCENARIOS_TEXT = """() => {
  const main = document.querySelector("[data-testid='stMain']").cloneNode(true);
  for (const e of main.querySelectorAll("[data-testid='stDataFrame'], [data-testid='stSelectbox'], "
                                        + "[data-testid='stMultiSelect']")) e.remove();
  const own = [...document.querySelectorAll("[data-testid='stMain'] input")]
    .filter(e => !e.closest("[data-testid='stSelectbox'], [data-testid='stMultiSelect']")).map(e => e.value);
  return main.innerText + "\\n" + own.join("\\n");
}"""


class Breach(Exception):
    """A session found what it did not expect: another session's marker (a leak), or not its own."""


class Leak(Breach):
    """Another session's marker in this session's page or downloads."""


def cpu_seconds(pid: int) -> float:
    """A process's own user + system CPU time in seconds, children excluded; NaN once it has gone."""
    return server_cpu_ms(pid) / 1000


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def descendants(root: int, leave_out: int) -> dict[int, float]:
    """CPU seconds of every process under ``root`` (the browser, its renderers, Playwright's driver), except
    the subtree of ``leave_out`` (the server)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
    out: dict[int, float] = {}
    for pid in parents:
        p, chain = pid, []
        while p in parents and p not in (root, leave_out, 0, 1):
            chain.append(p)
            p = parents[p]
        if p == root and pid != root and (cpu := cpu_seconds(pid)) == cpu:  # NaN: the process ended meanwhile
            out[pid] = cpu
    return out


def percentile95(xs: list[float]) -> float:
    """Nearest rank, as benchmarks/latency.py: with 30 samples, the 29th smallest."""
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(0.95 * len(xs)) - 1))] if xs else float("nan")


@dataclass
class Session:
    marker: str
    samples: list[float] = field(default_factory=list)  # ms, key press to settled page
    press_cpu: list[float] = field(default_factory=list)  # ms of server CPU from key press to settled page
    errors: list[str] = field(default_factory=list)
    timeouts: int = 0
    breaches: int = 0
    leaks: int = 0
    actions: dict[str, int] = field(default_factory=dict)
    reruns: int = 0
    loops: int = 0

    def did(self, action: str) -> None:
        self.actions[action] = self.actions.get(action, 0) + 1


def check_isolation(s: Session, where: str, text: str, must_have_own: bool = True) -> None:
    foreign = sorted(set(MARKER.findall(text)) - {s.marker})
    if foreign:
        raise Leak(f"{where} shows another session's marker {foreign[0]}")
    if must_have_own and s.marker not in text:
        raise Breach(f"{where} does not show this session's marker {s.marker}")


def deck_text(data: bytes) -> str:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    parts = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if getattr(shape, "has_chart", False) and shape.has_chart:
                parts.extend(str(s.name) for plot in shape.chart.plots for s in plot.series)
    return "\n".join(parts)


class User:
    """One browser context driving one Streamlit session through the loop in the module docstring."""

    def __init__(self, ctx, url: str, session: Session, timeout_ms: float, quiet: float, server_pid: int) -> None:
        self.ctx, self.url, self.s, self.timeout, self.quiet = ctx, url, session, timeout_ms, quiet
        self.server_pid = server_pid
        self.page = None
        self.view = 0
        self.named = False

    async def _again_until(self, action, answered) -> None:
        """Do ``action`` until ``answered(timeout_ms)`` returns, again every 15 s up to the step's timeout, then
        wait for the page to be idle. An action that lands while the page is drawing can be lost under load
        (tests/test_browser_scenarios.py saw a lost key press); every action given here is safe to repeat."""
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        deadline = time.monotonic() + self.timeout / 1000
        while True:
            await action()
            try:
                await answered(min(15_000, max(1.0, deadline - time.monotonic()) * 1000))
                break
            except PlaywrightTimeout:
                if time.monotonic() >= deadline:
                    raise
        await self.page.wait_for_selector(IDLE, timeout=self.timeout)

    async def _rerun(self, action) -> None:
        """Do ``action`` until the server answers it: a script run seen, or any message from the server."""
        runs, messages = await self.page.evaluate("[window.__runs, window.__messages]")
        await self._again_until(action, lambda ms: self.page.wait_for_function(
            f"window.__runs > {runs} || window.__messages > {messages}", polling=100, timeout=ms))

    async def go(self, link: str, ready) -> None:
        """Follow a navigation link until ``ready`` (a locator on the new page) shows."""
        await self._again_until(lambda: self.page.get_by_role("link", name=link, exact=True).click(),
                                lambda ms: ready.wait_for(timeout=ms))

    async def open(self) -> None:
        # A session's first run is the heaviest (Monte Carlo, tornado): on a busy machine it took 78 s alone,
        # so opening has four steps' time. A session whose page did not open opens it again, not the loop.
        if self.page is not None:
            await self.page.close()
        self.page = await self.ctx.new_page()
        await self.page.goto(self.url, timeout=4 * self.timeout)
        await self.page.wait_for_selector(IDLE, timeout=4 * self.timeout)
        await self.page.wait_for_selector(CHART, timeout=4 * self.timeout)
        box = self.page.get_by_role("textbox", name="Scenario name", exact=True)
        await box.fill(self.s.marker)
        await self._rerun(lambda: box.press("Enter"))
        self.s.did("name")
        self.named = True

    async def press(self) -> None:
        slider = self.page.get_by_role("slider", name=SLIDER)
        key = "ArrowLeft" if await slider.input_value() == await slider.get_attribute("max") else "ArrowRight"
        await slider.focus()
        cpu = cpu_seconds(self.server_pid)
        await self.page.keyboard.press(key)
        sample = await (await self.page.wait_for_function(SETTLED, arg={"quiet": self.quiet, "chart": True}, timeout=self.timeout,
                                                          polling=50)).json_value()
        self.s.samples.append(round(sample["settled"], 1))
        # the server's CPU over the press: one slider rerun's own cost when this is the only session
        self.s.press_cpu.append(round(1000 * (cpu_seconds(self.server_pid) - cpu), 1))
        self.s.did("slider")

    async def switch_view(self) -> None:
        """Pick the next chart and wait until it is drawn. Not by counting script runs: the chart panel is a
        fragment, and its run is so quick that on a busy machine the browser can draw "running" and
        "notRunning" in one frame, so the run counter never moved and the click was taken for lost (the
        five "view: timed out" errors of the first quiet 5-session run, with the view already switched)."""
        label, key = VIEWS[self.view % len(VIEWS)]
        self.view += 1
        radio = self.page.get_by_role("radio", name=label, exact=True)
        drawn = self.page.locator(f".st-key-chart_{key} .main-svg").first

        async def pick() -> None:
            if await radio.get_attribute("aria-checked") != "true":  # clicking the chosen view does nothing
                await radio.click()

        await self._again_until(pick, lambda ms: drawn.wait_for(timeout=ms))
        self.s.did("view")

    async def save(self) -> None:
        box = self.page.get_by_role("textbox", name="Save as", exact=True)
        await self.go("Scenarios", box)
        try:
            # its own marker, with the store's " (2)" once an earlier loop saved under it (the saved name comes back
            # to the inputs since session 14, as a user's "IT quote A (2)" does)
            if not re.fullmatch(re.escape(self.s.marker) + r"(?: \(\d+\))*", await box.input_value()):
                raise Breach(f"the Save as box holds {await box.input_value()!r}, not {self.s.marker}")
            await self.page.get_by_role("button", name="Save scenario").click()
            saved = self.page.get_by_text("Saved as")
            await saved.wait_for(timeout=self.timeout)
            await self.page.wait_for_selector(IDLE, timeout=self.timeout)
            check_isolation(self.s, "the Saved as message", await saved.inner_text())
            check_isolation(self.s, "the Scenarios page (saved list left out)",
                            await self.page.evaluate(SCENARIOS_TEXT))
            self.s.did("save")
        finally:  # back to the estimate page whatever happened, so the next steps find their widgets
            await self.go("Estimate", self.page.locator(CHART).first)
        check_isolation(self.s, "the estimate page", await self.page.evaluate(PAGE_TEXT))

    async def download(self, label: str) -> bytes:
        async with self.page.expect_download(timeout=self.timeout) as info:
            await self.page.get_by_role("button", name=label).click()
        d = await info.value
        if failure := await d.failure():
            # Ask the server for the same URL at once: a 404 says the file was gone from Streamlit's media
            # store (swept), a 200 that the browser dropped a file the server still had.
            try:
                status = (await self.ctx.request.get(d.url, timeout=self.timeout)).status
            except Exception as exc:  # noqa: BLE001 - the diagnosis must not hide the failure itself
                status = exc.__class__.__name__
            raise RuntimeError(f"{label}: the download failed ({failure}; the same URL now answers {status})")
        return Path(await d.path()).read_bytes()

    async def downloads(self) -> None:
        table = (await self.download("Download scenario table (CSV)")).decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(table)))
        if not rows or "scenario" not in rows[0]:
            raise RuntimeError("the CSV download has no rows or no scenario column")
        check_isolation(self.s, "the CSV download", table)
        self.s.did("csv")
        deck = await self.download("Download slide deck")
        if "ppt/slides/slide1.xml" not in zipfile.ZipFile(io.BytesIO(deck)).namelist():
            raise RuntimeError("the deck download is not a slide deck")
        check_isolation(self.s, "the deck download", deck_text(deck))
        self.s.did("deck")

    async def step(self, name: str, action) -> None:
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        try:
            await action()
            if await self.page.locator(EXCEPTION).count():
                raise RuntimeError(f"{name}: an exception shows on the page")
        except PlaywrightTimeout as exc:
            self.s.timeouts += 1
            self.s.errors.append(f"{name}: timed out ({str(exc).splitlines()[0]})")
        except Breach as exc:
            self.s.breaches += 1
            self.s.leaks += isinstance(exc, Leak)
            self.s.errors.append(f"{name}: {exc}")
        except Exception as exc:  # noqa: BLE001 - a load run counts every failure and goes on
            self.s.errors.append(f"{name}: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        else:
            return
        with contextlib.suppress(Exception):  # let the page come to rest before the next step
            await self.page.wait_for_selector(IDLE, timeout=self.timeout)

    async def run(self, start: asyncio.Event, deadline: list[float]) -> None:
        await self.step("open", self.open)
        await start.wait()
        while self.s.loops == 0 or time.monotonic() < deadline[0]:
            if not self.named:
                await self.step("open", self.open)
                if not self.named:
                    self.s.loops += 1
                    continue
            for name, action in (("slider", self.press), ("slider", self.press), ("slider", self.press),
                                 ("view", self.switch_view), ("save", self.save), ("downloads", self.downloads)):
                if self.s.loops and time.monotonic() >= deadline[0]:
                    break
                await self.step(name, action)
            self.s.loops += 1
        try:
            self.s.reruns = await self.page.evaluate("window.__runs")
        except Exception as exc:  # noqa: BLE001 - a page that died is an error, not the end of the run
            self.s.errors.append(f"reruns: {exc.__class__.__name__}")


async def level(browser, url: str, server, sessions: int, duration: float, timeout_ms: float,
                quiet: float) -> dict[str, object]:
    users = []
    for i in range(sessions):
        ctx = await browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
        ctx.set_default_timeout(timeout_ms)
        await ctx.add_init_script(PROBE)
        await ctx.add_init_script(RUNS)
        # level and session in the name, a random tail so a rerun of the script never meets an old marker
        # a random tail: no two sessions, in this level, an earlier one or an earlier run, share a marker
        users.append(User(ctx, url, Session(f"load-s{i + 1:02d}-{secrets.token_hex(3)}"), timeout_ms, quiet,
                          server.pid))
    cpu0, browsers0, own0, t0 = cpu_seconds(server.pid), descendants(os.getpid(), server.pid), os.times(), time.monotonic()
    start, deadline = asyncio.Event(), [0.0]
    tasks = [asyncio.create_task(u.run(start, deadline)) for u in users]
    # the sessions open their pages together; the clock starts when every page has loaded (or failed to)
    while not all(u.named or u.s.errors for u in users):
        await asyncio.sleep(0.2)
    opened_cpu, opened_at = cpu_seconds(server.pid), time.monotonic()
    deadline[0] = opened_at + duration
    start.set()
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - opened_at
    cpu1, own1 = cpu_seconds(server.pid), os.times()
    browsers1 = descendants(os.getpid(), server.pid)
    browser_cpu = sum(v - browsers0.get(pid, 0.0) for pid, v in browsers1.items())
    browser_cpu += (own1.user + own1.system) - (own0.user + own0.system)
    for u in users:
        await u.ctx.close()
    ss = [u.s for u in users]
    samples = [x for s in ss for x in s.samples]
    reruns = sum(s.reruns for s in ss)
    actions: dict[str, int] = {}
    for s in ss:
        for k, v in s.actions.items():
            actions[k] = actions.get(k, 0) + v
    errors = [e for s in ss for e in s.errors]
    return {
        "sessions": sessions, "duration_s": round(elapsed, 1), "open_s": round(opened_at - t0, 1),
        "errors": len(errors), "timeouts": sum(s.timeouts for s in ss), "breaches": sum(s.breaches for s in ss),
        "leaks": sum(s.leaks for s in ss),
        "first_errors": errors[:10], "loops": sum(s.loops for s in ss), "actions": actions,
        "settled_ms": {"median": round(statistics.median(samples), 1) if samples else float("nan"),
                       "p95": round(percentile95(samples), 1), "n": len(samples)},
        "reruns": reruns, "server_cpu_s": round(cpu1 - cpu0, 2),
        "server_cpu_loop_s": round(cpu1 - opened_cpu, 2),
        "server_cpu_per_rerun_ms": round(1000 * (cpu1 - cpu0) / reruns, 1) if reruns else float("nan"),
        "browser_cpu_s": round(browser_cpu, 2), "server_rss_mb": rss_mb(server.pid),
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        # server CPU from a press to its settled page: a slider rerun's own cost at 1 session (with more, other
        # sessions' work falls in the same window)
        "press_server_cpu_ms": {"median": round(statistics.median(cpu), 1) if (cpu := [x for s in ss for x in s.press_cpu])
                                else float("nan"), "n": len(cpu)},
        "samples": samples, "markers": [s.marker for s in ss],
    }


async def run(levels: list[int], duration: float, timeout_ms: float, quiet: float, port: int | None,
              after_close: float = 0.0) -> dict[str, object]:
    from playwright.async_api import async_playwright

    with tempfile.TemporaryDirectory(prefix="estimator-load-") as tmp:
        store = Path(tmp) / "store"
        store.mkdir()
        with dashboard_process(store, Path(tmp) / "server.log", port) as (url, server):
            rss_start = rss_mb(server.pid)
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
                results = []
                for n in levels:
                    results.append(await level(browser, url, server, n, duration, timeout_ms, quiet))
                    print(row(results[-1]), *(f"  {e}" for e in results[-1]["first_errors"]), sep="\n",
                          file=sys.stderr, flush=True)
                await browser.close()
            # Streamlit keeps a closed tab's session for server.disconnectedSessionTTL (120 s by default), then
            # drops it; what the server holds after that is what the sessions did not give back.
            rss_closed = None
            if after_close > 0:
                await asyncio.sleep(after_close)
                rss_closed = rss_mb(server.pid)
            log = (Path(tmp) / "server.log").read_text()
    return {"machine": machine(), "duration_s": duration, "quiet_ms": quiet, "timeout_ms": timeout_ms,
            "server_rss_start_mb": rss_start, "levels": results,
            "after_close_s": after_close, "server_rss_after_close_mb": rss_closed,
            "server_log_tracebacks": log.count("Traceback")}


HEADER = ("| Sessions | Seconds | Errors (leaks) | Slider to settled, median | p95 | Presses | Reruns "
          "| Server CPU per rerun | Browsers' CPU | Server RSS after | Load average |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")


def row(r: dict[str, object]) -> str:
    s = r["settled_ms"]
    return (f"| {r['sessions']} | {r['duration_s']:.0f} | {r['errors']} ({r['leaks']}) "
            f"| {s['median']:,.0f} ms | {s['p95']:,.0f} ms "
            f"| {s['n']} | {r['reruns']} | {r['server_cpu_per_rerun_ms']:.0f} ms ({r['server_cpu_s']:.1f} s) "
            f"| {r['browser_cpu_s']:.1f} s | {r['server_rss_mb']:.0f} MB | {r['load_average']} |")


def report(result: dict[str, object]) -> str:
    m = result["machine"]
    lines = [HEADER, *(row(r) for r in result["levels"]), "",
             f"{m['date']}; {m['cores']} cores; {m['chromium']}; Streamlit {m['streamlit']}; Python {m['python']}; "
             f"server RSS before the first session {result['server_rss_start_mb']:.0f} MB; settled = no DOM change "
             f"for {result['quiet_ms']:.0f} ms; tracebacks in the server log: {result['server_log_tracebacks']}."]
    if result.get("server_rss_after_close_mb") is not None:
        lines[-1] += (f" Server RSS {result['after_close_s']:.0f} s after every session closed: "
                      f"{result['server_rss_after_close_mb']:.0f} MB.")
    alone = [r for r in result["levels"] if r["sessions"] == 1]
    if alone:
        lines[-1] += (f" Server CPU per slider press at 1 session (key press to settled page, median): "
                      f"{alone[0]['press_server_cpu_ms']['median']:.0f} ms.")
    for r in result["levels"]:
        for e in r["first_errors"]:
            lines.append(f"- {r['sessions']} sessions: {e}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", default="1,5,10,20", help="session counts to run, one after another")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds each level runs (default 60)")
    parser.add_argument("--quick", action="store_true", help="2 sessions for 5 s (each still does one whole loop): a smoke test")
    parser.add_argument("--quiet", type=float, default=300.0, help="ms without DOM change that count as settled")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds a step may take before it is an error")
    parser.add_argument("--port", type=int, help="the server's port (default: a free one)")
    parser.add_argument("--after-close", type=float, default=0.0,
                        help="seconds to wait after the last session closed before reading the server's memory again "
                             "(Streamlit drops a closed session after 120 s; default 0: not read)")
    parser.add_argument("--json", type=Path, help="write every figure and sample to this file")
    args = parser.parse_args(argv)
    levels = [2] if args.quick else [int(x) for x in args.sessions.split(",")]
    duration = 5.0 if args.quick else args.duration
    if not Path(CHROMIUM).exists():
        print(f"load: no Chromium at {CHROMIUM} (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    result = asyncio.run(run(levels, duration, args.timeout * 1000, args.quiet, args.port, args.after_close))
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=str))
    return 1 if any(r["errors"] for r in result["levels"]) else 0


if __name__ == "__main__":
    sys.exit(main())
