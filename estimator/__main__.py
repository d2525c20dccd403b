"""Command line: the dashboard's estimate, headless.

    python -m estimator estimate SCENARIO.json [--price-book data/pricing.csv] > scenario.csv
    python -m estimator export SCENARIO.json --format pptx|xlsx|html|png|svg [--chart buildup] -o FILE

Writes the tidy long table (see :mod:`estimator.export`) to standard output:
the run rate, the business case over the horizon and the Monte Carlo summary.
A bad file prints one line, ``error: ...``, to standard error and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .charts import best_option
from .estimate import estimate
from .export import tidy_table, to_csv_bytes
from .outputs import CHARTS, FORMATS, export_bytes
from .pricing import DEFAULT_PATH, PriceBookError, load_price_book
from .scenario import InputError, load_scenario
from .uncertainty import simulate, tornado


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m estimator", description="Sourcing cost estimator")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("estimate", help="write a scenario's tidy cost table as CSV to standard output")
    run.add_argument("scenario", type=Path, help="scenario JSON file (format in README)")
    run.add_argument("--price-book", type=Path, default=DEFAULT_PATH, help="price book CSV (default: %(default)s)")
    out = commands.add_parser("export", help="write a slide deck, workbook, HTML report or chart image")
    out.add_argument("scenario", type=Path, help="scenario JSON file (format in README)")
    out.add_argument("--format", required=True, choices=tuple(FORMATS), help="what to write")
    out.add_argument("--chart", default="buildup", choices=CHARTS, help="the chart, for png and svg")
    out.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    out.add_argument("--price-book", type=Path, default=DEFAULT_PATH, help="price book CSV (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        book = load_price_book(args.price_book)
        try:
            text = args.scenario.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(args.scenario), f"cannot be read ({exc.__class__.__name__})") from None
        scenario = load_scenario(text, book)
    except (InputError, PriceBookError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "export":
        if not args.output.parent.is_dir():
            print(f"error: {args.output}: its folder does not exist", file=sys.stderr)
            return 2
        est = estimate(scenario)
        best = best_option(est)
        swing = tornado(scenario, best.option) if best is not None else None
        data = export_bytes(est, simulate(scenario), swing, args.format, args.chart)
        try:
            args.output.write_bytes(data)
        except OSError as exc:
            print(f"error: {args.output}: cannot be written ({exc.strerror})", file=sys.stderr)
            return 2
        return 0
    sys.stdout.buffer.write(to_csv_bytes(tidy_table(estimate(scenario), simulate(scenario))))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
