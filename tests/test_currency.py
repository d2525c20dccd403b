"""Currency (estimator/currency.py): conversion by hand, there and back, drift paths, Babel's formats per currency."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from estimator.currency import (
    ExchangeRate,
    check_currency,
    convert,
    drifts_from_unit,
    format_money,
    rate_paths,
    same_currency,
)
from estimator.scenario import InputError


def test_a_hand_computed_conversion():
    # a senior's Rs 1,100,000 a year at 1 USD = 84 INR, i.e. 1 INR = 1/84 USD: 1,100,000 / 84 = 13,095.238...
    usd = ExchangeRate("USD", "INR", 84.0).inverse().convert(1_100_000)
    assert usd == pytest.approx(13_095.238095, abs=1e-6)
    # £2,500 a month at 1 GBP = 1.27 USD: 2,500 × 1.27 = 3,175
    assert ExchangeRate("GBP", "USD", 1.27).convert(2_500) == pytest.approx(3_175.0)


def test_conversion_over_arrays_broadcasts():
    # amounts (2 draws × 1) times rates (3 months): (2, 3)
    out = convert(np.array([[100.0], [200.0]]), np.array([0.5, 1.0, 2.0]))
    assert out.tolist() == [[50.0, 100.0, 200.0], [100.0, 200.0, 400.0]]


money_amount = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)
rate_value = st.floats(min_value=1e-6, max_value=1e6)


@given(money_amount, rate_value)
def test_there_and_back_changes_nothing(amount, rate):
    r = ExchangeRate("EUR", "JPY", rate)
    back = r.inverse().convert(r.convert(amount))
    # two roundings of a double: relative error at most a few ulps
    assert math.isclose(back, amount, rel_tol=1e-12, abs_tol=1e-9)


@given(st.floats(-1 / 3, 0.5), st.floats(-1 / 3, 0.5))
def test_the_inverse_of_the_inverse_is_the_rate(d1, d2):
    # the drift limits (-1/3 to +1/2 a year) hold under inversion: 1 / (1 - 1/3) - 1 = 1/2, 1 / 1.5 - 1 = -1/3
    low, high = sorted((d1, d2))
    r = ExchangeRate("USD", "INR", 83.5, low, high)
    rr = r.inverse().inverse()
    assert (rr.source, rr.target) == ("USD", "INR")
    assert rr.rate == pytest.approx(83.5) and rr.drift_low == pytest.approx(low) and rr.drift_high == pytest.approx(high)
    # the inverse's drifts keep their order: a rupee that weakens 5% is a dollar that buys 1/0.95 - 1 = 5.26% more
    inv = r.inverse()
    assert inv.drift_low <= inv.drift_high


def test_the_rate_steps_once_a_year():
    # 1 USD = 80 INR drifting +5% a year: months 1-12 at 80, 13-24 at 84, 25-36 at 88.2; no drift stays 80
    paths = rate_paths(80.0, np.array([0.05, 0.0]), 36)
    assert paths.shape == (2, 36)
    assert paths[0, :12].tolist() == [80.0] * 12
    assert paths[0, 12:24] == pytest.approx([84.0] * 12)
    assert paths[0, 24:] == pytest.approx([88.2] * 12)
    assert paths[1].tolist() == [80.0] * 36


def test_drawn_drifts_stay_inside_the_range_and_reach_its_ends():
    u = np.random.default_rng(1).random(10_000)
    d = drifts_from_unit(u, -0.04, 0.02)
    assert d.min() >= -0.04 and d.max() <= 0.02
    assert drifts_from_unit(0.0, -0.04, 0.02) == pytest.approx(-0.04)
    assert drifts_from_unit(1.0, -0.04, 0.02) == pytest.approx(0.02)
    # draws × months from the rate object, one vectorised call
    assert ExchangeRate("USD", "INR", 80.0, -0.04, 0.02).monthly(d, 60).shape == (10_000, 60)


@pytest.mark.parametrize(("kwargs", "field"), [
    (dict(source="US", target="INR", rate=80.0), "exchange_rate.source"),
    (dict(source="USD", target="XYZ", rate=80.0), "exchange_rate.target"),
    (dict(source="USD", target="INR", rate=0.0), "exchange_rate.rate"),
    (dict(source="USD", target="INR", rate=float("inf")), "exchange_rate.rate"),
    (dict(source="USD", target="INR", rate=80.0, drift_low=0.6), "exchange_rate.drift_low"),
    (dict(source="USD", target="INR", rate=80.0, drift_low=-0.4), "exchange_rate.drift_low"),
    (dict(source="USD", target="INR", rate=80.0, drift_low=0.05, drift_high=-0.05), "exchange_rate.drift_low"),
    (dict(source="USD", target="USD", rate=2.0), "exchange_rate.rate"),
])
def test_a_bad_rate_is_refused_naming_the_field(kwargs, field):
    with pytest.raises(InputError) as err:
        ExchangeRate(**kwargs)
    assert err.value.field == field


def test_drifts_the_wrong_way_round_say_so():
    with pytest.raises(InputError, match=r"^exchange_rate.drift_low: low 0.05 must not be above high -0.02$"):
        ExchangeRate("USD", "INR", 80.0, 0.05, -0.02)


def test_codes_are_checked_and_upper_cased():
    assert check_currency(" gbp ") == "GBP"
    assert same_currency("EUR").convert(12.5) == 12.5
    with pytest.raises(InputError, match="'ABC' is not an ISO 4217 currency code"):
        check_currency("ABC")


@pytest.mark.parametrize(("currency", "amount", "expected"), [
    ("USD", 1234567.891, "$1,234,567.89"),
    ("EUR", 1234567.891, "€1,234,567.89"),
    ("GBP", -1234.5, "-£1,234.50"),
    ("INR", 1234567.891, "₹12,34,567.89"),   # lakh grouping: 12,34,567, not 1,234,567
    ("INR", 10_000_000, "₹1,00,00,000.00"),  # one crore
    ("JPY", 1234567.891, "¥1,234,568"),      # no decimals: the yen has no minor unit
    ("JPY", 0.4, "¥0"),
    # no home locale listed: written the en_US way, its code for a symbol, apart from the figure (session 20:
    # the headline read "CHF1,582,906" beside the slider's "CHF 8.00")
    ("CHF", 1234.5, "CHF\u00a01,234.50"),
])
def test_money_in_each_currencys_own_way(currency, amount, expected):
    assert format_money(amount, currency) == expected


@pytest.mark.parametrize(("currency", "expected"), [
    ("USD", "$1,234,568"), ("EUR", "€1,234,568"), ("GBP", "£1,234,568"), ("INR", "₹12,34,568"), ("JPY", "¥1,234,568"),
])
def test_whole_units_keep_the_grouping(currency, expected):
    assert format_money(1234567.891, currency, whole=True) == expected


def test_a_locale_can_be_chosen():
    assert format_money(1234.5, "EUR", locale="de_DE") == "1.234,50\xa0€"
