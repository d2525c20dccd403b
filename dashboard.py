"""Sourcing cost estimator: page setup and navigation, and one fix to how Streamlit keeps downloads."""

import streamlit as st

from views import navigation, store
from views.downloads import keep_made_files

keep_made_files()  # a file made on click is kept while its button shows (views/downloads.py says why)
st.set_page_config(page_title="Sourcing cost estimator", page_icon=":material/balance:", layout="wide")

# What the user set survives a page switch through views/store.py, not by writing widget state back here.
pages = navigation.pages()
page = st.navigation(pages)
back = store.note_page(page.url_path)  # before the page draws anything (views/store.py says why)
if back is not None:  # the old page's late request after a page link: on to the page the user chose
    store.switch_page(next(p for p in pages if p.url_path == back))
page.run()
