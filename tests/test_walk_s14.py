"""Defects two new users met walking the dashboard in Chromium (session 14: an analyst pricing IT with a quote and
ranges, a presenter at 1280 × 720): each test failed before its fix. Each says what the user saw."""

from __future__ import annotations

import io

import plotly.graph_objects as go
from chromium import ROOT

from estimator.estimate import estimate
from estimator.meeting import source_lines
from estimator.report import _assumption_rows
from estimator.scenario import InHouseInputs, Scenario, VendorPrice

CONTACT_CENTRE_PAY = "US contact-centre agent pay"
BLS_IT = "computer user support specialists, median $49,770"


def _it_estimate():
    # the analyst's case: IT and software operations, a typed salary, a BPO quote of $35-$55 an hour
    return estimate(Scenario("IT and software operations", 15, bpo=VendorPrice("per_hour", 35, 55, option="bpo"),
                             in_house=InHouseInputs(annual_salary=95_000.0, overhead_per_fte_month=2_616.0)))


def test_an_it_estimate_cites_its_own_pay_source_in_every_export():
    """The deck's Sources slide, the report's assumptions table and the workbook's Inputs and Sources sheets of an
    IT estimate gave the salary's source as "US contact-centre agent pay $15-25 an hour x 2,080 h (climbtheladder,
    secondary); a contact-centre figure: enter your own team's pay for other work", and the overhead's as derived
    from "the default agent's wages", where the sidebar cites the BLS figure for IT support staff."""
    est = _it_estimate()
    salary_line = next(line for line in source_lines(est) if line.startswith("Salary per FTE"))
    assert BLS_IT in salary_line and CONTACT_CENTRE_PAY not in salary_line, salary_line
    overhead_line = next(line for line in source_lines(est) if line.startswith("Overhead per FTE"))
    assert "this function's pay" in overhead_line and "default agent's" not in overhead_line, overhead_line
    rows = {label: source for label, _, source in _assumption_rows(est)}
    assert BLS_IT in rows["Salary per FTE"]
    assert "this function's pay" in rows["Overhead per FTE"]

    import openpyxl

    from estimator.workbook import build_workbook

    wb = openpyxl.load_workbook(io.BytesIO(build_workbook(est)))
    inputs = {row[1]: row[6] for row in wb["Inputs"].iter_rows(min_row=6, values_only=True) if row[1]}
    assert BLS_IT in inputs["annual_salary"] and CONTACT_CENTRE_PAY not in inputs["annual_salary"]
    assert "this function's pay" in inputs["overhead_per_fte_month"]
    cited = [row[0] for row in wb["Sources"].iter_rows(values_only=True) if row[0]]
    assert not any(CONTACT_CENTRE_PAY in line for line in cited)
    # customer service keeps the contact-centre figure, which is its own
    cs = source_lines(estimate(Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))))
    assert any(line.startswith("Salary per FTE") and CONTACT_CENTRE_PAY in line for line in cs)


def test_a_range_of_one_figure_in_the_sources_is_one_figure():
    """With "Give assumptions as ranges" on, the sources (deck, report, workbook) listed "Paid hours per FTE 2,080–2,080
    hours/year": the sources give no range for paid hours, so it is one figure."""
    from estimator.assumptions import ASSUMPTIONS

    assert ASSUMPTIONS["paid_hours_per_year"].show_range(2080.0, 2080.0) == "2,080 hours/year"
    assert ASSUMPTIONS["shrinkage"].show_range(0.3, 0.3) == "30%"
    assert ASSUMPTIONS["shrinkage"].show_range(0.133, 0.424) == "13.3%–42.4%"  # a real range is unchanged


def test_a_legend_key_is_as_pale_as_its_bars():
    """Contact centre page, 1280 × 720: the legend's key for "Voice: contacts offered" was a solid dark blue square
    above pale blue bars (the bars are drawn at 22% opacity; the key ignored it)."""
    from views.chart_handoff import legend_html

    fig = go.Figure([go.Bar(x=[1, 2], y=[3, 4], name="contacts offered", marker=dict(color="#0072B2", opacity=0.22)),
                     go.Scatter(x=[1, 2], y=[1, 2], name="agents needed", mode="lines")])
    legend = legend_html(fig)
    assert "opacity:0.22" in legend.replace(" ", "")
    solid = go.Figure([go.Bar(x=[1], y=[1], name="a", marker=dict(color="#0072B2")), go.Bar(x=[1], y=[1], name="b")])
    assert "opacity" not in legend_html(solid)  # a bar drawn solid keeps a solid key


def test_the_estimate_pages_sources_table_cites_the_functions_pay_and_prices_with_units(monkeypatch):
    """Estimate page, IT and software operations, "Where each default comes from": the BPO price read "40–100"
    (no currency, no unit) and the salary's source was the contact-centre agent figure."""
    from dashboard_app import dashboard

    monkeypatch.chdir(ROOT)
    at = dashboard(60)
    at.run()
    at.selectbox(key="function").set_value("IT and software operations").run()
    at.session_state["open_sources"] = True
    at.run()
    assert not at.exception
    table = next(df.value for df in at.dataframe if "Source" in df.value.columns)
    rows = {r["Input"]: r for r in table.to_dict("records")}
    price = next(r for label, r in rows.items() if label.startswith("BPO price"))
    assert price["Used"] == "$40–$100 per productive hour", price["Used"]
    assert BLS_IT in rows["Salary per FTE"]["Source"]


def test_a_comparisons_downloads_are_named_after_the_scenarios_it_compares(monkeypatch, tmp_path):
    """Scenarios page, Compare "IT quote A" with "IT quote B, 20 FTE": both downloads were "comparison.csv" and
    "comparison.xlsx" whatever was compared, where every other download is named after its scenario."""
    from dashboard_app import fresh_dashboard
    from streamlit.elements.widgets.button import ButtonMixin

    names: list[str] = []
    real = ButtonMixin.download_button

    def recorded(self, label, data, file_name=None, *args, **kwargs):
        names.append(file_name)
        return real(self, label, data, file_name, *args, **kwargs)

    monkeypatch.setattr(ButtonMixin, "download_button", recorded)
    at = fresh_dashboard(monkeypatch, tmp_path)
    for name, fte in (("IT quote A", 15), ("IT quote B, 20 FTE", 20)):
        at.switch_page("views/estimate.py").run()
        at.slider(key="fte").set_value(fte).run()
        at.switch_page("views/scenarios.py").run()
        at.text_input(key="save_name").set_value(name)
        at.button(key="action_save").click().run()
    names.clear()
    at.multiselect(key="compare_pick").set_value(["IT quote A", "IT quote B, 20 FTE"]).run()
    assert not at.exception
    assert "it-quote-a-vs-it-quote-b--20-fte.csv" in names and "it-quote-a-vs-it-quote-b--20-fte.xlsx" in names, names


def test_every_bar_of_the_decks_waterfall_and_tornado_is_named():
    """Deck, opened in LibreOffice Impress: the waterfall slide named every other bar ("− Wages", "− Supervision",
    "− Hiring", "+ Ramp-up"...), so its largest bars, "In-house" and "+ Vendor fees", had no name; the tornado
    left "Salary per FTE", the input that moves the saving most, unnamed. The renderer chose which to drop."""
    from pptx import Presentation
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.oxml.ns import qn

    from estimator.deck import build_deck
    from estimator.meeting import chart_specs
    from estimator.uncertainty import simulate, tornado

    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    est, sim = estimate(s), simulate(s)
    swing = tornado(s, "bpo")
    prs = Presentation(io.BytesIO(build_deck(est, sim, chart_specs(est, sim, swing), swing=swing)))
    sideways = [shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart
                and shape.chart.chart_type in (XL_CHART_TYPE.BAR_STACKED, XL_CHART_TYPE.BAR_CLUSTERED)]
    assert len(sideways) == 2  # the waterfall and the tornado
    for chart in sideways:
        assert len(chart.plots[0].categories) > 10
        skip = chart.category_axis._element.find(qn("c:tickLblSkip"))
        assert skip is not None and skip.get("val") == "1"


def test_the_decks_sources_stay_on_their_slides():
    """Deck, in LibreOffice Impress: the Sources slide held all 41 sources in 11 pt and ran some 4 in past the foot of
    the slide, from "Exit or re-insourcing cost" on; PowerPoint draws a text box's overflow off the slide too."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    from estimator.deck import HEIGHT, build_deck
    from estimator.meeting import chart_specs
    from estimator.uncertainty import simulate

    est = _it_estimate()
    sim = simulate(est.scenario)
    prs = Presentation(io.BytesIO(build_deck(est, sim, chart_specs(est, sim))))
    pages = [s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text.startswith("Sources")
                                          for sh in s.shapes)]
    assert len(pages) > 1
    cited = []
    for slide in pages:
        box = max((sh for sh in slide.shapes if sh.has_text_frame), key=lambda sh: len(sh.text_frame.text))
        lines = [p.text for p in box.text_frame.paragraphs]
        cited += lines
        # 11 pt in 12.1 in: at most 150 characters a row, 13.2 pt a row and 4.4 pt after each source; the box ends
        # 0.3 in above the slide's foot
        assert box.text_frame.paragraphs[0].font.size == Pt(11)
        rows = sum(-(-len(line) // 150) for line in lines)
        assert rows * 13.2 + len(lines) * 4.4 <= Emu(box.height).pt
        assert box.top + box.height <= HEIGHT
    assert cited == list(source_lines(est))  # each source once, in order


def test_the_tornados_legend_reads_as_every_other_legend():
    """Present page, the tornado slide: its legend read "input at its low end", "input at its high end", in lower
    case beside every other chart's "Wages", "In-house P50"; the deck's legend too."""
    from estimator.charts import tornado_figure
    from estimator.meeting import chart_specs
    from estimator.uncertainty import simulate, tornado

    s = Scenario("Customer service", 10, bpo=VendorPrice("per_hour", 20, 30))
    swing = tornado(s, "bpo")
    assert [t.name for t in tornado_figure(swing).data] == ["Input at its low end", "Input at its high end"]
    est = estimate(s)
    specs = {spec.key: spec for spec in chart_specs(est, simulate(s), swing)}
    assert [name for name, _ in specs["tornado"].native.series] == ["Input at its low end", "Input at its high end"]


def test_the_workbooks_inputs_say_each_figures_unit():
    """Workbook, Inputs sheet: the Unit column read "USD" for the salary (a year) and for the overhead per FTE (a
    month) alike, and "number" for paid hours (a year), span of control and severance (weeks of pay per year of
    service): a finance user editing a yellow cell could not tell a month from a year."""
    import openpyxl

    from estimator.workbook import build_workbook

    wb = openpyxl.load_workbook(io.BytesIO(build_workbook(_it_estimate())))
    unit = {row[1]: row[2] for row in wb["Inputs"].iter_rows(min_row=6, values_only=True) if row[1]}
    assert unit["annual_salary"] == "USD/year" and unit["overhead_per_fte_month"] == "USD/month"
    assert unit["cost_per_hire"] == "USD/hire" and unit["paid_hours_per_year"] == "hours/year"
    assert unit["span_of_control"] == "staff per supervisor"
    assert unit["severance_weeks_per_year"] == "weeks of pay per year of service"
    assert unit["horizon_years"] == "years"
    assert unit["benefits_load"] == "share" and unit["bpo_price"] == "USD"  # shares and the quote as they were


def test_inputs_saved_under_a_name_carry_it_back_to_the_estimate_page(monkeypatch, tmp_path):
    """Scenarios page, "Save as: IT quote A", then back to the Estimate page: its scenario name, and so its deck,
    report and files were still "Customer service" ("customer-service.pptx"), while the store and the comparison
    called the same inputs "IT quote A"."""
    from dashboard_app import fresh_dashboard

    at = fresh_dashboard(monkeypatch, tmp_path)
    at.switch_page("views/scenarios.py").run()
    at.text_input(key="save_name").set_value("IT quote A")
    at.button(key="action_save").click().run()
    assert not at.exception
    at.switch_page("views/estimate.py").run()
    assert not at.exception
    assert at.text_input(key="scenario_name").value == "IT quote A"
    # a second save of the same inputs offers the name they now carry
    at.switch_page("views/scenarios.py").run()
    assert at.text_input(key="save_name").value == "IT quote A"
