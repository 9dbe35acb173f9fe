"""Consistent backups of an office (database + attachments), their rotation, and restoring one.

Layout of a backup folder (the app's `backups/auto`, or a USB drive):
    blobs/<aa>/<sha256>              attachments, shared by all snapshots (each file stored once)
    eoffice-YYYYmmdd-HHMMSS-<kind>/  one snapshot: eoffice.sqlite + manifest.json
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from eoffice_desktop import __version__
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.checks.check import CheckReport, check_data_dir
from eoffice_desktop.core.storage.blob_care import remove_leftovers
from eoffice_desktop.core.storage.blobs import BlobStore
from eoffice_desktop.core.storage.credential import RESTORED_KEY, forget_token, mark_enrol_again
from eoffice_desktop.core.storage.datadir import DataDir, DataDirLock
from eoffice_desktop.core.storage.integrity import DatabaseDamaged, backup_database, full_problems, is_disk_full
from eoffice_shared.refusals import Refusal

log = logging.getLogger("eoffice.backup")
KEEP = {"daily": 7, "weekly": 4}  # (the copies made before a migration: core/storage/migration_copy.py)
SNAPSHOT_PREFIX = "eoffice-"


class BackupError(Refusal):
    """A backup cannot be made or restored; the message says why and what to do."""


@dataclass(frozen=True)
class Snapshot:
    path: Path
    created: datetime
    kind: str
    letters: int
    blobs: list[str]

    @property
    def name(self) -> str:
        return self.path.name


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return "sha256:" + digest.hexdigest()


def _referenced_blobs(database: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return sorted({row[0] for row in conn.execute("SELECT DISTINCT blob_hash FROM attachments")})
    finally:
        conn.close()


def _count_letters(database: Path) -> int:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM letters").fetchone()[0])
    finally:
        conn.close()


class BackupDriveFull(BackupError):
    """The backup drive is full; nothing of the backup was left on it."""


class BackupCancelled(BackupError):
    """The user stopped the backup; nothing of it was left behind."""


def make_backup(
    data_dir: DataDir,
    target_root: Path,
    kind: str = "manual",
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Snapshot:
    """Copy the database with SQLite's online backup API (safe while the app runs) and any attachment the
    backup folder lacks. The snapshot becomes visible only when complete (written under a temporary name).
    `progress(done, total)` counts attachments; `cancelled()` is asked between them."""
    now = now or datetime.now()
    if not data_dir.database.exists():
        raise BackupError("There is no office database in {folder}.", code="no_database", folder=str(data_dir.root))
    name = f"{SNAPSHOT_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}-{kind}"
    partial = target_root / (".partial-" + name)
    new_root = not target_root.exists()
    try:
        target_root.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir()
    except OSError as exc:
        raise BackupError(
            "The backup folder {folder} cannot be written: {reason}.",
            code="backup_folder_unwritable",
            folder=str(target_root),
            reason=str(exc.strerror or exc),
        ) from None
    added: list[Path] = []  # attachments copied by this backup: removed again if it fails
    made = [target_root / "blobs"] if not (target_root / "blobs").exists() else []
    made += [target_root] if new_root else []
    try:
        database = backup_database(data_dir.database, partial / "eoffice.sqlite")
        blobs = _referenced_blobs(database)
        source, pool = BlobStore(data_dir.blobs), BlobStore(target_root / "blobs")
        for done, blob_hash in enumerate(blobs):
            if cancelled is not None and cancelled():
                raise BackupCancelled("The backup was stopped; nothing was kept of it.", code="backup_stopped")
            if progress is not None:
                progress(done, len(blobs))
            if not pool.verify(blob_hash):
                if not source.has(blob_hash):
                    raise BackupError(
                        "The attachment {blob} is missing from the office data; run eoffice check.",
                        code="backup_attachment_missing",
                        blob=blob_hash,
                    )
                with open(source.path_of(blob_hash), "rb") as handle:
                    copied = pool.add_stream(iter(lambda: handle.read(1 << 20), b""))
                added.append(pool.path_of(copied))
                if copied != blob_hash:
                    raise BackupError(
                        "The attachment {blob} is damaged in the office data; run eoffice check.",
                        code="backup_attachment_damaged",
                        blob=blob_hash,
                    )
        manifest = {
            "format": 1,
            "app_version": __version__,
            "created": now.isoformat(timespec="seconds"),
            "kind": kind,
            "letters": _count_letters(database),
            "database_sha256": _sha256_file(database),
            "blobs": blobs,
        }
        (partial / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        final = target_root / name
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial, added, made)
        log.warning("%s backup to %s failed: %s", kind, target_root, _reason(exc))
        if is_disk_full(exc):
            raise BackupDriveFull(
                "The drive {folder} is full, so the backup was not made (nothing of it was left there). "
                "Free some space on it, or use another drive.",
                code="backup_drive_full",
                folder=str(target_root),
            ) from None
        raise BackupError(
            "The backup could not be written to {folder}: {reason}.",
            code="backup_write_failed",
            folder=str(target_root),
            reason=_reason(exc),
        ) from None
    except BaseException as exc:
        _remove(partial, added, made)
        log.warning("%s backup to %s stopped: %s", kind, target_root, type(exc).__name__)
        raise
    log.info("%s backup made: %s (%d letters, %d attachments)", kind, final, manifest["letters"], len(blobs))
    return read_snapshot(final)


def _remove(partial: Path, added: list[Path], made: list[Path]) -> None:
    """What a failed backup wrote: its snapshot folder, the attachments it copied, and the folders it made (the
    attachment pool, the backup folder itself) when they are empty again."""
    shutil.rmtree(partial, ignore_errors=True)
    for path in added:
        path.unlink(missing_ok=True)
    for folder in made:
        for sub in [*sorted(folder.glob("*"), reverse=True), folder]:
            with suppress(OSError):
                sub.rmdir()  # only if empty


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def read_snapshot(path: Path) -> Snapshot:
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        return Snapshot(
            path,
            datetime.fromisoformat(manifest["created"]),
            manifest["kind"],
            int(manifest["letters"]),
            list(manifest["blobs"]),
        )
    except (OSError, ValueError, KeyError) as exc:
        raise BackupError(
            "{folder} is not a complete eOffice backup ({reason}).",
            code="backup_incomplete",
            folder=str(path),
            reason=str(exc),
        ) from None


def list_snapshots(target_root: Path) -> list[Snapshot]:
    """Complete snapshots in a backup folder, newest first (damaged ones are skipped)."""
    if not target_root.is_dir():
        return []
    found = []
    for child in target_root.iterdir():
        if child.is_dir() and child.name.startswith(SNAPSHOT_PREFIX):
            try:
                found.append(read_snapshot(child))
            except BackupError:
                continue
    return sorted(found, key=lambda snap: snap.created, reverse=True)


def rotate(target_root: Path) -> list[Path]:
    """Keep the newest 7 daily and 4 weekly snapshots (manual ones stay); drop unused blobs."""
    removed = []
    snapshots = list_snapshots(target_root)
    for kind, keep in KEEP.items():
        for old in [snap for snap in snapshots if snap.kind == kind][keep:]:
            shutil.rmtree(old.path)
            removed.append(old.path)
    still_used = {h for snap in list_snapshots(target_root) for h in snap.blobs}
    pool = BlobStore(target_root / "blobs")
    for blob_hash in list(pool.all_hashes()):
        if blob_hash not in still_used:
            pool.path_of(blob_hash).unlink(missing_ok=True)
    return removed


def automatic_backup(data_dir: DataDir, now: datetime | None = None) -> Snapshot | None:
    """The daily backup into `backups/auto`: at most one a day, a weekly one every 7 days, then rotation."""
    now = now or datetime.now()
    root = data_dir.backups / "auto"
    snapshots = list_snapshots(root)
    made = None
    if not any(s.kind == "weekly" and now - s.created < timedelta(days=7) for s in snapshots):
        weekly_check(data_dir)  # before any backup: a damaged database must not push good backups out
    if not any(s.kind == "daily" and now - s.created < timedelta(hours=20) for s in snapshots):
        made = make_backup(data_dir, root, "daily", now)
    if not any(s.kind == "weekly" and now - s.created < timedelta(days=7) for s in snapshots):
        made = make_backup(data_dir, root, "weekly", now + timedelta(seconds=1))
    if made is not None:
        rotate(root)
    return made


def weekly_check(data_dir: DataDir) -> None:
    """SQLite's full integrity check (indexes against their tables too), then removal of what interruptions left
    in blobs/. Raises DatabaseDamaged: the caller stops writing and tells the user."""
    if full_problems(data_dir.database):
        raise DatabaseDamaged()
    remove_leftovers(data_dir.database, data_dir.blobs)


def verify_snapshot(snapshot: Snapshot) -> list[str]:
    """Problems that would make restoring this snapshot unsafe (empty list: it is complete)."""
    problems = []
    manifest = json.loads((snapshot.path / "manifest.json").read_text(encoding="utf-8"))
    database = snapshot.path / "eoffice.sqlite"
    if not database.exists() or _sha256_file(database) != manifest["database_sha256"]:
        problems.append("the database copy is damaged")
    pool = BlobStore(snapshot.path.parent / "blobs")
    missing = [h for h in snapshot.blobs if not pool.verify(h)]
    if missing:
        problems.append(f"{len(missing)} attachment file(s) are missing or damaged")
    return problems


def waits_for_server(data_dir: DataDir) -> bool:
    """The restored office was enrolled: it registers nothing until it has enrolled again and synced."""
    conn = sqlite3.connect(f"file:{data_dir.database}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM settings WHERE key = ?", (RESTORED_KEY,)).fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


class Restored(NamedTuple):
    """Where the replaced data was put aside, and the check of the restored data."""

    aside: Path
    report: CheckReport

    @property
    def changes(self) -> Changes:
        """Every record may differ, and the restored PC's unsent events wait to be sent."""
        return Changes.everything()


def restore(snapshot: Snapshot, data_dir: DataDir, now: datetime | None = None) -> Restored:
    """Replace an office's data with a snapshot; the replaced data is kept aside, never deleted.

    Refuses a damaged snapshot before touching anything, and refuses while the app has the data open."""
    problems = verify_snapshot(snapshot)
    if problems:
        raise BackupError(
            "This backup cannot be restored: {problems}. Nothing was changed.",
            code="backup_unrestorable",
            problems="; ".join(problems),
        )
    now = now or datetime.now()
    aside = data_dir.root.with_name(f"{data_dir.root.name}.replaced-{now.strftime('%Y%m%d-%H%M%S')}")
    lock = DataDirLock(data_dir)
    lock.acquire()
    try:
        aside.mkdir(parents=True)
        for name in ("eoffice.sqlite", "eoffice.sqlite-wal", "eoffice.sqlite-shm", "blobs"):
            if (data_dir.root / name).exists():
                os.replace(data_dir.root / name, aside / name)
        staging = data_dir.root / ".restoring.sqlite"
        shutil.copyfile(snapshot.path / "eoffice.sqlite", staging)
        store, pool = BlobStore(data_dir.blobs), BlobStore(snapshot.path.parent / "blobs")
        for blob_hash in snapshot.blobs:
            with open(pool.path_of(blob_hash), "rb") as handle:
                store.add_stream(iter(lambda: handle.read(1 << 20), b""))
        # The server knows this PC further than the backup goes, and a backup never carries the credential:
        # the restored office enrols again, as a new device.
        mark_enrol_again(staging)
        forget_token(data_dir)
        os.replace(staging, data_dir.database)
        log.info("backup %s restored into %s; the data it replaced is in %s", snapshot.path, data_dir.root, aside)
    finally:
        lock.release()
    return Restored(aside, check_data_dir(data_dir.root))
