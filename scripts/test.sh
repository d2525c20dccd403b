#!/usr/bin/env bash
# Set up and run the whole test suite: a virtual environment from requirements-dev.txt (scripts/venv.sh), Debian's
# chromium for the browser tests, LibreOffice Calc (headless, for recalculating the exported
# workbook) and poppler-utils (reading the printed report), each installed with apt-get when missing, a throwaway
# PostgreSQL for the store tests (scripts/postgres.sh), then pytest over tests/,
# the doctests in estimator/ and one pass of each benchmark, in two worker processes. Extra arguments go to pytest.
# pytest exits 5 when no test ran; set -e passes that on, so an empty run fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if ! command -v soffice >/dev/null 2>&1; then
  echo "test.sh: installing Debian's LibreOffice Calc (headless) to recalculate the exported workbook" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "test.sh: installing Debian's poppler-utils to read the printed report (tests/test_report_print_s20.py)" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
fi
source scripts/venv.sh
install_requirements requirements-dev.txt
.venv/bin/ruff check --quiet .
source scripts/postgres.sh
# Two workers (pytest-xdist), one a core. Session 20 took a third: most of the suite's time was browser tests then,
# and while one worker's test waited on its page another's could compute (22 browser tests: 80.5 -> 71.7 s). Since
# session 22's tests share page loads the run is bound by the CPU (both cores 98-99% busy), and the third worker's
# Chromium and server only compete: the whole suite took 621.5 s and 1,238 CPU-s with three workers, 594.9 s and
# 1,074 CPU-s with two (README, Testing). PYTEST_WORKERS=0 runs in one process. Work stealing: a worker that runs out
# of tests takes queued ones from another, so the run does not end with one idle behind a long queue. The fifteen
# slowest tests are listed at the end, to see where the 10 minutes go.
.venv/bin/python -m pytest -n "${PYTEST_WORKERS:-2}" --dist worksteal --durations=15 "$@"
