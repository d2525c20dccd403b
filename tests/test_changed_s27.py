"""Session 27's mutation run (issue 7) over the lines of estimator/ changed since session 23's run (0d9cb79..b70e58c):
plain unit tests (no AppTest, so mutation runs keep them) for the survivors. The deck's chart slides were checked for
what they hold, not where: the chart, picture or no-Chromium line in the body, the footer under it, each one's size
and type; a chart drawn as an image only through a real Kaleido Chromium, whose arguments no test read; the money of
a price (``formatting.price_money``) only through its doctest, which mutation runs leave out. Every expected value is
worked by hand in its comment. No Chromium is started here: ``images.draw`` is replaced by a recorder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import struct
import zlib

import plotly.graph_objects as go
import pytest
from pptx import Presentation
from pptx.util import Pt

from estimator import charts, images, meeting
from estimator.currency import ExchangeRate
from estimator.deck import build_deck
from estimator.estimate import estimate
from estimator.formatting import price_money
from estimator.price_words import price_words
from estimator.scenario import InputError, InputRange, Scenario, Uncertainty, VendorPrice, scenario_from_dict
from estimator.uncertainty import simulate

TODAY = dt.date(2026, 1, 15)
SMALL = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                 uncertainty=Uncertainty(draws=100, seed=1))

# The deck's geometry, by hand from estimator/deck.py's inches (914,400 EMU an inch):
# margin 0.6 in = 548,640; the slide 13.333 in = int(13.333 × 914,400) = int(12,191,695.2) = 12,191,695 wide and
# 7.5 in = 6,858,000 high; the body 12,191,695 − 2 × 548,640 = 11,094,415 wide;
# a chart's top 1.35 in = 1,234,440 and its height 6,858,000 − 1,234,440 − 0.75 in (685,800) = 4,937,760;
# the footer 0.6 in above the foot, 6,858,000 − 548,640 = 6,309,360, and 0.4 in = 365,760 high.
MARGIN, BODY_WIDTH = 548_640, 11_094_415
CHART_TOP, CHART_HEIGHT = 1_234_440, 4_937_760
FOOTER_TOP, FOOTER_HEIGHT = 6_309_360, 365_760
MUTED = "52606D"  # deck.MUTED, RGB 0x52 0x60 0x6D


def _png(width: int, height: int) -> bytes:
    """A white RGB PNG of ``width`` × ``height`` pixels, written by hand (signature, IHDR, IDAT, IEND)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff" * (3 * width) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.fixture
def drawn(monkeypatch):
    """``images.draw`` replaced by a recorder of its arguments that returns a 100 × 100 PNG, and Chromium found."""
    calls: list[tuple] = []

    def draw(fig, fmt, width, height, scale):
        calls.append((fig, fmt, width, height, scale))
        return _png(100, 100)

    monkeypatch.setattr(images, "draw", draw)
    monkeypatch.setattr(charts, "chromium_path", lambda: "/usr/bin/chromium")
    return calls


@pytest.fixture(scope="module")
def small():
    est = estimate(SMALL)
    return est, simulate(SMALL)


def _box(shape) -> tuple[int, int, int, int]:
    return shape.left, shape.top, shape.width, shape.height


def _descr(shape) -> str | None:
    return shape._element.xpath("./*[1]/p:cNvPr")[0].get("descr")


def _font(shape) -> tuple:
    p = shape.text_frame.paragraphs[0]
    return p.font.size, str(p.font.color.rgb)


# --- the deck's chart slides -----------------------------------------------------------------------------------------


def test_a_native_chart_fills_the_body_with_its_name_and_context_in_the_footer(small):
    est, sim = small
    specs = meeting.chart_specs(est, sim)
    context = meeting.context_for(est, TODAY)
    prs = Presentation(io.BytesIO(build_deck(est, sim, specs, TODAY)))
    slides = list(prs.slides)
    # title slide, summary, one slide per chart, then the sources
    for spec, slide in zip(specs, slides[2:2 + len(specs)], strict=True):
        title, chart, footer = slide.shapes  # three shapes, in this order
        assert title.text_frame.text == spec.finding
        assert chart.has_chart and _box(chart) == (MARGIN, CHART_TOP, BODY_WIDTH, CHART_HEIGHT), spec.key
        # the alt text is the chart's, not the title's nor the footer's
        assert (_descr(title), _descr(chart), _descr(footer)) == (None, spec.alt, None)
        assert _box(footer) == (MARGIN, FOOTER_TOP, BODY_WIDTH, FOOTER_HEIGHT)
        assert footer.text_frame.text == f"{spec.name} · {context.line}"
        assert _font(footer) == (Pt(11), MUTED)  # 11 pt = 139,700 EMU, muted grey
        notes = slide.notes_slide.notes_text_frame.text
        assert notes == "\n".join([spec.alt, "", "Sources:", *context.sources])


def test_without_chromium_a_chart_with_no_native_form_is_one_muted_line_in_the_body(small, monkeypatch):
    est, sim = small
    monkeypatch.setattr(charts, "chromium_path", lambda: None)
    specs = [dataclasses.replace(spec, native=None) for spec in meeting.chart_specs(est, sim)[:2]]
    prs = Presentation(io.BytesIO(build_deck(est, sim, specs, TODAY)))
    for spec, slide in zip(specs, list(prs.slides)[2:4], strict=True):
        title, line, footer = slide.shapes
        assert not any(sh.shape_type == 13 for sh in slide.shapes)  # no picture
        # the body's top and width, 1 in = 914,400 high; 18 pt = 228,600 EMU
        assert _box(line) == (MARGIN, CHART_TOP, BODY_WIDTH, 914_400)
        assert line.text_frame.text == charts.NO_CHROMIUM
        assert _font(line) == (Pt(18), MUTED)
        assert _descr(line) == spec.alt and _descr(title) is None
        assert footer.text_frame.text.startswith(f"{spec.name} · ")


def test_a_chart_with_no_native_form_is_its_export_figure_drawn_as_a_slide_sized_image(small, drawn):
    est, sim = small
    specs = [dataclasses.replace(spec, native=None) for spec in meeting.chart_specs(est, sim)[:2]]
    context = meeting.context_for(est, TODAY)
    prs = Presentation(io.BytesIO(build_deck(est, sim, specs, TODAY)))
    # one image per chart: PNG, 1600 × 900 pixels (charts.SLIDE_SIZE) at scale 1 (the slide is not zoomed)
    assert [call[1:] for call in drawn] == [("png", 1600, 900, 1)] * 2
    for spec, (fig, *_), slide in zip(specs, drawn, list(prs.slides)[2:4], strict=True):
        # the figure drawn is the export copy: slide-sized, with the context line in its footer annotation
        assert (fig.layout.width, fig.layout.height) == (1600, 900)
        assert fig.layout.title.text == spec.figure.layout.title.text
        footer = [a for a in fig.layout.annotations if a.name == "export_footer"]
        assert len(footer) == 1 and footer[0].text.startswith(context.line)
        title, picture, _ = slide.shapes
        assert picture.shape_type == 13 and _descr(picture) == spec.alt
        # a square image 11,094,415 wide would be as high; it is cut to the chart's height, 4,937,760
        assert _box(picture) == (MARGIN, CHART_TOP, BODY_WIDTH, CHART_HEIGHT)


def test_a_wide_image_keeps_its_shape_under_the_charts_height(small, monkeypatch):
    est, sim = small
    monkeypatch.setattr(images, "draw", lambda *args: _png(400, 100))
    monkeypatch.setattr(charts, "chromium_path", lambda: "/usr/bin/chromium")
    specs = [dataclasses.replace(meeting.chart_specs(est, sim)[0], native=None)]
    picture = list(Presentation(io.BytesIO(build_deck(est, sim, specs, TODAY))).slides)[2].shapes[1]
    # 4:1, so a quarter of the body's width: 11,094,415 / 4 = 2,773,603.75, under 4,937,760, kept (to the EMU)
    assert picture.width == BODY_WIDTH and abs(picture.height - 2_773_604) <= 1


# --- a chart's image download ----------------------------------------------------------------------------------------


def test_an_image_download_is_the_export_figure_at_twice_the_pixels_or_an_svg_at_once(small, drawn):
    est, sim = small
    spec = meeting.chart_specs(est, sim)[0]
    context = meeting.context_for(est, TODAY)
    assert meeting.image_bytes(spec.figure, context) == _png(100, 100)  # "png" by default
    meeting.image_bytes(spec.figure, context, "svg", title="Build-up")
    # 1600 × 900 (charts.SLIDE_SIZE), a PNG at scale 2 (3200 × 1800 pixels), an SVG at 1
    assert [call[1:] for call in drawn] == [("png", 1600, 900, 2), ("svg", 1600, 900, 1)]
    for fig, *_ in drawn:
        assert (fig.layout.width, fig.layout.height) == (1600, 900)
        footer = [a for a in fig.layout.annotations if a.name == "export_footer"]
        assert len(footer) == 1 and footer[0].text.startswith(context.line)
    assert drawn[1][0].layout.title.text == "Build-up"  # the title put back
    assert drawn[0][0].layout.title.text == spec.figure.layout.title.text


# --- the money of a price --------------------------------------------------------------------------------------------


def test_a_price_has_cents_only_where_it_has_them():
    # whole: "$20.00" without ".00"; 22.555 to the cent is 22.56 (Babel rounds the decimal 22.555 half to even, the
    # last 5 up to 6); 30.5 keeps its two places; dollars by default, rupees with their symbol and grouping (1,500)
    assert price_money(20) == "$20"
    assert price_money(22.555) == "$22.56"
    assert price_money(30.5) == "$30.50"
    assert price_money(1500, "INR") == "₹1,500"
    assert price_money(8, "CHF") == "CHF\u00a08"  # a code set apart by a no-break space (code_spaced)
    assert price_money(0.00) == "$0"


def test_a_price_in_its_own_currency_is_worded_in_it():
    # a rupee price per paid hour in a dollar report: its own currency, whole rupees
    assert price_words(VendorPrice("per_hour", 800, 1200, billed="paid_hour", currency="INR"), "USD").startswith(
        "₹800–₹1,200 ")
    # no currency of its own: the report's (euros), then the dollar by default
    assert price_words(VendorPrice("per_hour", 20, 30.5), "EUR").startswith("€20–€30.50 ")
    assert price_words(VendorPrice("per_hour", 20, 30)).startswith("$20–$30 ")


def test_a_go_figure_is_unchanged_by_the_download(small, drawn):
    # the page's figure keeps its own size: the export copy is what is drawn
    est, sim = small
    fig = go.Figure(go.Bar(y=[1, 2]))
    meeting.image_bytes(fig, meeting.context_for(est, TODAY), title="T")
    assert fig.layout.width is None and fig.layout.title.text is None


# --- a scenario file ------------------------------------------------------------------------------------------------


def test_a_files_kpo_quote_is_the_scenarios_kpo(book):
    # the KPO's quote as the file gives it, $35-$60 per productive hour (units default to 1 for a price per hour)
    s = scenario_from_dict({"function": "Customer service", "workload": {"fte": 2},
                            "kpo": {"basis": "per_hour", "low": 35, "high": 60}}, book)
    assert (s.kpo.basis, s.kpo.low, s.kpo.high, s.kpo.units, s.kpo.option) == ("per_hour", 35.0, 60.0, 1.0, "kpo")


def test_ranges_given_as_a_generator_are_all_kept():
    # a rupee scenario with its dollar rate (80 rupees a dollar) and a salary range of 2,000,000-4,000,000 rupees given
    # as a generator, which Scenario reads as any iterable of ranges: the range is kept and sets the salary to its
    # midpoint, (2,000,000 + 4,000,000) / 2 = 3,000,000 (the dollar defaults' check must not spend the generator)
    salary = InputRange("annual_salary", 2_000_000.0, 4_000_000.0)
    s = Scenario("Customer service", 10, currency="INR", exchange_rates=(ExchangeRate("INR", "USD", 0.0125),),
                 ranges=(r for r in [salary]))
    assert s.ranges == (salary,)
    assert s.in_house.annual_salary == 3_000_000
    # in dollars, a shrinkage range of 30%-50% as a generator: kept, the shrinkage its midpoint (0.3 + 0.5) / 2 = 0.4
    # (not the default 0.3 of a range lost)
    shrinkage = InputRange("shrinkage", 0.3, 0.5)
    s = Scenario("Customer service", 10, ranges=(r for r in [shrinkage]))
    assert s.ranges == (shrinkage,) and s.in_house.shrinkage == pytest.approx(0.4)
    # without the dollar rate, the refusal names the four dollar defaults left, not the salary its range sets (as for
    # a tuple or a set: tests/test_changed_s21.py)
    with pytest.raises(InputError) as caught:
        Scenario("Customer service", 10, currency="INR", ranges=(r for r in [salary]))
    assert ": in_house.supervisor_salary, in_house.overhead_per_fte_month, in_house.cost_per_hire and " \
           "vendor_management.governance_salary are not given" in caught.value.reason
