"""`eoffice print-signed`: the printable copy of a signed letter as one PDF - each PDF attachment with the
verification stamp (QR code, codes, signers) on every page, or a cover page when the letter has no PDF."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.commands.letter_args import add_letter_arguments, letter_named
from eoffice_shared.exits import output_path


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.core.signing.letters import SigningRefused
    from eoffice_desktop.core.signing.printed import PrintRefused, print_signed_letter

    target = output_path(args.output)
    store = open_store(data_dir_of(args), lock=False)
    try:
        with store.db.session() as s:
            letter = letter_named(s, args)
        printed = print_signed_letter(store, letter.id)
        target.write_bytes(printed.data)
    except (SigningRefused, PrintRefused, OSError) as exc:
        print(f"eoffice print-signed: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    what = ", ".join(printed.stamped) if printed.stamped else "a cover page (the letter has no PDF file)"
    print(f"{args.output}: {printed.pages} page(s) from {what}; verification code(s) {', '.join(printed.codes)}.")
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    command = sub.add_parser(
        "print-signed", help="write the printable copy of a signed letter (verification code and QR on every page)"
    )
    add_data_dir(command)
    add_letter_arguments(command)
    command.add_argument("-o", "--output", required=True, help="the .pdf file to write")
    command.set_defaults(func=lambda args: _run(args, data_dir_of))
