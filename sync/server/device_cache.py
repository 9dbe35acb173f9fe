"""The PCs a server process has checked, kept in its memory so that their next requests need no database read, and
forgotten the moment the database says one of them changed.

On PostgreSQL a trigger on `devices` (migration 0011) announces every change to a PC's credentials (revocation above
all: `revoked_at`, also the token, its office, the PC it replaces, and a deleted row) with `NOTIFY eoffice_devices`
when its transaction commits, whichever process or tool made it (the console, `eoffice-server admin revoke`, an
operator's SQL). Each server process listens on a connection of its own, in a thread, and drops the PC named.

On SQLite (no NOTIFY) a trigger moves a counter of changes (`device_changes`) in the changing transaction; a kept PC
is given only after the counter is read (a read inside the process, on a connection of the cache's own) and found
where it was, and all are dropped when it has moved. That read is database work: it is done only by `get`, in a
worker thread, never by `held` (the event loop's question), so a busy or slow database file never stalls the loop.

Nothing is kept unless the process is listening (or, on SQLite, watching the counter): before the listener is
connected and after its connection breaks (until it is back and listening again), every request reads its PC from
the database as before. A PC read from the database while a change was
announced is not kept (the generation changed meanwhile), so a read that raced a revocation cannot keep the PC
alive. A revoked PC is never kept.
"""

from __future__ import annotations

import logging
import select
import threading
from collections.abc import Callable
from typing import Any

from sync.server.models import Device

CHANNEL = "eoffice_devices"  # as the trigger of migration 0011
MAX_KEPT = 200_000  # PCs; past it the cache starts again (a national network has a few thousand)
RECONNECT_AFTER = 2.0  # seconds between attempts when the listening connection is lost
log = logging.getLogger("eoffice.server")


class DeviceCache:
    def __init__(self) -> None:
        self.kept: dict[str, Device] = {}  # token hash: the PC
        self.lock = threading.Lock()
        self.generation = 0  # moves on every change announced, and whenever listening stops or starts
        self.listening = False
        self._fd = -1  # the listening connection's socket
        self._reading = False  # the listening thread is reading what arrived on it
        self._count: Callable[[], int] | None = None  # SQLite: reads the counter of changes
        self._seen = -1
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the request's side ------------------------------------------------------------------------------------
    def held(self, token_hash: str) -> Device | None:
        """For the event loop: the PC kept under this token hash when giving it needs no database work (PostgreSQL's
        notices); None when it must be asked with `get` in a worker thread (always on SQLite, whose counter is read
        from the database file)."""
        if self._count is not None:
            return None
        return self.get(token_hash)

    def get(self, token_hash: str) -> Device | None:
        """The PC kept under this token hash; None when it must be read. Nothing is given while a notice waits
        unread on the listening connection (the listening thread has not yet had its turn to drop the PC). On SQLite
        this reads the counter of changes: call it from a worker thread, not the event loop."""
        found = self.kept.get(token_hash)
        if found is None:
            return None
        if self._count is not None:
            return found if self._counted() else None
        return None if self._notice_waiting() else found

    def _counted(self) -> bool:
        """SQLite: whether no PC changed since the kept ones were read (else they are all dropped)."""
        assert self._count is not None
        try:
            now = self._count()
        except Exception:  # the file is busy or gone for a moment: read the PC itself
            return False
        if now == self._seen:
            return True
        with self.lock:
            self.generation += 1
            self.kept.clear()
            self._seen = now
        return False

    def watch(self, count: Callable[[], int]) -> None:
        """SQLite: keep PCs while `count()` (the counter of changes) stays where it is (none kept when it cannot be
        read: a database not migrated yet)."""
        try:
            self._seen = count()
        except Exception:
            return
        self._count = count
        self._listening(True)

    def _notice_waiting(self) -> bool:
        """True when a notice may have reached this process without being acted on yet: bytes wait on the listening
        connection, or the listening thread is reading them."""
        fd = self._fd
        if fd < 0 or self._reading:
            return True
        try:
            return bool(select.select([fd], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    def started_reading(self) -> int:
        """Call before reading a PC from the database; give the answer to `keep`."""
        return self.generation

    def keep(self, token_hash: str, device: Device, generation: int) -> None:
        """Keep a PC read from the database, unless it is revoked, nobody is listening, or a change was announced
        since its read started (that read may predate the change)."""
        if device.revoked_at is not None:
            return
        with self.lock:
            if not self.listening or generation != self.generation:
                return
            if len(self.kept) >= MAX_KEPT:
                self.kept.clear()
            self.kept[token_hash] = device

    # -- the listener's side -----------------------------------------------------------------------------------
    def changed(self, token_hash: str) -> None:
        with self.lock:
            self.generation += 1
            self.kept.pop(token_hash, None)

    def _listening(self, now: bool) -> None:
        with self.lock:
            self.generation += 1
            self.listening = now
            self.kept.clear()

    def listen(self, connect: Callable[[], Any]) -> None:
        """Start the listening thread; `connect()` gives a new autocommit psycopg connection to the database."""
        self._thread = threading.Thread(target=self._run, args=(connect,), name="device-notices", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._listening(False)

    def _run(self, connect: Callable[[], Any]) -> None:
        while not self._stop.is_set():
            try:
                with connect() as conn:
                    conn.add_notify_handler(lambda notice: self.changed(notice.payload))
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._fd = conn.fileno()
                    self._listening(True)
                    try:
                        while not self._stop.is_set():
                            select.select([self._fd], [], [], 1.0)
                            # The notices that arrived are handled (`changed`) while this reads them; a connection
                            # gone quiet is noticed within a second.
                            self._reading = True
                            conn.execute("SELECT 1")
                            self._reading = False
                    finally:
                        self._listening(False)  # before the connection closes
                        self._fd, self._reading = -1, False
            except Exception as exc:  # the database went away: every request reads its PC until it is back
                log.warning("PC changes are not heard (%s): every request reads its PC", type(exc).__name__)
            self._listening(False)
            self._stop.wait(RECONNECT_AFTER)
