"""Session 18's walk (Chromium, 1280x720, en-GB), issue 7 ("every input does what it says, on every screen"): what
the page says of a price's currency and unit, the grammar and the figures of its messages. AppTest; what only a
browser shows is in tests/test_browser_walk_s18.py."""

from __future__ import annotations

import pytest
from chromium import ROOT
from dashboard_app import dashboard
from streamlit.testing.v1 import AppTest


@pytest.fixture
def app() -> AppTest:
    at = dashboard(60)
    at.run()
    assert not at.exception
    return at


def _captions(at: AppTest) -> list[str]:
    return [c.value for c in at.sidebar.caption]


def _heading(at: AppTest, option: str) -> str:
    return next(m.value for m in at.sidebar.markdown if m.value.startswith(f"**{option} price**"))


def _keys(at: AppTest) -> set[str]:
    return {s.key for s in at.selectbox}


# ------------------------------------------------------------------ 1. the Currency box said a currency not used


def test_a_book_price_reporting_in_pounds_says_the_books_dollars(app):
    """Kofi reported in pounds: the Currency expander read "BPO quote in: GBP" while the BPO price used was the price
    book's $20-30 (the sidebar's heading rightly "(USD per productive hour)"). "Quote in" is the currency of a typed
    quote; with none typed it applies to nothing. Now the expander says the currency used, the book's, and the box
    comes back, in pounds, once a quote is typed."""
    app.selectbox(key="reporting_currency").set_value("GBP").run()
    assert _heading(app, "BPO") == "**BPO price** (USD per productive hour)"
    assert "bpo_currency" not in _keys(app)  # no box naming a currency the price is not in
    assert "BPO price in USD: the price book's range. Type a vendor quote to choose its currency here." \
        in _captions(app)
    assert not any("BPO" in c and "GBP" in c for c in _captions(app))
    # the KPO has no book price for customer service: its box is the currency the quote will be typed in, and the
    # heading above the quote fields agrees with it
    assert app.selectbox(key="kpo_currency").value == "GBP"
    assert _heading(app, "KPO") == "**KPO price** (GBP per productive hour)"
    # a quote typed: the box is back, in the reporting currency it followed, and the heading says the same
    app.toggle(key="bpo_use_quote").set_value(True).run()
    assert app.selectbox(key="bpo_currency").value == "GBP"
    assert _heading(app, "BPO") == "**BPO price** (GBP per productive hour)"
    assert not any(c.startswith("BPO price in USD") for c in _captions(app))


def test_a_savings_share_is_said_to_be_in_no_currency_and_asks_no_rate(app):
    """Research's KPO price is the book's 40-60% below in-house cost: no currency. The box read "KPO quote in" with
    whatever currency it last held, and one the user had chosen for a quote (GBP, reporting in dollars) drew a field
    "1 USD = ... GBP" for a rate nothing was in."""
    app.selectbox(key="kpo_currency").set_value("GBP").run()  # customer service: the KPO's quote in pounds
    assert app.number_input(key="fx_rate_GBP")  # its rate is asked for: the quote will be in pounds
    app.selectbox(key="function").set_value("Research and analysis").run()
    assert not app.exception
    assert "kpo_currency" not in _keys(app)
    assert "KPO price: a savings share of the in-house cost, in no currency." in _captions(app)
    assert "fx_rate_GBP" not in {n.key for n in app.number_input}
    assert not app.error


# ------------------------------------------------------------------ 2. one price, one unit on both pages


def test_the_contact_centres_rate_is_per_productive_hour_on_both_pages(monkeypatch):
    """The Contact centre page read "BPO rate (USD per staffed hour)"; after "Use these queues" the Estimate page read
    "BPO price (USD per productive hour)" for the same figure, the months agreeing ($280,528 on both in the walk).

    Which hour is it? The published queue (100 calls a half hour at 3 minutes, 80% in 20 s: 14 agents) open 08:00-20:00
    five days a week: 14 × 12 h × 21.741 days = 3,652.5 Erlang C agent hours a month, the hours agents are on the
    queue, idle time between calls included and shrinkage excluded: the model's productive hours W (in-house, W /
    (2,080 / 12 × 0.7) = 30.1 paid FTE). At $40 the page bills 3,652.5 × 1.1 vendor hours per in-house hour × $40 =
    $160,710, + 4.5% governance $7,231.95 (above the floor, 0.5 × 98,580 × 1.31 / 12 = $5,380.83) = $167,941.95 a
    month. Per paid (scheduled) hour, the Estimate page's other hour, the same $40 would bill 3,652.5 × 1.1 / (1 −
    0.30 vendor shrinkage) = 5,739.64 hours, $229,585.71 + 4.5% = $239,917.07. The month agrees with the first: the
    $40 is per productive hour on both pages, and both now say so."""
    from contact_centre_app import CC, metrics, published_queue

    from estimator.estimate import estimate
    from views.share import CURRENT

    monkeypatch.chdir(ROOT)
    page = dashboard(60)
    page.run()
    page.switch_page(CC).run()
    published_queue(page)
    rate = page.slider(key="cc_vendor_rate")
    assert rate.label == "BPO rate (USD per productive hour)"
    assert "productive hour" in page.selectbox(key="cc_vendor_basis").options[0]
    rate.set_value((40.0, 40.0)).run()
    assert metrics(page)["BPO cost a month"] == "$167,942"
    page.button(key="cc_use_in_estimate").click().run()
    assert not page.exception
    assert _heading(page, "BPO") == "**BPO price** (USD per productive hour)"
    assert page.selectbox(key="bpo_billed").value == "productive_hour"
    est = estimate(page.session_state[CURRENT])
    assert est.workload_hours == pytest.approx(3_652.5, abs=0.1)
    assert est.bpo.total.mid == pytest.approx(167_941.95, abs=1.0)
    assert "run rate $167,942/mo" in " ".join(c.value for c in page.caption)


# ------------------------------------------------------------------ 3. "1 seconds"; 4. a number nobody means

BIG = 123456789012345678901234567890.0  # typed as digits; the float holds 123,456,789,012,345,677,877,719,597,056


def _not_used(at: AppTest) -> list[str]:
    return [line.removeprefix("- ") for w in at.warning if w.value.startswith("**Not used:**")
            for line in w.value.splitlines()[1:]]


@pytest.fixture
def centre(monkeypatch) -> AppTest:
    from contact_centre_app import CC

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    at.switch_page(CC).run()
    assert not at.exception
    return at


def test_a_limit_of_one_second_is_one_second(centre):
    """The handle time's limits read "outside 1 seconds to 7,200 seconds". A handle time of 0 is refused (its limits
    1 to 7,200 s, CONTACT_CENTRE_ASSUMPTIONS["aht_seconds"]), the default 360 s used."""
    aht = centre.number_input(key="cc_voice_aht")
    assert aht.help.endswith("take yours from the ACD report. Allowed 1 second to 7,200 seconds.")
    aht.set_value(0.0).run()
    assert "Voice handle time: 0 seconds is outside 1 second to 7,200 seconds; the results use 360 seconds." \
        in _not_used(centre)


def test_one_of_an_assumptions_unit_is_singular(app):
    """The same on the Estimate page's assumptions: a tenure of 1 year kept while 99 is refused (0 to 50 years)
    read "the results use 1 years"."""
    app.number_input(key="pp_average_tenure_years").set_value(1.0).run()
    app.number_input(key="pp_average_tenure_years").set_value(99.0).run()
    assert "Average tenure of leavers (years): 99 years is outside 0 years to 50 years; the results use 1 year." \
        in _not_used(app)


def test_a_file_a_minute_apart_is_one_minute_apart():
    """An interval file a minute apart: "row 3: intervals 1 minutes apart"."""
    from estimator.intervals import IntervalError, parse_intervals

    text = "interval_start,queue,contacts\n2026-11-23 08:00,Voice,1\n2026-11-23 08:01,Voice,1\n"
    with pytest.raises(IntervalError, match="row 3: intervals 1 minute apart; use 15, 30 or 60 minutes"):
        parse_intervals(text, "day.csv")


def test_a_centre_open_one_day_a_week_says_one_day(centre):
    """"Days open a week" at 1: the agent hours' note read "over a day, open 1 days a week"."""
    centre.slider(key="cc_days").set_value(1).run()
    hours = next(m for m in centre.metric if m.label == "Agent hours a month")
    assert "over a day, open 1 day a week" in hours.help, hours.help


def test_a_number_nobody_means_is_written_the_same_way_everywhere(centre):
    """"123456789012345678901234567890" typed: the answer-time message wrote the float's digits,
    "123,456,789,012,345,677,877,719,597,056" (not what was typed), and the agent salary's "USD 1.23e+29" beside notes
    in "$". One rule now: three significant figures in scientific notation, 1.23e+29, money with its symbol."""
    centre.number_input(key="cc_voice_answer").set_value(BIG)
    centre.number_input(key="cc_voice_volume").set_value(BIG)
    centre.number_input(key="cc_salary").set_value(BIG).run()
    lines = _not_used(centre)
    assert "Voice answer-time target: 1.23e+29 seconds is outside 0 seconds to 3,600 seconds; the results use " \
           "20 seconds." in lines, lines
    assert any(line.startswith("Voice contacts a day: 1.23e+29 is outside 0 to 5,000,000;") for line in lines), lines
    assert "Agent salary: $1.23e+29 is outside $1,000 to $1,000,000; the results use $41,600." in lines, lines
    assert not [line for line in lines if "123,456" in line or "USD 1" in line]


# ------------------------------------------------------------------ 5. the image's legend in the page's order


@pytest.mark.skipif(not __import__("chromium").HAS_CHROMIUM, reason="Kaleido draws images in Debian's chromium")
def test_the_build_up_images_legend_reads_in_the_pages_order():
    """The page's legend (text above the chart, views/estimate_chart.LEGEND_AS_TEXT) reads Wages, Benefits,
    Supervision, Overhead, Hiring, Vendor fees, Governance, Total (low–high): the stack from the bottom up, then the
    total. The PNG and SVG downloads put plotly's own legend back, which lists a stacked bar chart's traces reversed
    by default: "Total (low–high), Governance, Vendor fees, ..., Wages". Read here from the SVG the page's download
    makes, left to right (one row)."""
    import re

    import plotly.graph_objects as go

    from estimator import meeting
    from estimator.estimate import estimate
    from estimator.pricing import load_price_book
    from estimator.scenario import Scenario, reference_price
    from views.chart_handoff import legend_html
    from views.estimate_chart import page_spec

    book = load_price_book(ROOT / "data" / "pricing.csv")
    est = estimate(Scenario("Customer service", 10, bpo=reference_price(book, "Customer service", "bpo")))
    title, spec = page_spec("buildup", est, None)
    page = re.findall(r"&nbsp;([^<]+)</span>", legend_html(spec))  # as the page does: the legend taken out as text
    order = ["Wages", "Benefits", "Supervision", "Overhead", "Hiring", "Vendor fees", "Governance", "Total (low–high)"]
    assert page == order
    # the page's download (views/estimate.py, _downloads): plotly's legend put back
    svg = meeting.image_bytes(go.Figure(spec).update_layout(showlegend=None), meeting.context_for(est), "svg",
                              title).decode()
    items = re.findall(r'<g class="traces" transform="translate\(([-\d.]+),[-\d.]+\)".*?class="legendtext"[^>]*>([^<]+)<',
                       svg)
    shown = [name.replace("&amp;", "&") for _, name in sorted(items, key=lambda item: float(item[0]))]
    assert shown == order, shown


@pytest.mark.parametrize(("locale", "fmt"), [("de-DE", "localized"), ("en-US", "%.2f")])
def test_the_contact_centre_bpo_rate_slider_is_written_the_browser_locale_way(monkeypatch, locale, fmt):
    """Session 18's second walk (1440x900, de-DE): the Contact centre's BPO rate slider read "20.00 | 30.00" beside
    the Estimate page's price slider reading "20,5": it gave no format, and views.inputs._slider turns only a given
    sprintf format into Streamlit's "localized" one (the browser's Intl.NumberFormat). Under en-US it stays
    Streamlit's own float format, "%.2f" ("20.00"), the unit in its label."""
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.context = {"locale": locale}
    at.run()
    at.switch_page("views/contact_centre.py").run()
    assert not at.exception
    rate = at.slider(key="cc_vendor_rate")
    assert rate.value == pytest.approx((20.0, 30.0)) and rate.proto.format == fmt
    assert "(USD per productive hour)" in rate.label


# ------------------------------------------------------------------ a quote turned on keeps the price where it was


def _bpo_total(at: AppTest) -> str:
    return next(m.value for m in at.metric if m.label.startswith("BPO over"))


def test_turning_the_quote_on_in_pounds_starts_from_the_books_range_in_pounds(app):
    """h18walk2: reporting in pounds (1 GBP = 1.25 USD), turning "Type a vendor quote instead" on filled the fields
    with the book's $20-30 under "BPO quote in: GBP", read as £20-30: BPO over 5 years went from £2,249,081 to
    £2,670,184 before anything was typed. By hand: $20 / 1.25 = £16.00 and $30 / 1.25 = £24.00, the same price."""
    app.selectbox(key="reporting_currency").set_value("GBP").run()
    app.number_input(key="fx_rate_USD").set_value(1.25).run()
    book_priced = _bpo_total(app)
    app.toggle(key="bpo_use_quote").set_value(True).run()
    assert not app.exception
    assert app.selectbox(key="bpo_currency").value == "GBP"
    assert (app.number_input(key="bpo_quote_low").value, app.number_input(key="bpo_quote_high").value) == (16.0, 24.0)
    assert _bpo_total(app) == book_priced


def test_turning_the_quote_on_with_no_rate_yet_starts_empty(app):
    """With no dollar rate typed, the book's dollars cannot be written in pounds: the fields start empty rather than
    read $20-30 as £20-30."""
    app.selectbox(key="reporting_currency").set_value("GBP").run()
    app.toggle(key="bpo_use_quote").set_value(True).run()
    assert not app.exception
    assert (app.number_input(key="bpo_quote_low").value, app.number_input(key="bpo_quote_high").value) == (None, None)


def test_in_dollars_the_quote_starts_from_the_books_range_as_before(app):
    app.toggle(key="bpo_use_quote").set_value(True).run()
    assert (app.number_input(key="bpo_quote_low").value, app.number_input(key="bpo_quote_high").value) == (20.0, 30.0)
