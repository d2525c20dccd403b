"""The shared chart list and the export copy of a figure: context footer, placement, sizes, and
charts built from the estimate's own component lists (a new component appears without code changes)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import plotly.graph_objects as go
import pytest

from estimator import charts, meeting
from estimator.estimate import Component, Range, estimate
from estimator.uncertainty import simulate, tornado

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def worked():
    from estimator.scenario import Scenario, VendorPrice
    s = Scenario("Customer service", 10, name="Q3 review", bpo=VendorPrice("per_hour", 20, 30, source="Acme quote"))
    return s, estimate(s), simulate(s)


def test_export_figure_carries_its_context_and_leaves_the_screen_figure_alone(worked):
    s, est, _ = worked
    fig = charts.cost_buildup_figure(est)
    before = fig.to_json()
    ctx = meeting.context_for(est, TODAY)
    out = meeting.export_figure(fig, ctx)
    assert fig.to_json() == before
    footer = next(a for a in out.layout.annotations if a.name == "export_footer")
    for part in ("Q3 review", "Customer service", "10.0 FTE", "5-year horizon", "2026-11-25", "Sources: BPO: Acme quote"):
        assert part in footer.text, part
    assert footer.font.size < out.layout.legend.font.size  # sources in small type
    # the title is inset from the left edge; legend text readable on a slide (was 14 px)
    assert out.layout.title.x >= 0.03 and out.layout.title.xanchor == "left"
    assert out.layout.legend.font.size >= 18
    assert (out.layout.width, out.layout.height) == meeting.EXPORT_SIZE == (1600, 900)
    # the footer sits inside the image: its offset below the plot is less than the bottom margin
    plot_height = 900 - out.layout.margin.t - out.layout.margin.b
    assert 0 < -footer.y * plot_height < out.layout.margin.b
    assert footer.showarrow is False  # a footer, not a callout with an arrow
    # the chart itself is exported, every series of it; axis titles in slide-sized type
    assert [t.name for t in out.data] == [t.name for t in fig.data] and len(out.data) > 1
    assert out.layout.xaxis.title.font.size == out.layout.yaxis.title.font.size == 20


def test_a_scenario_named_after_its_function_is_named_once_in_the_footer():
    # the page names a new scenario after its function: the footer of every image, slide and report said it twice
    from estimator.scenario import Scenario
    est = estimate(Scenario("Customer service", 10, name="Customer service"))
    assert meeting.context_for(est, TODAY).line == ("Customer service · 10.0 FTE, 1,213 productive hours a month · "
                                                     "5-year horizon · 2026-11-25")
    named = estimate(Scenario("Customer service", 10, name="Q3 review"))
    assert meeting.context_for(named, TODAY).line.startswith("Q3 review · Customer service · 10.0 FTE")


def test_the_toolbar_has_no_camera_that_would_save_a_chart_without_its_title_and_legend():
    # A walk found the camera's PNG without the legend the page writes as text (and every page chart's title is
    # page text): the camera is off, and the page's download buttons save the whole export.
    assert meeting.TOOLBAR_CONFIG == {"displaylogo": False, "modeBarButtonsToRemove": ["toImage"]}


def test_chart_specs_state_findings_with_alt_text_and_native_data(worked):
    s, est, sim = worked
    specs = meeting.chart_specs(est, sim, tornado(s, "bpo"))
    assert [sp.key for sp in specs] == ["buildup", "cumulative", "waterfall", "distribution", "fan", "tornado"]
    assert [sp.name for sp in specs] == ["Cost build-up", "Cumulative cost", "Savings waterfall", "Uncertainty",
                                         "Fan chart", "What moves it"]
    # the waterfall's alt text reads every step in words, from in-house to the BPO's total (README: $4,801,481
    # and $2,811,321 over 5 years)
    assert "In-house: $4,801,481." in specs[2].alt and specs[2].alt.endswith(" BPO cost: $2,811,321.")
    # the fan: three lines (P10, P50, P90) for each drawn option, in the option's colour, titled in the currency
    fan = specs[4].native
    assert fan.value_title == "Cumulative cost, USD (P10 and P90 dashed)"
    assert fan.colours == (charts.OPTION_COLOURS["in_house"],) * 3 + (charts.OPTION_COLOURS["bpo"],) * 3
    # README, "The whole cost of outsourcing": BPO $2,811,321 against in-house $4,801,481 over 5 years
    assert specs[1].finding == "BPO saves $1,990,160 (41%) over 5 years and breaks even in month 10"
    assert all(sp.alt.startswith(sp.finding) or sp.key == "buildup" for sp in specs)
    assert all(sp.native is not None for sp in specs)
    buildup = specs[0].native
    assert buildup.categories == ("In-house", "BPO")  # the KPO has no price: not drawn as zero
    wages = dict(buildup.series)["Wages"]
    assert wages == pytest.approx((34_666.67, 0.0), abs=0.01)  # 10 × 41,600 / 12; the BPO has no wages
    # the waterfall as a stacked bar across, read top down (a bar chart's first category is at the bottom):
    # in-house on top, the BPO's total at the bottom, each of its parts a step (README's sums)
    native = specs[2].native
    waterfall = dict(native.series)
    assert native.kind == "stacked_barh" and native.hidden == "base"
    assert native.categories[-1] == "In-house" and waterfall["Total"][-1] == pytest.approx(4_801_481, abs=1)
    assert "− Wages" in native.categories and "+ Vendor fees" in native.categories  # direction in words
    assert native.categories[0] == "BPO cost" and waterfall["Total"][0] == pytest.approx(
        2_021_432 + 20_020 + 347_641 + 222_954 + 65_610 + 14_014 + 50_050 + 28_000 + 41_600, abs=3)
    severance = native.categories.index("+ Severance")
    assert waterfall["Cost that comes in"][severance] == pytest.approx(28_000, abs=0.5)  # 10 × 800 × 3.5 weeks
    # base + visible part of a step reaches the running total: in-house less its run rate, then the BPO's parts
    assert waterfall["base"][-2] + waterfall["Cost that goes away"][-2] == pytest.approx(4_801_481, abs=1)


def test_a_new_component_appears_in_every_chart_without_code_changes(worked):
    _, est, sim = worked
    severance = Component("severance", Range.cases(1_000.0, 2_000.0, 3_000.0))
    grown = dataclasses.replace(est, bpo=dataclasses.replace(est.bpo, components=(*est.bpo.components, severance)))
    buildup = meeting.chart_specs(grown, sim)[0]
    assert dict(buildup.native.series)["Severance"] == (0.0, 2_000.0)
    assert "severance $2,000" in buildup.alt


def test_series_differ_by_more_than_colour(worked):
    _, est, sim = worked
    fig = meeting.without_colour_alone(charts.cumulative_cost_figure(est))
    dashes = [t.line.dash for t in fig.data if t.mode == "lines"]
    assert len(set(dashes)) == len(dashes) == 2
    bars = [t for t in meeting.without_colour_alone(charts.cost_buildup_figure(est)).data if t.type == "bar"]
    shapes = [t.marker.pattern.shape for t in bars]
    assert len(set(shapes)) == len(shapes)
    # a bar kept out of the legend (a waterfall's invisible base) takes no pattern and counts for none:
    # the first bar in the legend stays plain, the second gets the first pattern
    hidden = go.Figure([go.Bar(y=[1], showlegend=False), go.Bar(y=[2]), go.Bar(y=[3])])
    assert [t.marker.pattern.shape for t in meeting.without_colour_alone(hidden).data] == [None, None, "/"]


def test_native_cumulative_and_tornado_charts_label_their_data(worked):
    s, est, sim = worked
    specs = {sp.key: sp.native for sp in meeting.chart_specs(est, sim, tornado(s, "bpo"))}
    cumulative = specs["cumulative"]
    # 5 years: months 1 to 60, one category per value of each series
    assert cumulative.categories[0] == "1" and cumulative.categories[-1] == "60" and len(cumulative.categories) == 60
    assert all(len(values) == 60 for _, values in cumulative.series)
    # the tornado's two series say which end of the input each bar is
    assert [name for name, _ in specs["tornado"].series] == ["Input at its low end", "Input at its high end"]


def test_a_file_name_from_nothing_but_punctuation_falls_back_to_scenario():
    assert meeting.file_stem("?!/ ") == "scenario"
    assert meeting.file_stem("Q3 review: BPO?") == "q3-review--bpo"


def test_summary_lines_name_every_option(worked):
    _, est, sim = worked
    lines = meeting.summary_lines(est, sim, tornado(est.scenario, "bpo"))
    # README: in-house 4,801,481 over 5 years, 74,318 a month; BPO saves 1,990,160, break-even month 10
    assert lines[0] == "In-house: $4,801,481 over 5 years; run rate $74,318 a month"
    assert "saves $1,990,160 against in-house" in lines[1] and "break-even month 10" in lines[1]
    assert lines[2] == "KPO: needs a vendor quote (no reference price)"
    assert lines[3].startswith("Run rate after go-live: BPO $38,747 a month")  # labelled as run rate
    assert lines[4].startswith("BPO is cheaper than in-house over 5 years in ")
    # 41% is above the surveyed 10-39%: the reality check says so and names what moves it
    assert lines[5].startswith("Reality check: Surveys of signed deals find 10%")
    assert "is above that band" in lines[5] and "What moves it most:" in lines[5]


def test_summary_lines_say_where_each_priced_option_is_delivered_from():
    from estimator.captive import CaptiveInputs
    from estimator.currency import ExchangeRate
    from estimator.scenario import Scenario, VendorPrice

    # a seed BPO price (no location stated), a KPO quote from nearshore, and the offshore captive
    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30),
                 kpo=VendorPrice("per_hour", 30, 40, option="kpo", location="nearshore"),
                 captive=CaptiveInputs(), exchange_rates=(ExchangeRate("USD", "INR", 84.0),))
    lines = meeting.summary_lines(estimate(s))
    by_option = {line.split(":")[0]: line for line in lines[:4]}
    assert "delivered" not in by_option["In-house"]
    assert by_option["BPO"].endswith("; delivered from: location not stated")
    assert by_option["KPO"].endswith("; delivered from: nearshore")
    assert by_option["Offshore captive"].endswith("; delivered from: offshore")


def _contrast(hex_colour: str, background: str = "#ffffff") -> float:
    """WCAG 2 contrast ratio (relative luminance of sRGB)."""
    def lum(h: str) -> float:
        rgb = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(hex_colour), lum(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_on_exports_meets_wcag_contrast(worked):
    _, est, _ = worked
    out = meeting.export_figure(charts.cost_buildup_figure(est), meeting.context_for(est, TODAY))
    footer = next(a for a in out.layout.annotations if a.name == "export_footer")
    # small type needs 4.5:1 (WCAG AA); white is 21:1 against black, #767676 is the lightest grey that passes
    assert _contrast(footer.font.color) >= 4.5
    assert _contrast(charts.FONT["color"]) >= 7
    assert _contrast("#767676") == pytest.approx(4.54, abs=0.01)  # the formula, checked on a known value


def test_a_slide_writes_money_ticks_compactly_and_axis_titles_at_tick_size(worked_example):
    # Issue 7: at 390 px the slide's "$5,000,000" ticks (20 px) left the plot so narrow that "Month of the contract",
    # centred under it, ran past the chart's edge. Every chart's money axis is compact ($5M) on the page and on its
    # slide (the build-up's "$1,000,000" also met its axis title); a share axis keeps its percent.
    est = estimate(worked_example)
    sim = simulate(worked_example)
    money_axes = {"buildup": charts.cost_buildup_figure(est).layout.yaxis,
                  "cumulative": charts.cumulative_cost_figure(est).layout.yaxis,
                  "fan": charts.fan_figure(sim, est).layout.yaxis}
    assert {k: (a.tickformat, a.tickprefix) for k, a in money_axes.items()} == dict.fromkeys(money_axes, ("$.3~s", None))
    # the waterfall's ticks are set, compact too (session 27: a phone turned plotly's own a quarter turn)
    assert list(charts.savings_waterfall_figure(est).layout.xaxis.ticktext)[:3] == ["$0", "$2M", "$4M"]
    cumulative = meeting.presentation_figure(charts.cumulative_cost_figure(est))
    assert cumulative.layout.yaxis.tickformat == "$.3~s"
    assert meeting.presentation_figure(charts.distribution_figure(sim, est)).layout.yaxis.tickformat == ".0%"
    # the axis titles at the ticks' 20 px, not the slide's 22
    assert (cumulative.layout.xaxis.title.font.size, cumulative.layout.yaxis.title.font.size) == (20, 20)
