"""Figures are inspected through fig.data, not pixels."""

from __future__ import annotations

import pytest
from typed_pay import typed

from estimator.charts import OKABE_ITO, cost_buildup_figure, describe_buildup
from estimator.estimate import estimate


def test_buildup_stacks_components_at_the_midpoint(worked_example):
    fig = cost_buildup_figure(estimate(worked_example))
    bars = {t.name: t for t in fig.data if t.type == "bar"}
    assert list(bars["Wages"].x) == ["In-house"]
    assert bars["Wages"].y[0] == pytest.approx(34_666.67, abs=0.01)
    assert list(bars["Vendor fees"].x) == ["BPO"]
    assert bars["Vendor fees"].y[0] == pytest.approx(30_333.33, abs=0.01)
    assert fig.layout.barmode == "stack"


def test_total_range_is_drawn_as_error_bars(worked_example):
    fig = cost_buildup_figure(estimate(worked_example))
    (total,) = [t for t in fig.data if t.type == "scatter"]
    assert list(total.x) == ["In-house", "BPO"]
    # BPO 31,698.33 with range 25,358.67-38,038.00
    assert total.error_y.array[1] == pytest.approx(38_038.0 - 31_698.33, abs=0.01)
    assert total.error_y.arrayminus[1] == pytest.approx(31_698.33 - 25_358.67, abs=0.01)


def test_title_states_the_finding_and_unpriced_option_is_labelled(worked_example):
    fig = cost_buildup_figure(estimate(worked_example))
    # the title is the verdict over the horizon (README: saving 2,499,371 of in-house 4,801,481 = 52%)
    assert fig.layout.title.text == "BPO saves $2,499,371 (52%) over 5 years and breaks even in month 7"
    assert [a.text for a in fig.layout.annotations] == ["<b>$74,318</b>", "<b>$31,698</b>", "Needs a<br>vendor quote"]
    assert all(t.marker.color in OKABE_ITO for t in fig.data)


def test_alt_text_reads_every_bar(worked_example):
    text = describe_buildup(estimate(worked_example))
    assert "In-house: $74,318 a month" in text
    assert "BPO: $31,698 a month (range $25,359–$38,038)" in text
    assert "KPO: no reference price; needs a vendor quote." in text


def test_cumulative_chart_marks_break_even(worked_example):
    from estimator.charts import cumulative_cost_figure
    fig = cumulative_cost_figure(estimate(worked_example))
    assert fig.layout.title.text == "BPO saves $2,499,371 (52%) over 5 years and breaks even in month 7"
    assert fig.layout.shapes[0].x0 == 7
    lines = [t for t in fig.data if t.mode == "lines"]
    assert [t.name for t in lines] == ["In-house", "BPO"]
    # month 60 of the in-house line: the 5-year total worked by hand in the README
    assert lines[0].y[-1] == pytest.approx(4_801_480.88, abs=0.01)


def test_waterfall_walks_from_in_house_to_bpo(worked_example):
    from estimator.charts import savings_waterfall_figure
    fig = savings_waterfall_figure(estimate(worked_example))
    (w,) = fig.data
    steps = dict(zip(w.y, w.x, strict=True))  # horizontal: a row per step
    assert steps["In-house"] == pytest.approx(4_801_480.88, abs=0.01)
    # the in-house components take it to zero, the vendor's costs build the BPO total
    assert sum(v for k, v in steps.items() if k.startswith("−")) == pytest.approx(-4_801_480.88, abs=0.01)
    assert steps["+ In-house until go-live"] == pytest.approx(3 * 74_317.88, abs=0.01)
    # selection 3.5% and transition 12.5% of 12 × 30,333.33
    assert steps["+ Selection"] == pytest.approx(12_740.0)
    assert steps["+ Transition"] == pytest.approx(45_500.0)
    assert steps["BPO cost"] == pytest.approx(2_302_109.50, abs=0.01)
    assert list(w.measure)[0] == "absolute" and list(w.measure)[-1] == "total"


def test_waterfall_labels_sit_where_their_row_has_room(worked_example):
    # Issue 7: every label right of its bar left the longest bars' labels a fifth of the axis, cut off on a phone.
    from estimator.charts import savings_waterfall_figure
    fig = savings_waterfall_figure(estimate(worked_example))
    labels = {a.y: a for a in fig.layout.annotations}
    in_house = 4_801_480.88  # the README's 5-year in-house total; the axis runs to 1.25 × it
    assert fig.layout.xaxis.range[1] == pytest.approx(1.25 * in_house)
    # In-house runs 0 → 100% of the total: 100% of room inside it against 25% right of it; white on its blue
    assert (labels["In-house"].x, labels["In-house"].xanchor) == (pytest.approx(in_house), "right")
    assert labels["In-house"].font.color == "#ffffff"
    # Wages are 34,666.67 of the 74,317.88 a month (10 FTE × 41,600 / 12), 46.6%: the bar runs from 53.4% to 100%
    # of the total, so left of it (53.4%) beats inside (46.6%) and right (25%): anchored at its start
    wages = labels["− Wages"]
    assert (wages.x, wages.xanchor) == (pytest.approx(in_house * (1 - 34_666.67 / 74_317.88), rel=1e-6), "right")
    # the BPO's total, 2,302,109.50 (48% of in-house), has 125% - 48% = 77% right of it against 48% inside
    assert (labels["BPO cost"].x, labels["BPO cost"].xanchor) == (pytest.approx(2_302_109.50), "left")


def test_waterfall_values_are_written_as_its_rows_are(worked_example):
    # Issue 7: the rows read "− Wages" (the minus sign, U+2212) and their values "-$2.24M" (a hyphen); and the
    # in-house total read "$4.8M" beside "$2.24M" (Babel drops a rounded figure's trailing zero).
    from estimator.charts import savings_waterfall_figure
    fig = savings_waterfall_figure(estimate(worked_example))
    labels = {a.y: a.text for a in fig.layout.annotations}
    hover = dict(zip(fig.data[0].y, fig.data[0].customdata, strict=True))
    assert labels["In-house"] == "$4.80M"  # the README's 5-year in-house total, 4,801,480.88
    # wages: 10 FTE × 41,600 / 12 = 34,666.67 a month of the 74,317.88, over the 4,801,480.88: 2,239,721.1
    assert labels["− Wages"] == "−$2.24M" and hover["− Wages"] == "−$2,239,721"
    for row, text in (*labels.items(), *hover.items()):
        assert "-" not in text, (row, text)
        assert text.startswith("−") == row.startswith("−"), (row, text)
        if text.endswith("M"):
            assert text[-4] == ".", (row, text)  # two decimals


def test_uncertainty_charts_from_a_simulation(worked_example):
    from estimator.charts import distribution_figure, fan_figure, tornado_figure
    from estimator.uncertainty import simulate, tornado
    sim = simulate(worked_example)
    dist = distribution_figure(sim, estimate(worked_example))
    assert dist.layout.title.text == "BPO is cheaper than in-house over 5 years in 100% of 10,000 draws"
    # in-house has no range here: a line, not a one-bar histogram
    assert [t.name.split(":")[0] for t in dist.data] == ["BPO"]
    assert sum(dist.data[0].y) == pytest.approx(1.0)
    fan = fan_figure(sim, estimate(worked_example))
    assert [t.name for t in fan.data] == ["In-house P10–P90", "In-house P50", "BPO P10–P90", "BPO P50"]
    t = tornado_figure(tornado(worked_example, "bpo"))
    assert t.layout.title.text.startswith("BPO price moves BPO's savings most")


def test_chart_downloads_as_slide_sized_png_and_svg(worked_example):
    # Kaleido draws with Debian's chromium (scripts/test.sh installs it); nothing is downloaded. One Chromium for the
    # process's images (estimator/images.py): without it each image started its own, 13 s of a loaded run for the two
    from estimator.charts import figure_image
    fig = cost_buildup_figure(estimate(worked_example))
    png = figure_image(fig, "png")
    svg = figure_image(fig, "svg")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (3200, 1800)  # 1600 × 900 at scale 2
    assert b"BPO saves $2,499,371 (52%)" in svg


def test_the_page_keeps_plotlys_toolbar_in_a_margin_of_its_own(worked_example):
    # Issue 7: across the chart's top (plotly's default) the toolbar covered "$4.8M" and the legend while the
    # pointer was over the chart. Stood on end down the right edge, in a margin at least its width (24 px in
    # Chromium); the browser harness checks its box against every text box.
    from estimator.charts import MODEBAR_MARGIN, for_page, savings_waterfall_figure
    _, fig = for_page(savings_waterfall_figure(estimate(worked_example)))
    assert fig.layout.modebar.orientation == "v" and fig.layout.margin.r == MODEBAR_MARGIN >= 24 + 8


def test_month_by_month_charts_write_money_compactly_and_name_the_month_in_their_hover(worked_example):
    # A walk found "$6,000,000" on the cumulative and fan charts' axes beside "$4.5M" on the others, and a bare
    # "28" heading the shared hover box. Compact ticks, as plotly's d3 writes them: "$5M" for dollars; no symbol
    # for other currencies (the axis title names them); the hover box headed "Month 28".

    from estimator.charts import cumulative_cost_figure, fan_figure
    from estimator.compare import compare
    from estimator.compare_charts import cumulative_figure
    from estimator.uncertainty import simulate
    est = estimate(worked_example)
    figures = [cumulative_cost_figure(est), fan_figure(simulate(worked_example), est),
               cumulative_figure(compare([worked_example]))]
    for fig in figures:
        assert fig.layout.yaxis.tickformat == "$.3~s" and not fig.layout.yaxis.tickprefix
        assert fig.layout.xaxis.unifiedhovertitle.text == "Month %{x}" and fig.layout.hovermode == "x unified"
    euros = typed(worked_example, currency="EUR")
    assert cumulative_cost_figure(estimate(euros)).layout.yaxis.tickformat == ".3~s"


def test_a_compact_money_axis_writes_the_dollar_sign_only_for_dollars(worked_example):
    # The waterfall's and the mix's axes read "$2M" in euros: their format was "$.3~s" whatever the currency.

    from test_portfolio import _hand_portfolio

    from estimator.charts import savings_waterfall_figure
    from estimator.portfolio import estimate_portfolio
    from estimator.portfolio_charts import mix_figure
    # the waterfall's ticks are set (session 27: on a phone plotly turned its own a quarter turn): the axis runs to
    # 1.25 × the in-house $4,801,481 = $6,001,851; steps of $1M need "$0$1M...$6M", 20 characters, over its 14: $2M
    def shown(fig):
        axis = fig.layout.xaxis
        return [t for v, t in zip(axis.tickvals, axis.ticktext, strict=True) if v <= axis.range[1]]

    assert shown(savings_waterfall_figure(estimate(worked_example))) == ["$0", "$2M", "$4M", "$6M"]
    assert shown(savings_waterfall_figure(estimate(typed(worked_example, currency="EUR")))) == ["€0", "€2M", "€4M", "€6M"]
    assert mix_figure(estimate_portfolio(typed(_hand_portfolio(), currency="EUR"))).layout.yaxis.tickformat == ".3~s"


def test_a_chart_in_words_writes_a_loss_with_the_minus_sign():
    # A walk found "-$182,066" in the waterfall's and the tornado's words where the charts write "−$182,066":
    # a BPO at $60-80 an hour costs more than 10 in-house FTE, so its savings are negative.
    from estimator import meeting
    from estimator.scenario import Scenario, VendorPrice
    from estimator.uncertainty import simulate, tornado
    dear = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 60, 80))
    est = estimate(dear)
    specs = {s.key: s for s in meeting.chart_specs(est, simulate(dear), tornado(dear, "bpo"))}
    for key in ("waterfall", "tornado"):
        assert "\u2212$" in specs[key].alt and "-$" not in specs[key].alt, specs[key].alt


def test_the_tornado_hover_names_each_inputs_ends_as_the_page_writes_them():
    """The default Customer service case at the book's BPO price: the salary swings across the sources' range
    around $41,600, $31,200-52,000 (README "Reference data"), and the hover read "Salary per FTE at 3.12e+04"
    (session 19's rupee walk). In rupees at 1 INR = 0.012 USD the same salary is 26,00,000-43,33,333 INR."""
    from estimator.charts import tornado_spec
    from estimator.currency import ExchangeRate
    from estimator.pricing import load_price_book
    from estimator.scenario import InHouseInputs, Scenario, VendorManagement, reference_price
    from estimator.uncertainty import tornado

    bpo = reference_price(load_price_book(), "Customer service", "bpo")
    spec = tornado_spec(tornado(Scenario("Customer service", 10, bpo=bpo), "bpo"), "USD")
    ends = dict(zip(spec["data"][0]["y"], zip(spec["data"][0]["customdata"], spec["data"][1]["customdata"], strict=True),
                    strict=True))
    assert ends["Salary per FTE"] == ("31,200", "52,000")
    assert not any("e+" in low + high for low, high in ends.values()), ends
    rupees = Scenario("Customer service", 10, bpo=bpo, currency="INR",
                      in_house=InHouseInputs(currency="INR", annual_salary=3_466_667, supervisor_salary=4_870_833,
                                             overhead_per_fte_month=182_250, cost_per_hire=344_083),
                      vendor_management=VendorManagement(governance_salary=8_215_000), exchange_rates=(ExchangeRate("INR", "USD", 0.012),))
    spec = tornado_spec(tornado(rupees, "bpo"), "INR")
    ends = dict(zip(spec["data"][0]["y"], zip(spec["data"][0]["customdata"], spec["data"][1]["customdata"], strict=True),
                    strict=True))
    assert ends["Salary per FTE"] == ("26,00,000", "43,33,333")
