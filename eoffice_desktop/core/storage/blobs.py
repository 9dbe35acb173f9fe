"""The content-addressed blob store: attachments kept byte for byte under their SHA-256.

Files are written to a temporary name, flushed to disk and renamed, so a power cut never leaves half a blob.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eoffice_desktop.core.storage.integrity import DiskFull, is_disk_full
from eoffice_shared.refusals import Refusal

CHUNK = 1024 * 1024
INCOMING = ".incoming-"  # a scan being written; what a power cut leaves of one is removed later
DEFAULT_LIMIT_MB = 50
LIMIT_MB_RANGE = (1, 500)  # (what the settings window offers)
DEFAULT_LIMIT = DEFAULT_LIMIT_MB * 1024 * 1024
log = logging.getLogger("eoffice.blobs")


def limit_mb_from_setting(value: str | None) -> int:
    """The `attachments.limit_mb` setting as a number of MB. A value that is not one of the offered sizes (typed into
    the database by hand, a damaged row) counts as the default and is logged: it never stops the app's start."""
    if not value:
        return DEFAULT_LIMIT_MB
    try:
        limit = int(value.strip())
    except ValueError:
        limit = 0
    if not LIMIT_MB_RANGE[0] <= limit <= LIMIT_MB_RANGE[1]:
        log.warning("setting attachments.limit_mb is %r, not a size in MB: %d MB used instead", value, DEFAULT_LIMIT_MB)
        return DEFAULT_LIMIT_MB
    return limit


MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
}


class AttachmentRefused(Refusal, ValueError):
    """The file cannot be attached; the message says why in words a clerk understands."""


class AttachmentMissing(Refusal, FileNotFoundError):
    """An attachment the records name is not in this PC's store (not fetched yet, or removed by hand)."""


@dataclass(frozen=True)
class StoredBlob:
    hash: str  # "sha256:<hex>"
    size: int
    media_type: str
    filename: str


def media_type_for(path: Path) -> str | None:
    return MEDIA_TYPES.get(path.suffix.lower())


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def _fsync_dir(folder: Path) -> None:
    """Make a folder's entries (a renamed file, a new subfolder) survive a power cut (POSIX: fsync the folder)."""
    if sys.platform == "win32":
        return  # a folder cannot be opened for fsync there: _durable_rename writes through instead
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_folder(folder: Path) -> None:
    """A subfolder whose entry in its parent is on disk before any file is renamed into it."""
    try:
        folder.mkdir()
    except FileExistsError:
        return
    _fsync_dir(folder.parent)


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _MOVEFILE_REPLACE_EXISTING = 0x1
    _MOVEFILE_WRITE_THROUGH = 0x8
    _move_file = ctypes.WinDLL("kernel32", use_last_error=True).MoveFileExW
    _move_file.argtypes = (wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.DWORD)
    _move_file.restype = wintypes.BOOL

    def _durable_rename(source: Path, target: Path) -> None:
        """NTFS journals a rename (and the folder a new subfolder went into) but writes its log lazily; with
        MOVEFILE_WRITE_THROUGH, MoveFileEx returns only once the move, and what it depends on, is on disk."""
        if not _move_file(str(source), str(target), _MOVEFILE_REPLACE_EXISTING | _MOVEFILE_WRITE_THROUGH):
            raise ctypes.WinError(ctypes.get_last_error())

else:

    def _durable_rename(source: Path, target: Path) -> None:
        os.replace(source, target)
        _fsync_dir(target.parent)


def _still_there(target: Path) -> bool:
    """An identical scan is stored: refresh its time, so that removing orphans (`blob_care`) leaves it alone. False
    if it is not there, or was being removed at this very moment (then it is stored again)."""
    try:
        os.utime(target)
    except FileNotFoundError:
        return False
    return True


class ScanMismatch(ValueError):
    """Bytes given as a scan of one hash had another (damaged on the way); they were not stored."""


class BlobStore:
    def __init__(self, root: Path, limit: int = DEFAULT_LIMIT) -> None:
        self.root = root
        self.limit = limit
        root.mkdir(parents=True, exist_ok=True)

    def path_of(self, blob_hash: str) -> Path:
        hexdigest = blob_hash.removeprefix("sha256:")
        return self.root / hexdigest[:2] / hexdigest

    def has(self, blob_hash: str) -> bool:
        return self.path_of(blob_hash).exists()

    def add_file(self, source: Path) -> StoredBlob:
        """Copy a scan or PDF into the store; refuses unreadable, unknown and over-limit files."""
        try:
            size = source.stat().st_size
            with open(source, "rb") as handle:
                head = handle.read(16)
        except OSError as exc:
            raise AttachmentRefused(
                "The file {file} cannot be read: {reason}.",
                code="attachment_unreadable",
                file=source.name,
                reason=str(exc.strerror),
            ) from None
        if size == 0:
            raise AttachmentRefused("The file {file} is empty.", code="attachment_empty", file=source.name)
        if size > self.limit:
            raise AttachmentRefused(
                "The file {file} is {size} MB; the limit is {limit} MB. Scan it at a lower resolution or split it.",
                code="attachment_too_large",
                file=source.name,
                size=f"{size / 1e6:.1f}",
                limit=f"{self.limit / 1e6:.0f}",
            )
        media_type = _sniff(head)
        if media_type is None:
            raise AttachmentRefused(
                "The file {file} is not a PDF or an image.", code="attachment_not_pdf_or_image", file=source.name
            )
        with open(source, "rb") as handle:
            blob_hash = self.add_stream(iter(lambda: handle.read(CHUNK), b""))
        return StoredBlob(blob_hash, size, media_type, source.name)

    def add_bytes(self, data: bytes) -> str:
        return self.add_stream(iter([data]))

    def add_stream(self, chunks: Iterator[bytes], expected: str | None = None) -> str:
        """Store bytes given in pieces; returns their hash. Written under a temporary name, then renamed; with
        `expected`, bytes of another hash are not kept (`ScanMismatch`)."""
        digest = hashlib.sha256()
        try:
            fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=INCOMING)
        except OSError as exc:
            raise DiskFull() if is_disk_full(exc) else exc from exc
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            blob_hash = "sha256:" + digest.hexdigest()
            if expected is not None and blob_hash != expected:
                raise ScanMismatch(expected)
            target = self.path_of(blob_hash)
            if _still_there(target):
                tmp.unlink()
            else:
                _make_folder(target.parent)
                _durable_rename(tmp, target)
            return blob_hash
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise DiskFull() from exc
            raise
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def read(self, blob_hash: str) -> bytes:
        return self.path_of(blob_hash).read_bytes()

    def export(self, blob_hash: str, target: Path, name: str = "") -> None:
        """Copy an attachment out of the store (a clerk's "Save a copy", often onto a USB stick): written under a
        temporary name beside `target` and renamed, so a drive that fills up or is pulled out leaves no half file
        under the chosen name. Raises `AttachmentMissing` (`name`: the attachment's file name) when the store does
        not hold it, and OSError when the target cannot be written."""
        source = self.path_of(blob_hash)
        if not source.is_file():
            raise AttachmentMissing(
                "The file {file} is missing or damaged on this PC.", code="attachment_missing", file=name or target.name
            )
        # (made as any new file is, readable as the folder's rules say: mkstemp's files are the owner's alone)
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            with open(source, "rb") as given, open(temporary, "xb") as copy:
                shutil.copyfileobj(given, copy, 1024 * 1024)
                copy.flush()
                os.fsync(copy.fileno())  # (on the drive before it takes the chosen name: a stick pulled out then)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):  # (a drive pulled out: nothing more can be removed from it)
                temporary.unlink(missing_ok=True)
            raise

    def verify(self, blob_hash: str) -> bool:
        path = self.path_of(blob_hash)
        if not path.exists():
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
        return "sha256:" + digest.hexdigest() == blob_hash

    def all_hashes(self) -> Iterator[str]:
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for item in sorted(sub.iterdir()):
                    yield "sha256:" + item.name
