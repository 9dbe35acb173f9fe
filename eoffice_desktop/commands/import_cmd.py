"""`eoffice import`: bring an existing register (CSV or .xlsx) into the office, all or nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.core.importer import guess_mapping, import_register, load_mapping
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.spreadsheet import SpreadsheetError, read_table


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    try:
        table = read_table(Path(args.file))
    except SpreadsheetError as exc:
        print(f"eoffice: {exc}", file=sys.stderr)
        return 1
    mapping = load_mapping(Path(args.mapping)) if args.mapping else guess_mapping(table.headers, args.direction)
    if args.direction and not args.mapping:
        mapping.direction = args.direction
    if args.write_mapping:
        print(mapping.to_json())
        return 0
    missing = [c for c in mapping.columns.values() if c not in table.headers]
    if missing:
        print(f"eoffice: the file has no column named {', '.join(missing)}.", file=sys.stderr)
        return 1
    store = open_store(data_dir_of(args))
    try:
        report = import_register(
            store,
            store.admin_actor(),
            table,
            mapping,
            dry_run=args.dry_run,
            progress=lambda d, t: print(f"\r{d}/{t}", end="", file=sys.stderr),
        )
    finally:
        store.close()
    if report.errors:
        for line, reason in report.errors:
            print(f"line {line}: {reason}")
        print(
            f"Nothing was imported: {len({line for line, _ in report.errors})} row(s) need correcting.", file=sys.stderr
        )
        return 1
    if args.dry_run:
        print(f"All {len(table.rows)} rows are correct; nothing was imported (--dry-run).")
    else:
        print(f"{report.imported} letters imported.")
    return 0


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    command = sub.add_parser("import", help="import an existing register from CSV or .xlsx (all or nothing)")
    add_data_dir(command)
    command.add_argument("file", help="the register: .csv or .xlsx, first row = column titles")
    command.add_argument("--mapping", help="JSON file saying which column holds which field (see docs/import.md)")
    command.add_argument("--direction", choices=["in", "out"], default="in", help="register of the rows")
    command.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    command.add_argument("--write-mapping", action="store_true", help="print the guessed mapping as JSON and stop")
    command.set_defaults(func=lambda args: _run(args, data_dir_of))
