"""The arguments that name one letter by its registry number, shared by the commands that act on one letter."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import Letter
from eoffice_shared.exits import NOT_FOUND, USAGE, CommandFailed


def add_letter_arguments(parser: argparse.ArgumentParser, flag: str | None = None) -> None:
    """The registry number (positional, or the option `flag`), and --direction/--year for a number that is in both
    registers or in several years."""
    if flag is None:
        parser.add_argument("number", help="registry number of the letter")
    else:
        parser.add_argument(flag, dest="number", help="registry number of a letter in this office")
    parser.add_argument("--direction", choices=["in", "out"], help="the register, when the number is in both")
    parser.add_argument("--year", type=int, help="the registry year, when the number is in several years")


def letter_named(session: Session, args: argparse.Namespace) -> Letter:
    """The letter the arguments name; the same refusal and exit code in every command when none or several match."""
    from eoffice_desktop.core.signing.letters import SigningRefused, find_letter

    try:
        return find_letter(session, args.number, args.direction, args.year)
    except SigningRefused as exc:
        several = exc.code == "number_ambiguous"
        raise CommandFailed(str(exc), USAGE if several else NOT_FOUND) from None
