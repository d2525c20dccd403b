"""Presentation view: one finding per screen, large type, paged with the Left and Right arrow keys.

The inputs stay in the sidebar, collapsed out of the way (the same widgets as the estimate page, so the
figures shown are the scenario being discussed). Every title states the finding computed from the scenario;
every chart has its alt text under it. No user text is ever passed as HTML: the only HTML is the static
style sheet below and a chart's legend (series names, escaped by views.chart_handoff.legend_html).
"""

from __future__ import annotations

import html

import streamlit as st

from estimator import charts, meeting
from estimator.charts import for_page
from estimator.estimate import estimate
from estimator.pricing import PriceBookError
from estimator.scenario import InputError
from estimator.verdict import cheapest_outsourced
from views import chart_handoff, local_numbers, store
from views.inputs import sidebar_scenario
from views.local_numbers import shows_page as shown
from views.state import reference_book, simulation, swing

st.set_page_config(initial_sidebar_state="collapsed", layout="wide")
# Large type for a projector; static CSS, no user text.
st.html("<style>[data-testid='stMainBlockContainer'] p, [data-testid='stMainBlockContainer'] li "
        "{font-size: 1.6rem; line-height: 1.4;} [data-testid='stMainBlockContainer'] h1 {font-size: 2.6rem;}"
        "[data-testid='stCaptionContainer'] p {font-size: 1.1rem;}"
        # The summary's bullets (the only list on a slide): at 1.6rem its eleven lines ran 59 px past a 720 px
        # screen; at 1.3rem they fit with the title and the caption under them.
        "[data-testid='stMainBlockContainer'] li {font-size: 1.3rem;}"
        "[data-testid='stMainBlockContainer'] h3 {font-size: 2rem; line-height: 1.25;}"
        # A slide fits the screen: Streamlit keeps 96 px above a page and 160 px under it, which left a 720 px
        # screen 464 px for the nav row, the finding and the chart (it offers no setting for them). 4rem clears
        # its 60 px header, where the sidebar's button sits.
        "[data-testid='stMainBlockContainer'] {padding-top: 4rem; padding-bottom: 1rem;}"
        # A slide's chart takes the height the screen has left under its finding and legend (st.plotly_chart's
        # height="stretch", in a page that is a column at least the screen's height): at 1440 x 900 the chart was
        # its figure's 370-400 px and left 290 px empty under the fold; it is now about 600 px, 415-430 px at
        # 1280 x 720. Never shorter than the figure's own height: a two-line finding, or the fold opened, scrolls
        # as it did.
        "[data-testid='stMainBlockContainer'] {flex: 1 0 auto; display: flex; flex-direction: column;}"
        # only the chart gives: the nav row, the finding and the legend keep their height (they shrank under the
        # chart's and the legend's last row was cut off on a phone)
        "[data-testid='stMainBlockContainer'] [data-testid='stVerticalBlock'] > * {flex-shrink: 0;}"
        f"[data-testid='stMainBlockContainer'] [class*='st-key-present_chart_'] {{flex: 1 1 0; "
        f"min-height: {meeting.PRESENTATION_HEIGHT - chart_handoff.LEGEND_ROW}px;}}"
        # A phone (Streamlit's own narrow width, 640 px): every slide scrolled at 390 x 844 (the charts' 915-1,006 px,
        # the summary's 1,484). The nav row keeps both buttons on one line and puts the caption under them, full
        # width (it was three rows, 173 px); body text at Streamlit's own 1rem, not a projector's 1.6rem; the
        # summary's title at 1.5rem without the 20 px above it, its bullets at 15 px, line-height 1.3, indented
        # 1rem (Streamlit's 1.15em margin and 0.3em padding took 23 px of a 358 px line), and 0.5rem between its
        # blocks, not 1rem. With BPO and KPO both priced the summary ran 75 px past 844 px (customer
        # service, KPO $40-60 an hour) and 118 px (IT, KPO $60-90): it now has 58 and 19 px to spare. The bullets
        # are the estimate's, not cut on a phone. Wide screens are not touched.
        "@media (max-width: 640px) {"
        ".st-key-present_nav {flex-wrap: wrap; justify-content: space-between; row-gap: 0.25rem;}"
        ".st-key-present_nav > div:has([data-testid='stCaptionContainer']) {order: 3; flex-basis: 100%;}"
        # the summary's only (its h1): a chart slide's legend needs the whole 1rem, Streamlit's markdown pulling
        # the chart up by 1rem under it (at 0.5rem the chart covered the legend's last row)
        "[data-testid='stMainBlockContainer'] [data-testid='stVerticalBlock']:has(h1) {gap: 0.5rem;}"
        "[data-testid='stMainBlockContainer'] p {font-size: 1rem;}"
        "[data-testid='stCaptionContainer'] p {font-size: 0.875rem;}"
        "[data-testid='stMainBlockContainer'] h1 {font-size: 1.5rem; padding-top: 0;}"
        "[data-testid='stMainBlockContainer'] ul {margin-bottom: 0; padding-left: 1rem;}"
        "[data-testid='stMainBlockContainer'] li {font-size: 0.9375rem; line-height: 1.3; margin-left: 0; "
        "padding-left: 0.25rem;}"
        "[data-testid='stMainBlockContainer'] h3 {font-size: 1.35rem;}"
        # the legend's size is set on the element (chart_handoff.legend_html): only !important is above it
        "[data-testid='stMainBlockContainer'] .chart-legend {font-size: 1rem !important;}"
        "}</style>")

_MARKDOWN = "\\`*_{}[]<>()#+-.!|$~"


def plain(text: str) -> str:
    """Text shown as itself in Markdown: every Markdown (and LaTeX ``$``) character escaped."""
    return "".join("\\" + ch if ch in _MARKDOWN else ch for ch in text)


LEGEND_SIZE = "1.25rem"  # a slide's legend: plotly's was meeting.LEGEND_FONT_SIZE, 20 px

INDEX = "present_index"  # the slide shown: no widget owns it, so views/store.py keeps it across page switches


def _step(delta: int, count: int) -> None:
    store.set_value(INDEX, (store.stored(INDEX, 0) + delta) % count)


def render() -> None:
    try:
        scenario = sidebar_scenario(reference_book())
    except (InputError, PriceBookError) as exc:
        st.error(f"Please check an input: {local_numbers.checked(str(exc), local_numbers.comma_locale())}")
        st.stop()
    rejected = store.rejected()
    if rejected:
        st.warning("**Not used:**\n" + "\n".join(f"- {plain(r.message)}" for r in rejected), icon=":material/block:")
    est, sim = estimate(scenario), simulation(scenario)
    rival = cheapest_outsourced(est)
    tornado = swing(scenario, rival.option) if rival is not None else None
    specs = meeting.chart_specs(est, sim, tornado)
    count = 1 + len(specs)
    index = store.stored(INDEX, 0) % count

    # One row, not st.columns: below 640 px Streamlit stacks columns, so Previous, the caption and Next took three
    # rows on a phone; the style sheet above moves the caption under the buttons there (keyed by this container).
    # Not wrapped on a wide screen: a caption longer than the row (a scenario's long name) wraps its own text, as
    # it did in its column; wrapped, it put Next on a row of its own and slides ran 13-45 px past 1280 x 720.
    # No help= on the buttons: its "Right arrow key" tooltip stayed over Next after a click (the pointer still on
    # it), and the button already shows its shortcut's key beside its label. No icon either: an arrow icon beside
    # the shortcut's arrow read "← Previous ←" and "Next → →" (session 23's walk).
    nav = st.container(horizontal=True, wrap=False, vertical_alignment="center", key="present_nav")
    nav.button("Previous", key="present_prev", shortcut="Left",
               on_click=_step, args=(-1, count))
    # the scenario's name as typed; the figures as the browser's locale writes them (views.local_numbers.shows_page)
    nav.caption(plain(f"{index + 1} of {count} · {meeting.scenario_named(scenario.name, scenario.function)} · ") +
                plain(shown(f"{meeting.workload_text(est)} · {scenario.business_case.horizon_years}-year horizon")))
    nav.button("Next", key="present_next", shortcut="Right", on_click=_step, args=(1, count))

    if index == 0:
        st.title(plain(shown(meeting.verdict(est))))
        st.markdown("\n".join(f"- {plain(shown(line))}" for line in meeting.summary_lines(est, sim, tornado)))
        st.caption(plain(shown(meeting.range_caption(sim))) + " Page with ← →.")
        return
    spec = specs[index - 1]
    # The finding as page text above the chart, not as the figure's title: a 30 px line of SVG does not wrap,
    # and at 1280 × 720 it ran over the legend (at 390 px it was cut off). Markdown-escaped, never HTML.
    title, fig = for_page(meeting.presentation_figure(spec.figure))
    st.subheader(plain(shown(html.unescape(title))), anchor=False)
    # The legend as text above the chart, as the estimate page's build-up has it: plotly's scrolled inside the
    # chart on a phone (the build-up's ten entries) or was cut off by its edge (the uncertainty's P10-P90 names).
    st.markdown(chart_handoff.legend_html(fig, size=LEGEND_SIZE), unsafe_allow_html=True)
    # handed over as every chart is (views.chart_handoff); the finding is the chart's name for a screen reader
    chart_handoff.plotly_chart(fig, key=f"present_chart_{spec.key}", alt=shown(html.unescape(title)),
                               config=meeting.TOOLBAR_CONFIG, height="stretch")
    # Every value in words, folded under the chart: as a caption it ran to six lines (the tornado's) under a slide
    # that has to fit the screen. The chart as an image goes in the same fold (plotly's camera is off: it saved
    # the chart without its title and legend): the whole export, drawn when clicked.
    with st.expander("Chart in words, and as an image"):
        st.caption(plain(shown(f"Chart in words: {spec.alt}")))
        if charts.chromium_path() is None:
            st.caption(charts.NO_CHROMIUM)
        else:
            st.download_button("Download this chart (PNG, slide size)",
                               lambda: meeting.image_bytes(spec.figure, meeting.context_for(est)),
                               file_name=f"{meeting.file_stem(f'{scenario.name}-{spec.key}')}.png", mime="image/png",
                               on_click="ignore", key="present_png", icon=":material/image:")


render()
