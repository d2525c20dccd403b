"""Chart images (PNG, SVG) drawn by one Kaleido Chromium kept for the process, one image at a time.

Kaleido draws a plotly figure in a headless Chromium. Started for each image, that Chromium took 3.5-4 seconds of a
download on this project's machines (about 3.7 CPU-seconds, measured in session 24), so every "Download chart"
press waited for a browser to start. This module starts Kaleido's Chromium on the first image and keeps it; each
image after that is a render in a page already open.

Why not Kaleido's own ``start_sync_server`` (which plotly's ``to_image`` uses when it runs): its server hands every
caller's result back through one shared queue, so two sessions drawing at once could each take the other's image,
a chart with another user's figures (the deck used it that way until session 25, one server started and stopped
per deck); and when its Chromium dies, the next caller waits on the queue for good. Here a lock lets one image
through at a time, every render has a time limit, and a failed or timed-out render drops the Chromium, so that the
next image starts a new one. Kaleido's public ``Kaleido`` class runs on an event loop in a thread of its own (the
page's script runs in Streamlit's threads, which have none; a command-line export has its main thread).

Pure: no Streamlit. The Chromium is closed when the process exits.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import threading
from typing import Any

import plotly.graph_objects as go

# One render's time limit, in seconds: an image takes 0.2-1 s once Chromium is up, a start 3-5 s, and up to about
# 15 s on a machine whose two cores are busy (the test suite's); a render that takes longer has hung.
RENDER_SECONDS = 60.0
# How long closing a Chromium may take before it is left to go (the next image starts a new one all the same).
CLOSE_SECONDS = 10.0

_LOCK = threading.Lock()
_state: dict[str, Any] = {"loop": None, "kaleido": None, "starts": 0}


def draw(fig: go.Figure, fmt: str, width: int, height: int, scale: float) -> bytes:
    """``fig`` as a ``fmt`` image ("png" or "svg") of ``width`` x ``height`` at ``scale``, as plotly's ``to_image``
    draws it, from the process's one Kaleido Chromium (started here when there is none)."""
    spec = fig.to_plotly_json()
    opts = {"format": fmt, "width": width, "height": height, "scale": scale}
    with _LOCK:
        kaleido = _kaleido()
        try:
            return _run(kaleido.calc_fig(spec, opts=opts), RENDER_SECONDS)
        except BaseException:
            _drop()  # a render that failed or hung: the next image starts a new Chromium
            raise


def starts() -> int:
    """How many times this process has started Kaleido's Chromium (a test's count: one for many images)."""
    return _state["starts"]


def close() -> None:
    """Close the process's Kaleido Chromium, if one is open (at exit; a test's clean state)."""
    with _LOCK:
        _drop()


def _kaleido() -> Any:
    if _state["kaleido"] is None:
        import kaleido

        if _state["loop"] is None:
            _state["loop"] = asyncio.new_event_loop()
            threading.Thread(target=_state["loop"].run_forever, name="kaleido-images", daemon=True).start()
        instance = kaleido.Kaleido(n=1)
        try:
            _run(instance.open(), RENDER_SECONDS)
        except BaseException:
            _close(instance)  # a Chromium half started is not left running
            raise
        _state["kaleido"] = instance
        _state["starts"] += 1
    return _state["kaleido"]


def _run(coroutine: Any, seconds: float) -> Any:
    future = asyncio.run_coroutine_threadsafe(coroutine, _state["loop"])
    try:
        return future.result(timeout=seconds)
    except BaseException:
        future.cancel()  # a render given up on does not go on in the loop
        raise


def _drop() -> None:
    instance, _state["kaleido"] = _state["kaleido"], None
    if instance is not None:
        _close(instance)


def _close(instance: Any) -> None:
    # a Chromium already gone, or one that does not close in time: the next image starts a new one all the same
    with contextlib.suppress(BaseException):
        _run(instance.close(), CLOSE_SECONDS)


def _forget_in_child() -> None:
    """In a process forked from one that had drawn, start afresh: the loop's thread did not survive the fork (a
    render handed to that loop waited out its time limit, then failed), the lock may have been held by a thread that
    is not there, and the Chromium is the parent's to use and close. Found by mutation testing (mutmut forks its
    runs from a process that had drawn); a server that forks its workers would meet it the same way."""
    global _LOCK
    _LOCK = threading.Lock()
    _state.update(loop=None, kaleido=None)


os.register_at_fork(after_in_child=_forget_in_child)
atexit.register(close)
