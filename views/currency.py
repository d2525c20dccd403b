"""The sidebar's Currency expander: the reporting currency, the currency of the in-house figures and of each typed
quote, and for each other currency in use its exchange rate and the rate's yearly drift.

A rate is written one way everywhere: "1 USD = 83.0 INR", how many units of the other currency one unit of the
reporting currency buys (``ExchangeRate("USD", "INR", 83.0)``), and its drift is the yearly change of that 83.0 in
percent (+5%: the rupee buys 5% fewer dollars each year, so a cost in rupees falls 5% a year in dollars). Nothing
is looked up: the page asks for the rate. Widgets follow :mod:`views.store` (never ``value=``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from babel.numbers import get_currency_name, list_currencies

from estimator.assumptions import ASSUMPTIONS, VENDOR_MANAGEMENT_KEYS
from estimator.currency import DEFAULT_CURRENCY, MAX_DRIFT, MAX_RATE, MIN_DRIFT, MIN_RATE, ExchangeRate, flipped_drift, per_dollar
from estimator.formatting import format_money, huge, price_money, quantity, scientific
from estimator.options import options
from estimator.scenario import IN_HOUSE_MONEY, OPTION_LABELS, InputError
from views import store
from views.lazy import st
from views.local_numbers import QUOTE_PLACES, comma_locale, places_held, said

PARTS = options(captive=False)
DRIFT_ENDS = ("low", "mode", "high")


@cache
def choices() -> tuple[str, ...]:
    """Every ISO 4217 code Babel knows, the reporting currencies most used first (a selectbox filters as one types)."""
    common = ("USD", "EUR", "GBP", "INR", "PHP", "JPY", "CAD", "AUD", "MXN", "COP", "CRC", "ZAR", "PLN", "SGD")
    return (*common, *sorted(set(list_currencies()) - set(common)))


@cache
def name(code: str) -> str:
    """``USD: US Dollar``. Cached: each currency selectbox formats all ~300 codes on every rerun, and Babel's
    lookup made that about a sixth of the Estimate page's server time."""
    return f"{code}: {get_currency_name(code, locale='en')}"


def key(part: str) -> str:
    return "reporting_currency" if part == "reporting" else f"{part}_currency"


def rate_key(code: str, what: str = "rate") -> str:
    """``fx_rate_INR``; ``fx_drift_low_INR``, ``fx_drift_mode_INR``, ``fx_drift_high_INR``."""
    return f"fx_{what}_{code}" if what == "rate" else f"fx_drift_{what}_{code}"


def shown(part: str) -> str:
    """The currency a part's widget holds, before or after it is drawn (labels above the expander read it)."""
    fallback = DEFAULT_CURRENCY if part == "reporting" else shown("reporting")
    return store.stored(key(part)) or fallback


@dataclass(frozen=True)
class Currencies:
    """What the expander says: the reporting currency, each part's currency, a rate (or None) per other currency."""

    reporting: str
    parts: dict[str, str]
    rates: dict[str, ExchangeRate | InputError | None]  # an error is raised when its currency is used

    def per_dollar(self, code: str) -> float | None:
        """How many ``code`` one US dollar buys at the rates given (1 for dollars), None while one is missing: the
        sources' money figures and limits are dollars, shown in ``code`` at this."""
        return per_dollar(code, self.reporting, {c: r.rate for c, r in self.rates.items() if isinstance(r, ExchangeRate)})

    def rates_for(self, used: set[str]) -> tuple[ExchangeRate, ...]:
        """The rates of the currencies an amount is in; :class:`InputError` naming the first one not given."""
        out = []
        for code in sorted(used - {self.reporting}):
            rate = self.rates.get(code)
            if isinstance(rate, InputError):
                raise rate
            if rate is None:
                why = " (the sources' pay and cost figures are US dollars)" if code == DEFAULT_CURRENCY else ""
                raise InputError(f"exchange_rates.{code}.rate", f"give how many {code} one {self.reporting} buys "
                                                                f"(Currency, '1 {self.reporting} = ... {code}'){why}")
            out.append(rate)
        return tuple(out)


def sourced(reporting: str) -> set[str]:
    """The dollar, reporting in another currency: its rate is asked for whatever the parts' currencies, because
    the sources' pay and cost figures (the in-house defaults, the vendor manager's pay) and their limits are dollars,
    converted at it. Taken as the reporting currency, the salary default of 41,600 read as 41,600 rupees (about $500
    a year) and its limit refused a real rupee salary."""
    return set() if reporting == DEFAULT_CURRENCY else {DEFAULT_CURRENCY}


def rate_text(v: float) -> str:
    """A rate as typed, in plain digits: 84.1234, 0.000000001, 1,000,000,000 (not 1e-09 or 1e+09); one nobody means
    as every message writes one, "1.23e+29" (:func:`estimator.formatting.scientific`), not the float's 30 digits.

    >>> rate_text(84.1234), rate_text(1e-9), rate_text(1e9), rate_text(123456789012345678901234567890)
    ('84.1234', '0.000000001', '1,000,000,000', '1.23e+29')
    """
    return scientific(v) if huge(v) else f"{v:,.9f}".rstrip("0").rstrip(".")


def rate_field(code: str, reporting: str, key: str | None = None) -> float | None:
    """The field "1 EUR = … USD": how many ``code`` one ``reporting`` buys. The Currency expander draws it, and the
    Contact centre page draws the same field (the same key: one rate for both pages) for the currencies it uses; the
    Mix of functions page too, or under ``key`` for an opened mix in another currency than the expander's."""
    from views.inputs import _number  # the page's one typed-number reader (checks, reports, keeps)

    # six figures reporting in another currency than dollars: 1 INR = 0.0120482 USD read "0.0120" (83.3 rupees); and
    # the digits a rate holds are shown, to nine decimals (``most``): 0.0120481928 read "0.0120482"
    fmt = "%.4f" if reporting == DEFAULT_CURRENCY else "%.6g"
    why = (" The sources' pay and cost figures (the in-house defaults, the vendor manager's pay) and their limits "
           f"are US dollars: they are converted to {reporting} at this rate." if code == DEFAULT_CURRENCY else "")
    st.markdown(f"**1 {reporting} = … {code}**")
    return _number(f"{code} per {reporting}", key or rate_key(code), None, MIN_RATE, MAX_RATE, step=0.01, fmt=fmt,
                   show=rate_text, optional=True, name=f"Exchange rate, {code} per {reporting}", placeholder="rate", most=9,
                   nothing="no rate yet (the figures in it wait for one)",
                   help=f"How many {code} one {reporting} buys, from your treasury or bank; nothing is looked up.{why}")


def from_store(codes: set[str]) -> Currencies:
    """What the Currency expander last held, read from the store without drawing it (another page: the Contact
    centre's): the reporting currency, each part's, and the rate with its drift of each code in ``codes`` other
    than the reporting one (None where no rate was given)."""
    reporting = shown("reporting")
    rates: dict[str, ExchangeRate | InputError | None] = {}
    for code in sorted(set(codes) - {reporting}):
        typed = store.accepted(rate_key(code), None)
        # a rate typed into this page's own copy of the field arrives before the field is drawn, at the sidebar's
        # foot: read then (as the field will accept it), the pay above it is converted on the run the rate is typed
        fresh = st.session_state.get(rate_key(code))
        if isinstance(fresh, int | float) and math.isfinite(fresh) and MIN_RATE <= fresh <= MAX_RATE:
            typed = fresh
        if not typed:
            rates[code] = None
            continue
        ends = {end: float(store.accepted(rate_key(code, end), 0.0) or 0.0) / 100 for end in DRIFT_ENDS}
        try:
            rates[code] = ExchangeRate(reporting, code, float(typed), ends["low"], ends["high"],
                                       drift_mode=ends["mode"])
        except InputError as exc:
            rates[code] = InputError(f"exchange_rates.{code}.{exc.field.rpartition('.')[2]}", exc.reason)
    return Currencies(reporting, {part: shown(part) for part in PARTS}, rates)


SHARES = "_currency_shares"  # the options last priced as a savings share (their quotes are percents, in no currency)
CONVERTED = "_currency_converted"  # what the last change of "Report in" did to figures typed in the old currency
RATED = "_currency_rated"  # (reporting, code) of each rate the expander last asked for


def money_keys(part: str) -> list[tuple[str, str]]:
    """The fields holding an amount in ``part``'s currency ("reporting": the vendor manager's pay), each with its
    name as a message says it: the typed figures that must keep their money when that currency changes."""
    if part == "in_house":
        fields = [(f"in_house_{k}", ASSUMPTIONS[k].label) for k in IN_HOUSE_MONEY]
        fields.append(("cc_salary", "Agent salary (Contact centre)"))
    elif part == "reporting":
        fields = [(f"vm_{k}", ASSUMPTIONS[k].label) for k in VENDOR_MANAGEMENT_KEYS
                  if ASSUMPTIONS[k].unit.startswith("USD")]
    elif part in st.session_state.get(SHARES, frozenset()):
        return []
    else:
        return [(f"{part}_quote_{end}", f"{OPTION_LABELS[part]} quote, {end} end") for end in ("low", "high")]
    return [*fields, *((f"{k}_range", f"{name}, range") for k, name in fields if not k.startswith("cc_"))]


def _typed_money(part: str) -> list[tuple[str, str, object]]:
    """``part``'s fields holding a figure typed or opened (not a default that follows the rate): key, name, value."""
    out = []
    for field, label in money_keys(part):
        value = store.stored(field)
        if value is None or store.defaulted(field):
            continue
        if isinstance(value, tuple | list) or (isinstance(value, int | float) and math.isfinite(value)):
            out.append((field, label, value))
    return out


def _held(field: str, v: float) -> float:
    """A converted figure as its field holds it: money to the cent, a quote to a hundredth of a cent (a price; the
    quote fields' :data:`views.local_numbers.QUOTE_PLACES`). Held to the cent, a price a minute of $0.5833 became €0.54 at
    1 USD = 0.92 EUR (0.536636: 0.6% dearer), and $0.59 back at 1 EUR = 1.08696 USD: the same money it said."""
    return float(round(v, QUOTE_PLACES if "_quote_" in field else 2))


def _reporting_changed() -> None:
    """The in-house figures and the typed quotes follow the reporting currency until the user picks their own: each
    part still in the old reporting currency moves to the new one. They were set once, when the expander was first
    drawn (in dollars), so a user who chose "Report in: EUR" then typed her euro salary into "Salary per FTE
    (USD/year)" and was asked for a dollar rate to convert it.

    A figure typed (or opened from a link or a file) in the old currency keeps its money: converted at the rate the
    expander holds between the two, and said so. A link reporting in rupees, then "Report in: USD", read its
    3,466,667 rupees as dollars ("Salary per FTE: must be from 1,000 to 1,000,000"), as did a rupee salary typed in a
    fresh session. With no rate between the two, a part holding typed figures keeps its currency (the page then asks
    for that rate), and the vendor manager's typed pay, always in the reporting currency, goes back to its default."""
    old, new = store.stored_before(key("reporting"), DEFAULT_CURRENCY), st.session_state[key("reporting")]
    if old == new:
        return
    # how many ``new`` one ``old`` buys, as the expander asked for it in its last run: a rate field's key names no
    # reporting currency, so one kept from an earlier "Report in" would convert at another pair's rate
    rate = store.accepted(rate_key(new), None) if (old, new) in st.session_state.get(RATED, ()) else None
    rate = rate if isinstance(rate, int | float) and math.isfinite(rate) and rate > 0 else None
    converted: list[str] = []

    def convert(part: str) -> None:
        for field, label, value in _typed_money(part):
            moved = (tuple(_held(field, v * rate) for v in value) if isinstance(value, tuple | list)
                     else _held(field, value * rate))
            store.set_value(field, moved)
            if not field.endswith("_range"):
                converted.append(f"{label} {_amount(value, old)} → {_amount(moved, new)}")

    kept: list[str] = []
    for part in PARTS:
        if store.stored(key(part), old) != old:
            continue
        if _typed_money(part) and rate is None:
            kept.append({"in_house": "In-house pay and costs"}.get(part, f"{OPTION_LABELS[part]} quote"))
            store.set_value(key(part), old)  # its own now: it no longer follows
            continue
        if rate is not None:
            convert(part)
        store.set_value(key(part), new)
    reset = []
    if rate is not None:
        convert("reporting")
    else:
        for field, label, _ in _typed_money("reporting"):
            store.forget(field)
            reset.append(label)
    rates_said = _rates_follow(old, new, rate)
    notes = []
    if rates_said:
        notes.append(rates_said)
    if converted:
        notes.append(f"The figures given in {old} (typed, or from a link or file) are converted to {new} at "
                     f"1 {old} = {rate_text(rate)} {new}, the same money: {'; '.join(converted)}.")
    if kept:
        notes.append(f"{' and '.join(kept)} kept in {old}: typed in {old}, with no rate from {old} to {new} to convert "
                     f"them. Give '1 {new} = … {old}' below, or set their currency.")
    if reset:
        notes.append(f"{', '.join(reset)} back to the sources' default: typed in {old}, with no rate to {new}.")
    st.session_state[CONVERTED] = " ".join(notes) if notes else None


def _rates_follow(old: str, new: str, rate: float | None) -> str:
    """The rates given against ``old`` (how many of each currency one ``old`` buys), restated against ``new``: a rate
    field's key names no reporting currency, so "1 INR = 0.012 USD" was read after Report in -> EUR as "1 EUR = 0.012
    USD". With the rate between the two (``rate``: ``new`` per ``old``), each is the same money against ``new``, and
    its yearly change with it (:func:`restated_drift`); without it, each is emptied and asked for again, its yearly
    change back to none. Returns what is said."""
    given = {code for rep, code in st.session_state.get(RATED, ()) if rep == old and code != new}
    pair = _drift_ends(new)  # how ``new`` per ``old`` changes a year, in percent (the field's: 0 where not given)
    moved, emptied = [], []
    for code in sorted(given):
        value = store.accepted(rate_key(code), None)
        if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            continue
        if rate is None:
            store.forget(rate_key(code))
            for end in DRIFT_ENDS:
                store.forget(rate_key(code, end))
            emptied.append(code)
        else:
            store.set_value(rate_key(code), float(f"{value / rate:.6g}"))
            drift = restated_drift(_drift_ends(code), pair)
            _set_drift(code, drift)
            moved.append(f"1 {new} = {rate_text(float(f'{value / rate:.6g}'))} {code}{_drift_words(drift)}")
    if rate is not None:  # the pair itself, the other way round (asked for only where an amount is still in ``old``)
        store.set_value(rate_key(old), float(f"{1 / rate:.6g}"))
        _set_drift(old, inverse_drift(pair))
    out = []
    if moved:
        out.append(f"Rates restated against {new} from those given against {old}: {', '.join(moved)}.")
    if emptied:
        out.append(f"The rate{'s' if len(emptied) > 1 else ''} of {', '.join(emptied)} against {old} emptied, "
                   f"with {'their' if len(emptied) > 1 else 'its'} yearly change: give "
                   f"{' and '.join(f'1 {new} = … {c}' for c in emptied)}.")
    return " ".join(out)


def _drift_ends(code: str) -> tuple[float, float, float]:
    """The yearly change of ``code``'s rate, low, most likely and high, in percent, as the page uses it."""
    ends = []
    for end in DRIFT_ENDS:
        v = store.accepted(rate_key(code, end), 0.0)
        ends.append(float(v) if isinstance(v, int | float) and math.isfinite(v) else 0.0)
    return ends[0], ends[1], ends[2]


def _set_drift(code: str, drift: tuple[float, float, float]) -> None:
    for end, value in zip(DRIFT_ENDS, drift, strict=True):
        store.set_value(rate_key(code, end), value)
        store.accept(rate_key(code, end), value)


def _drift_words(drift: tuple[float, float, float]) -> str:
    if not any(drift):
        return ""
    low, mode, high = (f"{quantity(v)}%" for v in drift)
    return f" (yearly change {low} to {high}, most likely {mode})"


def _percent(fraction: float) -> float:
    """A yearly change as its field holds it: percent to two decimals, within the field's limits."""
    return round(min(max(fraction, MIN_DRIFT), MAX_DRIFT) * 100, 2) + 0.0  # + 0.0: no "-0.00"


def restated_drift(drift: tuple[float, float, float], pair: tuple[float, float, float]) -> tuple[float, float, float]:
    """A rate's yearly change (low, most likely, high, in percent) against the old reporting currency, restated
    against the new one. A drift is a change of the rate itself, so it depends on the base: 1 EUR = X / Y INR when
    1 USD = X INR and 1 USD = Y EUR, and with X rising by ``d`` a year and Y by ``p`` the euro's rate rises by
    (1 + d) / (1 + p) − 1. Each end is divided by the pair's most likely change (``pair``: the new currency's
    against the old, percent), so the range keeps its spread and a return to the old currency gives it back, to the
    hundredth of a percent the fields hold; the pair's own spread is its own rate's (:func:`inverse_drift`).

    >>> restated_drift((0.0, 2.0, 5.0), (0.0, 5.0, 10.0))  # 1 / 1.05 − 1, 1.02 / 1.05 − 1, 1.05 / 1.05 − 1
    (-4.76, -2.86, 0.0)
    >>> restated_drift((-4.76, -2.86, 0.0), inverse_drift((0.0, 5.0, 10.0)))  # back: 0.9714 / 0.9524 − 1 = 1.995%
    (0.0, 1.99, 5.0)
    >>> restated_drift((1.0, 2.0, 3.0), (0.0, 0.0, 0.0))  # the pair does not drift: as given
    (1.0, 2.0, 3.0)
    """
    by = 1 + pair[1] / 100
    low, mode, high = ((1 + d / 100) / by - 1 for d in drift)
    return _percent(low), _percent(mode), _percent(high)


def inverse_drift(drift: tuple[float, float, float]) -> tuple[float, float, float]:
    """The yearly change (percent) of a rate the other way round: 1 / (1 + d) − 1, its high end the low one
    (:func:`estimator.currency.flipped_drift`, as :meth:`~estimator.currency.ExchangeRate.inverse`), to two decimals.

    >>> inverse_drift((0.0, 5.0, 10.0))  # 1 / 1.10 − 1, 1 / 1.05 − 1, 1 / 1 − 1
    (-9.09, -4.76, 0.0)
    """
    low, mode, high = (flipped_drift(d / 100) for d in (drift[2], drift[1], drift[0]))
    return _percent(low), _percent(mode), _percent(high)


def _amount(value: object, code: str) -> str:
    """A figure as a message says it: money to the cent, no ".00"; a quote's hundredths of a cent where it has them.

    >>> _amount(0.536636, "EUR"), _amount(0.5833, "USD"), _amount(1500.0, "CHF"), _amount((20.0, 30.5), "USD")
    ('€0.54', '$0.5833', 'CHF\xa01,500', '$20–$30.50')
    """
    if isinstance(value, tuple | list):
        return "–".join(_amount(v, code) for v in value)
    amount = float(value)  # type: ignore[arg-type]
    places = places_held(amount, QUOTE_PLACES)
    if places <= 2 or amount != round(amount, QUOTE_PLACES) or not 0 < amount < 1000:
        return price_money(amount, code)
    return format_money(1.0, code, whole=True).replace("1", f"{amount:.{places}f}", 1)


def book_price_note(option: str, book: str) -> str:
    """What the expander says of an option priced at the price book's range, in place of its quote's currency box:
    the currency the results use. Reporting in pounds, the box read "BPO quote in: GBP" while the price used was the
    book's $20-30 (the sidebar's heading rightly "(USD per productive hour)"): the box is for a typed quote's currency,
    and with no quote typed nothing is in it.

    >>> book_price_note("bpo", "USD")
    "BPO price in USD: the price book's range. Type a vendor quote to choose its currency here."
    """
    return f"{OPTION_LABELS[option]} price in {book}: the price book's range. Type a vendor quote to choose its currency here."


def share_note(option: str) -> str:
    """What the expander says of an option priced as a savings share, in place of its quote's currency box: a share
    of the in-house cost is in no currency (the box read "KPO quote in: GBP" beside "KPO price (% below in-house
    cost)", and a rate was asked for a currency nothing was in)."""
    return f"{OPTION_LABELS[option]} price: a savings share of the in-house cost, in no currency."


def widgets(book_currency: dict[str, str | None], captive: str | None = None,
            shares: frozenset[str] = frozenset()) -> Currencies:
    """The expander's widgets. ``book_currency``: per option, the price book's currency where the option takes the
    book's range (its quote currency then does not apply: said, with no box), None where it takes a typed quote or
    none yet (the box: the currency the quote is typed in). ``shares``: the options priced as a savings share, in no
    currency. ``captive``: the offshore captive's pay currency where one is priced (its rate is asked for here, with
    the others)."""
    from views.inputs import _number  # the page's one typed-number reader (checks, reports, keeps)

    codes = choices()
    store.prime(key("reporting"), DEFAULT_CURRENCY)
    reporting = store.keep(key("reporting"), st.selectbox(
        "Report in", codes, format_func=name, key=key("reporting"), on_change=_reporting_changed,
        help="Every result, chart and export is in this currency; the in-house figures and typed quotes follow it "
             "until you set their own below (a figure typed in the old one converted at its rate). The price book's "
             "ranges are in USD."))
    st.session_state[SHARES] = shares  # read by the next change of "Report in": a share's quote is no money
    if note := st.session_state.pop(CONVERTED, None):
        st.info(said(note, comma_locale()), icon=":material/currency_exchange:")
    parts: dict[str, str] = {}
    for part in PARTS:
        book = book_currency.get(part)
        if part != "in_house" and (book or part in shares):
            # no quote's currency applies: the box would name one the results do not use (its choice is kept in the
            # store, and the box comes back with it when a quote is typed)
            st.caption(book_price_note(part, book) if book else share_note(part))
            parts[part] = book or reporting
            continue
        store.prime(key(part), reporting)
        label = "In-house pay and costs in" if part == "in_house" else f"{OPTION_LABELS[part]} quote in"
        help_text = ("The currency of the in-house salaries, overhead and cost per hire (a team abroad: its own "
                     "currency). Type those figures in it." if part == "in_house" else
                     f"The currency of a typed {OPTION_LABELS[part]} quote.")
        parts[part] = store.keep(key(part), st.selectbox(label, codes, format_func=name, key=key(part),
                                                         help=help_text))
    if captive is not None:
        parts["captive"] = captive
    rates: dict[str, ExchangeRate | InputError | None] = {}
    st.session_state[RATED] = frozenset((reporting, code) for code in set(parts.values()) - {reporting} | sourced(reporting))
    for code in sorted(set(parts.values()) - {reporting} | sourced(reporting)):
        rate = rate_field(code, reporting)
        st.caption(f"Yearly change of that rate, % (+: more {code} to the {reporting} each year, so {code} costs fall "
                   f"in {reporting})")
        ends = {}
        # one under another: three to a row, each field was 32 px wide in the sidebar at 1280 px, "0.00" read "0.("
        # and "-1.50" "..5"
        for end in DRIFT_ENDS:
            ends[end] = _number({"low": "Low", "mode": "Most likely", "high": "High"}[end], rate_key(code, end),
                                0.0, MIN_DRIFT * 100, MAX_DRIFT * 100, step=0.5, fmt="%.2f",
                                show=lambda v: f"{quantity(v)}%", name=f"{code} rate's yearly change, {end}")
        if rate is None:
            rates[code] = None
            continue
        try:
            rates[code] = ExchangeRate(reporting, code, rate, (ends["low"] or 0) / 100, (ends["high"] or 0) / 100,
                                       drift_mode=(ends["mode"] or 0) / 100)
        except InputError as exc:  # reported once every widget is drawn (nothing the user typed disappears)
            rates[code] = InputError(f"exchange_rates.{code}.{exc.field.rpartition('.')[2]}", exc.reason)
    return Currencies(reporting, parts, rates)
