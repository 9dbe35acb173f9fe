"""How much one office may keep on the server: uploads under way, files, changes held for a gap, number series. Each
bound is far above what the biggest honest office uses (docs/security.md, "Bounds per office"), so only a PC that was
altered, or a fault repeating, meets it; it is refused in one sentence, and nothing the office stored before is lost.

Every check is cheap: the office's own folder of uploads under way (at most `OPEN_UPLOADS` entries), the PC's held
changes a push reads anyway, one count over the primary key of `number_series`, or the counter kept in `office_files`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_shared.refusals import Refusal
from sync.server.blobstore import JOINED, ServerBlobStore
from sync.server.bulk import as_list, run_sql
from sync.server.errors import ProtocolError
from sync.server.models import NumberSeries, OfficeFiles

GB = 1_000_000_000
# Files half uploaded, per office. A PC uploads one file at a time, and an upload cut off stays until the PC resumes
# it (or for 30 days): an office of 20 PCs each cut off a few times has a few dozen open at most.
OPEN_UPLOADS = 200
# Their bytes on the disk, per office: 200 scans of a few MB each, far more than one office has half sent.
OPEN_UPLOAD_BYTES = 4 * GB
# Changes of one PC the server holds waiting for an earlier one (a gap): an honest PC sends its changes in order, so it
# has none, or a stick's worth while the link catches up. A big office makes about 3,000 changes a day (300 letters,
# ten changes each); ten days of them from one PC is past any gap. Every push of the PC reads them all, so the bound
# also keeps its pushes quick.
HELD_EVENTS = 30_000
HELD_BYTES = 100 * 1024 * 1024  # (its changes are about 1-3 KB each: 30,000 of them are 30-90 MB)
# Registry series of one office: 2 directions x (a series per department, up to 50) x 20 years.
SERIES = 2_000
# Files one office has sent (scans), by default: a big ministry office registers 300 letters a day with scans of a
# few MB, about 150 GB a year; most offices a tenth of that. IT staff raise it for an office that needs more
# (`eoffice-server admin files-limit`); the console shows each office's use.
FILE_BYTES = 500 * GB
FILES = 2_000_000  # (300 letters a day with three files each is about 225,000 a year)


class OfficeLimit(Refusal):
    """An office reached a bound of what the server keeps for it. Answered 507 (the server does not store this for
    the office, RFC 4918), `retry`: the PC keeps what it sent and sends it again at a later sync, which works once the
    office is back under the bound (its stale uploads dropped, its gap filled, the bound raised by IT staff)."""

    code = "office_limit"

    def refusal(self) -> ProtocolError:
        return ProtocolError(507, self.code, self.sentence(), retry=True, reason=self.code)


class TooManyUploads(OfficeLimit):
    code = "too_many_uploads"


class TooManyHeld(OfficeLimit):
    code = "too_many_held"


class TooManySeries(OfficeLimit):
    code = "too_many_series"


class FilesFull(OfficeLimit):
    code = "office_files_full"


def check_chunk(blobs: ServerBlobStore, office_id: str, blob_hash: str, index: int, size: int) -> None:
    """Refuse a chunk that would start an upload past the office's number of open uploads, or add bytes past their
    bound (a chunk that arrived already adds none). Reads the office's folder of uploads: at most OPEN_UPLOADS."""
    folder = blobs.partial_dir(blob_hash, office_id)
    started = folder.is_dir()
    if started and (folder / str(index)).exists():
        return
    count, held = open_uploads(blobs, office_id)
    if not started and count >= OPEN_UPLOADS:
        raise TooManyUploads(
            "This office has {count} files half uploaded to the server, as many as it may have at once; finish or "
            "drop them (they are dropped after 30 days), or ask IT staff to check this office's PCs.",
            count=count,
        )
    if held + size > OPEN_UPLOAD_BYTES:
        raise TooManyUploads(
            "The files this office has half uploaded to the server hold {mb} MB, as much as it may have at once; "
            "finish or drop them (they are dropped after 30 days), or ask IT staff to check this office's PCs.",
            mb=held // 1_000_000,
        )


def open_uploads(blobs: ServerBlobStore, office_id: str) -> tuple[int, int]:
    """How many uploads of the office are under way, and the bytes their chunks take on the disk."""
    office = blobs.uploads_of(office_id)
    count = size = 0
    try:
        entries = os.scandir(office)
    except FileNotFoundError:
        return 0, 0
    with entries:
        for entry in entries:
            count += 1
            try:
                found = os.stat(os.path.join(entry.path, JOINED))
            except OSError:  # (a folder of an older server's chunks, or being completed this moment)
                continue
            # A chunk sent far past the others leaves a sparse file: what it takes, not its length.
            blocks = getattr(found, "st_blocks", None)
            size += found.st_size if blocks is None else min(found.st_size, blocks * 512)
    return count, size


def check_held(count: int, size: int) -> None:
    """Refuse a push that leaves more of its PC's changes held (waiting for an earlier change) than the bounds."""
    if count > HELD_EVENTS or size > HELD_BYTES:
        raise TooManyHeld(
            "This push would leave {count} changes of this PC waiting on the server for earlier ones that never "
            "came, more than the {limit} it keeps, so nothing of it was stored; ask IT staff to check this PC.",
            count=count,
            limit=HELD_EVENTS if count > HELD_EVENTS else f"{HELD_BYTES // 1_000_000} MB of changes",
        )


SERIES_KNOWN = "SELECT series_key FROM number_series WHERE office_id = ? AND series_key IN (LIST)"


def check_series(session: Session, office_id: str, keys: set[str]) -> None:
    """Refuse series the office does not have yet once it has as many as the bound."""
    if not keys:
        return
    known = {row[0] for row in run_sql(session, SERIES_KNOWN, (office_id, as_list(sorted(keys))))}
    new = keys - known
    if not new:
        return
    count = session.scalar(select(func.count()).select_from(NumberSeries).where(NumberSeries.office_id == office_id))
    if (count or 0) + len(new) > SERIES:
        raise TooManySeries(
            "This office has {count} registry number series on the server, as many as it may have, so no new series "
            "was started; ask IT staff to check the office's number template.",
            count=count,
        )


@dataclass(frozen=True)
class FilesUse:
    files: int
    bytes: int
    files_limit: int
    bytes_limit: int


def files_use(session: Session, office_id: str) -> FilesUse:
    """The files the office has sent (kept count), and its bounds (its own, or the defaults)."""
    row = session.get(OfficeFiles, office_id)
    if row is None:
        return FilesUse(0, 0, FILES, FILE_BYTES)
    return FilesUse(row.files, row.bytes, row.files_limit or FILES, row.bytes_limit or FILE_BYTES)


def check_files(session: Session, office_id: str, size: int, files: int = 1) -> None:
    """Refuse files (`size` bytes) that would take the office past its bounds of files sent."""
    use = files_use(session, office_id)
    if use.files + files > use.files_limit or use.bytes + size > use.bytes_limit:
        raise FilesFull(
            "This office has sent {files} files ({gb} GB) to the server, as much as it may keep there, so the new "
            "files were not stored; IT staff can raise the office's limit with eoffice-server admin files-limit.",
            files=use.files,
            gb=round(use.bytes / GB, 1),
        )


COUNT_FILES = (
    "INSERT INTO office_files (office_id, files, bytes) VALUES (?, ?, ?) ON CONFLICT (office_id) DO UPDATE "
    "SET files = office_files.files + excluded.files, bytes = office_files.bytes + excluded.bytes"
)


def count_files(session: Session, office_id: str, files: int, size: int) -> None:
    """Add files the office has sent (newly its own) to its kept count: one statement."""
    if files:
        run_sql(session, COUNT_FILES, (office_id, files, size))


def set_files_limit(session: Session, office_id: str, gigabytes: float | None, files: int | None) -> FilesUse:
    """IT staff's bound of the files an office may send (None: back to the default)."""
    row = session.get(OfficeFiles, office_id)
    if row is None:
        row = OfficeFiles(office_id=office_id, files=0, bytes=0)
        session.add(row)
    row.bytes_limit = None if gigabytes is None else int(gigabytes * GB)
    row.files_limit = files
    session.flush()
    return files_use(session, office_id)
