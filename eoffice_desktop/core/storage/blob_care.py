"""What an interruption can leave in `blobs/`: `.incoming-*` files cut while being written, and scans that no record
points to (stored just before a registration that was never committed). Counted by `check`, removed later.

Removal is safe against a registration running at the same time: storing a scan that is already there refreshes the
file's time (`BlobStore.add_stream`), a scan is removed only if it is older than the grace period when no record
points to it, and it is first renamed aside so that a registration reusing it at that very moment stores it again.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from eoffice_desktop.core.storage.blobs import INCOMING

INCOMING_GRACE_S = 10 * 60  # a scan takes seconds to write; older ones are what a cut left
REMOVING = ".removing-"
ORPHAN_GRACE_S = 2 * 24 * 3600  # far longer than any registration, bundle import or sync between its two steps


@dataclass(frozen=True)
class Leftovers:
    incoming: list[Path]
    orphans: list[Path]


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
    incoming, orphans = [], []
    if not blobs_root.is_dir():
        return Leftovers([], [])
    for item in blobs_root.iterdir():
        if item.name.startswith(INCOMING) and _age(item, now) > INCOMING_GRACE_S:
            incoming.append(item)
        elif item.is_dir() and len(item.name) == 2:
            for blob in item.iterdir():
                if blob.name.startswith(REMOVING):  # a removal cut short: the scan was an orphan already
                    incoming.append(blob)
                elif "sha256:" + blob.name not in needed and _age(blob, now) > ORPHAN_GRACE_S:
                    orphans.append(blob)
    return Leftovers(sorted(incoming), sorted(orphans))


def remove_stale_incoming(blobs_root: Path) -> int:
    """At opening, by the process holding the data folder's lock (so no other writer is mid-scan)."""
    stale = find_leftovers(blobs_root, set(), now=None).incoming
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def remove_leftovers(database: Path, blobs_root: Path) -> tuple[int, int]:
    """`check --repair` and the weekly check: (unfinished files, orphan scans) removed."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    try:
        found = find_leftovers(blobs_root, referenced_blobs(conn))
    finally:
        conn.close()
    for path in found.incoming:
        path.unlink(missing_ok=True)
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
    return len(found.incoming), removed


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except FileNotFoundError:
        return 0.0
