"""Figures for a mix of functions: results in, ``go.Figure`` out.

Conventions as in :mod:`estimator.charts` (its theme, fonts, Okabe–Ito colours): cost over the
business case's horizon at the midpoint, one-time costs included, in the portfolio's currency; one
stacked column per plan (chosen mix, all in-house, all outsourced), one colour per function, in row
order. Past eight functions the palette repeats with a pattern, so no two adjacent functions look alike.
"""

from __future__ import annotations

import plotly.graph_objects as go

from .charts import OKABE_ITO, _layout, hover_money, hover_texts, money_axis, plain
from .formatting import compact_money, money, years
from .locations import option_label, row_names
from .portfolio import PLAN_LABELS, PortfolioEstimate

# Okabe–Ito without black (the total markers and labels are dark), strongest contrast first.
FUNCTION_COLOURS = (OKABE_ITO[4], OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[1], OKABE_ITO[6], OKABE_ITO[3])
PATTERNS = ("", "/", ".", "x", "\\", "+")
COLUMNS = ("mix", "in_house", "outsourced")


def mix_headline(pe: PortfolioEstimate) -> str:
    """What the chosen mix saves against keeping everything in-house, over the horizon.

    >>> from estimator.portfolio import Portfolio, PortfolioRow, estimate_portfolio
    >>> from estimator.scenario import VendorPrice
    >>> pe = estimate_portfolio(Portfolio((PortfolioRow("Customer service", 10, option="bpo",
    ...                                                 bpo=VendorPrice("per_hour", 20, 30)),)))
    >>> mix_headline(pe)
    'The chosen mix saves $1,990,160 against all in-house over 5 years'
    """
    cur = pe.portfolio.currency
    span = years(pe.portfolio.business_case.horizon_years)
    saving = pe.compare("mix", "in_house").horizon_saving.mid
    if saving >= 0:
        return f"The chosen mix saves {money(saving, cur)} against all in-house over {span}"
    return f"The chosen mix costs {money(-saving, cur)} more than all in-house over {span}"


def mix_figure(pe: PortfolioEstimate) -> go.Figure:
    """Horizon cost stacked by function for the chosen mix, all in-house and all outsourced (midpoint), with
    each column's total above it; the hover names the option each function uses in that column."""
    cur = pe.portfolio.currency
    plans = [pe.plans[c] for c in COLUMNS]
    x = [p.label for p in plans]
    traces: list[dict[str, object]] = []
    names = row_names(pe.portfolio.rows)
    for i, row in enumerate(pe.portfolio.rows):
        colour = FUNCTION_COLOURS[i % len(FUNCTION_COLOURS)]
        pattern = PATTERNS[(i // len(FUNCTION_COLOURS)) % len(PATTERNS)]
        traces.append(dict(
            type="bar", x=x, y=[float(p.by_function[i, 1]) for p in plans], name=plain(names[i]),
            marker=dict(color=colour, line=dict(color="white", width=1), pattern=dict(shape=pattern)),
            customdata=[option_label(row, p.options[i]) for p in plans], meta=plain(row.function),
            # the function's name as ``meta``, not in the template, which would read "%{y}" in it as a variable
            hovertemplate=f"%{{meta}} (%{{customdata}}): {hover_money(cur)}<extra></extra>",
            **hover_texts([float(p.by_function[i, 1]) for p in plans], cur)))
    totals = [p.horizon_total.mid for p in plans]
    annotations = [dict(x=label, y=total, yanchor="bottom", yshift=6, showarrow=False,
                        text=f"<b>{compact_money(total, cur)}</b>", font=dict(size=18))
                   for label, total in zip(x, totals, strict=True)]
    layout = _layout(
        mix_headline(pe), barmode="stack", height=460, annotations=annotations,
        showlegend=len(pe.portfolio.rows) > 1,
        xaxis=dict(categoryorder="array", categoryarray=[PLAN_LABELS[c] for c in COLUMNS]),
        yaxis=dict(title=dict(text=f"Cost over {years(pe.portfolio.business_case.horizon_years)}, {cur}"),
                   rangemode="tozero", **money_axis(cur, 0.0, totals, *(t["y"] for t in traces))),
    )
    return go.Figure(data=traces, layout=layout)


def describe_mix(pe: PortfolioEstimate) -> str:
    """Alt text: the headline, then every column's total and its functions."""
    cur = pe.portfolio.currency
    parts = [mix_headline(pe) + "."]
    for c in COLUMNS:
        p = pe.plans[c]
        pieces = ", ".join(f"{row.function} ({option_label(row, o)}) {money(float(p.by_function[i, 1]), cur)}"
                           for i, (row, o) in enumerate(zip(pe.portfolio.rows, p.options, strict=True)))
        parts.append(f"{p.label}: {money(p.horizon_total.mid, cur)}: {pieces}.")
    return " ".join(parts)
