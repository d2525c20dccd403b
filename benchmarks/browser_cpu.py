"""The browser's own work per slider press, page against floor: Chromium's CPU metrics, not the wall clock.

    .venv/bin/python -m benchmarks.browser_cpu                       # 20 presses each, page and floor, interleaved
    .venv/bin/python -m benchmarks.browser_cpu --app a=dashboard.py --app b=/tmp/other/dashboard.py --presses 30

Run from the repository's root, as a module. The servers and the press are ``benchmarks/latency.py``'s; what
differs is what is read. Around each press (key press to settled page, as latency.py settles it, waited for
inside the page so that no polling from outside runs in it), the page's renderer is asked over the DevTools
protocol for ``Performance.getMetrics``: the renderer process's CPU time (``ProcessTime``), its main thread's
(``ThreadTime``), and the main thread's task, script, layout and style time and counts. On a machine shared with
other work, those are far steadier than wall-clock latency: a busy core delays a task but does not add to its
CPU. Also per press: the Streamlit messages received (decoded), by element type, and how many of the elements
differ from the last press's at the same place.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import random
import statistics
import sys
from collections import Counter
from pathlib import Path

from benchmarks import latency

METRICS = ("ProcessTime", "ThreadTime", "TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration",
           "LayoutCount", "RecalcStyleCount")
SECONDS = {"ProcessTime", "ThreadTime", "TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration"}

# One in-page wait (latency.py's condition, checked on the page's own timer every 100 ms): no Playwright polling
# runs script in the page while it is measured.
WAIT = """
({quiet, chart, timeout}) => new Promise((resolve, reject) => {
  const settled = SETTLED;
  const start = performance.now();
  const check = () => {
    const r = settled({quiet, chart});
    if (r) return resolve(r);
    if (performance.now() - start > timeout) return reject(new Error("not settled"));
    setTimeout(check, 100);
  };
  setTimeout(check, 100);
})
""".replace("SETTLED", latency.SETTLED.strip())


def _metrics(cdp) -> dict[str, float]:
    got = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return {k: got.get(k, float("nan")) for k in METRICS} | {"Nodes": got.get("Nodes", float("nan")),
                                                              "LayoutObjects": got.get("LayoutObjects", float("nan"))}


def _elements(frames: list[bytes]) -> dict[str, tuple[str, str]]:
    """The elements and blocks the frames carry: place in the page (delta path) -> (type, digest of the delta).

    Two presses' digests at a place are equal when the element did not change: the browser then keeps the element
    it has (Streamlit 1.67's frontend compares each message's hash, computed without the message's metadata, as
    this digest is) and draws it again only where its props changed."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    out = {}
    for payload in frames:
        if not isinstance(payload, bytes):
            continue
        msg = ForwardMsg()
        try:
            msg.ParseFromString(payload)
        except Exception:  # noqa: BLE001 - not a message of ours
            continue
        if msg.WhichOneof("type") != "delta":
            continue
        path = ".".join(map(str, msg.metadata.delta_path))
        kind = msg.delta.WhichOneof("type")
        if kind == "new_element":
            kind = msg.delta.new_element.WhichOneof("type")
        elif kind == "add_block":
            block = msg.delta.add_block.WhichOneof("type")
            kind = f"block:{block}"
        out[path] = (kind, hashlib.blake2b(msg.delta.SerializeToString(deterministic=True), digest_size=8).hexdigest())
    return out


class Page:
    def __init__(self, browser, name: str, url: str, path: str):
        self.name = name
        ctx = browser.new_context(viewport={"width": 1440, "height": 900})
        ctx.add_init_script(latency.PROBE)
        self.page = ctx.new_page()
        self.frames: list[bytes] = []
        self.page.on("websocket", lambda ws: ws.on("framereceived", lambda f: self.frames.append(f)))
        self.page.goto(f"{url}/{path}")
        self.cdp = None
        self.samples: list[dict[str, float]] = []
        self.last: dict[str, tuple[str, str]] = {}
        self.kinds: Counter = Counter()
        self.changed: Counter = Counter()

    def ready(self) -> None:
        latency.drawn(self.page)
        self.cdp = self.page.context.new_cdp_session(self.page)
        self.cdp.send("Performance.enable", {"timeDomain": "threadTicks"})

    def press(self, slider: str, chart: bool, quiet: float, keep: bool) -> None:
        p = self.page
        p.bring_to_front()
        handle = p.get_by_role("slider", name=slider)
        handle.focus()
        top = handle.input_value() == handle.get_attribute("max")
        self.frames.clear()
        before = _metrics(self.cdp)
        p.keyboard.press("ArrowLeft" if top else "ArrowRight")
        timing = p.evaluate(WAIT, {"quiet": quiet, "chart": chart, "timeout": 20_000})
        after = _metrics(self.cdp)
        elements = _elements(list(self.frames))
        if not keep:
            self.last = elements
            return
        sample = {k: (after[k] - before[k]) * (1000 if k in SECONDS else 1) for k in METRICS}
        sample |= {"settled": timing["settled"], "nodes": after["Nodes"], "layout_objects": after["LayoutObjects"],
                   "elements": len(elements),
                   "changed": sum(1 for k, v in elements.items() if self.last.get(k) != v)}
        self.kinds = Counter(kind for kind, _ in elements.values())
        self.changed = Counter(kind for k, (kind, d) in elements.items() if self.last.get(k) != (kind, d))
        self.last = elements
        self.samples.append(sample)


def summary(xs: list[float]) -> str:
    xs = sorted(xs)
    q = statistics.quantiles(xs, n=4) if len(xs) > 1 else [xs[0]] * 3
    return f"{statistics.median(xs):7.1f} (IQR {q[0]:.1f}-{q[2]:.1f}, mean {statistics.fmean(xs):.1f})"


def run(specs: list[tuple[str, str]], presses: int, warmup: int, quiet: float, port: int, path: str, slider: str,
        chart: bool, seed: int) -> dict[str, Page]:
    from playwright.sync_api import sync_playwright

    apps = [latency.App(name, script) for name, script in specs]
    with contextlib.ExitStack() as stack:
        urls = stack.enter_context(latency.serve_all([a.script for a in apps],
                                                     [port + i for i in range(len(apps))], apps))
        p = stack.enter_context(sync_playwright())
        browser = p.chromium.launch(executable_path=latency.CHROMIUM, args=latency.ARGS, headless=True)
        stack.callback(browser.close)
        pages = [Page(browser, a.name, url, path) for a, url in zip(apps, urls, strict=True)]
        for pg in pages:
            pg.ready()
        for _ in range(warmup):
            for pg in pages:
                pg.press(slider, chart, quiet, keep=False)
        rng = random.Random(seed)
        for i in range(presses):
            if i and i % 10 == 0:
                print(f"browser_cpu: {i} of {presses}", file=sys.stderr, flush=True)
            order = pages[:]
            rng.shuffle(order)  # neither page always follows the other's work
            for pg in order:
                pg.press(slider, chart, quiet, keep=True)
        return {pg.name: pg for pg in pages}


def report(pages: dict[str, Page]) -> str:
    lines = []
    for name, pg in pages.items():
        s = pg.samples
        lines.append(f"== {name}: {len(s)} presses; per press, median (IQR, mean)")
        for k in (*METRICS, "settled", "elements", "changed"):
            lines.append(f"  {k:<20} {summary([x[k] for x in s])}" + (" ms" if k in SECONDS or k == "settled" else ""))
        lines.append(f"  DOM nodes {s[-1]['nodes']:.0f}, layout objects {s[-1]['layout_objects']:.0f}")
        lines.append(f"  elements sent, last press: {dict(sorted(pg.kinds.items()))}")
        lines.append(f"  of which changed:          {dict(sorted(pg.changed.items()))}")
    names = list(pages)
    for other in names[1:]:
        a, b = pages[names[0]].samples, pages[other].samples
        for k in ("ThreadTime", "ProcessTime"):
            mean, low, high = paired([x[k] for x in a], [x[k] for x in b])
            lines.append(f"{names[0]} - {other} {k}: {mean:+.1f} ms a press (95% bootstrap interval {low:+.1f} to "
                         f"{high:+.1f}; the same round's presses paired)")
    return "\n".join(lines)


def paired(a: list[float], b: list[float], resamples: int = 4000, seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``a[i] - b[i]`` (the same round's presses) and its 95% bootstrap interval.

    >>> paired([12.0, 15.0, 11.0], [10.0, 13.0, 9.0])
    (2.0, 2.0, 2.0)
    """
    diffs = [x - y for x, y in zip(a, b, strict=False)]
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(diffs, k=len(diffs))) for _ in range(resamples))
    return statistics.fmean(diffs), means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--quiet", type=float, default=300.0)
    parser.add_argument("--port", type=int, default=8840)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--app", action="append", metavar="NAME=SCRIPT")
    parser.add_argument("--contact-centre", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    specs = [tuple(s.split("=", 1)) for s in (args.app or ["page=dashboard.py", "floor=benchmarks/floor_page.py"])]
    path, slider = ("contact_centre", latency.CC_SLIDER) if args.contact_centre else ("", latency.SLIDER)
    pages = run(specs, args.presses, args.warmup, args.quiet, args.port, path, slider, not args.contact_centre,
                args.seed)
    print(report(pages))
    if args.json:
        args.json.write_text(json.dumps({n: pg.samples for n, pg in pages.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
