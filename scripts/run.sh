#!/usr/bin/env bash
# Set up (a virtual environment from requirements.txt) and start the dashboard on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec .venv/bin/python -m streamlit run dashboard.py "$@"
