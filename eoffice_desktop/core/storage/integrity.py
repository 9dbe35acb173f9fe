"""Noticing a damaged database before anything is written to it: SQLite's quick check when a data folder is opened,
its full integrity check in the weekly check, the refusals of a database that cannot be opened safely, a consistent
copy of a database, and the plain words for a full disk."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from eoffice_shared.refusals import Refusal

DAMAGED = (
    "The office database is damaged. Nothing was written to it. Ask IT staff to restore the latest backup "
    "(eoffice restore)."
)


class DatabaseRefused(Refusal):
    """The database cannot be opened safely; the message says what to do."""


class DatabaseDamaged(DatabaseRefused):
    """Damage found (at opening, by the weekly check, or by SQLite during a write): nothing more is written."""

    code = "database_damaged"
    english = DAMAGED


def backup_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while the app is writing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


DISK_FULL = "The disk is full, so the change was not saved. Free some space on the disk, then try again."
_FULL_CODES = {"SQLITE_FULL"}
_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


class DiskFull(Refusal, OSError):
    """The disk holding the data is full; what was being saved was rolled back or removed."""

    code = "disk_full"
    english = DISK_FULL

    def __init__(self) -> None:
        self._set("", None, {})
        OSError.__init__(self, errno.ENOSPC, self.english)

    def __str__(self) -> str:
        return self.english


def quick_problems(path: Path) -> list[str]:
    """`PRAGMA quick_check`: every page's structure, without the cross-check of indexes against their tables
    (that is the weekly full check). Reads the whole file once: 0.1 s for 20,000 letters (86 MB) when the file is
    in the OS cache, 1.1-1.5 s when it must come from disk; hence `needs_check`."""
    return _run(path, "SELECT CAST(quick_check AS BLOB) FROM pragma_quick_check(20)")


def _stamp_file(path: Path) -> Path:
    return path.with_name(path.name + ".closed")


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ino}"


def needs_check(path: Path) -> bool:
    """False only when the file is exactly as this app left it at its last clean close (same size, time and
    file): then nothing else has written to it since and the check is skipped, so a start stays fast. A crash, a
    copy, a restore, another program's write, or a change of the file in place all make the next start check."""
    try:
        return (
            _stamp_file(path).read_text(encoding="ascii") != _stamp(path) or path.with_name(path.name + "-wal").exists()
        )
    except OSError:
        return True


def forget_clean_close(path: Path) -> None:
    """At opening: from now on the file is being written; only a clean close records it again."""
    _stamp_file(path).unlink(missing_ok=True)


def remember_clean_close(path: Path) -> None:
    """At a clean close, once SQLite has folded its write-ahead log into the file."""
    if path.with_name(path.name + "-wal").exists() or not path.exists():
        return  # another process still has the database open: the next start checks
    _stamp_file(path).write_text(_stamp(path), encoding="ascii")


def full_problems(path: Path) -> list[str]:
    return _run(path, "SELECT CAST(integrity_check AS BLOB) FROM pragma_integrity_check(20)")


def _run(path: Path, query: str) -> list[str]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:  # as bytes: the report may quote damaged text that is not UTF-8
            rows = [bytes(row[0]).decode("utf-8", "replace") for row in conn.execute(query).fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except UnicodeDecodeError:  # SQLite's own message quotes a damaged table list
        return ["the list of tables is damaged"]
    return [] if rows == ["ok"] else rows


def is_disk_full(exc: BaseException) -> bool:
    """SQLite's SQLITE_FULL, or an operating system error saying there is no space left."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return True
    return getattr(exc, "sqlite_errorname", "") in _FULL_CODES or "database or disk is full" in str(exc)


def is_damage(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorname", "") in _DAMAGE_CODES or "malformed" in str(exc)
