"""Contact centre: contact volume → agents per interval (Erlang C) → in-house and vendor cost per contact."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

import numpy as np
import streamlit as st

from estimator.assumptions import ASSUMPTIONS, CONTACT_CENTRE_ASSUMPTIONS, IN_HOUSE_KEYS
from estimator.contact_workload import ContactWorkload, QueueWorkload, from_centre
from estimator.currency import converted, per_dollar
from estimator.formatting import counted, figure, format_money, money, money_range, number, percent, price_money
from estimator.intervals import (
    PATTERNS,
    IntervalError,
    daily_contacts,
    day_shape,
    parse_weights,
    periods_per_month,
    weekly_contacts,
)
from estimator.model import retained_floor
from estimator.price_words import price_words
from estimator.pricing import PriceBookError
from estimator.scenario import (
    IN_HOUSE_MONEY,
    MAX_ANY_MONEY,
    InputError,
    Scenario,
    VendorPrice,
    exchange_rate_dict,
    reference_price,
    scenario_to_dict,
)
from estimator.staffing import (
    ContactCentre,
    Queue,
    StaffingError,
    VendorWork,
    centre_cost,
)
from estimator.staffing_charts import interval_labels
from views import cards, chart_handoff, local_numbers, share, store
from views import contact_centre_cache as cached
from views import currency as currency_view
from views import inputs as ui
from views.state import reference_book
from views.tables import static_table
from views.text import plain

CC = CONTACT_CENTRE_ASSUMPTIONS
SOURCES = {"day": "Volume a day", "week": "Volume a week", "file": "Interval file", "scenario": "Opened scenario"}
OPENED = "_cc_opened"  # (name, ContactWorkload): the queues of a contacts scenario opened on the Estimate page
OWN = "own"
# An hourly price bills the Erlang C agent hours: the hours agents are on the queue, idle time between contacts in,
# shrinkage out, which are the Estimate page's productive hours (the workload W it takes from these queues). This page
# said "per staffed hour" and the Estimate page "per productive hour" for the same price and the same month's fees.
BASES = {"per_hour": "per productive hour", "per_contact": "per contact", "per_minute": "per handled minute"}
HOURLY_HELP = ("A productive hour is an hour an agent is on the queue (the Erlang C agent hours: idle time between "
               "contacts in, shrinkage out), as on the Estimate page. The vendor bills them × its hours per in-house "
               "hour (1.1): the price is not per paid (scheduled) hour.")
FUNCTION = "Customer service"
MAX_VOLUME = 5_000_000  # contacts a day or a week in one queue: a widget bound, not a default
KEPT_UPLOAD = "_cc_upload"  # the last interval file: (name, bytes)


def _sample() -> str:
    """A whole day of two queues, every half hour from midnight, 0 contacts while closed: what a file should be.

    The file's stretch repeats to make a month, so a sample of three half hours (as this once was) read as three
    half hours around the clock, 487 times a month: 337 paid FTE for 104 staff at the peak.
    """
    shape = day_shape("weekday_double_peak", 8, 20)
    rows = ["interval_start,queue,contacts,aht_seconds"]
    for queue, volume, aht in (("Voice", 2_400, 360), ("Chat", 500, 600)):
        for i, contacts in enumerate(np.round(daily_contacts(volume, shape))):
            rows.append(f"2026-11-23 {i // 2:02d}:{30 * (i % 2):02d},{queue},{contacts:.0f},{aht}")
    return "\n".join(rows) + "\n"



def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "queue"


def _whole(v: float) -> str:
    """A count of contacts as the page writes it back: one nobody means as :func:`estimator.formatting.figure` writes
    it ("1.23e+29", not the float's 30 digits as if typed)."""
    return figure(v)


def _queue_targets(name: str, chat: bool, prefix: str = "cc_", slug: str | None = None,
                   defaults: tuple[float, float] | None = None) -> dict[str, float]:
    """Answer time and service level for one queue (keyed by the queue's name; a file's queues by ``cc_file_``,
    apart from the built-in Voice and Chat: a widget drawn again under a key the page had dropped came back
    from the browser at its proto default, the slider's minimum, after the next upload)."""
    key = prefix + (slug or _slug(name))
    answer_default, level_default = defaults or (CC["chat_answer_seconds" if chat else "answer_seconds"].default,
                                                 CC["service_level"].default)
    c1, c2 = st.columns(2)
    with c1:
        answer = ui._number(f"{plain(name)}: answer within (seconds)", f"{key}_answer", int(answer_default), 0,
                            CC["answer_seconds"].maximum, step=5, fmt="%d", show=lambda v: counted(v, "seconds"),
                            name=f"{plain(name)} answer-time target")
    with c2:
        level = ui._slider(f"{plain(name)}: service level (%)", f"{key}_sl", int(round(level_default * 100)),
                           min_value=5, max_value=99, help=CC["service_level"].source)
    assert answer is not None
    return {"answer_seconds": float(answer), "service_level": level / 100}


def _queue_volume(name: str, chat: bool, per: str, days: int) -> tuple[float, float]:
    """Volume a day or a week and the handle time of one built-in queue (a day's and a week's kept apart)."""
    key = _slug(name)
    monthly = CC["chat_contacts_per_month" if chat else "contacts_per_month"]
    aht = CC["chat_aht_seconds" if chat else "aht_seconds"]
    repeats = periods_per_month(per, days)
    c1, c2 = st.columns(2)
    with c1:
        volume = ui._number(f"{name}: contacts a {per}", f"cc_{key}_volume" + ("" if per == "day" else "_week"),
                            int(round(monthly.default / repeats, -1)), 0, MAX_VOLUME, step=100, fmt="%d",
                            show=_whole, help=monthly.source, name=f"{name} contacts a {per}")
    with c2:
        handle = ui._number(f"{name}: handle time (seconds)", f"cc_{key}_aht", int(aht.default), 1, aht.maximum,
                            step=10, fmt="%d", show=lambda v: counted(v, "seconds"), help=aht.source,
                            name=f"{name} handle time")
    assert volume is not None and handle is not None
    return float(volume), float(handle)


def _uploaded() -> tuple[str, bytes] | None:
    """The interval file: a new upload, else the one uploaded before (a page switch empties the uploader)."""
    # text/csv: see views/scenarios.py (the reader, not Streamlit, refuses a file of another kind)
    upload = st.file_uploader("Interval file (CSV)", type=["csv", "text/csv"], key="upload_cc_intervals",
                              help="Columns interval_start, contacts; optional queue, aht_seconds. "
                                   "One row per queue and interval; closed intervals with 0 contacts.")
    if upload is not None:
        st.session_state[KEPT_UPLOAD] = (upload.name, upload.getvalue())
    elif st.session_state.get(KEPT_UPLOAD):
        st.caption(f"Using {st.session_state[KEPT_UPLOAD][0]}, uploaded earlier; upload another to replace it.")
    return st.session_state.get(KEPT_UPLOAD)


def _plan(q: QueueWorkload) -> tuple[float, float]:
    """A queue's contacts over its stretch and its handle time (contact-weighted where it varies by interval).

    >>> _plan(QueueWorkload("Chat", (10, 30), (600, 200), 60, 0.8, 0.85))  # (10 × 600 + 30 × 200) / 40 = 300
    (40.0, 300.0)
    """
    contacts, aht = np.asarray(q.contacts), np.asarray(q.aht_seconds, dtype=float)
    total = float(contacts.sum())
    if aht.ndim == 0:
        return total, float(aht)
    return total, float((contacts * aht).sum() / total) if total > 0 else float(aht.mean())


def _stretch(w: ContactWorkload) -> tuple[str, list[str]]:
    """The stretch the queues cover ("a day", "a week", "3 days") and a label per interval."""
    per_day = int(round(24 * 60 / w.interval_minutes))
    intervals = len(w.queues[0].contacts)
    if intervals == per_day:
        return "a day", interval_labels(intervals, w.interval_minutes)
    if intervals == 7 * per_day:
        return "a week", interval_labels(intervals, w.interval_minutes, week=True)
    clock = interval_labels(intervals, w.interval_minutes)
    return f"over {number(intervals / per_day, 1)} days", [f"day {i // per_day + 1} {c}" for i, c in enumerate(clock)]


def _clamp(value: float, low: int, high: int) -> int:
    return int(min(max(round(value), low), high))


def opened_state(scenario: Scenario) -> dict[str, Any]:
    """What this page's widgets show for a contacts scenario opened on the Estimate page (views/share.py sets it).

    The queues keep their contacts per interval; each gets its volume over the stretch and its handle time
    (scaled when the user changes them here), its targets, and the page's occupancy (the first queue's: the page
    has one), shrinkage, pay, ranges and BPO price. Whole-number sliders take the nearest whole percent.
    """
    w = scenario.contact_centre
    assert w is not None
    pay = scenario.rate_for("in_house")
    pay_rate = 1.0 if pay is None else pay.rate
    state: dict[str, Any] = {OPENED: (scenario.name, w), "cc_source": "scenario",
                             "cc_occupancy": _clamp(w.queues[0].max_occupancy * 100, 30, 100),
                             "cc_shrinkage": _clamp(scenario.value("shrinkage") * 100, 0, 80),
                             # in the in-house currency, the field's limits at its rate (as _inputs draws them)
                             "cc_salary": _clamp(scenario.value("annual_salary"), int(1_000 * pay_rate),
                                                 int(1_000_000 * pay_rate)),
                             "cc_volume_spread": _clamp(max(1 - w.volume_range[0], w.volume_range[1] - 1) * 100, 0, 90),
                             "cc_aht_spread": _clamp(max(1 - w.aht_range[0], w.aht_range[1] - 1) * 100, 0, 90)}
    for i, q in enumerate(w.queues):
        total, aht = _plan(q)
        state |= {f"cc_scn_{i}_volume": total, f"cc_scn_{i}_aht": aht,
                  f"cc_scn_{i}_answer": _clamp(q.answer_seconds, 0, int(CC["answer_seconds"].maximum)),
                  f"cc_scn_{i}_sl": _clamp(q.service_level * 100, 5, 99)}
    price = scenario.bpo
    if price is not None and price.basis in BASES:
        state["cc_vendor_basis"] = price.basis
        if price.basis == "per_hour":
            state["cc_vendor_rate"] = (min(price.low, 200.0), min(price.high, 200.0))
        else:
            state[f"cc_quote_low_{price.basis}"], state[f"cc_quote_high_{price.basis}"] = price.low, price.high
    return state


def _opened_queues(w: ContactWorkload, occupancy: float) -> list[Queue]:
    """The opened scenario's queues: contacts per interval as saved, scaled to the volume and handle time set here."""
    stretch, _ = _stretch(w)
    queues = []
    for i, q in enumerate(w.queues):
        total, mean_aht = _plan(q)
        c1, c2 = st.columns(2)
        with c1:
            volume = ui._number(f"{plain(q.name)}: contacts {stretch}", f"cc_scn_{i}_volume", total, 0,
                                MAX_VOLUME * max(1.0, len(q.contacts) * w.interval_minutes / (24 * 60)), step=100.0,
                                show=_whole, name=f"{plain(q.name)} contacts {stretch}")
        average = ", average" if isinstance(q.aht_seconds, tuple) else ""  # a file's handle time per interval
        with c2:
            handle = ui._number(f"{plain(q.name)}: handle time (seconds{average})", f"cc_scn_{i}_aht", mean_aht, 1,
                                CC["aht_seconds"].maximum, step=10.0,
                                show=lambda v: counted(v, "seconds"), name=f"{plain(q.name)} handle time")
        assert volume is not None and handle is not None
        contacts, aht = np.asarray(q.contacts), np.asarray(q.aht_seconds, dtype=float)
        if volume != total and total > 0:  # the saved shape over the intervals, at the volume set here
            contacts = contacts * (volume / total)
        if handle != mean_aht:
            aht = aht * (handle / mean_aht)
        queues.append(Queue(q.name, contacts, aht, max_occupancy=occupancy,
                            **_queue_targets(q.name, "chat" in q.name.lower(), "cc_scn_", str(i),
                                             (q.answer_seconds, q.service_level))))
    return queues


def _inputs() -> tuple[ContactCentre | None, list[str], dict[str, object]]:
    """The sidebar: volumes and patterns or a file, queue targets, staffing and cost settings.

    Every input follows :mod:`views.store`: its value survives a page switch, and a typed number outside its
    limits is reported next to the results with the value they use instead.
    """
    settings: dict[str, object] = {}
    # the exchange rate's field is the Currency expander's (one key on both pages): after a page switch, handed to
    # this page's widget as the Estimate page's sidebar does, or the field started empty and cleared the rate given
    store.carry_to_page()
    with st.sidebar:
        st.markdown("**Contact volume**")
        opened = st.session_state.get(OPENED)
        if opened is None and store.stored("cc_source") == "scenario":  # a new session: the scenario is gone
            store.set_value("cc_source", "day")
        store.prime("cc_source", "day")
        source = store.keep("cc_source", st.segmented_control(
            "Volume given as", [k for k in SOURCES if k != "scenario" or opened], format_func=SOURCES.get,
            key="cc_source", required=True)) or "day"
        settings["source"] = source
        queues: list[Queue] = []
        occupancy = ui._slider("Maximum occupancy (%)", "cc_occupancy", int(CC["max_occupancy"].default * 100),
                               min_value=30, max_value=100, help=CC["max_occupancy"].source) / 100
        if source == "scenario":
            name, workload = opened
            st.caption(f"The queues of '{plain(name)}', opened on the Estimate page: their contacts per interval as "
                       "saved, scaled to the volume and handle time set here.")
            centre = ContactCentre(tuple(_opened_queues(workload, occupancy)), workload.interval_minutes,
                                   workload.periods_per_month)
            stretch, labels = _stretch(workload)
            settings["period"] = f"the scenario's {stretch.split(' ', 1)[1]}"  # day, week, 3.0 days
        elif source == "file":
            kept = _uploaded()
            st.download_button("Download a sample file", _sample, "intervals_sample.csv", "text/csv",
                               key="download_cc_sample")
            # No file yet: the settings below are drawn all the same, not cut off by a stop here. Widgets first
            # drawn in the run after an upload came back from the browser at their proto default (a slider at
            # its minimum, a number empty) on the next rerun, which reset shrinkage and pay on the next upload.
            centre, labels = None, []
            if kept is None:
                st.info("Upload an interval file to staff it, or give a volume a day or a week.")
            else:
                default_aht = ui._number("Handle time where the file gives none (seconds)", "cc_file_aht",
                                         int(CC["aht_seconds"].default), 1, 7_200, step=10, fmt="%d",
                                         show=lambda v: counted(v, "seconds"), name="Handle time where the file gives none")
                assert default_aht is not None
                data = cached.read_upload(kept[1], kept[0])
                aht = data.aht_or(float(default_aht))
                slugs = [_slug(name) for name in data.queues]
                for i, name in enumerate(data.queues):
                    # two names with the same slug ("A-B", "A B") must not share a widget key
                    slug = slugs[i] if slugs.count(slugs[i]) == 1 else f"{slugs[i]}_{i + 1}"
                    queues.append(Queue(name, data.contacts[i], aht[i], max_occupancy=occupancy,
                                        **_queue_targets(name, "chat" in name.lower(), "cc_file_", slug)))
                centre = ContactCentre(tuple(queues), data.interval_minutes, data.periods_per_month)
                several_days = data.days > 1
                fmt = "%a %H:%M" if data.days <= 7 else "%d %b %H:%M"
                labels = [s.strftime(fmt if several_days else "%H:%M") for s in data.starts]
                settings["period"] = f"the file's {number(data.days, 1)} days"
                if abs(data.days - round(data.days)) > 1e-9:  # a file has at least one interval: 0 days cannot be
                    # shown above the results by render(): in the sidebar it sat below the fold, beside costs it explains
                    settings["file_note"] = (
                        f"The file covers {number(data.days * 24, 1)} hours, not whole days: it is taken as "
                        f"repeating {number(data.periods_per_month, 1)} times a month, around the clock. "
                        "For a monthly cost, give whole days, with 0 contacts in the closed intervals.")
        else:
            per = "day" if source == "day" else "week"
            store.prime("cc_pattern", "weekday_double_peak")
            pattern = store.keep("cc_pattern", st.selectbox(
                "Arrival pattern", [*PATTERNS, OWN], format_func=lambda k: PATTERNS.get(k, "My own weights, one per "
                                                                                        "open interval"),
                key="cc_pattern", help="Illustrative shapes, not sourced data; upload your intervals for real ones."))
            hours = ui._slider("Opening hours", "cc_hours", (8, 20), min_value=0, max_value=24)
            days = ui._slider("Days open a week", "cc_days", 5, min_value=1, max_value=7)
            shape_spec: str | tuple[float, ...] = pattern
            if pattern == OWN:
                store.prime("cc_weights", ", ".join(["1"] * (2 * (hours[1] - hours[0]))))
                shape_spec = parse_weights(store.keep("cc_weights", st.text_input(
                    f"Weights, one per half hour from {hours[0]:02d}:00 ({2 * (hours[1] - hours[0])} numbers)",
                    key="cc_weights")) or "", ui.local_numbers.comma_locale())
            shape = day_shape(shape_spec, hours[0], hours[1])
            store.prime("cc_chat", False)
            with_chat = store.keep("cc_chat", st.toggle("Add a chat queue", key="cc_chat"))
            for name, chat in (("Voice", False), ("Chat", True))[: 2 if with_chat else 1]:
                volume, aht = _queue_volume(name, chat, per, days)
                contacts = daily_contacts(volume, shape) if per == "day" else weekly_contacts(volume, shape, days)
                queues.append(Queue(name, contacts, aht, max_occupancy=occupancy, **_queue_targets(name, chat)))
            repeats = periods_per_month("day", days) if per == "day" else periods_per_month("week")
            centre = ContactCentre(tuple(queues), 30.0, repeats)
            labels = interval_labels(centre.intervals, 30.0, week=per == "week")
            settings["period"] = f"a day, open {counted(days, 'days')} a week" if per == "day" else "a week"

        st.markdown("**Staff and cost**")
        settings["shrinkage"] = ui._slider("Shrinkage (%)", "cc_shrinkage", int(ASSUMPTIONS["shrinkage"].default * 100),
                                           min_value=0, max_value=80, help=ASSUMPTIONS["shrinkage"].source) / 100
        # the in-house pay in the in-house currency, as the Estimate page's (its Currency expander): a euro
        # scenario's salary read "(USD a year)" here. Its default and limits are the sources' dollars, converted at
        # the dollar's rate as on the Estimate page; until that rate is given the field waits, empty.
        reporting = currency_view.shown("reporting")
        ih_code = currency_view.shown("in_house")
        per = currency_view.from_store({ih_code} | currency_view.sourced(reporting)).per_dollar(ih_code)
        source = ASSUMPTIONS["annual_salary"].source
        if per is None:
            settings["salary"] = ui._number(
                f"Agent salary ({ih_code} a year)", "cc_salary", None, 0.0, MAX_ANY_MONEY, step=1_000, fmt="%d",
                show=lambda v: money(v, ih_code), optional=True, follow=True, placeholder="USD rate first",
                nothing="nothing yet", name="Agent salary",
                help=f"{source}. Its default and limits are US dollars: give the dollar's rate below and they are "
                     "converted; a figure you type now is kept as typed.")
        else:
            salary = ui.in_currency(ASSUMPTIONS["annual_salary"], ih_code, per)
            settings["salary"] = ui._number(f"Agent salary ({ih_code} a year)", "cc_salary", int(round(salary.default)),
                                            int(salary.minimum), int(salary.maximum), step=1_000, fmt="%d",
                                            show=lambda v: money(v, ih_code), help=source, name="Agent salary",
                                            follow=True)
        settings["in_house_currency"] = ih_code
        store.prime("cc_vendor_basis", "per_hour")
        basis = store.keep("cc_vendor_basis", st.selectbox(
            "Vendor price", list(BASES), format_func=lambda b: f"BPO {BASES[b]}", key="cc_vendor_basis"))
        settings["basis"] = basis
        settings["price"] = _vendor_price(basis)
        spread_v = ui._slider("Volume uncertainty (± %)", "cc_volume_spread", int(CC["volume_spread"].default * 100),
                              min_value=0, max_value=90, help=CC["volume_spread"].source) / 100
        spread_a = ui._slider("Handle-time uncertainty (± %)", "cc_aht_spread", int(CC["aht_spread"].default * 100),
                              min_value=0, max_value=90, help=CC["aht_spread"].source) / 100
        settings["volume_range"] = (1 - spread_v, 1 + spread_v)
        settings["aht_range"] = (1 - spread_a, 1 + spread_a)
        foreign = sorted(_used(settings) - {reporting})
        if foreign:  # the rates this page converts at: the Currency expander's own fields, kept for both pages
            st.markdown("**Currency**")
            st.caption(f"Costs in {reporting}, as on the Estimate page (its Currency expander, 'Report in').")
            for code in foreign:
                currency_view.rate_field(code, reporting)
        store.carried()
    return centre, labels, settings


def _vendor_price(basis: str) -> VendorPrice | None:
    """The seeds' per-hour range for customer service (in the price book's currency), or the user's quote on any
    basis (in the BPO quote's currency, the Estimate page's "BPO quote in"); the price carries its currency."""
    reference = reference_price(reference_book(), FUNCTION, "bpo") if basis == "per_hour" else None
    if reference is not None and reference.basis == "per_hour":
        # the Estimate page's BPO price slider's top: with a fixed 200 here, a rate above it made "Use this queue"
        # refuse the whole hand-over ("the page's BPO price slider goes from 0 to 100, got 105")
        low, high = ui._slider(f"BPO rate ({reference.currency} {BASES['per_hour']})", "cc_vendor_rate",
                               (reference.low, reference.high), min_value=0.0,
                               max_value=float(ui._nice_ceiling(ui.SPAN_FACTOR * reference.high)), step=0.5,
                               format="%.2f", help=f"{reference.source}. {HOURLY_HELP}")
        return VendorPrice("per_hour", low, high, source=reference.source, option="bpo", currency=reference.currency)
    st.caption(f"The seeds give no BPO price {BASES[basis]}: enter a vendor's quote.")
    code = currency_view.shown("bpo")
    c1, c2 = st.columns(2)
    show = lambda v: format_money(v, code)  # noqa: E731
    with c1:
        low = ui._number(f"Quote, low ({code})", f"cc_quote_low_{basis}", None, 0.0, 10_000.0, step=0.05, fmt="%.2f",
                         most=ui.QUOTE_PLACES, show=show, optional=True, name="BPO quote, low end")
    with c2:
        high = ui._number(f"Quote, high ({code})", f"cc_quote_high_{basis}", None, 0.0, 10_000.0, step=0.05,
                          fmt="%.2f", most=ui.QUOTE_PLACES, show=show, optional=True, name="BPO quote, high end")
    if low is None or high is None:
        return None
    return VendorPrice(basis, low, high, source="vendor quote", option="bpo", currency=code)


def _use_in_estimate(centre: ContactCentre, settings: dict[str, object]) -> None:
    """Carry the queues (with their volume and handle-time ranges), shrinkage, pay and a per-contact or
    per-minute quote to the Estimate page, keeping everything else the estimate page holds.

    In the currencies the Currency expander holds: the reporting one, the pay in the in-house currency, the BPO
    price in its own (the price book's, or the quote's), with the rate of each other currency an amount is in and
    no other (:class:`InputError` asks for one not given). The base scenario is the page's last valid one, which
    may be from before the currency changed: a euro scenario without its dollar rate fell back to dollars, and one
    with it was refused ("no amount is in USD ...: remove its rate").
    """
    book = reference_book()
    current = st.session_state.get(share.CURRENT)
    base = current if isinstance(current, Scenario) and current.function == FUNCTION else Scenario(
        FUNCTION, 10, bpo=reference_price(book, FUNCTION, "bpo"), kpo=reference_price(book, FUNCTION, "kpo"))
    volume, aht = settings["volume_range"], settings["aht_range"]
    workload = from_centre(centre, volume[1] - 1, aht[1] - 1)  # type: ignore[index]
    data = scenario_to_dict(base)
    data["workload"] = {"contacts": workload.to_dict()}
    reporting = currency_view.shown("reporting")
    for option in ("bpo", "kpo"):  # a price "in the reporting currency" keeps the base's
        if data.get(option) and "currency" not in data[option] and data[option]["basis"] != "savings_share":
            data[option]["currency"] = base.currency
    data["currency"] = reporting
    data["in_house"]["currency"] = settings["in_house_currency"]
    data["in_house"] |= {"shrinkage": settings["shrinkage"], "annual_salary": float(settings["salary"])}  # type: ignore[arg-type]
    for key in ("shrinkage", "annual_salary"):  # the page's own values, not a range from before
        data["ranges"].pop(key, None)
    price = settings["price"]
    if isinstance(price, VendorPrice):
        data["bpo"] = {k: v for k, v in asdict(price).items() if k != "option"}
    used = _used(settings) | {data[o]["currency"] for o in ("bpo", "kpo") if data.get(o) and data[o].get("currency")}
    if base.captive is not None:
        used.add(base.captive.currency)
    rates = currency_view.from_store(used).rates_for(used)
    # the base's money in the currencies the hand-over is in: a fresh base holds the sources' dollars, and the last
    # valid scenario may be from before the currency changed (without it, a euro hand-over took $58,450 as €58,450)
    of = {r.target: r.rate for r in rates}

    def moved(value: float, old: str, new: str) -> float:
        per_old, per_new = per_dollar(old, reporting, of), per_dollar(new, reporting, of)
        return value if old == new or not per_old or not per_new else converted(value / per_old, per_new)

    old_ih, new_ih = base.currency_of("in_house"), str(settings["in_house_currency"])
    for key in IN_HOUSE_MONEY:
        if key != "annual_salary" and key in data["in_house"]:
            data["in_house"][key] = moved(data["in_house"][key], old_ih, new_ih)
        ends = data["ranges"].get(key) or {}
        for end, value in ends.items():
            if value is not None:
                ends[end] = moved(value, old_ih, new_ih)
    governance = data["vendor_management"]
    governance["governance_salary"] = moved(governance["governance_salary"], base.currency, reporting)
    data["exchange_rates"] = {r.target: exchange_rate_dict(r) for r in rates}
    st.session_state[share.PENDING] = data
    st.session_state[share.HANDED_OVER] = handed_over(current if isinstance(current, Scenario) else None, settings)
    st.session_state[share.FROM_CONTACT_CENTRE] = True  # this page's widgets already show these queues
    st.switch_page("views/estimate.py")


def handed_over(current: Scenario | None, settings: dict[str, object]) -> str:
    """What "Use this queue" did to the estimate, said once on the Estimate page: the workload, and each input this
    page set that the estimate held otherwise, with the value it had. Session 23's walk typed a BPO quote of
    $18-$30.50 an hour on the Estimate page, used a queue, and found the price book's $20-$30 in its place and the
    quote toggle off, without a word (this page prices the BPO with its own rate or quote). Plain text: the page
    escapes it."""
    said = ["Its queues are the workload now (Erlang C agent hours)."]
    if current is None or current.function != FUNCTION:
        was = "" if current is None else f" (it was {current.function}; its inputs are not kept)"
        said.append(f"The function is {FUNCTION}{was}.")
        return " ".join(said)
    changes = []
    price = settings["price"]
    if isinstance(price, VendorPrice):
        new = price_words(price, current.currency)
        old = None if current.bpo is None else price_words(current.bpo, current.currency)
        if new != old:
            quoted = current.bpo is not None and current.bpo.source == "vendor quote"
            changes.append(f"BPO price {new} (was {old or 'not priced'}{', a vendor quote' if quoted else ''})")
    ranged = {r.key: r for r in current.ranges}
    pay_in = current.currency_of("in_house")
    old_pay = price_money(current.in_house.annual_salary, pay_in)  # as price_words writes money
    if "annual_salary" in ranged:
        old_pay = f"the range {money_range(ranged['annual_salary'].low, ranged['annual_salary'].high, pay_in)}"
    new_pay = price_money(float(settings["salary"]), str(settings["in_house_currency"]))  # type: ignore[arg-type]
    if new_pay != old_pay:
        changes.append(f"salary per FTE {new_pay} a year (was {old_pay})")
    old_share = percent(current.in_house.shrinkage)
    if "shrinkage" in ranged:
        old_share = f"the range {ASSUMPTIONS['shrinkage'].show_range(ranged['shrinkage'].low, ranged['shrinkage'].high)}"
    new_share = percent(float(settings["shrinkage"]))  # type: ignore[arg-type]
    if new_share != old_share:
        changes.append(f"shrinkage {new_share} (was {old_share})")
    if changes:
        said.append("This page also set " + "; ".join(changes) + ". Everything else the estimate held is kept.")
    return " ".join(said)


def _used(settings: dict[str, object]) -> set[str]:
    """The currencies this page's money is in: the in-house pay's, the vendor price's, and the dollar's outside
    dollars (the sources' figures are dollars, converted at its rate)."""
    price = settings["price"]
    return ({str(settings["in_house_currency"])} | currency_view.sourced(currency_view.shown("reporting"))
            | ({price.currency} if isinstance(price, VendorPrice) and price.currency else set()))


def _rates(settings: dict[str, object]) -> tuple[str, dict[str, float]]:
    """The reporting currency and, for each other currency this page's money is in (:func:`_used`), how many of it
    one unit of the reporting currency buys; :class:`InputError` asks for a rate not given, as the Estimate page
    does."""
    used = _used(settings)
    currencies = currency_view.from_store(used)
    return currencies.reporting, {r.target: r.rate for r in currencies.rates_for(used)}


def _message(exc: Exception) -> str:
    """An error as the page says it; a missing or bad rate named as the Estimate page names it.

    >>> _message(InputError("exchange_rates.USD.rate", "give how many USD one EUR buys"))
    'Exchange rate (USD): give how many USD one EUR buys. Its field is at the foot of the sidebar, under Currency.'
    """
    if isinstance(exc, InputError) and exc.field.startswith("exchange_rates."):
        return (f"Exchange rate ({exc.field.split('.')[1]}): {exc.reason}. Its field is at the foot of the sidebar, "
                "under Currency.")
    return str(exc)


def vendor_work(price: VendorPrice | None) -> VendorWork:
    """The vendor's pace and billing as the Estimate page prices them: the sourced vendor hours per in-house hour,
    the vendor's shrinkage and paid hours (for a quote per paid hour or per FTE), the quote's billed unit."""
    return VendorWork(billed=price.billed if price else "productive_hour",
                      **{k: ASSUMPTIONS[k].default for k in ("handle_time_ratio", "vendor_shrinkage", "paid_hours_per_year")})


def render() -> None:
    """The page: inputs in the sidebar; agents, staff, FTE, cost and cost per contact; the staffing curve."""
    st.markdown("### Contact centre: from contact volume to agents and cost per contact")
    store.start_run()
    try:
        centre, labels, settings = _inputs()
        if centre is None:  # file mode, no file yet
            st.stop()
        shrinkage = float(settings["shrinkage"])
        price: VendorPrice | None = settings["price"]  # type: ignore[assignment]
        reporting, rates = _rates(settings)
        # every figure below in the reporting currency: the salary and the vendor's price at their rates; the other
        # in-house defaults and the vendor manager's pay are the sources' dollars converted at the dollar's rate, as
        # the Estimate page converts them (its untyped fields)
        dollar = per_dollar(reporting, reporting, rates) or 1.0  # the reporting currency's units to the dollar
        in_house = {k: converted(ASSUMPTIONS[k].default, dollar) if k in IN_HOUSE_MONEY else ASSUMPTIONS[k].default
                    for k in IN_HOUSE_KEYS} | {
            "shrinkage": shrinkage,
            "annual_salary": float(settings["salary"]) / rates.get(str(settings["in_house_currency"]), 1.0)}
        price_rate = rates.get(price.currency or reporting, 1.0) if price else 1.0
        governance = ASSUMPTIONS["governance_rate"].default
        # the retained vendor manager, as the Estimate page prices governance: without it this page's "BPO cost a
        # month" ($85,970) was below the Estimate page's run rate ($87,649) for the same queue
        floor = float(retained_floor(ASSUMPTIONS["governance_min_fte"].default,
                                     converted(ASSUMPTIONS["governance_salary"].default, dollar),
                                     ASSUMPTIONS["benefits_load"].default))
        digest = cached.digest(centre, labels)
        staffed = cached.staffed(centre, digest, shrinkage)
        basis = price.basis if price else None
        work = vendor_work(price)
        cost = centre_cost(staffed, in_house, vendor_basis=basis,
                           vendor_price=price.mid / price_rate if price else 0.0,
                           governance_rate=governance, work=work, governance_floor=floor)
        bands = cached.bands(digest, in_house, settings["volume_range"], settings["aht_range"], basis,
                             (price.low / price_rate, price.high / price_rate) if price else (0.0, 0.0), governance,
                             work, centre, floor)
    except (IntervalError, StaffingError, InputError, PriceBookError) as exc:
        st.error(_message(exc))
        centre = None
    rejected = store.rejected()
    if rejected:
        # Next to the results: what was typed, why it was not used, and what the results use instead.
        st.warning("**Not used:**\n" + "\n".join(f"- {r.message}" for r in rejected), icon=":material/block:")
    if centre is None:
        st.stop()
    if settings.get("file_note"):
        st.warning(settings["file_note"], icon=":material/schedule:")

    if float(cost.contacts_month) == 0:
        st.info("No contacts to staff: give a volume above 0.")
        st.stop()

    busiest = staffed.agents.sum(axis=0)
    peak = int(busiest.argmax())
    counts = [
        cards.Card("Peak agents on the phones", f"{int(busiest[peak]):,}", {"help": f"All queues at {labels[peak]}"}),
        cards.Card("Staff to schedule at the peak", f"{int(staffed.scheduled.sum(axis=0)[peak]):,}",
                   {"help": f"ceil(agents / (1 − {percent(shrinkage)} shrinkage)) per queue"}),
        cards.Card("Paid FTE", number(float(cost.in_house.fte), 1),
                   {"help": "Agent hours a month / (paid hours a month × (1 − shrinkage)), as for any in-house work"}),
        cards.Card("Agent hours a month", number(float(cost.agent_hours_month)),
                   {"help": f"Σ agents × ½ hour over {settings['period']}, times "
                            f"{number(centre.periods_per_month, 2)} a month"})]

    def cents(v: float) -> str:
        return format_money(float(v), reporting)

    costs = [
        cards.Card("In-house cost a month", money(float(cost.in_house.total), reporting),
                   {"help": "Fully loaded: wages, benefits, supervision, overhead and hiring at the default assumptions"}),
        cards.Card("In-house cost per contact", cents(cost.in_house_per_contact),
                   {"help": f"P10–P90 {money_range(bands.in_house.p10, bands.in_house.p90, reporting)} per contact "
                            f"over {bands.draws:,} draws of volume and handle time"})]
    if cost.vendor is None or bands.vendor is None:
        costs += [cards.Card("BPO cost a month", "Needs a quote"), cards.Card("BPO cost per contact", "Needs a quote")]
    else:
        costs += [
            cards.Card("BPO cost a month", money(float(cost.vendor.total), reporting),
                       {"help": f"Fees {BASES[basis or 'per_hour']} at the midpoint plus governance: "
                                f"{percent(governance)} of fees, at least {money(floor, reporting)} a month (a retained "
                                "vendor manager)"}),
            cards.Card("BPO cost per contact", cents(cost.vendor_per_contact),
                       {"help": f"P10–P90 {cents(bands.vendor.p10)}–{cents(bands.vendor.p90)} per contact"})]
    # four across where they fit, else two by two (views/cards.py): at 1024 × 768 four columns read "$316,…"
    width = max(cards.card_width(c) for c in counts + costs)  # both rows' columns line up
    cards.show(counts, width)
    st.caption(local_numbers.shows_page(
        f"Costs in {reporting}" + "".join(f"; {code} at 1 {reporting} = {currency_view.rate_text(rate)} {code}"
                                          for code, rate in sorted(rates.items())) + "."))
    cards.show(costs, width)

    title, curve = cached.curve(digest, labels, staffed)
    # the queues' names as typed ("Chat 2.5 needs up to 14 agents", "Chat 2.5: agents needed" read "Chat 2,5" under
    # de-DE; the table kept it)
    typed = chart_handoff.typed_names(staffed.centre.names)
    chart_handoff.chart_title(title, typed)
    # as every chart: no Streamlit theme (it synced the contacts axis to the agents' gridlines: 20, 40, 61, 81)
    chart_handoff.plotly_chart(curve, key="cc_curve", keep=typed)

    vendor_text = ("" if bands.vendor is None else
                   f"; BPO {cents(bands.vendor.p10)} / {cents(bands.vendor.p50)} / {cents(bands.vendor.p90)}")
    st.caption(local_numbers.shows_page(f"Cost per contact, P10 / P50 / P90 over {bands.draws:,} draws: in-house "
               f"{cents(bands.in_house.p10)} / {cents(bands.in_house.p50)} / {cents(bands.in_house.p90)}{vendor_text}. "
               "Each draw moves every queue's volume by one factor and every queue's handle time by another: demand "
               "moves voice and chat together, so the band is not narrowed by queues offsetting each other. "
               "Agents by Erlang C per interval"
               + ("; arrival shapes are illustrative, not sourced data." if settings["source"] in ("day", "week")
                  else ".")))

    these = "these queues" if len(centre.queues) > 1 else "this queue"
    if st.button(f"Use {these} as the workload of the estimate", key="cc_use_in_estimate", icon=":material/arrow_forward:",
                 help="Opens the Estimate page with these queues as its workload (Erlang C agent hours, volume and "
                      "handle time drawn by its Monte Carlo), this page's shrinkage, pay and BPO price, and every "
                      "other input the Estimate page holds."):
        try:
            _use_in_estimate(centre, settings)
        except (StaffingError, InputError) as exc:
            st.error(_message(exc))

    rows = cached.queue_table(digest, staffed)
    static_table(local_numbers.frame_shown(rows, keep=("Queue",)), "cc_queues", right=list(rows[0])[1:] if rows else ())


if __name__ == "__main__":  # as Streamlit runs the page; benchmarks/floor_contact_centre.py imports its inputs
    render()
