"""Saved scenarios: save the current inputs, open, rename, duplicate, delete, upload, compare and download.

Names are text a user typed: they are shown in tables, select boxes and code spans, never as
markdown or HTML. Buttons and the uploader have keys starting ``action_`` (dashboard.py does not
write those back into session state).
"""

from __future__ import annotations

import dataclasses
from math import ceil

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from estimator import compare_charts
from estimator.charts import localised
from estimator.compare import Compared, compare, comparison_table, currencies, differing_inputs, readable_inputs, results_table
from estimator.compare_workbook import comparison_workbook
from estimator.estimate import estimate
from estimator.export import to_csv_bytes
from estimator.filenames import compared_stem
from estimator.formatting import chance_percent, money, money_text
from estimator.interchange import scenario_table, to_xlsx_bytes
from estimator.portfolio import KIND as PORTFOLIO_KIND
from estimator.portfolio import portfolio_from_dict
from estimator.scenario import InputError, Scenario, dump_scenario, scenario_from_dict, scenario_to_dict
from estimator.store import ScenarioStore, StoreError, safe_url
from estimator.uploads import read_upload
from views import local_numbers
from views import store as store_widget
from views.cards import SLACK, em_width
from views.chart_handoff import MODEBAR_CSS, typed_names
from views.share import CURRENT, CURRENT_BEHIND, PENDING
from views.state import MIX_PENDING, book_or_stop, file_stem, scenario_store, simulation
from views.tables import static_table
from views.text import name_field, plain

CHARTS = {"bars": "Cost per option", "cumulative": "Cumulative cost", "savings": "Savings P10–P90"}


def code_span(text: str) -> str:
    """``text`` as a markdown code span: shown exactly as typed, never read as markdown or HTML."""
    longest, run = 0, 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


@st.cache_data(show_spinner=False, max_entries=16)
def compared(scenarios: tuple[Scenario, ...]) -> list[Compared]:
    return compare(list(scenarios))


def _open(data: dict) -> None:
    if data.get("kind") == PORTFOLIO_KIND:  # a saved mix of functions opens in its own page's table
        st.session_state[MIX_PENDING] = data
        st.switch_page("views/portfolio.py")
    st.session_state[PENDING] = data
    st.switch_page("views/estimate.py")


def _save_current(store: ScenarioStore) -> None:
    st.subheader("Save the current inputs")
    current: Scenario | None = st.session_state.get(CURRENT)
    if current is None:
        st.info("Open the Estimate page first: its inputs are what gets saved.", icon="ℹ️")
        return
    # While the Estimate page refuses an input, what this page holds is the inputs from before it: "euro0" was saved
    # (and downloaded) in dollars while that page's sidebar said EUR and asked for the rate. Saved under the name the
    # user typed for what is on screen, into a store everyone opens, it would be a figure that is not what its name
    # says, found only later; so nothing is saved or downloaded until the page takes its inputs again.
    behind: str | None = st.session_state.get(CURRENT_BEHIND)
    if behind:
        st.warning("**Nothing can be saved or downloaded here now.** The Estimate page cannot use one of its "
                   "inputs, so its results are the last valid ones, from before it: saving here would store those "
                   "older inputs, not what its sidebar shows. Fix the input there, or set it back, and save again.\n\n"
                   f"The input: {behind}", icon=":material/block:")
        st.page_link("views/estimate.py", label="Fix it on the Estimate page", icon=":material/edit:")
    # one under the other: beside the name, the toggle's label was cut to "Replace …" at 1440 px
    name = name_field(st, "Save as", value=current.name, key="save_name")
    replace_it = st.toggle("Replace one of the same name", key="save_replace")
    if st.button("Save scenario", key="action_save", icon=":material/save:", type="primary", disabled=bool(behind),
                 help="Saves the Estimate page's inputs, once it can use every one." if behind else None):
        try:
            saved = store.save(scenario_to_dict(current), name, replace=replace_it)
        except StoreError as exc:
            st.error(str(exc))
        else:
            st.success(f"Saved as {code_span(saved.name)}.", icon="✅")
            # the list's pick follows what was just saved (drawn later in this run); it stayed on the first
            # scenario ever saved, so "Rename" and "Open" acted on another one than the user had just saved
            st.session_state["saved_pick"] = saved.name
            # Saved as a name, the inputs carry it on: the estimate page's deck, report and files were still
            # "Customer service" (customer-service.pptx) after "Save as: IT quote A", while the comparison called
            # the same inputs "IT quote A"
            current = dataclasses.replace(current, name=saved.name)
            st.session_state[CURRENT] = current
            # the name field is not on this page: its kept value, which the estimate page draws it from (setting
            # the widget's own state here left the field empty in the browser, once Streamlit dropped it)
            st.session_state.pop("scenario_name", None)
            store_widget.keep("scenario_name", saved.name)
    stem = file_stem(current.name)  # named after the scenario, as on the estimate page (not "scenario.json")
    # a row that wraps, each button as wide as its label: two columns cut them to "Current i…" and "Current t…" at
    # 1024 x 768 (Streamlit's default with the sidebar open: 250 px a column; h20walkfix)
    downloads = st.container(horizontal=True, key="current_downloads")
    downloads.download_button("Current inputs (JSON)", lambda: dump_scenario(current), file_name=f"{stem}.json",
                              mime="application/json", on_click="ignore", key="download_current_json",
                              icon=":material/data_object:", disabled=bool(behind))
    downloads.download_button("Current table (XLSX)",
                              lambda: to_xlsx_bytes(scenario_table(estimate(current), simulation(current))),
                              file_name=f"{stem}.xlsx", on_click="ignore", key="download_current_xlsx",
                              mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", icon=":material/grid_on:",
                              disabled=bool(behind))


NOTICE = "_scenarios_notice"  # what the last action did, said on the run after it (st.rerun drops a message made before it)


def _done(text: str) -> None:
    """Say ``text`` on the next run, then rerun: a message shown before ``st.rerun`` is gone before it is seen."""
    st.session_state[NOTICE] = text
    st.rerun()


# The saved list's grid draws its cells on a canvas in Source Sans at 14 px, 8 px of padding each side (measured in
# Chromium's canvas, as views/cards.py's widths). At 1024 x 768 with the sidebar open the page is 564 px wide.
GRID_PX, GRID_PAD, PAGE_PX = 14, 8, 564


# Rows of two halves that wrap, not two columns: Streamlit stacks columns only below a 640 px window, so a tablet held
# upright with the sidebar open (768 × 1024: 436 px for the page) had two 200 px columns, and the saved scenario's
# buttons read "Du…", "Allo…", "Del…", the toggle "Replace one of the sa…" (h21walk). Each half is at least 18rem
# (288 px; 314 px each at 1024 × 768 with the sidebar open, where nothing was cut), and one falls under the other where
# two do not fit. Streamlit has no minimum width for a container: a style sheet (render) over these rows' keys.
HALVES = ("scenarios_row", "saved_row")
HALVES_CSS = "<style>" + ", ".join(f".st-key-{key} > *" for key in HALVES) + " {flex: 1 1 18rem;}</style>"


def _halves(key: str):  # noqa: ANN202 - two Streamlit containers
    """Two halves side by side in the row ``key`` (one of :data:`HALVES`), one under the other where they do not fit."""
    assert key in HALVES, key
    row = st.container(horizontal=True, gap="large", key=key)
    return row.container(width="stretch"), row.container(width="stretch")


def saved_frame(listing) -> pd.DataFrame:  # noqa: ANN001 - the store's SavedScenario list
    """The saved list as the grid shows it: name, when saved (UTC, to the second) and the file's format version."""
    return pd.DataFrame([{"Name": s.name, "Saved (UTC)": s.saved_at.strftime("%Y-%m-%d %H:%M:%S"),
                          "Format version": s.format_version} for s in listing])


def saved_widths(frame: pd.DataFrame) -> dict[str, int]:
    """Each grid column's width in px, wide enough for its header and its widest cell.

    A grid sizes its columns to their cells and scrolls sideways where they are wider than it: in half of the page
    at 1024 x 768 (250 px) the times read "2026-11-2" and then "09:30:1" (session 20's walk). The list now has the
    page's width, and each column the width of its own text, so that a reader sees every time and version whole;
    the name takes what is left of the narrowest page (a name longer than about 40 characters is cut there, and
    the grid shares out any room over among the columns on a wider page).

    >>> saved_widths(pd.DataFrame([{"Name": "Ten", "Saved (UTC)": "2026-11-27 09:30:11", "Format version": 4}]))
    {'Name': 318, 'Saved (UTC)': 136, 'Format version': 108}
    """
    widths = {c: ceil(max(em_width(str(t)) for t in (c, *frame[c])) * GRID_PX * SLACK[0] + SLACK[1]) + 2 * GRID_PAD
              for c in frame.columns if c != "Name"}
    return {"Name": PAGE_PX - 2 - sum(widths.values()), **widths}  # 2 px: the grid's border


def _saved(store: ScenarioStore, book) -> list[str]:
    st.subheader("Saved scenarios")
    if notice := st.session_state.pop(NOTICE, None):
        st.success(notice)
    listing = store.list()
    if not listing:
        # Where they are stored is the deployment's business (README: Deploying); a finance user read the SQLite
        # file's path as a fault.
        st.caption("None yet. Save the estimate page's inputs by name, or upload a scenario file, and it is "
                   "listed here for everyone who opens this dashboard.")
        return []
    frame = saved_frame(listing)
    st.dataframe(frame, hide_index=True, width="stretch", key="saved_table",
                 column_config={c: st.column_config.Column(width=w) for c, w in saved_widths(frame).items()})
    names = [s.name for s in listing]
    # under the grid, which has the page's width: the pick and what acts on it beside the renaming (two columns cut
    # "Open in the estimate page" and "Delete" at 768 x 1024 with the sidebar open)
    acts, renames = _halves("saved_row")
    with acts:
        pick = _actions(store, book, names)
    with renames:
        _rename(store, pick)
    return names


def _actions(store: ScenarioStore, book, names: list[str]) -> str:
    pick = st.selectbox("Scenario", names, key="saved_pick")
    # on a row of its own: in a third of the column its label was cut to "Open in the e…" at 1440 px
    if st.button("Open in the estimate page", key="action_open", icon=":material/open_in_new:"):
        try:
            data = store.show(pick).data
            # refuse here, with the message, rather than on the other page
            if isinstance(data, dict) and data.get("kind") == PORTFOLIO_KIND:
                portfolio_from_dict(data, book)
            else:
                scenario_from_dict(data, book)
        except (StoreError, InputError) as exc:
            st.error(f"Cannot open it. {exc}")
        else:
            _open(data)
    # one row that wraps, each as wide as its label (two columns cut them to "Du…", "Allo…", "Del…" on a tablet)
    buttons = st.container(horizontal=True, vertical_alignment="center", key="saved_buttons")
    if buttons.button("Duplicate", key="action_duplicate", icon=":material/content_copy:"):
        copy = store.duplicate(pick)
        _done(f"Duplicated as {code_span(copy.name)}.")
    confirm = buttons.toggle("Allow delete", key="delete_confirm")
    if buttons.button("Delete", key="action_delete", icon=":material/delete:", disabled=not confirm):
        store.delete(pick)
        st.session_state.pop("delete_confirm", None)
        _done(f"Deleted {code_span(pick)}.")
    return pick


def _rename(store: ScenarioStore, pick: str) -> None:
    # the field and its button side by side, the button never narrower than its label ("Re…" at 1024 x 768)
    rename = st.container(horizontal=True, vertical_alignment="bottom", key="rename_row")
    new = name_field(rename, "Rename to", key="rename_to")
    if rename.button("Rename", key="action_rename", disabled=not new.strip()):
        try:
            store.rename(pick, new)
        except StoreError as exc:
            st.error(str(exc))
        else:
            st.rerun()


def _upload(store: ScenarioStore, book) -> None:
    st.subheader("Upload a scenario")
    # The MIME type keeps the browser's file picker to these kinds but makes Streamlit skip its own server-side
    # extension check, which raises (a traceback) for a file sent around the picker; read_upload refuses it
    # with a message instead.
    file = st.file_uploader("Scenario JSON, or a tidy CSV downloaded from this app", type=["json", "csv", "text/csv"],
                            key="action_upload")
    if file is None:
        return
    try:
        scenario = read_upload(file.name, file.getvalue(), book)
    except InputError as exc:
        st.error(f"This file was not loaded; nothing changed. {exc}", icon="⚠️")
        return
    st.caption("Read as:")
    st.text(scenario.name)
    actions = st.container(horizontal=True, key="upload_actions")  # (a row that wraps, as the downloads above)
    if actions.button("Open in the estimate page", key="action_upload_open"):
        _open(scenario_to_dict(scenario))
    if actions.button("Save to the store", key="action_upload_save"):
        saved = store.save(scenario_to_dict(scenario))
        st.success(f"Saved as {code_span(saved.name)}.")


# The comparison's money columns: right-aligned and never broken on a wide screen; a row's block of lines on a phone.
_MONEY_COLUMNS = ("Cost a month", "Over the horizon", "Savings P10", "Savings P50", "Savings P90")


def _compare(store: ScenarioStore, book, names: list[str]) -> None:
    st.subheader("Compare")
    picked = st.multiselect("Two to four saved scenarios", names, max_selections=4, key="compare_pick")
    if len(picked) < 2:
        st.caption("Pick two to four to see them side by side.")
        return
    scenarios = []
    for name in picked:
        try:
            scenarios.append(scenario_from_dict(store.show(name).data, book))
        except (StoreError, InputError) as exc:
            st.error(f"One scenario cannot be read, so it is left out: {exc}")
    if len(scenarios) < 2:
        return
    result = compared(tuple(scenarios))
    st.markdown("**Inputs that differ**")
    diff = differing_inputs(scenarios)
    if diff.empty:
        st.caption("Every input is the same.")
    else:
        st.dataframe(local_numbers.frame_shown(readable_inputs(diff, scenarios)), width="stretch", key="compare_inputs")
    st.markdown("**Results** (midpoint; savings P10–P90 over the Monte Carlo draws)")
    codes = currencies(result)
    if len(codes) > 1:
        # Each scenario's figures are in its own reporting currency, and nothing converts between them: the table
        # wrote an INR scenario's rupees as dollars, and the charts drew both on one axis.
        st.warning(f"These scenarios report in different currencies ({', '.join(codes)}). Each one's figures are in "
                   "its own currency, not converted: compare the amounts only within a scenario, or save them in one "
                   "currency. The charts are left out.", icon="⚠️")
    res = results_table(result)
    cur = {c.scenario.name: c.scenario.currency for c in result}
    rows = list(zip(res.scenario, res.priced, strict=True))
    shown = pd.DataFrame({
        "Scenario": res.scenario, "Option": res.option,
        "Cost a month": [money(v, cur[s]) if r else "needs a quote" for v, (s, r) in zip(res.cost_per_month, rows,
                                                                                          strict=True)],
        "Over the horizon": [money(v, cur[s]) if r else "" for v, (s, r) in zip(res.horizon_total, rows, strict=True)],
        **{f"Savings P{p}": [money_text(v, cur[s]) if pd.notna(v) else "" for v, (s, _) in
                             zip(res[f"savings_p{p}"], rows, strict=True)] for p in (10, 50, 90)},
        "Chance cheaper": [chance_percent(v) if pd.notna(v) else "" for v in res.probability_cheaper],
    })
    # A static table (views/tables.py), not a grid: the grid drew each column as wide as the server guessed (7 px a
    # character of its longest figure), and a rupee crore figure ran past its column wherever the font measured wider;
    # a phone scrolled the eight columns sideways. Here the browser sizes each column to its figures, and a phone
    # reads each row as a block of "Column: value" lines. Figures as the browser's locale writes them.
    shown = local_numbers.frame_shown(shown, keep=("Scenario",))
    static_table(shown.to_dict("records"), "compare_results", right=_MONEY_COLUMNS, whole=("Option", "Chance cheaper"))
    stem = compared_stem([s.name for s in scenarios])  # "plan-a-vs-plan-b", or "plan-a-and-2-more"
    if len(codes) > 1:
        _downloads(result, stem)
        return
    view = st.segmented_control("Comparison chart", list(CHARTS), format_func=CHARTS.get, default="bars",
                                key="compare_chart", required=True, label_visibility="collapsed")
    figure = {"bars": compare_charts.cost_per_option_figure, "cumulative": compare_charts.cumulative_figure,
              "savings": compare_charts.savings_spread_figure}[view](result)
    locale = local_numbers.comma_locale()  # the chart shown in the browser's locale's figures, the downloads English
    # the names as typed: "Plan 1.5" read "Plan 1,5" in the legend and the title under de-DE (the table kept it)
    typed = typed_names(s.name for s in scenarios)
    st.html(MODEBAR_CSS)  # the toolbar's buttons 24 x 24 px, as under every chart of the app's
    st.plotly_chart(figure if locale is None else go.Figure(localised(figure.to_plotly_json(), locale, typed)),
                    key=f"compare_{view}", theme=None, config={"displaylogo": False})
    # the title holds scenario names (as the figure holds them, with entities: turned back once, then escaped)
    words = local_numbers.shows_page(figure.layout.title.text, typed)
    st.caption(f"Chart in words: {plain(words)}.")
    _downloads(result, stem)


def _downloads(result: list[Compared], stem: str) -> None:
    # named after what it compares, as the estimate page's downloads are after the scenario: every comparison was
    # "comparison.csv", so a second one saved over (or beside, as "comparison (1).csv") the first
    c1, c2 = st.columns(2)
    c1.download_button("Download comparison (CSV)", lambda: to_csv_bytes(comparison_table(result)),
                       file_name=f"{stem}.csv", mime="text/csv", on_click="ignore", key="download_compare_csv",
                       icon=":material/table:")
    c2.download_button("Download comparison (XLSX)", lambda: comparison_workbook(result),
                       file_name=f"{stem}.xlsx", on_click="ignore", key="download_compare_xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       icon=":material/grid_on:")


def render() -> None:
    book = book_or_stop()
    try:
        store = scenario_store()
    except Exception as exc:  # noqa: BLE001 - any driver error; the URL is printed without its password
        from estimator.store import default_url

        st.error(f"The scenario store could not be opened ({safe_url(default_url())}): {exc.__class__.__name__}.")
        st.stop()
    st.markdown("### Scenarios")
    st.caption("Save the estimate page's inputs by name, open them again, upload a file, and compare two to four "
               "side by side. The address bar, on every page, is a link to the estimate page's inputs: copy it to share "
               "them.")
    try:
        st.html(HALVES_CSS)  # the rows of halves (_halves) wrap
        left, right = _halves("scenarios_row")
        with left:
            _save_current(store)
        with right:
            _upload(store, book)
        # the list has the page's width: in half of it (250 px at 1024 x 768) its grid cut the times (saved_widths)
        names = _saved(store, book)
        _compare(store, book, names)
    except StoreError as exc:  # the store went away mid-session, or another session deleted what this one showed
        st.error(f"{str(exc)[:1].upper()}{str(exc)[1:]}. Your inputs are kept; try again in a moment.", icon="⚠️")


render()
