"""Sourcing cost estimator: page setup and navigation, and two fixes to Streamlit (how it keeps downloads, and the
order of a page link's requests)."""

import streamlit as st

from views import navigation, printing, share, store
from views.downloads import keep_made_files
from views.page_requests import run_late_requests_on_the_chosen_page
from views.state import price_book_or_none

keep_made_files()  # a file made on click is kept while its button shows (views/downloads.py says why)
run_late_requests_on_the_chosen_page()  # a page link's click opens the page chosen (views/page_requests.py says why)
st.set_page_config(page_title="Sourcing cost estimator", page_icon=":material/balance:", layout="wide")
printing.fit_for_print()  # Ctrl+P prints the results whole (views/printing.py says why)

# What the user set survives a page switch through views/store.py, not by writing widget state back here.
page = st.navigation(navigation.pages())
store.note_page(page.url_path)  # before the page draws anything (views/store.py says why)
share.in_every_address(price_book_or_none)  # a reload or bookmark of any page keeps the inputs (share.py says why)
page.run()
