"""`eoffice backup` and `eoffice restore`: consistent copies of an office, and putting one back."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.core.storage.backup import (
    BackupError,
    list_snapshots,
    make_backup,
    read_snapshot,
    restore,
    verify_snapshot,
    waits_for_server,
)
from eoffice_desktop.core.storage.datadir import DataDir
from eoffice_shared.exits import NOT_FOUND, REFUSED, CommandFailed


def _backup(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    data_dir = DataDir(data_dir_of(args))
    target = Path(args.to) if args.to else data_dir.backups / "manual"
    if args.to and not target.is_dir() and not target.parent.is_dir():
        raise CommandFailed(
            f"The folder {target.parent} does not exist (is the drive plugged in?). Give --to on an existing drive.",
            NOT_FOUND,
        )
    if args.list:
        for snap in list_snapshots(target):
            print(f"{snap.path}\t{snap.created:%Y-%m-%d %H:%M}\t{snap.kind}\t{snap.letters} letters")
        return 0
    try:
        snap = make_backup(data_dir, target, "manual")
    except BackupError as exc:
        print(f"eoffice: {exc}", file=sys.stderr)
        return 1
    print(f"Backup written: {snap.path} ({snap.letters} letters, {len(snap.blobs)} attachment files)")
    return 0


def _restore(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    data_dir = DataDir(data_dir_of(args))
    if not Path(args.backup).is_dir():
        raise CommandFailed(f"There is no backup folder {args.backup}. Give the folder eoffice-YYYYmmdd-...", NOT_FOUND)
    try:
        snap = read_snapshot(Path(args.backup))
        problems = verify_snapshot(snap)
    except (BackupError, OSError, ValueError, KeyError) as exc:
        print(f"eoffice: {exc}", file=sys.stderr)
        return REFUSED
    if problems:
        # Checked before the question: a damaged backup is refused without ever offering to replace the office.
        print(f"eoffice: this backup cannot be restored: {'; '.join(problems)}. Nothing was changed.", file=sys.stderr)
        return REFUSED
    print(
        f"This replaces the office data in {data_dir.root} with the backup of {snap.created:%Y-%m-%d %H:%M} "
        f"({snap.letters} letters). The current data is kept aside, not deleted."
    )
    if not args.yes:
        if not sys.stdin.isatty():
            print("eoffice: add --yes to restore without a question.", file=sys.stderr)
            return 1
        if input("Type yes to restore: ").strip().lower() != "yes":
            print("Nothing was changed.")
            return 1
    try:
        aside, report = restore(snap, data_dir)
    except BackupError as exc:
        print(f"eoffice: {exc}", file=sys.stderr)
        return 1
    print(f"Restored. The replaced data is in {aside}.")
    if waits_for_server(data_dir):
        print(
            "This PC was enrolled with a server: ask IT staff for an enrolment code, enrol it again and sync it. "
            "Until then it registers no letter (the server may have given numbers after this backup)."
        )
    print(report.text())
    return 0 if report.ok else 1


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    backup = sub.add_parser("backup", help="make a consistent backup (database and attachments)")
    add_data_dir(backup)
    backup.add_argument("--to", help="backup folder, e.g. a USB drive (default: backups/manual in the data folder)")
    backup.add_argument("--list", action="store_true", help="list the backups in that folder")
    backup.set_defaults(func=lambda args: _backup(args, data_dir_of))
    rest = sub.add_parser("restore", help="replace the office data with a backup (the app must be closed)")
    add_data_dir(rest)
    rest.add_argument("backup", help="the backup's folder (eoffice-YYYYmmdd-HHMMSS-kind)")
    rest.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rest.set_defaults(func=lambda args: _restore(args, data_dir_of))
