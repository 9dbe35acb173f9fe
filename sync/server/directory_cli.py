"""`eoffice-server admin` commands for the national directory of offices and the holiday calendar: what the
e-Government Center's IT staff type (README, "Maintaining the directory")."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from sync.server import directory
from sync.server.directory import DirectoryError
from sync.server.directory_import import check_offices, import_holidays, import_offices
from sync.server.models import ServerOffice

Command = Callable[[Session, argparse.Namespace], None]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DirectoryError(f"'{text}' is not a date written as YYYY-MM-DD.") from None


def _line(office: ServerOffice) -> str:
    state = "" if office.status == "active" else f"\t[{office.status}]"
    return f"{office.code}\t{office.kind}\t{office.name_lo}\t{office.name_en}{state}"


def offices(s: Session, args: argparse.Namespace) -> None:
    found = directory.list_offices(s, args.search or "", args.kind or "", args.closed)
    for office in found:
        print(_line(office))
    print(f"{len(found)} offices; directory version {directory.current_version(s)}.")


def show(s: Session, args: argparse.Namespace) -> None:
    view = directory.show(s, args.code)
    office = view.office
    print(_line(office))
    print(f"  id {office.id}; parent {view.parent_code or '-'}; province {view.province_code or '-'}")
    if office.merged_into:
        target = s.get(ServerOffice, office.merged_into)
        print(f"  merged into {target.code if target else office.merged_into}")
    print(f"  enrolled: {'yes' if office.event_office_id else 'no (letters to it go on paper)'}")
    for row in view.history:
        note = f" ({row.note})" if row.note else ""
        print(f"  {row.at:%Y-%m-%d %H:%M}\t{row.action}{note}\t{row.code}\t{row.name_lo}\t{row.name_en}")


def rename(s: Session, args: argparse.Namespace) -> None:
    office = directory.rename(s, args.code, args.name_lo, args.name_en, args.new_code)
    print(f"{office.code} is now {office.name_lo} / {office.name_en}; the former names stay in its history.")


def move(s: Session, args: argparse.Namespace) -> None:
    if not args.parent and not args.top:
        raise DirectoryError("Give --parent CODE, or --top for an office under no other.")
    office = directory.move(s, args.code, None if args.top else args.parent)
    print(f"{office.code} moved {'to the top' if args.top else 'under ' + args.parent}.")


def merge(s: Session, args: argparse.Namespace) -> None:
    office = directory.merge(s, args.duplicate, args.into)
    print(f"{office.code} merged into {args.into}: letters addressed to it go there from now on.")


def close(s: Session, args: argparse.Namespace) -> None:
    office = directory.close(s, args.code, args.note or "")
    print(f"{office.code} closed; it stays in the directory for the letters that name it.")


def import_csv(s: Session, args: argparse.Namespace) -> None:
    if args.check:
        print(f"{len(check_offices(s, Path(args.file)))} offices checked; nothing was imported (--check).")
        return
    count = import_offices(s, Path(args.file))
    print(f"{count} offices imported; directory version {directory.current_version(s)}. PCs receive them at sync.")


def holidays(s: Session, args: argparse.Namespace) -> None:
    for row in directory.holidays(s, args.year):
        print(f"{row.day.isoformat()}\t{row.name_lo}\t{row.name_en}")


def holiday_add(s: Session, args: argparse.Namespace) -> None:
    changed = directory.set_holidays(s, [(_day(args.day), args.name_lo, args.name_en)])
    print(f"Public holiday {args.day} {'kept' if changed else 'was already so'}; PCs receive it at sync.")


def holiday_remove(s: Session, args: argparse.Namespace) -> None:
    directory.remove_holiday(s, _day(args.day))
    print(f"{args.day} is no longer a public holiday; PCs learn it at sync.")


def holidays_import(s: Session, args: argparse.Namespace) -> None:
    print(f"{import_holidays(s, Path(args.file))} public holidays added or renamed.")


COMMANDS = (  # each also takes --data-dir and --database after its name
    "offices",
    "office-show",
    "office-rename",
    "office-move",
    "office-merge",
    "office-close",
    "directory-import",
    "holidays",
    "holiday-add",
    "holiday-remove",
    "holidays-import",
)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The directory's commands beside the other `admin` commands; each runs in one transaction."""

    def command(name: str, run: Command, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        parser.set_defaults(directory_command=run)
        return parser

    listing = command("offices", offices, "list the directory's offices")
    listing.add_argument("--search", help="part of a code or name")
    listing.add_argument("--kind", choices=directory.KINDS)
    listing.add_argument("--closed", action="store_true", help="also closed and merged offices")
    command("office-show", show, "an office with its history").add_argument("code")
    renamed = command("office-rename", rename, "new names or code (the old ones stay in the history)")
    renamed.add_argument("code")
    renamed.add_argument("--name-lo")
    renamed.add_argument("--name-en")
    renamed.add_argument("--new-code")
    moved = command("office-move", move, "put an office under another parent")
    moved.add_argument("code")
    moved.add_argument("--parent", help="code of the new parent office")
    moved.add_argument("--top", action="store_true", help="under no other office")
    merged = command("office-merge", merge, "merge a duplicate into the office it repeats")
    merged.add_argument("duplicate", help="code of the duplicate")
    merged.add_argument("--into", required=True, help="code of the office it repeats")
    closed = command("office-close", close, "close a dissolved office (kept for its letters)")
    closed.add_argument("code")
    closed.add_argument("--note", help="why, e.g. the decree that dissolved it")
    imported = command("directory-import", import_csv, "add offices from a CSV file (docs/directory.md)")
    imported.add_argument("file")
    imported.add_argument("--check", action="store_true", help="only check the file")
    command("holidays", holidays, "list the public holidays").add_argument("--year", type=int)
    added = command("holiday-add", holiday_add, "add or rename a public holiday")
    added.add_argument("day", help="YYYY-MM-DD")
    added.add_argument("--name-lo", required=True)
    added.add_argument("--name-en", default="")
    command("holiday-remove", holiday_remove, "remove a public holiday").add_argument("day", help="YYYY-MM-DD")
    command(
        "holidays-import", holidays_import, "add public holidays from a CSV file (day,name_lo,name_en)"
    ).add_argument("file")
