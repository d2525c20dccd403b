"""Sourcing cost estimator: page setup and navigation, and one fix to how Streamlit keeps downloads."""

import streamlit as st

from views import store
from views.downloads import keep_made_files

keep_made_files()  # a file made on click is kept while its button shows (views/downloads.py says why)
st.set_page_config(page_title="Sourcing cost estimator", page_icon=":material/balance:", layout="wide")

# What the user set survives a page switch through views/store.py, not by writing widget state back here.
page = st.navigation([
    st.Page("views/estimate.py", title="Estimate", icon=":material/calculate:", default=True),
    st.Page("views/guide.py", title="Which model fits", icon=":material/alt_route:"),
    st.Page("views/portfolio.py", title="Mix of functions", icon=":material/stacked_bar_chart:"),
    st.Page("views/contact_centre.py", title="Contact centre", icon=":material/support_agent:"),
    st.Page("views/scenarios.py", title="Scenarios", icon=":material/folder_open:"),
    st.Page("views/present.py", title="Present", icon=":material/slideshow:"),
    st.Page("views/sources.py", title="Sources", icon=":material/menu_book:"),
])
store.note_page(page.url_path)  # before the page draws anything (views/store.py says why)
page.run()
