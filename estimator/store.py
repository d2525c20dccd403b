"""Saved scenarios in a real database: SQLite by default, PostgreSQL by URL, through SQLAlchemy Core.

Where the store lives:

- ``ESTIMATOR_DATABASE_URL`` set: that database, e.g.
  ``postgresql+psycopg://user:password@host:5432/estimator`` (a bare ``postgresql://`` URL uses
  psycopg 3 too). The password is never printed: :meth:`ScenarioStore.describe` hides it.
- otherwise a SQLite file ``scenarios.sqlite3`` in the directory ``ESTIMATOR_DATA_DIR``
  (default ``data/local`` in the repository, so the page and the command line share it).

A row holds a scenario's JSON form exactly as :func:`estimator.scenario.scenario_to_dict` wrote it,
with its name, when it was saved and the format version it was saved in. The store never looks
inside the JSON beyond ``name`` and ``format_version``, so new scenario fields need no change here.
Names are unique: saving under a taken name saves as "name (2)", "name (3)"... unless asked to
replace; every write is one transaction, so two sessions saving at once lose nothing.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import IntegrityError

from .migrations import VERSION_KEY

DATA_DIR_ENV = "ESTIMATOR_DATA_DIR"
DATABASE_URL_ENV = "ESTIMATOR_DATABASE_URL"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "local"
MAX_NAME = 200
_ATTEMPTS = 100

_metadata = sa.MetaData()
scenarios_table = sa.Table(
    "scenarios", _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(MAX_NAME), nullable=False, unique=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("format_version", sa.Integer, nullable=False),
    sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
)


class StoreError(ValueError):
    """A store operation that cannot be done (a name taken or missing); the message says which."""


@dataclass(frozen=True)
class SavedScenario:
    """One row: ``data`` is the scenario's JSON form (``None`` in listings)."""

    name: str
    saved_at: datetime
    format_version: int
    data: dict[str, Any] | None = None


def default_url(environ: dict[str, str] | None = None) -> str:
    """The database the environment names (see the module docstring)."""
    env = os.environ if environ is None else environ
    if env.get(DATABASE_URL_ENV):
        return env[DATABASE_URL_ENV]
    folder = Path(env.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)
    return f"sqlite:///{folder / 'scenarios.sqlite3'}"


def safe_url(url: str | URL) -> str:
    """A database URL fit to print: the password, if any, replaced by ``***``."""
    return make_url(url).render_as_string(hide_password=True)


def _engine(url: str | URL) -> Engine:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _pragmas(conn, _record) -> None:  # noqa: ANN001 - DB-API connection
            # WAL lets readers run beside one writer; the busy timeout makes a second writer wait, not fail.
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return sa.create_engine(parsed, pool_pre_ping=True)


def clean_name(name: object) -> str:
    """A scenario name as stored: text of 1 to 200 characters, outer spaces removed."""
    if not isinstance(name, str) or not name.strip() or len(name.strip()) > MAX_NAME:
        raise StoreError(f"name: must be text of 1 to {MAX_NAME} characters, got {name!r}")
    return name.strip()


def _suffixed(base: str, n: int) -> str:
    tail = f" ({n})"
    return base[: MAX_NAME - len(tail)] + tail


class ScenarioStore:
    """Save, list, show, rename, duplicate and delete scenarios by name."""

    def __init__(self, url: str | URL | None = None) -> None:
        self.engine = _engine(url if url is not None else default_url())
        try:
            _metadata.create_all(self.engine)
        except sa.exc.DBAPIError:
            # Two processes opening a new database at once: the other one created the table first.
            _metadata.create_all(self.engine)

    def describe(self) -> str:
        """Where the store is, with any password hidden."""
        return safe_url(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()

    # Reading -----------------------------------------------------------------------------------

    def list(self) -> list[SavedScenario]:
        """Every saved scenario, newest first (without the JSON)."""
        t = scenarios_table
        query = sa.select(t.c.name, t.c.saved_at, t.c.format_version).order_by(t.c.saved_at.desc(), t.c.id.desc())
        with self.engine.connect() as conn:
            return [SavedScenario(r.name, _utc(r.saved_at), r.format_version) for r in conn.execute(query)]

    def names(self) -> list[str]:
        return [s.name for s in self.list()]

    def show(self, name: str) -> SavedScenario:
        t = scenarios_table
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t).where(t.c.name == name)).one_or_none()
        if row is None:
            raise StoreError(f"no saved scenario named {name!r}")
        return SavedScenario(row.name, _utc(row.saved_at), row.format_version, json.loads(row.body))

    # Writing -----------------------------------------------------------------------------------

    def save(self, data: dict[str, Any], name: str | None = None, replace: bool = False) -> SavedScenario:
        """Save a scenario's JSON form under ``name`` (default: its own ``name``); return the row as saved.

        A taken name gets the first free suffix " (2)", " (3)"... unless ``replace``, which overwrites.
        The JSON's own ``name`` is set to the name it is saved under.
        """
        base = clean_name(name if name is not None else data.get("name"))
        version = int(data.get(VERSION_KEY, 1))
        t = scenarios_table
        for _ in range(_ATTEMPTS):
            now = datetime.now(UTC)
            with self.engine.connect() as conn:
                taken = set(conn.scalars(sa.select(t.c.name).where(t.c.name.startswith(base, autoescape=True))))
            candidate = base
            if base in taken and not replace:
                candidate = next(_suffixed(base, n) for n in range(2, len(taken) + 3) if _suffixed(base, n) not in taken)
            body = json.dumps({**data, "name": candidate}, sort_keys=False)
            try:
                with self.engine.begin() as conn:
                    values = {"body": body, "format_version": version, "saved_at": now}
                    updated = 0
                    if replace:
                        updated = conn.execute(t.update().where(t.c.name == candidate).values(**values)).rowcount
                    if not updated:
                        conn.execute(t.insert().values(name=candidate, **values))
            except IntegrityError:
                continue  # another session took this name between our look and our write: look again
            return SavedScenario(candidate, now, version, json.loads(body))
        raise StoreError(f"could not find a free name for {base!r}; try another name")

    def rename(self, old: str, new: str) -> SavedScenario:
        new = clean_name(new)
        saved = self.show(old)
        assert saved.data is not None
        t = scenarios_table
        try:
            with self.engine.begin() as conn:
                done = conn.execute(t.update().where(t.c.name == old).values(
                    name=new, body=json.dumps({**saved.data, "name": new}))).rowcount
        except IntegrityError:
            raise StoreError(f"a scenario named {new!r} already exists; pick another name") from None
        if not done:
            raise StoreError(f"no saved scenario named {old!r}")
        return self.show(new)

    def duplicate(self, name: str, new: str | None = None) -> SavedScenario:
        """A copy under ``new`` (default "name (copy)", suffixed if taken)."""
        saved = self.show(name)
        assert saved.data is not None
        return self.save(saved.data, new if new is not None else _copy_name(saved.name))

    def delete(self, name: str) -> None:
        t = scenarios_table
        with self.engine.begin() as conn:
            if not conn.execute(t.delete().where(t.c.name == name)).rowcount:
                raise StoreError(f"no saved scenario named {name!r}")


def _copy_name(name: str) -> str:
    base = re.sub(r" \(\d+\)$", "", name)
    return base[: MAX_NAME - len(" (copy)")] + " (copy)"


def _utc(value: datetime) -> datetime:
    # SQLite keeps no time zone; every time this store writes is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
