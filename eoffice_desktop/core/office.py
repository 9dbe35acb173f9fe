"""Opening an office's data directory, and creating the office and its first administrator on first run.

`OfficeStore` bundles what every service needs: the database, the blob store and this device's event log. Opening
it and what the window asks of it before its first rows (the office's name, a setting, a person) use plain sqlite3:
SQLAlchemy, the models and the event log load when first used, after the first paint.
"""

from __future__ import annotations

import logging
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eoffice_desktop.core.eventlog.actor import Actor
from eoffice_desktop.core.people.roles import NotAllowed, Viewer
from eoffice_desktop.core.storage.blob_care import remove_stale_incoming
from eoffice_desktop.core.storage.blobs import BlobStore, limit_mb_from_setting
from eoffice_desktop.core.storage.datadir import DataDir, DataDirLock
from eoffice_desktop.core.storage.db import Database
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_shared.refusals import Refusal

if TYPE_CHECKING:
    from eoffice_desktop.core.eventlog.events import EventLog
    from eoffice_desktop.core.storage.models import Office
    from eoffice_desktop.core.storage.opening_progress import OpeningProgress

log = logging.getLogger("eoffice.office")
DEMO_MARK = "office.demo"  # a setting of this PC: "yes" only in an office the demo itself made


class SetupError(Refusal, ValueError):
    pass


@dataclass
class OfficeStore:
    data_dir: DataDir
    db: Database
    blobs: BlobStore
    device_id: str
    lock: DataDirLock | None = None
    _log: EventLog | None = field(default=None, repr=False)
    _log_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def log(self) -> EventLog:
        """This device's event log (one per open database; made, and its code loaded, at the first write)."""
        if self._log is None:
            from eoffice_desktop.core.eventlog.events import EventLog

            with self._log_lock:
                if self._log is None:
                    self._log = EventLog(self.device_id)
        return self._log

    @log.setter
    def log(self, log: EventLog) -> None:  # (a device that takes a new identity: sync/client/session.py)
        self._log = log

    def setting(self, key: str, default: str = "") -> str:
        """One setting, read with plain sqlite3 (`storage/settings.py` reads them in a session)."""
        row = self.db.plain_row("SELECT value FROM settings WHERE key = ?", key)
        return default if row is None or row[0] is None else str(row[0])

    @property
    def office_id(self) -> str:
        return self.setting("office.id")

    def is_set_up(self) -> bool:
        """The office exists on this PC (a PC that enrolled to join an office is set up once its data arrived)."""
        found = "SELECT 1 FROM settings JOIN offices ON offices.id = settings.value WHERE settings.key = 'office.id'"
        return self.db.plain_row(found) is not None

    def is_demo(self) -> bool:
        """A demo office (fake letters, the demo CA): shown as such, and the only kind the demo may fill."""
        return self.setting(DEMO_MARK) == "yes"

    def office_name(self) -> str:
        """This office's name in Lao (the window's title)."""
        row = self.db.plain_row(
            "SELECT name_lo FROM offices WHERE id = (SELECT value FROM settings WHERE key = 'office.id')"
        )
        if row is None:
            raise SetupError("This office has not been set up yet.", code="office_not_set_up")
        return str(row[0])

    def viewer(self, user_id: str) -> Viewer:
        """A signed-in person as the services take them (as `people.viewer.viewer_of`, read with plain sqlite3)."""
        row = self.db.plain_row("SELECT roles, department_id, active FROM users WHERE id = ?", user_id)
        if row is None or not row[2]:
            raise NotAllowed("This user account does not exist or is disabled.", code="account_disabled")
        return Viewer(user_id, frozenset(r for r in (row[0] or "").split(",") if r), row[1])

    def display_name(self, user_id: str) -> str:
        """A person's name as the status bar shows it (their user id if the account is gone)."""
        row = self.db.plain_row("SELECT display_name FROM users WHERE id = ?", user_id)
        return str(row[0]) if row is not None else user_id

    def office(self) -> Office:
        from eoffice_desktop.core.storage.models import Office
        from eoffice_desktop.core.storage.settings import get_setting

        with self.db.session() as s:
            office = s.get(Office, get_setting(s, "office.id"))
            if office is None:
                raise SetupError("This office has not been set up yet.", code="office_not_set_up")
            return office

    def actor(self, user_id: str) -> Actor:
        return Actor(user_id=user_id, office_id=self.office_id, device_id=self.device_id)

    def admin_actor(self) -> Actor:
        """The first administrator: used by command-line tools run by IT staff."""
        user = self.db.plain_row("SELECT id FROM users WHERE roles LIKE '%admin%' ORDER BY username LIMIT 1")
        if user is None:
            raise SetupError("This office has no administrator yet.", code="office_without_admin")
        return self.actor(user[0])

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def open_store(
    root: Path,
    lock: bool = True,
    attachment_limit_mb: int | None = None,
    progress: OpeningProgress | None = None,
) -> OfficeStore:
    """Open (and create or migrate) a data directory. With `lock`, refuse if another process has it. `progress`
    hears the stages that take time and may stop an update (core/storage/opening_progress.py)."""
    data_dir = DataDir(root)
    dir_lock = DataDirLock(data_dir) if lock else None
    if dir_lock is not None:
        dir_lock.acquire()
    db: Database | None = None
    try:
        db = Database(data_dir, progress)
        with db.plain() as connection:
            found = dict(
                connection.execute("SELECT key, value FROM settings WHERE key IN ('device.id', 'attachments.limit_mb')")
            )
        device_id = found.get("device.id") or ""
        if not device_id:  # (a new office, or one from before this PC had an id)
            from eoffice_desktop.core.storage.settings import get_setting, set_setting

            with db.write() as s:
                device_id = get_setting(s, "device.id")
                if not device_id:
                    device_id = "dev_" + secrets.token_hex(6)
                    set_setting(s, "device.id", device_id)
        limit_mb = limit_mb_from_setting(found.get("attachments.limit_mb"))
        if attachment_limit_mb is not None:
            limit_mb = attachment_limit_mb
        blobs = BlobStore(data_dir.blobs, limit=limit_mb * 1024 * 1024)
        if dir_lock is not None:  # the only writer: no other process is in the middle of storing a scan
            remove_stale_incoming(data_dir.blobs)
            db.index_left_over()  # letters a power cut left out of the search index
        log.info("data folder opened: %s (device %s%s)", root, device_id, "" if lock else ", read-only use")
        return OfficeStore(data_dir, db, blobs, device_id, dir_lock)
    except BaseException as exc:
        log.warning("data folder %s not opened: %s", root, type(exc).__name__)
        if db is not None:  # (nothing of it stays open: its write-ahead log, the lock on the file on Windows)
            db.close(clean=False)
        if dir_lock is not None:
            dir_lock.release()
        raise


def setup_office(
    store: OfficeStore,
    code: str,
    name_lo: str,
    name_en: str,
    admin_username: str,
    admin_name: str,
    admin_password: str,
) -> Actor:
    """First run: the office (its abbreviation starts every registry number) and its first administrator."""
    from eoffice_desktop.core.people.passwords import hash_password
    from eoffice_desktop.core.storage.models import User
    from eoffice_desktop.core.storage.settings import set_setting
    from sync.protocol.events import EventType

    code, name_lo, admin_username = code.strip(), name_lo.strip(), admin_username.strip()
    if store.is_set_up():
        raise SetupError("This office is already set up.", code="office_already_set_up")
    if not code or "/" in code or len(code) > 32:
        raise SetupError("Enter the office abbreviation (up to 32 characters, no '/').", code="office_code_invalid")
    if not name_lo:
        raise SetupError("Enter the office name in Lao.", code="office_name_missing")
    if not admin_username or not admin_name.strip():
        raise SetupError("Enter the administrator's user name and full name.", code="admin_name_missing")
    if len(admin_password) < 8:
        raise SetupError("The password must have at least {count} characters.", code="password_too_short", count=8)
    office_id = store.office_id or "off_" + uuid7()  # enrolled before set up: the server's office id
    user_id = "usr_" + uuid7()
    actor = Actor(user_id=user_id, office_id=office_id, device_id=store.device_id)
    with store.db.write() as s:
        set_setting(s, "office.id", office_id)
        store.log.append(
            s,
            actor,
            EventType.OFFICE_CREATED,
            {"office_id": office_id, "code": code, "name_lo": name_lo, "name_en": name_en},
        )
        store.log.append(
            s,
            actor,
            EventType.USER_CREATED,
            {
                "user_id": user_id,
                "username": admin_username,
                "display_name": admin_name.strip(),
                "roles": ["admin", "clerk", "head"],
            },
        )
        user = s.get(User, user_id)
        assert user is not None
        user.password_hash = hash_password(admin_password)
    return actor
