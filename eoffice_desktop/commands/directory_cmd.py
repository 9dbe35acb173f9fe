"""`eoffice directory`: what this PC holds of the national directory of offices and holidays (to check that sync
or a USB return file brought it), and the address-book entries to link to directory offices."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.core.addresses.directory import directory_version, national_holidays, search_offices
from eoffice_desktop.core.addresses.directory_match import suggest_links
from eoffice_desktop.core.office import open_store


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    store = open_store(data_dir_of(args))
    try:
        with store.db.session() as s:
            if args.directory_command == "search":
                found = search_offices(s, args.text, args.limit)
                for match in found:
                    reach = "sync" if match.enrolled else "paper"
                    state = "" if match.status == "active" else f"\t[{match.status}]"
                    print(f"{match.code}\t{match.display}\t{match.name_en}\t{reach}{state}")
                print(f"{len(found)} offices; directory version {directory_version(s)}.")
            elif args.directory_command == "holidays":
                for day, name in national_holidays(s).items():
                    print(f"{day.isoformat()}\t{name}")
            else:
                for suggestion in suggest_links(s):
                    word = "sure" if suggestion.sure else "choose one"
                    offices = "; ".join(f"{m.code} {m.display}" for m in suggestion.offices)
                    print(f"{suggestion.org_name}\t{word}\t{offices}")
    finally:
        store.close()
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    directory = sub.add_parser("directory", help="the national directory of offices held on this PC")
    add_data_dir(directory)
    commands = directory.add_subparsers(dest="directory_command", required=True)
    search = commands.add_parser("search", help="offices by code or any part of a Lao or English name")
    add_data_dir(search)
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=20)
    add_data_dir(commands.add_parser("holidays", help="the national public holidays"))
    add_data_dir(commands.add_parser("links", help="address-book entries that may stand for directory offices"))
    directory.set_defaults(func=lambda args: _run(args, data_dir_of))
