"""The footer of an exported chart image (Estimate page's "Download chart" PNG and SVG, the Present page's PNG, a
deck's chart drawn as a picture) with the names a user can type: markup shown as typed, not read by plotly.

Found on a walk: "<b>x</b> 🚀 cheaper vendor" gave a footer with the tags gone and "x" in bold.
"""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from estimator import charts, meeting
from estimator.estimate import estimate
from estimator.scenario import Scenario, VendorPrice

TODAY = dt.date(2026, 1, 15)
MARKUP = "<b>x</b> 🚀 cheaper vendor"
chromium = pytest.mark.skipif(charts.chromium_path() is None, reason="no Chromium for Kaleido")


def _estimate(name: str):
    s = Scenario("Customer service", 25, name=name, bpo=VendorPrice("per_hour", 20, 30, source="Acme quote"))
    return estimate(s)


def _footer(svg: str) -> tuple[float, float, list[str], str]:
    """The footer annotation of an SVG plotly drew: its left edge and the width of the box plotly measured round its
    text in the browser (px), its lines as drawn (entities read) and its text element's inner markup."""
    found = [m for m in re.finditer(
        r'<g class="cursor-pointer" transform="translate\(([-\d.]+),[-\d.]+\)"><rect class="bg" x="[-\d.]+" '
        r'y="[-\d.]+" width="([-\d.]+)"[^>]*/><text class="annotation-text"[^>]*>(.*?)</text>', svg)
        if "Sources: " in m.group(3)]
    assert len(found) == 1, len(found)
    left, width, inner = found[0].groups()
    lines = [html.unescape(re.sub(r"<[^>]+>", "", line))
             for line in re.findall(r'<tspan class="line"[^>]*>(.*?)</tspan>(?=<tspan class="line"|$)', inner)]
    return float(left), float(width), lines, inner


def test_markup_in_a_name_goes_into_the_footer_as_entities_and_the_context_line_stays_as_typed():
    est = _estimate(MARKUP)
    context = meeting.context_for(est, TODAY)
    # the deck's and report's line keep the name as typed (each escapes it its own way)
    assert context.line.startswith("<b>x</b> 🚀 cheaper vendor · Customer service · 25.0 FTE")
    footer = next(a for a in meeting.export_figure(charts.cost_buildup_figure(est), context).layout.annotations
                  if a.name == "export_footer")
    assert footer.text.startswith("&lt;b&gt;x&lt;/b&gt; 🚀 cheaper vendor · Customer service · 25.0 FTE")
    assert "<b>" not in footer.text and footer.text.count("<br>") == 1  # two lines: the context and the sources


@chromium
def test_an_svg_footer_shows_markup_in_a_name_as_typed_not_in_bold():
    est = _estimate(MARKUP)
    svg = meeting.image_bytes(charts.cost_buildup_figure(est), meeting.context_for(est, TODAY), "svg").decode()
    _, _, lines, inner = _footer(svg)
    assert lines[0] == "<b>x</b> 🚀 cheaper vendor · Customer service · 25.0 FTE, 3,033 productive hours a month · " \
                       "5-year horizon · 2026-01-15"
    assert "font-weight" not in inner  # was <tspan style="font-weight:bold">x</tspan>
