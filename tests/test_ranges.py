"""One range type (estimator/ranges.py): the one check, the point value, a result's cases."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from estimator.ranges import InputError, Range


@pytest.mark.parametrize(("low", "high", "mode", "field", "reason"), [
    (0.4, 0.2, None, "ranges.shrinkage.low", "low 0.4 must not be above high 0.2"),
    (0.2, 0.4, 0.45, "ranges.shrinkage.mode", "must be from 0.2 to 0.4, got 0.45"),
    (0.2, 0.95, None, "ranges.shrinkage.high", "must be from 0 to 0.8, got 0.95"),  # past the field's maximum
    (math.nan, 0.4, None, "ranges.shrinkage.low", "must be from 0 to 0.8, got nan"),
    (True, 0.4, None, "ranges.shrinkage.low", "must be a number from 0 to 0.8, got True"),
    ("0.2", 0.4, None, "ranges.shrinkage.low", "must be a number from 0 to 0.8, got '0.2'"),
])
def test_the_one_check_names_the_field_and_the_end(low, high, mode, field, reason):
    with pytest.raises(InputError) as err:
        Range.checked("ranges.shrinkage.{end}", low, high, mode, 0.0, 0.8)
    assert (err.value.field, err.value.reason) == (field, reason)


def test_the_point_value_is_the_mode_else_the_midpoint():
    # $20-30 an hour: midpoint 25; with the mode at 22 the point value is 22 and the midpoint still 25
    assert (Range(20.0, 30.0).mid, Range(20.0, 30.0, 22.0).mid, Range(20.0, 30.0, 22.0).midpoint) == (25.0, 22.0, 25.0)
    # a savings share's cheap end is its high end: 60% below in-house is cheaper than 40%
    assert Range(0.4, 0.6).ends(cost_rises=False) == (0.6, 0.4)
    assert Range(0.4, 0.6).ends(cost_rises=True) == (0.4, 0.6)


def test_a_result_keeps_its_cases_in_their_places():
    # a saving: cheap case 48,959.22 (the largest), mid 42,619.55, dear 36,279.88; low above high is a result's right
    saving = Range.cases(48_959.22, 42_619.55, 36_279.88)
    assert saving.as_tuple() == (48_959.22, 42_619.55, 36_279.88)
    # 1,000 + 2,000 | 1,500 + 2,500 | 2,000 + 3,000, and twelve months of each
    total = Range.cases(1_000.0, 1_500.0, 2_000.0) + Range.cases(2_000.0, 2_500.0, 3_000.0)
    assert total.as_tuple() == (3_000.0, 4_000.0, 5_000.0)
    assert total.scaled(12).as_tuple() == (36_000.0, 48_000.0, 60_000.0)


finite = st.floats(-1e6, 1e6, allow_nan=False)


@given(finite, finite, finite)
def test_checked_accepts_exactly_the_ordered_ranges_with_the_mode_inside(low, high, mode):
    ok = low <= high and low <= mode <= high
    try:
        r = Range.checked("x.{end}", low, high, mode)
    except InputError as exc:
        assert not ok and exc.field in ("x.low", "x.mode")
    else:
        assert ok and r.low <= r.mid <= r.high
