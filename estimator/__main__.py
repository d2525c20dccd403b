"""Command line: the dashboard's estimate, headless.

    python -m estimator estimate SCENARIO.json [--price-book data/pricing.csv] > scenario.csv
    python -m estimator export SCENARIO.json --format pptx|xlsx|html|png|svg [--chart buildup] -o FILE

A scenario file is scenario JSON or a tidy CSV with its input rows (what the page downloads), held to the
page's upload rules: ``.json`` or ``.csv``, UTF-8, at most the upload size cap.

Writes the tidy long table (see :mod:`estimator.export`) to standard output:
the inputs (``period`` = ``input``), the run rate, the business case over the
horizon and the Monte Carlo summary.

    python -m estimator compare A.json B.json [...] > comparison.csv
    python -m estimator store list | show NAME | export NAME [--format json|csv|xlsx]

``export`` writes the meeting-room outputs (:mod:`estimator.outputs`): a slide
deck, a workbook with live formulas, an offline HTML report, or one chart as an
image. ``compare`` writes one tidy table for several scenarios (the ``scenario``
column tells them apart); ``store`` reads the saved scenarios the page uses
(:mod:`estimator.store`: ``ESTIMATOR_DATABASE_URL`` or ``ESTIMATOR_DATA_DIR``).
A bad file prints one line, ``error: ...``, to standard error and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .charts import NoChromium
from .estimate import estimate
from .export import to_csv_bytes
from .interchange import scenario_table
from .outputs import CHARTS, FORMATS, export_bytes
from .pricing import DEFAULT_PATH, PriceBookError, load_price_book
from .scenario import InputError, Scenario
from .uncertainty import simulate, tornado
from .uploads import read_scenario_file
from .verdict import cheapest_outsourced


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m estimator", description="Sourcing cost estimator")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("estimate", help="write a scenario's tidy cost table as CSV to standard output")
    run.add_argument("scenario", type=Path, help="scenario JSON file (format in README) or tidy CSV")
    run.add_argument("--price-book", type=Path, default=DEFAULT_PATH, help="price book CSV (default: %(default)s)")
    out = commands.add_parser("export", help="write a slide deck, workbook, HTML report or chart image")
    out.add_argument("scenario", type=Path, help="scenario JSON file (format in README) or tidy CSV")
    out.add_argument("--format", required=True, choices=tuple(FORMATS), help="what to write")
    out.add_argument("--chart", default="buildup", choices=CHARTS, help="the chart, for png and svg")
    out.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    out.add_argument("--price-book", type=Path, default=DEFAULT_PATH, help="price book CSV (default: %(default)s)")
    _add_commands(commands)
    args = parser.parse_args(argv)
    if args.command not in ("estimate", "export"):
        return _run_command(args)
    if args.command == "export" and not args.output.parent.is_dir():
        print(f"error: {args.output}: its folder does not exist", file=sys.stderr)
        return 2
    try:
        book = load_price_book(args.price_book)
        scenario = read_scenario_file(args.scenario, book)
    except (InputError, PriceBookError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "export":
        return _export(scenario, args.format, args.chart, args.output)
    sys.stdout.buffer.write(to_csv_bytes(scenario_table(estimate(scenario), simulate(scenario))))
    sys.stdout.flush()
    return 0


def _export(scenario: Scenario, fmt: str, chart: str, output: Path) -> int:
    est = estimate(scenario)
    rival = cheapest_outsourced(est)  # the tornado the page shows, and the reality check's drivers
    try:
        data = export_bytes(est, simulate(scenario), tornado(scenario, rival.option) if rival else None, fmt, chart)
    except (InputError, NoChromium) as exc:  # a workbook for a contact-volume workload; an image without Chromium
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        output.write_bytes(data)
    except OSError as exc:
        print(f"error: {output}: cannot be written ({exc.strerror})", file=sys.stderr)
        return 2
    return 0


def _add_commands(commands: argparse._SubParsersAction) -> None:
    cmp = commands.add_parser("compare", help="write several scenarios' tidy tables as one CSV")
    cmp.add_argument("scenarios", type=Path, nargs="+", help="scenario JSON files")
    cmp.add_argument("--price-book", type=Path, default=DEFAULT_PATH, help="price book CSV (default: %(default)s)")
    store = commands.add_parser("store", help="read the saved scenarios (the page's store)")
    verbs = store.add_subparsers(dest="verb", required=True)
    verbs.add_parser("list", help="saved scenarios, newest first: saved at, format version, name")
    show = verbs.add_parser("show", help="a saved scenario's JSON")
    show.add_argument("name")
    export = verbs.add_parser("export", help="a saved scenario's JSON, or its tidy table as CSV or XLSX")
    export.add_argument("name")
    export.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    export.add_argument("--price-book", type=Path, default=DEFAULT_PATH, help="price book CSV (default: %(default)s)")


def _run_command(args: argparse.Namespace) -> int:
    """``compare`` and ``store``: short wrappers over :mod:`estimator.compare` and :mod:`estimator.store`."""
    import json

    from .compare import compare, comparison_table
    from .interchange import to_xlsx_bytes
    from .scenario import scenario_from_dict
    from .store import ScenarioStore, StoreError

    out = sys.stdout.buffer
    try:
        if args.command == "compare":
            book = load_price_book(args.price_book)
            scenarios = []
            for path in args.scenarios:
                try:
                    scenarios.append(read_scenario_file(path, book))
                except InputError as exc:
                    field = exc.field if exc.field.startswith(str(path)) else f"{path}: {exc.field}"
                    raise InputError(field, exc.reason) from None
            out.write(to_csv_bytes(comparison_table(compare(scenarios))))
            return 0
        store = ScenarioStore()
        try:
            if args.verb == "list":
                for saved in store.list():
                    out.write(f"{saved.saved_at:%Y-%m-%d %H:%M:%S}Z\tv{saved.format_version}\t{saved.name}\n".encode())
            elif args.verb == "show" or args.format == "json":
                data = store.show(args.name).data
                out.write((json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode())
            else:
                scenario = scenario_from_dict(store.show(args.name).data, load_price_book(args.price_book))
                table = scenario_table(estimate(scenario), simulate(scenario))
                out.write(to_csv_bytes(table) if args.format == "csv" else to_xlsx_bytes(table))
        finally:
            store.close()
    except (InputError, PriceBookError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
