"""The arguments that name one letter by its registry number, shared by the commands that act on one letter."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from eoffice_desktop.core.models import Letter


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
    """The letter the arguments name; SigningRefused when none or several match."""
    from eoffice_desktop.core.signing.letters import find_letter

    return find_letter(session, args.number, args.direction, args.year)
