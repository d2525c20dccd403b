"""Generate mutmut 3.8.1's mutants of only the named modules of estimator/ (the others copied as they are), as the
generation step of ``mutmut run`` does, without its clean run (session 18: 14 minutes, then a Hypothesis deadline) and
without mutating the 30 other modules (session 18: 585 s for all 41 files; session 19: 65 s for 11). Then run the
mutants with scripts/mutation_fork.py.

    nice -n 19 .venv/bin/python scripts/mutation_generate.py formatting legend portfolio ...
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import mutmut.__main__ as mm
from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths, walk_source_files

MODULES = set(sys.argv[1:])


def _one(path: Path) -> tuple[str, str, Exception | None]:
    out = Path("mutants") / path
    out.parent.mkdir(parents=True, exist_ok=True)
    if path.parent.name == "estimator" and path.stem in MODULES and mm.config().should_mutate(path):
        if not out.with_name(out.name + ".meta").exists():
            # a plain copy from a run that did not name this module: newer than the source, so mutmut would take it
            # for up to date and leave it unmutated (session 20)
            out.unlink(missing_ok=True)
        return str(path), "mutated", mm.create_mutants_for_file(path, out).error
    shutil.copy(path, out)
    return str(path), "copied", None


if __name__ == "__main__":
    os.chdir(Path(__file__).resolve().parent.parent)
    start = time.time()
    mm.set_mutant_under_test("mutant_generation")
    os.makedirs("mutants", exist_ok=True)
    copy_src_dir()
    copy_also_copy_files()
    setup_source_paths()
    with Pool(2) as pool:
        for name, what, error in pool.imap_unordered(_one, list(walk_source_files())):
            if what == "mutated" or error:
                print(name, what, error or "", flush=True)
    print(f"done in {time.time() - start:.0f} s")
