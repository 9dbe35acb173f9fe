"""Reading a password or passphrase for a command: from a file, from the environment, or typed at a terminal without
echo - and a clear refusal when none of them is there (a scheduled task has no one to type)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from eoffice_shared.exits import NOT_FOUND, USAGE, CommandFailed

ENV = "EOFFICE_PASSWORD"


def add_password_options(parser: argparse.ArgumentParser, what: str = "password") -> None:
    parser.add_argument(
        "--password-file", help=f"read the {what} from the first line of this file (or set {ENV}; else it is asked)"
    )
    parser.add_argument("--password", help=argparse.SUPPRESS)  # kept for old scripts; visible to other users


def read_password(args: argparse.Namespace, prompt: str = "New password: ", confirm: bool = True) -> str:
    given = getattr(args, "password_file", None)
    if given:
        try:
            with open(given, encoding="utf-8-sig") as handle:
                return handle.readline().rstrip("\r\n")
        except FileNotFoundError:
            raise CommandFailed(f"The password file {given} does not exist.", NOT_FOUND) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandFailed(f"The password file {given} cannot be read ({exc}).", USAGE) from None
    if os.environ.get(ENV):
        return os.environ[ENV]
    if getattr(args, "password", None):
        return str(args.password)
    if not sys.stdin.isatty():
        raise CommandFailed(f"No terminal to type the password in: give --password-file FILE or set {ENV}.", USAGE)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CommandFailed("The two passwords differ; nothing was changed.", USAGE)
    return first
