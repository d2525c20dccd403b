#!/usr/bin/env bash
# Mutation testing of estimator/ with mutmut (configured in pyproject.toml, [tool.mutmut]): every small change
# mutmut makes to the model should make some test fail. Not part of scripts/test.sh: it takes tens of minutes.
#   bash scripts/mutate.sh          run (reuses results of mutants whose code and tests did not change)
#   bash scripts/mutate.sh --fresh  throw away earlier results first
#   bash scripts/mutate.sh model projection   only these modules of estimator/ (all their mutants are rerun);
#                                   each mutant runs only the tests that reached its function in the clean run
# Then: .venv/bin/mutmut results (survivors), .venv/bin/mutmut show NAME (the diff of one mutant).
# MUTATION_RUN makes the property tests draw a fifth of their examples (tests/strategies.py, examples()).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
if [ "${1:-}" = "--fresh" ]; then rm -rf mutants; shift; fi
globs=(); for module in "$@"; do globs+=("estimator.$module.*"); done
start=$(date +%s); commit=$(git rev-parse --short HEAD)$(git diff --quiet -- estimator tests || echo " with uncommitted changes")
MUTATION_RUN=1 .venv/bin/mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "${globs[@]}" || true
echo
echo "mutate.sh: $(( $(date +%s) - start )) s on $commit"
.venv/bin/mutmut results --all true | grep -E "$( [ $# -gt 0 ] && printf '%s|' "$@" | sed 's/|$//; s/^/estimator\\.(/; s/$/)\\./' || echo .)" \
  | awk '{print $NF}' | sort | uniq -c | awk '
  {n[$2] = $1; total += $1}
  END {
    killed = n["killed"] + n["timeout"] + n["segfault"]
    printf "mutate.sh: %d mutants: %d killed (%d by timeout), %d survived, %d with no test, %d not checked\n",
           total, killed, n["timeout"], n["survived"], n["tests"], n["checked"]
    if (total - n["checked"] > 0) printf "mutate.sh: score %.1f%% killed of those checked\n", 100 * killed / (total - n["checked"])
  }'
