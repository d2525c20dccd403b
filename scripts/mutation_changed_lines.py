"""The mutants (of mutants/, made by mutmut 3.8.1) whose mutated line is new or changed since commit BASE: each
mutant's function is compared with its original, both read from their ``def`` line in mutants/estimator/*.py (the
``.spans`` files start two lines early in these runs), against the lines ``git diff -U0 BASE HEAD -- estimator/``
adds. Prints the names, one a line; the count and the functions go to stderr. Sessions 18 (dfdf9d9), 19 (4caf26f)
and 20 (05269ca).

    .venv/bin/python scripts/mutation_changed_lines.py 4caf26f > /tmp/picked.txt
"""

from __future__ import annotations

import ast
import difflib
import json
import pathlib
import re
import subprocess
import sys

BASE = sys.argv[1]
diff = subprocess.run(["git", "diff", "-U0", BASE, "HEAD", "--", "estimator/", ":!estimator/charts.py"],
                      capture_output=True, text=True, check=True).stdout
added: dict[str | None, set[int]] = {}
current: str | None = None
for line in diff.splitlines():
    if line.startswith("+++ "):
        current = line[6:] if line != "+++ /dev/null" else None
        added.setdefault(current, set())
    hunk = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
    if hunk and current:
        first, count = int(hunk.group(1)), int(hunk.group(2) or 1)
        added[current].update(range(first, first + count))


def _def_line(lines: list[str], key: str, near: int) -> int:
    for d in range(max(0, near - 6), near + 6):
        if re.match(rf"\s*(async )?def {re.escape(key)}\(", lines[d]):
            return d
    raise SystemExit(f"no def line for {key}")


picked: list[str] = []
total, functions = 0, set()
for path, lines in sorted((p, ls) for p, ls in added.items() if p and ls):
    module = path[:-3].replace("/", ".")
    tree = ast.parse(pathlib.Path(path).read_text())
    defs = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            defs["x_" + node.name] = node
        if isinstance(node, ast.ClassDef):
            defs |= {f"xǁ{node.name}ǁ{sub.name}": sub for sub in node.body
                     if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef))}
    spans_file = pathlib.Path("mutants/" + path + ".spans")
    if not spans_file.exists():
        print("no mutants of", path, file=sys.stderr)
        continue
    spans = json.loads(spans_file.read_text())["spans"]
    mutated = pathlib.Path("mutants/" + path).read_text().splitlines()
    for key, (start, _) in spans.items():
        function, _, number = key.rpartition("__mutmut_")
        node = defs.get(function)
        if number == "orig" or node is None or not set(range(node.lineno, node.end_lineno + 1)) & lines:
            continue
        functions.add(f"{module}.{function}")
        total += 1
        length = node.end_lineno - node.lineno + 1
        o = _def_line(mutated, function + "__mutmut_orig", spans[function + "__mutmut_orig"][0])
        m = _def_line(mutated, key, start)
        changed = set()
        # the def line names the mutant, so read it with the original's name: else every mutant of a function
        # whose def line changed (a new parameter) was picked, whatever line it mutated
        mine = [mutated[m].replace(key, function + "__mutmut_orig", 1), *mutated[m + 1:m + length]]
        for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, mutated[o:o + length], mine,
                                                         autojunk=False).get_opcodes():
            if tag != "equal":
                changed.update(range(i1, max(i2, i1 + 1)))
        if {node.lineno + i for i in changed if i > 0} & lines or (0 in changed and node.lineno in lines):
            picked.append(f"{module}.{key}")
print(len(picked), "of", total, "mutants of", len(functions), "functions", file=sys.stderr)
print(*sorted(functions), sep="\n", file=sys.stderr)
print("\n".join(sorted(picked)))
