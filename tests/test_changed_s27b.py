"""Session 27's second mutation run (issue 7) over the lines of estimator/ changed in session 27 (b70e58c..): plain
unit tests (no AppTest, so mutation runs keep them) for the survivors. Much of what changed was tested by its doctests
(text widths, file names, a choice's words), which mutation runs leave out, or through pages. Every expected value
is worked by hand in its comment, from estimator/text_width.py's advance tables (thousandths of an em) and the
sidebar's words."""

from __future__ import annotations

import datetime as dt
import io

from pptx import Presentation
from pptx.util import Inches, Pt

from estimator import text_width
from estimator.compare import _choice_value, input_frame
from estimator.currency import ExchangeRate
from estimator.deck import WIDTH, build_deck, name_size, slide_foot
from estimator.estimate import estimate
from estimator.meeting import ExportContext
from estimator.pricing import load_price_book
from estimator.quote_check import far_quotes
from estimator.scenario import InputRange, Scenario, Uncertainty, VendorPrice
from estimator.uncertainty import simulate

BOOK = load_price_book()


def test_wrap_keeps_the_spaces_a_name_was_typed_with():
    # split at each single space: "x  y" is "x", "", "y" (x 500 + space 278 + "" 0 + space 278 + y 500 = 1,556
    # thousandths, within 50 em), put back as typed; a tab is no break
    assert text_width.wrap("x  y", 50) == ["x  y"]
    assert text_width.wrap(" x", 50) == [" x"]
    assert text_width.wrap("x\ty", 50) == ["x\ty"]


def test_wrap_of_nothing_is_one_empty_line():
    assert text_width.wrap("", 5) == [""]
    # "abc " at 1.5 em: "abc" 556 + 556 + 500 = 1,612 over 1,500, so cut after "ab" (1,112; + c 500 = 1,612 over);
    # then "c" (500) and the space (278) with "" fit: "c "
    assert text_width.wrap("abc ", 1.5) == ["ab", "c "]


def test_wrap_breaks_at_exactly_the_width_in_thousandths_of_an_em():
    # "i i": 222 + 278 + 222 = 722 thousandths. At 0.722 em it fits one line; at 0.7215 em (721.5) it does not
    assert text_width.wrap("i i", 0.722) == ["i i"]
    assert text_width.wrap("i i", 0.7215) == ["i", "i"]


def test_an_accented_letter_is_as_wide_as_its_base_letter():
    # é as e (556), Ç as C (722), bold ñ as bold n (611)
    assert text_width.em_width("é") == 0.556
    assert text_width.em_width("Ç") == 0.722
    assert text_width.em_width("ñ", bold=True) == 0.611


def test_a_fullwidth_letter_is_wide_as_a_cjk_character():
    # "Ａ" (U+FF21, east-Asian width F, no canonical decomposition) 1.3 em as "北" (W); "☃" (neutral, unlisted) 1 em
    assert text_width.em_width("Ａ") == 1.3
    assert text_width.em_width("北") == 1.3
    assert text_width.em_width("☃") == 1.0


def test_a_choice_not_among_the_sidebars_is_shown_as_written():
    # a scenario without the input: "—", as input_frame fills it
    assert _choice_value("uncertainty.distribution", "—") == "—"
    assert _choice_value("vendor_terms.escalation_index", "delivery_wages") == "Delivery-country wage growth"


def test_a_bpo_quote_of_nothing_does_not_stop_the_kpo_quote_being_checked():
    # research and analysis: no hourly book row for either; both quotes $0-$0, both named
    s = Scenario("Research and analysis", 10, bpo=VendorPrice("per_hour", 0, 0),
                 kpo=VendorPrice("per_hour", 0, 0, option="kpo"))
    assert [(f.option, f.end, f.value, f.reference) for f in far_quotes(s, BOOK)] == [
        ("bpo", "high", 0.0, 0.0), ("kpo", "high", 0.0, 0.0)]


def test_wrap_starts_the_rest_of_a_long_word_at_nothing():
    # "iiii" at 0.444 em (444 thousandths, each i 222): "ii" fills the line, the rest "ii" fills the next exactly
    assert text_width.wrap("iiii", 0.444) == ["ii", "ii"]


def test_a_slide_foot_of_two_lines_is_kept_whole():
    # "A · B · C · D · E · F" in a box 5 em wide (11 pt × 5 = Pt(55)): A 667, " ·" 556, " B" 945, " ·" 556,
    # " C" 1,000, " ·" 556 = 4,280; " D" (1,000) would make 5,280, over 5,000: "A · B · C ·" then
    # D 722, " ·" 556, " E" 945, " ·" 556, " F" 889 = 3,668: "D · E · F". Two lines: not shortened
    context = ExportContext("B", "C", "D", "E", "F", ())
    assert slide_foot("A", context, Pt(11) * 5) == "A · B · C · D · E · F"


def test_a_combining_accent_adds_no_width():
    # "e" followed by U+0301 (a combining acute, drawn over the e): 556 + 0
    assert text_width.em_width("e\u0301") == 0.556


def test_the_title_slides_name_is_bold():
    s = Scenario("Customer service", 10, name="Plan A", bpo=VendorPrice("per_hour", 20, 30),
                 uncertainty=Uncertainty(draws=100, seed=1))
    deck = Presentation(io.BytesIO(build_deck(estimate(s), simulate(s), [], dt.date(2026, 1, 15))))
    name = list(deck.slides)[0].shapes[0].text_frame.paragraphs[0]
    assert name.text == "Plan A" and name.font.bold is True and name.font.size == Pt(44)


def test_whether_a_scenario_gives_ranges_is_its_row_where_the_file_has_the_ranges():
    # a scenario file's order: ... business_case, then ranges, then uncertainty; the "ranges" row (true/false) there,
    # not first, and a scenario's own range rows after the union of the others' rows
    a = Scenario("Customer service", 10, name="A")
    b = Scenario("Customer service", 10, name="B", ranges=(InputRange("shrinkage", 0.3, 0.4),))
    rows = list(input_frame([a, b]).index)
    assert rows[0] == "format_version"
    assert rows[rows.index("ranges") - 1].startswith("business_case.")
    assert rows[rows.index("ranges") + 1] == "uncertainty.draws"
    assert input_frame([a, b]).loc["ranges"].to_dict() == {"A": "false", "B": "true"}


def test_a_quote_of_nothing_is_worded_in_the_scenarios_currency():
    # a euro scenario's $0 quote is €0 (its own currency), not the default dollars
    s = Scenario("Research and analysis", 10, currency="EUR", exchange_rates=(ExchangeRate("EUR", "USD", 1.08),),
                 bpo=VendorPrice("per_hour", 0, 0))
    assert [f.text for f in far_quotes(s, BOOK)] == ["BPO quote: €0 at both ends, the work for nothing"]


def test_a_slide_foot_of_three_lines_is_shortened():
    # the same at 3 em (3,000): "A · B ·" (667 + 556 + 945 + 556 = 2,724; " C" 1,000 more is over), "C · D ·" (722 +
    # 556 + 1,000 + 556 = 2,834; " E" 945 more is over), "E · F": three lines, so the name is shortened. "A · B" cut
    # at a word is "A…" ("A ·" less its "·"), and "A… · C · D · E · F" is three lines still (A 667 + … 1,000 + " ·" 556
    # + " C" 1,000 = 3,223 is over); a name of one letter cut between its letters is "…" alone
    context = ExportContext("B", "C", "D", "E", "F", ())
    assert slide_foot("A", context, Pt(11) * 3) == "… · C · D · E · F"


def test_a_title_name_just_over_a_line_at_44_points_takes_42():
    # the title slide's box: WIDTH - 1.2 in = 12,191,695 - 1,097,280 = 11,094,415 EMU wide, less 2 × 0.1 in
    # (182,880): 10,911,535 / 12,700 = 859.176 pt; 1.4 in less 2 × 0.05 in: 1,188,720 / 12,700 = 93.6 pt high.
    # 35 bold "a" (556 each) and an "i" (278): 19.738 em, one word. At 44 pt a line holds 859.176 / 44 = 19.527 em:
    # two lines, 2 × 44 × 1.22 = 107.4 pt, over 93.6; at 42 pt 20.457 em: one line (51.2 pt)
    width = WIDTH - Inches(1.2)
    assert width == 11_094_415
    assert name_size("a" * 35 + "i", width) == 42
    assert name_size("a" * 35, width) == 44  # 19.46 em: one line at 44 pt


def test_a_share_is_not_converted_into_a_scenarios_currency():
    # a euro scenario at $1.25 a euro: its salary's default is $41,600 / 1.25 = €33,280; its shrinkage 30% as given
    s = Scenario("Customer service", 10, currency="EUR", exchange_rates=(ExchangeRate("EUR", "USD", 1.25),))
    assert s.default("shrinkage") == 0.3
    assert s.default("annual_salary") == 33_280


def test_a_title_name_that_just_fills_its_box_keeps_its_size():
    # one line at 44 pt is 44 × 1.22 = 53.68 pt tall: a box of 53.68 pt inside its margins, 53.68 × 12,700 = 681,736
    # EMU + 2 × 0.05 in (91,440) = 773,176 EMU, holds it exactly; one EMU less does not, and 42 pt (51.24 pt) fits
    assert name_size("Q3", WIDTH - Inches(1.2), 773_176) == 44
    assert name_size("Q3", WIDTH - Inches(1.2), 773_175) == 42
