"""A chart's legend as HTML text above it, for the page (views/chart_handoff.py) and the HTML report (report.py).

On a phone plotly lays a horizontal legend out one entry a row (its columns are as wide as the longest name), and
the rows come out of the plot's height: in the report at 390 px the build-up's ten entries left 60 px of plot under
a 198 px axis title. HTML text wraps in as few rows as the screen allows, outside the chart. Names are HTML-escaped.
"""

from __future__ import annotations

import html
import math
from typing import Any

import plotly.graph_objects as go

from .charts import FigureSpec
from .formatting import page_figures

LEGEND_STYLE = "display:flex;flex-wrap:wrap;gap:0.1rem 1rem;margin:0;line-height:1.5"
LEGEND_ROW = 30  # px: what plotly's one-row legend took from a wide chart
# A bar's fill pattern (meeting.without_colour_alone) drawn in CSS over its colour: stripes at the pattern's angle
# (a repeating gradient runs across its stripes), crossed for "x" and "+", dots for ".".
_STRIPES = {"/": ("135deg",), "\\": ("45deg",), "-": ("0deg",), "|": ("90deg",), "x": ("45deg", "135deg"),
            "+": ("0deg", "90deg")}
_SWATCH = "display:inline-block;width:0.8em;height:0.8em;vertical-align:-0.05em"


def _at(d: dict[str, Any], *path: str) -> Any:
    """A nested property of a trace's dict, None where plotly's object would read None (unset)."""
    for key in path:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _swatch(trace: dict[str, Any]) -> str:
    """A legend entry's key, as plotly draws it: a diamond for the total's marker, a short line (dashed or dotted
    as the line is) for a line, a block of the band's fill, a square of a bar's colour with its fill pattern."""
    kind, fill = trace.get("type"), trace.get("fill")
    if kind == "scatter" and fill in (None, "none") and "lines" not in (trace.get("mode") or ""):
        return f"<span style='color:{html.escape(str(_at(trace, 'marker', 'color')))};font-size:1.1em'>◆</span>"
    if kind == "scatter" and fill in (None, "none"):
        dash = {None: "solid", "solid": "solid", "dot": "dotted"}.get(_at(trace, "line", "dash"), "dashed")
        return (f"<span style='display:inline-block;width:1.4em;vertical-align:0.3em;"
                f"border-top:0.2em {dash} {html.escape(str(_at(trace, 'line', 'color')))}'></span>")
    colour = html.escape(str(trace.get("fillcolor") if kind == "scatter" else _at(trace, "marker", "color")))
    shape = _at(trace, "marker", "pattern", "shape") if kind == "bar" else None
    ink = "rgba(31,41,51,0.35)"  # the pattern's ink: meeting.without_colour_alone's #1f2933 at its opacity
    if shape in _STRIPES:
        layers = [f"repeating-linear-gradient({a},{ink} 0 1.5px,transparent 1.5px 4px)" for a in _STRIPES[shape]]
    elif shape == ".":
        layers = [f"radial-gradient({ink} 1px,transparent 1.5px) 0 0/4px 4px"]
    else:
        layers = []
    # A bar drawn pale (the contact centre's contacts offered, at 22%) has a key as pale: it was a solid square.
    faded = [o for o in (trace.get("opacity"), _at(trace, "marker", "opacity") if kind == "bar" else None)
             if isinstance(o, int | float) and o < 1]
    fade = f";opacity:{math.prod(faded):g}" if faded else ""
    return f"<span style='{_SWATCH};background:{','.join([*layers, colour])}{fade}'></span>"


def legend_html(fig: go.Figure | FigureSpec, size: str = "0.9rem", locale: str | None = None) -> str:
    """The figure's legend as text above it, and the figure without its own; returns the HTML ("" for a figure
    that shows no legend: one whose layout says so, or, as plotly decides, one with a single entry).

    On a phone plotly lays a horizontal legend out one entry a row (its columns are as wide as the longest
    name), so the build-up's nine entries took 180 of the chart's 380 px and left 150 px of plot; on a slide's
    400 px chart they scrolled inside it, and a name wider than the screen was cut off.
    Text wraps in as few rows as the screen allows, outside the chart; a name longer than the screen wraps too.
    Each key is drawn as plotly draws it (a line dashed as its line, a bar's fill pattern), so series still
    differ by more than colour. ``size`` is the text's (a slide's is larger). The figure (or a chart's spec) is
    changed in place and is shorter by the one legend row it had on a wide screen; the PNG download puts plotly's
    legend back. A spec's traces are read as the dicts they are: through a figure's trace objects this cost
    nearly 2 ms a slider move. ``locale``: a decimal-comma locale the page writes the names' figures in
    (:func:`estimator.formatting.page_figures`: "P50 $4,87M"); None, as written.
    """
    spec = fig if isinstance(fig, dict) else None
    traces = spec["data"] if spec is not None else [t.to_plotly_json() for t in fig.data]
    showlegend = spec["layout"].get("showlegend") if spec is not None else fig.layout.showlegend
    shown = [t for t in traces if t.get("showlegend") is not False and t.get("name")]
    if showlegend is False or (showlegend is None and len(shown) < 2):
        return ""
    items = [f"<span role='listitem'>{_swatch(t)}&nbsp;{html.escape(page_figures(t['name'], locale))}</span>"
             for t in shown]
    if spec is not None:
        layout = spec["layout"]
        layout["showlegend"], layout["height"] = False, (layout.get("height") or 380) - LEGEND_ROW
    else:
        figure_layout = fig.layout  # set in place: update_layout costs about four times as long on every rerun
        figure_layout.showlegend, figure_layout.height = False, (figure_layout.height or 380) - LEGEND_ROW
    return (f"<div class='chart-legend' role='list' aria-label='Legend' style='{LEGEND_STYLE};"
            f"font-size:{html.escape(size)}'>" + "".join(items) + "</div>")
