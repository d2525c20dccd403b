"""A standalone HTML report of an estimate, for email: results in, bytes out.

One file that works offline: plotly.js is embedded once (``include_plotlyjs=True`` on the first chart),
nothing is fetched from the network. Sections: summary (the verdict and each option's figures), the
charts with their findings and alt text, the assumptions used, and the sources. Every piece of user text
(scenario name, function, sources) is HTML-escaped, and text a spreadsheet would run gets the CSV's leading
apostrophe (Excel opens an HTML file as a sheet; :func:`estimator.formatting.not_formula`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape, unescape

import plotly.graph_objects as go
import plotly.io as pio

from .charts import for_page
from .estimate import Estimate
from .formatting import not_formula
from .legend import legend_html
from .meeting import ChartSpec, context_for, range_notes, source_lines, summary_lines, verdict
from .meeting import source_rows as _assumption_rows  # the report's table of inputs: the page's rows
from .uncertainty import Simulation, Tornado

_STYLE = """
body { font-family: Inter, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2933; margin: 2rem auto;
       max-width: 1100px; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 2rem; margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #cbd2d9; }
.context { color: #52606d; } .verdict { font-size: 1.35rem; font-weight: 600; }
figure { margin: 1.5rem 0; break-inside: avoid; } figcaption { color: #3e4c59; font-size: .95rem; }
h3.chart-title { font-size: 1.15rem; margin: 0 0 .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
.sources li { font-size: .9rem; margin-bottom: .2rem; }
.chart-legend span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""



def _text(text: str) -> str:
    """Text for an element of the report: HTML-escaped, and guarded where a spreadsheet would run it (Excel
    opens an HTML file as a sheet; see :func:`estimator.formatting.not_formula`)."""
    return escape(not_formula(text))

def build_report(est: Estimate, sim: Simulation, specs: Sequence[ChartSpec], today: dt.date | None = None,
                 swing: Tornado | None = None) -> bytes:
    """The report as UTF-8 HTML bytes (``swing`` names what drives a gap in the reality check).

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> from estimator.uncertainty import simulate
    >>> from estimator.meeting import chart_specs
    >>> s = Scenario("Customer service", 10, name="<b>Q3</b>", bpo=VendorPrice("per_hour", 20, 30))
    >>> e, sim = estimate(s), simulate(s)
    >>> html = build_report(e, sim, chart_specs(e, sim)).decode()
    >>> "&lt;b&gt;Q3&lt;/b&gt;" in html and "<b>Q3</b>" not in html
    True
    """
    context = context_for(est, today)
    s = est.scenario
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(s.name)}: sourcing cost estimate</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_text(s.name)}</h1>",
        f'<p class="context">{_text(context.line)}</p>',
        "<h2>Summary</h2>",
        f'<p class="verdict">{_text(verdict(est))}</p>',
        "<ul>" + "".join(f"<li>{_text(line)}</li>" for line in summary_lines(est, sim, swing)) + "</ul>",
        *(f"<p>{_text(line)}</p>" for line in range_notes(est, sim)),
        "<h2>Charts</h2>",
    ]
    for i, spec in enumerate(specs):
        # The title as text above the chart, as the page shows it (charts.for_page): plotly's title is one line of
        # SVG, and on a 390 px phone the report cut every one off ("BPO saves €2,615,243 (37%) over 5") and drew the
        # legend over it. Entities a figure's text holds (charts.plain, for typed names) are turned back first.
        title, figure = for_page(go.Figure(spec.figure))
        # The legend as text above the chart, as on the page (estimator.legend): on a 390 px phone plotly stacked its
        # entries one a row inside the chart, and the build-up's ten left 60 px of plot under its 198 px axis title
        # (the fan's six, 180 px under "Cumulative cost, EUR"): every axis title now fits its plot.
        legend = legend_html(figure)
        div = pio.to_html(figure, full_html=False, include_plotlyjs=(i == 0), div_id=f"chart-{spec.key}",
                          config={"displaylogo": False, "responsive": True})
        parts.append(f'<figure role="group" aria-label="{escape(spec.alt, quote=True)}">'
                     + (f'<h3 class="chart-title">{_text(unescape(title))}</h3>' if title else "") + legend
                     + f'<div role="img" aria-label="{escape(spec.alt, quote=True)}">{div}</div>'
                     f"<figcaption><strong>{_text(spec.name)}.</strong> {_text(spec.alt)}</figcaption></figure>")
    parts.append("<h2>Assumptions</h2><table><thead><tr><th>Input</th><th>Used</th><th>Source</th></tr></thead><tbody>")
    parts += [f"<tr><td>{_text(a)}</td><td>{_text(b)}</td><td>{_text(c)}</td></tr>" for a, b, c in _assumption_rows(est)]
    parts.append("</tbody></table>")
    parts.append('<h2>Sources</h2><ul class="sources">' + "".join(f"<li>{_text(line)}</li>" for line in source_lines(est))
                 + "</ul>")
    parts.append(f'<p class="context">Made by the sourcing cost estimator on {_text(context.date)}.</p></body></html>')
    return "\n".join(parts).encode("utf-8")
