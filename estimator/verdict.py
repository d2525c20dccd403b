"""One verdict: which option is best, and the sentences that say so (every chart title that states a finding).

Conventions: the best option is the one with the lowest cost **over the
horizon, one-time costs included**, in the midpoint case; in-house wins ties
(changing supplier must pay for itself). Every headline, metric delta, chart
title and export reads its verdict from here, so the page never contradicts
itself. Run-rate figures (a month after go-live) stay visible, labelled as run
rate. Money in the scenario's currency.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .assumptions import (
    ASSUMPTIONS,
    OFFSHORE_REALISED_AVERAGE,
    OFFSHORE_SAVINGS_HIGH,
    OFFSHORE_SAVINGS_LOW,
    REALISED_SAVINGS_AVERAGE,
    REALISED_SAVINGS_HIGH,
    REALISED_SAVINGS_LOW,
    REALISED_SAVINGS_SOURCE,
)
from .estimate import Estimate, OptionEstimate
from .formatting import chance_percent, money, percent, share_size, years
from .price_words import price_words
from .scenario import OPTION_LABELS, Scenario
from .uncertainty import Simulation, Swing, Tornado


def _years(est: Estimate) -> str:
    return years(est.scenario.business_case.horizon_years)


def best_option(est: Estimate) -> OptionEstimate:
    """The option with the lowest horizon total at the midpoint, in-house included; in-house wins a tie.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> best_option(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30)))).option
    'bpo'
    >>> best_option(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 90, 95)))).option
    'in_house'
    """
    best = est.in_house
    for op in est.alternatives:
        total = est.horizon_total(op)
        if op.priced and total is not None and total.mid < est.horizon_total(best).mid:  # type: ignore[union-attr]
            best = op
    return best


def cheapest_outsourced(est: Estimate) -> OptionEstimate | None:
    """The priced vendor option with the lowest horizon total at the midpoint (what the charts of savings show)."""
    priced = [op for op in est.vendors if op.priced]
    return min(priced, key=lambda op: est.horizon_total(op).mid) if priced else None  # type: ignore[union-attr]


def cheapest_alternative(est: Estimate) -> OptionEstimate | None:
    """The priced option other than in-house with the lowest horizon total at the midpoint: a vendor, or the
    offshore captive where the scenario sets one (the rival the headlines name when in-house wins)."""
    priced = [op for op in est.alternatives if op.priced]
    return min(priced, key=lambda op: est.horizon_total(op).mid) if priced else None  # type: ignore[union-attr]


def question(scenario: Scenario) -> str:
    """The page's and the deck's question: the work and the options it weighs (the captive only where it is set).

    >>> from estimator.scenario import Scenario
    >>> question(Scenario("Customer service", 10))
    'Customer service: in-house, BPO or KPO?'
    """
    choices = "in-house, BPO, KPO or an offshore captive" if scenario.captive is not None else "in-house, BPO or KPO"
    return f"{scenario.function}: {choices}?"


@dataclass(frozen=True)
class Verdict:
    """The finding at the midpoint: ``option`` is best over the horizon."""

    option: str
    horizon_saving: float  # against in-house over the horizon; 0 when in-house is best
    horizon_saving_share: float
    break_even_month: float | None
    sentence: str

    @property
    def label(self) -> str:
        return OPTION_LABELS[self.option]


def verdict(est: Estimate) -> Verdict:
    """The one verdict of an estimate.

    >>> from estimator.scenario import Scenario, VendorPrice
    >>> from estimator.estimate import estimate
    >>> v = verdict(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 90, 95))))
    >>> v.option, v.sentence.startswith("In-house is cheapest over 5 years: BPO would cost $")
    ('in_house', True)
    """
    cur = est.scenario.currency
    best = best_option(est)
    if best.option != "in_house":
        saving, share = est.horizon_savings(best), est.horizon_savings_share(best)
        assert saving is not None and share is not None
        month = est.break_even_month(best)[1]
        sentence = (f"{OPTION_LABELS[best.option]} saves {money(saving.mid, cur)} ({share_size(share.mid)}) over "
                    f"{_years(est)}" + ("" if month is None else f" and breaks even in month {month:.0f}"))
        return Verdict(best.option, saving.mid, share.mid, month, sentence)
    rival = cheapest_alternative(est)
    if rival is None:
        total = est.horizon_total(est.in_house)
        assert total is not None
        sentence = f"In-house costs {money(total.mid, cur)} over {_years(est)}; enter a vendor quote to compare"
    else:
        extra = est.horizon_savings(rival)
        assert extra is not None
        more = money(0.0 - extra.mid, cur)  # 0.0 - 0.0 is 0.0, not -0.0 ("-$0")
        # under a half unit more is "about the same", not "$0 more" (a word of direction on no figure)
        sentence = (f"In-house is cheapest over {_years(est)}: {OPTION_LABELS[rival.option]} would cost "
                    + ("about the same" if more == money(0.0, cur) else f"{more} more"))
    return Verdict("in_house", 0.0, 0.0, None, sentence)


def run_rate_sentence(est: Estimate, op: OptionEstimate) -> str:
    """The monthly run rate after go-live, labelled as such (it leaves out one-time and transition costs)."""
    cur = est.scenario.currency
    if not op.priced or op.option == "in_house":
        return f"In-house run rate {money(est.in_house.total.mid, cur)} a month"
    saving, share = est.savings(op), est.savings_share(op)
    lead = f"Run rate after go-live: {OPTION_LABELS[op.option]} {money(op.total.mid, cur)} a month"
    if saving.mid == 0:  # "$0 (0%) less than in-house" gave a direction to no difference
        return f"{lead}, the same as in-house"
    word = "less" if saving.mid > 0 else "more"
    return f"{lead}, {money(abs(saving.mid), cur)} ({share_size(share.mid)}) {word} than in-house"


def costs_more(share: float) -> str:
    """A horizon cost ``share`` (a fraction, above 0) more than in-house's, in words: "costs 24% more than in-house",
    or where it rounds to 0% "costs about the same as in-house (under 0.5% more)": "costs 0% more" said more and
    nothing at once.

    >>> costs_more(0.24), costs_more(0.003)
    ('costs 24% more than in-house', 'costs about the same as in-house (under 0.5% more)')
    """
    if percent(share) == percent(0.0):
        return f"costs about the same as in-house ({share_size(share)} more)"
    return f"costs {share_size(share)} more than in-house"


def chance_sentence(est: Estimate, sim: Simulation) -> str:
    """The Monte Carlo's finding for the verdict's option (or, when in-house wins, its closest rival)."""
    best = best_option(est)
    target = best if best.option != "in_house" else cheapest_alternative(est)
    if target is None:
        return f"In-house cost across {sim.draws:,} draws; enter a vendor quote to compare"
    spread = sim.option(target.option)
    assert spread is not None and spread.probability_cheaper is not None
    label = OPTION_LABELS[target.option]
    chance = (f"{label} is cheaper than in-house over {_years(est)} in {chance_percent(spread.probability_cheaper)} "
              f"of {sim.draws:,} draws")
    return chance if best.option != "in_house" else f"In-house is cheapest at the midpoint; {chance}"


def waterfall_sentence(est: Estimate, op: OptionEstimate, in_house_total: float, option_total: float) -> str:
    """The savings waterfall's title: from in-house to ``op`` over the horizon (midpoint totals given)."""
    cur = est.scenario.currency
    saving = in_house_total - option_total
    return (f"{OPTION_LABELS[op.option]} {'saves' if saving >= 0 else 'costs'} {money(abs(saving), cur)}"
            f"{'' if saving >= 0 else ' more'} over {_years(est)}: {money(in_house_total, cur)} in-house "
            f"→ {money(option_total, cur)}")


def tornado_sentence(t: Tornado, currency: str) -> str:
    """The tornado's title: the input that moves the option's horizon savings most, and between what."""
    label = OPTION_LABELS[t.option]
    if not t.swings:
        return f"No uncertain inputs: give a range to see what moves {label}'s savings"
    top = t.swings[0]
    kind, low, high = _savings_span(top, currency)
    if kind == "saving":
        return f"{top.label} moves {label}'s savings most: {low} to {high}"
    return f"{top.label} moves {label}'s result most: from {low} to {high}"


def _savings_span(swing: Swing, currency: str) -> tuple[str, str, str]:
    """What a swing's two savings are ("saving", "cost" or "result"), and the two in words, the lesser first.

    A negative saving is a cost, said as one: "-$182,066 to -$45,656" of savings made a reader undo the signs.
    """
    lo, hi = sorted((swing.savings_at_low, swing.savings_at_high))
    if lo >= 0:
        return "saving", money(lo, currency), money(hi, currency)
    if hi <= 0:
        return "cost", money(-hi, currency), f"{money(-lo, currency)} more than in-house"
    return "result", f"{money(-lo, currency)} more than in-house", f"{money(hi, currency)} saved"


@dataclass(frozen=True)
class RealityCheck:
    """The estimate beside what surveys of signed deals find, and what drives any gap."""

    band: tuple[float, float]
    average: float
    estimate_share: float | None
    position: str  # "above", "within", "below" or "no quote"
    drivers: tuple[str, ...]
    source: str = REALISED_SAVINGS_SOURCE

    @property
    def short(self) -> str:
        """One line for the page: the estimate against the band."""
        band = f"{percent(self.band[0])}–{percent(self.band[1])}"
        if self.estimate_share is None:
            return f"surveys of signed deals find {band} realised savings ({percent(self.average)} on average)."
        if self.estimate_share < 0:  # a cost, not a "-24% saved"
            return (f"{costs_more(-self.estimate_share)} over the horizon, where surveys of "
                    f"signed deals find {band} saved ({percent(self.average)} on average).")
        return (f"{share_size(self.estimate_share)} saved over the horizon, {self.position} the {band} that surveys of "
                f"signed deals find ({percent(self.average)} on average).")

    @property
    def sentence(self) -> str:
        band = f"{percent(self.band[0])}–{percent(self.band[1])} ({percent(self.average)} on average)"
        if self.estimate_share is None:
            return f"Surveys of signed deals find {band} realised savings; enter a vendor quote to compare."
        if self.estimate_share < 0:  # a cost, not a "-24%" saving
            text = (f"Surveys of signed deals find {band} realised savings over a contract. This estimate "
                    f"{costs_more(-self.estimate_share)} over the horizon, below that band.")
        else:
            text = (f"Surveys of signed deals find {band} realised savings over a contract. This estimate, "
                    f"{share_size(self.estimate_share)} over the horizon, is {self.position} that band.")
        if self.drivers:
            text += " What moves it most: " + "; ".join(self.drivers) + "."
        return text


def _driver(est: Estimate, swing: Swing) -> str:
    """One input's swing in words: its range, the unit once, money as money ("Salary per FTE ($31,200–$52,000 a
    year)", "BPO price ($20–$30 per productive hour)": it read "31,200–52,000 USD/year" beside "$20 to $30")."""
    currency = est.scenario.currency
    a = est.scenario.assumption(swing.key) if swing.key in ASSUMPTIONS else None  # in the scenario's currencies
    if swing.key.endswith("_price"):
        price = est.scenario.price(swing.key.removesuffix("_price"))
        shown = (f"{swing.low_value:,.4g}–{swing.high_value:,.4g}" if price is None else  # (never: a swing is a price)
                 price_words(replace(price, low=swing.low_value, high=swing.high_value), currency))
    elif swing.key.endswith("_fx_drift"):  # an exchange rate's yearly change
        low, high = percent(swing.low_value), percent(swing.high_value)
        shown = f"{low}{' to ' if min(swing.low_value, swing.high_value) < 0 else '–'}{high} a year"
    elif a is not None:
        code = est.scenario.money_of(swing.key)
        shown = a.money_range(swing.low_value, swing.high_value, code) or \
            a.show_range(swing.low_value, swing.high_value, currency=code)
    else:
        shown = f"{swing.low_value:,.4g}–{swing.high_value:,.4g}"
    kind, least, most = _savings_span(swing, currency)
    # a label with its own brackets takes the range inside them: "Contact volume (× plan, 0.8–1.2)", not "(× plan)
    # (0.8–1.2)"
    named = f"{swing.label[:-1]}, {shown})" if swing.label.endswith(")") else f"{swing.label} ({shown})"
    return f"{named} puts the {kind} between {least} and {most}"


def _position(share: float, low: float, high: float) -> str:
    """Where a saving share lies against a surveyed band, as both are written (whole percent): "above", "below" or
    "within". A share that reads as the band's end is at that end: 39.3% is written "39%", and "39% saved, above
    the 10%–39%" contradicted itself.

    >>> _position(0.3930, 0.10, 0.39), _position(0.3951, 0.10, 0.39), _position(0.0951, 0.10, 0.39)
    ('within', 'above', 'within')
    >>> _position(0.0949, 0.10, 0.39), _position(-0.2, 0.10, 0.39), _position(0.25, 0.10, 0.39)
    ('below', 'below', 'within')
    """
    if share > high and percent(share) != percent(high):
        return "above"
    if share < low and percent(share) != percent(low):
        return "below"
    return "within"


def captive_check(share: float) -> str | None:
    """The offshore captive's saving share beside what going offshore is found to save; None when within it.

    >>> captive_check(0.45) is None
    True
    >>> captive_check(0.85)[:60]
    'Offshore captive: 85% saved over the horizon, above the 25%–'
    """
    position = _position(share, OFFSHORE_SAVINGS_LOW, OFFSHORE_SAVINGS_HIGH)
    if position == "within":
        return None
    band = f"{percent(OFFSHORE_SAVINGS_LOW)}–{percent(OFFSHORE_SAVINGS_HIGH)}"
    average = f"({percent(OFFSHORE_REALISED_AVERAGE)} realised on average)"
    if share < 0:  # a cost, not a "-24% saved"
        return (f"Offshore captive: {costs_more(-share)} over the horizon, where going "
                f"offshore can save {band} {average}.")
    text = (f"Offshore captive: {share_size(share)} saved over the horizon, {position} the {band} going offshore can "
            f"save {average}.")
    if position == "above":
        text += (" The captive leaves out what is not sourced here: setting the centre up, and recruitment and "
                 "attrition abroad; check its pay against today's market.")
    return text


def reality_check(est: Estimate, tornado: Tornado | None, drivers: int = 3) -> RealityCheck:
    """Compare the verdict's horizon saving share with the surveyed band; when above it, name the largest
    drivers from the tornado in plain words (the inputs whose sourced range moves the saving most)."""
    band = (REALISED_SAVINGS_LOW, REALISED_SAVINGS_HIGH)
    target = cheapest_outsourced(est)
    if target is None:
        return RealityCheck(band, REALISED_SAVINGS_AVERAGE, None, "no quote", ())
    share = est.horizon_savings_share(target)
    assert share is not None
    position = _position(share.mid, *band)
    words: tuple[str, ...] = ()
    if position != "within" and tornado is not None:
        words = tuple(_driver(est, s) for s in tornado.swings[:drivers])
    return RealityCheck(band, REALISED_SAVINGS_AVERAGE, share.mid, position, words)
