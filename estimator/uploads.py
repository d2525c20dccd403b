"""An uploaded scenario file (JSON or tidy CSV) read into a scenario, or refused with one clear message.

Nothing here changes any state: a bad file raises :class:`~estimator.scenario.InputError` and the
caller keeps what it had. The size cap is the page's ``server.maxUploadSize`` (``.streamlit/config.toml``,
in megabytes), checked here too so the command line and tests hold the same line.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from .export import read_tidy_csv
from .formatting import shown
from .interchange import inputs_from_tidy, scenario_from_tidy
from .pricing import PriceBook
from .scenario import InputError, Scenario, load_scenario

MAX_UPLOAD_MB = 1
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
KINDS = (".json", ".csv")


def read_upload(filename: str, data: bytes, book: PriceBook, max_bytes: int = MAX_UPLOAD_BYTES,
                source: str = "upload") -> Scenario:
    """The scenario an uploaded ``.json`` (scenario JSON) or ``.csv`` (tidy table with input rows) holds.

    ``source`` names the file in messages about the file as a whole (the command line gives its path).
    """
    kind = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if kind not in KINDS:
        raise InputError(source, f"must be a .json scenario or a .csv tidy table, got {shown(filename)}")
    if len(data) > max_bytes:
        raise InputError(source, f"is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise InputError(source, "is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, "is not UTF-8 text") from None
    if kind == ".json":
        return load_scenario(text, book)
    return scenario_from_tidy(read_csv_upload(data), book)


def read_scenario_file(path: Path, book: PriceBook, max_bytes: int = MAX_UPLOAD_BYTES) -> Scenario:
    """A scenario file on disk (the command line), held to the page's rules: kind, size cap, UTF-8.

    The size is checked before the file is read, so a huge file is refused without loading it.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), f"is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    return read_upload(path.name, data, book, max_bytes, source=str(path))


def read_csv_upload(data: bytes) -> pd.DataFrame:
    """A tidy CSV read with the formula guard undone; bad columns or numbers give an :class:`InputError`."""
    try:
        header = pd.read_csv(io.BytesIO(data), nrows=0).columns
        table = read_tidy_csv(data)
    except pd.errors.ParserError as exc:  # before ValueError, which it is a kind of
        raise InputError("tidy CSV", f"is not a well-formed CSV ({' '.join(str(exc).split())[:120]})") from None
    except ValueError as exc:
        missing = str(exc).removeprefix("tidy CSV: ")
        if missing.startswith("missing column"):
            found = ", ".join(map(str, header))
            raise InputError("tidy CSV", f"{missing}; found {found if len(found) <= 120 else found[:119] + '…'}"
                             ) from None
        raise InputError("tidy CSV", f"low, mid and high must be numbers ({' '.join(str(exc).split())[:120]})") from None
    inputs_from_tidy(table)  # column and path checks before anything else looks at it
    return table
