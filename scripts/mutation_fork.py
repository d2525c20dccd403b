"""A pytest plugin that runs named mutmut 3.8.1 mutants the way mutmut does (MUTANT_UNDER_TEST and the trampolines of
mutants/), but collects the tests once and forks a child per mutant, two at a time: session 18's clean run of
``mutmut run`` took 14 minutes for a fifth of the tests on the loaded machine, then stopped on a Hypothesis
deadline, and each mutant run as its own pytest process spent some 35 s starting up.

Each child runs its mutant's group of test files (``FORKRUN_GROUPS``: a Python file defining ``group(name)``, the
files in order, e.g. scripts/mutation_groups_s18.py) and stops at the first failing test; unlike mutmut, it runs
every test of the group, not only those that called the function in a clean run (a test reading a module fixture
built by the first test counts too). A line per mutant goes to ``FORKRUN_OUT``: name, killed or survived, seconds,
the failing test. ``FORKRUN_STOP`` (seconds since the epoch, e.g. ``$(date -d 06:05 +%s)``) is a hard stop: no mutant
starts after it, those running finish. Run from mutants/ after ``mutmut run`` has generated them, with every group's
files named:

    cd mutants && MUTATION_RUN=1 PY_IGNORE_IMPORTMISMATCH=1 FORKRUN_NAMES=../scripts/mutation-changed-s18.txt \\
      FORKRUN_OUT=/tmp/out.tsv FORKRUN_GROUPS=../scripts/mutation_groups_s18.py PYTHONPATH=../scripts \\
      nice -n 19 ../.venv/bin/python -m pytest -q -p mutation_fork -p no:cacheprovider -p no:randomly \\
      --hypothesis-profile=mutmut -k "not png and not cli and not real_command and not quick_run" tests/...
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from _pytest.runner import runtestprotocol


def _child(name: str, items: list, group) -> str:
    files = group(name)
    mine = sorted((it for it in items if it.nodeid.split("::")[0] in files),
                  key=lambda it: files.index(it.nodeid.split("::")[0]))
    os.environ["MUTANT_UNDER_TEST"] = name
    signal.alarm(int(os.environ.get("FORKRUN_TIMEOUT", "600")))
    start = time.time()
    for i, item in enumerate(mine):
        reports = runtestprotocol(item, nextitem=mine[i + 1] if i + 1 < len(mine) else None, log=False)
        bad = [r for r in reports if r.failed]
        if bad:
            message = str(bad[0].longrepr).strip().splitlines()[-1][:200] if bad[0].longrepr else ""
            return f"{name}\tkilled\t{time.time() - start:.0f}s\t{item.nodeid}\t{message}"
    return f"{name}\tsurvived\t{time.time() - start:.0f}s\t{len(mine)} tests\t"


def pytest_runtestloop(session):
    if session.testsfailed or session.config.option.collectonly:
        return None
    namespace: dict = {}
    exec(Path(os.environ["FORKRUN_GROUPS"]).read_text(), namespace)  # the run's own groups file
    lines = Path(os.environ["FORKRUN_NAMES"]).read_text().splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    children = int(os.environ.get("FORKRUN_CHILDREN", "2"))
    # FORKRUN_STOP (seconds since the epoch): no mutant starts after it; those running finish and are written
    stop = float(os.environ.get("FORKRUN_STOP", "inf"))
    running: dict[int, tuple[str, int]] = {}
    while names or running:
        if time.time() >= stop:
            names = []
        if not running and not names:
            break
        while names and len(running) < children:
            name = names.pop(0)
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                try:
                    line = _child(name, session.items, namespace["group"])
                except BaseException as exc:  # outside a test: the alarm, a broken fixture
                    line = f"{name}\terror\t\t\t{type(exc).__name__}: {exc}"[:300]
                os.write(write_end, (line + "\n").encode())
                os._exit(0)
            os.close(write_end)
            running[pid] = (name, read_end)
        pid, status = os.wait()
        name, read_end = running.pop(pid)
        data = b""
        while chunk := os.read(read_end, 65536):
            data += chunk
        os.close(read_end)
        with open(os.environ["FORKRUN_OUT"], "a") as out:
            print(data.decode().strip() or f"{name}\ttimeout-or-crash\t\t\tstatus {status}", file=out, flush=True)
    return True
