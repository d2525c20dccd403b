"""How the page hands a Plotly figure to the browser: the same figure, drawn once instead of twice.

Streamlit 1.67 remounts a Plotly chart whenever its figure changes (the figure is part of the
element's identity), so every slider move draws the chart from scratch. Its frontend then passes
plotly.js the same figure a second time, as a fresh JSON copy with the container's width filled in,
through ``Plotly.react``. ``Plotly.react`` redraws the whole chart when it sees, between the two:

- data arrays that are new objects (without ``layout.datarevision`` it treats arrays as immutable,
  so a copy counts as new data);
- a ``layout.template`` that is a new object (templates are compared by identity, never by value);
- ``autosize`` turning from true (first draw: no width yet) to false (second draw: a width given).

Measured in Chromium with V8's call counts, each of those alone forces the second full draw. This
module removes all three without changing what the reader sees: the template's settings are
written into the layout itself (the figure's own values win, as they do over a template), autosize
is stated, and the data revision is a digest of the figure, so it changes exactly when the figure
does. The figure handed over is a new one, built once without plotly's validation (the PNG download is drawn
from it and looks the same), and handing it over again changes nothing: a cached figure keeps its revision
from one rerun to the next.
"""

from __future__ import annotations

import hashlib
import html
import json
import threading
from collections.abc import Iterable
from typing import Any

import plotly.graph_objects as go
import streamlit as st

# The legend as page text above a chart (pure: the HTML report draws it the same way), used from here by the pages.
from estimator import legend
from estimator.charts import FigureSpec, localised, plain
from estimator.legend import LEGEND_ROW as LEGEND_ROW
from views import local_numbers


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """``own`` over ``base``, recursively: what a Plotly template does with a figure's layout."""
    out = dict(base)
    for key, value in own.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


class HandedFigure(go.Figure):
    """A figure made by :func:`browser_figure`: built once, without plotly's validation, and without the default
    template plotly puts under every new figure (Streamlit's, once it is imported). Its template is written into
    its layout already, and the validated figure it was made from (or its spec's validated twin, in the tests) has
    been checked. Copied into a plain ``go.Figure`` (the PNG download does) it is validated and gets the default
    template back, as a handed figure did when it was changed in place."""

    def _initialize_layout_template(self) -> None:
        # plotly.basedatatypes.BaseFigure calls this from __init__ (and when a layout is assigned) to add
        # plotly.io.templates.default; a template of None is then stored as null and sent as "template": null.
        pass


def _template_layout(template: Any) -> dict[str, Any]:
    """A layout's template's own layout settings, from a ``go.layout.Template`` (a spec's) or its dict (a figure's)."""
    if template is None:
        return {}
    if isinstance(template, dict):
        return template.get("layout") or {}
    return template.layout.to_plotly_json() if template.layout is not None else {}


# plotly's layout arrays of objects (plotly.js's layoutArrayContainers): an empty one is not set
_LAYOUT_ARRAYS = frozenset({"annotations", "shapes", "images", "selections", "sliders", "updatemenus"})


def _plain(value: Any) -> Any:
    """A spec's value as plotly's validation leaves it, copied: a property set to None is not set, and one whose
    properties are all unset is dropped (the waterfall's labels give ``font=dict(color=None)`` outside a bar).
    A list's items stay as they are (None in a data array is a gap); a list of dicts (traces, annotations, shapes)
    has each dict made plain.

    >>> _plain({"font": {"size": 14, "color": None}, "line": {"dash": None}, "y": [1, None], "name": None})
    {'font': {'size': 14}, 'y': [1, None]}
    """
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            item = _plain(item)
            if item is not None and not (isinstance(item, dict) and not item):
                out[key] = item
        return out
    if isinstance(value, list | tuple) and value and isinstance(value[0], dict):
        return [_plain(item) for item in value]
    return value


def _plain_spec(spec: FigureSpec) -> dict[str, Any]:
    """:func:`_plain` over a chart's spec; an empty list of annotations or shapes is not set either (the cumulative
    chart's shapes, when nothing breaks even)."""
    layout = _plain(spec["layout"])
    for key in _LAYOUT_ARRAYS.intersection(layout):
        if isinstance(layout[key], list | tuple) and not layout[key]:
            del layout[key]
    return {"data": _plain(list(spec["data"])), "layout": layout}


def browser_figure(fig: go.Figure | FigureSpec) -> go.Figure:
    """The figure ``Plotly.react`` takes twice without a second full draw, from a figure or a chart's spec.

    >>> fig = go.Figure(go.Bar(x=["a"], y=[1]), layout=dict(template=dict(layout=dict(font_size=16)), title="t"))
    >>> handed = browser_figure(fig)
    >>> out = handed.to_plotly_json()["layout"]
    >>> out["font"], out["title"]["text"], out["autosize"], "template" in out, len(out["datarevision"])
    ({'size': 16}, 't', True, False, 16)

    The figure or spec given is not changed. A figure already handed over is returned as it is: a cached figure
    is handed over once, in its cache, and is then never changed by a rerun while another session may be reading
    it; it keeps its revision. So a handed figure is not changed (its revision would no longer follow it): build
    a new one.

    >>> browser_figure(handed) is handed and handed.layout.datarevision == out["datarevision"]
    True

    The new figure is built once, unvalidated (:class:`HandedFigure`): a validated figure was checked as it was
    built, and a spec's figure is checked wherever else it is drawn (:func:`estimator.charts.figure`). Assigning
    the merged layout to a validated figure, as this did, checked every property again: a fifth of a slider move's
    chart.
    """
    if isinstance(fig, HandedFigure):
        return fig
    # a validated figure's dict is plain already; a spec is copied plain, so nothing below changes its dicts
    spec = fig.to_plotly_json() if isinstance(fig, go.Figure) else _plain_spec(fig)
    own = dict(spec["layout"])
    base = _template_layout(own.pop("template", None))
    # A revision from an earlier call is not part of the figure: a figure handed over twice (a cached one, on
    # every rerun) keeps one revision, and the browser does not redraw a chart that did not change.
    own.pop("datarevision", None)
    layout = _merge(base, own)
    for key in own:  # a template's xaxis/yaxis settings apply to every x/y axis, not only the first
        axis = key.rstrip("0123456789")
        if key != axis and axis in ("xaxis", "yaxis") and isinstance(base.get(axis), dict):
            layout[key] = _merge(base[axis], own[key])
    layout.setdefault("autosize", True)
    layout["datarevision"] = _digest({"data": spec["data"], "layout": layout})
    return HandedFigure({"data": spec["data"], "layout": layout}, _validate=False)


def _digest(spec: dict[str, Any]) -> str:
    """A digest of a figure's plain dicts, 16 hex digits: it changes exactly when the figure does. Written by
    ``json.dumps``, not plotly's JSON writer, which copies the figure and then writes it three times over (a third
    of the hand-over's time); numpy arrays and numbers as their lists and numbers, anything else as its text."""
    text = json.dumps(spec, default=lambda o: o.tolist() if hasattr(o, "tolist") else str(o))
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


# Plotly's toolbar buttons are 24 x 22 px, a height plotly.js's own style sheet sets (``.modebar-btn``; neither its
# config nor layout.modebar sizes them): under the 24 x 24 px a finger is given on a tablet (WCAG 2.2's target size).
# Two px taller here; their icons, and the desktop's look, as before. No user text: a constant.
# Streamlit's Fullscreen button (its own, added to plotly's toolbar) is hidden: a chart's title and legend are page
# text above it (a phone wraps them), so the full screen showed bars and lines with no names (session 27's walk, on
# the Present page's slides too, where the arrow key then left the full screen and turned the slide). The Present page
# is the view for a big screen, with the browser's own full screen (F11).
MODEBAR_CSS = ("<style>[data-testid='stPlotlyChart'] .js-plotly-plot .plotly .modebar-btn {height: 24px;} "
               "[data-testid='stPlotlyChart'] .modebar-btn[data-title='Fullscreen'] {display: none !important;}</style>")


def plotly_chart(fig: go.Figure | FigureSpec, *, key: str, config: dict[str, Any] | None = None,
                 alt: str | None = None, height: int | str = "content", keep: tuple[str, ...] = ()) -> go.Figure:
    """The page's one way to show a figure (or a chart's spec): no Streamlit theme, no Plotly logo, drawn once.
    Returns the figure handed over (:func:`browser_figure`), for the chart's downloads.

    ``config`` adds to plotly's config (the toolbar's image file name and size, for instance); ``alt`` is the
    chart's name for a screen reader; ``height`` is st.plotly_chart's: "content" (the figure's own height) or
    "stretch" (the height its container leaves it, never less than the figure's: the Present page's slides).

    In a browser whose locale writes decimals with a comma the chart shown writes its figures that way
    (:func:`in_locale`), but for the text in ``keep`` (names a user typed: a queue's); the figure returned, which the
    downloads draw, stays English as every file does.
    """
    handed = browser_figure(fig)
    st.html(MODEBAR_CSS)
    st.plotly_chart(in_locale(handed, local_numbers.comma_locale(), keep), key=key, theme=None,
                    config={"displaylogo": False, **(config or {})}, alt=alt,
                    height=height)
    return handed


# A handed figure as a comma locale shows it, by (its revision, the locale): a cached figure (the Contact centre's)
# is handed over on every rerun, and is localised once. Bounded: each new figure's revision is a new key.
_IN_LOCALE: dict[tuple[str, str, tuple[str, ...]], go.Figure] = {}
_IN_LOCALE_SIZE = 64
_IN_LOCALE_LOCK = threading.Lock()  # sessions run on threads of their own


def in_locale(handed: go.Figure, locale: str | None, keep: tuple[str, ...] = ()) -> go.Figure:
    """``handed`` (:func:`browser_figure`'s) as a browser in ``locale`` (:func:`views.local_numbers.comma_locale`)
    shows it: its figures written that locale's way (:func:`estimator.charts.localised`), the text in ``keep`` as
    typed, a new handed figure with its own revision. ``locale`` None (en-US, no locale): ``handed`` itself."""
    if locale is None:
        return handed
    key = (str(handed.layout.datarevision), locale, keep)
    found = _IN_LOCALE.get(key)
    if found is None:
        spec = localised(handed.to_plotly_json(), locale, keep)
        layout = dict(spec["layout"])
        layout.pop("datarevision", None)
        layout["datarevision"] = _digest({"data": spec["data"], "layout": layout})
        found = HandedFigure({"data": spec["data"], "layout": layout}, _validate=False)
        with _IN_LOCALE_LOCK:
            if len(_IN_LOCALE) >= _IN_LOCALE_SIZE:
                _IN_LOCALE.pop(next(iter(_IN_LOCALE)))
            _IN_LOCALE[key] = found
    return found


def typed_names(names: Iterable[str]) -> tuple[str, ...]:
    """Names a user typed (scenarios, queues) as a figure holds them (:func:`estimator.charts.plain`), the longest
    first: the ``keep`` of :func:`plotly_chart` and :func:`estimator.charts.localised`.

    >>> typed_names(["Plan 1.5", "A & B", "Plan 1.5"])
    ('A &amp; B', 'Plan 1.5')
    """
    return tuple(sorted({plain(n) for n in names}, key=lambda n: (-len(n), n)))


def legend_html(fig: go.Figure | FigureSpec, size: str = "0.9rem") -> str:
    """The page's legend above a chart (:func:`estimator.legend.legend_html`), its names' figures as the browser's
    locale writes them where it writes decimals with a comma ("In-house: P10 $4,41M"), as the chart under it."""
    return legend.legend_html(fig, size, local_numbers.comma_locale())


TITLE_STYLE = "font-size:1.15rem;line-height:1.3;font-weight:600;margin:0"


def chart_title(title: str, keep: tuple[str, ...] = ()) -> None:
    """A chart's title as page text above it (:func:`estimator.charts.for_page` takes it out of the figure):
    text wraps on a narrow screen where Plotly's one line of SVG is cut off. Entities a figure's text holds
    (:func:`estimator.charts.plain`, for names a user typed) are turned back first, so they are escaped once.
    ``keep``: names a user typed in it (:func:`typed_names`), as typed under a comma locale."""
    # a comma locale's figures ("saves $2.499.371")
    title = local_numbers.shows_page(html.unescape(title), tuple(html.unescape(k) for k in keep))
    st.markdown(f"<p class='chart-title' style='{TITLE_STYLE}'>{html.escape(title)}</p>",
                unsafe_allow_html=True)
