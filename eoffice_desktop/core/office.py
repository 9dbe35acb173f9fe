"""Opening an office's data directory, and creating the office and its first administrator on first run.

`OfficeStore` bundles what every service needs: the database, the blob store and this device's event log.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from eoffice_desktop.core.eventlog.events import Actor, EventLog
from eoffice_desktop.core.people.passwords import hash_password
from eoffice_desktop.core.storage.blob_care import remove_stale_incoming
from eoffice_desktop.core.storage.blobs import BlobStore
from eoffice_desktop.core.storage.datadir import DataDir, DataDirLock
from eoffice_desktop.core.storage.db import Database
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Office, User
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType

log = logging.getLogger("eoffice.office")
DEMO_MARK = "office.demo"  # a setting of this PC: "yes" only in an office the demo itself made


class SetupError(Refusal, ValueError):
    pass


@dataclass
class OfficeStore:
    data_dir: DataDir
    db: Database
    blobs: BlobStore
    log: EventLog
    device_id: str
    lock: DataDirLock | None = None

    @property
    def office_id(self) -> str:
        with self.db.session() as s:
            return get_setting(s, "office.id")

    def is_set_up(self) -> bool:
        """The office exists on this PC (a PC that enrolled to join an office is set up once its data arrived)."""
        with self.db.session() as s:
            office_id = get_setting(s, "office.id")
            return bool(office_id) and s.get(Office, office_id) is not None

    def is_demo(self) -> bool:
        """A demo office (fake letters, the demo CA): shown as such, and the only kind the demo may fill."""
        with self.db.session() as s:
            return get_setting(s, DEMO_MARK) == "yes"

    def office(self) -> Office:
        with self.db.session() as s:
            office = s.get(Office, get_setting(s, "office.id"))
            if office is None:
                raise SetupError("This office has not been set up yet.", code="office_not_set_up")
            return office

    def actor(self, user_id: str) -> Actor:
        return Actor(user_id=user_id, office_id=self.office_id, device_id=self.device_id)

    def admin_actor(self) -> Actor:
        """The first administrator: used by command-line tools run by IT staff."""
        with self.db.session() as s:
            user = s.scalars(select(User).where(User.roles.contains("admin")).order_by(User.username)).first()
            if user is None:
                raise SetupError("This office has no administrator yet.", code="office_without_admin")
            return self.actor(user.id)

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def open_store(root: Path, lock: bool = True, attachment_limit_mb: int | None = None) -> OfficeStore:
    """Open (and create or migrate) a data directory. With `lock`, refuse if another process has it."""
    data_dir = DataDir(root)
    dir_lock = DataDirLock(data_dir) if lock else None
    if dir_lock is not None:
        dir_lock.acquire()
    try:
        db = Database(data_dir)
        with db.write() as s:
            device_id = get_setting(s, "device.id")
            if not device_id:
                device_id = "dev_" + secrets.token_hex(6)
                set_setting(s, "device.id", device_id)
            limit_mb = int(get_setting(s, "attachments.limit_mb", "50"))
        if attachment_limit_mb is not None:
            limit_mb = attachment_limit_mb
        blobs = BlobStore(data_dir.blobs, limit=limit_mb * 1024 * 1024)
        if dir_lock is not None:  # the only writer: no other process is in the middle of storing a scan
            remove_stale_incoming(data_dir.blobs)
            db.index_left_over()  # letters a power cut left out of the search index
        log.info("data folder opened: %s (device %s%s)", root, device_id, "" if lock else ", read-only use")
        return OfficeStore(data_dir, db, blobs, EventLog(device_id), device_id, dir_lock)
    except BaseException as exc:
        log.warning("data folder %s not opened: %s", root, type(exc).__name__)
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
