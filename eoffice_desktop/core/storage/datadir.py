"""Where an office's data lives on disk, and the lock that keeps a second copy of the app out.

Layout: `eoffice.sqlite` (database), `blobs/` (attachments by SHA-256), `backups/`, `eoffice.lock`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import platformdirs

from eoffice_shared.refusals import Refusal

APP_NAME = "eOffice"


def platform_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir() -> Path:
    """Where the demo office lives when no folder is given: never the user's real data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME + " Demo", appauthor=False))


def location_file() -> Path:
    """Where the first-run wizard remembers a data folder chosen by IT staff (e.g. on a second disk)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "data-location.txt"


def default_data_dir() -> Path:
    """The folder the app uses when none is given: $EOFFICE_DATA_DIR, else the one chosen at first run, else the
    platform's user data folder."""
    env = os.environ.get("EOFFICE_DATA_DIR", "").strip()
    if env:
        return Path(env).expanduser()
    try:
        chosen = location_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        chosen = ""
    return Path(chosen) if chosen else platform_data_dir()


def remember_data_dir(root: Path) -> None:
    """Make `root` the default data folder for this Windows/Linux account (atomically: a power cut leaves the old
    choice or the new one, never half a path). Choosing the platform's folder again forgets the choice."""
    pointer = location_file()
    if root.resolve() == platform_data_dir().resolve():
        pointer.unlink(missing_ok=True)
        return
    pointer.parent.mkdir(parents=True, exist_ok=True)
    tmp = pointer.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(str(root.resolve()) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, pointer)


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "eoffice.sqlite"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock_file(self) -> Path:
        return self.root / "eoffice.lock"

    def create(self) -> None:
        for folder in (self.root, self.blobs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)


class DataDirBusy(Refusal):
    """Another eOffice process already works on this data directory."""


class DataDirLock:
    """An OS file lock held while a process writes to a data directory; released on exit or crash."""

    def __init__(self, data_dir: DataDir) -> None:
        self.data_dir = data_dir
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        self.data_dir.create()
        handle = open(self.data_dir.lock_file, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            lock_handle(handle)
        except OSError:
            handle.close()
            raise DataDirBusy(
                "eOffice is already open on {folder}. Close the other window first "
                "(or wait until the other command finishes).",
                code="data_dir_busy",
                folder=str(self.data_dir.root),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            unlock_handle(self._file)
            self._file.close()
            self._file = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def lock_handle(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def unlock_handle(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def lock_handle(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock_handle(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
