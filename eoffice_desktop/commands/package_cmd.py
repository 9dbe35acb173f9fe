"""`eoffice package`: export a signed letter as one zip (files, manifest, signatures, certificates) to e-mail or
carry on USB; check it anywhere with `eoffice verify FILE` or OpenSSL alone."""

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
    from eoffice_desktop.core.signing.package import PackageRefused, export_package

    target = output_path(args.output)
    store = open_store(data_dir_of(args), lock=False)
    try:
        with store.db.session() as s:
            letter = letter_named(s, args)
        count = export_package(store, letter.id, target)
    except (SigningRefused, PackageRefused, OSError) as exc:
        print(f"eoffice package: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"Signed package of {letter.registry_number} with {count} signature(s) written to {args.output}.")
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    package = sub.add_parser("package", help="export a signed letter as one zip file that anyone can verify")
    add_data_dir(package)
    add_letter_arguments(package)
    package.add_argument("-o", "--output", required=True, help="the .zip file to write")
    package.set_defaults(func=lambda args: _run(args, data_dir_of))
