"""The estimate page's chart as it was handed over before it went unvalidated (views/chart_handoff.py and
estimator/charts.for_page at commit dfdf9d9, unchanged but for this docstring and the imports): every step on a
validated ``go.Figure``. tests/test_chart_handoff.py checks the page's unvalidated path against it, so that the
speed cannot change what the browser gets. Not used by the app; a frozen copy on purpose: it is the oracle.
"""

from __future__ import annotations

import hashlib
import html
import math
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

PAGE_MARGIN, MODEBAR_MARGIN = 10, 40  # estimator.charts at dfdf9d9


def for_page(fig: go.Figure) -> tuple[str, go.Figure]:
    title = fig.layout.title.text or ""
    fig.layout.title.text, fig.layout.margin.t = None, PAGE_MARGIN
    fig.layout.modebar.orientation = "v"
    fig.layout.margin.r = max(fig.layout.margin.r or 0, MODEBAR_MARGIN)
    return title, fig


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """``own`` over ``base``, recursively: what a Plotly template does with a figure's layout."""
    out = dict(base)
    for key, value in own.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def browser_figure(fig: go.Figure) -> go.Figure:
    """Make ``fig`` one that ``Plotly.react`` takes twice without a second full draw; returns it.

    >>> fig = go.Figure(go.Bar(x=["a"], y=[1]), layout=dict(template=dict(layout=dict(font_size=16)), title="t"))
    >>> out = browser_figure(fig).to_plotly_json()["layout"]
    >>> out["font"], out["title"]["text"], out["autosize"], "template" in out, len(out["datarevision"])
    ({'size': 16}, 't', True, False, 16)

    A figure already made so (no template left, a data revision) is returned as it is: a cached figure is
    made so once, in its cache, and is then never changed by a rerun while another session may be reading it.
    So a figure is not changed after it is handed over (its revision would no longer follow it): build a new one.

    >>> browser_figure(fig) is fig and fig.layout.datarevision == out["datarevision"]
    True
    """
    if fig.layout.datarevision is not None and not fig.layout.template.to_plotly_json():
        return fig
    template = fig.layout.template
    base = template.layout.to_plotly_json() if template is not None and template.layout is not None else {}
    own = fig.layout.to_plotly_json()
    own.pop("template", None)
    # A revision from an earlier call is not part of the figure: a figure handed over twice (a cached one, on
    # every rerun) keeps one revision, and the browser does not redraw a chart that did not change.
    own.pop("datarevision", None)
    layout = _merge(base, own)
    for key in own:  # a template's xaxis/yaxis settings apply to every x/y axis, not only the first
        axis = key.rstrip("0123456789")
        if key != axis and axis in ("xaxis", "yaxis") and isinstance(base.get(axis), dict):
            layout[key] = _merge(base[axis], own[key])
    layout.setdefault("autosize", True)
    fig.layout = layout
    fig.layout.template = None  # after the assignment, which would put plotly's default template back
    fig.layout.datarevision = hashlib.blake2b(pio.to_json(fig, validate=False).encode(), digest_size=8).hexdigest()
    return fig



LEGEND_STYLE = "display:flex;flex-wrap:wrap;gap:0.1rem 1rem;margin:0;line-height:1.5"
LEGEND_ROW = 30  # px: what plotly's one-row legend took from a wide chart
# A bar's fill pattern (meeting.without_colour_alone) drawn in CSS over its colour: stripes at the pattern's angle
# (a repeating gradient runs across its stripes), crossed for "x" and "+", dots for ".".
_STRIPES = {"/": ("135deg",), "\\": ("45deg",), "-": ("0deg",), "|": ("90deg",), "x": ("45deg", "135deg"),
            "+": ("0deg", "90deg")}
_SWATCH = "display:inline-block;width:0.8em;height:0.8em;vertical-align:-0.05em"


def _swatch(trace: Any) -> str:
    """A legend entry's key, as plotly draws it: a diamond for the total's marker, a short line (dashed or dotted
    as the line is) for a line, a block of the band's fill, a square of a bar's colour with its fill pattern."""
    if trace.type == "scatter" and trace.fill in (None, "none") and "lines" not in (trace.mode or ""):
        return f"<span style='color:{html.escape(str(trace.marker.color))};font-size:1.1em'>◆</span>"
    if trace.type == "scatter" and trace.fill in (None, "none"):
        dash = {None: "solid", "solid": "solid", "dot": "dotted"}.get(trace.line.dash, "dashed")
        return (f"<span style='display:inline-block;width:1.4em;vertical-align:0.3em;"
                f"border-top:0.2em {dash} {html.escape(str(trace.line.color))}'></span>")
    colour = html.escape(str(trace.fillcolor if trace.type == "scatter" else trace.marker.color))
    shape = trace.marker.pattern.shape if trace.type == "bar" else None
    ink = "rgba(31,41,51,0.35)"  # the pattern's ink: meeting.without_colour_alone's #1f2933 at its opacity
    if shape in _STRIPES:
        layers = [f"repeating-linear-gradient({a},{ink} 0 1.5px,transparent 1.5px 4px)" for a in _STRIPES[shape]]
    elif shape == ".":
        layers = [f"radial-gradient({ink} 1px,transparent 1.5px) 0 0/4px 4px"]
    else:
        layers = []
    # A bar drawn pale (the contact centre's contacts offered, at 22%) has a key as pale: it was a solid square.
    faded = [o for o in (trace.opacity, trace.marker.opacity if trace.type == "bar" else None)
             if isinstance(o, int | float) and o < 1]
    fade = f";opacity:{math.prod(faded):g}" if faded else ""
    return f"<span style='{_SWATCH};background:{','.join([*layers, colour])}{fade}'></span>"


def legend_html(fig: go.Figure, size: str = "0.9rem") -> str:
    """The figure's legend as text above it, and the figure without its own; returns the HTML ("" for a figure
    that shows no legend: one whose layout says so, or, as plotly decides, one with a single entry).

    On a phone plotly lays a horizontal legend out one entry a row (its columns are as wide as the longest
    name), so the build-up's nine entries took 180 of the chart's 380 px and left 150 px of plot; on a slide's
    400 px chart they scrolled inside it, and a name wider than the screen was cut off.
    Text wraps in as few rows as the screen allows, outside the chart; a name longer than the screen wraps too.
    Each key is drawn as plotly draws it (a line dashed as its line, a bar's fill pattern), so series still
    differ by more than colour. ``size`` is the text's (a slide's is larger). The figure is changed in place and
    is shorter by the one legend row it had on a wide screen; the PNG download puts plotly's legend back.
    """
    shown = [t for t in fig.data if t.showlegend is not False and t.name]
    if fig.layout.showlegend is False or (fig.layout.showlegend is None and len(shown) < 2):
        return ""
    items = [f"<span role='listitem'>{_swatch(t)}&nbsp;{html.escape(t.name)}</span>" for t in shown]
    layout = fig.layout  # set in place: update_layout costs about four times as long on every rerun
    layout.showlegend, layout.height = False, (layout.height or 380) - LEGEND_ROW
    return (f"<div class='chart-legend' role='list' aria-label='Legend' style='{LEGEND_STYLE};"
            f"font-size:{html.escape(size)}'>" + "".join(items) + "</div>")
