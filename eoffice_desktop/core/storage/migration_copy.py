"""The copy of the office database kept in backups/ before a migration (`before-migration-*.sqlite`): the room for it
checked first, nothing left of a copy that failed, and only the newest few kept (an office's database is gigabytes).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from eoffice_desktop.core.storage.integrity import DatabaseRefused, is_disk_full
from eoffice_desktop.core.storage.opening_progress import COPYING, OpeningProgress

log = logging.getLogger("eoffice.db")
PREFIX = "before-migration-"
PARTIAL = ".partial-"  # a copy being written (a start killed meanwhile leaves it: removed at the next copy)
KEEP = 3
CHUNK_PAGES = 2048  # pages copied between two reports (8 MB of 4 kB pages): a few a second even on a hard disk
# Beyond the copy itself: its journal, and the migration's own log written on the same drive.
MARGIN = 16 * 1024 * 1024
_UNWRITABLE = ("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_PERM")


class NoRoomForCopy(DatabaseRefused):
    """The drive has no room for the copy kept before a migration; nothing was migrated."""

    code = "migration_copy_no_room"


class CopyFolderUnwritable(DatabaseRefused):
    """The backups folder cannot be written; nothing was migrated."""

    code = "migration_copy_unwritable"


def room_needed(database: Path) -> int:
    """Bytes the copy may take: the database with what its write-ahead log holds, and the margin."""
    wal = database.with_name(database.name + "-wal")
    return sum(path.stat().st_size for path in (database, wal) if path.exists()) + MARGIN


def no_room(folder: Path, needed: int) -> NoRoomForCopy:
    return NoRoomForCopy(
        "This update of eOffice needs about {megabytes} MB free on the drive of {folder} to keep a copy of the "
        "office database first, and there is not that much; the database was not changed. Free some space on that "
        "drive, then start eOffice again.",
        megabytes=-(-needed // (1024 * 1024)),
        folder=str(folder),
    )


def unwritable(folder: Path, exc: BaseException) -> CopyFolderUnwritable:
    return CopyFolderUnwritable(
        "This update of eOffice keeps a copy of the office database in {folder} first, and that folder cannot be "
        "written to ({reason}); the database was not changed. Ask IT staff to make the folder writable, then start "
        "eOffice again.",
        folder=str(folder),
        reason=(exc.strerror if isinstance(exc, OSError) else None) or str(exc),
    )


def keep_copy(
    database: Path,
    folder: Path,
    revisions: set[str],
    now: datetime | None = None,
    progress: OpeningProgress | None = None,
) -> Path:
    """Copy the database into `folder` before its migration, or refuse (NoRoomForCopy, CopyFolderUnwritable) leaving
    nothing of the copy behind. Older copies beyond the newest `KEEP` are removed once this one is complete.
    `progress` hears the bytes copied, and its stop ends the copy (UpdateStopped), nothing of it left either."""
    needed = room_needed(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for left in folder.glob(f"{PARTIAL}{PREFIX}*"):  # (what a start killed during its copy left)
            _remove(left)
        probe = folder / f"{PARTIAL}{PREFIX}probe"  # (a read-only drive still tells its free space)
        probe.touch()
        probe.unlink()
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        log.warning("no copy before the migration: %s cannot be written: %s", folder, exc)
        if is_disk_full(exc):  # (not a byte or not a file more: even the probe did not fit)
            raise no_room(folder, needed) from None
        raise unwritable(folder, exc) from None
    if free < needed:
        log.warning("no copy before the migration: %s has %d bytes free, %d needed", folder, free, needed)
        raise no_room(folder, needed)
    copy = write_copy(database, folder, revisions, needed, now, progress)
    for old in rotate_copies(folder):
        log.info("older copy before a migration removed: %s", old)
    return copy


def write_copy(
    database: Path,
    folder: Path,
    revisions: set[str],
    needed: int,
    now: datetime | None = None,
    progress: OpeningProgress | None = None,
) -> Path:
    """The copy itself, under a temporary name until it is complete; when the drive fills meanwhile (another program
    wrote to it) or the folder refuses it, or the user stops it, nothing of it is left and the refusal says so."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    name = f"{PREFIX}{'+'.join(sorted(revisions)) or 'none'}-{stamp}.sqlite"
    partial, final = folder / (PARTIAL + name), folder / name
    try:
        copy_in_chunks(database, partial, progress)
        os.replace(partial, final)
    except BaseException as exc:
        _remove(partial)
        if not isinstance(exc, (OSError, sqlite3.Error)):  # (stopped by the user, or a fault: raised as it is)
            raise
        log.warning("the copy before the migration failed (nothing of it is left): %s", exc)
        if is_disk_full(exc) or _filled(folder, needed):
            raise no_room(folder, needed) from None
        if isinstance(exc, OSError) or getattr(exc, "sqlite_errorname", "").startswith(_UNWRITABLE):
            raise unwritable(folder, exc) from None
        raise
    return final


def copy_in_chunks(source: Path, target: Path, progress: OpeningProgress | None = None) -> None:
    """A consistent copy through SQLite's online backup API, `CHUNK_PAGES` at a time, each told to `progress` in bytes
    (a stop raised there aborts the copy)."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            page = src.execute("PRAGMA page_size").fetchone()[0]

            def copied(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress.tell(COPYING, (total - remaining) * page, total * page)

            if progress is not None:
                pages = src.execute("PRAGMA page_count").fetchone()[0]
                progress.tell(COPYING, 0, pages * page)
            src.backup(dst, pages=CHUNK_PAGES, progress=copied)
        finally:
            dst.close()
    finally:
        src.close()


def _filled(folder: Path, needed: int) -> bool:
    """The drive has too little room, or no file can be made on it any more (SQLite says only that it cannot open
    the file)."""
    try:
        if shutil.disk_usage(folder).free < needed:
            return True
        return hasattr(os, "statvfs") and os.statvfs(folder).f_favail == 0
    except OSError:
        return False


def rotate_copies(folder: Path, keep: int = KEEP) -> list[Path]:
    """Remove the copies made before migrations but the newest `keep` (by the time in their names)."""
    copies = sorted(folder.glob(f"{PREFIX}*.sqlite"), key=lambda path: (path.name[-22:], path.name), reverse=True)
    for old in copies[keep:]:
        _remove(old)
    return copies[keep:]


def _remove(path: Path) -> None:
    for each in (path, path.with_name(path.name + "-journal")):
        each.unlink(missing_ok=True)
