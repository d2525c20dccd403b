"""Plotly figures from results: results in, ``go.Figure`` out.

The same figure serves the page, the image download and (later) the slide
deck. Each chart is first its :class:`FigureSpec` (``cost_buildup_spec``: the plain dicts of
its traces and layout), then its validated ``go.Figure`` (``cost_buildup_figure``); see
:func:`figure` for why both. Conventions: money per month at the midpoint, with the low–high range
drawn as an error bar on each option's total; colours from the Okabe–Ito
palette (Okabe & Ito, 2008), which stays distinct under the common forms of
colour blindness; fonts large enough for a meeting room; titles state the
finding, not the chart type.
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TypedDict, TypeVar

import numpy as np
import plotly.graph_objects as go

from . import images
from .assumptions import ASSUMPTIONS, CAPTIVE_ASSUMPTIONS
from .estimate import Component, Estimate, OptionEstimate
from .formatting import (
    MINUS,
    THOUSAND,
    compact_money,
    grouped_as,
    huge,
    in_lakhs,
    in_sentence,
    minus_sign,
    money,
    money_range,
    page_figures,
    plotly_separators,
    quantity,
    years,
)
from .scenario import OPTION_LABELS
from .uncertainty import Simulation, Tornado
from .verdict import (
    best_option,
    chance_sentence,
    cheapest_alternative,
    run_rate_sentence,
    tornado_sentence,
    verdict,
    waterfall_sentence,
)

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
COMPONENT_COLOURS = {
    "wages": OKABE_ITO[4],
    "bonus": "#999999",  # the offshore captive's bonuses: a ninth colour, grey, outside Okabe-Ito's eight
    "benefits": OKABE_ITO[1],
    "supervision": OKABE_ITO[2],
    "overhead": OKABE_ITO[3],
    "hiring": OKABE_ITO[6],
    "fees": OKABE_ITO[0],
    "governance": OKABE_ITO[5],
    "vat": OKABE_ITO[7],
}
COMPONENT_LABELS = {
    "wages": "Wages",
    "bonus": "Bonuses (offshore captive)",
    "benefits": "Benefits and payroll taxes",
    "supervision": "Supervision",
    "overhead": "Overhead (facilities, IT)",
    "hiring": "Hiring to replace attrition",
    "fees": "Vendor fees",
    "governance": "Vendor governance",
    "vat": "Unrecovered VAT",
}
# Short names for the legend (the hover keeps the long ones): one row of legend on a slide, three on a phone.
LEGEND_LABELS = {"wages": "Wages", "bonus": "Bonuses", "benefits": "Benefits", "supervision": "Supervision",
                 "overhead": "Overhead", "hiring": "Hiring", "fees": "Vendor fees", "governance": "Governance", "vat": "VAT"}
FONT = dict(family="Inter, Segoe UI, Helvetica, Arial, sans-serif", size=16, color="#1f2933")
TITLE_MARGIN = 90  # room above the plot for the title and a one-row legend (slides)
PAGE_MARGIN = 10  # on the page the title is text above the chart; a legend pushes the margin itself
MODEBAR_MARGIN = 40  # px right of the plot on the page: the width of plotly's toolbar stood on end, and a gap
SLIDE_SIZE = (1600, 900)
TORNADO_ROWS = 8


def headline(est: Estimate) -> str:
    """The finding in one sentence: the verdict over the horizon (see :mod:`estimator.verdict`).

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> headline(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))))
    'BPO saves $1,990,160 (41%) over 5 years and breaks even in month 10'
    """
    return verdict(est).sentence


def component_label(name: str) -> str:
    """A reader's name for a cost component; a component the charts do not name yet reads from its key.

    >>> component_label("wages"), component_label("stranded_costs")
    ('Wages', 'Stranded costs')
    """
    return COMPONENT_LABELS.get(name) or name.replace("_", " ").capitalize()


def drawn(c: Component) -> bool:
    """Whether the build-up draws a component: any case above half a cent (a 0% VAT is left out)."""
    return any(abs(v) > 0.005 for v in c.cost.as_tuple())


def describe_buildup(est: Estimate) -> str:
    """Alt text for the cost build-up chart, on the page and in the deck: every bar it draws, as a sentence."""
    cur = est.scenario.currency
    parts = [headline(est) + "."]
    rival = cheapest_alternative(est)
    if rival is not None:
        parts.append(run_rate_sentence(est, rival) + ".")
    for op in est.options:
        label = OPTION_LABELS[op.option]
        if not op.priced:
            parts.append(f"{label}: no reference price; needs a vendor quote.")
            continue
        pieces = ", ".join(f"{in_sentence(component_label(c.name))} {money(c.cost.mid, cur)}" for c in op.components
                           if drawn(c))
        low, high = op.total.low, op.total.high  # no "(range $74,318)" for a figure without one
        spread = "" if round(low) == round(high) else f" (range {money_range(low, high, cur)})"
        parts.append(f"{label}: {money(op.total.mid, cur)} a month{spread}: {pieces}.")
    return " ".join(parts)


# A small light theme built once: plotly's "plotly_white" template costs about 8 ms to apply
# on every figure, a third of a slider move; these few settings are all we take from it.
TEMPLATE = go.layout.Template(layout=dict(
    paper_bgcolor="white", plot_bgcolor="white", font=FONT, hoverlabel=dict(font_size=15),
    xaxis=dict(showgrid=False, linecolor="#cbd2d9", ticks="", automargin=True, title=dict(standoff=12)),
    yaxis=dict(gridcolor="#e4e7eb", zerolinecolor="#cbd2d9", ticks="", automargin=True),
    # The legend sits above the plot: below it, it shares the bottom margin with the tick labels and the
    # x-axis title, and plotly sizes that margin for the larger of them, not their sum, so they overlapped.
    legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, font=dict(size=14)),
    margin=dict(l=20, r=20, t=TITLE_MARGIN, b=10, autoexpand=True),
))
# The header of a month-by-month chart's shared hover box: "Month 28", not a bare "28" (each line below it
# gives its figure alone: "by month 28" on every line said it again).
MONTH_HOVER_TITLE = dict(text="Month %{x}")


def d3_money(currency: str, spec: str = ",.0f") -> str:
    """A plotly (d3) format for money in ``currency``: d3's currency symbol is the dollar, so other currencies go
    without one (a hover names the code after the figure, see :func:`hover_money`; an axis title names it).
    Money axes are compact, ``spec=".3~s"`` ($2.2M, not $2,200,000: full figures collided on a phone, and seven
    digits met the axis title).

    >>> d3_money("USD"), d3_money("EUR"), d3_money("INR", ".3~s")
    ('$,.0f', ',.0f', '.3~s')
    """
    return f"${spec}" if currency == "USD" else spec


@lru_cache(maxsize=64)
def _symbol(currency: str) -> tuple[str, str]:
    """What the page writes before and after a currency's digits (:func:`money`): ("₹", "") for rupees, ("€", "")
    for euros, ("CHF\u00a0", "") for Swiss francs (a code apart from the figure).

    >>> _symbol("INR"), _symbol("EUR"), _symbol("CHF")
    (('₹', ''), ('€', ''), ('CHF\xa0', ''))
    """
    text = money(1_234_567, currency)
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if not digits:  # an amount written without digits (none known): no symbol rather than a wrong one
        return "", ""
    return text[:digits[0]], text[digits[-1] + 1:]


# Money axes written in lakh and crore (1,00,000 and 1,00,00,000), as the page writes those currencies' compact
# figures ("₹45.79Cr"): d3's SI format has no such units ("200M").
LAKH_CRORE = frozenset({"INR"})
_INDIAN_UNITS = ((1e7, "Cr"), (1e5, "L"), (1e3, THOUSAND))
# Billions: d3's SI format writes "$2G" where every label of the page writes "$9.60B" (compact_money), and has no
# setting for it; an axis whose values reach this far has its ticks set here, in B and M (:func:`money_axis`). Below
# a billion plotly's autorange, about 5% past the values, reaches no 1G tick.
_SHORT_UNITS = ((1e9, "B"), (1e6, "M"), (1e3, THOUSAND))
BILLIONS_FROM = 0.9e9
PHONE_TICK_CHARS = 20  # a horizontal money axis's tick labels together, at most (indian_ticks)


def indian_ticks(low: float, high: float, count: int = 5, symbol: str = "₹", chars: int | None = None,
                 whole_steps: bool = False, units: tuple[tuple[float, str], ...] = _INDIAN_UNITS
                 ) -> tuple[list[float], list[str]]:
    """Ticks on a 1-2-2.5-5 step covering ``low``..``high``, each in one unit for the axis (crore, lakh or thousand,
    the unit of its largest tick): "₹0", "₹0.5Cr", "₹1Cr"; a negative one with the minus sign. About ``count`` of
    them; or, with ``chars`` (a horizontal axis), the most whose labels within the span take at most ``chars``
    characters together (a phone's plot is some 200 px wide: about 20 characters of tick labels side by side).
    ``whole_steps``: the axis will run from the first tick to the last (the caller sets that range), so every
    label counts against ``chars``, not only those within the values: the tornado's rupee axis, ₹11-22Cr, kept
    only "₹15Cr | ₹20Cr" of its 5 crore steps; run from ₹10Cr to ₹25Cr it shows four.

    >>> indian_ticks(0, 4.6e8)
    ([0.0, 100000000.0, 200000000.0, 300000000.0, 400000000.0, 500000000.0], ['₹0', '₹10Cr', '₹20Cr', '₹30Cr', '₹40Cr', '₹50Cr'])
    >>> indian_ticks(-2.1e6, 4e6, 3)[1], indian_ticks(1.95e8, 5.2e8, chars=20)[1]
    (['−₹25L', '₹0', '₹25L', '₹50L'], ['₹10Cr', '₹20Cr', '₹30Cr', '₹40Cr', '₹50Cr', '₹60Cr'])
    >>> indian_ticks(1.1e8, 2.2e8, chars=20, whole_steps=True)[1]
    ['₹10Cr', '₹15Cr', '₹20Cr', '₹25Cr']

    ``units``: lakh and crore by default; :data:`_SHORT_UNITS` for billions written as the page writes them.

    >>> indian_ticks(0, 9.6e9, symbol="$", units=_SHORT_UNITS)[1]
    ['$0', '$2B', '$4B', '$6B', '$8B', '$10B']
    """
    low, high = min(low, high), max(low, high)
    if not (math.isfinite(low) and math.isfinite(high)) or high == low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = [m * magnitude for m in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100)]
    if chars is None:
        candidates = [next(st for st in steps if st >= raw * (1 - 1e-9))]
    else:
        candidates = [st for st in steps if (high - low) / st <= 12]  # at most a dozen ticks to try
    for step in candidates:
        values, texts = _indian_labels(low, high, step, symbol, units)
        pad = 0.05 * (high - low)  # plotly's autorange shows a little past the data
        shown = texts if whole_steps else [t for v, t in zip(values, texts, strict=True) if low - pad <= v <= high + pad]
        if chars is None or sum(len(t) for t in shown) <= chars:
            break
    return values, texts


def _indian_labels(low: float, high: float, step: float, symbol: str, units: tuple[tuple[float, str], ...]
                   ) -> tuple[list[float], list[str]]:
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    values = [float(i * step) for i in range(first, last + 1)]
    biggest = max(abs(v) for v in values)
    size, unit = next(((u, name) for u, name in units if biggest >= u), (1.0, ""))
    return values, [f"{MINUS if v < 0 else ''}{symbol}{abs(v) / size:.4g}{unit if v else ''}" for v in values]


def money_axis(currency: str, *extents: object, count: int = 5, chars: int | None = None,
               whole_steps: bool = False, set_ticks: bool = False) -> dict[str, object]:
    """A money axis's tick settings in ``currency``: compact ($2.2M: full figures collided on a phone), with the
    currency's symbol as the page writes it (an axis in rupees read "200M", no currency, beside "₹45.79Cr" on the
    page); in lakh and crore for :data:`LAKH_CRORE`, whose ticks are set from ``extents`` (the values the axis shows:
    numbers or arrays; ``count`` ticks or so, or on a horizontal axis, which a phone makes narrow, labels of
    ``chars`` characters at most side by side: :func:`indian_ticks`). ``whole_steps``: lakh and crore ticks come
    with the axis's range, from the first tick to the last, so that more of them fit (the tornado's; other charts
    set their own range, or none: the waterfall's runs from 0 to room for its labels). Other currencies' axes keep
    plotly's range and d3's ticks, which already leave three or more on a phone ("$1.5M $2M $2.5M"), except where
    the values reach :data:`BILLIONS_FROM`: their ticks are set here too, in billions ("$2B", not d3's "$2G").
    ``set_ticks``: set here in every currency, to ``chars`` (the savings waterfall: on a phone its plot may be 150 px,
    and plotly's five ticks "$0 $10M $20M $30M $40M" were turned a quarter turn to fit).

    >>> money_axis("USD"), money_axis("EUR")
    ({'tickformat': '$.3~s'}, {'tickformat': '.3~s', 'tickprefix': '€'})
    >>> money_axis("INR", 0, [1.2e7, 3.9e7], count=4)["ticktext"]
    ['₹0', '₹1Cr', '₹2Cr', '₹3Cr', '₹4Cr']
    >>> money_axis("INR", 1.1e8, 2.2e8, chars=20, whole_steps=True)["range"], money_axis("USD", 1, 2, whole_steps=True)
    ([100000000.0, 250000000.0], {'tickformat': '$.3~s'})
    >>> money_axis("USD", 0.0, [4.8e9, 9.6e9])["ticktext"], money_axis("EUR", 0.0, 8.9e8)
    (['$0', '$2B', '$4B', '$6B', '$8B', '$10B'], {'tickformat': '.3~s', 'tickprefix': '€'})
    >>> money_axis("USD", 0.0, 5.75e7, chars=14, set_ticks=True)["ticktext"]  # "$0$20M$40M" is 10 characters
    ['$0', '$20M', '$40M', '$60M']
    """
    shown = np.concatenate([np.ravel(np.asarray(e, dtype=float)) for e in extents]) if extents else np.empty(0)
    shown = shown[np.isfinite(shown)]
    lakh_crore = currency in LAKH_CRORE
    if shown.size and (lakh_crore or set_ticks or np.abs(shown).max() >= BILLIONS_FROM):
        prefix, suffix = _symbol(currency)
        values, texts = indian_ticks(float(shown.min()), float(shown.max()), count, prefix, chars, whole_steps,
                                     _INDIAN_UNITS if lakh_crore else _SHORT_UNITS)
        ticks = {"tickmode": "array", "tickvals": values, "ticktext": [t + suffix for t in texts]}
        return {**ticks, "range": [values[0], values[-1]]} if whole_steps else ticks
    if currency == "USD":
        return {"tickformat": d3_money(currency, ".3~s")}
    prefix, suffix = _symbol(currency)
    axis: dict[str, object] = {"tickformat": ".3~s"}
    if prefix:
        axis["tickprefix"] = prefix
    if suffix:
        axis["ticksuffix"] = suffix
    return axis


def hover_money(currency: str, axis: str = "y") -> str:
    """A hover template's money figure: ``%{y:$,.0f}`` for dollars, ``%{y:,.0f} EUR`` for others. Rupees: the point's
    own text, written in lakhs by :func:`hover_texts` (``%{hovertext}``; or the field ``axis`` names where it is not x
    or y, which then holds the text): d3 groups a figure in threes only, and a rupee chart's hover read "28,970,067
    INR" where the page and its labels read "₹2,89,70,067".

    >>> hover_money("EUR", "x"), hover_money("INR", "x"), hover_money("INR", "customdata[0]")
    ('%{x:,.0f} EUR', '%{hovertext}', '%{customdata[0]}')
    """
    if in_lakhs(currency):
        return "%{hovertext}" if axis in ("x", "y") else f"%{{{axis}}}"
    return f"%{{{axis}:{d3_money(currency)}}}" + ("" if currency == "USD" else f" {currency}")


def hover_figures(values: Iterable[float], currency: str) -> list[str]:
    """Each amount as :func:`money` writes it, with the minus sign (a negative's "−₹12,345"), for a hover's text.

    >>> hover_figures([28_970_067.4, -12_345], "INR")
    ['₹2,89,70,067', '−₹12,345']
    """
    prefix, suffix = _symbol(currency)
    out = []
    for v in values:
        v = float(v)
        if huge(v):
            out.append(minus_sign(money(v, currency)))
        else:  # money's text, without babel's 70 µs a figure (a cumulative chart's 60 months a line)
            units = round(v)
            out.append(f"{MINUS if units < 0 else ''}{prefix}{grouped_as(f'{abs(units):,d}', currency)}{suffix}")
    return out


def hover_texts(values: Iterable[float], currency: str) -> dict[str, list[str]]:
    """The ``hovertext`` a trace's :func:`hover_money` reads in rupees; nothing for another currency (d3 writes it).

    >>> hover_texts([1e7], "INR"), hover_texts([1e7], "USD")
    ({'hovertext': ['₹1,00,00,000']}, {})
    """
    return {"hovertext": hover_figures(values, currency)} if in_lakhs(currency) else {}


class FigureSpec(TypedDict):
    """A chart as the plain dicts a ``go.Figure`` is built from: its traces and its layout (``template`` included)."""

    data: list[dict[str, Any]]
    layout: dict[str, Any]


def figure(spec: FigureSpec) -> go.Figure:
    """The chart as a ``go.Figure``, validated: a misspelt or misplaced property raises here.

    Why a chart is a spec first: plotly checks every property of a figure as it is built (and again whenever a
    layout is assigned), which was most of what the estimate page's chart cost on a slider move (a validated
    build-up figure about 8 ms, the same figure unvalidated under 1 ms). The page hands the spec over with no
    validation (views/chart_handoff.py builds one ``go.Figure(..., _validate=False)`` from it, plotly 7.1's only
    switch for that; ``skip_invalid`` still checks, and drops what it rejects). The checks are not lost: everything
    else (deck, report, command line, tests) builds the figure here, from the same spec, the page's image downloads
    copy its figure into a validated one, and tests/test_chart_handoff.py checks that the page sends what the
    validated figure would send.
    """
    return go.Figure(spec)


_Chart = TypeVar("_Chart", go.Figure, FigureSpec)


def for_page(fig: _Chart) -> tuple[str, _Chart]:
    """The figure's title, and the figure without it, for the page to show the title as text.

    A plotly title is one line of SVG that a phone cuts off ("BPO saves $42,620 a month (57%) a"); the
    page's text wraps. The figure (or spec) is changed in place (no copy on every rerun); :func:`figure_image`
    puts the title back for downloads.

    >>> spec = FigureSpec(data=[], layout=dict(title=dict(text="T", x=0), margin=dict(l=20)))
    >>> for_page(spec)[0], spec["layout"]
    ('T', {'title': {'x': 0}, 'margin': {'l': 20, 't': 10, 'r': 40}, 'modebar': {'orientation': 'v'}})
    """
    if isinstance(fig, dict):
        return _spec_for_page(fig), fig
    title = fig.layout.title.text or ""
    # set in place: update_layout took about four times as long, on every rerun of the page
    fig.layout.title.text, fig.layout.margin.t = None, PAGE_MARGIN
    # Plotly's toolbar (shown while the pointer is over the chart) stands down the chart's right edge, in a margin
    # of its own: across the top, its default, it covered the legend and the top labels ("$4.8M", "BPO P50").
    # A legend above the plot is no wider than the plot, so it stops short of this margin.
    fig.layout.modebar.orientation = "v"
    fig.layout.margin.r = max(fig.layout.margin.r or 0, MODEBAR_MARGIN)
    return title, fig


def _spec_for_page(spec: FigureSpec) -> str:
    """:func:`for_page` on a spec's layout, as plotly sets it on a figure's. The title, margin and toolbar settings
    are new dicts: a spec's nested dicts may be a module's constants, which a page's run must never change."""
    layout = spec["layout"]
    title = dict(layout.get("title") or {})
    text = title.pop("text", None) or ""
    if "title" in layout:
        layout["title"] = title
    margin = layout["margin"] = {**(layout.get("margin") or {}), "t": PAGE_MARGIN}
    layout["modebar"] = {**(layout.get("modebar") or {}), "orientation": "v"}
    margin["r"] = max(margin.get("r") or 0, MODEBAR_MARGIN)
    return text


def plain(text: str) -> str:
    """A name a user typed, for a figure's text: Plotly reads ``<b>``, ``<a href>`` and ``<br>`` in titles,
    legends and hover labels as markup, so ``<``, ``>`` and ``&`` go in as entities and show as typed.

    >>> plain("<img src=x onerror=alert(1)> & co")
    '&lt;img src=x onerror=alert(1)&gt; &amp; co'
    """
    return html.escape(text, quote=False)


# A trace's text the reader sees (its labels, hover text and the strings its hover template reads), and an axis's
_TRACE_TEXT = ("text", "hovertext", "hovertemplate", "texttemplate", "customdata", "name")


def _local_text(value: Any, locale: str, keep: tuple[str, ...] = ()) -> Any:
    """``value`` (a string, or lists of them and of numbers) with its strings' figures written ``locale``'s way, the
    text in ``keep`` (names a user typed) as it is."""
    if isinstance(value, str):
        return page_figures(value, locale, keep)
    if isinstance(value, list | tuple):
        return [_local_text(v, locale, keep) for v in value]
    if isinstance(value, np.ndarray) and value.dtype == object:
        return [_local_text(v, locale, keep) for v in value.tolist()]
    return value


def localised(spec: dict[str, Any], locale: str | None, keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """A figure's plain dicts (its ``data`` and ``layout``, as ``to_plotly_json`` gives them) as the page shows them
    in a browser whose locale writes decimals with a comma (``locale``, Babel's name: de_DE): the numbers plotly
    writes (ticks, hover figures) through ``layout.separators`` (",." in de_DE), and the text written here (bar
    labels, annotations, tick labels in lakhs or billions, hover ranges, legend names) by
    :func:`estimator.formatting.page_figures`. ``locale`` None: ``spec`` itself. A new dict; ``spec`` is not changed.
    The page only: a downloaded image, deck or report is drawn from the figure as it was, in English. ``keep``: text
    a user typed that the figure holds (scenario names, as :func:`plain` put them in), left as typed.

    >>> spec = {"data": [{"type": "bar", "y": [1e6], "text": ["$1,000,000"], "customdata": ["$1.5M–$2M", 3.5],
    ...          "hovertemplate": "%{y:$,.0f}: %{customdata}"}],
    ...         "layout": {"title": {"text": "Saves $2,499,371"}, "annotations": [{"text": "<b>$74,318</b>"}],
    ...                    "yaxis2": {"ticktext": ["₹0", "₹0.5Cr"], "tickformat": ".3~s"}}}
    >>> out = localised(spec, "de_DE")
    >>> out["layout"]["separators"], out["data"][0]["text"], out["data"][0]["customdata"]
    (',.', ['$1.000.000'], ['$1,5M–$2M', 3.5])
    >>> out["layout"]["title"]["text"], out["layout"]["annotations"][0]["text"], out["layout"]["yaxis2"]["ticktext"]
    ('Saves $2.499.371', '<b>$74.318</b>', ['₹0', '₹0,5Cr'])
    >>> out["data"][0]["hovertemplate"], spec["data"][0]["text"], localised(spec, None) is spec
    ('%{y:$,.0f}: %{customdata}', ['$1,000,000'], True)
    """
    if locale is None:
        return spec
    data = []
    for trace in spec.get("data") or []:
        trace = dict(trace)
        for key in _TRACE_TEXT:
            if key in trace:
                trace[key] = _local_text(trace[key], locale, keep)
        data.append(trace)
    layout = dict(spec.get("layout") or {})
    layout["separators"] = plotly_separators(locale)
    for key, value in list(layout.items()):
        if not isinstance(value, dict):
            if key == "annotations" and isinstance(value, list | tuple):
                layout[key] = [{**a, "text": _local_text(a["text"], locale, keep)} if isinstance(a, dict) and "text" in a
                               else a for a in value]
            continue
        value = dict(value)
        if "text" in value:  # the layout's title
            value["text"] = _local_text(value["text"], locale, keep)
        title = value.get("title")
        if isinstance(title, dict) and "text" in title:
            value["title"] = {**title, "text": _local_text(title["text"], locale, keep)}
        elif isinstance(title, str):
            value["title"] = _local_text(title, locale, keep)
        if "ticktext" in value:
            value["ticktext"] = _local_text(value["ticktext"], locale, keep)
        layout[key] = value
    if isinstance(layout.get("title"), str):
        layout["title"] = _local_text(layout["title"], locale, keep)
    return {**spec, "data": data, "layout": layout}


def _layout(title: str, **extra: object) -> dict[str, object]:
    return dict(template=TEMPLATE, title=dict(text=title, font=dict(size=22), x=0, xanchor="left"), **extra)


def cost_buildup_spec(est: Estimate) -> FigureSpec:
    """Stacked monthly cost by component for in-house, BPO and KPO (and the offshore captive where set), with
    each total's low–high range."""
    cur = est.scenario.currency
    labels = [OPTION_LABELS[op.option] for op in est.options]
    traces: list[dict[str, object]] = []
    for name, colour in COMPONENT_COLOURS.items():
        xs, ys, custom = [], [], []
        for op in est.options:
            for c in op.components:
                if c.name == name:
                    xs.append(OPTION_LABELS[op.option])
                    ys.append(c.cost.mid)
                    custom.append(money_range(c.cost.low, c.cost.high, cur))
        if xs and any(abs(y) > 0.005 for y in ys):  # the mid of each; see drawn() for the alt text's rule
            traces.append(dict(
                type="bar", x=xs, y=ys, name=LEGEND_LABELS[name], marker=dict(color=colour), customdata=custom,
                **hover_texts(ys, cur),
                hovertemplate=f"{COMPONENT_LABELS[name]}: {hover_money(cur)} a month<br>range %{{customdata}}<extra></extra>"))
    priced = [op for op in est.options if op.priced]
    traces.append(dict(
        type="scatter",
        x=[OPTION_LABELS[op.option] for op in priced],
        y=[op.total.mid for op in priced],
        mode="markers",
        marker=dict(symbol="diamond", size=12, color=OKABE_ITO[7]),
        error_y=dict(type="data", symmetric=False, thickness=2.5, width=14, color=OKABE_ITO[7],
                     array=[op.total.high - op.total.mid for op in priced],
                     arrayminus=[op.total.mid - op.total.low for op in priced]),
        customdata=[money_range(op.total.low, op.total.high, cur) for op in priced],
        **hover_texts([op.total.mid for op in priced], cur),
        hovertemplate=f"Total {hover_money(cur)} a month<br>range %{{customdata}}<extra></extra>",
        name="Total (low–high)",
    ))
    annotations = [
        dict(x=OPTION_LABELS[op.option], y=op.total.high, yanchor="bottom", yshift=6, showarrow=False,
             text=f"<b>{money(op.total.mid, cur)}</b>", font=dict(size=18))
        if op.priced else
        dict(x=OPTION_LABELS[op.option], y=0, xanchor="center", yanchor="bottom", showarrow=False,
             text="Needs a<br>vendor quote",
             font=dict(size=16, color="#52606d"))
        for op in est.options
    ]
    layout = _layout(
        headline(est), barmode="stack", bargap=0.45, height=380, annotations=annotations,
        # in the traces' order, as the page's legend (text above the chart, chart_handoff.legend_html) reads: the
        # stack from the bottom up, then the total. Plotly lists a stacked bar chart's legend reversed by default,
        # so the PNG, SVG and slide, which draw plotly's legend, read "Total, Governance, ..., Wages" (session 18)
        legend=dict(traceorder="normal"),
        xaxis=dict(categoryorder="array", categoryarray=labels, tickfont=dict(size=18)),
        yaxis=dict(title=dict(text=f"{cur} a month (run rate)"), rangemode="tozero", **money_axis(
            cur, 0.0, [op.total.low for op in priced], [op.total.high for op in priced],
            [sum(max(c.cost.mid, 0.0) for c in op.components) for op in priced],
            [sum(min(c.cost.mid, 0.0) for c in op.components) for op in priced])),
    )
    return FigureSpec(data=traces, layout=layout)


def cost_buildup_figure(est: Estimate) -> go.Figure:
    """The validated figure of :func:`cost_buildup_spec`."""
    return figure(cost_buildup_spec(est))


NO_CHROMIUM = ("Chart images (PNG, SVG) need Chromium, which this server does not have (Debian: apt-get install "
               "chromium); every other download works.")


class NoChromium(RuntimeError):
    """No browser for Kaleido to draw chart images in: :data:`NO_CHROMIUM`, one line."""


def chromium_path() -> str | None:
    """The Chromium Kaleido would draw images in (``BROWSER_PATH``, else ``chromium``/``chrome`` on the path,
    found by choreographer, Kaleido's browser driver), or None when there is none or it cannot be run. Looked up
    each time (a few file checks): a server can lose or gain its browser while it runs."""
    from choreographer.browsers.chromium import Chromium

    path = Chromium.find_browser(skip_local=False)
    return path if path and os.access(path, os.X_OK) else None


def require_chromium() -> None:
    """Raise :class:`NoChromium` before Kaleido's own error, which is many lines and suggests downloading Chrome."""
    if chromium_path() is None:
        raise NoChromium(NO_CHROMIUM)


def figure_image(fig: go.Figure, fmt: str = "png", title: str | None = None) -> bytes:
    """The figure as a slide-sized image (PNG or SVG), drawn by Kaleido in Debian's Chromium.

    ``title`` puts back a title that :func:`for_page` took out for the page.
    """
    require_chromium()
    width, height = SLIDE_SIZE
    if title:
        fig = go.Figure(fig).update_layout(title_text=title, margin_t=TITLE_MARGIN)
    return images.draw(fig, fmt, width, height, 1 if fmt == "svg" else 2)


# A fall is named with the minus sign, as its value label is written (formatting.minus_sign)
WATERFALL_LABELS = {name: f"{MINUS} {label}" for name, label in
                    (("wages", "Wages"), ("benefits", "Benefits"), ("supervision", "Supervision"),
                     ("overhead", "Overhead"), ("hiring", "Hiring"))}
OPTION_COLOURS = {"in_house": OKABE_ITO[4], "bpo": OKABE_ITO[0], "kpo": OKABE_ITO[2], "captive": OKABE_ITO[6]}


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _years(est: Estimate) -> str:
    return years(est.scenario.business_case.horizon_years)


def business_case_headline(est: Estimate) -> str:
    """The horizon finding in one sentence: the verdict (kept as a name for the cumulative chart)."""
    return verdict(est).sentence


def message_spec(text: str) -> FigureSpec:
    """An empty figure whose title says what is missing (never an empty or zero chart)."""
    return FigureSpec(data=[], layout=_layout(text, height=300, xaxis=dict(visible=False), yaxis=dict(visible=False)))


def message_figure(text: str) -> go.Figure:
    """The validated figure of :func:`message_spec`."""
    return figure(message_spec(text))


def cumulative_cost_spec(est: Estimate) -> FigureSpec:
    """Cumulative cost of each priced option by month (midpoint line, low–high band), break-even marked."""
    cur = est.scenario.currency
    months = list(range(1, est.projection.months + 1))
    traces: list[dict[str, object]] = []
    for op in est.options:
        p = est.projected(op)
        if p is None:
            continue
        colour = OPTION_COLOURS[op.option]
        label = OPTION_LABELS[op.option]
        low, mid, high = p.cumulative
        traces.append(dict(type="scatter", x=months + months[::-1], y=list(high) + list(low[::-1]), fill="toself",
                           fillcolor=_rgba(colour, 0.18), line=dict(width=0), hoverinfo="skip", showlegend=False,
                           name=f"{label} range"))
        traces.append(dict(type="scatter", x=months, y=list(mid), mode="lines", line=dict(color=colour, width=3.5),
                           name=label, hovertemplate=f"{label}: {hover_money(cur)}<extra></extra>", **hover_texts(mid, cur)))
    shapes, annotations = [], []
    best = best_option(est)
    if best.option != "in_house":
        month = est.break_even_month(best)[1]
        if month is not None:
            shapes.append(dict(type="line", x0=month, x1=month, yref="paper", y0=0, y1=1,
                               line=dict(color=OKABE_ITO[7], width=2, dash="dash")))
            # Inside the plot, right of the line, where the curves have not yet climbed: above the plot
            # it met the top tick label and the legend.
            annotations.append(dict(x=month, yref="paper", y=1, yanchor="top", xanchor="left", xshift=6,
                                    showarrow=False, font=dict(size=15), align="left",
                                    text=f"{OPTION_LABELS[best.option]} breaks<br>even: month {month:.0f}"))
    layout = _layout(
        business_case_headline(est), height=420, shapes=shapes, annotations=annotations, hovermode="x unified",
        xaxis=dict(title=dict(text="Month of the contract"), range=[1, est.projection.months],
                   unifiedhovertitle=MONTH_HOVER_TITLE),
        yaxis=dict(title=dict(text=f"Cumulative cost, {cur}"), rangemode="tozero",
                   **money_axis(cur, 0.0, *(t["y"] for t in traces))),
    )
    return FigureSpec(data=traces, layout=layout)


def cumulative_cost_figure(est: Estimate) -> go.Figure:
    """The validated figure of :func:`cumulative_cost_spec`."""
    return figure(cumulative_cost_spec(est))


VENDOR_PART_LABELS = {
    "fees": "+ Vendor fees", "ramp_up": "+ Ramp-up", "governance": "+ Governance", "vat": "+ VAT",
    "in_house_until_go_live": "+ In-house until go-live", "stranded_overhead": "+ Stranded overhead",
    "vendor_selection": "+ Selection", "transition": "+ Transition", "severance": "+ Severance",
    "retention": "+ Retention bonuses", "exit": "+ Exit", "captive_team": "+ Captive team abroad",
}


# The narrowest plot the page draws the savings waterfall in (px): a 390 px phone's chart is 358 px wide, less the
# page's 165 px margin for the row names and the toolbar's 40 px (views/estimate_chart.PAGE_MARGINS); 153 px measured
# in Chromium. A label that fits its side here fits it on any wider plot: its width stays, the room grows.
WATERFALL_PLOT_PX = 150
WATERFALL_LABEL_SIZE = 14  # px, the value labels' font
# The money axis's tick labels side by side, at most: on that 150 px plot, 12 px figures ("$0 $10M $20M $30M $40M",
# 18 characters, were turned a quarter turn by plotly on a 390 px phone; session 27's walk, human resources)
WATERFALL_TICK_CHARS = 14
LABEL_GAP_PX = 4  # between a label and its bar's end
# A character's width in em, generous for the chart's fonts (Inter, Segoe UI, Helvetica, Arial: Chromium on Debian
# draws Liberation Sans, the rupee sign from DejaVu Sans): "−₹18.66Cr" measured 67 px at 14 px and reckons 70.
_EM = {**dict.fromkeys("0123456789$€£¥₹−-+", 0.6), **dict.fromkeys(".,: ", 0.3), "C": 0.75, "r": 0.36, "k": 0.52,
       "M": 0.86, "L": 0.58, "B": 0.7, "T": 0.62}


def text_px(text: str, size: float = WATERFALL_LABEL_SIZE) -> float:
    """About how wide ``text`` is drawn at font size ``size`` (px), erring wide (0.75 em a letter not listed).

    >>> round(text_px("−₹18.66Cr")), round(text_px("−$2.24M"))
    (70, 58)
    """
    return size * sum(_EM.get(ch, 0.75) for ch in text)


def _waterfall_sides(steps: list[tuple[str, float, str]], spans: list[tuple[float, float]], texts: list[str],
                     top: float) -> list[str]:
    """Each step's label side ("right", "left" or "inside" its bar), judged on a WATERFALL_PLOT_PX plot whose axis
    runs from 0 to ``top``.

    A side's room: right, from the bar's end to the axis's; left, from the axis's start to the bar's; inside, the bar
    itself, and for a falling step (black text) from the bar's end back to the axis's start, over the bar and the
    white beside it. Of the sides a label fits, the roomiest of the three; a label that fits none (wider than about
    four fifths of the plot: the axis runs a fifth past the longest bar, so a bar that ends near it starts far from
    0 or is long itself), its roomiest side."""
    px = WATERFALL_PLOT_PX / top
    sides = []
    for (_, value, measure), (start, end), text in zip(steps, spans, texts, strict=True):
        need = text_px(text) + LABEL_GAP_PX
        room = {"right": (top - end) * px, "left": start * px, "inside": (end - start) * px}
        fits = {k: v for k, v in room.items() if v >= need}
        if fits:
            sides.append(max(fits, key=fits.__getitem__))
        elif measure == "relative" and value < 0 and end * px >= need:
            sides.append("inside")
        else:
            sides.append(max(room, key=room.__getitem__))
    return sides


def savings_waterfall_spec(est: Estimate, option: OptionEstimate | None = None) -> FigureSpec:
    """From in-house cost over the horizon to the cheapest alternative's (a vendor, or the offshore captive where
    set): what goes away and what comes in (midpoint)."""
    cur = est.scenario.currency
    option = option or cheapest_alternative(est)
    ih_total = est.horizon_total(est.in_house).mid  # type: ignore[union-attr]
    if option is None or not option.priced:
        return message_spec("Enter a vendor quote to see the savings waterfall")
    p = est.projected(option)
    assert p is not None
    scale = ih_total / est.in_house.total.mid if est.in_house.total.mid else 0.0
    steps = [("In-house", ih_total, "absolute")]
    steps += [(WATERFALL_LABELS[c.name], -c.cost.mid * scale, "relative") for c in est.in_house.components]
    steps += [(VENDOR_PART_LABELS[name], float(value[1]), "relative") for name, value in p.parts.items()]
    steps = [s for s in steps if s[2] == "absolute" or abs(s[1]) > 0.005]
    steps.append((f"{OPTION_LABELS[option.option]} cost", float(p.total[1]), "total"))
    title = waterfall_sentence(est, option, ih_total, float(p.total[1]))
    # Horizontal: one row per step, so a phone's narrow screen shortens the bars instead of piling a dozen
    # labels on top of each other.
    trace = dict(
        type="waterfall", orientation="h", y=[s[0] for s in steps], x=[s[1] for s in steps],
        measure=[s[2] for s in steps],
        customdata=[minus_sign(money(s[1], cur)) for s in steps],
        decreasing=dict(marker=dict(color=OKABE_ITO[2])), increasing=dict(marker=dict(color=OKABE_ITO[5])),
        totals=dict(marker=dict(color=OKABE_ITO[4])), connector=dict(line=dict(color="#9aa5b1", width=1)),
        hovertemplate="%{y}: %{customdata}<extra></extra>", name="horizon cost",
    )
    # Each label goes where its row has the most room, of the three: right of the bar, left of it, or inside
    # it (white, or black on the falling steps' green, for contrast). Always right of it (the axis running a
    # fifth past the longest bar) left a phone's 170 px plot 34 px for "-$2.46M" after the longest bars, cut
    # off by the chart's edge. (Plotly's own bar text puts a falling bar's label inside it, unreadable on the
    # thin steps, and an outside label past the chart's edge.) The room is judged in the pixels of the narrowest
    # plot the chart is drawn in (WATERFALL_PLOT_PX), against the label's width there: judged in axis units, the
    # most room went to a side narrower than the label, and on a 390 px phone in rupees "−₹18.66Cr" (67 px) was
    # put left of its bar in 64 px and ran 7 px into the row name "− Wages". A falling step's black label may run
    # on from its bar over the white beside it.
    spans, running = [], 0.0
    for _, value, measure in steps:
        before = 0.0 if measure != "relative" else running
        running = value if measure == "absolute" else (running + value if measure == "relative" else running)
        spans.append((min(before, running), max(before, running)))
    texts = [minus_sign(compact_money(value, cur)) for _, value, _ in steps]
    top = 1.25 * max(end for _, end in spans)
    sides = _waterfall_sides(steps, spans, texts, top)
    labels = []
    for (name, value, measure), (start, end), text, side in zip(steps, spans, texts, sides, strict=True):
        at = dict(right=(end, "left", LABEL_GAP_PX), left=(start, "right", -LABEL_GAP_PX),
                  inside=(end, "right", -LABEL_GAP_PX))[side]
        labels.append(dict(y=name, x=at[0], xanchor=at[1], xshift=at[2], showarrow=False, text=text,
                           font=dict(size=WATERFALL_LABEL_SIZE, color=None if side != "inside" else
                                     "#000000" if measure == "relative" and value < 0 else "#ffffff")))
    layout = _layout(title, height=120 + 30 * len(steps), showlegend=False, annotations=labels,
                     xaxis=dict(title=dict(text=f"{cur} over {_years(est)}"),
                                **money_axis(cur, 0.0, top, chars=WATERFALL_TICK_CHARS, set_ticks=True),
                                range=[0, top], zeroline=True),
                     yaxis=dict(tickfont=dict(size=15), autorange="reversed", automargin=True, showgrid=False))
    return FigureSpec(data=[trace], layout=layout)


def savings_waterfall_figure(est: Estimate, option: OptionEstimate | None = None) -> go.Figure:
    """The validated figure of :func:`savings_waterfall_spec`."""
    return figure(savings_waterfall_spec(est, option))


def distribution_spec(sim: Simulation, est: Estimate) -> FigureSpec:
    """Histogram of each option's horizon total across the draws, with its P10–P90 marked."""
    currency = est.scenario.currency
    traces: list[dict[str, object]] = []
    shapes, annotations = [], []
    for spread in sim.options:
        colour = OPTION_COLOURS[spread.option]
        label = OPTION_LABELS[spread.option]
        r = spread.horizon_total
        if r.low == r.high:
            # No range reaches this option: one value, drawn as a line rather than a single 100% bar.
            shapes.append(dict(type="line", x0=r.mid, x1=r.mid, yref="paper", y0=0, y1=1,
                               line=dict(color=colour, width=3, dash="dash")))
            annotations.append(dict(x=r.mid, yref="paper", y=1, yanchor="top", xanchor="right", xshift=-6,
                                    showarrow=False, font=dict(size=15), align="right",
                                    text=f"{label}, every draw:<br>{money(r.mid, currency)}"))
            continue
        centres = (spread.histogram_edges[:-1] + spread.histogram_edges[1:]) / 2
        width = float(spread.histogram_edges[1] - spread.histogram_edges[0])
        traces.append(dict(type="bar", x=list(centres), y=list(spread.histogram_counts / sim.draws), width=width,
                           marker=dict(color=_rgba(colour, 0.6), line=dict(color=colour, width=1)),
                           name=f"{label}: P10 {compact_money(r.low, currency)} · P50 {compact_money(r.mid, currency)}"
                                f" · P90 {compact_money(r.high, currency)}",
                           hovertemplate=f"{label}: %{{y:.1%}} of draws near {hover_money(currency, 'x')}<extra></extra>",
                           **hover_texts(centres, currency)))
    title = chance_sentence(est, sim)
    layout = _layout(title, height=420, barmode="overlay", bargap=0, shapes=shapes, annotations=annotations,
                     xaxis=dict(title=dict(text=f"Cost over the horizon, {currency}"), ticklabelstandoff=8,
                                **money_axis(currency, *(t["x"] for t in traces), [s["x0"] for s in shapes],
                                             chars=PHONE_TICK_CHARS)),
                     yaxis=dict(title=dict(text="Share of draws"), tickformat=".0%"))
    return FigureSpec(data=traces, layout=layout)


def distribution_figure(sim: Simulation, est: Estimate) -> go.Figure:
    """The validated figure of :func:`distribution_spec`."""
    return figure(distribution_spec(sim, est))


def fan_spec(sim: Simulation, est: Estimate) -> FigureSpec:
    """P10–P90 band and P50 line of each option's cumulative cost over the horizon."""
    currency = est.scenario.currency
    traces: list[dict[str, object]] = []
    for spread in sim.options:
        colour = OPTION_COLOURS[spread.option]
        label = OPTION_LABELS[spread.option]
        x = [int(m) for m in spread.fan_months]
        p10, p50, p90 = spread.cumulative_fan
        traces.append(dict(type="scatter", x=x + x[::-1], y=list(p90) + list(p10[::-1]), fill="toself",
                           fillcolor=_rgba(colour, 0.2), line=dict(width=0), hoverinfo="skip",
                           name=f"{label} P10–P90"))
        traces.append(dict(type="scatter", x=x, y=list(p50), mode="lines", line=dict(color=colour, width=3.5),
                           name=f"{label} P50",
                           hovertemplate=f"{label} P50: {hover_money(currency)}<extra></extra>", **hover_texts(p50, currency)))
    layout = _layout(chance_sentence(est, sim), height=420, hovermode="x unified",
                     xaxis=dict(title=dict(text="Month of the contract"), unifiedhovertitle=MONTH_HOVER_TITLE),
                     yaxis=dict(title=dict(text=f"Cumulative cost, {currency}"), rangemode="tozero",
                                **money_axis(currency, 0.0, *(t["y"] for t in traces))))
    return FigureSpec(data=traces, layout=layout)


def fan_figure(sim: Simulation, est: Estimate) -> go.Figure:
    """The validated figure of :func:`fan_spec`."""
    return figure(fan_spec(sim, est))


def _wrap(label: str, width: int = 18) -> str:
    """A long axis label on two lines (at the space nearest the middle), so a phone keeps room for the plot.

    >>> _wrap("Vendor hours per in-house hour"), _wrap("Shrinkage")
    ('Vendor hours per<br>in-house hour', 'Shrinkage')
    """
    if len(label) <= width or " " not in label:
        return label
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return f"{label[:cut]}<br>{label[cut + 1:]}"


def swing_value(key: str, value: float, currency: str = "USD") -> str:
    """An input's value at one end of its swing, as the hover names it: a share as a percent, another assumption in
    its unit, money as a grouped figure (lakhs in rupees; the row names the input, and in-house money may be in
    another currency than the report's), anything else (a vendor price, a "× plan" ratio, a rate's drift) as
    :func:`estimator.formatting.quantity` writes it. ``:,.3g`` wrote the salary's 31,200 "3.12e+04".

    >>> swing_value("annual_salary", 31_200), swing_value("annual_salary", 2_600_000, "INR")
    ('31,200', '26,00,000')
    >>> swing_value("shrinkage", 0.394), swing_value("span_of_control", 8), swing_value("bpo_price", 22.5)
    ('39.4%', '8 staff per supervisor', '22.5')
    """
    a = ASSUMPTIONS.get(key) or CAPTIVE_ASSUMPTIONS.get(key)
    if a is None:
        return quantity(value)
    money = a.money_code(None) is not None
    return a.show(value, unit=not money, currency=currency if money else None)


def tornado_spec(t: Tornado, currency: str = "USD") -> FigureSpec:
    """Horizon savings as each input swings across its range, the largest effect on top."""
    label = OPTION_LABELS[t.option]
    # The largest effects only: a dozen rows of sourced ranges would squeeze a phone's plot to nothing.
    swings = list(reversed(t.swings[:TORNADO_ROWS]))  # plotly draws the first category at the bottom
    names = [_wrap(s.label) for s in swings]
    traces = [
        dict(type="bar", orientation="h", y=names, x=[s.savings_at_low - t.base_savings for s in swings],
             base=t.base_savings, name="Input at its low end", marker=dict(color=OKABE_ITO[1]),
             **hover_texts([s.savings_at_low - t.base_savings for s in swings], currency),
             customdata=[swing_value(s.key, s.low_value, currency) for s in swings],
             hovertemplate=f"%{{y}} at %{{customdata}}: savings {hover_money(currency, 'x')} from the "
                           "midpoint<extra></extra>"),
        dict(type="bar", orientation="h", y=names, x=[s.savings_at_high - t.base_savings for s in swings],
             base=t.base_savings, name="Input at its high end", marker=dict(color=OKABE_ITO[5]),
             **hover_texts([s.savings_at_high - t.base_savings for s in swings], currency),
             customdata=[swing_value(s.key, s.high_value, currency) for s in swings],
             hovertemplate=f"%{{y}} at %{{customdata}}: savings {hover_money(currency, 'x')} from the "
                           "midpoint<extra></extra>"),
    ]
    layout = _layout(tornado_sentence(t, currency), height=max(340, 140 + 48 * len(swings)), barmode="overlay",
                     shapes=[dict(type="line", x0=t.base_savings, x1=t.base_savings, yref="paper", y0=0, y1=1,
                                  line=dict(color=OKABE_ITO[7], width=2))],
                     xaxis=dict(title=dict(text=f"{label} savings, {currency}"), **money_axis(
                         currency, t.base_savings, [s.savings_at_low for s in swings], [s.savings_at_high for s in swings],
                         chars=PHONE_TICK_CHARS, whole_steps=True)),
                     yaxis=dict(automargin=True, tickfont=dict(size=14)))
    return FigureSpec(data=traces, layout=layout)


def tornado_figure(t: Tornado, currency: str = "USD") -> go.Figure:
    """The validated figure of :func:`tornado_spec`."""
    return figure(tornado_spec(t, currency))
