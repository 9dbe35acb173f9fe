"""What an interruption can leave in `blobs/`: `.incoming-*` files cut while being written, and scans that no record
points to (stored just before a registration that was never committed). Counted by `check`, removed later. A folder
where a file of ours would be (`.incoming-*` made by hand or by a copying tool) is none of ours: it is left alone, with
a line in the log, and never stops the office from opening.

Removal is safe against a registration running at the same time: storing a scan that is already there refreshes the
file's time (`BlobStore.add_stream`), a scan is removed only if it is older than the grace period when no record
points to it, and it is first renamed aside so that a registration reusing it at that very moment stores it again.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from eoffice_desktop.core.storage.blobs import INCOMING

INCOMING_GRACE_S = 10 * 60  # a scan takes seconds to write; older ones are what a cut left
REMOVING = ".removing-"
ORPHAN_GRACE_S = 2 * 24 * 3600  # far longer than any registration, bundle import or sync between its two steps

log = logging.getLogger("eoffice.blobs")


@dataclass(frozen=True)
class Leftovers:
    incoming: list[Path]
    orphans: list[Path]
    folders: list[Path] = field(default_factory=list)  # folders named like our files: not ours, left alone


def referenced_blobs(conn: sqlite3.Connection) -> set[str]:
    """Every scan something still needs: a letter's attachment, any event's files (signed copies, letters that
    arrived), and each file sync has yet to upload or download."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    needed = {row[0] for row in conn.execute("SELECT blob_hash FROM attachments")} if "attachments" in tables else set()
    if "events" in tables:
        needed |= {
            row[0]
            for row in conn.execute("SELECT value FROM events, json_each(events.blobs) WHERE events.blobs != '[]'")
        }
    if "blob_sync" in tables:
        needed |= {row[0] for row in conn.execute("SELECT hash FROM blob_sync WHERE state != 'done'")}
    return needed


def find_leftovers(blobs_root: Path, needed: set[str], now: float | None = None) -> Leftovers:
    """Leftovers past their grace period (younger ones may belong to work in progress)."""
    now = time.time() if now is None else now
    incoming: list[Path] = []
    orphans: list[Path] = []
    folders: list[Path] = []
    if not blobs_root.is_dir():
        return Leftovers([], [])
    for item in blobs_root.iterdir():
        if item.name.startswith(INCOMING) and _is_folder(item):
            folders.append(item)
        elif item.name.startswith(INCOMING) and _age(item, now) > INCOMING_GRACE_S:
            incoming.append(item)
        elif item.is_dir() and len(item.name) == 2:
            for blob in item.iterdir():
                if _is_folder(blob):
                    folders.append(blob)
                elif blob.name.startswith(REMOVING):  # a removal cut short: the scan was an orphan already
                    incoming.append(blob)
                elif "sha256:" + blob.name not in needed and _age(blob, now) > ORPHAN_GRACE_S:
                    orphans.append(blob)
    return Leftovers(sorted(incoming), sorted(orphans), sorted(folders))


def remove_stale_incoming(blobs_root: Path) -> int:
    """At opening, by the process holding the data folder's lock (so no other writer is mid-scan). Never refuses to
    open the office: what cannot be removed (a file another program holds open) stays, with a line in the log."""
    try:
        found = find_leftovers(blobs_root, set(), now=None)
    except OSError as exc:  # blobs/ unreadable: opening goes on, and reading a scan will say what is wrong
        log.warning("leftovers in %s not looked for: %s", blobs_root, exc)
        return 0
    _tell_folders(found.folders)
    return _remove_files(found.incoming)


def remove_leftovers(database: Path, blobs_root: Path) -> tuple[int, int]:
    """`check --repair` and the weekly check: (unfinished files, orphan scans) removed."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    try:
        found = find_leftovers(blobs_root, referenced_blobs(conn))
    finally:
        conn.close()
    _tell_folders(found.folders)
    unfinished = _remove_files(found.incoming)
    removed = 0
    for blob in found.orphans:
        aside = blob.with_name(REMOVING + blob.name)
        try:
            os.replace(blob, aside)
        except FileNotFoundError:
            continue
        if _age(aside, time.time()) > ORPHAN_GRACE_S:
            aside.unlink()
            removed += 1
        else:  # a registration reused it between the look and the rename: it stays
            os.replace(aside, blob)
    return unfinished, removed


def _remove_files(paths: list[Path]) -> int:
    removed = 0
    for path in paths:
        try:
            path.unlink(missing_ok=True)
            removed += 1
        except OSError as exc:
            log.warning("leftover %s not removed: %s", path, exc)
    return removed


def _tell_folders(folders: list[Path]) -> None:
    for folder in folders:
        log.warning("folder %s left alone: eOffice keeps only files there", folder)


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except FileNotFoundError:
        return 0.0
