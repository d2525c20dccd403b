"""Write tests/durations.json from a JUnit XML report of a whole run: each test file's seconds, for the suite's order.

    bash scripts/test.sh --junitxml=/tmp/run.xml
    .venv/bin/python scripts/durations.py /tmp/run.xml

tests/conftest.py runs the longest files first from these figures (_longest_files_first there says why). Files, not
tests: a file's tests run together (its module fixtures are set up once), and a renamed test does not drop out.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "durations.json"


def path(case: ET.Element) -> str:
    """The file of a JUnit ``testcase`` as pytest's node ids write it: ``tests.test_x`` is ``tests/test_x.py``."""
    return f"{case.get('classname', '').replace('.', '/')}.py"


def main(report: str) -> None:
    seconds: dict[str, float] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        file = path(case)
        seconds[file] = seconds.get(file, 0.0) + float(case.get("time", 0))
    OUT.write_text(json.dumps({k: round(v, 1) for k, v in sorted(seconds.items())}, indent=0) + "\n")
    print(f"{OUT}: {len(seconds)} files, {sum(seconds.values()):.0f} test-seconds in all")


if __name__ == "__main__":
    main(sys.argv[1])
