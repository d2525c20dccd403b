"""What the meeting-room outputs share: the charts with their findings, context and sources.

The slide deck (:mod:`estimator.deck`), the HTML report (:mod:`estimator.report`),
the image downloads and the presentation page all read one list of
:class:`ChartSpec` built here, so a chart says the same thing everywhere.

Conventions: money at the midpoint unless a name says otherwise; every chart
is built from the estimate's own component lists and monthly series
(``OptionEstimate.components``, ``.one_time``, the projection), never from a
fixed list of today's components, so a component the model gains appears
without a change here. Pure: no streamlit, no I/O; images are drawn only by
:func:`image_bytes`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from . import charts, images, text_width
from .assumptions import ASSUMPTIONS, in_house_source, share_text
from .charts import component_label, drawn
from .estimate import Estimate, Range
from .filenames import file_stem as file_stem  # the deck's, report's and images' names (views use it from here)
from .formatting import excel_money_format, minus_sign, money_range, money_text, number
from .formatting import years as years_text
from .locations import delivered_from
from .price_words import price_words
from .scenario import IN_HOUSE_MONEY, OPTION_LABELS, Scenario, range_around
from .uncertainty import Simulation, Tornado
from .verdict import chance_sentence, cheapest_outsourced, reality_check, run_rate_sentence
from .verdict import verdict as the_verdict

SEEDS = (
    '"BPO vs. KPO" (seed article, 2023): reference BPO and KPO price ranges',
    "Okabe & Ito (2008), Color Universal Design: the colour-blind-safe palette of every chart",
)
FOOTER_FONT_SIZE = 13
LEGEND_FONT_SIZE = 20


@dataclass(frozen=True)
class ExportContext:
    """What an exported image must say about itself, in its footer."""

    scenario: str
    function: str
    workload: str
    horizon: str
    date: str
    sources: tuple[str, ...]

    @property
    def line(self) -> str:
        """The footer's first line (every exported image, slide and report).

        >>> ExportContext("Customer service", "Customer service", "10.0 FTE", "5-year horizon", "2026-11-26", ()).line
        'Customer service · 10.0 FTE · 5-year horizon · 2026-11-26'
        """
        return f"{scenario_named(self.scenario, self.function)} · {self.workload} · {self.horizon} · {self.date}"


def scenario_named(name: str, function: str) -> str:
    """A scenario's name, then its function when the name does not already say it: a scenario named after its
    function is said once (exports read "Customer service · Customer service").

    >>> scenario_named("Customer service", "Customer service"), scenario_named("Plan A", "Customer service")
    ('Customer service', 'Plan A · Customer service')
    """
    return name if name == function else f"{name} · {function}"


def workload_text(est: Estimate) -> str:
    """
    >>> from estimator.scenario import Scenario
    >>> from estimator.estimate import estimate
    >>> workload_text(estimate(Scenario("Customer service", 10)))
    '10.0 FTE, 1,213 productive hours a month'
    """
    return f"{number(est.fte, 1)} FTE, {number(est.workload_hours)} productive hours a month"


def _rate_words(rate) -> str:
    """An exchange rate as the workbook's Inputs sheet states it, with its yearly drift where one is given.

    >>> from estimator.currency import ExchangeRate
    >>> _rate_words(ExchangeRate("INR", "USD", 0.012)), _rate_words(ExchangeRate("EUR", "USD", 1.08, -0.02, 0.03))
    ('1 INR = 0.012 USD', '1 EUR = 1.08 USD, drifting −2% to 3% a year')
    """
    text = f"1 {rate.source} = {rate.rate:,.6g} {rate.target}"
    if rate.drift_low or rate.drift_high:
        low, high = (minus_sign(share_text(v)) for v in (rate.drift_low, rate.drift_high))
        text += f", drifting {low} to {high} a year"
    return text


def _converted_words(est: Estimate, part: str, words: str) -> str:
    """``words`` (money in ``part``'s currency) followed by the rate it is converted at into the results' currency:
    a rupee report listed "BPO price $20–$30 per productive hour" beside rupee results and never said at what rate.
    Unchanged when the part's money is in the results' currency."""
    rate = est.scenario.rate_for(part)
    return words if rate is None else f"{words}, converted at {_rate_words(rate)}"


def source_rows(est: Estimate) -> list[tuple[str, str, str]]:
    """(input, value used, source) for every input behind the figures: vendor prices, then each assumption (a range
    where one is given, the function's own pay source), then each exchange rate. Money given in another currency than
    the results' is followed by the rate it is converted at, and by the figure it makes in the results' currency (the
    first year's rate). The page's sources table, the report's and the deck's lines all read these."""
    s = est.scenario
    cur = s.currency
    rows = []
    for op in est.vendors:
        if op.price is None:
            continue
        used = price_words(op.price, cur)
        rate = s.rate_for(op.option)
        if rate is not None and op.price.basis != "savings_share":
            # amount in the results' currency = amount / rate (1 INR = 0.012 USD: $20 is ₹1,667)
            shown = dataclasses.replace(op.price, low=op.price.low / rate.rate, high=op.price.high / rate.rate,
                                        currency=None)
            used = f"{used} ({price_words(shown, cur)} at {_rate_words(rate)})"
        rows.append((f"{OPTION_LABELS[op.option]} price", used, op.price.source))
    for key in ASSUMPTIONS:
        a = s.assumption(key)  # money in the currency it is given in, as the sidebar's units
        r = s.range_of(key)
        code = s.money_of(key)  # a euro scenario's salary read "41,600 USD/year" on the page, the report and the deck
        used = a.show_range(r.low, r.high, currency=code) if r else a.show(s.value(key), currency=code)
        rate = None if code == cur or a.is_share else next((x for x in s.exchange_rates if x.target == code), None)
        if rate is not None:
            ends = (r.low, r.high) if r else (s.value(key), s.value(key))
            there = ASSUMPTIONS[key].show_range(ends[0] / rate.rate, ends[1] / rate.rate, currency=cur)
            used = f"{used} ({there} at {_rate_words(rate)})"
        rows.append((a.label, used, _whose(s, key, code, in_house_source(s.function, key))))
    for rate in s.exchange_rates:
        rows.append((f"Exchange rate, {rate.target}", _rate_words(rate), rate.note))
    return rows


def _whose(s: Scenario, key: str, code: str, source: str) -> str:
    """An assumption's source as its row gives it: the default's source, or, for a figure or range the user gave,
    that it is theirs, what the default is and where it comes from. A typed salary of $85,000 was credited to
    "BLS Occupational Outlook Handbook ... median $49,770" on the page, in the report, the deck and the workbook
    (session 27's walk)."""
    a = ASSUMPTIONS[key]
    default = s.default(key)
    if default is None:  # money in another currency with no dollar rate: no default was given, so it is the user's
        return f"Your figure (the sources' default is in US dollars: {source})"
    r = s.range_of(key)
    if r is not None:  # a range given: its own unless it is the one "Give assumptions as ranges" starts from
        around = range_around(key, default, s.per_dollar(s.currency_of("in_house")))
        # money in another currency: the page scales the converted assumption, a unit or two from this on 57,604
        # euros (0.011% on IT's overhead); a slider's step is 100 on a salary (0.17%), 1 on an overhead (0.03%)
        near = 2e-4 if key in IN_HOUSE_MONEY and code != "USD" else 1e-9
        if math.isclose(r.low, around.low, rel_tol=near) and math.isclose(r.high, around.high, rel_tol=near):
            return source
        return f"Your range (default {a.show_range(around.low, around.high, currency=code)}: {source})"
    if math.isclose(s.value(key), default, rel_tol=1e-9, abs_tol=1e-12):
        return source
    sources_figure = s.default(key, own_pay=False)  # a scenario built in Python: the sources' pay, not the function's
    if sources_figure is not None and math.isclose(s.value(key), sources_figure, rel_tol=1e-9):
        return a.source
    return f"Your figure (default {a.show(default, currency=code)}: {source})"


def source_lines(est: Estimate) -> tuple[str, ...]:
    """Every source behind the figures: vendor prices, then each assumption, then the seeds."""
    return (*(f"{label} {used}: {source}" for label, used, source in source_rows(est)), *SEEDS)


def context_for(est: Estimate, today: dt.date | None = None) -> ExportContext:
    """The footer of every exported chart of this estimate."""
    s = est.scenario
    prices = [f"{OPTION_LABELS[op.option]}: {op.price.source}" for op in est.vendors if op.price is not None]
    years = s.business_case.horizon_years
    return ExportContext(
        scenario=s.name, function=s.function, workload=workload_text(est),
        horizon=f"{years}-year horizon", date=(today or dt.date.today()).isoformat(),
        sources=(*prices, "in-house defaults: BLS, SHRM, ICMI, O'Reilly, Gartner (see the sources list)"))


def verdict(est: Estimate) -> str:
    """Which option is best over the horizon, in one sentence: :func:`estimator.verdict.verdict`'s."""
    return the_verdict(est).sentence


def _spread(low: float, high: float, currency: str) -> str:
    """`` (range $a–$b)``, smaller first (a saving's cheap case is its largest), or nothing when they agree."""
    low, high = sorted((low, high))
    return "" if round(low) == round(high) else f" (range {money_range(low, high, currency)})"


_DISTRIBUTIONS = {"pert": "PERT distribution", "triangular": "triangular distribution", "uniform": "uniform distribution"}


def _drawn_ends(saving: Range, extra: bool = False) -> tuple[float, float]:
    """The P10 and P90 of a saving over the draws (its P10 is the dear side, so the smaller), or with ``extra`` of
    the extra cost, the saving turned round: its P10 is minus the saving's P90 (a "costs ₹4 Cr more" read
    "(P10–P90 −₹11 Cr to ₹1.6 Cr)", the saving's range after the extra cost's words).

    >>> _drawn_ends(Range.cases(300.0, 250.0, 100.0)), _drawn_ends(Range.cases(300.0, 250.0, -100.0), extra=True)
    ((100.0, 300.0), (-300.0, 100.0))
    """
    p10, p90 = saving.high, saving.low
    return (-p90, -p10) if extra else (p10, p90)


def _drawn_spread(saving: Range, currency: str, extra: bool = False) -> str:
    """`` (P10–P90 $a–$b)`` of a saving over the draws, or of the extra cost with ``extra`` (:func:`_drawn_ends`),
    or `` (no range)`` when every draw gives one figure: "(range $1,990,160–$1,990,160)" said nothing a range says.

    >>> _drawn_spread(Range.cases(300.0, 250.0, 100.0), "USD"), _drawn_spread(Range.cases(5.0, 5.0, 5.0), "USD")
    (' (P10–P90 $100–$300)', ' (no range)')
    >>> _drawn_spread(Range.cases(568_903.0, 0.0, -890_656.0), "USD", extra=True)
    ' (P10–P90 −$568,903 to $890,656)'
    """
    p10, p90 = _drawn_ends(saving, extra)
    return " (no range)" if round(p10) == round(p90) else f" (P10–P90 {money_range(p10, p90, currency)})"


def range_caption(sim: Simulation) -> str:
    """:func:`range_notes` in one line, for the Present page's first slide (the notes' every line would not fit a
    phone's slide).

    >>> from estimator.scenario import Scenario
    >>> from estimator.uncertainty import simulate
    >>> range_caption(simulate(Scenario("Customer service", 10))).endswith("the P10–P90 of 10,000 draws.")
    True
    """
    # short: with BPO and KPO priced, the summary's P10-P90 ran a phone's first slide 20 px past 844 px
    return (f"Midpoints. A cost's range: cheap to dear prices; a saving's or extra cost's: the P10–P90 of "
            f"{sim.draws:,} draws.")


def range_notes(est: Estimate, sim: Simulation) -> tuple[str, ...]:
    """What :func:`summary_lines`' ranges are, for a deck's speaker notes, the report and the Present page: a cost's
    from the cases, a saving's the Monte Carlo's P10-P90 (draws, seed, distribution), an extra cost's (an option
    dearer than in-house at the midpoint, as the summary words it) the same draws turned round, and where each
    midpoint stands against its range (a midpoint is not the P50: with a skewed range it can lie outside the
    P10-P90). A minus is the minus sign, as on every slide."""
    cur = est.scenario.currency
    distribution = _DISTRIBUTIONS.get(sim.distribution, sim.distribution)
    lines = [f"Summary at the midpoint. A cost's range runs from the cheap end to the dear end of every price; a "
             f"saving's is the Monte Carlo's P10–P90, the 10th and 90th percentiles of in-house's cost minus the "
             f"option's, draw by draw, over {sim.draws:,} draws (seed {sim.seed}, {distribution}); an extra cost's "
             f"(an option that costs more than in-house at the midpoint) is the same draws' option's cost minus "
             f"in-house's, where a negative figure is a saving."]
    for op in est.vendors:
        saving, drawn = est.horizon_savings(op), sim.option(op.option)
        if saving is None or drawn is None or drawn.savings is None:
            continue
        extra = saving.mid < 0  # the summary's "costs ... more": its range and this line in the same direction
        label, what = OPTION_LABELS[op.option], "extra cost" if extra else "saving"
        sign = -1 if extra else 1
        mid = money_text(sign * saving.mid, cur)
        p10, p90 = _drawn_ends(drawn.savings, extra)
        if round(p10) == round(p90):
            lines.append(f"{label}: no range. No input is drawn from a range, so every draw gives the midpoint, {mid}.")
            continue
        ends = f"P10 {money_text(p10, cur)}, P90 {money_text(p90, cur)}"
        shown = sign * saving.mid
        where = ("inside it" if round(p10) <= round(shown) <= round(p90)
                 else "below its P10" if shown < p10 else "above its P90")
        lines.append(f"{label}: the midpoint {what}, {mid}, lies {where} ({ends}; "
                     f"P50 {money_text(sign * drawn.savings.mid, cur)}).")
    return tuple(lines)


def summary_lines(est: Estimate, sim: Simulation | None = None, swing: Tornado | None = None) -> tuple[str, ...]:
    """The figures a summary slide or report opens with: each option's cost over the horizon (one-time costs
    included) and run rate, savings, break-even and where it is delivered from; then the run-rate sentence, the
    Monte Carlo's chance and the reality check (all from :mod:`estimator.verdict`). ``swing`` names the reality
    check's drivers."""
    cur = est.scenario.currency
    years = est.scenario.business_case.horizon_years
    lines = []
    for op in est.options:
        label = OPTION_LABELS[op.option]
        if not op.priced:
            lines.append(f"{label}: needs a vendor quote (no reference price)")
            continue
        horizon = est.horizon_total(op)
        assert horizon is not None
        text = (f"{label}: {money_text(horizon.mid, cur)} over {years_text(years)}"
                f"{_spread(horizon.low, horizon.high, cur)}; run rate {money_text(op.total.mid, cur)} a month")
        if op.option != "in_house":
            saving, month = est.horizon_savings(op), est.break_even_month(op)[1]
            assert saving is not None
            word = "saves" if saving.mid >= 0 else "costs"
            drawn = sim.option(op.option) if sim is not None else None
            if drawn is not None and drawn.savings is not None:
                # the Monte Carlo's P10-P90 of the saving, as the Uncertainty sheet, the Scenarios page and the
                # comparison workbook give it: the deck's "range" from the cases' ends was a second range for one
                # figure beside them
                # after "costs ... more" the extra cost's P10-P90, not the saving's: "costs ₹4,15,97,770 more
                # against in-house (P10-P90 -₹11,20,33,802 to ₹1,62,80,348)" read as costing -11 Cr more
                spread = _drawn_spread(drawn.savings, cur, extra=saving.mid < 0)
            else:
                # without the draws, across the three cases, its midpoint's included: with "Give assumptions as
                # ranges" on, in-house moves with the cases too, and "saves €601,517 against in-house (range
                # €102,749–€444,849)" stood beside a midpoint outside it (both ends' costs moved together)
                sign = 1 if saving.mid >= 0 else -1  # an extra cost's ends after "costs ... more"
                ends = (sign * saving.low, sign * saving.mid, sign * saving.high)
                spread = _spread(min(ends), max(ends), cur)
            text += (f"; {word} {money_text(abs(saving.mid), cur)}{'' if saving.mid >= 0 else ' more'} against in-house"
                     f"{spread}, break-even {'never' if month is None else f'month {month:.0f}'}")
            # where the work is done: a price's location ("location not stated" for a seed price, never guessed)
            if (where := delivered_from(est.scenario, op.option)) is not None:
                text += f"; delivered from: {where.lower()}"
        lines.append(text)
    rival = cheapest_outsourced(est)
    if rival is not None:
        lines.append(run_rate_sentence(est, rival) + ".")
    if sim is not None:
        lines.append(chance_sentence(est, sim) + ".")
    lines.append("Reality check: " + reality_check(est, swing).sentence)
    return tuple(lines)


# ---------------------------------------------------------------- charts with their native (editable) data


@dataclass(frozen=True)
class NativeChart:
    """A chart's data in the shape a slide program draws natively.

    ``kind``: ``stacked_bar``, ``bar``, ``barh`` (horizontal), ``line`` (category x) or ``xy`` (numeric x,
    lines). ``series`` are (name, values); for ``xy`` each value is an (x, y) pair. ``hidden`` names a
    series drawn without fill (the invisible base of a waterfall). ``colours`` (hex, one per series) keep
    the screen's colours where given; ``dashed`` marks series drawn dashed (a P10 or P90 line);
    ``label_every`` shows every n-th category label (months: one a year).
    """

    kind: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple], ...]
    value_title: str
    number_format: str = '"$"#,##0'
    category_title: str = ""
    hidden: str | None = None
    colours: tuple[str, ...] = ()
    dashed: tuple[bool, ...] = ()
    label_every: int = 1


@dataclass(frozen=True)
class ChartSpec:
    key: str
    name: str
    figure: go.Figure
    alt: str
    native: NativeChart | None

    @property
    def finding(self) -> str:
        return str(self.figure.layout.title.text or self.name)


def _money_format(currency: str) -> str:
    return excel_money_format(currency, decimals=False)


def _buildup_native(est: Estimate) -> NativeChart:
    priced = [op for op in est.options if op.priced]
    names: list[str] = []
    for op in priced:  # a component that is zero everywhere (no VAT) is left out, as on the page
        names += [c.name for c in op.components if c.name not in names and drawn(c)]
    series = tuple((component_label(n), tuple(next((c.cost.mid for c in op.components if c.name == n), 0.0)
                                              for op in priced)) for n in names)
    cur = est.scenario.currency
    fallback = [c for c in charts.OKABE_ITO if c not in charts.COMPONENT_COLOURS.values()] or list(charts.OKABE_ITO)
    colours = tuple(charts.COMPONENT_COLOURS.get(n) or fallback[i % len(fallback)] for i, n in enumerate(names))
    return NativeChart("stacked_bar", tuple(OPTION_LABELS[op.option] for op in priced), series,
                       f"{cur} a month, run rate (midpoint)", _money_format(cur), colours=colours)


def _cumulative_native(est: Estimate) -> NativeChart:
    months = tuple(str(m) for m in range(1, est.projection.months + 1))
    shown = [op for op in est.options if est.projected(op) is not None]
    series = tuple((OPTION_LABELS[op.option], tuple(float(v) for v in est.projected(op).cumulative[1])) for op in shown)
    cur = est.scenario.currency
    return NativeChart("line", months, series, f"Cumulative cost, {cur} (midpoint)", _money_format(cur),
                       "Month of the contract", colours=tuple(charts.OPTION_COLOURS[op.option] for op in shown),
                       label_every=12)


def flat_label(text: object) -> str:
    """A chart label on one line: plotly's line breaks removed, a hyphenated break joined.

    >>> flat_label("Super-<br>vision"), flat_label("Vendor<br>fees")
    ('Supervision', 'Vendor fees')
    """
    return str(text).replace("-<br>", "").replace("<br>", " ")


def _waterfall_steps(trace: go.Waterfall, signed: bool = False) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """A waterfall trace's step labels and values, whichever way it is drawn; ``signed`` keeps the labels'
    "− " and "+ " (a step's direction in words, not only in colour)."""
    labels, values = (trace.y, trace.x) if trace.orientation == "h" else (trace.x, trace.y)
    labels = tuple(flat_label(x) for x in labels)
    if not signed:
        labels = tuple(x.removeprefix("− ").removeprefix("+ ") for x in labels)
    return labels, tuple(float(v) for v in values)


def _waterfall_native(fig: go.Figure, currency: str) -> NativeChart | None:
    """A waterfall as a stacked bar with an invisible base: the usual way to draw one in a slide program.

    Drawn across, as on the page (a dozen steps read better as rows); the first step on top.
    """
    trace = next((t for t in fig.data if t.type == "waterfall"), None)
    if trace is None:
        return None
    labels, values = _waterfall_steps(trace, signed=True)
    base, down, up, total, running = [], [], [], [], 0.0
    for value, measure in zip(values, trace.measure, strict=True):
        if measure == "relative":
            lo, hi = sorted((running, running + value))
            base.append(lo)
            down.append(hi - lo if value < 0 else 0.0)
            up.append(hi - lo if value >= 0 else 0.0)
            total.append(0.0)
            running += value
        else:
            running = value if measure == "absolute" else running
            base.append(0.0)
            down.append(0.0)
            up.append(0.0)
            total.append(running)
    categories = labels
    series = (("base", base), ("Total", total), ("Cost that goes away", down), ("Cost that comes in", up))
    # a bar chart draws its first category at the bottom: reversed, the steps read top down
    return NativeChart("stacked_barh", categories[::-1], tuple((name, tuple(v[::-1])) for name, v in series),
                       f"{currency} over the horizon (midpoint)", _money_format(currency), hidden="base",
                       colours=("#ffffff", charts.OKABE_ITO[4], charts.OKABE_ITO[2], charts.OKABE_ITO[5]))


def _distribution_native(sim: Simulation, currency: str) -> NativeChart:
    series, colours = [], []
    for s in sim.options:
        if s.horizon_total.low == s.horizon_total.high:
            continue  # one value in every draw: no distribution to draw (the alt text gives the value)
        centres = (s.histogram_edges[:-1] + s.histogram_edges[1:]) / 2
        # The options share bin edges; keep this option's bins from its first to its last draw, plus one
        # empty bin each side so the line starts and ends at zero.
        filled = np.flatnonzero(s.histogram_counts)
        keep = slice(max(filled[0] - 1, 0), filled[-1] + 2) if filled.size else slice(0, 0)
        shares = s.histogram_counts[keep] / sim.draws
        series.append((OPTION_LABELS[s.option],
                       tuple((float(x), float(y)) for x, y in zip(centres[keep], shares, strict=True))))
        colours.append(charts.OPTION_COLOURS[s.option])
    return NativeChart("xy", (), tuple(series), "Share of draws", "0%", f"Cost over the horizon, {currency}",
                       colours=tuple(colours))


def _fan_native(sim: Simulation, currency: str) -> NativeChart | None:
    if not sim.options:
        return None
    months = tuple(str(int(m)) for m in sim.options[0].fan_months)
    series, colours, dashed = [], [], []
    for s in sim.options:
        label = OPTION_LABELS[s.option]
        for name, row in zip(("P10", "P50", "P90"), s.cumulative_fan, strict=True):
            series.append((f"{label} {name}", tuple(float(v) for v in row)))
            colours.append(charts.OPTION_COLOURS[s.option])
            dashed.append(name != "P50")
    every = max(1, len(months) // 10)
    return NativeChart("line", months, tuple(series), f"Cumulative cost, {currency} (P10 and P90 dashed)",
                       _money_format(currency), "Month of the contract", colours=tuple(colours), dashed=tuple(dashed),
                       label_every=every)


def _tornado_native(t: Tornado, currency: str) -> NativeChart | None:
    if not t.swings:
        return None
    swings = list(reversed(t.swings))  # the first category is drawn at the bottom
    return NativeChart("barh", tuple(s.label for s in swings),
                       (("Input at its low end", tuple(s.savings_at_low - t.base_savings for s in swings)),
                        ("Input at its high end", tuple(s.savings_at_high - t.base_savings for s in swings))),
                       f"Change in {OPTION_LABELS[t.option]} savings from {money_text(t.base_savings, currency)}, {currency}",
                       _money_format(currency), colours=(charts.OKABE_ITO[1], charts.OKABE_ITO[5]))


def _alt(fig: go.Figure, extra: str = "") -> str:
    return f"{fig.layout.title.text}.{' ' + extra if extra else ''}"


def chart_specs(est: Estimate, sim: Simulation, swing: Tornado | None = None) -> tuple[ChartSpec, ...]:
    """Every chart of the estimate, in the page's order, each with its finding, alt text and native data."""
    cur = est.scenario.currency
    buildup = charts.cost_buildup_figure(est)
    cumulative = charts.cumulative_cost_figure(est)
    waterfall = charts.savings_waterfall_figure(est)
    distribution = charts.distribution_figure(sim, est)
    fan = charts.fan_figure(sim, est)
    series = " ".join(f"{OPTION_LABELS[op.option]} reaches {money_text(float(est.projected(op).cumulative[1, -1]), cur)}."
                      for op in est.options if est.projected(op) is not None)
    specs = [
        ChartSpec("buildup", "Cost build-up", buildup, charts.describe_buildup(est), _buildup_native(est)),
        ChartSpec("cumulative", "Cumulative cost", cumulative, _alt(cumulative, series), _cumulative_native(est)),
        ChartSpec("waterfall", "Savings waterfall", waterfall,
                  _alt(waterfall, " ".join(f"{x}: {money_text(y, cur)}."
                                           for x, y in zip(*_waterfall_steps(waterfall.data[0]), strict=True))
                       if waterfall.data else ""),
                  _waterfall_native(waterfall, cur)),
        ChartSpec("distribution", "Uncertainty", distribution,
                  _alt(distribution, " ".join(f"{OPTION_LABELS[s.option]}: P10 {money_text(s.horizon_total.low, cur)}, "
                                              f"P50 {money_text(s.horizon_total.mid, cur)}, "
                                              f"P90 {money_text(s.horizon_total.high, cur)}."
                                              for s in sim.options)),
                  _distribution_native(sim, cur)),
        ChartSpec("fan", "Fan chart", fan, _alt(fan, "Bands show P10 to P90 of cumulative cost; lines the P50."),
                  _fan_native(sim, cur)),
    ]
    if swing is not None:
        fig = charts.tornado_figure(swing, cur)
        words = " ".join(f"{s.label}: {money_text(s.savings_at_low, cur)} to {money_text(s.savings_at_high, cur)}."
                         for s in swing.swings)
        specs.append(ChartSpec("tornado", "What moves it", fig, _alt(fig, words), _tornado_native(swing, cur)))
    return tuple(specs)


# ---------------------------------------------------------------- images


EXPORT_SIZE = charts.SLIDE_SIZE
# px a footer line may take: plotly does not wrap an annotation's text, and the footer starts at the plot's left edge,
# 90 px in, or where the tick labels widen the left margin (195 px for the savings waterfall's step names, 162 for the
# tornado's inputs, measured in Kaleido's SVGs): 1,250 px of text ends 155 px or more before the 1,600 px image's edge.
# The sources wrapped at 190 characters before, about as wide in their mostly lower-case words.
FOOTER_WIDTH_PX = 1250
_CONTEXT_LINES = 2  # the scenario, function, workload, horizon and date: two lines hold a 200-character name
_SOURCE_LINES = 2  # "Sources: ...", the rest in the sources list


def shortened(context: ExportContext, max_em: float) -> ExportContext:
    """``context`` itself where its line wraps into :data:`_CONTEXT_LINES` lines of ``max_em`` ems; else with its
    scenario's name cut at a word boundary and ended with "…", the longest such name whose line does; a name of one
    long word is cut between its characters."""
    def fits(name: str) -> bool:
        return len(text_width.wrap(dataclasses.replace(context, scenario=name).line, max_em)) <= _CONTEXT_LINES

    if fits(context.scenario):
        return context
    words = context.scenario.split(" ")
    for n in range(len(words) - 1, 0, -1):
        name = " ".join(words[:n]).rstrip(" ,;:·-–—") + "…"
        if fits(name):
            return dataclasses.replace(context, scenario=name)
    first = words[0]
    n = next((n for n in range(len(first) - 1, 0, -1) if fits(first[:n] + "…")), 0)
    return dataclasses.replace(context, scenario=first[:n] + "…")


def footer_lines(context: ExportContext) -> list[str]:
    """The exported image's footer as the reader sees it (not yet plotly-safe text): the context line wrapped into at
    most two lines of :data:`FOOTER_WIDTH_PX` (a 200-character name ran the line off the image's right edge, the
    horizon and date lost), its name shortened with "…" at a word boundary only where two lines do not hold it; then
    two lines of sources. Widths are measured in Arial-like type (:mod:`estimator.text_width`), the font Kaleido's
    Chromium draws the footer in.

    >>> ctx = ExportContext("Plan A", "Customer service", "10.0 FTE", "5-year horizon", "2026-11-26", ("Acme quote",))
    >>> footer_lines(ctx)
    ['Plan A · Customer service · 10.0 FTE · 5-year horizon · 2026-11-26', 'Sources: Acme quote']
    >>> long = footer_lines(dataclasses.replace(ctx, scenario=" ".join(["Northwind offshore pilot"] * 8)))  # 199 chars
    >>> len(long), long[0][-20:], long[1]
    (3, '· Customer service ·', '10.0 FTE · 5-year horizon · 2026-11-26')
    """
    max_em = FOOTER_WIDTH_PX / FOOTER_FONT_SIZE
    lines = text_width.wrap(shortened(context, max_em).line, max_em)
    return [*lines, *text_width.wrap("Sources: " + "; ".join(context.sources), max_em)[:_SOURCE_LINES]]


_PATTERNS = ("", "/", ".", "x", "\\", "-", "+", "|")
_DASHES = ("solid", "dash", "dot", "dashdot", "longdash")


def without_colour_alone(fig: go.Figure) -> go.Figure:
    """A copy where series differ by more than colour: bar series get fill patterns, lines dash styles.

    >>> f = without_colour_alone(go.Figure([go.Bar(y=[1]), go.Bar(y=[2]), go.Scatter(y=[1], mode="lines")]))
    >>> [t.marker.pattern.shape for t in f.data[:2]], f.data[2].line.dash
    ([None, '/'], 'solid')
    """
    out = go.Figure(fig)
    bars = lines = 0
    for trace in out.data:
        if trace.type == "bar" and trace.showlegend is not False:
            if bars:
                trace.marker.pattern = dict(shape=_PATTERNS[bars % len(_PATTERNS)], fillmode="overlay",
                                            fgcolor="#1f2933", fgopacity=0.35)
            bars += 1
        elif trace.type == "scatter" and trace.mode == "lines":
            trace.line.dash = _DASHES[lines % len(_DASHES)]
            lines += 1
    return out


# px: a slide's chart on the Present page. At 1280 × 720 the page's nav row and a finding of up to two lines take
# the top 235 px, and the "Chart in words" fold under the chart and the page's foot 80 px: 400 px fits; 620 px ran
# 300 px past the screen's foot, so a presenter scrolled. A height, not a share of the screen: the server never
# knows the screen's size. The Present page stretches the chart to the screen's height left under the finding
# (views/present.py); this is its least height there, and the chart's height wherever a figure is drawn as it is.
PRESENTATION_HEIGHT = 400


def presentation_figure(fig: go.Figure) -> go.Figure:
    """A copy for a projector: large type, series that differ by more than colour.

    Bars laid sideways (the savings waterfall, the tornado) keep their own size of category names: at 20 px the
    names ("+ In-house until go-live") took 270 of a phone's 358 px, and the value labels right of the bars
    were cut off by the chart's edge.
    """
    out = without_colour_alone(fig)
    out.update_layout(height=PRESENTATION_HEIGHT, font=dict(size=22), title=dict(font=dict(size=30), x=0.02),
                      legend=dict(font=dict(size=LEGEND_FONT_SIZE)))
    # axis titles at the tick labels' 20 px, not the slide's 22: "Cost over the horizon, USD" ran 8 px past a
    # phone's chart at 22
    out.update_xaxes(tickfont=dict(size=20), title_font_size=20)
    out.update_yaxes(title_font_size=20)
    if not any(getattr(t, "orientation", None) == "h" for t in out.data):
        out.update_yaxes(tickfont=dict(size=20))
    return out


def export_figure(fig: go.Figure, context: ExportContext) -> go.Figure:
    """A copy of ``fig`` for export at slide size: title inset from the edge, slide-sized legend, and a
    footer with the scenario, function, workload, horizon, date and "Sources: ..." in small type.

    The figure on screen is not changed. The footer sits in the bottom margin, placed from the margin
    and plot heights (plotly has no "container" reference for annotations).
    """
    out = without_colour_alone(fig)
    width, height = EXPORT_SIZE
    lines = footer_lines(context)
    footer_px = int(FOOTER_FONT_SIZE * 1.5 * len(lines)) + 16
    top, bottom = 110, footer_px + 170  # 170 px under the plot for the axis title and the legend
    out.update_layout(
        width=width, height=height,
        title=dict(x=0.04, xanchor="left", xref="container", y=0.975, yanchor="top", font=dict(size=30)),
        legend=dict(font=dict(size=LEGEND_FONT_SIZE)),
        margin=dict(l=90, r=60, t=top, b=bottom, autoexpand=True),  # left grows with the tick labels
        xaxis=dict(tickfont=dict(size=18), title=dict(font=dict(size=20))),
        yaxis=dict(tickfont=dict(size=18), title=dict(font=dict(size=20))),
    )
    plot_height = height - top - bottom
    # each line plotly-safe: a name "<b>x</b>" was drawn as a bold "x", where the page, deck, CSV and report show it
    # as typed (wrapped first: "&lt;" is one character drawn)
    out.add_annotation(text="<br>".join(charts.plain(line) for line in lines), xref="paper", yref="paper", x=0, xanchor="left",
                       y=-(bottom - 14) / plot_height, yanchor="bottom", showarrow=False, align="left",
                       font=dict(size=FOOTER_FONT_SIZE, color="#3e4c59"), name="export_footer")
    return out


def image_bytes(fig: go.Figure, context: ExportContext, fmt: str = "png", title: str | None = None) -> bytes:
    """The chart with its footer as a slide-sized PNG (2× pixels) or SVG, drawn by Kaleido in Chromium.

    ``title`` puts back a title that :func:`estimator.charts.for_page` took out for the page.
    """
    if fmt not in ("png", "svg"):
        raise ValueError(f"image format must be png or svg, got {fmt!r}")
    charts.require_chromium()
    width, height = EXPORT_SIZE
    if title:
        fig = go.Figure(fig).update_layout(title_text=title)
    return images.draw(export_figure(fig, context), fmt, width, height, 2 if fmt == "png" else 1)


# Plotly's toolbar on the page without its camera button: the camera saves the chart as the screen shows it, and
# the screen's chart has neither its title nor (where the page writes it as text) its legend. The page's
# "Download chart" buttons save the whole export (:func:`image_bytes`): title, legend and footer.
TOOLBAR_CONFIG: dict[str, object] = {"displaylogo": False, "modeBarButtonsToRemove": ["toImage"]}
