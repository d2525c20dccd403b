"""Contact centre: contact volume → agents per interval (Erlang C) → in-house and vendor cost per contact."""

from __future__ import annotations

import re

import numpy as np
import streamlit as st

from estimator.assumptions import ASSUMPTIONS, CONTACT_CENTRE_ASSUMPTIONS, IN_HOUSE_KEYS
from estimator.formatting import money, money_range, number, percent
from estimator.intervals import (
    PATTERNS,
    IntervalError,
    IntervalFile,
    daily_contacts,
    day_shape,
    parse_intervals,
    parse_weights,
    periods_per_month,
    weekly_contacts,
)
from estimator.pricing import PriceBookError
from estimator.scenario import InputError, VendorPrice, reference_price
from estimator.staffing import (
    ContactCentre,
    CostPerContactDraws,
    Queue,
    StaffingError,
    centre_cost,
    simulate_cost_per_contact,
    staff,
)
from estimator.staffing_charts import interval_labels, staffing_curve_figure
from views.state import reference_book

CC = CONTACT_CENTRE_ASSUMPTIONS
SOURCES = {"day": "Volume a day", "week": "Volume a week", "file": "Interval file"}
OWN = "own"
BASES = {"per_hour": "per staffed hour", "per_contact": "per contact", "per_minute": "per handled minute"}
FUNCTION = "Customer service"
SAMPLE = ("interval_start,queue,contacts,aht_seconds\n"
          "2026-11-23 08:00,Voice,120,360\n2026-11-23 08:30,Voice,180,350\n2026-11-23 09:00,Voice,240,340\n"
          "2026-11-23 08:00,Chat,20,600\n2026-11-23 08:30,Chat,35,600\n2026-11-23 09:00,Chat,40,620\n")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "queue"


@st.cache_data(show_spinner=False, max_entries=16)
def _read_upload(data: bytes, name: str) -> IntervalFile:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IntervalError(f"{name}: is not a UTF-8 text file; save it as CSV") from None
    return parse_intervals(text, name)


@st.cache_data(show_spinner=False, max_entries=32)
def _bands(centre: ContactCentre, shrinkage: float, in_house: dict[str, float], volume: tuple[float, float],
           aht: tuple[float, float], basis: str | None, price: tuple[float, float], governance: float,
           ) -> CostPerContactDraws:
    return simulate_cost_per_contact(centre, shrinkage, in_house, volume_range=volume, aht_range=aht,
                                     vendor_basis=basis, vendor_range=price, governance_rate=governance)


def _queue_targets(name: str, chat: bool) -> dict[str, float]:
    """Answer time and service level for one queue (keyed by the queue's name)."""
    key = _slug(name)
    answer_default = CC["chat_answer_seconds" if chat else "answer_seconds"].default
    c1, c2 = st.columns(2)
    answer = c1.number_input(f"{name}: answer within (seconds)", 0, int(CC["answer_seconds"].maximum),
                             int(answer_default), step=5, key=f"cc_{key}_answer")
    level = c2.slider(f"{name}: service level (%)", 5, 99, int(round(CC["service_level"].default * 100)),
                      key=f"cc_{key}_sl", help=CC["service_level"].source)
    return {"answer_seconds": float(answer), "service_level": level / 100}


def _queue_volume(name: str, chat: bool, per: str) -> tuple[float, float]:
    """Volume a day or a week and the handle time of one built-in queue."""
    key = _slug(name)
    monthly = CC["chat_contacts_per_month" if chat else "contacts_per_month"]
    aht = CC["chat_aht_seconds" if chat else "aht_seconds"]
    repeats = periods_per_month(per, int(st.session_state.get("cc_days", 5)))
    c1, c2 = st.columns(2)
    volume = c1.number_input(f"{name}: contacts a {per}", 0, 5_000_000, int(round(monthly.default / repeats, -1)),
                             step=100, key=f"cc_{key}_volume", help=monthly.source)
    handle = c2.number_input(f"{name}: handle time (seconds)", 1, int(aht.maximum), int(aht.default), step=10,
                             key=f"cc_{key}_aht", help=aht.source)
    return float(volume), float(handle)


def _inputs() -> tuple[ContactCentre, list[str], dict[str, object]]:
    """The sidebar: volumes and patterns or a file, queue targets, staffing and cost settings."""
    settings: dict[str, object] = {}
    with st.sidebar:
        st.markdown("**Contact volume**")
        source = st.segmented_control("Volume given as", list(SOURCES), format_func=SOURCES.get, default="day",
                                      key="cc_source", required=True)
        queues: list[Queue] = []
        occupancy = st.slider("Maximum occupancy (%)", 30, 100, int(CC["max_occupancy"].default * 100),
                              key="cc_occupancy", help=CC["max_occupancy"].source) / 100
        if source == "file":
            upload = st.file_uploader("Interval file (CSV)", type=["csv"], key="upload_cc_intervals",
                                      help="Columns interval_start, contacts; optional queue, aht_seconds. "
                                           "One row per queue and interval; closed intervals with 0 contacts.")
            st.download_button("Download a sample file", SAMPLE, "intervals_sample.csv", "text/csv",
                               key="download_cc_sample")
            if upload is None:
                st.info("Upload an interval file to staff it, or give a volume a day or a week.")
                st.stop()
            data = _read_upload(upload.getvalue(), upload.name)
            default_aht = st.number_input("Handle time where the file gives none (seconds)", 1, 7_200,
                                          int(CC["aht_seconds"].default), step=10, key="cc_file_aht")
            aht = data.aht_or(float(default_aht))
            for i, name in enumerate(data.queues):
                queues.append(Queue(name, data.contacts[i], aht[i], max_occupancy=occupancy,
                                    **_queue_targets(name, "chat" in name.lower())))
            centre = ContactCentre(tuple(queues), data.interval_minutes, data.periods_per_month)
            several_days = data.days > 1
            fmt = "%a %H:%M" if data.days <= 7 else "%d %b %H:%M"
            labels = [s.strftime(fmt if several_days else "%H:%M") for s in data.starts]
            settings["period"] = f"the file's {number(data.days, 1)} days"
        else:
            per = "day" if source == "day" else "week"
            pattern = st.selectbox("Arrival pattern", [*PATTERNS, OWN],
                                   format_func=lambda k: PATTERNS.get(k, "My own weights, one per open interval"),
                                   index=list(PATTERNS).index("weekday_double_peak"), key="cc_pattern",
                                   help="Illustrative shapes, not sourced data; upload your intervals for real ones.")
            hours = st.slider("Opening hours", 0, 24, (8, 20), key="cc_hours")
            days = st.slider("Days open a week", 1, 7, 5, key="cc_days")
            shape_spec: str | tuple[float, ...] = pattern
            if pattern == OWN:
                shape_spec = parse_weights(st.text_input(
                    f"Weights, one per half hour from {hours[0]:02d}:00 ({2 * (hours[1] - hours[0])} numbers)",
                    ", ".join(["1"] * (2 * (hours[1] - hours[0]))), key="cc_weights"))
            shape = day_shape(shape_spec, hours[0], hours[1])
            with_chat = st.toggle("Add a chat queue", value=False, key="cc_chat")
            for name, chat in (("Voice", False), ("Chat", True))[: 2 if with_chat else 1]:
                volume, aht = _queue_volume(name, chat, per)
                contacts = daily_contacts(volume, shape) if per == "day" else weekly_contacts(volume, shape, days)
                queues.append(Queue(name, contacts, aht, max_occupancy=occupancy, **_queue_targets(name, chat)))
            repeats = periods_per_month("day", days) if per == "day" else periods_per_month("week")
            centre = ContactCentre(tuple(queues), 30.0, repeats)
            labels = interval_labels(centre.intervals, 30.0, week=per == "week")
            settings["period"] = f"a day, open {days} days a week" if per == "day" else "a week"

        st.markdown("**Staff and cost**")
        settings["shrinkage"] = st.slider("Shrinkage (%)", 0, 80, int(ASSUMPTIONS["shrinkage"].default * 100),
                                          key="cc_shrinkage", help=ASSUMPTIONS["shrinkage"].source) / 100
        settings["salary"] = st.number_input("Agent salary (USD a year)", 1_000, 1_000_000,
                                             int(ASSUMPTIONS["annual_salary"].default), step=1_000, key="cc_salary",
                                             help=ASSUMPTIONS["annual_salary"].source)
        basis = st.selectbox("Vendor price", list(BASES), format_func=lambda b: f"BPO {BASES[b]}",
                             key="cc_vendor_basis")
        settings["basis"] = basis
        settings["price"] = _vendor_price(basis)
        spread_v = st.slider("Volume uncertainty (± %)", 0, 90, int(CC["volume_spread"].default * 100),
                             key="cc_volume_spread", help=CC["volume_spread"].source) / 100
        spread_a = st.slider("Handle-time uncertainty (± %)", 0, 90, int(CC["aht_spread"].default * 100),
                             key="cc_aht_spread", help=CC["aht_spread"].source) / 100
        settings["volume_range"] = (1 - spread_v, 1 + spread_v)
        settings["aht_range"] = (1 - spread_a, 1 + spread_a)
    return centre, labels, settings


def _vendor_price(basis: str) -> VendorPrice | None:
    """The seeds' per-hour range for customer service, or the user's quote on any basis."""
    reference = reference_price(reference_book(), FUNCTION, "bpo") if basis == "per_hour" else None
    if reference is not None and reference.basis == "per_hour":
        low, high = st.slider("BPO rate (USD per staffed hour)", 0.0, 200.0, (reference.low, reference.high),
                              step=0.5, key="cc_vendor_rate", help=reference.source)
        return VendorPrice("per_hour", low, high, source=reference.source, option="bpo")
    st.caption(f"The seeds give no BPO price {BASES[basis]}: enter a vendor's quote.")
    c1, c2 = st.columns(2)
    low = c1.number_input("Quote, low (USD)", 0.0, 10_000.0, None, step=0.05, key=f"cc_quote_low_{basis}")
    high = c2.number_input("Quote, high (USD)", 0.0, 10_000.0, None, step=0.05, key=f"cc_quote_high_{basis}")
    if low is None or high is None:
        return None
    return VendorPrice(basis, low, high, source="vendor quote", option="bpo")


st.markdown("### Contact centre: from contact volume to agents and cost per contact")
try:
    centre, labels, settings = _inputs()
    shrinkage = float(settings["shrinkage"])
    in_house = {k: ASSUMPTIONS[k].default for k in IN_HOUSE_KEYS} | {"shrinkage": shrinkage,
                                                                      "annual_salary": float(settings["salary"])}
    price: VendorPrice | None = settings["price"]  # type: ignore[assignment]
    governance = ASSUMPTIONS["governance_rate"].default
    staffed = staff(centre, shrinkage)
    basis = price.basis if price else None
    cost = centre_cost(staffed, in_house, vendor_basis=basis, vendor_price=price.mid if price else 0.0,
                       governance_rate=governance)
    bands = _bands(centre, shrinkage, in_house, settings["volume_range"], settings["aht_range"], basis,
                   (price.low, price.high) if price else (0.0, 0.0), governance)
except (IntervalError, StaffingError, InputError, PriceBookError) as exc:
    st.error(str(exc))
    st.stop()

if float(cost.contacts_month) == 0:
    st.info("No contacts to staff: give a volume above 0.")
    st.stop()

busiest = staffed.agents.sum(axis=0)
peak = int(busiest.argmax())
cols = st.columns(4)
cols[0].metric("Agents on the phones at the peak", f"{int(busiest[peak]):,}", help=f"All queues at {labels[peak]}")
cols[1].metric("Staff to schedule at the peak", f"{int(staffed.scheduled.sum(axis=0)[peak]):,}",
               help=f"ceil(agents / (1 − {percent(shrinkage)} shrinkage)) per queue")
cols[2].metric("Paid FTE", number(float(cost.in_house.fte), 1),
               help="Agent hours a month / (paid hours a month × (1 − shrinkage)), as for any in-house work")
cols[3].metric("Agent hours a month", number(float(cost.agent_hours_month)),
               help=f"Σ agents × ½ hour over {settings['period']}, times {number(centre.periods_per_month, 2)} a month")

cols = st.columns(4)
cols[0].metric("In-house cost a month", money(float(cost.in_house.total)),
               help="Fully loaded: wages, benefits, supervision, overhead and hiring at the default assumptions")
cols[1].metric("In-house cost per contact", f"${float(cost.in_house_per_contact):,.2f}",
               help=f"P10–P90 {money_range(bands.in_house.p10, bands.in_house.p90)} per contact "
                    f"over {bands.draws:,} draws of volume and handle time")
if cost.vendor is None or bands.vendor is None:
    cols[2].metric("BPO cost a month", "Needs a quote")
    cols[3].metric("BPO cost per contact", "Needs a quote")
else:
    cols[2].metric("BPO cost a month", money(float(cost.vendor.total)),
                   help=f"Fees {BASES[basis or 'per_hour']} at the midpoint plus {percent(governance)} governance")
    cols[3].metric("BPO cost per contact", f"${float(cost.vendor_per_contact):,.2f}",
                   help=f"P10–P90 ${bands.vendor.p10:,.2f}–${bands.vendor.p90:,.2f} per contact")

st.plotly_chart(staffing_curve_figure(staffed, labels), key="cc_curve", width="stretch")

vendor_text = ("" if bands.vendor is None else
               f"; BPO ${bands.vendor.p10:,.2f} / ${bands.vendor.p50:,.2f} / ${bands.vendor.p90:,.2f}")
st.caption(f"Cost per contact, P10 / P50 / P90 over {bands.draws:,} draws: in-house "
           f"${bands.in_house.p10:,.2f} / ${bands.in_house.p50:,.2f} / ${bands.in_house.p90:,.2f}{vendor_text}. "
           "Agents by Erlang C per interval; arrival shapes are illustrative, not sourced data.")

rows = []
for i, name in enumerate(centre.names):
    agents = staffed.agents[i]
    staffed_cells = agents > 0
    rows.append({
        "Queue": name,
        "Contacts a month": number(float(staffed.contacts_month[i])),
        "Handled minutes a month": number(float(staffed.handled_minutes_month[i])),
        "Peak agents": int(agents.max()),
        "Agent hours a month": number(float(staffed.agent_hours_month[i])),
        "Service level (lowest open interval)": percent(float(staffed.erlang.service_level[i][staffed_cells].min()))
        if staffed_cells.any() else "–",
        "Occupancy (average)": percent(float(np.average(staffed.erlang.occupancy[i][staffed_cells],
                                                        weights=agents[staffed_cells])))
        if staffed_cells.any() else "–",
    })
st.dataframe(rows, hide_index=True, key="cc_queues")
