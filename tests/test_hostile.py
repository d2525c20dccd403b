"""Hostile input (issue 12): every file of tests/data/hostile/ through every entry point that takes a file.

Each entry point must refuse a bad file with one clear line (the manifest's fragment where the file is of
its kind), exit non-zero on the command line, show no traceback and change nothing stored; a file that
loads keeps its names as text, and no exported CSV or XLSX cell begins with a formula prefix unguarded.

Command-line verbs are in :data:`CLI`, one line each: adding ``export`` (issue 11) is one more line there.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from estimator.__main__ import main
from estimator.estimate import estimate
from estimator.export import read_tidy_csv, to_csv_bytes
from estimator.formatting import not_formula
from estimator.interchange import scenario_table, to_xlsx_bytes
from estimator.intervals import IntervalError, read_intervals
from estimator.pricing import PriceBookError, load_price_book
from estimator.scenario import InputError, Scenario, dump_scenario
from estimator.staffing import ContactCentre, Queue, StaffingError, staff
from estimator.store import ScenarioStore
from estimator.uncertainty import simulate
from estimator.uploads import MAX_UPLOAD_BYTES, read_scenario_file, read_upload

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "hostile"
GOOD = ROOT / "examples" / "customer_service.json"
GOOD_NAME = "good.json"  # the README example with 200 draws, beside the corpus: a good file to compare with
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# characters: a message names the field and the rule (and may list what is allowed: the price book's
# functions take 330), never the whole hostile value
MAX_MESSAGE = 600


@dataclass(frozen=True)
class Entry:
    file: str
    kind: str
    outcome: str
    attack: str
    message: str


MANIFEST = [Entry(**row) for row in csv.DictReader((CORPUS / "MANIFEST.csv").open(encoding="utf-8"))]
BY_NAME = {e.file: e for e in MANIFEST}
SCENARIO_FILES = [e.file for e in MANIFEST if e.kind == "scenario"]
ALL_FILES = [e.file for e in MANIFEST]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """The corpus folder, with the one file too big to commit (over the upload cap) built next to the rest."""
    folder = tmp_path_factory.mktemp("hostile")
    for path in CORPUS.iterdir():
        if path.is_file() and path.suffix != ".py":  # not __pycache__/, left by the doctests' import of make_corpus.py
            (folder / path.name).write_bytes(path.read_bytes())
    valid = json.loads(GOOD.read_text())
    (folder / GOOD_NAME).write_text(json.dumps({**valid, "uncertainty": {"draws": 200}}))
    padding = " " * (MAX_UPLOAD_BYTES + 1 - len(json.dumps(valid)))
    (folder / "over_cap.json").write_text(json.dumps(valid)[:-1] + padding + "}")
    return folder


@pytest.fixture
def store(tmp_path, monkeypatch) -> ScenarioStore:
    """A store with one saved scenario, in this test's folder; the command line and the page use it."""
    monkeypatch.setenv("ESTIMATOR_DATA_DIR", str(tmp_path / "store"))
    monkeypatch.delenv("ESTIMATOR_DATABASE_URL", raising=False)
    s = ScenarioStore()
    s.save(json.loads(GOOD.read_text()))
    yield s
    s.close()


def snapshot(store: ScenarioStore) -> list[tuple[str, str, object]]:
    return [(s.name, s.saved_at.isoformat(), store.show(s.name).data) for s in store.list()]


def one_line(message: str) -> None:
    assert "\n" not in message.rstrip("\n") and "\r" not in message, message[:500]
    assert "Traceback" not in message
    assert len(message) <= MAX_MESSAGE, f"{len(message)} characters: {message[:200]}..."


def assert_no_formula_cells(data: bytes, kind: str) -> None:
    """No cell of an exported CSV or XLSX starts with a formula prefix unless it is a number (-12.5)."""
    assert kind in ("csv", "xlsx"), f"no check written yet for {kind} output"
    if kind == "xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert all(i.file_size < 50_000_000 for i in z.infolist())
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        cells = [c for row in sheet.iter_rows() for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        texts = [c.value for c in cells if isinstance(c.value, str)]
    else:
        texts = [cell for row in csv.reader(io.StringIO(data.decode("utf-8"), newline="")) for cell in row]
    for text in texts:
        if text.startswith(FORMULA_START):
            try:
                float(text)
            except ValueError:
                pytest.fail(f"{kind} cell {text!r} starts with a formula prefix unguarded")


def assert_workbook_safe(data: bytes, texts: tuple[str, ...]) -> None:
    """The audit workbook is live formulas by design: its formulas are its own, never the user's text, and no
    text cell of any sheet starts with a formula prefix unguarded."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in book:
        for row in sheet.iter_rows():
            for c in row:
                if c.data_type == "f":
                    assert not any(t.strip() and t.strip() in str(c.value) for t in texts), (sheet.title, c.coordinate)
                elif isinstance(c.value, str) and c.value.startswith(FORMULA_START):
                    pytest.fail(f"{sheet.title}!{c.coordinate} {c.value[:40]!r} starts with a formula prefix")


def _unguarded(text: str) -> bool:
    """Text that starts with a formula prefix and is not a plain number (-12.5): a spreadsheet would run it."""
    if not text.startswith(FORMULA_START):
        return False
    try:
        float(text)
    except ValueError:
        return True
    return False


def _ooxml(text: str) -> str:
    """Text as PowerPoint shows it: python-pptx writes a control character (a CR) as ``_x000D_`` and reads it
    back so; PowerPoint turns it back into the character."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def assert_deck_safe(data: bytes, name: str) -> None:
    """No text run, table cell or speaker note of the deck starts with a formula prefix unguarded (the CSV's
    leading apostrophe, :func:`estimator.formatting.not_formula`), the name is on the title slide as typed
    after that guard, and the charts' embedded workbooks hold no formula and no user text at a cell's start.
    (Their own step labels, "+ Governance", are stored as text cells, which a spreadsheet never runs.)"""
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    runs = []
    for slide in deck.slides:
        frames = [sh.text_frame for sh in slide.shapes if sh.has_text_frame]
        frames += [c.text_frame for sh in slide.shapes if sh.has_table for row in sh.table.rows for c in row.cells]
        if slide.has_notes_slide:
            frames.append(slide.notes_slide.notes_text_frame)
        runs += [_ooxml(r.text) for f in frames for p in f.paragraphs for r in p.runs]
    assert runs and not [r[:40] for r in runs if _unguarded(r)]
    title = _ooxml(deck.slides[0].shapes[0].text_frame.text)
    assert title.split() == not_formula(name).split(), title[:60]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for part in (n for n in z.namelist() if n.endswith(".xlsx")):
            for sheet in openpyxl.load_workbook(io.BytesIO(z.read(part))):
                for c in (c for row in sheet.iter_rows() for c in row):
                    assert c.data_type != "f", (part, c.coordinate)
                    assert not (name.strip() and isinstance(c.value, str) and c.value.startswith(name.strip())), part


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.texts: list[str] = []
        self.raw = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(k for k, _ in attrs)))
        self.raw = tag

    def handle_data(self, data):
        if self.raw not in ("script", "style"):
            self.texts.append(data)


def report_parts(data: bytes) -> _Html:
    parser = _Html()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return parser


def assert_report_safe(data: bytes, name: str, plain: bytes) -> None:
    """The HTML report renders no name as HTML: its elements are exactly those of the same report for a plain
    name (``plain``), so no tag, attribute or script came from the name; the name shows as text, guarded; no
    text node starts with a formula prefix unguarded (Excel opens an HTML file as a sheet)."""
    got, want = report_parts(data), report_parts(plain)
    assert got.tags == want.tags
    assert not [t[:40] for t in got.texts if _unguarded(t)]
    assert not_formula(name).strip() in [t.strip() for t in got.texts]  # the <h1>


# --- the entry points ---------------------------------------------------------------------------------------

# The command line, one verb a line: the arguments that hand it the hostile file at ``path``, and the kind of
# what it writes to standard output (checked cell by cell by assert_no_formula_cells).
CLI: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "estimate": (lambda path: ["estimate", str(path)], "csv"),
    "compare": (lambda path: ["compare", str(path.parent / GOOD_NAME), str(path)], "csv"),
}
REFUSALS = (InputError, PriceBookError, IntervalError, StaffingError)


def run_cli(capsysbinary, args: list[str]) -> tuple[int, bytes, str]:
    code = main(args)
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def function_entry(kind: str, path: Path, book) -> object:
    """The pure function behind each page uploader and loader (the page adds only st.error)."""
    if kind == "scenario":
        return read_upload(path.name, path.read_bytes(), book)
    if kind == "intervals":  # read, then staff every queue at the page's defaults, as the page does
        f = read_intervals(path.read_bytes(), path.name)
        queues = tuple(Queue(q, f.contacts[i], f.aht_or(300.0)[i], 20.0, 0.8, 0.85) for i, q in enumerate(f.queues))
        return staff(ContactCentre(queues, f.interval_minutes, f.periods_per_month), 0.3)
    return load_price_book(path)


# --- every file through every entry point -------------------------------------------------------------------


def test_the_corpus_is_what_the_manifest_says() -> None:
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_file()} - {"MANIFEST.csv", "make_corpus.py"}
    assert on_disk | {"over_cap.json"} == set(BY_NAME)
    assert len(MANIFEST) >= 25
    assert {e.outcome for e in MANIFEST} <= {"refused", "loads", "note"}
    assert all(e.message for e in MANIFEST if e.outcome != "loads")
    bomb = zipfile.ZipFile(CORPUS / "zip_bomb.xlsx")
    assert sum(i.file_size for i in bomb.infolist()) > 1_000 * (CORPUS / "zip_bomb.xlsx").stat().st_size


@pytest.mark.parametrize("kind", ["scenario", "intervals", "price_book"])
@pytest.mark.parametrize("name", ALL_FILES)
def test_each_loader_refuses_in_one_line_or_loads(name: str, kind: str, corpus: Path, book) -> None:
    entry = BY_NAME[name]
    try:
        loaded = function_entry(kind, corpus / name, book)
    except REFUSALS as exc:
        one_line(str(exc))
        if entry.kind == kind:
            assert entry.outcome in ("refused", "note") and entry.message in str(exc)
        return
    assert entry.kind == kind and entry.outcome in ("loads", "note"), f"{name} loaded as {kind}"
    if isinstance(loaded, Scenario):
        est = estimate(loaded)
        table = scenario_table(est, simulate(loaded))
        assert all(math.isfinite(x) and x >= 0 for op in est.options if op.priced for x in op.total.as_tuple())
        assert_no_formula_cells(to_csv_bytes(table), "csv")
        assert_no_formula_cells(to_xlsx_bytes(table), "xlsx")


@pytest.mark.parametrize("verb", list(CLI))
@pytest.mark.parametrize("name", ALL_FILES)
def test_each_command_exits_non_zero_in_one_line(name: str, verb: str, corpus: Path, store, capsysbinary) -> None:
    entry = BY_NAME[name]
    before = snapshot(store)
    args, kind = CLI[verb]
    code, out, err = run_cli(capsysbinary, args(corpus / name))
    assert snapshot(store) == before
    if entry.kind == "scenario" and entry.outcome == "loads":
        assert code == 0, err
        assert_no_formula_cells(out, kind)
        return
    assert code == 2 and out == b""
    assert err.startswith("error: ") and err.endswith("\n")
    one_line(err)
    if entry.kind == "scenario":
        assert entry.message in err


@pytest.mark.parametrize("name", [e.file for e in MANIFEST if e.kind == "price_book"])
def test_a_hostile_price_book_on_the_command_line(name: str, corpus: Path, store, tmp_path, capsysbinary) -> None:
    entry = BY_NAME[name]
    scenario = GOOD
    if entry.outcome == "loads":  # a scenario of work that book prices
        scenario = tmp_path / "s.json"
        scenario.write_text(json.dumps({"function": load_price_book(corpus / name).functions[0], "workload": {"fte": 1}}))
    before = snapshot(store)
    code, out, err = run_cli(capsysbinary, ["estimate", str(scenario), "--price-book", str(corpus / name)])
    assert snapshot(store) == before
    if entry.outcome == "loads":
        assert code == 0, err
        assert_no_formula_cells(out, "csv")
        return
    assert code == 2 and out == b"" and entry.message in err
    one_line(err)


def test_a_formula_function_from_a_price_book_is_defused_in_every_export(corpus: Path, tmp_path, capsysbinary) -> None:
    book = load_price_book(corpus / "price_book_formula.csv")
    function = book.functions[0]
    assert function.startswith("=")
    s = Scenario(function, 10, name="@risk", kpo=None)
    table = scenario_table(estimate(s), simulate(s))
    assert_no_formula_cells(to_csv_bytes(table), "csv")
    assert_no_formula_cells(to_xlsx_bytes(table), "xlsx")
    path = tmp_path / "s.json"
    path.write_text(dump_scenario(s))
    for args, kind in CLI.values():
        argv = [str(path) if a.endswith(GOOD_NAME) else a for a in args(path)]  # all work that book prices
        code, out, err = run_cli(capsysbinary, [*argv, "--price-book", str(corpus / "price_book_formula.csv")])
        assert code == 0, err
        assert_no_formula_cells(out, kind)
        if kind == "csv":
            assert set(read_tidy_csv(out).function) == {function}  # the name is there, behind its apostrophe


@pytest.mark.parametrize("name", ["deep_nesting.json", "zip_bomb.xlsx"])
def test_the_real_command_prints_no_traceback(name: str, corpus: Path, tmp_path) -> None:
    env = {**os.environ, "ESTIMATOR_DATA_DIR": str(tmp_path)}
    env.pop("ESTIMATOR_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "estimator", "estimate", str(corpus / name)], cwd=ROOT,
                            capture_output=True, timeout=60, env=env)
    assert result.returncode == 2 and result.stdout == b""
    err = result.stderr.decode()
    one_line(err)
    assert BY_NAME[name].message in err


@pytest.mark.parametrize("name", ALL_FILES)
def test_export_refuses_in_one_line_or_writes_a_safe_workbook(name: str, corpus: Path, store, tmp_path,
                                                               capsysbinary) -> None:
    """``export`` writes a file, not standard output: a refused file writes nothing; one that loads gives a
    workbook whose text cells cannot run as formulas."""
    entry = BY_NAME[name]
    before = snapshot(store)
    target = tmp_path / "out.xlsx"
    code, out, err = run_cli(capsysbinary, ["export", str(corpus / name), "--format", "xlsx", "-o", str(target)])
    assert snapshot(store) == before
    if entry.kind == "scenario" and entry.outcome == "loads":
        assert code == 0, err
        scenario = read_scenario_file(corpus / name, load_price_book())
        assert_workbook_safe(target.read_bytes(), (scenario.name, scenario.function))
        return
    assert code == 2 and not target.exists()
    assert err.startswith("error: ") and err.endswith("\n")
    one_line(err)
    if entry.kind == "scenario":
        assert entry.message in err


NAMED = [e.file for e in MANIFEST if e.kind == "scenario" and e.outcome == "loads"]


@pytest.mark.parametrize("name", NAMED)
def test_deck_and_report_show_each_loaded_name_as_guarded_text(name: str, corpus: Path, book) -> None:
    """Every scenario file of the corpus that loads, through the deck (estimator/deck.py) and the HTML report
    (estimator/report.py): the native charts only, as the deck's Kaleido images carry no text runs."""
    from estimator.deck import build_deck
    from estimator.meeting import chart_specs
    from estimator.report import build_report

    scenario = read_scenario_file(corpus / name, book)
    scenario = replace(scenario, uncertainty=replace(scenario.uncertainty, draws=200))
    est, sim = estimate(scenario), simulate(scenario)
    specs = [s for s in chart_specs(est, sim) if s.native is not None]
    assert_deck_safe(build_deck(est, sim, specs), scenario.name)
    plain = estimate(replace(scenario, name="Plain name"))
    assert_report_safe(build_report(est, sim, specs), scenario.name, build_report(plain, sim, specs))


def test_the_export_checks_catch_an_unguarded_name_and_markup(book) -> None:
    """The checks above can fail: a deck written without the guard, and a report with the name as markup."""
    from pptx import Presentation

    deck = Presentation()
    deck.slides.add_slide(deck.slide_layouts[6]).shapes.add_textbox(0, 0, 10, 10).text_frame.text = "=HYPERLINK(1)"
    out = io.BytesIO()
    deck.save(out)
    with pytest.raises(AssertionError):
        assert_deck_safe(out.getvalue(), "=HYPERLINK(1)")
    page = b"<html><body><h1>%s</h1></body></html>"
    with pytest.raises(AssertionError):
        assert_report_safe(page % b"<img src=x>", "<img src=x>", page % b"Plain name")
    with pytest.raises(AssertionError):
        assert_report_safe(page % b"=1+1", "=1+1", page % b"Plain name")
