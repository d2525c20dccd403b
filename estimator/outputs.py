"""Meeting-room outputs by format: one entry point for the command line and the page.

``export_bytes`` turns an estimate into a deck (pptx), a workbook (xlsx), a report (html) or one chart's
image (png, svg), each as bytes (see :mod:`estimator.deck`, :mod:`estimator.workbook`,
:mod:`estimator.report`, :mod:`estimator.meeting`).
"""

from __future__ import annotations

import datetime as dt

from .deck import build_deck
from .estimate import Estimate
from .meeting import chart_specs, context_for, image_bytes
from .report import build_report
from .uncertainty import Simulation, Tornado
from .workbook import build_workbook

FORMATS = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html",
    "png": "image/png",
    "svg": "image/svg+xml",
}
CHARTS = ("buildup", "cumulative", "waterfall", "distribution", "fan", "tornado")


def export_bytes(est: Estimate, sim: Simulation, swing: Tornado | None, fmt: str, chart: str = "buildup",
                 today: dt.date | None = None) -> bytes:
    """The estimate in ``fmt``; for an image, the chart named ``chart`` (one of :data:`CHARTS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if fmt == "xlsx":
        return build_workbook(est, sim)
    specs = chart_specs(est, sim, swing)
    if fmt == "pptx":
        return build_deck(est, sim, specs, today, swing)
    if fmt == "html":
        return build_report(est, sim, specs, today, swing)
    spec = next((s for s in specs if s.key == chart), None)
    if spec is None:
        raise ValueError(f"chart must be one of {', '.join(s.key for s in specs)}, got {chart!r}")
    return image_bytes(spec.figure, context_for(est, today), fmt)
