#!/usr/bin/env bash
# Mutation testing of estimator/ with mutmut (configured in pyproject.toml, [tool.mutmut]): every small change
# mutmut makes to the model should make some test fail. Not part of scripts/test.sh: it takes hours for all of
# estimator/ (about 13,000 mutants on two cores), so a random sample gives the score in the time one has.
#   bash scripts/mutate.sh                   every mutant (reuses results of mutants whose code and tests did
#                                            not change)
#   bash scripts/mutate.sh --sample 600      a random sample of 600 mutants of estimator/ (--seed S picks
#                                            another sample; the same seed, the same sample)
#   bash scripts/mutate.sh --names FILE      only the mutants named in FILE, one a line (the scored sample is
#                                            scripts/mutation-sample.txt: a seed draws another sample once the
#                                            list of mutants changes, so the scored names are kept in a file)
#   bash scripts/mutate.sh --fresh ...       throw away earlier results first
#   bash scripts/mutate.sh model projection  only these modules of estimator/ (with --sample: a sample of them)
# Each mutant runs only the tests that reached its function in the clean run.
# Then: .venv/bin/mutmut results (survivors), .venv/bin/mutmut show NAME (the diff of one mutant).
# MUTATION_RUN makes the property tests draw a fifth of their examples (tests/strategies.py, examples()) and
# leaves out the page and browser tests (tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
sample=0; seed=7; names_file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) rm -rf mutants; shift ;;
    --sample) sample=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --names) names_file=$2; shift 2 ;;
    *) break ;;
  esac
done
export MUTATION_RUN=1
pattern="^estimator\\.$( [ $# -gt 0 ] && printf '%s|' "$@" | sed 's/|$//; s/^/(/; s/$/)/' || echo '[a-z_]+')\\."
start=$(date +%s); commit=$(git rev-parse --short HEAD)$(git diff --quiet -- estimator tests || echo " with uncommitted changes")
names=()
if [ -n "$names_file" ]; then
  mapfile -t names < <(grep -v '^#' "$names_file" | grep .)
  echo "mutate.sh: the ${#names[@]} mutants named in $names_file"
  .venv/bin/mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "${names[@]}" || true
elif [ "$sample" -gt 0 ]; then
  # Generate the mutants and collect which tests reach which function, checking no mutant ("zz" matches none).
  .venv/bin/mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "estimator.zz_no_mutant*" > /dev/null 2>&1 || true
  mapfile -t names < <(.venv/bin/mutmut results --all true | sed 's/^ *//; s/:.*//' | grep -E "$pattern" \
    | .venv/bin/python -c "import random, sys; names = sys.stdin.read().split(); random.Random($seed).shuffle(names); print('\n'.join(sorted(names[:$sample])))")
  echo "mutate.sh: a random $sample (seed $seed) of the mutants matching $pattern"
  .venv/bin/mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "${names[@]}" || true
else
  globs=(); for module in "$@"; do globs+=("estimator.$module.*"); done
  .venv/bin/mutmut run --max-children "${MUTMUT_CHILDREN:-2}" "${globs[@]}" || true
fi
echo
echo "mutate.sh: $(( $(date +%s) - start )) s on $commit"
.venv/bin/mutmut results --all true | sed 's/^ *//' | grep -E "$pattern" \
  | { if [ ${#names[@]} -gt 0 ]; then grep -F -f <(printf '%s:\n' "${names[@]}"); else cat; fi; } \
  | awk '{print $NF}' | sort | uniq -c | awk '
  {n[$2] = $1; total += $1}
  END {
    killed = n["killed"] + n["timeout"] + n["segfault"]
    printf "mutate.sh: %d mutants: %d killed (%d by timeout), %d survived, %d with no test, %d not checked\n",
           total, killed, n["timeout"], n["survived"], n["tests"], n["checked"]
    if (total - n["checked"] > 0) printf "mutate.sh: score %.1f%% killed of those checked\n", 100 * killed / (total - n["checked"])
  }'
