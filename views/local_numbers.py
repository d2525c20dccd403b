"""Number fields for a browser that writes decimals with a comma (issue 7).

``st.number_input`` is an ``<input type="number">``, and Chromium reads what is typed into one the English way
whatever the browser's language: "25,5" typed into "Quote low" under de-DE showed 255 and was used as 255.00,
without a word (Streamlit has no setting for it: streamlit/streamlit#5686). Where the browser's locale
(``st.context.locale``) writes decimals with a comma, :func:`views.inputs._number` draws a text field instead,
showing the number the locale's way ("25,50", "1.500") and reading what is typed with Babel
(:func:`estimator.formatting.parse_local`); text that does not read as a number is reported, never guessed at.
Elsewhere (en-US, no locale, AppTest without one) the number field is drawn as before.

The number stays under the field's own key, in session state and in the store, as for a number field: a scenario
opened, a share link, a converted quote or a default that follows a rate sets it there, and everything that reads
a field reads it there. The text is a widget of its own (:func:`views.store.text_key`). The two are kept in step
here: the store remembers the text and the number of their last agreement (:func:`views.store.synced`), so a
changed text is the user's typing (read into the number) and a changed number was set from elsewhere (written
into the text).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from estimator.formatting import decimal_comma_locale, format_local, local_figures, page_figures, parse_local
from views import store
from views.lazy import st

# A quote's field shows up to a hundredth of a cent where the quote has it: a price a minute or a contact converted
# from one an hour ($25 an hour is $0.5833 a minute at 3.3 vendor minutes a contact) is not a whole number of cents.
# A quote converted on "Report in" is held to as many (views/currency.py), and the Mix grid shows up to as many.
QUOTE_PLACES = 4


def comma_locale() -> str | None:
    """The browser's locale (Babel's name) where it writes decimals with a comma, else None."""
    try:
        tag = st.context.locale
    except (AttributeError, RuntimeError):  # no Streamlit run (a plain call in a test)
        return None
    return decimal_comma_locale(tag)


def shows_page(text: str, keep: tuple[str, ...] = ()) -> str:
    """Text the page shows (a result: a metric, a caption, a verdict, a table's cell), its figures written the way the
    browser's locale writes numbers where it writes decimals with a comma (:func:`comma_locale`,
    :func:`estimator.formatting.page_figures`: "$3.042.928" beside a field showing "25,50"); elsewhere as it is.
    The one rule every view reads for what it shows; files (CSV, workbook, deck, report, scenario JSON, share link)
    never go through it. ``keep``: text a user typed that ``text`` holds (a scenario's name), left as typed."""
    return page_figures(text, comma_locale(), keep)


def metric(where: Any, label: str, value: str, **kwargs: Any) -> None:
    """``where.metric`` (``st`` or a column) with its label, value, delta and help as the page shows them
    (:func:`shows_page`)."""
    locale = comma_locale()
    for name in ("delta", "help"):
        if isinstance(kwargs.get(name), str):
            kwargs[name] = page_figures(kwargs[name], locale)
    where.metric(page_figures(label, locale), page_figures(value, locale), **kwargs)


def frame_shown(frame: Any, keep: tuple[str, ...] = ()) -> Any:
    """A table (a pandas DataFrame, or rows of dicts) with its text cells as the page shows them
    (:func:`shows_page`); its headers as they are (a column's format is keyed by its name); the table itself, not
    copied, where the browser writes decimals with a point. The columns ``keep`` names (text a user typed: a
    function's name) are left as they are."""
    locale = comma_locale()
    if locale is None:
        return frame
    if isinstance(frame, list | tuple):  # rows of dicts (a static table's)
        return [{k: page_figures(v, locale) if isinstance(v, str) and k not in keep else v for k, v in row.items()}
                for row in frame]
    out = frame.copy()
    for column in out.columns:
        if column not in keep:
            out[column] = [page_figures(v, locale) if isinstance(v, str) else v for v in out[column]]
    return out


def said(text: str, locale: str | None) -> str:
    """A message about number fields (their values, limits, defaults), written by the page the English way, with its
    figures as the fields show them where the browser writes decimals with a comma (``locale``): "$1,000,000" beside
    a field showing "1.000.000,00" read as one dollar. Never for typed text (see :func:`quoted`)."""
    return text if locale is None else local_figures(text, locale)


def shows(show: Callable[[float], str], locale: str | None) -> Callable[[float], str]:
    """``show`` (a field's value written the English way: "$1,000,000") writing it as the fields show numbers under
    ``locale``: :func:`said`."""
    return show if locale is None else lambda v: local_figures(show(v), locale)


def checked(reason: str, locale: str | None) -> str:
    """An input check's reason (an ``InputError``'s: "must be from 83,333.33 to 83,333,333.33 INR ..., got
    1,000,000,000", "$40 is above the high end, $30"), its figures as the fields show numbers (:func:`said`). A reason
    quoting text (a repr, 'x': the ramp-up's "got '12,5,10'") is left as written: what was typed is shown as typed,
    and a figure already written the locale's way is not read again."""
    return reason if locale is None or "'" in reason or '"' in reason else local_figures(reason, locale)


def _same(a: Any, b: Any) -> bool:
    return a is b or a == b


def read(key: str, locale: str, fmt: str, follow: bool = False) -> None:
    """Bring the number under ``key`` and the text of its field into step, before the field is drawn (and as its
    ``on_change``, so that callbacks and the page's other readers see the typed number from the start of the run).

    A number set since the last agreement wins and is written into the text; otherwise a changed text is read:
    a readable one sets the number and is written back the locale's way ("25,5" shows "25,50"); an unreadable one
    stays as typed, with the number None (:func:`unreadable` says so)."""
    tkey = store.text_key(key)
    number = st.session_state.get(key)
    last = store.synced(key)
    text = store.stored(tkey)  # a field not drawn since (a closed expander, another page): the store's
    # the number set since (or the field's format changed: a salary shows its cents once it has some, and the
    # on_change that read "52000,50" wrote it in the last run's "%.0f", "52 000")
    if text is None or last is None or not _same(number, last[1]) or (
            text == last[0] and isinstance(number, float) and math.isfinite(number)
            and text != format_local(number, locale, fmt)):
        text = "" if number is None else format_local(number, locale, fmt)
    elif text != last[0]:
        if follow:  # typed into: it keeps its value from now on (store.follow_default)
            store.typed(key)
        try:
            number = parse_local(text, locale) if text.strip() else None
        except ValueError:
            number = None
        else:
            text = "" if number is None else format_local(number, locale, fmt) if math.isfinite(number) else text
        st.session_state[key] = number
    st.session_state[tkey] = text
    store.sync(key, text, number)


def places_held(value: float, most: int) -> int:
    """The decimals ``value`` holds, to ``most`` at most: what a field showing up to ``most`` decimals needs to show
    it whole (a rate, a quote typed or converted, a quote in the Mix grid, a figure in a message).

    >>> places_held(83.12345, 9), places_held(25.004, 4), places_held(0.58333333, 4), places_held(83.0, 4)
    (5, 3, 4, 0)
    """
    return len(f"{value:.{most}f}".rstrip("0").partition(".")[2])


def as_shown(value: float, locale: str | None, places: int) -> float:
    """``value`` as a field with ``places`` decimals shows it, the number the results use (issue 7: "what a field
    shows is what the results use"). A quote typed or opened as 25.004 showed "25.00" and was used as 25.004; a
    whole count (draws, a seed, contacts) typed as 2.5 showed "3" and Python's ``round`` used 2.

    - A decimal comma browser's text field writes it with :func:`estimator.formatting.format_local`, Python's
      printf ``%.Nf``: half to even on the float's exact value (52000.5 -> 52000, 52001.5 -> 52002, 0.125 -> 0.12).
    - Streamlit's number field writes it with sprintf-js, JavaScript's ``toFixed(N)``: the nearer figure to the
      float's exact value, a tie away from zero (52000.5 -> 52001, -2.5 -> -3, 0.125 -> 0.13).

    >>> as_shown(25.004, None, 2), as_shown(25.004, "de_DE", 2), as_shown(0.125, None, 2), as_shown(0.125, "de_DE", 2)
    (25.0, 25.0, 0.13, 0.12)
    >>> as_shown(1.005, None, 2), as_shown(-4.7619047619, None, 2), as_shown(4e45, None, 2), as_shown(25.5, None, 2)
    (1.0, -4.76, 4e+45, 25.5)
    """
    if not math.isfinite(value) or abs(value) * 10**places >= 2.0**52:  # no fraction left to show or hide
        return value
    if locale is not None:
        return float(f"%.{places}f" % value)  # noqa: UP031 - the same printf format the field is written with
    return float(Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def whole_as_shown(value: float, locale: str | None) -> float:
    """``value`` as a whole-number field (a count: draws, a seed, contacts) shows it: :func:`as_shown` to no decimals.

    >>> whole_as_shown(52000.5, "fr_FR"), whole_as_shown(52001.5, "de_DE"), whole_as_shown(52000.5, None)
    (52000.0, 52002.0, 52001.0)
    >>> whole_as_shown(-2.5, None), whole_as_shown(0.49999999999999994, None), whole_as_shown(4e45, None)
    (-3.0, 0.0, 4e+45)
    """
    return as_shown(value, locale, 0)


def unreadable(key: str) -> str | None:
    """The text typed into field ``key`` where it reads as no number ("abc", "25,5,5"), else None."""
    last = store.synced(key)
    return last[0] if last is not None and last[1] is None and last[0].strip() else None


def field(label: str, key: str, locale: str, fmt: str, *, help: str, placeholder: str,
          follow: bool = False) -> float | None:
    """The text field for number ``key`` (already primed), in step with it; returns the number (None: empty or
    unreadable)."""
    read(key, locale, fmt, follow)
    tkey = store.text_key(key)
    text = st.text_input(label, key=tkey, help=help, placeholder=placeholder, autocomplete="off",
                         on_change=read, args=(key, locale, fmt, follow))
    store.keep(tkey, text)
    return store.keep(key, st.session_state.get(key))


def example(locale: str) -> str:
    """How the locale writes a number with groups and decimals, for a message: 1.234,56 (de_DE)."""
    return format_local(1234.56, locale, "%.2f")


_PLAIN = frozenset(" \u00a0\u202f\u2009,.'’+-\u2212")


def quoted(text: str) -> str:
    """Typed text for the "Not used" list, whose messages are markdown: quoted as typed where it is letters, digits,
    spaces and a number's signs only (nothing markdown formats, links or fills in); otherwise "what is typed" (the
    field beside it shows it).

    >>> quoted("abc"), quoted("25,5,5"), quoted("[x](http://a)"), quoted("www.a.com"), quoted("**1**")
    ('“abc”', '“25,5,5”', 'what is typed', 'what is typed', 'what is typed')
    """
    text = text.strip()
    if len(text) <= 40 and "www." not in text.lower() and all(c.isalnum() or c in _PLAIN for c in text):
        return f"“{text}”"
    return "what is typed"
