"""Plotly figures from results: results in, ``go.Figure`` out.

The same figure serves the page, the image download and (later) the slide
deck. Conventions: money per month at the midpoint, with the low–high range
drawn as an error bar on each option's total; colours from the Okabe–Ito
palette (Okabe & Ito, 2008), which stays distinct under the common forms of
colour blindness; fonts large enough for a meeting room; titles state the
finding, not the chart type.
"""

from __future__ import annotations

import plotly.graph_objects as go

from .estimate import Estimate
from .formatting import money, money_range, percent
from .scenario import OPTION_LABELS

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
COMPONENT_COLOURS = {
    "wages": OKABE_ITO[4],
    "benefits": OKABE_ITO[1],
    "supervision": OKABE_ITO[2],
    "overhead": OKABE_ITO[3],
    "hiring": OKABE_ITO[6],
    "fees": OKABE_ITO[0],
    "governance": OKABE_ITO[5],
}
COMPONENT_LABELS = {
    "wages": "Wages",
    "benefits": "Benefits and payroll taxes",
    "supervision": "Supervision",
    "overhead": "Overhead (facilities, IT)",
    "hiring": "Hiring to replace attrition",
    "fees": "Vendor fees",
    "governance": "Vendor governance",
}
FONT = dict(family="Inter, Segoe UI, Helvetica, Arial, sans-serif", size=16, color="#1f2933")
SLIDE_SIZE = (1600, 900)


def headline(est: Estimate) -> str:
    """The finding in one sentence, at the midpoint.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> headline(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))))
    'BPO saves $42,620 a month (57%) against in-house, at the midpoint'
    """
    cur = est.scenario.currency
    priced = [op for op in (est.bpo, est.kpo) if op.priced]
    if not priced:
        return f"In-house costs {money(est.in_house.total.mid, cur)} a month; enter a vendor quote to compare"
    best = min(priced, key=lambda op: op.total.mid)
    saving = est.savings(best).mid
    label = OPTION_LABELS[best.option]
    if saving >= 0:
        share = est.savings_share(best).mid
        return f"{label} saves {money(saving, cur)} a month ({percent(share)}) against in-house, at the midpoint"
    return f"In-house is cheapest: {label} costs {money(-saving, cur)} more a month, at the midpoint"


def describe_buildup(est: Estimate) -> str:
    """Alt text for the cost build-up chart: every bar as a sentence."""
    cur = est.scenario.currency
    parts = [headline(est) + "."]
    for op in est.options:
        label = OPTION_LABELS[op.option]
        if not op.priced:
            parts.append(f"{label}: no reference price; needs a vendor quote.")
            continue
        pieces = ", ".join(f"{COMPONENT_LABELS[c.name].lower()} {money(c.cost.mid, cur)}" for c in op.components)
        parts.append(f"{label}: {money(op.total.mid, cur)} a month (range "
                     f"{money_range(op.total.low, op.total.high, cur)}): {pieces}.")
    return " ".join(parts)


# A small light theme built once: plotly's "plotly_white" template costs about 8 ms to apply
# on every figure, a third of a slider move; these few settings are all we take from it.
TEMPLATE = go.layout.Template(layout=dict(
    paper_bgcolor="white", plot_bgcolor="white", font=FONT, hoverlabel=dict(font_size=15),
    xaxis=dict(showgrid=False, linecolor="#cbd2d9", ticks=""),
    yaxis=dict(gridcolor="#e4e7eb", zerolinecolor="#cbd2d9", ticks="", automargin=True),
    legend=dict(orientation="h", yanchor="top", y=-0.12, xanchor="left", x=0, font=dict(size=14)),
    margin=dict(l=20, r=20, t=70, b=10, autoexpand=True),
))


def _layout(title: str, **extra: object) -> dict[str, object]:
    return dict(template=TEMPLATE, title=dict(text=title, font=dict(size=22), x=0, xanchor="left"), **extra)


def cost_buildup_figure(est: Estimate) -> go.Figure:
    """Stacked monthly cost by component for in-house, BPO and KPO, with each total's low–high range."""
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
        if xs:
            traces.append(dict(
                type="bar", x=xs, y=ys, name=COMPONENT_LABELS[name], marker=dict(color=colour), customdata=custom,
                hovertemplate=f"{COMPONENT_LABELS[name]}: %{{y:$,.0f}} a month<br>range %{{customdata}}<extra></extra>"))
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
        hovertemplate="Total %{y:$,.0f} a month<br>range %{customdata}<extra></extra>",
        name="Total, low–high range",
    ))
    annotations = [
        dict(x=OPTION_LABELS[op.option], y=op.total.high, yanchor="bottom", yshift=6, showarrow=False,
             text=f"<b>{money(op.total.mid, cur)}</b>", font=dict(size=18))
        if op.priced else
        dict(x=OPTION_LABELS[op.option], y=0, xanchor="center", yanchor="bottom", showarrow=False,
             text="Needs a vendor quote",
             font=dict(size=16, color="#52606d"))
        for op in est.options
    ]
    layout = _layout(
        headline(est), barmode="stack", bargap=0.45, height=420, annotations=annotations,
        xaxis=dict(categoryorder="array", categoryarray=labels, tickfont=dict(size=18)),
        yaxis=dict(title=dict(text=f"{cur} per month"), tickprefix="$" if cur == "USD" else "", tickformat=",.0f",
                   rangemode="tozero"),
    )
    return go.Figure(data=traces, layout=layout)


def figure_image(fig: go.Figure, fmt: str = "png") -> bytes:
    """The figure as a slide-sized image (PNG or SVG), drawn by Kaleido in Debian's Chromium."""
    width, height = SLIDE_SIZE
    return fig.to_image(format=fmt, width=width, height=height, scale=1 if fmt == "svg" else 2)
