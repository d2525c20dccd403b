"""A page printed from the browser (Ctrl+P): its results whole on the paper.

Printed as it was, a page kept the sidebar (a quarter of an A4 page) and its chart at the screen's width, and the
chart lost its right edge (the BPO's bar). In print the sidebar and the buttons are hidden, code (the guide's line for
the price book) wraps, and just before printing each chart's box is drawn at most :data:`PRINT_WIDTH` px wide (CSS
``zoom`` on the chart's element container, where its height is set: on the drawing alone it left a blank band under
the chart), then put back. Why a script: a chart's SVG
has the width plotly.js gave it on screen, which no print style sheet can change, and Chromium shrinks a page to fit
the paper by half at most, less than a 1920 px screen's chart needs (about 1,500 px against an A4 page's 718 px
inside Chromium's default margins). Not a library: this is the page's own few lines, run on ``beforeprint`` and
``afterprint``, which Chromium fires for Ctrl+P and for a PDF made with Playwright alike
(tests/test_browser_print.py). The HTML report (a download) stays the printout with every input.
"""

from __future__ import annotations

import streamlit as st

PRINT_WIDTH = 680  # CSS px: inside an A4 (718 px) or US Letter (740 px) page with Chromium's default margins

# No user text: a constant. One element, the style sheet with the script (each is sent again on every rerun, a
# slider's too); its own element is hidden (``:has``): a Streamlit element with a script takes a row of the page, and
# the page moved 16 px down. A style sheet applies from inside a hidden element.
FIT_FOR_PRINT = f"""<span id="print-fit"></span><style>
@media print {{
  section[data-testid='stSidebar'], [data-testid='stSidebarCollapsedControl'], [data-testid='stDownloadButton'] {{
    display: none !important;
  }}
  pre, pre code {{white-space: pre-wrap !important; word-break: break-all;}}
}}
[data-testid='stElementContainer']:has(#print-fit) {{display: none;}}
</style><script>
if (!window.estimatorPrintFit) {{
  window.estimatorPrintFit = true;
  // a chart's element container: its height is set there (the chart's own element is 100% of it)
  const charts = () => [...document.querySelectorAll("[data-testid='stPlotlyChart']")].map(
    chart => chart.closest("[data-testid='stElementContainer']") || chart);
  addEventListener('beforeprint', () => {{
    for (const box of charts()) {{
      const drawn = box.querySelector('.svg-container');
      if (drawn && drawn.offsetWidth > {PRINT_WIDTH}) box.style.zoom = String({PRINT_WIDTH} / drawn.offsetWidth);
    }}
  }});
  addEventListener('afterprint', () => {{ for (const box of charts()) box.style.zoom = ''; }});
}}
</script>"""


def fit_for_print() -> None:
    """The print style and the script, on every page (dashboard.py), taking no room on screen."""
    st.html(FIT_FOR_PRINT, unsafe_allow_javascript=True)
