"""`eoffice check --full`: fold the whole event log again into a temporary copy of the database and compare every
projection table with the office's own, row by row (a register row or routing step changed in SQLite shows here).
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

# What `projections.rebuild` empties and folds again: every table the screens read that the log decides.
PROJECTION_TABLES = (
    "letters",
    "letter_recipients",
    "attachments",
    "routing_steps",
    "delegations",
    "organisations",
    "departments",
    "signatures",
    "trust_items",
)
# Columns this PC works out itself after folding (a signature's last verification), not decided by the log.
NOT_FROM_THE_LOG = {"signatures": {"status", "status_detail", "checked_at"}}
SHOWN = 5  # differences named per table; the rest are counted


def compare_with_rebuild(conn: sqlite3.Connection, problems: list[str], notes: list[str]) -> None:
    """`conn` holds the read transaction the rest of the check uses, so the copy is of the same moment."""
    from eoffice_desktop.core.projections import rebuild

    with tempfile.TemporaryDirectory(prefix="eoffice-check-") as folder:
        copy_path = Path(folder) / "rebuilt.sqlite"
        copy = sqlite3.connect(copy_path)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        engine = create_engine(f"sqlite:///{copy_path}")
        event.listen(engine, "connect", _scratch_connection)
        try:
            with Session(engine) as session, session.begin():
                rebuild(session)
        finally:
            engine.dispose()
        rebuilt = sqlite3.connect(f"file:{copy_path}?mode=ro", uri=True)
        try:
            compared = sum(_compare_table(conn, rebuilt, table, problems) for table in PROJECTION_TABLES)
        finally:
            rebuilt.close()
    notes.append(f"{compared} register rows compared with a rebuild from the log")


def _scratch_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    """A throw-away copy: no waiting on the disk; the search triggers need their function as in the app."""
    from eoffice_desktop.core.search.text import register_sql_functions

    dbapi_connection.execute("PRAGMA journal_mode=MEMORY")
    dbapi_connection.execute("PRAGMA synchronous=OFF")
    register_sql_functions(dbapi_connection)


def _compare_table(conn: sqlite3.Connection, rebuilt: sqlite3.Connection, table: str, problems: list[str]) -> int:
    skipped = NOT_FROM_THE_LOG.get(table, set())
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in skipped]
    if not columns:
        return 0
    keys = [row[1] for row in sorted(conn.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5]) if row[5]]
    here, there = _rows(conn, table, columns, keys), _rows(rebuilt, table, columns, keys)
    found: list[str] = []
    for key in sorted(set(here) | set(there), key=str):
        mine, theirs = here.get(key), there.get(key)
        if mine == theirs:
            continue
        name = "/".join(str(part) for part in key)
        if theirs is None:
            found.append(f"{table} row {name} is not in the log (added directly to the database)")
        elif mine is None:
            found.append(f"{table} row {name} of the log is missing (deleted directly from the database)")
        else:
            changed = [c for c, a, b in zip(columns, mine, theirs, strict=True) if a != b]
            found.append(f"{table} row {name} differs from the log in {', '.join(changed)} (changed directly)")
    problems += found[:SHOWN]
    if len(found) > SHOWN:
        problems.append(f"{len(found) - SHOWN} more row(s) of {table} differ from the log")
    return len(here)


def _rows(conn: sqlite3.Connection, table: str, columns: list[str], keys: list[str]) -> dict[tuple[Any, ...], Any]:
    listed = ", ".join(f'"{c}"' for c in columns)
    index = [columns.index(k) for k in keys] or list(range(len(columns)))
    return {tuple(row[i] for i in index): row for row in conn.execute(f"SELECT {listed} FROM {table}")}
