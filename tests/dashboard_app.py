"""The dashboard in AppTest with every sidebar expander open.

The sidebar draws a closed expander's inputs only once it is opened (``views.lazy``), and AppTest cannot click
an expander open; so a test that sets an input inside one opens them all first, as a user would open the one
they need. ``tests/test_lazy_expanders.py`` checks the closed case.
"""

from __future__ import annotations

from chromium import ROOT
from streamlit.testing.v1 import AppTest

from views.inputs import EXPANDERS


def dashboard(timeout: float = 60, *, opened: bool = True) -> AppTest:
    """The whole app (the Estimate page first), not yet run; with ``opened``, its sidebar expanders open."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    if opened:
        for key in EXPANDERS.values():
            at.session_state[key] = True
    return at


def fresh_dashboard(monkeypatch, store_dir) -> AppTest:
    """The whole app, run once, from the repository's root on an empty scenario store in ``store_dir`` (never the
    user's saved scenarios, never a PostgreSQL URL from the environment)."""
    import streamlit as st

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(store_dir))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    st.cache_resource.clear()  # the store is a cached resource: opened again on the new directory
    at = dashboard(60)
    at.run()
    return at


def with_bpo_quote(monkeypatch, low: float, high: float) -> AppTest:
    """The whole app, run from the repository's root, with a typed BPO quote of ``low`` to ``high`` (customer service's
    price book has a BPO price, so the quote is behind its toggle)."""
    monkeypatch.chdir(ROOT)
    at = dashboard(60, opened=False)
    at.run()
    at.toggle(key="bpo_use_quote").set_value(True).run()
    at.number_input(key="bpo_quote_low").set_value(low)
    at.number_input(key="bpo_quote_high").set_value(high).run()
    return at
