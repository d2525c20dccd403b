"""A 16:9 PowerPoint deck of an estimate: results in, bytes out (python-pptx).

Slides: title (scenario, date), summary (figures, savings, the verdict, the reality check), one
slide per chart with its sources in the speaker notes, and the sources, on as many slides as hold them.
Charts are native PowerPoint charts, editable in PowerPoint, wherever
python-pptx has the type (stacked bar, bar, line, XY lines); a chart without
native data is placed as a PNG drawn by Kaleido, whose Chromium is started
once per deck and only when such a chart exists.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Sequence

from pptx import Presentation
from pptx.chart.data import CategoryChartData, XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.oxml.ns import qn
from pptx.text.text import TextFrame
from pptx.util import Inches, Pt

from . import charts, images, text_width
from .estimate import Estimate
from .formatting import not_formula
from .meeting import (
    ChartSpec,
    ExportContext,
    NativeChart,
    context_for,
    export_figure,
    range_notes,
    shortened,
    source_lines,
    summary_lines,
    verdict,
)
from .uncertainty import Simulation, Tornado
from .verdict import question

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
_TYPES = {
    "stacked_bar": XL_CHART_TYPE.COLUMN_STACKED,
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "barh": XL_CHART_TYPE.BAR_CLUSTERED,
    "stacked_barh": XL_CHART_TYPE.BAR_STACKED,
    "line": XL_CHART_TYPE.LINE,
    "xy": XL_CHART_TYPE.XY_SCATTER_LINES_NO_MARKERS,
}
INK = RGBColor(0x1F, 0x29, 0x33)
MUTED = RGBColor(0x52, 0x60, 0x6D)
PALETTE = tuple(RGBColor.from_string(c[1:]) for c in charts.OKABE_ITO)
# Series colours where a chart gives none, by series order, skipping yellow (too light on white for
# lines and small bars).
_SERIES_ORDER = (4, 0, 2, 5, 1, 6, 7)


FOOT_SIZE = 11  # pt: a chart slide's foot, two lines of which its 0.4 in box holds


def slide_foot(chart: str, context: ExportContext, width_emu: int) -> str:
    """A chart slide's foot, "Cost build-up · Plan A · Customer service · ...", in two lines at most of a box
    ``width_emu`` wide: the scenario's name shortened with "…" at a word where it would take more (a 200-character
    name of wide characters, emoji or CJK, ran past the slide's foot; session 27), as the images' footer does
    (:func:`estimator.meeting.footer_lines`). Widths in Arial-like type (:mod:`estimator.text_width`), which is
    wider than the deck's Calibri.

    >>> ctx = ExportContext("Plan A", "Customer service", "10.0 FTE", "5-year horizon", "2026-11-26", ())
    >>> slide_foot("Cost build-up", ctx, Inches(12.3))
    'Cost build-up · Plan A · Customer service · 10.0 FTE · 5-year horizon · 2026-11-26'
    """
    named = dataclasses.replace(context, scenario=f"{chart} · {context.scenario}")
    return shortened(named, width_emu / Pt(FOOT_SIZE)).line


def _text(slide, left, top, width, height, lines: Sequence[str], size: int, bold_first: bool = False,
          colour: RGBColor = INK) -> TextFrame:
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.text = not_formula(line)  # a name that starts with "=" must not run when pasted into a sheet
        p.font.size = Pt(size)
        p.font.color.rgb = colour
        p.font.bold = bold_first and i == 0
        p.space_after = Pt(size * 0.4)
    return frame


# The sources in 11 pt across the 12.1 in body: about 150 characters a row (135 kept, for wide letters), rows of
# 13.2 pt and 4.4 pt after each source, in the 5.9 in (425 pt) under the title; 410 pt kept. All ~40 sources on one
# slide ran some 4 in past its foot: PowerPoint and Impress draw a text box's overflow off the slide.
SOURCE_SIZE = 11
SOURCE_ROW_CHARS = 135
SOURCE_ROOM_PT = 410.0


def source_pages(lines: Sequence[str]) -> list[list[str]]:
    """The sources split over as few slides as hold them, in order, each source whole on one slide.

    >>> [len(page) for page in source_pages(["x" * 10] * 30)]  # 30 × 17.6 pt = 528 pt: 23 (404.8 pt) and 7
    [23, 7]
    """
    pages: list[list[str]] = [[]]
    used = 0.0
    for line in lines:
        height = -(-len(line) // SOURCE_ROW_CHARS) * SOURCE_SIZE * 1.2 + SOURCE_SIZE * 0.4
        if pages[-1] and used + height > SOURCE_ROOM_PT:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += height
    return pages


# The title slide's name: 44 pt in a box 2.4 in down and 1.4 in tall, over the subtitle at 3.8 in. A name of the field's
# 200 characters wrapped to five lines at 44 pt (about 3.7 in) and covered the subtitle. A long name gets the largest
# size, in 2 pt steps, whose wrapped lines fit the box: widths from estimator.text_width's Arial advances (bold),
# wider than PowerPoint's default Calibri (and Impress's Carlito), so a size that fits here fits there; a line is
# 1.22 of its size (Calibri's ascent, descent and line gap). Not python-pptx's fit_text: it measures with a TrueType
# file it must be given, and the server has no Calibri (nor, on every machine, any font file it could name). The
# box is also set to shrink its text on overflow (PowerPoint recomputes that when the text is edited; it does not
# rescale on opening), for a name still longer than the smallest size holds.
NAME_TOP, NAME_HEIGHT, NAME_SIZE, NAME_MIN_SIZE = Inches(2.4), Inches(1.4), 44, 12
LINE_HEIGHT = 1.22
_INSET_X, _INSET_Y = Inches(0.1), Inches(0.05)  # a text box's own margins (python-pptx's and PowerPoint's default)


def name_size(text: str, width: int, height: int = NAME_HEIGHT) -> int:
    """The largest font size (pt, 44 down to 12 in steps of 2) at which ``text`` in bold, wrapped at spaces, fits a
    text box of ``width`` x ``height`` (EMU) inside its margins; 12 when none does.

    By hand for 20 × "Northwind " (a bold word 4.944 em, a space 0.278 em) across the title slide's 859.2 pt: at 24 pt
    a line holds 35.8 em, six words, so four lines, 117 pt, over the box's 93.6 pt; at 22 pt 39.05 em, seven words
    (36.28 em), three lines, 80.5 pt.

    >>> name_size("Q3 review", WIDTH - Inches(1.2)), name_size("Northwind " * 20, WIDTH - Inches(1.2))
    (44, 22)
    """
    room_w = (width - 2 * _INSET_X) / Pt(1)
    room_h = (height - 2 * _INSET_Y) / Pt(1)
    for size in range(NAME_SIZE, NAME_MIN_SIZE - 1, -2):
        # a line break in a name from a file is a line of its own (python-pptx writes it as one)
        lines = sum(len(text_width.wrap(part, room_w / size, bold=True)) for part in text.splitlines() or [""])
        if lines * size * LINE_HEIGHT <= room_h:
            return size
    return NAME_MIN_SIZE


def _title(slide, text: str) -> None:
    _text(slide, Inches(0.6), Inches(0.35), WIDTH - Inches(1.2), Inches(1.0), [text], 28, bold_first=True)


def _colour(native: NativeChart, index: int) -> RGBColor:
    if index < len(native.colours):
        return RGBColor.from_string(native.colours[index].lstrip("#").upper())
    return PALETTE[_SERIES_ORDER[index % len(_SERIES_ORDER)]]


def _label_every(axis, n: int) -> None:
    # python-pptx has no API for c:tickLblSkip; it goes before c:noMultiLvlLbl in the category axis.
    skip = axis._element.makeelement(qn("c:tickLblSkip"), {"val": str(n)})
    after = axis._element.find(qn("c:noMultiLvlLbl"))
    if after is not None:
        after.addprevious(skip)
    else:
        axis._element.append(skip)


def _native_chart(slide, native: NativeChart, left, top, width, height) -> None:
    if native.kind == "xy":
        data = XyChartData()
        for name, points in native.series:
            s = data.add_series(name)
            for x, y in points:
                s.add_data_point(x, y)
    else:
        data = CategoryChartData(number_format=native.number_format)
        data.categories = native.categories
        for name, values in native.series:
            data.add_series(name, values)
    chart = slide.shapes.add_chart(_TYPES[native.kind], left, top, width, height, data).chart
    chart.font.size = Pt(14)
    chart.font.color.rgb = INK
    # A waterfall's steps say "−" or "+" in their names: no legend (its hidden base has no key to show).
    chart.has_legend = len(native.series) > 1 and native.hidden is None
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(14)
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.tick_labels.number_format = native.number_format if native.kind != "xy" else '"$"#,##0'
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.has_title = True
    value_axis.axis_title.text_frame.text = native.value_title if native.kind != "xy" else native.category_title
    if native.kind == "xy":
        # In an XY chart the category axis is the numeric x (cost) and the value axis the share of draws.
        chart.category_axis.tick_labels.number_format = '"$"#,##0' if "USD" in native.category_title else "#,##0"
        chart.category_axis.tick_labels.number_format_is_linked = False
        value_axis.tick_labels.number_format = native.number_format
        value_axis.axis_title.text_frame.text = native.value_title
        chart.category_axis.has_title = True
        chart.category_axis.axis_title.text_frame.text = native.category_title
    elif native.category_title:
        chart.category_axis.has_title = True
        chart.category_axis.axis_title.text_frame.text = native.category_title
    plot = chart.plots[0]
    if native.kind in ("stacked_bar", "bar", "barh", "stacked_barh"):
        plot.gap_width = 60
        if native.kind == "barh":
            plot.overlap = 100  # low and high swings share a row, as on screen
    if native.kind in ("barh", "stacked_barh"):
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # names left of the bars
        # Every bar named: left to the renderer, the waterfall's 16 names at 14 pt showed every other one (LibreOffice
        # dropped "In-house", "Vendor fees", "Governance"...; so did the tornado's), leaving its largest bars unnamed.
        # 12 pt fits 16 rows in the chart's height.
        chart.category_axis.tick_labels.font.size = Pt(12 if len(native.categories) > 10 else 14)
        _label_every(chart.category_axis, 1)
    elif native.label_every > 1:
        _label_every(chart.category_axis, native.label_every)
    for i, series in enumerate(plot.series):
        name = native.series[i][0]
        if native.kind in ("line", "xy"):
            series.format.line.color.rgb = _colour(native, i)
            series.format.line.width = Pt(2.5)
            if i < len(native.dashed) and native.dashed[i]:
                series.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            series.smooth = False
        elif name == native.hidden:
            series.format.fill.background()
            series.format.line.fill.background()
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = _colour(native, i)


def _image(slide, spec: ChartSpec, context: ExportContext, left, top, width, height) -> None:
    from .meeting import EXPORT_SIZE

    png = images.draw(export_figure(spec.figure, context), "png", EXPORT_SIZE[0], EXPORT_SIZE[1], 1)
    picture = slide.shapes.add_picture(io.BytesIO(png), left, top, width=width)
    picture.height = min(picture.height, height)


def _notes(slide, lines: Sequence[str]) -> None:
    slide.notes_slide.notes_text_frame.text = "\n".join(map(not_formula, lines))


def _alt_text(shape, text: str) -> None:
    # python-pptx has no alt-text property: set the shape's description (what PowerPoint shows as alt text).
    shape._element.xpath("./*[1]/p:cNvPr")[0].set("descr", text)


def build_deck(est: Estimate, sim: Simulation, specs: Sequence[ChartSpec], today: dt.date | None = None,
               swing: Tornado | None = None) -> bytes:
    """The deck as .pptx bytes. ``specs`` come from :func:`estimator.meeting.chart_specs`; ``swing`` names
    what drives a gap in the summary's reality check.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> from estimator.uncertainty import simulate
    >>> from estimator.meeting import chart_specs
    >>> s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    >>> e, sim = estimate(s), simulate(s)
    >>> build_deck(e, sim, chart_specs(e, sim))[:2]
    b'PK'
    """
    today = today or dt.date.today()
    context = context_for(est, today)
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    blank = prs.slide_layouts[6]
    s = est.scenario
    margin = Inches(0.6)
    body_width = WIDTH - 2 * margin

    slide = prs.slides.add_slide(blank)
    # A scenario named after its function is said once: the question is the title ("IT and software operations"
    # above "IT and software operations: in-house, BPO or KPO?" read twice on the walk)
    named = s.name != s.function
    name = s.name if named else question(s)
    frame = _text(slide, margin, NAME_TOP, body_width, NAME_HEIGHT, [name], name_size(not_formula(name), body_width),
                  bold_first=True)
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    _text(slide, margin, Inches(3.8), body_width, Inches(1.6),
          ([question(s)] if named else []) + [f"{context.workload} · {context.horizon} · {today.isoformat()}"],
          22, colour=MUTED)

    slide = prs.slides.add_slide(blank)
    _title(slide, verdict(est))
    lines = summary_lines(est, sim, swing)
    _text(slide, margin, Inches(1.5), body_width, Inches(5.6), lines, 18 if sum(map(len, lines)) < 900 else 15)
    _notes(slide, [*range_notes(est, sim), *context.sources])

    chart_top = Inches(1.35)
    chart_height = HEIGHT - chart_top - Inches(0.75)
    # Without Chromium a chart with no native form is a line of text on its slide; the rest of the deck is whole.
    drawable = charts.chromium_path() is not None
    for spec in specs:
        slide = prs.slides.add_slide(blank)
        _title(slide, spec.finding)
        if spec.native is not None:
            _native_chart(slide, spec.native, margin, chart_top, body_width, chart_height)
        elif drawable:
            _image(slide, spec, context, margin, chart_top, body_width, chart_height)
        else:
            _text(slide, margin, chart_top, body_width, Inches(1.0), [charts.NO_CHROMIUM], 18, colour=MUTED)
        _alt_text(slide.shapes[-1], spec.alt)
        # the chart's name first: charts of one finding share their title (build-up and cumulative cost both
        # "BPO saves ... breaks even in month 9"; uncertainty and fan chart the chance), and slides 3 and 4 read
        # alike until the chart was looked at (session 23's walk)
        _text(slide, margin, HEIGHT - Inches(0.6), body_width, Inches(0.4), [slide_foot(spec.name, context, body_width)],
              FOOT_SIZE, colour=MUTED)
        _notes(slide, [spec.alt, "", "Sources:", *context.sources])

    pages = source_pages(source_lines(est))
    for n, page in enumerate(pages, start=1):
        slide = prs.slides.add_slide(blank)
        _title(slide, "Sources" if len(pages) == 1 else f"Sources ({n} of {len(pages)})")
        _text(slide, margin, Inches(1.3), body_width, HEIGHT - Inches(1.6), page, SOURCE_SIZE)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
