"""When each PC was last seen (the console and `admin devices` show it in days): kept to the nearest ten minutes,
noted in memory by each request and written for every PC noted since in one statement, at most every few seconds.
PCs syncing every minute would otherwise cost a write (and a disk flush) each; a process that stops writes what it
noted first."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.exc import SQLAlchemyError

from sync.server.models import Device

if TYPE_CHECKING:
    from sync.server.database import ServerDatabase

SEEN_EVERY = timedelta(minutes=10)  # how exact `last_seen` is
WRITE_EVERY = 5.0  # seconds between writes of the PCs noted
log = logging.getLogger("eoffice.server")


class SeenDevices:
    def __init__(self, database: ServerDatabase, every: float = WRITE_EVERY) -> None:
        self.database, self.every = database, every
        self.noted: dict[str, datetime] = {}
        self.lock = threading.Lock()
        self.written_at = time.monotonic()

    def note(self, device: Device, moment: datetime) -> bool:
        """Note that the PC was seen at `moment` (when its `last_seen` is older than SEEN_EVERY); True when the
        noted PCs are due to be written (`write`, off the event loop)."""
        if device.last_seen is None or moment - device.last_seen > SEEN_EVERY:
            with self.lock:
                self.noted[device.id] = moment
            device.last_seen = moment
        return bool(self.noted) and time.monotonic() - self.written_at >= self.every

    def write(self) -> None:
        with self.lock:
            taken, self.noted = self.noted, {}
            self.written_at = time.monotonic()
        if not taken:
            return
        table = cast(Table, Device.__table__)
        statement = update(table).where(table.c.id == bindparam("device")).values(last_seen=bindparam("moment"))
        try:
            with self.database.write() as s:
                s.execute(statement, [{"device": device, "moment": when} for device, when in sorted(taken.items())])
        except SQLAlchemyError:  # the database is away for a moment: the next request's write takes them
            log.warning("when %d PCs were last seen was not written; it is kept for the next try", len(taken))
            with self.lock:
                self.noted = taken | self.noted
