"""The guide's suggestion, carried to the estimate page it opens (one key in ``st.session_state``, no widget owns it)."""

from __future__ import annotations

import streamlit as st

NOTE = "_guide_suggestion"  # (function, sentence)


def send(function: str, sentence: str) -> None:
    st.session_state[NOTE] = (function, sentence)


def show(function: str) -> None:
    """On the estimate page: what the guide suggested for this work, while this work is the one priced."""
    note = st.session_state.get(NOTE)
    if note and note[0] == function:
        st.info(f"**Which model fits:** {note[1]}", icon=":material/alt_route:")
