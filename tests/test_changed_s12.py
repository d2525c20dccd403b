"""Behaviours of the code changed since 6462ce0 that mutation testing found untested (issue 7, session 12).

Each test kills one or more surviving mutants of ``scripts/mutation-changed-s12.txt``: the mutant's name is in the
test's comment. Plain unit tests, no page: mutation runs leave out modules that import AppTest.
"""

from __future__ import annotations

from dataclasses import replace

import plotly.graph_objects as go
from test_hidden_costs import case
from test_verdict import fixed, in_euros

from estimator.estimate import estimate
from estimator.formatting import figure, format_money, money
from estimator.meeting import presentation_figure
from estimator.scenario import VendorPrice
from estimator.staffing import ContactCentre, Queue, draw_staffing, price_draws, staff
from estimator.staffing_charts import _round_step, aligned_axes, staffing_curve_figure
from estimator.uncertainty import Swing, Tornado, simulate, tornado
from estimator.verdict import captive_check, reality_check, tornado_sentence


def _relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1's relative luminance of an sRGB colour such as "#555555"."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


# ------------------------------------------------------------------ the staffing curve's two axes


def test_nine_intervals_are_not_among_the_counts_the_axes_choose_from():
    # aligned_axes picks 4 to 8 intervals. 9 agents and 9 contacts: the waste n × step / max of each axis, summed:
    # n=4: step of 2.25 rounds to 5: 20/9 twice = 4.44; n=5: 1.8 -> 2: 10/9 twice = 2.22; n=6: 1.5 -> 2: 2.67;
    # n=7: 1.29 -> 2: 3.11; n=8: 1.125 -> 2: 3.56. So 5 intervals of 2 on both axes (0-10). Nine intervals of 1
    # would waste least (2.00), and would be picked if 9 were allowed (staffing_charts.aligned_axes 30).
    assert aligned_axes(9, 9) == (5, 2.0, 2.0)


def test_a_round_step_is_one_two_or_five_times_a_power_of_ten():
    # the smallest of 1, 2, 5 × 10^k at least the value: 2.8 -> 5 (not 6: staffing_charts._round_step 18),
    # 14.3 -> 20, 0.3 -> 1 (at least 1), exactly 200 -> 200
    assert (_round_step(2.8), _round_step(14.3), _round_step(0.3), _round_step(200.0)) == (5.0, 20.0, 1.0, 200.0)


def test_each_axis_wastes_a_share_of_its_own_range():
    # 14 agents, 40 contacts; waste n × step / max of each axis: n=4: 5 and 10: 20/14 + 40/40 = 1.43 + 1.00 = 2.43;
    # n=5: 5 and 10: 1.79 + 1.25 = 3.04; n=6: 5 and 10: 2.14 + 1.50 = 3.64; n=7: 2 and 10: 1.00 + 1.75 = 2.75;
    # n=8: 2 and 5: 1.14 + 1.00 = 2.14, the least. A waste in agents × agents (staffing_charts.aligned_axes 2) or
    # n / step for the contacts (12) picks 7 intervals instead.
    assert aligned_axes(14, 40) == (8, 2.0, 5.0)
    # one agent (1.05 with headroom) and 24 contacts: steps of 1 agent throughout, so n=4: 4/1.05 + 40/24 = 3.81 +
    # 1.67 = 5.48; n=5: 4.76 + 25/24 = 5.80; n=6: 5.71 + 30/24 = 6.96; more for 7 and 8: 4 intervals, 0-40 by 10.
    # Dividing by at least 2 instead of at least 1 (aligned_axes 10, and 19 for the other axis) would give n=5 the
    # least (2.50 + 1.04 = 3.54 against 2.00 + 1.67 = 3.67)
    assert aligned_axes(1.05, 24) == (4, 1.0, 10.0)
    assert aligned_axes(24, 1.05) == (4, 10.0, 1.0)


def _curve_layout():
    # one queue, the published vector in its second half hour (14 agents at 100 calls); the axes' ranges are
    # tested in test_contact_centre_labels.py
    s = staff(ContactCentre((Queue("Voice", [50, 100], 180, 20, 0.8, 1.0),)), 0.3)
    return staffing_curve_figure(s, ["08:00", "08:30"]).layout


def test_the_staffing_curves_axes_label_whole_numbers_with_separators_from_zero():
    layout = _curve_layout()
    # ",.0f": 1,200 contacts read "1,200", not "1.2k" (plotly's default) or "XX1,200XX"
    # (staffing_curve_figure 179, 180, 199, 209, 232)
    assert (layout.yaxis.tickformat, layout.yaxis2.tickformat) == (",.0f", ",.0f")
    # ticks from 0 (plotly's default tick0 is 0 when none is given): not 1, 3, 5 ... (staffing_curve_figure 178)
    assert (layout.yaxis.tick0 or 0, layout.yaxis2.tick0 or 0) == (0, 0)


def test_the_contacts_axis_is_on_the_right_without_gridlines_of_its_own():
    layout = _curve_layout()
    # on the right, over the agents' axis, drawing no second set of gridlines: its ticks sit on the agents'
    # gridlines (staffing_curve_figure 194 None, 204 left out, 226 True: plotly's template would draw them;
    # 203: both axes on the left)
    assert (layout.yaxis2.side, layout.yaxis2.overlaying, layout.yaxis2.showgrid) == ("right", "y", False)


def test_the_contacts_axis_reads_in_a_dark_grey_apart_from_the_agents_axis():
    layout = _curve_layout()
    grey = layout.yaxis2.tickfont.color
    # its labels and its title in one colour (staffing_curve_figure 200, 210, 235: labels without it; 214, 216,
    # 221: the title without it), not the agents axis's default (black)
    assert grey is not None and layout.yaxis2.title.font.color == grey
    assert layout.yaxis.tickfont.color is None and layout.yaxis.title.font.color is None
    # and still readable: "#555555" is 0x55/255 = 0.333 a channel, linear ((0.333 + 0.055) / 1.055)^2.4 = 0.0908;
    # against white (1.0): (1.0 + 0.05) / (0.0908 + 0.05) = 7.46, over the 7:1 of WCAG's AAA for text
    assert (1.0 + 0.05) / (_relative_luminance(grey) + 0.05) >= 7.0


# ------------------------------------------------------------------ the Monte Carlo of a contact centre's pricing


def test_a_contact_centres_priced_draws_say_how_many_draws_they_summarise():
    # 150 staffed draws priced: the summary says 150 (staffing.price_draws 62: None)
    q = Queue("Voice", [100, 100], 180, answer_seconds=20, service_level=0.8, max_occupancy=1.0)
    staffed = draw_staffing(ContactCentre((q,), periods_per_month=20), volume_range=(0.9, 1.1), draws=150, seed=3)
    pay = dict(annual_salary=20_000, benefits_load=0, shrinkage=0.30, paid_hours_per_year=2080, span_of_control=10,
               supervisor_salary=0, overhead_per_fte_month=0, annual_attrition=0, cost_per_hire=0)
    assert price_draws(staffed, pay).draws == 150


# ------------------------------------------------------------------ the tornado's title


def test_a_swing_from_no_saving_to_a_saving_reads_as_savings():
    # the lesser end is exactly $0: no saving yet no cost, so the span reads as savings "$0 to $1,000", not as a
    # result "$0 more than in-house to $1,000 saved" (verdict._savings_span 3: "lo > 0")
    t = Tornado("bpo", 500.0, (Swing("BPO price", "bpo_price", 10.0, 20.0, 1_000.0, 0.0),))
    assert tornado_sentence(t, "USD") == "BPO price moves BPO's savings most: $0 to $1,000"


def _span(low_saving: float, high_saving: float) -> str:
    return tornado_sentence(Tornado("bpo", 0.0, (Swing("BPO price", "bpo_price", 10.0, 20.0, low_saving, high_saving),)),
                            "USD")


def test_a_swing_up_to_exactly_no_saving_reads_as_a_cost():
    # both ends cost or save nothing: a cost "from $0 to $1,000 more than in-house" (the $0 end is a whole -0.0,
    # written $0), not a result "$1,000 more than in-house to $0 saved" (verdict._savings_span 15: "hi < 0")
    assert _span(-1_000.0, 0.0) == "BPO price moves BPO's result most: from $0 to $1,000 more than in-house"
    # a dollar saved at the dear end is a result: "-$1" of cost is a saving (verdict._savings_span 16: "hi <= 1")
    assert _span(-1_000.0, 1.0) == "BPO price moves BPO's result most: from $1,000 more than in-house to $1 saved"


def test_drivers_that_cost_or_span_a_result_are_said_in_the_scenarios_currency():
    # test_verdict.py's case: at r an hour the BPO saves 377,200 − 8,352.3r over 3 years (397,200 in-house).
    # $50-80 (mid $65): saves 377,200 − 542,899.5 = −165,699.5, below the band, so the driver is named:
    # $50 saves 377,200 − 417,615 = −40,415, $80 saves 377,200 − 668,184 = −290,984: a cost both ends.
    # In euros, both amounts in euros (verdict._savings_span 27: the dearer in dollars).
    dear = in_euros(fixed(replace(case(), bpo=VendorPrice("per_hour", 50, 80, option="bpo"))))
    assert reality_check(estimate(dear), tornado(dear, "bpo")).drivers == (
        "BPO price (€50–€80 per productive hour) puts the cost between €40,415 and €290,984 more than in-house",)
    # $10-80 (mid $45): saves 377,200 − 375,853.5 = 1,346.5, 0.3%: below the band. $10 saves 377,200 − 83,523 =
    # 293,677; $80 −290,984: a result either side of zero, named so (verdict._savings_span 29: "XXresultXX"),
    # the cost in euros (34: in dollars)
    span = in_euros(fixed(replace(case(), bpo=VendorPrice("per_hour", 10, 80, option="bpo"))))
    assert reality_check(estimate(span), tornado(span, "bpo")).drivers == (
        "BPO price (€10–€80 per productive hour) puts the result between €290,984 more than in-house and €293,677 saved",)


def test_in_house_has_no_chance_of_being_cheaper_than_itself():
    # the Monte Carlo's chance of being cheaper is a vendor's against in-house; in-house has none, not 0%
    # (uncertainty._spread 8: in-house compared with itself, 0.0); $30 fixed is cheaper in every draw (test_verdict)
    sim = simulate(fixed(case()))
    assert (sim.option("in_house").probability_cheaper, sim.option("bpo").probability_cheaper) == (None, 1.0)


def test_a_captive_that_saves_exactly_nothing_is_below_the_band_not_a_cost():
    # 0% is neither saved nor a cost: below the 25%–60% band, said as savings (verdict.captive_check 16: "<= 0"
    # would say "costs 0% more than in-house")
    assert captive_check(0.0) == ("Offshore captive: 0% saved over the horizon, below the 25%–60% going offshore "
                                  "can save (30% realised on average).")


# ------------------------------------------------------------------ a typed amount written back


def test_a_typed_amount_is_written_whole_unless_nobody_means_it():
    # whole with separators above 0.5: 0.75 rounds to 1, 1.4 to 1 (formatting.figure 11: below 1.5 as typed,
    # "0.75", "1.4"); up to 0.5 as typed, so 0.4 does not read "0", nor 0.5 (Python rounds it to the even 0)
    assert (figure(0.75), figure(1.4), figure(0.4), figure(0.5), figure(41_600)) == ("1", "1", "0.4", "0.5", "41,600")
    # from 10^15 up compactly, 3 significant digits: 4 × 10^45 reads "4e+45", not 46 digits with commas
    # (formatting.figure 2: "not finite AND huge", never true, so only the small branch stayed)
    assert (figure(4e45), figure(-1e15), figure(float("inf"))) == ("4e+45", "-1e+15", "inf")


def test_money_from_a_thousand_million_million_up_is_written_compactly():
    # 10^15 and up is an amount nobody means: "$1e+15" (3 significant digits), not "$1,000,000,000,000,000"
    # (formatting.format_money 9: "> 10^15" lets exactly 10^15 through); just under it still in full. With the
    # currency's symbol as its other amounts (session 18: "USD 1.23e+29" beside notes in "$")
    assert (money(1e15), format_money(-1e15, "EUR"), money(999_999_999_999_999.0)) == (
        "$1e+15", "-€1e+15", "$999,999,999,999,999")


# ------------------------------------------------------------------ a chart on the Present page


def _bars(orientation: str | None) -> go.Figure:
    return go.Figure([go.Bar(x=[1, 2], y=["a", "b"], orientation=orientation), go.Bar(x=[3, 4], y=["a", "b"])],
                     layout=dict(title=dict(text="T"), yaxis=dict(tickfont=dict(size=13))))


def test_a_projected_chart_is_400_px_tall_in_large_type():
    fig = _bars(None)
    out = presentation_figure(fig)
    # 400 px (the page's nav row and finding take 235 px of 720, the fold and foot 80: 400 fits), body type 22,
    # the title 30 at 2% from the left, legend and tick labels 20 (meeting.presentation_figure 3, 7, 9, 12, 13,
    # 20-23, 45-47)
    assert (out.layout.height, out.layout.font.size) == (400, 22)
    assert (out.layout.title.font.size, out.layout.title.x, out.layout.title.text) == (30, 0.02, "T")
    assert (out.layout.legend.font.size, out.layout.xaxis.tickfont.size, out.layout.yaxis.tickfont.size) == (20, 20, 20)
    # a copy: the page's own figure keeps its size
    assert (fig.layout.height, fig.layout.yaxis.tickfont.size) == (None, 13)


def test_sideways_bars_keep_their_category_names_size_on_a_projector():
    # a horizontal bar chart (the waterfall, the tornado): its category names stay at their own 13 px, the value
    # axis (x) grows to 20 (meeting.presentation_figure 32 "if any", 41 "!=", 42, 43 another letter)
    out = presentation_figure(_bars("h"))
    assert (out.layout.xaxis.tickfont.size, out.layout.yaxis.tickfont.size) == (20, 13)
    # vertical bars, and a line (its orientation is None): every axis grows to 20
    lines = go.Figure([go.Scatter(x=[1, 2], y=[3, 4], mode="lines")], layout=dict(yaxis=dict(tickfont=dict(size=13))))
    assert presentation_figure(lines).layout.yaxis.tickfont.size == 20


def test_a_chart_with_a_trace_that_has_no_orientation_can_be_projected():
    # a pie has no "orientation" attribute at all: read as "not sideways" (meeting.presentation_figure 33, 34,
    # 36, 38: an error; 40: "ORIENTATION" reads nothing, so a sideways bar would grow)
    pie = presentation_figure(go.Figure([go.Pie(values=[1, 2])]))
    assert pie.layout.height == 400
    mixed = presentation_figure(go.Figure([go.Pie(values=[1, 2]), go.Bar(x=[1], y=["a"], orientation="h")],
                                          layout=dict(yaxis=dict(tickfont=dict(size=13)))))
    assert mixed.layout.yaxis.tickfont.size == 13
