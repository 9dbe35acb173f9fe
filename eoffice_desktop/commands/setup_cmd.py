"""`eoffice setup`: make a new office and its first administrator without the window - with options for IT staff's
scripts, or asking each value at a terminal; the password is never echoed nor taken from a pipe."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.commands.secrets_in import add_password_options, read_password
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_shared.exits import REFUSED, USAGE, CommandFailed

ASKED = (
    ("code", "--code", "Office abbreviation (starts every registry number, e.g. ກຕສ): "),
    ("name_lo", "--name-lo", "Office name in Lao: "),
    ("name_en", "--name-en", "Office name in English (may be empty): "),
    ("admin", "--admin", "First administrator's user name: "),
    ("admin_name", "--admin-name", "First administrator's full name: "),
)
REQUIRED = ("code", "name_lo", "admin", "admin_name")


def _ask_missing(args: argparse.Namespace) -> None:
    missing = [option for attribute, option, _ in ASKED if attribute in REQUIRED and not getattr(args, attribute)]
    if not missing:
        return
    if not sys.stdin.isatty():
        raise CommandFailed(f"Give {', '.join(missing)} (there is no terminal to ask them).", USAGE)
    for attribute, _option, prompt in ASKED:
        if getattr(args, attribute) is None:
            setattr(args, attribute, input(prompt).strip())


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    root = data_dir_of(args)
    if (root / "eoffice.sqlite").is_file():
        # Checked before anything is asked or opened: setup never touches an existing office.
        raise CommandFailed(f"{root} already holds an office; nothing was changed.", REFUSED)
    _ask_missing(args)
    password = read_password(args, "Administrator's password (8 characters or more): ")
    if len(password) < 8:
        raise CommandFailed("The password must have at least 8 characters; nothing was made.", USAGE)
    existed = root.exists()
    store = open_store(root)
    try:
        setup_office(
            store,
            args.code or "",
            args.name_lo or "",
            args.name_en or "",
            args.admin or "",
            args.admin_name or "",
            password,
        )
    except ValueError:
        store.close()
        _remove_what_was_made(root, existed)  # a refused setup leaves no half office behind
        raise
    store.close()
    print(f"Office {args.code} is set up in {root}; sign in as {args.admin}.")
    return 0


def _remove_what_was_made(root: Path, existed: bool) -> None:
    if not existed:
        shutil.rmtree(root, ignore_errors=True)
        return
    for leftover in ("eoffice.sqlite", "eoffice.sqlite-wal", "eoffice.sqlite-shm", "eoffice.lock"):
        (root / leftover).unlink(missing_ok=True)
    for folder in ("blobs", "backups"):
        with contextlib.suppress(OSError):
            (root / folder).rmdir()  # only when empty


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    setup = sub.add_parser("setup", help="make a new office and its first administrator (asks what is not given)")
    add_data_dir(setup)
    for attribute, option, prompt in ASKED:
        setup.add_argument(option, dest=attribute, help=prompt.rstrip(": "))
    add_password_options(setup, "administrator's password")
    setup.set_defaults(func=lambda args: _run(args, data_dir_of))
