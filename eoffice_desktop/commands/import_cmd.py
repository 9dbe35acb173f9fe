"""`eoffice import`: bring an existing register (CSV or .xlsx) into the office, all or nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.core.office import SetupError, open_store
from eoffice_desktop.core.registry.importer import FIELDS, MappingError, guess_mapping, import_register, load_mapping
from eoffice_desktop.core.registry.spreadsheet import SpreadsheetError, read_table


def _fail(message: str) -> int:
    print(f"eoffice: {message}", file=sys.stderr)
    return 1


def _progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print(f"\rchecking and importing: {done}/{total} rows", end=end, file=sys.stderr, flush=True)


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    root = data_dir_of(args)  # a folder with no office is refused before the file is read
    try:
        table = read_table(Path(args.file), sheet=args.sheet)
        mapping = load_mapping(Path(args.mapping)) if args.mapping else guess_mapping(table.headers)
    except (SpreadsheetError, MappingError) as exc:
        return _fail(str(exc))
    if args.direction:  # said on the command line: wins over the mapping file
        mapping.direction = args.direction
    if args.write_mapping:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        print(mapping.to_json())
        unmapped = [h for h in table.headers if h not in mapping.columns.values()]
        if unmapped:
            print(f"Columns not recognised (left out): {', '.join(unmapped)}", file=sys.stderr)
        print(f"Fields: {', '.join(FIELDS)}", file=sys.stderr)
        return 0
    if not mapping.columns:
        return _fail(
            f"no column of the file was recognised (its columns: {', '.join(table.headers)}). Name the columns as in "
            "docs/import.md, or give a mapping file with --mapping (--write-mapping prints one to start from)."
        )
    needed = mapping.unmapped_needed()
    if needed and not args.mapping:
        return _fail(
            f"no column was recognised as {' or '.join(needed)} (the file's columns: {', '.join(table.headers)}). "
            "Give a mapping file with --mapping (--write-mapping prints the guess to start from)."
        )
    missing = mapping.missing_columns(table)
    if missing:
        return _fail(f"the file has no column named {', '.join(missing)} (its columns: {', '.join(table.headers)}).")
    store = open_store(root)
    try:
        try:
            actor = store.admin_actor()
        except SetupError as exc:
            return _fail(f"{exc} Set up the office first (start the app once).")
        report = import_register(store, actor, table, mapping, dry_run=args.dry_run, progress=_progress)
    finally:
        store.close()
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if report.errors:
        for line, reason in report.errors:
            print(f"line {line}: {reason}")
        print(f"Nothing was imported: {len(report.bad_lines)} row(s) need correcting.", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"All {report.rows} rows are correct; nothing was imported (--dry-run).")
    else:
        added = (
            f"; {report.organisations_added} new organisations in the address book"
            if report.organisations_added
            else ""
        )
        print(f"{report.imported} letters imported{added}.")
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    command = sub.add_parser(
        "import",
        help="import an existing register from CSV or .xlsx (all or nothing)",
        description="Import an existing register. Every bad row is printed as 'line N: reason' and then nothing is "
        "imported (exit status 1); otherwise all rows are imported in one transaction (exit status 0).",
    )
    add_data_dir(command)
    command.add_argument("file", help="the register: .csv or .xlsx, first non-empty row = column titles")
    command.add_argument("--mapping", help="JSON file saying which column holds which field (see docs/import.md)")
    command.add_argument(
        "--direction", choices=["in", "out"], help="register of the rows (default: the mapping's, or in)"
    )
    command.add_argument("--sheet", help="the sheet of an .xlsx file to read (default: the first)")
    command.add_argument("--dry-run", action="store_true", help="check every row against the register, import nothing")
    command.add_argument("--write-mapping", action="store_true", help="print the guessed mapping as JSON and stop")
    command.set_defaults(func=lambda args: _run(args, data_dir_of))
