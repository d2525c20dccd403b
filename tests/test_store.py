"""The scenario store on SQLite and on PostgreSQL: save, list, rename, duplicate, delete, concurrent
saves, a restart, and scenarios saved by an older format.

PostgreSQL comes from ESTIMATOR_TEST_DATABASE_URL (scripts/test.sh starts a throwaway server); without
one the PostgreSQL cases are skipped locally, and fail in CI (CI=true), where they must run.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from estimator.migrations import FORMAT_VERSION
from estimator.scenario import Scenario, scenario_from_dict, scenario_to_dict
from estimator.store import ScenarioStore, StoreError, default_url, safe_url, scenarios_table

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("ESTIMATOR_TEST_DATABASE_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the store tests on PostgreSQL: set ESTIMATOR_TEST_DATABASE_URL (scripts/test.sh does)")
        pytest.skip("no PostgreSQL server (scripts/test.sh starts one)")
    url = _worker_database(PG_URL)
    engine = sa.create_engine(url)
    scenarios_table.drop(engine, checkfirst=True)  # each test starts from an empty store
    engine.dispose()
    return url


def _worker_database(url: str) -> str:
    """Under pytest-xdist, a database of this worker's own on the test server (each test drops its table, so
    two workers in one database would empty each other's store mid-test)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    name = f"estimator_{worker}"
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as db:
        if not db.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar():
            db.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def store(url: str):
    s = ScenarioStore(url)
    yield s
    s.close()


def _data(name: str = "Plan A", fte: float = 10) -> dict:
    return {"format_version": FORMAT_VERSION, "name": name, "function": "Customer service", "workload": {"fte": fte}}


def test_save_show_list(store: ScenarioStore) -> None:
    saved = store.save(_data("Plan A"))
    assert saved.name == "Plan A" and saved.format_version == FORMAT_VERSION
    assert store.show("Plan A").data == _data("Plan A")
    store.save(_data("Plan B", 20))
    assert store.names() == ["Plan B", "Plan A"]  # newest first


def test_a_taken_name_gets_the_next_free_suffix(store: ScenarioStore) -> None:
    store.save(_data("Plan"))
    assert store.save(_data("Plan", 11)).name == "Plan (2)"
    assert store.save(_data("Plan", 12)).name == "Plan (3)"
    # The JSON's own name follows the name it was saved under.
    assert store.show("Plan (3)").data["name"] == "Plan (3)"
    assert store.show("Plan").data["workload"] == {"fte": 10}


def test_replace_overwrites_in_place(store: ScenarioStore) -> None:
    store.save(_data("Plan", 10))
    store.save(_data("Plan", 30), replace=True)
    assert store.names() == ["Plan"]
    assert store.show("Plan").data["workload"] == {"fte": 30}


def test_rename_duplicate_delete(store: ScenarioStore) -> None:
    store.save(_data("Plan A"))
    store.save(_data("Plan B", 20))
    assert store.rename("Plan A", "Plan C").data["name"] == "Plan C"
    with pytest.raises(StoreError, match="'Plan B' already exists"):
        store.rename("Plan C", "Plan B")
    assert store.duplicate("Plan B").name == "Plan B (copy)"
    assert store.duplicate("Plan B").name == "Plan B (copy) (2)"
    assert store.show("Plan B (copy)").data["workload"] == {"fte": 20}
    store.delete("Plan C")
    assert sorted(store.names()) == ["Plan B", "Plan B (copy)", "Plan B (copy) (2)"]
    with pytest.raises(StoreError, match="no saved scenario named 'Plan C'"):
        store.delete("Plan C")
    with pytest.raises(StoreError, match="no saved scenario named 'nope'"):
        store.show("nope")


@pytest.mark.parametrize("name", ["", "   ", "x" * 201, None, 3])
def test_bad_names_are_refused(store: ScenarioStore, name) -> None:
    with pytest.raises(StoreError, match="name: must be text of 1 to 200 characters"):
        store.save({"function": "x"}, name)


def test_suffix_keeps_the_name_within_200_characters(store: ScenarioStore) -> None:
    store.save(_data("n" * 200))
    assert store.save(_data("n" * 200)).name == "n" * 196 + " (2)"


def test_names_with_like_wildcards_are_literal(store: ScenarioStore) -> None:
    # "50%_plan" must not count "50xxplan" as taken (the name lookup escapes % and _).
    store.save(_data("50xyplan"))
    assert store.save(_data("50%_plan")).name == "50%_plan"


def test_concurrent_saves_under_one_name_lose_nothing(store: ScenarioStore, url: str) -> None:
    # 4 sessions (threads, each its own store) save 8 scenarios each, all named "Clash": 32 rows,
    # 32 different names, each body the one its session wrote.
    errors: list[BaseException] = []

    def session(k: int) -> None:
        s = ScenarioStore(url)
        try:
            for i in range(8):
                s.save(_data("Clash", 100 * k + i))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=session, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    names = store.names()
    assert len(names) == 32 and len(set(names)) == 32
    assert {"Clash", "Clash (32)"} <= set(names)
    workloads = sorted(store.show(n).data["workload"]["fte"] for n in names)
    assert workloads == sorted(100 * k + i for k in range(4) for i in range(8))


def _process_session(url: str, k: int) -> None:
    s = ScenarioStore(url)
    for i in range(5):
        s.save(_data(f"Proc {i}", 10 * k + i))
    s.close()


def test_concurrent_processes_lose_nothing(store: ScenarioStore, url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_process_session, args=(url, k)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    names = store.names()
    # Each "Proc i" was saved twice, once by each process: 10 rows, "Proc i" and "Proc i (2)".
    assert sorted(names) == sorted([f"Proc {i}" for i in range(5)] + [f"Proc {i} (2)" for i in range(5)])


def test_survives_a_restart(url: str, book) -> None:
    first = ScenarioStore(url)
    data = scenario_to_dict(Scenario("Customer service", 12, name="Kept"))
    first.save(data)
    first.close()  # the server stops: every connection closed
    second = ScenarioStore(url)
    saved = second.show("Kept")
    second.close()
    assert saved.data == data
    assert scenario_from_dict(saved.data, book) == Scenario("Customer service", 12, name="Kept",
                                                              bpo=scenario_from_dict(data, book).bpo)


def test_a_scenario_saved_by_format_1_still_loads(store: ScenarioStore, book) -> None:
    # a file written before versions were recorded: no format_version, so version 1
    old = {"name": "Customer service, 10 agents", "function": "Customer service", "currency": "USD",
           "workload": {"fte": 10}}
    saved = store.save(old, "Old file")
    assert saved.format_version == 1
    scenario = scenario_from_dict(store.show("Old file").data, book)
    assert scenario.function == "Customer service"
    assert scenario_to_dict(scenario)["format_version"] == FORMAT_VERSION


def test_the_default_store_is_sqlite_under_the_data_dir(tmp_path: Path) -> None:
    assert default_url({"ESTIMATOR_DATA_DIR": str(tmp_path)}) == f"sqlite:///{tmp_path / 'scenarios.sqlite3'}"
    assert default_url({"ESTIMATOR_DATABASE_URL": "postgresql://u:p@h/db"}) == "postgresql://u:p@h/db"
    assert default_url({}).endswith("data/local/scenarios.sqlite3")


def test_a_printed_url_hides_the_password() -> None:
    assert safe_url("postgresql+psycopg://analyst:s3cret@db.example:5432/est") == \
        "postgresql+psycopg://analyst:***@db.example:5432/est"
