"""One setting for the server process: glibc's allocator keeps the Monte Carlo's freed arrays for the next run.

A slider move on the Estimate page builds a few dozen arrays of 10,000 draws × the horizon's months (4.8 MB each
over five years) and frees them. glibc's malloc serves a block that large from pages mapped for it alone (mmap,
above its threshold) and gives them back to the kernel when it is freed, so every run's arrays fault their pages in
afresh, each page zeroed by the kernel: measured, about 3,000 page faults a slider move and some 11 ms of the script
run's CPU (README, "Speed in the browser"). With the mmap threshold raised to 32 MiB (the most glibc takes on a
64-bit machine) such arrays come from the allocator's heap, and with a trim threshold of 32 MiB up to that much
freed memory stays at the heap's top for the next run instead of going back to the kernel: about 40 faults a move.
The cost is memory held between runs: 20-40 MB more resident in the load runs.

Written here, with ctypes, because no library in use does it: numpy asks malloc for its data directly (its own
cache keeps only blocks under 1 KB), and Python's allocator serves only small objects. jemalloc or mimalloc
would do it for the whole process, but only preloaded (LD_PRELOAD) before the server starts, which
``streamlit run dashboard.py`` alone does not do; the same goes for glibc's ``GLIBC_TUNABLES``. Elsewhere than
glibc (macOS, musl) nothing is changed.
"""

from __future__ import annotations

import ctypes
import platform
from functools import cache

# mallopt(3) parameters, from glibc's malloc.h
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MIB = 2**20
MMAP_THRESHOLD = 32 * MIB  # glibc's largest on 64-bit (half its 64 MiB heap size); larger is refused
TRIM_THRESHOLD = 32 * MIB  # the least that kept a run's freed arrays: at 16 MiB the next run faulted as before


@cache
def keep_freed_memory() -> bool:
    """Set both thresholds once for the process; True where glibc took them."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return False
    # mallopt returns 1 on success, 0 for a value it refuses; both are set whatever the other's answer
    mmap_set = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    trim_set = libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
    return mmap_set and trim_set
