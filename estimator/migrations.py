"""Scenario file format versions, and the migrations that bring an older file up to today's.

A scenario's JSON form carries ``format_version``. A file without one is version 1 (the format
before versions were recorded). Each migration is a pure function from the JSON form of one
version to the JSON form of the next; :func:`upgrade` runs the chain, so a file saved by any
older format still loads. A version this estimator does not know is refused with a message.

When the JSON form changes (a field renamed, moved or given a new meaning), raise
:data:`FORMAT_VERSION` and add the step from the previous version to :data:`MIGRATIONS`. A new
optional field with a default needs no migration: older files simply omit it.

>>> upgrade({"function": "Customer service", "workload": {"fte": 10}})["format_version"]
4
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from .formatting import shown

FORMAT_VERSION = 4
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


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds a workload given as contact volume (``workload.contacts``: queues with contacts per
    interval, handle time, answer-time and service-level targets, maximum occupancy, and ranges on volume and
    handle time) and, with it, vendor prices ``per_contact`` and ``per_minute``. Every version-2 field keeps
    its name and meaning, so a version-2 file only gains the version. The version is raised all the same so
    that an estimator that reads version 2 refuses a file holding queues with "newer than this estimator
    reads; update", instead of a puzzling "give exactly one of hours_per_month or fte"."""
    return {**data, VERSION_KEY: 3}


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 lets amounts be in other currencies than the reporting one: ``in_house.currency`` and
    ``bpo.currency``/``kpo.currency`` (absent: the reporting ``currency``), ``exchange_rates`` (one per foreign
    currency: how many of it one unit of the reporting currency buys, and the yearly drift of that number), and
    ``currency`` must be an ISO 4217 code (version 3 took any three letters). A version-3 file gave every amount
    in its one ``currency``, which is what an absent amount currency means in version 4, so the file only gains
    the version. One meaning changes, and cannot be mended here without the price book: a version-3 file in a
    currency other than USD that left a price out took the price book's dollar range as if it were in its own
    currency; version 4 takes it in dollars and asks for a USD rate."""
    return {**data, VERSION_KEY: 4}


# MIGRATIONS[v] turns the JSON form of version v into that of version v + 1.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


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
        raise FormatVersionError(f"must be a whole number from 1 to {current}, got {shown(version)}")
    if version > current:
        raise FormatVersionError(f"{shown(version)} is newer than this estimator reads (1 to {current}); "
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
