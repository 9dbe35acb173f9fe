"""Attachment files on the server: uploaded in chunks that survive a broken link, checked against their SHA-256,
stored once however many offices send them, and readable only by offices that may see them.

The store's folders: `complete/` the files, `partial/<office>/<hash>/` the chunks of uploads under way, and
`incoming/` what is written or taken aside until it is checked (a relayed bundle's scans, an upload being completed).
A server process killed meanwhile leaves it there, and only there, so it is found without going through the files:
`drop_leftovers` removes what has waited there a day. Every name under the store is made by the server (a hash it
checked against `HASH`, a number, a random id), never taken from a request."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from sync.protocol.messages import CHUNK_SIZE

HASH = re.compile(r"^sha256:[0-9a-f]{64}$")
JOINED = "joined"  # in an upload's folder: the chunks at their places (the others are named by their numbers)
INCOMING = "incoming"
# A file aside is younger while its request runs: a relay's scans wait there for the rest of the bundle (512 MB at
# most, minutes on a slow disk), a completion for the check of one file. A day is far past both, and past the clocks
# of several server machines sharing the store disagreeing.
LEFTOVER_HOURS = 24.0


class BlobError(ValueError):
    pass


class UploadTaken(BlobError):
    """Another request is completing the same upload of the same office right now."""


def _write_at(fd: int, data: bytes, offset: int) -> None:
    """All of `data` at `offset`: a nearly full disk takes part of a write without an error (a short write), and
    refuses the rest at the next one."""
    view, done = memoryview(data), 0
    while done < len(data):
        written = os.pwrite(fd, view[done:], offset + done)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        done += written


class ServerBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.incoming = root / INCOMING  # (inside the store: on the same disk, so keeping a file is a rename)
        for folder in ("partial", "complete", INCOMING):
            (root / folder).mkdir(parents=True, exist_ok=True)

    @staticmethod
    def check_hash(blob_hash: str) -> str:
        if not HASH.match(blob_hash):
            raise BlobError("not a sha256:<64 hex digits> name")
        return blob_hash.removeprefix("sha256:")

    def path(self, blob_hash: str) -> Path:
        hexdigest = self.check_hash(blob_hash)
        return self.root / "complete" / hexdigest[:2] / hexdigest

    def partial_dir(self, blob_hash: str, uploader: str) -> Path:
        """Where the chunks an office has sent of a file wait. Each office has its own: a file is joined only from
        chunks the same office sent, so completing a file proves that office has it."""
        return self.uploads_of(uploader) / self.check_hash(blob_hash)

    def uploads_of(self, uploader: str) -> Path:
        """The folder of an office's uploads under way (one folder each)."""
        return self.root / "partial" / hashlib.sha256(uploader.encode("utf-8")).hexdigest()[:16]

    def _aside(self, blob_hash: str, kind: str) -> Path:
        """A new name in `incoming/` for a copy of the file (its own: another copy may come at once)."""
        return self.incoming / f"{self.check_hash(blob_hash)}.{uuid.uuid4().hex}.{kind}"

    def drop_leftovers(self, older_than_hours: float = LEFTOVER_HOURS) -> list[tuple[str, int]]:
        """Remove what a server process killed mid-request left in `incoming/` (a relay's scan written aside, an
        upload taken aside to be completed) once it has waited there `older_than_hours`, judged by when it was last
        written (or taken aside): what a request under way holds is younger. Returns the names removed, with their
        sizes."""
        deadline = time.time() - older_than_hours * 3600
        removed: list[tuple[str, int]] = []
        for entry in self.incoming.iterdir():
            try:
                found = entry.lstat()
                if found.st_mtime >= deadline:
                    continue
                if not stat.S_ISDIR(found.st_mode):
                    entry.unlink()
                    removed.append((entry.name, found.st_size))
                    continue
                parts = list(entry.iterdir())
                if any(part.lstat().st_mtime >= deadline for part in parts):
                    continue
                size = sum(part.lstat().st_size for part in parts)
                for part in parts:
                    part.unlink(missing_ok=True)
                entry.rmdir()
                removed.append((entry.name, size))
            except OSError:  # removed by another server process meanwhile, or not ours to remove
                continue
        return removed

    def drop_stale_partials(self, older_than_days: float = 30.0) -> int:
        """Forget uploads nobody finished for a month (a PC reinstalled, a letter voided before its scan went up):
        their chunks would fill the disk for ever. A PC that comes back later sends them again. Returns how many
        were dropped."""
        deadline = time.time() - older_than_days * 86400
        dropped = 0
        for office in (self.root / "partial").iterdir():
            for upload in office.iterdir() if office.is_dir() else []:
                try:
                    parts = list(upload.iterdir())
                    # The chunks' marks tell when each arrived (the joined file is written with every chunk).
                    marks = [p.stat().st_mtime for p in parts if p.name != JOINED]
                    newest = max([upload.stat().st_mtime, *marks])
                    if newest >= deadline:
                        continue
                    for part in parts:
                        part.unlink(missing_ok=True)
                    upload.rmdir()
                    dropped += 1
                except OSError:  # being written right now, or dropped by another server process
                    continue
        return dropped

    def chunks_present(self, blob_hash: str, uploader: str) -> list[int]:
        folder = self.partial_dir(blob_hash, uploader)
        if not folder.is_dir():
            return []
        return sorted(int(p.name) for p in folder.iterdir() if p.name.isdigit())

    def put_chunk(self, blob_hash: str, index: int, data: bytes, chunk_sha256: str | None, uploader: str) -> None:
        """Write the chunk at its place in the upload's joined file, flushed to disk, then mark it as arrived (an
        empty file named by its number): a chunk is counted only once its bytes are on the disk."""
        if index < 0 or index > 2**20 or len(data) > CHUNK_SIZE or not data:
            raise BlobError("chunk number or size out of range")
        if chunk_sha256 is not None and hashlib.sha256(data).hexdigest() != chunk_sha256.lower():
            raise BlobError("the chunk does not match its checksum; send it again")
        folder = self.partial_dir(blob_hash, uploader)
        folder.mkdir(parents=True, exist_ok=True)
        # Two PCs of an office may send the same chunk at once: the same bytes at the same place.
        joined = os.open(folder / JOINED, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            _write_at(joined, data, index * CHUNK_SIZE)
            os.fsync(joined)
        finally:
            os.close(joined)
        # Only now is the chunk marked: a disk that fails the write (full, an I/O error) leaves it unmarked, so it is
        # asked for again, and the bytes written of it are written over by the same bytes.
        # (emptied: a chunk an older server kept in this file is now in the joined file)
        os.close(os.open(folder / str(index), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644))

    def complete(self, blob_hash: str, size: int, uploader: str) -> None:
        """Check the joined chunks against the file's hash and make them the file (a rename: the bytes are on the disk
        since each chunk arrived); on mismatch, keep nothing. When the file is here already (another office sent it),
        the chunks are only checked: they prove the sender has it. The upload is first taken aside (a rename), so of
        two PCs of an office completing it at once one checks it and the other is told so (UploadTaken)."""
        count = (size + CHUNK_SIZE - 1) // CHUNK_SIZE
        upload = self.partial_dir(blob_hash, uploader)
        missing = [i for i in range(count) if not (upload / str(i)).exists()]
        if missing and count and not upload.is_dir():
            raise UploadTaken("another PC of this office is completing this file at this moment")
        if missing:
            raise BlobError(f"chunks missing: {missing[:20]}")
        folder = self._aside(blob_hash, "completing")
        try:
            os.utime(upload)  # (taken aside now: a process that starts meanwhile leaves it alone for a day)
            os.rename(upload, folder)
        except FileNotFoundError:
            if count:
                raise UploadTaken("another PC of this office is completing this file at this moment") from None
            folder.mkdir()  # an empty file: no chunks
        try:
            self._check_and_keep(blob_hash, size, folder, count)
        except BlobError:
            raise
        except BaseException:  # (a full disk, say) the chunks go back, to count when the PC tries again
            with contextlib.suppress(OSError):  # (unless the PC has begun the upload again meanwhile)
                os.rename(folder, upload)
            raise

    def _check_and_keep(self, blob_hash: str, size: int, folder: Path, count: int) -> None:
        """The upload taken aside in `folder`: checked, kept as the file when it matches, removed either way."""
        target = self.path(blob_hash)
        target.parent.mkdir(exist_ok=True)
        if not (folder / JOINED).exists():  # chunks kept one file each, by a server before this one
            self._complete_from_parts(blob_hash, size, folder, count, target)
            return
        self._join_old_parts(folder)
        digest = hashlib.sha256()
        with open(folder / JOINED, "rb") as given:
            total = os.fstat(given.fileno()).st_size  # a chunk sent far past the end leaves a large sparse file:
            while total == size and (block := given.read(CHUNK_SIZE)):  # it is refused unread
                digest.update(block)
        matches = total == size and "sha256:" + digest.hexdigest() == blob_hash
        if matches and not target.exists():
            os.replace(folder / JOINED, target)
        for part in folder.iterdir():
            part.unlink(missing_ok=True)
        folder.rmdir()
        if not matches:
            raise BlobError("the file does not match its SHA-256; it was refused, send it again")

    @staticmethod
    def _join_old_parts(folder: Path) -> None:
        """An upload begun before the server was updated: the chunks the old server stored one file each (the new
        one marks a chunk with an empty file) go to their places in the joined file."""
        old = [p for p in folder.iterdir() if p.name.isdigit() and p.stat().st_size > 0]
        if not old:
            return
        joined = os.open(folder / JOINED, os.O_WRONLY)
        try:
            for part in old:
                os.pwrite(joined, part.read_bytes(), int(part.name) * CHUNK_SIZE)
            os.fsync(joined)
        finally:
            os.close(joined)

    def _complete_from_parts(self, blob_hash: str, size: int, folder: Path, count: int, target: Path) -> None:
        known = target.exists()
        tmp = self._aside(blob_hash, "tmp")
        digest = hashlib.sha256()
        total = 0
        try:
            with open(os.devnull if known else tmp, "wb") as out:
                for i in range(count):
                    data = (folder / str(i)).read_bytes()
                    digest.update(data)
                    total += len(data)
                    out.write(data)
                out.flush()
                if not known:
                    os.fsync(out.fileno())
            matches = total == size and "sha256:" + digest.hexdigest() == blob_hash
            if matches and not known:
                os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        for part in folder.iterdir():
            part.unlink(missing_ok=True)
        folder.rmdir()
        if not matches:
            raise BlobError("the file does not match its SHA-256; it was refused, send it again")

    def add_stream(self, blob_hash: str, chunks: Iterable[bytes]) -> bool:
        """Store a whole file given in pieces, checked against its hash; False when it was already here (the pieces
        are still checked: they prove the sender has the file). On a mismatch, or when the pieces stop coming (a
        stick pulled out) or the disk refuses them (full), nothing is kept."""
        staged = self.stage_stream(blob_hash, chunks)
        return staged is not None and self.keep_staged(blob_hash, staged)

    def stage_stream(self, blob_hash: str, chunks: Iterable[bytes]) -> Path | None:
        """Write a whole file given in pieces in `incoming/`, checked against its hash and on the disk, but not yet
        the file (`keep_staged` makes it so, or `Path.unlink` drops it): a USB bundle's scans are all written before
        any is kept. None when the file is here already (the pieces are still checked). On a mismatch, or when the
        pieces stop coming or the disk refuses them, nothing is left."""
        target = self.path(blob_hash)
        known = target.exists()
        target.parent.mkdir(exist_ok=True)
        tmp = self._aside(blob_hash, "tmp")
        digest = hashlib.sha256()
        try:
            with open(os.devnull if known else tmp, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                if not known:
                    os.fsync(out.fileno())
            if "sha256:" + digest.hexdigest() != blob_hash:
                raise BlobError("the file does not match its SHA-256; it was refused, send it again")
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return None if known else tmp

    def keep_staged(self, blob_hash: str, staged: Path) -> bool:
        """Make a file written by `stage_stream` the file; False when another copy became it meanwhile."""
        target = self.path(blob_hash)
        try:
            if target.exists():
                return False
            os.replace(staged, target)
            return True
        finally:
            staged.unlink(missing_ok=True)  # (gone already when it became the file)

    def exists(self, blob_hash: str) -> bool:
        return self.path(blob_hash).exists()
