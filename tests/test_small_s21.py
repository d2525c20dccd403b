"""Session 21's small defects, each with the test that failed before its fix."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest
from test_scenarios_page import app, save_as  # noqa: F401 (the app fixture)

# Text widths in px as Chromium's canvas measures them in the grid's font (400 14px "Source Sans"), read in the
# browser at 1024 x 768 (CanvasRenderingContext2D.measureText), not from the page's code
MEASURED = {"2026-11-27 11:37:11": 115.89, "Customer service plan B (Manila)": 190.56, "Format version": 87.97,
            "Saved (UTC)": 71.21}
PAD = 8  # px: the grid's cell padding, each side (--gdg-cell-horizontal-padding)
PAGE = 564  # px: the page's width at 1024 x 768 with the sidebar open


def test_the_saved_list_shows_every_time_and_version_whole_at_1024(app: AppTest) -> None:  # noqa: F811
    """1024 x 768: the saved list's grid, in half of the page (250 px), read "2026-11-2" and, scrolled, "09:30:1".
    The grid has the page's width now and each column a width its text fits in, all of them within 564 px, so it
    never scrolls sideways there (a canvas: the cut-text checks cannot read it, its column widths can be)."""
    save_as(app, "Customer service plan B (Manila)")
    (grid,) = app.dataframe
    assert grid.value.columns.tolist() == ["Name", "Saved (UTC)", "Format version"]
    # the grid is the page's own child, not inside a column (st.columns(2) gave it 250 px of the 564)
    assert any(child is grid for child in app.main.children.values())
    widths = {name: spec.get("width") for name, spec in json.loads(grid.proto.columns).items() if name != "_index"}
    assert all(isinstance(w, int) for w in widths.values()), widths  # before: no widths, the grid sized to its cells
    assert sum(widths.values()) + 2 <= PAGE  # the columns and the grid's border within the page: no sideways scroll
    # every time has the shape of this one (digits of one width in Source Sans), the header the rest
    assert widths["Saved (UTC)"] >= MEASURED["2026-11-27 11:37:11"] + 2 * PAD
    assert widths["Format version"] >= MEASURED["Format version"] + 2 * PAD
    assert widths["Name"] >= MEASURED["Customer service plan B (Manila)"] + 2 * PAD


def _franc_scenarios():
    from estimator.currency import ExchangeRate
    from estimator.scenario import Scenario, VendorPrice

    return [Scenario("Customer service", fte, currency="CHF", exchange_rates=(ExchangeRate("CHF", "USD", 1.25),),
                     bpo=VendorPrice("per_hour", 8, 15, option="bpo"), name=f"Francs {fte}") for fte in (10, 12)]


def test_the_workbooks_write_a_code_before_the_figure_as_the_page_does() -> None:
    """The page writes "CHF 1,582,906" (code, no-break space, figure); the workbooks' number format was
    `#,##0.00 "CHF"`, which Excel and LibreOffice show as "1,582,906.00 CHF". Every money cell of the three
    workbooks (the live one, the tidy table's, the comparison's) now reads "CHF 1,582,906.00" (LibreOffice
    renders `"CHF "#,##0.00` so: checked by hand, `soffice --convert-to csv` with cells as shown); the dollar keeps
    its symbol against the figure."""
    import io

    from openpyxl import load_workbook

    from estimator.compare import compare
    from estimator.compare_workbook import comparison_workbook
    from estimator.estimate import estimate
    from estimator.formatting import money
    from estimator.interchange import scenario_table, to_xlsx_bytes
    from estimator.workbook import build_workbook

    assert money(1_582_906, "CHF") == "CHF\u00a01,582,906"  # the page: the code first, then a space
    one, two = _franc_scenarios()
    books = {"live": build_workbook(estimate(one)), "tidy": to_xlsx_bytes(scenario_table(estimate(one))),
             "comparison": comparison_workbook(compare([one, two]))}
    for name, data in books.items():
        wb = load_workbook(io.BytesIO(data))
        formats = {c.number_format for ws in wb for row in ws.iter_rows() for c in row if "CHF" in c.number_format}
        assert formats, name  # the books do write francs
        assert formats <= {'"CHF "#,##0.00', '"CHF "#,##0'}, (name, formats)  # before: {'#,##0.00 "CHF"'}


def _quote_cells(at: AppTest) -> tuple[str, float]:
    """The Mix grid's quote column as drawn (its number format) and the customer-service row's low quote used."""
    import json

    from views.portfolio import LAST_VALID

    grid = at.data_editor(key="mix_editor")
    fmt = json.loads(grid.proto.columns)["quote_low"]["type_config"]["format"]
    portfolio = at.session_state[LAST_VALID]
    (row,) = [r for r in portfolio.rows if r.function == "Customer service"]
    return fmt, row.bpo.low


def test_the_mix_grid_shows_a_quote_as_it_is_used(monkeypatch, tmp_path) -> None:
    """A file's quote of 25.004 read "25.00" in the Mix grid, which used 25.004 (session 20 made the sidebar's fields
    show up to four decimals of a quote and hold what they show; the grid did not). The grid's quote cells now show
    the decimals the table's quotes have, up to four ("25.004" with "%.3f"), and a quote typed with more decimals than
    they show is used as shown (25.004 typed into a two-decimal column: 25.00)."""
    from test_portfolio_page import PAGE, edit
    from test_portfolio_page import app as mix_app

    from views.portfolio import BASE, EDITOR, KEPT

    at = mix_app.__wrapped__(monkeypatch, tmp_path)
    edit(at, {0: {"quote_low": 25.004, "quote_high": 30.0}})  # typed: the column shows two decimals
    assert _quote_cells(at) == ("%.2f", 25.0)  # before: ("%.2f", 25.004)
    # the table as a file opens it (its rows become the grid's data): a quote of 25.004 on the first row
    kept = at.session_state[KEPT].copy()
    kept.loc[0, ["quote_low", "quote_high"]] = [25.004, 30.0]
    at.session_state[KEPT] = kept
    for key in (BASE, EDITOR):
        del at.session_state[key]
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    assert _quote_cells(at) == ("%.3f", 25.004)  # before: ("%.2f", 25.004), the cell reading "25.00"


def test_a_quote_converted_on_report_in_keeps_its_hundredths_of_a_cent() -> None:
    """A price a minute, $0.5833 (a finance user's price list: $25 an hour at 3.3 minutes a contact), converted on
    "Report in: EUR" at 1 USD = 0.92 EUR is €0.536636: held to the cent it became €0.54 (0.63% dearer: €3,364 a
    year more on a million minutes), and back to dollars at 1 EUR = 1.08696 USD $0.59 (0.5833 became 0.59 in two
    changes, "the same money" the message said). A quote is a price: held to a hundredth of a cent, as its field
    shows it (QUOTE_PLACES), €0.5366, and back 0.5366 × 1.08696 = 0.583263, $0.5833 again."""
    from dashboard_app import dashboard
    from test_small_s20 import shown

    at = dashboard(60)
    at.run()
    at.selectbox(key="in_house_currency").set_value("EUR").run()  # the expander asks for 1 USD = ... EUR
    at.number_input(key="fx_rate_EUR").set_value(0.92).run()
    at.toggle(key="bpo_use_quote").set_value(True).run()
    at.number_input(key="bpo_quote_low").set_value(0.5833)
    at.number_input(key="bpo_quote_high").set_value(0.5833).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    at.selectbox(key="reporting_currency").set_value("EUR").run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert shown(at, "bpo_quote_low") == (0.5366, "%.4f")  # before: (0.54, "%.2f")
    assert "BPO quote, low end $0.5833 → €0.5366" in " ".join(i.value for i in at.info)
    at.selectbox(key="reporting_currency").set_value("USD").run()
    assert shown(at, "bpo_quote_low") == (0.5833, "%.4f")  # before: (0.59, "%.2f")
