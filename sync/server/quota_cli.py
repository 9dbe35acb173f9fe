"""`eoffice-server admin files` (what each office has sent to the server, against its bounds) and `admin files-limit`
(IT staff raise an office's bound of files sent, or give it back the default: sync/server/quotas.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from sqlalchemy import select

from eoffice_shared.exits import USAGE
from sync.server import quotas
from sync.server.admin import AdminError, office_by_code
from sync.server.database import ServerDatabase
from sync.server.models import OfficeFiles, ServerOffice


def _line(code: str, use: quotas.FilesUse) -> str:
    return (
        f"{code}\t{use.files} of {use.files_limit} files\t{use.bytes / quotas.GB:.1f} of "
        f"{use.bytes_limit / quotas.GB:.1f} GB"
    )


def files(args: argparse.Namespace, database: ServerDatabase) -> int:
    with database.read() as s:
        if args.office:
            try:
                office = office_by_code(s, args.office)
            except AdminError as exc:
                print(f"eoffice-server: {exc}", file=sys.stderr)
                return 1
            print(_line(office.code, quotas.files_use(s, office.id)))
            return 0
        rows = s.execute(
            select(ServerOffice.code, OfficeFiles.office_id)
            .join(ServerOffice, ServerOffice.id == OfficeFiles.office_id)
            .order_by(OfficeFiles.bytes.desc())
        )
        for code, office_id in rows:
            print(_line(code, quotas.files_use(s, office_id)))
    return 0


def files_limit(args: argparse.Namespace, database: ServerDatabase) -> int:
    gigabytes = None if args.gb == "default" else _number(args.gb)
    if gigabytes is not None and not 1 <= gigabytes <= 1_000_000:
        print("eoffice-server: give the limit in GB, between 1 and 1000000, or 'default'.", file=sys.stderr)
        return USAGE
    if args.files is not None and not 1 <= args.files <= 10**12:
        print("eoffice-server: --files must be between 1 and 1000000000000.", file=sys.stderr)
        return USAGE
    try:
        with database.write() as s:
            office = office_by_code(s, args.office)
            use = quotas.set_files_limit(s, office.id, gigabytes, args.files)
    except AdminError as exc:
        print(f"eoffice-server: {exc}", file=sys.stderr)
        return 1
    print(f"Office {office.code} may now keep {use.files_limit} files, {use.bytes_limit / quotas.GB:.1f} GB.")
    print(_line(office.code, use))
    return 0


def _number(given: str) -> float:
    try:
        return float(given)
    except ValueError:
        return -1.0


def add_commands(commands: argparse._SubParsersAction, add_places: Callable[[argparse.ArgumentParser], None]) -> None:  # type: ignore[type-arg]
    shown = commands.add_parser("files", help="the files each office has sent to the server, against its limits")
    add_places(shown)
    shown.add_argument("--office", help="office code (default: every office that sent files, the largest first)")
    limit = commands.add_parser("files-limit", help="raise the files an office may keep on the server")
    add_places(limit)
    limit.add_argument("office", help="office code")
    limit.add_argument("gb", help=f"gigabytes it may keep, or 'default' ({quotas.FILE_BYTES // quotas.GB} GB)")
    limit.add_argument("--files", type=int, help=f"how many files it may keep (default {quotas.FILES})")


COMMANDS: dict[str, Callable[[argparse.Namespace, ServerDatabase], int]] = {
    "files": files,
    "files-limit": files_limit,
}
