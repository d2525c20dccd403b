# Sourced by scripts/run.sh and scripts/test.sh: make .venv (once) and install a requirements file into it.
# uv (pinned in requirements-setup.txt) installs the pinned requirements in a few seconds where pip took about a
# minute on a fresh clone: CI makes a new .venv on every run, inside its 10 minutes. uv does not read pip's
# configuration (a private index in pip.conf, say), so where uv cannot install, pip does, as before.
# Usage: install_requirements requirements.txt
#
# Python's bytecode cache stays on for what these scripts start, whatever the environment says: with
# PYTHONDONTWRITEBYTECODE set (this project's CI machines set it) nothing is ever cached, uv installs no .pyc, and every
# Python process compiled streamlit, plotly and pandas from source: 5.9 CPU-seconds to import them against 1.6 with the
# cache, and collecting the test suite 21.7 against 7.2. A test run starts about forty Python processes (its workers,
# the dashboard servers the browser tests and benchmarks drive, the command-line tests). The cache is written where
# Python writes it by default: .venv and __pycache__/ folders, both ignored by git.
unset PYTHONDONTWRITEBYTECODE
install_requirements() {
  if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
  if .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-setup.txt \
      && .venv/bin/python -m uv pip install --quiet --python .venv/bin/python -r "$1"; then
    return 0
  fi
  echo "venv.sh: uv could not install $1; installing it with pip instead" >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$1"
}
