"""Sourcing cost estimator: page setup and navigation, nothing else."""

import streamlit as st

st.set_page_config(page_title="Sourcing cost estimator", page_icon=":material/balance:", layout="wide")

# Streamlit forgets a widget's value when its page is not shown; writing each keyed value back
# keeps what the user set across a page switch (the documented workaround).
for key in list(st.session_state.keys()):
    if not str(key).startswith(("download_", "FormSubmitter", "present_")):
        st.session_state[key] = st.session_state[key]

page = st.navigation([
    st.Page("views/estimate.py", title="Estimate", icon=":material/calculate:", default=True),
    st.Page("views/present.py", title="Present", icon=":material/slideshow:"),
    st.Page("views/sources.py", title="Sources", icon=":material/menu_book:"),
])
page.run()
