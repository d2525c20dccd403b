"""Security defaults (issue 12): XSRF protection on and uploads capped in the shipped config, no HTML from user
text, secrets only from the environment, and a PostgreSQL URL never shown with its password."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import plotly.graph_objects as go
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from estimator.store import DATA_DIR_ENV, DATABASE_URL_ENV
from estimator.uploads import MAX_UPLOAD_BYTES
from views import chart_handoff

ROOT = Path(__file__).resolve().parent.parent
PAGE_SOURCES = [ROOT / "dashboard.py", *sorted((ROOT / "views").glob("*.py"))]
SOURCES = PAGE_SOURCES + sorted((ROOT / "estimator").glob("*.py"))
HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"


def _calls(path: Path):
    tree = ast.parse(path.read_text(), str(path))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def test_the_shipped_config_protects_uploads_and_hides_tracebacks():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableXsrfProtection"] is True and config["server"]["enableCORS"] is True
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_UPLOAD_BYTES  # one cap, the page's and the reader's
    assert config["client"]["showErrorDetails"] == "none"


def test_html_on_the_page_escapes_every_value_it_puts_in():
    """Each ``unsafe_allow_html=True`` is either an f-string whose every value goes through ``html.escape`` (or is
    a constant in capitals), or
    the legend (escaped in chart_handoff.legend_html, checked below). A new use has to be one of these."""
    uses = []
    for path in PAGE_SOURCES:
        for call in _calls(path):
            if not any(k.arg == "unsafe_allow_html" and getattr(k.value, "value", False) is True for k in call.keywords):
                continue
            body = call.args[0]
            if isinstance(body, ast.IfExp):  # the legend, or nothing
                assert isinstance(body.orelse, ast.Constant) and body.orelse.value == ""
                body = body.body
            if isinstance(body, ast.JoinedStr):
                values = [v.value for v in body.values if isinstance(v, ast.FormattedValue)]
                # escaped, or a module's constant (TITLE_STYLE)
                assert all((isinstance(v, ast.Call) and ast.unparse(v.func) == "html.escape")
                           or (isinstance(v, ast.Name) and v.id.isupper()) for v in values), f"{path.name}:{call.lineno}"
            else:
                # the legend, with its text's size a module's constant at most
                assert isinstance(body, ast.Call) and ast.unparse(body.func) == "chart_handoff.legend_html" \
                    and [ast.unparse(a) for a in body.args] == ["fig"] \
                    and all(isinstance(k.value, ast.Name) and k.value.id.isupper() for k in body.keywords), \
                    f"{path.name}:{call.lineno}"
            uses.append(f"{path.name}:{call.lineno}")
    # every chart title on the page (chart_handoff.chart_title: estimate, mix, contact centre) and the legend (the
    # estimate page's and the slides')
    assert sorted(u.split(":")[0] for u in uses) == ["chart_handoff.py", "estimate.py", "present.py"], uses


def test_script_on_the_page_is_a_constant_with_no_text_put_in():
    """Each ``unsafe_allow_javascript=True`` runs a module's constant (in capitals) whose only values put in are other
    constants in capitals (``views/printing.FIT_FOR_PRINT``: the print width). A new use has to be one of these."""
    uses = []
    for path in PAGE_SOURCES:
        tree = ast.parse(path.read_text(), str(path))
        constants = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                     for t in node.targets if isinstance(t, ast.Name)}
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            if not any(k.arg == "unsafe_allow_javascript" and getattr(k.value, "value", True) is not False
                       for k in call.keywords):
                continue
            body = call.args[0]
            assert isinstance(body, ast.Name) and body.id.isupper() and body.id in constants, f"{path.name}:{call.lineno}"
            value = constants[body.id]
            assert isinstance(value, ast.Constant | ast.JoinedStr), f"{path.name}:{call.lineno}"
            put_in = [v.value for v in getattr(value, "values", []) if isinstance(v, ast.FormattedValue)]
            assert all(isinstance(v, ast.Name) and v.id.isupper() for v in put_in), f"{path.name}:{call.lineno}"
            uses.append(f"{path.name}:{call.lineno}")
    assert [u.split(":")[0] for u in uses] == ["printing.py"], uses


def test_the_legend_shows_a_name_as_text():
    fig = go.Figure([go.Bar(x=[1], y=[1], name=HOSTILE, marker_color="red"), go.Bar(x=[1], y=[2], name="b")])
    out = chart_handoff.legend_html(fig)
    assert "<img" not in out and "<script" not in out and "&lt;img src=x" in out


def test_secrets_come_only_from_the_environment():
    """No ``st.secrets`` and no settings file: the code reads two environment variables, nothing else."""
    read = set()
    for path in SOURCES:
        text = path.read_text()
        assert "st.secrets" not in text and "secrets.toml" not in text, path.name
        for call in _calls(path):
            f = ast.unparse(call.func)
            if f in ("os.environ.get", "os.getenv", "env.get", "environ.get") and call.args:
                read.add(ast.unparse(call.args[0]))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("os.environ", "env", "environ"):
                read.add(ast.unparse(node.slice))
    assert read == {"DATABASE_URL_ENV", "DATA_DIR_ENV"}, read
    assert (DATABASE_URL_ENV, DATA_DIR_ENV) == ("ESTIMATOR_DATABASE_URL", "ESTIMATOR_DATA_DIR")


@pytest.mark.parametrize("url", ["postgresql://finance:s3cret-pw@127.0.0.1:9/estimator",
                                 "postgresql+psycopg://finance:s3cret-pw@127.0.0.1:9/estimator?sslmode=require"])
def test_the_scenarios_page_never_shows_the_database_password(url, monkeypatch):
    """A store nobody answers (port 9): the page names it, with the password as ***."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("views/scenarios.py").run()
    shown = " ".join(str(e.value) for kind in ("error", "caption", "markdown", "warning", "info", "success")
                     for e in getattr(at, kind))
    assert not at.exception
    assert "s3cret-pw" not in shown and "finance:***@127.0.0.1:9" in shown, shown[:500]
    st.cache_resource.clear()
