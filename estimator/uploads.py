"""An uploaded scenario file (JSON or tidy CSV) read into a scenario, or refused with one clear message.

Nothing here changes any state: a bad file raises :class:`~estimator.scenario.InputError` and the
caller keeps what it had. The size cap is the page's ``server.maxUploadSize`` (``.streamlit/config.toml``,
in megabytes), checked here too so the command line and tests hold the same line.
"""

from __future__ import annotations

import io

import pandas as pd

from .export import read_tidy_csv
from .interchange import inputs_from_tidy, scenario_from_tidy
from .pricing import PriceBook
from .scenario import InputError, Scenario, load_scenario

MAX_UPLOAD_MB = 1
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
KINDS = (".json", ".csv")


def read_upload(filename: str, data: bytes, book: PriceBook, max_bytes: int = MAX_UPLOAD_BYTES) -> Scenario:
    """The scenario an uploaded ``.json`` (scenario JSON) or ``.csv`` (tidy table with input rows) holds."""
    kind = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if kind not in KINDS:
        raise InputError("upload", f"must be a .json scenario or a .csv tidy table, got {filename!r}")
    if len(data) > max_bytes:
        raise InputError("upload", f"is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise InputError("upload", "is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("upload", "is not UTF-8 text") from None
    if kind == ".json":
        return load_scenario(text, book)
    return scenario_from_tidy(read_csv_upload(data), book)


def read_csv_upload(data: bytes) -> pd.DataFrame:
    """A tidy CSV read with the formula guard undone; bad columns or numbers give an :class:`InputError`."""
    try:
        header = pd.read_csv(io.BytesIO(data), nrows=0).columns
        table = read_tidy_csv(data)
    except ValueError as exc:
        missing = str(exc).removeprefix("tidy CSV: ")
        if missing.startswith("missing column"):
            raise InputError("tidy CSV", f"{missing}; found {', '.join(map(str, header))}") from None
        raise InputError("tidy CSV", f"low, mid and high must be numbers ({exc})") from None
    except pd.errors.ParserError as exc:
        raise InputError("tidy CSV", f"is not a well-formed CSV ({str(exc).strip()})") from None
    inputs_from_tidy(table)  # column and path checks before anything else looks at it
    return table
