"""Scenario file format versions, and the migrations that bring an older file up to today's.

A scenario's JSON form carries ``format_version``. A file without one is version 1 (the format
before versions were recorded). Each migration is a pure function from the JSON form of one
version to the JSON form of the next; :func:`upgrade` runs the chain, so a file saved by any
older format still loads. A version this estimator does not know is refused with a message.

When the JSON form changes (a field renamed, moved or given a new meaning), raise
:data:`FORMAT_VERSION` and add the step from the previous version to :data:`MIGRATIONS`. A new
optional field with a default needs no migration: older files simply omit it.

>>> upgrade({"function": "Customer service", "workload": {"fte": 10}})["format_version"]
2
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

FORMAT_VERSION = 2
VERSION_KEY = "format_version"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 records the version, and its ``dual_running_months`` no longer implies vendor fees: in
    version 1 the vendor billed from the contract's first month while the in-house team was still paid, so
    a version-1 file says so explicitly (``vendor_terms.bills_during_transition``). Other fields keep their
    names and meanings; the costs version 2 added (productivity gap, severance, ...) take their defaults."""
    out = {**data, VERSION_KEY: 2}
    terms = out.get("vendor_terms")
    if terms is None or isinstance(terms, dict):
        out["vendor_terms"] = {"bills_during_transition": True, **(terms or {})}
    return out


# MIGRATIONS[v] turns the JSON form of version v into that of version v + 1.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


class FormatVersionError(ValueError):
    """A file whose ``format_version`` this estimator cannot read."""

    field = VERSION_KEY

    def __init__(self, reason: str) -> None:
        super().__init__(f"{VERSION_KEY}: {reason}")
        self.reason = reason


def version_of(data: Mapping[str, Any], current: int = FORMAT_VERSION) -> int:
    """The format version a scenario's JSON form declares (1 when it declares none)."""
    version = data.get(VERSION_KEY, 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise FormatVersionError(f"must be a whole number from 1 to {current}, got {version!r}")
    if version > current:
        raise FormatVersionError(f"{version} is newer than this estimator reads (1 to {current}); "
                                 "update the estimator to open this file")
    if version < 1:
        raise FormatVersionError(f"must be a whole number from 1 to {current}, got {version}")
    return version


def upgrade(data: Mapping[str, Any], migrations: Mapping[int, Migration] = MIGRATIONS,
            current: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON form brought up to ``current``, one migration at a time; the input is not changed."""
    version = version_of(data, current)
    out = copy.deepcopy(dict(data))
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise FormatVersionError(f"no migration from version {version} to {version + 1}")
        out = step(out)
        version = out[VERSION_KEY]
    out[VERSION_KEY] = current
    return out
