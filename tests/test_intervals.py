"""Arrival patterns and the interval-file loader: shapes that sum to the volume, errors that name the row."""

from __future__ import annotations

import numpy as np
import pytest

from estimator.intervals import (
    PATTERNS,
    IntervalError,
    daily_contacts,
    day_shape,
    parse_intervals,
    parse_weights,
    periods_per_month,
    weekly_contacts,
)


@pytest.mark.parametrize("pattern", list(PATTERNS))
def test_every_shape_sums_to_one_inside_opening_hours(pattern):
    shape = day_shape(pattern, 8, 20)
    assert shape.size == 48
    assert shape.sum() == pytest.approx(1.0)
    assert np.all(shape[:16] == 0) and np.all(shape[40:] == 0)  # closed before 08:00 and from 20:00
    assert np.all(shape[16:40] > 0)


def test_double_peak_is_busier_late_morning_than_at_opening():
    shape = day_shape("weekday_double_peak", 8, 20)
    assert shape[21] > 2 * shape[16]  # 10:30 against 08:00


def test_own_weights_one_per_open_interval():
    # open 09:00–11:00: four half hours weighted 1:1:2:4 → 1/8, 1/8, 2/8, 4/8
    shape = day_shape(parse_weights("1, 1, 2, 4"), 9, 11)
    assert shape[18:22].tolist() == [0.125, 0.125, 0.25, 0.5]
    with pytest.raises(IntervalError, match="give 4 weights"):
        day_shape((1.0, 2.0), 9, 11)
    with pytest.raises(IntervalError, match="'x' is not a number"):
        parse_weights("1, x")


def test_daily_and_weekly_volumes_are_kept_whole():
    shape = day_shape("morning_peak", 8, 18)
    assert daily_contacts(2_000, shape).sum() == pytest.approx(2_000)
    week = weekly_contacts(10_000, shape, days_open=6)
    assert week.sum() == pytest.approx(10_000)
    # Saturday's weight 0.45 of the open days' 5.80: 10,000 × 0.45 / 5.8 = 775.86
    assert week[5 * 48:6 * 48].sum() == pytest.approx(775.862, abs=1e-3)
    assert week[6 * 48:].sum() == 0  # closed on Sunday
    # draws on a leading axis
    assert weekly_contacts(np.array([1_000.0, 2_000.0]), shape).shape == (2, 336)


def test_periods_per_month():
    # 365.25 / 12 = 30.4375 days; open 5 days a week → 30.4375 × 5 / 7 = 21.74 days
    assert periods_per_month("day", 7) == pytest.approx(30.4375)
    assert periods_per_month("day") == pytest.approx(30.4375)  # by default open every day
    assert periods_per_month("day", 5) == pytest.approx(21.741, abs=1e-3)
    assert periods_per_month("week") == pytest.approx(4.348, abs=1e-3)


GOOD = """interval_start,queue,contacts,aht_seconds
2026-11-23 08:00,Voice,100,180
2026-11-23 08:30,Voice,120,200
2026-11-23 08:00,Chat,10,600
2026-11-23 08:30,Chat,0,
"""


def test_a_good_file_reads_into_queues_and_intervals():
    f = parse_intervals(GOOD)
    assert f.queues == ("Voice", "Chat")
    assert f.contacts.tolist() == [[100, 120], [10, 0]]
    assert f.aht_or(300).tolist() == [[180, 200], [600, 300]]
    assert f.interval_minutes == 30
    # one hour of a day: 30.4375 days / (1 h / 24 h) = 730.5 repeats a month
    assert f.periods_per_month == pytest.approx(730.5)


def test_a_quarter_hour_file_without_queue_or_handle_time():
    f = parse_intervals("interval_start,contacts\n2026-11-23T08:00,5\n2026-11-23T08:15,6\n")
    assert f.interval_minutes == 15 and f.queues == ("Calls",)
    assert not np.isfinite(f.aht_seconds).any()


HEAD = "interval_start,queue,contacts,aht_seconds\n"
BAD = {
    "missing column": ("interval_start,queue,aht_seconds\n2026-11-23 08:00,Voice,180\n", "row 1: missing column(s) contacts"),
    "negative volume": (HEAD + "2026-11-23 08:00,Voice,100,180\n2026-11-23 08:30,Voice,-5,180\n",
                        "row 3, column 'contacts': -5 is negative"),
    "text volume": (HEAD + "2026-11-23 08:00,Voice,lots,180\n", "row 2, column 'contacts': 'lots' is not a number"),
    "duplicated interval": (HEAD + "2026-11-23 08:00,Voice,100,180\n2026-11-23 08:30,Voice,90,180\n"
                            "2026-11-23 08:30,Voice,95,180\n", "row 4: interval 2026-11-23 08:30 for queue 'Voice' is also on row 3"),
    "missing interval": (HEAD + "2026-11-23 08:00,Voice,100,180\n2026-11-23 08:30,Voice,90,180\n"
                         "2026-11-23 09:30,Voice,95,180\n", "row 4: interval 2026-11-23 09:00 of queue 'Voice' is missing"),
    "queue short of an interval": (HEAD + "2026-11-23 08:00,Voice,100,180\n2026-11-23 08:30,Voice,90,180\n"
                                   "2026-11-23 08:00,Chat,5,600\n", "row 3: queue 'Chat' has no interval 2026-11-23 08:30"),
    "more than a year": (HEAD + "2025-01-01 08:00,Voice,100,180\n2026-11-23 08:00,Voice,90,180\n", "more than a year"),
    "handle time zero": (HEAD + "2026-11-23 08:00,Voice,100,0\n", "row 2, column 'aht_seconds': a handle time of 0"),
    "bad date": (HEAD + "23/11/2026 08:00,Voice,100,180\n", "row 2, column 'interval_start'"),
    "off the grid": (HEAD + "2026-11-23 08:00,Voice,1,180\n2026-11-23 08:20,Voice,1,180\n2026-11-23 08:40,Voice,1,180\n",
                     "row 3: intervals 20 minutes apart"),
    "empty": ("", "the file is empty; expected a header row with interval_start, contacts"),
    "header only": (HEAD, "no interval rows"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_file_gets_a_message_naming_the_row(case):
    text, message = BAD[case]
    with pytest.raises(IntervalError) as exc:
        parse_intervals(text, "week.csv")
    assert str(exc.value).startswith("week.csv")
    assert message in str(exc.value)
