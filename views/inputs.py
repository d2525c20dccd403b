"""Sidebar widgets: the work, the vendor prices and the in-house assumptions, read into a Scenario.

Every widget has a key (tests address widgets by it). Defaults come from the
price book and :mod:`estimator.assumptions`; none is typed here. Shares are
percent on screen and fractions in the estimator.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from estimator.assumptions import (
    ASSUMPTIONS,
    BILLED_UNITS,
    BUSINESS_CASE_KEYS,
    CAPTIVE_ASSUMPTIONS,
    CAPTIVE_CURRENCY,
    HR_RATIO_SOURCE,
    IN_HOUSE_KEYS,
    LOCATIONS,
    PEOPLE_KEYS,
    RAMP_UP_SOURCE,
    RANGE_KEYS,
    VENDOR_MANAGEMENT_KEYS,
    VENDOR_TERMS_KEYS,
    Assumption,
    in_house_defaults,
    in_house_source,
)
from estimator.captive import CaptiveInputs
from estimator.compare import INPUT_NAMES
from estimator.currency import DEFAULT_CURRENCY, converted
from estimator.formatting import counted, figure, format_money, money_range, parse_local, percent, price_money, quantity, written
from estimator.locations import location_label, priced_locations
from estimator.options import options
from estimator.price_words import BASIS_WORDS
from estimator.pricing import PriceBook
from estimator.quote_basis import equivalent_price
from estimator.scenario import (
    DISTRIBUTION_LABELS,
    DISTRIBUTIONS,
    ESCALATION_INDICES,
    IN_HOUSE_MONEY,
    MAX_ANY_MONEY,
    MAX_HOURS_PER_MONTH,
    OPTION_LABELS,
    BusinessCase,
    InHouseInputs,
    InputError,
    InputRange,
    People,
    Scenario,
    Uncertainty,
    VendorManagement,
    VendorPrice,
    VendorTerms,
    default_units,
    quote_basis,
    reference_price,
)
from views import currency as currency_view
from views import lazy, local_numbers, store
from views.lazy import st
from views.local_numbers import QUOTE_PLACES
from views.text import name_field

WORKLOAD_CHOICES = {"fte": "In-house headcount (FTE)", "hours_per_month": "Productive hours a month",
                    "contacts": "Contact volume (Erlang C)"}
# The queues the Contact centre page carried here (a ContactWorkload): the workload when the basis is "contacts".
CONTACT_WORKLOAD = "_contact_workload"
PRICE_KEYS = ("price", "use_quote", "quote_low", "quote_high", "units", "billed", "location", "book_location")
# Each group of assumption widgets, by the prefix of its keys.
PREFIXES = {"in_house_": IN_HOUSE_KEYS, "vm_": VENDOR_MANAGEMENT_KEYS, "vt_": VENDOR_TERMS_KEYS, "pp_": PEOPLE_KEYS,
            "bc_": BUSINESS_CASE_KEYS}
# In-house figures whose default depends on the function (estimator.assumptions.in_house_defaults).
FUNCTION_DEFAULTS = ("annual_salary", "overhead_per_fte_month")
# Widget bounds, not defaults: how far a slider reaches around its value.
FTE_SLIDER_MAX = 500
SPAN_FACTOR = 2.0
SAVINGS_SLIDER_MAX = 95
# The workload the page opens on: the README's worked example (10 agents), not a sourced figure.
EXAMPLE_FTE = 10
EXAMPLE_HOURS = 1_000.0
FUNCTION_SHOWN = "_function_shown"  # the function before a change (the callback runs before the script)
CARRIED = "_carried"  # (from function, to function, typed in-house figures kept)


def _reset_prices() -> None:
    """A new function has a new reference range: drop the old price widgets so they start from it."""
    for option in options(vendors_only=True):
        for name in PRICE_KEYS:
            store.forget(f"{option}_{name}")


def _function_changed() -> None:
    """The name follows the function unless the user typed one; typed in-house figures carry over, said so."""
    old, new = store.stored(FUNCTION_SHOWN), st.session_state["function"]
    if old == new:
        # Not a change: Streamlit calls a widget's on_change whenever the value sent differs from the one it holds,
        # and after a page switch it holds none. A number typed and not entered, then a page link: the browser's
        # second request, the old page's with the field's value, reached the server after the switch and "changed"
        # the function from nothing to the same one; every price was reset (the quote toggle off, both quotes
        # gone), without a word.
        return
    _reset_prices()
    if store.stored("scenario_name") in (None, "", old):
        store.set_value("scenario_name", new)
    # Pay and overhead left at the old function's default follow the new function's own default.
    old_defaults = in_house_defaults(old or "")
    for k in FUNCTION_DEFAULTS:
        # (in another currency than dollars, the default is the dollars' converted: the field says whether it is one)
        if store.defaulted(f"in_house_{k}") or store.accepted(f"in_house_{k}", None) in (None, old_defaults[k]):
            store.forget(f"in_house_{k}")
            store.forget(f"in_house_{k}_range")
    new_defaults = {k: ASSUMPTIONS[k].default for k in IN_HOUSE_KEYS} | in_house_defaults(new)
    carried = {k: v for k in IN_HOUSE_KEYS if not store.defaulted(f"in_house_{k}")
               and (v := store.accepted(f"in_house_{k}", None)) not in (None, new_defaults[k])}
    st.session_state[CARRIED] = (old, new, carried) if carried else None


def choose_function(function: str) -> None:
    """Set the work to price from another page (the guide), as if it had been picked in the sidebar."""
    if store.stored("function") != function:
        store.set_value("function", function)
        _function_changed()


# The sidebar's expanders (views.lazy: drawn only while open), each with the session-state key saying whether it is.
EXPANDERS = {part: f"open_{part}" for part in ("captive", "currency", "business_case", "uncertainty", "in_house",
                                               "vendor_management", "vendor_terms", "people")}


def _ranges_changed() -> None:
    """Turning ranges on starts each range around the value the user typed (not at the sources' range), and opens
    the in-house assumptions, where most of the ranges are."""
    if not st.session_state.get("ranges_on") or store.stored_before("ranges_on"):  # off, or not a change
        return                                                                     # (see _function_changed)
    st.session_state[EXPANDERS["in_house"]] = True
    for prefix, keys in PREFIXES.items():
        for k in keys:
            kept = store.stored(f"{prefix}{k}_range")
            typed = store.accepted(f"{prefix}{k}", ASSUMPTIONS[k].default)
            typed = None if typed is None else typed * (100 if ASSUMPTIONS[k].is_share else 1)  # None: it waits
            # A range the user set that still holds the typed value stays; any other starts again around it.
            if kept is not None and typed is not None and not kept[0] <= typed <= kept[1]:
                store.forget(f"{prefix}{k}_range")


def _on_steps(low: float, high: float, step: float) -> tuple[float, float]:
    """A range widened out to the slider's steps (the browser snaps a thumb to its step; 56,250 showed as 56,300)."""
    return round(math.floor(round(low / step, 9)) * step, 9), round(math.ceil(round(high / step, 9)) * step, 9)


def _nice_ceiling(x: float) -> float:
    """The next 1, 2 or 5 × 10^k at or above ``x`` (a slider end a reader can take in)."""
    if x <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(x))
    return next(m * exp for m in (1, 2, 5, 10) if m * exp >= x)


def _number(label: str, key: str, default: float | int | None, minimum: float, maximum: float, *, step: float | int,
            show: Callable[[float], str], fmt: str = "%.0f", help: str | None = None,
            optional: bool = False, name: str | None = None, nothing: str = "nothing (no quote)",
            placeholder: str | None = None, follow: bool = False, most: int | None = None) -> float | None:
    """A typed number, checked against ``minimum``..``maximum``; a rejected one is reported, not used.

    No ``min_value``/``max_value`` on the widget: with them the browser keeps an out-of-range number
    in the field, red, and never sends it, so the page went on with the old value without a word.
    Here every number arrives, and one outside the limits (or an emptied field) is reported next to the
    results with the value they use instead: the last one accepted, or the default.

    A whole number (an ``int`` step or a ``%d`` format: draws, a seed, contacts, seconds) is still a float
    widget, rounded here to the whole number its field shows: Streamlit's browser side reads an integer
    widget's text with ``parseInt``, so "2e4" typed into one arrived as 2 (and "1e3" as a seed was taken as 1
    without a word); a float widget reads it with ``parseFloat``, which takes scientific notation.

    ``follow``: the field shows ``default`` until the user types into it, a new one when it changes
    (:func:`views.store.follow_default`): a sourced dollar figure shown in another currency follows the rate.

    What a field shows is what is used (issue 7). A "%.0f" field of money or hours shows its cents while its value
    has some: "52000,50" typed under fr-FR showed "52 000" (under en-US "52001") and was used as 52000.5, and hours
    of 1,213.33 from a link showed "1213". The cents are shown rather than rounded away: rounding would change a
    figure the user typed, and an opened file's or link's (a salary of 1,000.50 came back as 1,001). A whole count
    (draws, a seed, contacts) is used as its field writes it (:func:`views.local_numbers.whole_as_shown`: 2.5 shows
    "3" in a number field, where Python's round gave 2). A message quotes the value as typed.

    Digits under the last one a field shows are not used either: a two-decimal field (a quote, a drift, a
    correlation; money shown to the cent) holding 25.004, typed or from a link or a file, showed "25.00" and was
    used as 25.004. What it holds is rounded to what it shows, before it is drawn (:func:`_held_as_shown`), and so
    reaches the results, the share link and the files as shown. ``most``: a field that shows up to that many
    decimals where its value has them (an exchange rate: 83.12345 shows as typed, not "83.1235").
    """
    whole = isinstance(step, int) or fmt in ("%d", "%i", "%u")
    (store.follow_default if follow else store.prime)(key, float(default) if whole and default is not None else default)
    comma = local_numbers.comma_locale()
    if not whole:
        fmt = _held_as_shown(key, fmt, comma, most)
    # the limits and the values in its messages written as the field shows numbers: "$1,000,000" beside a field
    # showing "1.000.000,00" under de-DE
    show = local_numbers.shows(show, comma)
    allowed = f"Allowed {show(minimum)} to {show(maximum)}."
    # a sentence of its own: a source's last words ran into it ("... take yours from the ACD report Allowed 1 second")
    help = f"{help}{'' if help.endswith(('.', '!', '?')) else '.'} {allowed}" if help else allowed
    placeholder = placeholder or ("empty" if not optional else label.split()[-1].lower())
    if comma is None:
        typed = st.number_input(label, value=None, step=float(step), format="%.0f" if whole else fmt, key=key,
                                help=help, placeholder=placeholder,
                                **({"on_change": store.typed, "args": (key,)} if follow else {}))
        store.keep(key, typed)
    else:  # a text field read the locale's way: an <input type="number"> read "25,5" as 255
        typed = local_numbers.field(label, key, comma, "%.0f" if whole else fmt, help=help, placeholder=placeholder,
                                    follow=follow)
    raw = typed  # as typed, for a message
    if whole and typed is not None and math.isfinite(typed):
        typed = int(local_numbers.whole_as_shown(typed, comma))
    name = name or label
    used = store.accepted(key, default)
    shown_used = nothing if used is None else show(used)
    unread = None if comma is None else local_numbers.unreadable(key)
    if unread is not None:
        written = f"is not a number (numbers here are written like {local_numbers.example(comma)})"
        store.reject(store.Rejected(name, local_numbers.quoted(unread), written, shown_used))
    elif typed is None:
        if optional:
            return store.accept(key, None)
        store.reject(store.Rejected(name, "empty", "is not a number", shown_used))
    elif not math.isfinite(typed) or not minimum <= typed <= maximum:
        store.reject(store.Rejected(name, show(raw), f"is outside {show(minimum)} to {show(maximum)}", shown_used))
    else:
        used = store.accept(key, typed)
    return used


def _held_as_shown(key: str, fmt: str, comma: str | None, most: int | None = None) -> str:
    """The format of decimal field ``key`` for the value it holds, and that value rounded to what the field shows
    (see :func:`_number`). A money field of whole figures ("%.0f") shows cents while it holds some (a salary of
    52,000.50 is not rounded to 52,001); ``most``: up to that many decimals while it holds them (a rate)."""
    held = st.session_state.get(key)
    if not isinstance(held, float) or not math.isfinite(held):
        return fmt
    places = int(found[1]) if (found := re.fullmatch(r"%\.(\d+)f", fmt)) else None
    if fmt == "%.0f" and not held.is_integer():
        places = 2
    if most is not None:  # the digits it holds, to ``most``: 83.12345 -> 5, 1e-9 -> 9, 83.0 -> the format's own
        places = max(places or 0, local_numbers.places_held(held, most))
    if places is None:
        return fmt
    shown = local_numbers.as_shown(held, comma, places)
    if shown != held:
        store.show_as(key, shown)
    return f"%.{places}f"


def _fraction(percent: float) -> float:
    """A percent slider's value as the fraction the estimator takes, without the float noise of ``/ 100``: the default
    2.9% escalation went through the slider as 2.9000000000000004 and out to the JSON, the CSV and a share link as
    0.029000000000000005. Twelve significant digits, not a number of decimals: a share link can set a slider off its
    0.1% steps (0.006103515625%), and that value must come back as it went.

    >>> _fraction(0.029 * 100), _fraction(31.4), _fraction(0.006103515625)
    (0.029, 0.314, 6.103515625e-05)
    """
    return float(f"{percent / 100:.12g}")


def slider_format(step: float, currency: str | None = None) -> str:
    """A money or count slider's figures with thousands separators (sprintf's ``%,``), to the cent on half steps,
    after the currency's symbol (a code for another currency): a price slider read "$1500.0" and "$20.0", a salary
    range "31200" to "52000".

    >>> slider_format(100.0), slider_format(0.05), slider_format(0.5, "USD"), slider_format(5.0, "INR")
    ('%,.0f', '%,.2f', '$%,.2f', 'INR %,.0f')
    """
    figures = "%,.2f" if step < 1 else "%,.0f"
    return figures if currency is None else ("$" if currency == "USD" else f"{currency} ") + figures


def _slider(label: str, key: str, default: object, follow: bool = False, **kwargs: object):
    """A slider whose value lives in the store (see :mod:`views.store`): never ``value=``. ``follow``: as
    :func:`_number`'s (a range around a sourced dollar figure follows the rate until the user moves it)."""
    if follow:
        store.follow_default(key, default)
        kwargs |= {"on_change": store.typed, "args": (key,)}
    else:
        store.prime(key, default)
    if "format" in kwargs and local_numbers.comma_locale() is not None:
        # A browser that writes decimals with a comma: a sprintf format has only the point ("$20.00", "3.7%"), and
        # Streamlit's "localized" writes the value with the browser's Intl.NumberFormat ("20,5", "3,7", "41.600").
        # It has no unit: each such slider's label or the heading above it gives one ("(%)", "USD per productive hour").
        kwargs["format"] = "localized"
    return store.keep(key, st.slider(label, key=key, **kwargs))


def range_top(a: Assumption, value: float) -> float:
    """The end of a money or count assumption's range slider around ``value``: a 1-2-5 step past twice the
    sources' high end, twice the value and the default, within the assumption's limits."""
    return min(_nice_ceiling(max(2 * (a.high or a.default), 2 * value, a.default)), a.maximum)


def in_currency(a: Assumption, code: str, rate: float) -> Assumption:
    """A money assumption as the page shows it in currency ``code``, ``rate`` of it to one US dollar
    (:func:`estimator.currency.per_dollar`): its unit names the currency, and its default, limits and sources' range,
    all dollars, are converted."""
    if code == "USD" and rate == 1.0:
        return a

    def scaled(v: float | None) -> float | None:
        return None if v is None else converted(v, rate)

    return replace(a, unit=a.unit.replace("USD", code), default=converted(a.default, rate),
                   minimum=converted(a.minimum, rate), maximum=converted(a.maximum, rate), low=scaled(a.low),
                   high=scaled(a.high))


def most_likely(typed: float, low: float, high: float) -> float:
    """A range's most likely value on the page: the value typed (before ranges were turned on, or the scenario
    opened's), clamped into the range, so that the headline moves as the range's ends move, never by a jump. It
    was the range's midpoint once the range left the typed value out: 30% shrinkage in 13.3%-39.4%, the low end
    moved from 30.0% to 30.1% took the mode to 34.75% and BPO from $2,811,321 to $2,668,447 (h20walk).

    >>> most_likely(0.30, 0.133, 0.394), most_likely(0.30, 0.301, 0.394), most_likely(0.30, 0.10, 0.25)
    (0.3, 0.301, 0.25)
    """
    return min(max(typed, low), high)


def _assumption_widget(a: Assumption, prefix: str, as_range: bool = False, default: float | None = None,
                       source: str | None = None, money: tuple[str, float | None] | None = None
                       ) -> float | tuple[float, float] | None:
    """One assumption as a slider (shares, in percent) or a number input (money, counts).

    With ``as_range`` (assumptions the Monte Carlo can draw), a two-handle slider instead, starting
    around the value the user typed (:meth:`Assumption.range_around`); it returns (low, high).
    ``default`` and ``source`` replace the assumption's own where the work has its own (pay, overhead).
    ``money``: (currency, how many of it one US dollar buys) of a money figure sourced in dollars: its unit says
    that currency, its default, range and limits are the dollars' converted, and until the user types into it the
    field follows that default when the rate changes. The rate None (not given yet): the field waits, empty, and
    takes what is typed without the limits (which it cannot know); None is returned until something is typed.
    """
    rate = 1.0
    follow = money is not None
    if money is not None:
        code, per = money
        if per is None:
            return _waiting(a, prefix, code, source)
        rate = per
        a = in_currency(a, code, rate)
        default = None if default is None else converted(default, rate)
    default = a.default if default is None else default
    sourced = a.range_around(default) if a.range is not None else None
    figures = f" Default {a.show(default)}" + (
        f"; sources' range {a.show_range(sourced.low, sourced.high)}." if sourced is not None else ".")
    if money is not None and money[0] != "USD":
        figures += f" Default, range and limits: the sources' US-dollar figures at 1 USD = {_per(rate)} {money[0]}."
    # the citation as cited ("table 14.5"), the figures as the fields show numbers
    source = f"{source or a.source}.{local_numbers.said(figures, local_numbers.comma_locale())}"
    key = f"{prefix}{a.key}"
    if follow and as_range and store.defaulted(key):  # the field, not drawn under its range, follows the rate too
        store.accept(key, default)
    point = store.accepted(key, default)
    if as_range and a.key in RANGE_KEYS:
        around = a.range_around(point)
        low, high = around.low, around.high
        if a.is_share:
            shown = _on_steps(low * 100, high * 100, 0.1)
            picked = _slider(f"{a.label}, range (%)", f"{key}_range", shown, follow,
                             min_value=a.minimum * 100, max_value=a.maximum * 100, step=0.1, format="%.1f%%", help=source)
            ends = (low, high) if tuple(picked) == shown else (_fraction(picked[0]), _fraction(picked[1]))
            likely = f"{most_likely(point, *ends) * 100:.1f}%"  # as the slider writes its ends
        else:
            top = range_top(a, point)
            # small figures (a handle-time ratio of 1.1, 1.6 weeks of severance) on whole steps became 1-2
            step = 0.05 if top <= 10 else 1.0 if top <= 10_000 else 100.0
            shown = _on_steps(low, high, step)
            picked = _slider(f"{a.label}, range ({a.unit})", f"{key}_range", shown, follow,
                             min_value=max(a.minimum, 0.0), max_value=float(top), step=step,
                             format=slider_format(step), help=source)
            # a range left where it starts is the sources' own, not its slider's steps (IT's salary range
            # 37,328-62,212 was used as 37,300-62,300 and cited as the user's own range: session 27's second walk)
            ends = (low, high) if tuple(picked) == shown else (float(picked[0]), float(picked[1]))
            likely = a.show(most_likely(point, *ends))
        # the value the headline uses, which the range's slider does not show (h20walk: hidden, it jumped)
        st.caption(f"Most likely {local_numbers.said(likely, local_numbers.comma_locale())}",
                   help="The value the results use, and where PERT and triangular draws peak: the value set before "
                        "ranges were turned on, moved inside the range where the range leaves it out.")
        return ends
    if a.is_share:
        value = _slider(a.percent_label, key, default * 100,
                        min_value=a.minimum * 100, max_value=a.maximum * 100, step=0.1, format="%.1f%%", help=source)
        return store.accept(key, _fraction(value))
    fine = default != int(default) or a.maximum <= 5
    used = _number(f"{a.label} ({a.unit})", key, default, a.minimum, a.maximum,
                   step=0.05 if a.maximum <= 5 else 0.5 if fine else 1.0 if a.maximum <= 10_000 * rate else 500.0,
                   fmt="%.2f" if fine else "%.0f", show=a.show, help=source, follow=follow)
    assert used is not None
    return used


def _dollar_note(money: tuple[str, float | None], reporting: str, what: str) -> None:
    """Beside money fields sourced in dollars and shown in another currency: what they wait for, or the rate they
    were converted at (a field typed into keeps what was typed)."""
    code, rate = money
    if code == "USD":
        return
    if rate is None:
        st.info(f"The money fields below wait for the US dollar's rate (Currency, 1 {reporting} = … USD): their "
                f"defaults and limits are dollars, converted to {code} at it. What you type is kept.",
                icon=":material/currency_exchange:")
    else:
        rate_said = local_numbers.said(_per(rate), local_numbers.comma_locale())  # as the rate's field shows it
        st.caption(f"The sources' US-dollar {what} below, converted at 1 USD = {rate_said} {code}; a figure you "
                   "type stays as typed when the rate changes.")


def _per(rate: float) -> str:
    """A rate per dollar as the page says it: 83 INR, 0.925926 EUR (six figures, no exponent)."""
    return f"{rate:,.6g}" if 1e-4 <= rate < 1e15 else f"{rate:,.10f}".rstrip("0")


def _waiting(a: Assumption, prefix: str, code: str, source: str | None) -> float | None:
    """A money field sourced in dollars, shown in ``code`` before the dollar's rate is given: empty (nothing in
    dollars is labelled ``code``), no limits checked (they are dollars too), what the user types kept as typed."""
    a = replace(a, unit=a.unit.replace("USD", code))
    return _number(f"{a.label} ({a.unit})", f"{prefix}{a.key}", None, 0.0, MAX_ANY_MONEY, step=1.0, show=a.show,
                   optional=True, follow=True, placeholder="USD rate first", nothing="nothing yet",
                   help=f"{source or a.source}. Its default and limits are US dollars: give the dollar's rate "
                        "under Currency and they are converted; a figure you type now is kept as typed.")


def _quote_basis_changed(option: str) -> None:
    """A typed quote keeps its meaning when its basis changes: converted to the price that bills the same fees a
    month at this workload (estimator.quote_basis), and said so; cleared, with a word, where that is not defined."""
    from views.share import CURRENT

    key = f"{option}_quote_basis"
    old, new = store.stored_before(key, "per_hour"), st.session_state[key]
    store.keep(key, new)
    quote = [store.stored(f"{option}_quote_{end}") for end in ("low", "high")]
    if old == new or all(v is None for v in quote):
        return
    scenario = st.session_state.get(CURRENT)
    billed = store.stored(f"{option}_billed", "productive_hour")
    label = OPTION_LABELS[option]
    try:
        if not isinstance(scenario, Scenario) or scenario.contact_centre is None:
            raise ValueError("no queues to convert through")
        price = [None if v is None else equivalent_price(scenario, v, old, new, billed) for v in quote]
    except ValueError:
        for end in ("low", "high"):
            store.set_value(f"{option}_quote_{end}", None)
        st.session_state[f"_{option}_quote_converted"] = (
            f"{label} quote cleared: a price {BASIS_WORDS[old]} has no equivalent {BASIS_WORDS[new]} here. "
            f"Enter the vendor's quote {BASIS_WORDS[new]}.")
        return
    for end, value in zip(("low", "high"), price, strict=True):
        store.set_value(f"{option}_quote_{end}", value)
    code = currency_view.shown(option)  # the quote's own currency: a euro quote read "$25.00"

    def written(v: float) -> str:  # under 1 (a price a minute), four figures: to the cent, $0.5833 read "$0.58"
        return f"{v:,.4g} {code}" if v < 1 else format_money(v, code)

    shown = " to ".join(format_money(v, code) for v in quote if v is not None)
    now = " to ".join(written(v) for v in price if v is not None)
    w = scenario.contact_centre
    st.session_state[f"_{option}_quote_converted"] = local_numbers.said(  # as the quote's fields show numbers
        f"{label} quote converted from {shown} {BASIS_WORDS[old]} to {now} {BASIS_WORDS[new]}: the same fees a month "
        f"at this workload ({w.point_agent_hours:,.0f} Erlang C agent hours, {w.point_contacts_month:,.0f} contacts, "
        f"{scenario.value('handle_time_ratio'):g}× the handle time at the vendor). Replace it with the vendor's own "
        f"price {BASIS_WORDS[new]} when you have one.", local_numbers.comma_locale())


def _quote_defaults(ref: VendorPrice | None, currency: str, scale: float) -> tuple[float | None, float | None]:
    """The quote fields' first values: the price book's range, in the currency the quote is typed in (``currency``).
    Reporting in pounds, turning the quote on filled the fields with the book's $20-30 under "BPO quote in: GBP":
    read as 20-30 pounds, the BPO cost moved from £2,249,081 to £2,670,184 before anything was typed (session 18's
    walk). Converted at the rates given (1 GBP = 1.25 USD: £16-24), the price stays where it was; with no rate yet,
    the fields start empty rather than guess one (a savings share is in no currency: as the book gives it)."""
    if ref is None:
        return None, None
    if scale != 1.0 or ref.currency in (None, currency):
        return ref.low * scale, ref.high * scale
    rates = currency_view.from_store({ref.currency, currency, DEFAULT_CURRENCY})
    into, out_of = rates.per_dollar(currency), rates.per_dollar(ref.currency)
    if into is None or out_of is None:
        return None, None
    return converted(ref.low, into / out_of), converted(ref.high, into / out_of)


def _book_location(book: PriceBook, function: str, option: str) -> tuple[str | None, tuple[str, ...]]:
    """The price book's location the page prices ``option`` at, and the locations the book prices it at. With
    several, the one chosen under "BPO work delivered from" (``{option}_book_location``, the first until one is chosen);
    with one or none, None: the book's first row for the pair, as before there were locations."""
    located = priced_locations(book, function, option)
    if len(located) < 2:
        return None, located
    chosen = store.stored(f"{option}_book_location")
    return (chosen if chosen in located else located[0]), located


def _book_location_changed(option: str) -> None:
    """Another location is another reference range: the price slider starts again from the new row's range."""
    key = f"{option}_book_location"
    if store.stored_before(key) != st.session_state[key]:  # not a change: see _function_changed
        store.forget(f"{option}_price")


def _location_widget(option: str, use_quote: bool, ref: VendorPrice | None, located: tuple[str, ...] = ()) -> str:
    """Where the priced work is done: a typed quote says it; a price-book range has its row's location (the seed
    prices state none), shown and never guessed, and where the book prices the work at several locations, chosen
    among them (``located``)."""
    if not use_quote and ref is not None:
        if len(located) > 1:
            key = f"{option}_book_location"
            if store.stored(key) not in located:  # a book edited since: its first location
                store.set_value(key, ref.location)
            store.prime(key, ref.location)
            return store.keep(key, st.selectbox(
                f"{OPTION_LABELS[option]} work delivered from", located, format_func=LOCATIONS.get, key=key,
                on_change=_book_location_changed, args=(option,),
                help="The price book prices this work at several locations, each with its own range and source."))
        st.caption(f"{OPTION_LABELS[option]} work delivered from: {location_label(ref.location).lower()} (price book)")
        return ref.location
    store.prime(f"{option}_location", "not_stated")
    return store.keep(f"{option}_location", st.selectbox(
        f"{OPTION_LABELS[option]} work delivered from", list(LOCATIONS), format_func=LOCATIONS.get, key=f"{option}_location",
        help="Where the quoted work is done: onshore, nearshore or offshore. The seed prices state no location."))


def _price_widgets(book: PriceBook, function: str, option: str,
                   contacts: bool = False) -> tuple[Callable[[float, str], VendorPrice | None], str | None, bool]:
    """Slider over the reference range, or a typed quote.

    Returns a builder rather than the price, so that a bad quote is reported
    only after every widget is on screen (nothing the user typed disappears);
    it takes the in-house headcount and the typed quote's currency. With it, the
    price book's currency where the option takes the book's range (None for a
    typed quote or a savings share, which is in no currency), and whether the
    price is a savings share (the Currency expander says so, with no currency box).
    """
    label = OPTION_LABELS[option]
    place, located = _book_location(book, function, option)
    ref = reference_price(book, function, option, location=place)
    basis = ref.basis if ref else quote_basis(book, function, option)
    share = basis == "savings_share"
    scale = 100.0 if share else 1.0
    typed = ref is None or bool(store.stored(f"{option}_use_quote", False))
    # a typed quote for a contact-volume workload is per the "Quote per" drawn below (its value from this run's
    # state): the heading read "BPO price (EUR per productive hour)" above "Quote per: per contact"
    shown_basis = store.stored(f"{option}_quote_basis", "per_hour") if typed and contacts and basis == "per_hour" \
        else basis
    unit = BASIS_WORDS.get(shown_basis, BASIS_WORDS[basis])
    if shown_basis == "per_hour":  # the hour "The BPO quote is" (drawn below) names: per FTE a month is no hour
        unit = BILLED_UNITS.get(store.stored(f"{option}_billed"), unit)
    in_currency = ref.currency if ref is not None and not typed else currency_view.shown(option)
    # The unit once, for the heading and the quote's two fields: each field's label is the only name a screen reader
    # gives it, and both options' fields read "Quote low", with the unit only in the heading above (session 21's walk)
    per = f"{'%' if share else in_currency} {unit}"
    st.markdown(f"**{label} price** ({per})")
    use_quote = ref is None
    if ref is not None:
        store.prime(f"{option}_use_quote", False)
        use_quote = store.keep(f"{option}_use_quote", st.toggle(
            f"Type a {label} vendor quote instead", key=f"{option}_use_quote",
            help=f"Replace the reference range ({ref.source}) with your own quote."))

    def show(v: float) -> str:
        return f"{v:,.4g}%" if share else price_money(v, in_currency)

    said = local_numbers.shows(show, local_numbers.comma_locale())  # as the quote's fields show numbers

    if use_quote and contacts and basis == "per_hour":
        # A contact-volume workload can be priced per contact or per handled minute too.
        store.prime(f"{option}_quote_basis", "per_hour")
        basis = store.keep(f"{option}_quote_basis", st.selectbox(
            f"{label} quote per", ("per_hour", "per_contact", "per_minute"), format_func=BASIS_WORDS.get,
            key=f"{option}_quote_basis", on_change=_quote_basis_changed, args=(option,)))
        converted = st.session_state.pop(f"_{option}_quote_converted", None)
        if converted:
            st.info(converted, icon=":material/currency_exchange:")
    if use_quote:
        # The estimator's limits, in the widget's units: a savings share below 99%, a price below a million.
        top = 99.0 if share else 1_000_000.0
        first_low, first_high = _quote_defaults(ref, in_currency, scale)
        # One under the other: side by side, in the sidebar's halves, each label ran to four lines. A refused end with
        # none accepted before: the quote is its other end alone ("the results use nothing (no quote)" stood above
        # results priced at the $30 high end)
        low = _number(f"{label} quote, low end ({per})", f"{option}_quote_low", first_low, 0.0, top,
                      step=1.0, fmt="%.2f", most=QUOTE_PLACES, show=show, optional=True,
                      name=f"{label} quote, low end", placeholder="low",
                      nothing="no low end (the high end alone, if given)")
        high = _number(f"{label} quote, high end ({per})", f"{option}_quote_high", first_high, 0.0, top,
                       step=1.0, fmt="%.2f", most=QUOTE_PLACES, show=show, optional=True,
                       name=f"{label} quote, high end", placeholder="high",
                       nothing="no high end (the low end alone, if given)")
        if low is None and high is None:
            if ref is None:  # said only until a quote is typed; after one it read as if the quote were ignored
                st.info(f"No reference price for {function} under {label}: enter a vendor quote.", icon="✍️")
            return (lambda fte, currency: None), None, share
        if low is None or high is None:
            low = high = low if high is None else high
            # one end typed is a point price: said, so that an emptied field does not read as ignored
            st.caption(f"One end given: the quote is {said(low)} at both ends.")
            store.note(f"{label} quote: one end given, so the quote is {said(low)} at both ends.")
        source = "vendor quote"
    else:
        assert ref is not None
        top = SAVINGS_SLIDER_MAX if share else _nice_ceiling(SPAN_FACTOR * ref.high)
        step = 1.0 if share or top <= 500 else 5.0
        step = 0.5 if top <= 100 and not share else step
        reference = f"{percent(ref.low)}–{percent(ref.high)}" if share else local_numbers.said(
            money_range(ref.low, ref.high), local_numbers.comma_locale())  # as the fields show numbers
        low, high = _slider(
            f"{label} price range", f"{option}_price", (ref.low * scale, ref.high * scale), min_value=0.0,
            max_value=float(top), step=step, format="%.0f%%" if share else slider_format(step, in_currency),
            label_visibility="collapsed",
            help=f"Reference range {reference} from seed '{ref.source}'.")
        source = ref.source
    units: float | None = 1.0
    billed = "productive_hour"
    if basis == "per_month":
        units = _number(f"{label} employees served (billing units a month)", f"{option}_units", None, 0.0, 1_000_000.0,
                        step=1.0, show=quantity, name=f"{label} employees served", optional=True,
                        placeholder="from headcount",  # its label's last word made it "month)"
                        help="The seed's monthly HR price is per employee served. Left empty, it is the in-house "
                             f"team's headcount at the benchmark ratio ({HR_RATIO_SOURCE}).")
    if basis == "per_hour":
        store.prime(f"{option}_billed", "productive_hour")
        billed = store.keep(f"{option}_billed", st.selectbox(
            f"The {label} quote is", list(BILLED_UNITS), format_func=BILLED_UNITS.get, key=f"{option}_billed",
            help="Per productive hour (the vendor absorbs its shrinkage), per paid hour (it bills its shrinkage "
                 "too) or per FTE a month: converted to the cost of the same work."))
    location = _location_widget(option, use_quote, ref, located)

    book_currency = None if use_quote or share else ref.currency if ref is not None else None

    def build(fte: float, currency: str) -> VendorPrice:
        if use_quote and low > high:  # in the quote's own units ("$100"), not the range check's bare numbers
            raise InputError(f"{option}.price.low", f"{show(low)} is above the high end, {show(high)}")
        return VendorPrice(basis, low / scale, high / scale, units=default_units(fte) if units is None else units,
                           source=source, option=option, billed=billed, location=location,
                           currency=None if share else book_currency or currency)

    return build, book_currency, share


def sidebar_scenario(book: PriceBook) -> Scenario:
    """Render the sidebar and return the validated scenario; raises :class:`InputError` on bad input.

    Inputs the page could not use are listed by :func:`views.store.rejected` after this returns.
    """
    from views.share import open_pending  # a scenario opened or linked sets the widgets before they render

    store.carry_to_page()
    open_pending(book)
    store.start_run()
    sb = st.sidebar
    with sb:
        store.prime("function", book.functions[0])
        function = store.keep(FUNCTION_SHOWN, st.selectbox("Work to price", book.functions, key="function",
                                                           on_change=_function_changed))
        store.keep("function", function)
        carried = st.session_state.get(CARRIED)
        # Always one element here, empty unless something was carried over: the sidebar's expanders below keep
        # their places, so the ones the user opened stay open when the notice comes or goes.
        notice = st.container()
        if carried and carried[1] == function:
            # what the fields hold in this run (accepted values are updated only when their widgets are drawn)
            kept = [(k, v) for k, v in carried[2].items()
                    if (store.stored(f"in_house_{k}") or 0) / (100 if ASSUMPTIONS[k].is_share else 1) == v]
            if kept:
                figures = "; ".join(f"{ASSUMPTIONS[k].label} {ASSUMPTIONS[k].show(v, currency=currency_view.shown('in_house'))}"
                                   for k, v in kept)
                figures = local_numbers.said(figures, local_numbers.comma_locale())  # as the fields show them
                notice.info(f"Kept from {carried[0]}: {figures}. Check it fits {function} "
                            "(the defaults are contact-centre figures).", icon=":material/info:")
        store.prime("workload_basis", "fte")
        basis = store.keep("workload_basis", st.segmented_control(
            "Workload given as", list(WORKLOAD_CHOICES), format_func=WORKLOAD_CHOICES.get, key="workload_basis",
            required=True)) or "fte"
        if basis == "hours_per_month":
            workload = _number("Productive hours of work a month", "hours_per_month", EXAMPLE_HOURS, 0.0,
                               MAX_HOURS_PER_MONTH, step=10.0, show=lambda v: counted(v, "hours"),
                               help="Hours of actual work, after shrinkage.")
        elif basis == "contacts":
            workload = None
            queues = st.session_state.get(CONTACT_WORKLOAD)
            # No st.page_link here: on a phone it left the sidebar open over the Contact centre page (Streamlit
            # closes it after its own page list's links only). The link is above the results (views.estimate);
            # here the page list's own link is named.
            st.caption("The queues from the Contact centre page (in the pages above): " + (
                f"{', '.join(q.name for q in queues.queues)}, {queues.point_contacts_month:,.0f} contacts and "
                f"{queues.point_agent_hours:,.0f} Erlang C agent hours a month." if queues else "none yet."))
        else:
            workload = _slider("In-house headcount (FTE)", "fte", EXAMPLE_FTE, min_value=1, max_value=FTE_SLIDER_MAX,
                               step=1, help="Staff doing this work in-house today, in full-time equivalents.")
        prices = {option: _price_widgets(book, function, option, basis == "contacts") for option in options(vendors_only=True)}
        with lazy.expander("Offshore captive", EXPANDERS["captive"]):
            captive = _captive_widgets()
        with lazy.expander("Currency", EXPANDERS["currency"]):
            currencies = currency_view.widgets({option: prices[option][1] for option in prices},
                                               None if captive is None else captive.currency,
                                               frozenset(option for option in prices if prices[option][2]))
        ih_code = currencies.parts["in_house"]
        # the sources' dollar figures in the in-house currency, and in the reporting one (the vendor manager's pay)
        ih_money = (ih_code, currencies.per_dollar(ih_code))
        reporting = (currencies.reporting, currencies.per_dollar(currencies.reporting))
        with lazy.expander("Business case over time", EXPANDERS["business_case"]):
            case = _business_case_widgets()
        with lazy.expander("Uncertainty (Monte Carlo)", EXPANDERS["uncertainty"]):
            uncertainty, as_range = _uncertainty_widgets()
        defaults = in_house_defaults(function)
        with lazy.expander("In-house assumptions", EXPANDERS["in_house"]):
            _dollar_note(ih_money, currencies.reporting, "pay and cost figures")
            in_house = {k: _assumption_widget(ASSUMPTIONS[k], "in_house_", as_range, defaults.get(k),
                                              in_house_source(function, k), ih_money if k in IN_HOUSE_MONEY else None)
                        for k in IN_HOUSE_KEYS}
        with lazy.expander("Managing a vendor", EXPANDERS["vendor_management"]):
            # the vendor manager's salary is in the reporting currency: its label read "(USD/year)" in a euro scenario
            _dollar_note(reporting, currencies.reporting, "salary")
            management = {k: _assumption_widget(ASSUMPTIONS[k], "vm_", as_range,
                                                money=reporting if ASSUMPTIONS[k].unit.startswith("USD") else None)
                          for k in VENDOR_MANAGEMENT_KEYS}
        with lazy.expander("What the vendor's hour buys, and the contract", EXPANDERS["vendor_terms"]):
            terms, flags = _vendor_terms_widgets(as_range)
        with lazy.expander("People and premises", EXPANDERS["people"]):
            people, transfer = _people_widgets(as_range)
        store.prime("scenario_name", function)
        name = store.keep("scenario_name", name_field(
            st, "Scenario name", key="scenario_name",
            help="Follows the work to price until you type your own."))
        store.carried()
    # the in-house figures wait for their rate, and the sources' dollar figures for the dollar's (the fields above
    # say so): asked before any check of them
    sourced = currency_view.sourced(currencies.reporting)
    in_house_rates = currencies.rates_for({ih_code} | sourced)
    values = {**in_house, **management, **case, **terms, **people}
    prefixes = {k: prefix for prefix, keys in PREFIXES.items() for k in keys}
    # The value the user typed is the most likely value of a range (:func:`most_likely`), so turning ranges on
    # widens the answer without moving its middle; the slider's caption shows it.
    ranges = []
    for k, v in values.items():
        if isinstance(v, tuple):
            typed = store.accepted(f"{prefixes[k]}{k}", defaults.get(k, ASSUMPTIONS[k].default))
            ranges.append(InputRange(k, *v, mode=most_likely(typed, *v)))
    point = {r.key: r.point for r in ranges}
    point.update({k: v for k, v in values.items() if not isinstance(v, tuple)})
    in_house_inputs = InHouseInputs(**{k: point[k] for k in IN_HOUSE_KEYS},
                                    # named unless dollars reported in dollars: the limits are dollars
                                    currency=None if ih_code == currencies.reporting == "USD" else ih_code)
    queues = st.session_state.get(CONTACT_WORKLOAD) if basis == "contacts" else None
    if basis == "contacts" and queues is None:
        raise InputError("workload.contacts", "no queues yet: set them on the Contact centre page and press "
                                              "'Use this queue as the workload of the estimate'")
    fte = Scenario(function=function, workload=float(workload or 0.0), workload_basis=basis, in_house=in_house_inputs,
                   contact_centre=queues, currency=currencies.reporting,
                   exchange_rates=in_house_rates).fte
    quotes = {option: prices[option][0](fte, currencies.parts[option]) for option in prices}
    used = {ih_code} | sourced | {p.currency for p in quotes.values() if p is not None and p.currency is not None} \
        | ({captive.currency} if captive is not None else set())
    return Scenario(function=function, workload=float(workload or 0.0), workload_basis=basis, contact_centre=queues,
                    currency=currencies.reporting, exchange_rates=currencies.rates_for(used),
                    name=(name or "").strip() or function, in_house=in_house_inputs,
                    vendor_management=VendorManagement(**{k: point[k] for k in VENDOR_MANAGEMENT_KEYS}),
                    business_case=BusinessCase(**{k: point[k] for k in case}),
                    vendor_terms=VendorTerms(**{k: point[k] for k in VENDOR_TERMS_KEYS}, **flags),
                    people=People(**{k: point[k] for k in PEOPLE_KEYS}, staff_transfer=transfer),
                    bpo=quotes["bpo"], kpo=quotes["kpo"], ranges=tuple(ranges), uncertainty=uncertainty,
                    captive=captive)


CAPTIVE_ON = "captive_on"


def _captive_widgets() -> CaptiveInputs | None:
    """The offshore captive (an own team in India, priced from Indian pay): off by default; when on, its pay and
    loads, each from ``CAPTIVE_ASSUMPTIONS`` with its source. Its exchange rate is asked for under Currency."""
    store.prime(CAPTIVE_ON, False)
    on = store.keep(CAPTIVE_ON, st.toggle(
        "Price an offshore captive", key=CAPTIVE_ON,
        help="Your own team abroad as a fourth option: the same work, F = W / productive hours per FTE × the "
             "vendor hours per in-house hour (longer handling offshore, under Vendor terms), each FTE priced from "
             f"{CAPTIVE_CURRENCY} pay, benefits, bonuses, team leads and overhead. No set-up, recruitment or "
             "attrition cost is included (no source gives one)."))
    if not on:
        return None
    st.caption(f"Pay in {CAPTIVE_CURRENCY}; give its exchange rate under Currency.")
    values = {a.key.removeprefix("captive_"): _assumption_widget(a, "") for a in CAPTIVE_ASSUMPTIONS.values()}
    return CaptiveInputs(**values)  # type: ignore[arg-type]  # no ranges here: every value is a number


def ramp_up_text(shares: tuple[float, ...], locale: str | None = None) -> str:
    """The ramp-up's shares as its field shows them, in percent: "30, 20, 10"; where the browser writes decimals
    with a comma (``locale``, :func:`views.local_numbers.comma_locale`), with decimal commas and separated by
    semicolons, "12,5; 10". Twelve significant digits: the text reads back to the same shares.

    >>> ramp_up_text((0.3, 0.2, 0.1)), ramp_up_text((0.125, 0.1), "de_DE")
    ('30, 20, 10', '12,5; 10')
    """
    figures = [f"{v * 100:.12g}" for v in shares]
    return ", ".join(figures) if locale is None else "; ".join(f.replace(".", ",") for f in figures)


def _ramp_up(text: str, locale: str | None = None) -> tuple[float, ...]:
    """Parse "30, 20, 10" (percent extra hours in months 1, 2, 3 after go-live) into shares.

    Where the browser writes decimals with a comma (``locale``), each figure is read that locale's way and the
    figures are separated by semicolons or by a comma and a space: "12,5; 10" and "12,5, 10" are 12.5% then 10%
    (split at every comma, "12,5" was 12% then 5%, without a word), and "12,5,10" is refused.

    >>> _ramp_up("30, 20, 10"), _ramp_up("12,5; 10", "de_DE"), _ramp_up("12,5, 10", "de_DE"), _ramp_up("", "de_DE")
    ((0.3, 0.2, 0.1), (0.125, 0.1), (0.125, 0.1), ())
    """
    if locale is None:
        try:
            return tuple(float(part) / 100 for part in text.replace(";", ",").split(",") if part.strip())
        except ValueError:
            raise InputError("vendor_terms.ramp_up",
                             f"must be percentages separated by commas, e.g. 30, 20, 10; got {text!r}") from None
    try:
        return tuple(parse_local(part, locale) / 100 for part in re.split(r";|,\s+", text) if part.strip())
    except ValueError:
        raise InputError("vendor_terms.ramp_up", "must be percentages separated by semicolons, e.g. "
                                                 f"{ramp_up_text((0.3, 0.2, 0.125), locale)}; got {text!r}") from None


def _vendor_terms_widgets(as_range: bool) -> tuple[dict[str, float | tuple[float, float]], dict[str, object]]:
    """Productivity gap, ramp-up, when fees start, escalation index and cap, productivity commitment, VAT."""
    a = ASSUMPTIONS
    values = {k: _assumption_widget(a[k], "vt_", as_range) for k in ("handle_time_ratio", "vendor_shrinkage")}
    comma = local_numbers.comma_locale()
    store.prime("vt_ramp_up", ramp_up_text(VendorTerms().ramp_up, comma))
    ramp = store.keep("vt_ramp_up", st.text_input(
        f"{INPUT_NAMES['vendor_terms.ramp_up']} (%)", key="vt_ramp_up",
        help=RAMP_UP_SOURCE + ". Applies to hourly quotes." + (
            "" if comma is None else f" Separate the months with semicolons: {ramp_up_text((0.3, 0.2, 0.125), comma)}.")))
    store.prime("vt_bills_during_transition", False)
    bills = store.keep("vt_bills_during_transition", st.toggle(
        INPUT_NAMES["vendor_terms.bills_during_transition"], key="vt_bills_during_transition",
        help="Off: fees start at go-live. On: from the contract's first month."))
    store.prime("vt_escalation_index", "home_cpi")
    index = store.keep("vt_escalation_index", st.selectbox(
        INPUT_NAMES["vendor_terms.escalation_index"], list(ESCALATION_INDICES), format_func=ESCALATION_INDICES.get,
        key="vt_escalation_index"))
    values |= {k: _assumption_widget(a[k], "vt_", as_range) for k in
               ("delivery_wage_growth", "escalation_cap", "productivity_commitment", "vat_rate", "vat_recoverable_share")}
    return values, {"escalation_index": index, "bills_during_transition": bool(bills), "ramp_up": _ramp_up(ramp or "", comma)}


def _people_widgets(as_range: bool) -> tuple[dict[str, float | tuple[float, float]], bool]:
    """Displaced staff (severance and retention, or a transfer to the vendor) and stranded overhead."""
    store.prime("pp_staff_transfer", False)
    transfer = store.keep("pp_staff_transfer", st.toggle(
        INPUT_NAMES["people.staff_transfer"], key="pp_staff_transfer",
        help="Where staff move with the work (UK TUPE, the EU Acquired Rights Directive) there is no severance "
             "or retention bonus."))
    values = {k: _assumption_widget(ASSUMPTIONS[k], "pp_", as_range) for k in PEOPLE_KEYS}
    return values, bool(transfer)


def _business_case_widgets() -> dict[str, float | int | tuple[float, float]]:
    """Horizon, inflation, escalation, discount rate, dual running and exit cost."""
    a = ASSUMPTIONS
    years = _slider("Horizon (years)", "horizon_years", int(a["horizon_years"].default),
                    min_value=int(a["horizon_years"].minimum), max_value=int(a["horizon_years"].maximum), step=1,
                    help=a["horizon_years"].source)
    longest = min(int(a["dual_running_months"].maximum), 12 * years)
    store.prime("dual_running_months", int(a["dual_running_months"].default))
    if st.session_state["dual_running_months"] > longest:
        # A shorter horizon caps the dual running it can hold; keep the user's choice as far as it fits.
        st.session_state["dual_running_months"] = longest
    dual = _slider("Transition, in-house team still paid (months)", "dual_running_months",
                   int(a["dual_running_months"].default), min_value=0, max_value=longest, step=1,
                   help=a["dual_running_months"].source)
    room = min(int(a["selection_months"].maximum), 12 * years - dual)
    store.prime("selection_months", 0)
    if st.session_state["selection_months"] > room:
        st.session_state["selection_months"] = room
    # Always drawn (disabled when the horizon has no room): a widget that comes and goes would shift the
    # expanders below it, and Streamlit would close them.
    selection = _slider("Vendor selection before the contract (months)", "selection_months", 0, min_value=0,
                        max_value=max(room, 1), step=1, disabled=room <= 0, help=a["selection_months"].source)
    selection = min(int(selection), max(room, 0))
    rates = {k: _assumption_widget(a[k], "bc_", bool(store.stored("ranges_on", False)))
             for k in ("wage_inflation", "contract_escalation", "discount_rate", "exit_rate")}
    return {"horizon_years": years, "dual_running_months": dual, "selection_months": selection, **rates}


def _uncertainty_widgets() -> tuple[Uncertainty, bool]:
    defaults = Uncertainty()
    store.prime("distribution", defaults.distribution)
    distribution = store.keep("distribution", st.selectbox(
        INPUT_NAMES["uncertainty.distribution"], DISTRIBUTIONS, key="distribution",
        format_func=DISTRIBUTION_LABELS.get,  # short names (estimator.scenario), as the comparison writes them
        help="PERT and triangular are most likely at the input's own value (the range's nearer end once the "
             "range leaves that value out: the 'most likely' under each range), PERT more sharply; uniform gives "
             "every value in the range the same chance."))
    c1, c2 = st.columns(2)
    with c1:
        draws = _number(INPUT_NAMES["uncertainty.draws"], "draws", defaults.draws, 1_000, 100_000, step=1_000, fmt="%d",
                        show=figure)
    with c2:
        seed = _number(INPUT_NAMES["uncertainty.seed"], "seed", defaults.seed, 0, 2**32 - 1, step=1, fmt="%d", show=figure,
                       help="The same inputs and seed give the same answer.")
    store.prime("ranges_on", False)
    as_range = store.keep("ranges_on", st.toggle(
        INPUT_NAMES["ranges"], key="ranges_on", on_change=_ranges_changed,
        help="Vendor prices are always drawn across their range. Turn this on to draw the in-house "
             "and vendor-management assumptions too, around the values you typed or your own ranges."))
    rho = ASSUMPTIONS["escalation_correlation"]
    correlation = _number(f"{rho.label} ({rho.unit})", "escalation_correlation", rho.default, rho.minimum, rho.maximum,
                          step=0.1, fmt="%.2f", show=lambda v: written(v, ".2f"), help=rho.source)
    return Uncertainty(draws=int(draws or defaults.draws), seed=int(seed or 0), distribution=distribution,
                       escalation_correlation=float(rho.default if correlation is None else correlation)), as_range
