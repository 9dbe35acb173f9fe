"""`eoffice numbering`: see this PC's blocks of registry numbers, and give it a block by hand.

Two PCs of one office with no server between them must never hand out the same number: IT staff give each PC its
own block of the year's series (e.g. PC 1 numbers 1-4999, PC 2 numbers 5001-9999)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.numbering import assign_block, series_for
from eoffice_desktop.core.storage.models import NumberBlock


def _run(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    store = open_store(data_dir_of(args))
    try:
        if args.numbering_command == "block":
            with store.db.write() as s:
                key = series_for(s, args.direction, args.year)
                mine = list(s.scalars(select(NumberBlock).where(NumberBlock.series_key == key)))
                for block in mine:  # the new block replaces what is left of this PC's own blocks
                    block.last = min(block.last, block.next - 1)
                assign_block(s, key, args.first, args.last, "manual")
            print(f"This PC now numbers {args.direction} letters of {args.year} from {args.first} to {args.last}.")
        else:
            with store.db.session() as s:
                for block in s.scalars(select(NumberBlock).order_by(NumberBlock.series_key, NumberBlock.first)):
                    left = max(0, block.last - block.next + 1)
                    print(
                        f"{block.series_key}\t{block.first}-{block.last}\tnext {block.next}\t{left} left\t"
                        f"({block.source})"
                    )
    finally:
        store.close()
    return 0


def register(
    sub: argparse._SubParsersAction,
    add_data_dir: Callable[..., None],  # type: ignore[type-arg]
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    numbering = sub.add_parser("numbering", help="registry number blocks of this PC")
    add_data_dir(numbering)
    commands = numbering.add_subparsers(dest="numbering_command", required=True)
    add_data_dir(commands.add_parser("list", help="the blocks this PC hands numbers from"))
    block = commands.add_parser("block", help="give this PC a block of numbers (offices with several PCs, no server)")
    add_data_dir(block)
    block.add_argument("--direction", choices=["in", "out"], required=True)
    block.add_argument("--year", type=int, default=date.today().year)
    block.add_argument("--first", type=int, required=True)
    block.add_argument("--last", type=int, required=True)
    numbering.set_defaults(func=lambda args: _run(args, data_dir_of))
