"""The bad-upload corpus: each hostile or malformed file gives its expected message and loads nothing."""

from __future__ import annotations

import csv as csv_module
import io
import json
import tomllib
from pathlib import Path

import pytest

from estimator.export import read_tidy_csv, to_csv_bytes
from estimator.interchange import input_rows
from estimator.scenario import InputError, Scenario, dump_scenario
from estimator.uploads import MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, read_scenario_file, read_upload

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "bad_uploads"
EXPECTED: dict[str, str | None] = json.loads((CORPUS / "expected.json").read_text())


def test_every_corpus_file_has_an_expected_message() -> None:
    assert sorted(p.name for p in CORPUS.iterdir() if p.name != "expected.json") == sorted(EXPECTED)


@pytest.mark.parametrize("name", [n for n, m in EXPECTED.items() if m is not None])
def test_a_bad_upload_is_refused_with_its_message(name: str, book) -> None:
    with pytest.raises(InputError) as err:
        read_upload(name, (CORPUS / name).read_bytes(), book)
    assert EXPECTED[name] in str(err.value)
    assert "Traceback" not in str(err.value)


@pytest.mark.parametrize("name", ["formula_name.json", "html_name.json"])
def test_hostile_names_are_kept_as_text_and_defused_on_export(name: str, book) -> None:
    raw = json.loads((CORPUS / name).read_text())["name"]
    s = read_upload(name, (CORPUS / name).read_bytes(), book)
    assert s.name == raw  # stored exactly as typed, as text
    csv = to_csv_bytes(input_rows(s))
    first_cell = list(csv_module.reader(io.StringIO(csv.decode())))[1][0]
    if raw.startswith("="):
        assert first_cell.startswith("'=")  # a spreadsheet shows it, never runs it
    assert read_tidy_csv(csv).scenario.iloc[0] == raw


def test_over_the_size_cap_is_refused_before_it_is_read(book) -> None:
    big = b" " * (MAX_UPLOAD_BYTES + 1)
    with pytest.raises(InputError, match=r"upload: is 1,048,577 bytes, over the 1,048,576-byte limit"):
        read_upload("big.json", big, book)


def test_the_cap_in_code_is_the_cap_in_the_config() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == MAX_UPLOAD_MB


@pytest.mark.parametrize("kind", [".json", ".csv"])
def test_a_good_upload_of_either_kind_loads(kind: str, worked_example: Scenario, book) -> None:
    data = dump_scenario(worked_example).encode() if kind == ".json" else to_csv_bytes(input_rows(worked_example))
    assert read_upload(f"plan{kind.upper()}", data, book) == worked_example


def test_a_file_on_disk_is_named_by_its_path_in_messages(tmp_path, book):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as err:
        read_scenario_file(empty, book)
    assert str(err.value) == f"{empty}: is empty"
