"""`eoffice check`: database integrity, every blob's hash, each device's hash chain in the event log, and (`--full`)
the registers against a rebuild from the log."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from eoffice_desktop.core.checks.check_chain import check_chains
from eoffice_desktop.core.eventlog.held_events import HELD
from sync.protocol.events import SCHEMAS, EventType


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        lines = [("OK: " if self.ok else "PROBLEMS FOUND: ") + f"{len(self.problems)} problem(s)"]
        lines += [f"  problem: {p}" for p in self.problems]
        lines += [f"  {n}" for n in self.notes]
        return "\n".join(lines)


def _blob_path(blob_root: Path, blob_hash: str) -> Path:
    hexdigest = blob_hash.removeprefix("sha256:")
    return blob_root / hexdigest[:2] / hexdigest


def check_data_dir(root: Path, full: bool = False) -> CheckReport:
    """Read-only: opens the database without migrating it, so a damaged file is reported, not touched.

    `full` also folds the whole log again into a temporary copy and compares every projection table with it: a
    register row or routing step changed directly in the database shows there (slower: see docs/performance.md)."""
    from eoffice_desktop.core.storage.blobs import BlobStore
    from eoffice_desktop.core.storage.datadir import DataDir

    report = CheckReport()
    data_dir = DataDir(root)
    if not data_dir.database.exists():
        report.problems.append(f"no database at {data_dir.database}")
        return report
    try:
        conn = sqlite3.connect(f"file:{data_dir.database}?mode=ro", uri=True, isolation_level=None)
        # One read transaction for everything compared below: the app may register letters meanwhile, and the log
        # and the register read at two moments would disagree by the letters written in between.
        conn.execute("BEGIN")
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            report.problems += [f"database: {row[0]}" for row in result[:20]]
            return report
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables & {"events", "alembic_version"}:
            # The first start was cut (a power cut, a killed process) before the database got its tables: each
            # migration commits whole, so the file is empty, not damaged, and the next start sets it up.
            report.notes.append("the database is empty: eOffice sets it up when it next starts")
            conn.close()
            return report
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        report.problems += [f"broken reference in table {row[0]} (row {row[1]})" for row in fk[:20]]
        check_chains(conn, report.problems, report.notes)
        _check_blobs(conn, BlobStore(data_dir.blobs), report)
        _check_projection(conn, report)
        _check_search_keys(conn, report)
        _count_leftovers(conn, data_dir.blobs, report)
        if "sync_issues" in tables:
            _count_held(conn, report)
        if full:
            from eoffice_desktop.core.checks.check_full import compare_with_rebuild

            compare_with_rebuild(conn, report.problems, report.notes)
        conn.close()
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"database cannot be read: {exc}")
    return report


def _check_blobs(conn: sqlite3.Connection, blobs: object, report: CheckReport) -> None:
    from eoffice_desktop.core.storage.blobs import BlobStore

    assert isinstance(blobs, BlobStore)
    hashes = {row[0] for row in conn.execute("SELECT DISTINCT blob_hash FROM attachments")}
    for blob_hash in sorted(hashes):
        if not blobs.has(blob_hash):
            report.problems.append(f"attachment file missing: {blob_hash}")
        elif not blobs.verify(blob_hash):
            report.problems.append(f"attachment file damaged (hash differs): {blob_hash}")
    report.notes.append(f"{len(hashes)} attachment files checked")


def _check_projection(conn: sqlite3.Connection, report: CheckReport) -> None:
    newest = SCHEMAS[EventType.LETTER_REGISTERED]  # a newer registration is kept aside, with no register row
    registered = conn.execute(
        "SELECT count(*) FROM events WHERE type = ? AND schema <= ?", (EventType.LETTER_REGISTERED.value, newest)
    ).fetchone()[0]
    letters = conn.execute("SELECT count(*) FROM letters").fetchone()[0]
    if registered != letters:
        report.problems.append(f"{registered} registrations in the log but {letters} letters in the register")
    dupes = conn.execute(
        "SELECT registry_number, count(*) FROM letters GROUP BY office_id, direction, registry_year,"
        " registry_number HAVING count(*) > 1"
    ).fetchall()
    report.problems += [f"registry number {row[0]} used {row[1]} times" for row in dupes]
    report.notes.append(f"{letters} letters checked")


def _check_search_keys(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Each letter holds its search key (migration 0016): the sender sort's walk reads the document of that key, so
    a letter whose key is not its own would be found by another letter's words (about 1 s at a million letters)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(letters)")}
    if "search_key" not in columns:
        return  # (a database from before: the next start gives every letter its key)
    astray = conn.execute(
        "SELECT count(*) FROM letters AS l LEFT JOIN letter_search_keys AS k ON k.letter_id = l.id "
        "WHERE l.search_key IS NOT k.key"
    ).fetchone()[0]
    if astray:
        report.problems.append(
            f"{astray} letter(s) hold a search key that is not theirs in the search index: run eoffice reindex"
        )


def _count_held(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Not a problem, so notes: changes from a newer eOffice, kept in the log but not shown until this PC is updated
    (core/eventlog/held_events.py), by what this version does not know of them."""
    rows = conn.execute(
        "SELECT message, count(*) FROM sync_issues WHERE code = ? AND resolved = 0 GROUP BY message ORDER BY message",
        (HELD,),
    ).fetchall()
    for reason, count in rows:
        report.notes.append(f"{count} change(s) kept aside until eOffice is updated on this PC: {reason}")


def _count_leftovers(conn: sqlite3.Connection, blob_root: Path, report: CheckReport) -> None:
    """Harmless, so notes: what interruptions left in blobs/ (removed at the next start, or by --repair)."""
    from eoffice_desktop.core.storage.blob_care import find_leftovers, referenced_blobs

    found = find_leftovers(blob_root, referenced_blobs(conn))
    if found.incoming:
        report.notes.append(f"{len(found.incoming)} unfinished attachment file(s) left by an interruption")
    if found.orphans:
        report.notes.append(f"{len(found.orphans)} attachment file(s) that no letter needs (eoffice check --repair)")
    if found.folders:
        report.notes.append(f"{len(found.folders)} folder(s) in blobs/ that eOffice did not make (left alone)")
