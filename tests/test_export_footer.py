"""The footer of an exported chart image (Estimate page's "Download chart" PNG and SVG, the Present page's PNG, a
deck's chart drawn as a picture) with the names a user can type: markup shown as typed, not read by plotly, and a
name of the field's 200 characters wrapped so the horizon and date stay on the image.

Found on a walk: "<b>x</b> 🚀 cheaper vendor" gave a footer with the tags gone and "x" in bold, and a 200-character
name ran the footer's first line off the right edge at "… · 25.0 FTE, 3,033 productive h".
"""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from estimator import charts, meeting, text_width
from estimator.estimate import estimate
from estimator.scenario import Scenario, VendorPrice
from estimator.uncertainty import simulate

TODAY = dt.date(2026, 1, 15)
MARKUP = "<b>x</b> 🚀 cheaper vendor"
# the field's maximum, 200 characters, in words
LONG = ("Northwind offshore pilot for the second-line billing queue, with the Manila vendor's night shift and "
        "the Lisbon team's weekend cover, reviewed by finance and operations before the board meets in March")
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


def test_the_long_name_is_the_fields_maximum():
    assert len(LONG) == 200


def test_markup_in_a_name_goes_into_the_footer_as_entities_and_the_context_line_stays_as_typed():
    est = _estimate(MARKUP)
    context = meeting.context_for(est, TODAY)
    # the deck's and report's line keep the name as typed (each escapes it its own way)
    assert context.line.startswith("<b>x</b> 🚀 cheaper vendor · Customer service · 25.0 FTE")
    footer = next(a for a in meeting.export_figure(charts.cost_buildup_figure(est), context).layout.annotations
                  if a.name == "export_footer")
    assert footer.text.startswith("&lt;b&gt;x&lt;/b&gt; 🚀 cheaper vendor · Customer service · 25.0 FTE")
    assert "<b>" not in footer.text and footer.text.count("<br>") == 1  # two lines: the context and the sources


def test_a_200_character_name_wraps_the_context_into_two_lines_that_fit_the_footer_width():
    lines = meeting.footer_lines(meeting.context_for(_estimate(LONG), TODAY))
    # by hand, in Arial's advances at 13 px: the name is 1,154 px, " · Customer" 67 px more (1,221 px), and " service"
    # 45 px past the 1,250 px; the rest of the line goes to the second line, the sources to the third
    assert lines[0] == f"{LONG} · Customer"
    assert lines[1] == "service · 25.0 FTE, 3,033 productive hours a month · 5-year horizon · 2026-01-15"
    assert lines[2].startswith("Sources: BPO: Acme quote; ") and len(lines) == 3
    for line in lines:
        assert text_width.em_width(line) * meeting.FOOTER_FONT_SIZE <= meeting.FOOTER_WIDTH_PX, line


def test_a_name_two_lines_cannot_hold_is_cut_with_an_ellipsis_at_a_word_boundary():
    # 200 characters of emoji and CJK words (1.3 em each): about 2,900 px of name alone, more than two lines hold
    name = " ".join(["北京试点计划🚀"] * 25)[:200]
    lines = meeting.footer_lines(meeting.context_for(_estimate(name), TODAY))
    assert len(lines) == 3 and lines[1].endswith("· 5-year horizon · 2026-01-15")
    shown = " ".join(lines[:2]).split("… · Customer service")[0]
    assert name.startswith(shown) and name[len(shown)] == " "  # cut where a word ends
    assert all(text_width.em_width(line) * meeting.FOOTER_FONT_SIZE <= meeting.FOOTER_WIDTH_PX for line in lines)
    # one word of 200 characters: cut between its characters
    lines = meeting.footer_lines(meeting.context_for(_estimate("W" * 200), TODAY))
    assert lines[0].startswith("WWW") and "W… · Customer service" in " ".join(lines[:2])


@chromium
def test_an_svg_footer_shows_markup_in_a_name_as_typed_not_in_bold():
    est = _estimate(MARKUP)
    svg = meeting.image_bytes(charts.cost_buildup_figure(est), meeting.context_for(est, TODAY), "svg").decode()
    _, _, lines, inner = _footer(svg)
    assert lines[0] == "<b>x</b> 🚀 cheaper vendor · Customer service · 25.0 FTE, 3,033 productive hours a month · " \
                       "5-year horizon · 2026-01-15"
    assert "font-weight" not in inner  # was <tspan style="font-weight:bold">x</tspan>


@chromium
@pytest.mark.parametrize("key", ["buildup", "waterfall"])  # the waterfall's step names push the footer furthest right
def test_every_footer_line_of_a_200_character_name_is_on_the_image(key):
    est = _estimate(LONG)
    spec = next(s for s in meeting.chart_specs(est, simulate(est.scenario)) if s.key == key)
    svg = meeting.image_bytes(spec.figure, meeting.context_for(est, TODAY), "svg", spec.finding).decode()
    left, width, lines, _ = _footer(svg)
    # plotly sizes the box round the footer's widest line as the browser measured it: 1,630 px wide before, from
    # x = 90 on a 1,600 px image
    assert width <= meeting.FOOTER_WIDTH_PX + 10 and left + width <= meeting.EXPORT_SIZE[0], (left, width)
    assert lines[1].endswith("5-year horizon · 2026-01-15") and lines[0].startswith(LONG[:40])
