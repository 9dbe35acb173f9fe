"""The preview of a register before it is imported: the file read, every row parsed and checked as the import will,
the rows and the rows with problems counted, and the first of each kept for a person to look at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from eoffice_desktop.core.registry.importer import ImportCancelled, Mapping, ParsedRow, guess_mapping, parse_row
from eoffice_desktop.core.registry.spreadsheet import Table, read_table

__all__ = ["Checked", "RegisterFile", "check_rows", "read_register"]

CHECK_EVERY = 200  # rows between two asks whether a newer preview made this one useless


@dataclass
class Checked:
    """Every row of a table checked with one mapping: how many, how many with problems, the first ones of each."""

    mapping: Mapping
    rows: int = 0
    bad: int = 0
    first: list[ParsedRow] = field(default_factory=list)  # the first `shown` rows
    first_bad: list[ParsedRow] = field(default_factory=list)  # the first `shown` rows with problems


@dataclass
class RegisterFile:
    """A register's file as read, the columns guessed from its titles, and its rows checked with that guess."""

    path: Path
    table: Table
    checked: Checked


def check_rows(
    table: Table,
    mapping: Mapping,
    shown: int,
    stopped: Callable[[], bool] | None = None,
    today: date | None = None,
) -> Checked:
    """Parse and check every row (ImportCancelled when `stopped` says yes, asked every CHECK_EVERY rows)."""
    today = today or date.today()
    checked = Checked(mapping, rows=len(table.rows))
    for index in range(len(table.rows)):
        if index % CHECK_EVERY == 0 and stopped is not None and stopped():
            raise ImportCancelled()
        row = parse_row(table, index, mapping, today)
        if len(checked.first) < shown:
            checked.first.append(row)
        if row.errors:
            checked.bad += 1
            if len(checked.first_bad) < shown:
                checked.first_bad.append(row)
    return checked


def read_register(
    path: Path, direction: str, shown: int, stopped: Callable[[], bool] | None = None, today: date | None = None
) -> RegisterFile:
    """Read the file (SpreadsheetError says why it cannot be), guess its columns, check its rows with the guess."""
    table = read_table(path)
    if stopped is not None and stopped():
        raise ImportCancelled()
    return RegisterFile(path, table, check_rows(table, guess_mapping(table.headers, direction), shown, stopped, today))
