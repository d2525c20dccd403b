#!/usr/bin/env bash
# Set up (a virtual environment from requirements.txt) and start the dashboard on http://localhost:8501.
# Extra arguments go to streamlit, e.g. another port: bash scripts/run.sh --server.port 8502
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "run.sh: note: Chromium not found (/usr/bin/chromium). The page works, but the chart image downloads" >&2
  echo "run.sh:       (PNG, SVG) need it: sudo apt-get install chromium" >&2
fi
source scripts/venv.sh
install_requirements requirements.txt
exec .venv/bin/python -m streamlit run dashboard.py "$@"
