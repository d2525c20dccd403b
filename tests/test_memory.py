"""views/memory.py: a large array freed and made again reuses the allocator's memory instead of fresh pages.

Each case runs in a fresh interpreter (mallopt is process-wide, and the test process's own history would decide
what a fresh one does). The count is the kernel's: minor page faults while a second 8 MB array is filled.
An 8 MB array is 2,048 pages of 4 KB; fresh pages fault in one by one (or, where the kernel gives a large array
huge pages, a few 2 MB ones, which is why the check is on reuse, not on a count near 2,048).
"""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the setting is glibc's")

PROBE = """
import resource, sys
import numpy as np
if sys.argv[1] == "set":
    from views.memory import keep_freed_memory
    assert keep_freed_memory()
np.ones(1_048_576).sum()  # 8 MB made and freed, as one Monte Carlo run's array
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
np.ones(1_048_576).sum()  # the next run's array: its pages filled
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    return int(out.stdout)


def test_a_freed_array_is_reused_for_the_next_one():
    # glibc's default maps the second 8 MB block afresh (measured here: 502 faults, the kernel giving part of it as
    # huge pages); with the setting it lands in the first one's freed memory (measured: 0).
    without, with_setting = _faults("default"), _faults("set")
    assert with_setting < 50 <= without, (without, with_setting)
