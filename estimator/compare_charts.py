"""Figures for a comparison of scenarios: cost per option, cumulative cost, savings spread.

Same conventions as :mod:`estimator.charts` (Okabe–Ito colours, large fonts, titles that state the
finding). Options keep their colours from the single-scenario charts; scenarios are told apart by
pattern (bars) and dash (lines), so the two never compete for colour.
"""

from __future__ import annotations

import plotly.graph_objects as go

from .charts import (
    MONTH_HOVER_TITLE,
    OPTION_COLOURS,
    _layout,
    hover_figures,
    hover_money,
    hover_texts,
    message_figure,
    money_axis,
    plain,
)
from .compare import Compared
from .formatting import in_lakhs, money
from .formatting import years as years_text
from .scenario import OPTION_LABELS

PATTERNS = ("", "/", ".", "x")
DASHES = ("solid", "dash", "dot", "dashdot")


def cost_per_option_figure(compared: list[Compared]) -> go.Figure:
    """Grouped bars: monthly cost of each option (midpoint, low–high bar), one bar per scenario."""
    traces = []
    best: tuple[float, str, str] | None = None
    cur = compared[0].scenario.currency if compared else "USD"
    for i, c in enumerate(compared):
        ops = [op for op in c.estimate.options if op.priced]
        mids = [op.total.mid for op in ops]
        traces.append(go.Bar(
            name=plain(c.scenario.name), x=[OPTION_LABELS[op.option] for op in ops], y=mids,
            marker=dict(color=[OPTION_COLOURS[op.option] for op in ops], pattern=dict(shape=PATTERNS[i % 4]),
                        line=dict(color="#1f2933", width=1)),
            error_y=dict(type="data", symmetric=False, array=[op.total.high - op.total.mid for op in ops],
                         arrayminus=[op.total.mid - op.total.low for op in ops], color="#1f2933"),
            hovertemplate=f"%{{x}}: {hover_money(cur)} a month<extra>%{{fullData.name}}</extra>", **hover_texts(mids, cur)))
        for op, mid in zip(ops, mids, strict=True):
            if best is None or mid < best[0]:
                best = (mid, OPTION_LABELS[op.option], plain(c.scenario.name))
    if best is None:
        return message_figure("No option is priced in these scenarios")
    title = f"Cheapest a month: {best[1]} in '{best[2]}', {money(best[0], cur)}"
    return go.Figure(traces, layout=_layout(title, barmode="group", height=420, yaxis=dict(
        title=dict(text=f"Cost a month, {cur}"), rangemode="tozero", **money_axis(
            cur, 0.0, *([op.total.low, op.total.high] for c in compared for op in c.estimate.options if op.priced)))))


def cumulative_figure(compared: list[Compared]) -> go.Figure:
    """Cumulative cost by month (midpoint): colour for the option, dash for the scenario."""
    traces = []
    cur = compared[0].scenario.currency if compared else "USD"
    for i, c in enumerate(compared):
        est = c.estimate
        for op in est.options:
            p = est.projected(op)
            if p is None:
                continue
            mid = p.cumulative[1]
            traces.append(go.Scatter(
                x=list(range(1, len(mid) + 1)), y=list(mid), mode="lines",
                name=f"{plain(c.scenario.name)} · {OPTION_LABELS[op.option]}",
                line=dict(color=OPTION_COLOURS[op.option], dash=DASHES[i % 4], width=3),
                hovertemplate=f"{hover_money(cur)}<extra>%{{fullData.name}}</extra>", **hover_texts(mid, cur)))
    ends = [(t.y[-1], t.name) for t in traces]
    lowest = min(ends)
    title = f"Lowest total by the end: {lowest[1]}, {money(lowest[0], cur)}"
    return go.Figure(traces, layout=_layout(title, height=420, hovermode="x unified", xaxis=dict(
        title=dict(text="Month of the contract"), unifiedhovertitle=MONTH_HOVER_TITLE),
        yaxis=dict(title=dict(text=f"Cumulative cost, {cur}"), rangemode="tozero",
                   **money_axis(cur, 0.0, *(t.y for t in traces)))))


def savings_spread_figure(compared: list[Compared]) -> go.Figure:
    """Horizon savings vs in-house: P50 bar with the P10–P90 spread of the Monte Carlo, per scenario and option."""
    traces = []
    cur = compared[0].scenario.currency if compared else "USD"
    for i, c in enumerate(compared):
        options = list(c.savings)
        if not options:
            continue
        spreads = [c.savings[o] for o in options]
        traces.append(go.Bar(
            name=plain(c.scenario.name), x=[OPTION_LABELS[o] for o in options], y=[s.mid for s in spreads],
            marker=dict(color=[OPTION_COLOURS[o] for o in options], pattern=dict(shape=PATTERNS[i % 4]),
                        line=dict(color="#1f2933", width=1)),
            error_y=dict(type="data", symmetric=False, array=[s.high - s.mid for s in spreads],
                         arrayminus=[s.mid - s.low for s in spreads], color="#1f2933"),
            # rupees: the P10 and P90 as text, in lakhs (hover_money reads them as written)
            customdata=[hover_figures([s.low, s.high], cur) if in_lakhs(cur) else [s.low, s.high] for s in spreads],
            **hover_texts([s.mid for s in spreads], cur),
            hovertemplate=f"%{{x}}: P50 {hover_money(cur)} (P10 {hover_money(cur, 'customdata[0]')}, "
                          f"P90 {hover_money(cur, 'customdata[1]')})<extra>%{{fullData.name}}</extra>"))
    if not traces:
        return message_figure("Enter a vendor quote to compare savings")
    years = {c.scenario.business_case.horizon_years for c in compared}
    span = years_text(years.pop()) if len(years) == 1 else "each scenario's horizon"
    return go.Figure(traces, layout=_layout(f"Savings vs in-house over {span}: P50, bars P10 to P90",
                                             barmode="group", height=420,
                                             yaxis=dict(title=dict(text=f"Savings, {cur}"), **money_axis(
                                                 cur, 0.0, *([s.low, s.high] for c in compared
                                                             for s in c.savings.values())))))
