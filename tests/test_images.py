"""estimator/images.py: chart images from one Kaleido Chromium per process, one image at a time.

Kaleido's own sync server (which the deck used until session 25) hands results back through one queue shared by
every caller: six threads drawing three SVGs each through it got another thread's image 15 times of 18 (measured in
session 25), so two users downloading a deck at the same moment could each get the other's charts. These tests draw
in Debian's Chromium (scripts/test.sh installs it), as the page does.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import plotly.graph_objects as go
import pytest

from estimator import charts, images

pytestmark = pytest.mark.skipif(charts.chromium_path() is None, reason="no Chromium for Kaleido")


async def _hang(*_args, **_kwargs) -> None:
    """A Kaleido call that never answers (in place of a render, or of a start as a method: ``self`` is one of
    ``_args``)."""
    await asyncio.sleep(30)


def _figure(name: str) -> go.Figure:
    return go.Figure(go.Bar(x=[1, 2], y=[3, 4]), layout_title_text=f"chart {name}")


def test_threads_drawing_at_once_each_get_their_own_image_from_one_chromium():
    before = images.starts()
    got: dict[str, list[bool]] = {}

    def draw(name: str) -> None:
        for _ in range(2):
            svg = images.draw(_figure(name), "svg", 800, 450, 1).decode()
            got.setdefault(name, []).append(f"chart {name}" in svg and not any(
                f"chart {other}" in svg for other in "ABCD" if other != name))

    threads = [threading.Thread(target=draw, args=(name,)) for name in "ABCD"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert got == {name: [True, True] for name in "ABCD"}
    # at most one start for the eight images (none where this process had one open already)
    assert images.starts() - before <= 1


def test_a_png_has_the_size_asked_for_at_its_scale():
    png = images.draw(_figure("size"), "png", 400, 300, 2)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (800, 600)


def test_a_failed_render_drops_the_chromium_and_the_next_image_starts_a_new_one(monkeypatch):
    images.draw(_figure("warm"), "svg", 400, 300, 1)  # a Chromium open
    started = images.starts()

    async def broken(*args, **kwargs):
        raise RuntimeError("Chromium went away")

    dropped = images._state["kaleido"]
    closed = []

    async def close_fails():  # the old Chromium is asked to close, and a close that fails does not hide the render's error
        closed.append(dropped)
        raise OSError("pipe already closed")

    monkeypatch.setattr(dropped, "calc_fig", broken)
    monkeypatch.setattr(dropped, "close", close_fails)
    with pytest.raises(RuntimeError, match="went away"):
        images.draw(_figure("lost"), "svg", 400, 300, 1)
    assert images._state["kaleido"] is None and closed == [dropped]
    assert b"chart again" in images.draw(_figure("again"), "svg", 400, 300, 1)
    assert images.starts() == started + 1


def test_a_hung_render_is_given_up_after_its_time_limit_not_waited_on_for_good(monkeypatch):
    images.draw(_figure("warm"), "svg", 400, 300, 1)
    started = images.starts()
    monkeypatch.setattr(images._state["kaleido"], "calc_fig", _hang)
    monkeypatch.setattr(images, "RENDER_SECONDS", 0.5)
    t = time.monotonic()
    with pytest.raises(TimeoutError):
        images.draw(_figure("hung"), "svg", 400, 300, 1)
    assert time.monotonic() - t < 15  # the half second, and closing the hung Chromium (at most 10 s)
    monkeypatch.setattr(images, "RENDER_SECONDS", 60.0)
    assert b"chart after" in images.draw(_figure("after"), "svg", 400, 300, 1)
    assert images.starts() == started + 1


def test_a_forked_process_draws_with_a_chromium_of_its_own_and_leaves_the_parents_open():
    # mutmut forks its runs from a process that had drawn, and so would a server that forks its workers: the loop's
    # thread does not survive a fork, so an image handed to it in the child waited out its time limit and failed
    images.draw(_figure("parent"), "svg", 400, 300, 1)
    parents = images.starts()
    pid = os.fork()
    if pid == 0:  # the child: its own image, then its own Chromium closed; never back into pytest
        code = 1
        try:
            images.RENDER_SECONDS = 20.0
            code = 0 if b"chart child" in images.draw(_figure("child"), "svg", 400, 300, 1) else 2
            images.close()
        finally:
            os._exit(code)
    t = time.monotonic()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert time.monotonic() - t < 20  # a Chromium's start and one image, not a render waited out
    # the parent's Chromium was neither closed nor replaced by the child
    assert b"chart parent again" in images.draw(_figure("parent again"), "svg", 400, 300, 1)
    assert images.starts() == parents


def test_a_start_that_hangs_is_given_up_and_its_half_started_chromium_closed(monkeypatch):
    import kaleido

    images.close()  # no Chromium open: the next image starts one
    closed = []
    real_close = kaleido.Kaleido.close

    async def close(self):
        closed.append(self)
        await real_close(self)

    monkeypatch.setattr(kaleido.Kaleido, "open", _hang)
    monkeypatch.setattr(kaleido.Kaleido, "close", close)
    monkeypatch.setattr(images, "RENDER_SECONDS", 0.5)
    before = images.starts()
    t = time.monotonic()
    with pytest.raises(TimeoutError):
        images.draw(_figure("never"), "svg", 400, 300, 1)
    assert time.monotonic() - t < 12
    assert len(closed) == 1 and images._state["kaleido"] is None and images.starts() == before


def test_a_process_that_drew_exits_by_itself():
    # the loop's thread is a daemon: a command-line export that drew a chart ends when its work ends (a thread that
    # is not a daemon kept the process alive for good; that no Chromium is left after exit was checked by hand)
    script = ("import plotly.graph_objects as go; from estimator import images; "
              "images.draw(go.Figure(go.Bar(y=[1])), 'svg', 400, 300, 1); print('drawn', flush=True)")
    run = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parent.parent,
                         capture_output=True, text=True, timeout=90)
    assert run.returncode == 0 and run.stdout == "drawn\n", run.stderr[-2000:]
