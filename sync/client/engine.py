"""One sync cycle of a desktop: push the outbox, pull the office feed, then move attachment files.

Order and rules from SYNC-DESIGN: records before scans (urgent and small scans first), the cursor stored in the same
transaction as the events it covers, acknowledgements only from the server's answer, a refused event set aside with
its reason instead of blocking the rest, and nothing local ever discarded.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from eoffice_desktop.core.addresses.directory import (
    DirectoryDamaged,
    apply_directory,
    directory_version,
    forget_directory_version,
)
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import utcnow
from eoffice_desktop.core.journey.sender_names import remember_server_names
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.numbering import pulled_after_restore
from eoffice_desktop.core.replication import (
    apply_remote,
    cursor,
    mark_acknowledged,
    outbox,
    own_held,
    refuse_event,
    reset_for_new_epoch,
    set_cursor,
)
from eoffice_desktop.core.storage.models import Attachment, BlobSync, Letter
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.client.errors import DeviceRevoked, Refused
from sync.client.status import count_usage
from sync.client.transport import Transport
from sync.protocol.envelope import EventEnvelope

if TYPE_CHECKING:
    from sync.client.trust import TrustRefresh

log = logging.getLogger("eoffice.sync")
PULL_LIMIT = 500
CHECK = "check"  # blob_sync state: noted as on the server before a new epoch; asked again before it counts as there
PHASES = ("push", "pull", "blobs")
DEFAULT_HOLD_BYTES = 5 * 1024 * 1024


@dataclass
class SyncPolicy:
    """Data-saving settings for metered links."""

    send_blobs: bool = True
    hold_blobs_over: int = DEFAULT_HOLD_BYTES  # bytes; bigger scans wait for "big transfers" or a cheap link
    big_transfers: bool = False


@dataclass
class SyncProgress:
    phase: str  # push, pull, upload, download, signatures (checking those that arrived)
    done: int
    total: int
    detail: str = ""


@dataclass
class SyncReport:
    pushed: int = 0
    refused: int = 0
    pulled: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    held_blobs: int = 0
    blobs_waiting: int = 0  # scans another office has not finished sending yet
    bytes_up: int = 0
    bytes_down: int = 0
    epoch_changed: bool = False
    finished_at: datetime | None = None
    refusals: list[str] = field(default_factory=list)
    directory_version: int | None = None  # the server's; None when it keeps no directory (older servers)
    directory_offices: int = 0  # offices of the national directory added or changed
    directory_holidays: int = 0  # public holidays added, changed or removed
    trust: TrustRefresh | None = None  # the CA and revocation list, fetched after the letters
    long_term_problem: str = ""  # why signatures could not be taken to CAdES B-LT (client.timestamps.LONG_TERM_WORDS)
    scan_text_sent: int = 0  # pages of text read from scans that the server took from this PC
    scan_text_received: int = 0  # pages read elsewhere that this PC took (its own reader skips them)
    scan_text_problem: str = ""  # why that text was not exchanged (client.scan_text.SCAN_TEXT_WORDS)
    scan_text_seq: int | None = None  # the server's newest text read from scans (hello); None: it has none to give
    office_key_number: int | None = None  # the number of the office's newest key of USB bundles (hello)

    @property
    def changes(self) -> Changes:
        """What the cycle may have changed here: what it pulled, the numbers the server confirmed, the directory."""
        return Changes.from_elsewhere()


class SyncCancelled(Exception):
    pass


class SyncEngine:
    def __init__(
        self,
        store: OfficeStore,
        transport: Transport,
        policy: SyncPolicy | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.policy = policy or SyncPolicy()
        self._progress = progress or (lambda p: None)
        self._cancelled = cancelled or (lambda: False)
        self.report = SyncReport()

    def _check_cancel(self) -> None:
        if self._cancelled():
            raise SyncCancelled("Sync was cancelled; what was done is kept.")

    def run(self, phases: Collection[str] = PHASES) -> SyncReport:
        """One cycle; `phases` narrows it (e.g. only "pull" to fetch new letters without sending)."""
        start_up, start_down = self.transport.bytes_sent, self.transport.bytes_received
        try:
            hello = self.transport.hello()
            self._check_epoch(hello.epoch)
            self.report.scan_text_seq = hello.scan_text_seq
            self.report.office_key_number = hello.office_key_number
            if "push" in phases:
                self._push(hello.max_push_bytes)
                from sync.client.numbers import keep_numbers  # (the protocol's models load with the first sync)

                numbers = keep_numbers(self.store, self.transport)  # after push: only sent letters are confirmed
                self.report.refusals += numbers.refusals
                if numbers.confirmed:  # the final numbers go out in this same sync
                    self._push(hello.max_push_bytes)
            if "pull" in phases:
                self._pull()
                self._directory(hello.directory_version)
                with self.store.db.write() as s:  # a restored PC now holds what it did after its backup
                    pulled_after_restore(s)
                if "push" in phases:  # what the pull made here (delivery receipts, relayed tracking) goes at once
                    self._push(hello.max_push_bytes)
            if "blobs" in phases:
                self._blobs()
            if set(PHASES) <= set(phases):
                self.report.finished_at = utcnow()
                with self.store.db.write() as s:
                    set_setting(s, "sync.last_success", self.report.finished_at.isoformat(timespec="seconds"))
        except Exception as exc:
            log.warning("sync stopped: %s: %s", type(exc).__name__, exc)
            raise
        finally:
            self.report.bytes_up = self.transport.bytes_sent - start_up
            self.report.bytes_down = self.transport.bytes_received - start_down
            count_usage(self.store, self.report.bytes_up + self.report.bytes_down)
        r = self.report
        log.info(
            "sync done: %d events sent (%d refused), %d received, files %d up %d down, %d bytes up %d down",
            r.pushed,
            r.refused,
            r.pulled,
            r.blobs_up,
            r.blobs_down,
            r.bytes_up,
            r.bytes_down,
        )
        return self.report

    def _check_epoch(self, epoch: str) -> None:
        with self.store.db.write() as s:
            known = get_setting(s, "sync.epoch")
            if known and known != epoch:
                reset_for_new_epoch(s, self.store.device_id)
                forget_directory_version(s)  # a restored server's versions may repeat with other changes
                # Files noted as on the server may be lost with the restore: asked again (`blobs/have`) at the files
                # step, and those it lacks are uploaded again (their text read from scans waits for them).
                s.execute(update(BlobSync).where(BlobSync.state == "done").values(state=CHECK, updated_at=utcnow()))
                self.report.epoch_changed = True
            set_setting(s, "sync.epoch", epoch)

    # -- records ---------------------------------------------------------------------------------------------
    def _push(self, max_bytes: int) -> None:
        while True:
            self._check_cancel()
            with self.store.db.session() as s:
                batch = outbox(s, self.store.device_id, max_bytes=max_bytes)
            if not batch:
                return
            self._push_batch(batch)
            self._progress(SyncProgress("push", self.report.pushed, self.report.pushed + len(batch)))

    def _push_batch(self, batch: list[EventEnvelope]) -> None:
        try:
            answer = self.transport.push(batch)
        except DeviceRevoked:
            raise
        except Refused as exc:
            if len(batch) > 1:  # find the one event the server cannot take; let the others through
                middle = len(batch) // 2
                self._push_batch(batch[:middle])
                self._push_batch(batch[middle:])
                return
            with self.store.db.write() as s:
                refuse_event(s, batch[0].id, exc.code, str(exc))
            self.report.refused += 1
            self.report.refusals.append(str(exc))
            return
        with self.store.db.write() as s:
            mark_acknowledged(s, answer.stored)
            for event_id, (code, reason) in answer.rejected.items():
                refuse_event(s, event_id, code, reason)
                self.report.refusals.append(reason)
        self.report.pushed += len(answer.stored)
        self.report.refused += len(answer.rejected)

    def _pull(self) -> None:
        # While one batch is applied, the next one is already travelling over the link (a slow link and a slow
        # disk then overlap). The cursor still moves only in the transaction that applies its batch.
        # The server leaves out what this PC made itself (the push answers acknowledged it), up to what it holds.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as link:
            with self.store.db.session() as s:
                own = own_held(s, self.store.device_id)
                pending = link.submit(self.transport.pull, cursor(s), PULL_LIMIT, own)
            while True:
                self._check_cancel()
                batch = pending.result()
                if batch.epoch and batch.epoch != self._epoch():
                    self._check_epoch(batch.epoch)
                    with self.store.db.session() as s:
                        pending = link.submit(self.transport.pull, cursor(s), PULL_LIMIT, own)
                    continue
                if batch.more:
                    pending = link.submit(self.transport.pull, batch.next, PULL_LIMIT, own)
                with self.store.db.write() as s:
                    result = apply_remote(s, self.store.log, batch.events)
                    remember_server_names(s, batch.senders)
                    set_cursor(s, batch.next)
                self.report.pulled += len(result.applied)
                self._progress(SyncProgress("pull", self.report.pulled, self.report.pulled, f"position {batch.next}"))
                if not batch.more:
                    return

    def _directory(self, server_version: int | None) -> None:
        """The directory of offices and holidays, fetched only when the server's version (from hello) is not the one
        this PC holds: what changed since, or all of it the first time."""
        self.report.directory_version = server_version
        if server_version is None:
            return
        with self.store.db.session() as s:
            held = directory_version(s)
        if held == server_version:
            return
        answer = self.transport.directory(held if held < server_version else 0)  # ahead: the server was restored
        try:
            with self.store.db.write() as s:
                update = apply_directory(s, answer)
        except DirectoryDamaged as exc:  # the letters are synced; the directory stays as it was
            self.report.refusals.append(str(exc))
            return
        self.report.directory_offices += update.offices
        self.report.directory_holidays += update.holidays

    def _epoch(self) -> str:
        with self.store.db.session() as s:
            return get_setting(s, "sync.epoch")

    # -- attachments -----------------------------------------------------------------------------------------
    def _note_new_blobs(self) -> None:
        with self.store.db.write() as s:
            known = set(s.scalars(select(BlobSync.hash)))
            rows = s.execute(
                select(Attachment.blob_hash, Attachment.size, Letter.urgency).join(
                    Letter, Letter.id == Attachment.letter_id
                )
            )
            for blob_hash, size, urgency in rows:
                if blob_hash in known:
                    continue
                known.add(blob_hash)
                state = "upload" if self.store.blobs.has(blob_hash) else "download"
                s.add(
                    BlobSync(
                        hash=blob_hash,
                        state=state,
                        size=size,
                        urgent=urgency != "normal",
                        attempts=0,
                        updated_at=utcnow(),
                    )
                )

    def _set_state(self, blob_hash: str, state: str) -> None:
        with self.store.db.write() as s:
            row = s.get(BlobSync, blob_hash)
            if row is not None:
                row.state, row.updated_at = state, utcnow()

    def _queue(self, state: str) -> list[BlobSync]:
        with self.store.db.session() as s:
            return list(
                s.scalars(
                    select(BlobSync)
                    .where(BlobSync.state.in_(state.split(",")))
                    .order_by(BlobSync.urgent.desc(), BlobSync.size)
                )
            )

    def _blobs(self) -> None:
        if not self.policy.send_blobs:
            return
        self._note_new_blobs()
        self._upload()
        self._download()

    def _allowed(self, size: int) -> bool:
        return self.policy.big_transfers or size <= self.policy.hold_blobs_over

    def _upload(self) -> None:
        queue = self._queue(f"upload,held,{CHECK}")
        if not queue:
            return
        status = self.transport.blob_status([b.hash for b in queue])  # (in requests of 500)
        # The server already has these files (another office sent them, or they were checked after a restore).
        present = [b.hash for b in queue if status.have.get(b.hash, set()) is None]
        with self.store.db.write() as s:
            for start in range(0, len(present), 500):  # (SQLite's bound on a statement's parameters)
                part = present[start : start + 500]
                s.execute(update(BlobSync).where(BlobSync.hash.in_(part)).values(state="done", updated_at=utcnow()))
        queue = [b for b in queue if status.have.get(b.hash, set()) is not None]
        total = sum(b.size for b in queue)
        done = 0
        for blob in queue:
            self._check_cancel()
            have = status.have.get(blob.hash, set()) or set()
            if blob.state == CHECK and not self.store.blobs.has(blob.hash):  # lost on both sides: it is fetched
                self._set_state(blob.hash, "download")  # when the office that sent it sends it again
                continue
            if not self._allowed(blob.size):
                self._set_state(blob.hash, "held")
                self.report.held_blobs += 1
                continue
            base = done

            def progress(sent: int, _total: int, base: int = base) -> None:
                self._progress(SyncProgress("upload", base + sent, total))

            self.transport.upload_blob(blob.hash, self.store.blobs.path_of(blob.hash), have, progress, self._cancelled)
            self._check_cancel()  # a transfer stopped half-way is not done: it stays queued and resumes
            self._set_state(blob.hash, "done")
            self.report.blobs_up += 1
            done += blob.size

    def _download(self) -> None:
        queue = self._queue("download")
        total = sum(b.size for b in queue)
        done = 0
        for blob in queue:
            self._check_cancel()
            if self.store.blobs.has(blob.hash):
                self._set_state(blob.hash, "done")
                continue
            if not self._allowed(blob.size):
                continue
            partial = self.store.blobs.root / f".partial-{blob.hash.removeprefix('sha256:')}"
            base = done

            def progress(got: int, _total: int, base: int = base) -> None:
                self._progress(SyncProgress("download", base + got, total))

            try:
                self.transport.download_blob(blob.hash, partial, progress, self._cancelled)
            except Refused as exc:
                if exc.code != "not_found":
                    raise
                # The sending office recorded the letter but its scan has not reached the server yet: the letter is
                # here, the scan stays queued for the next sync, and the other downloads go on.
                self.report.blobs_waiting += 1
                continue
            self._check_cancel()  # keep the partial file: the next sync resumes from it
            digest = hashlib.sha256()
            with open(partial, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            if "sha256:" + digest.hexdigest() != blob.hash:
                partial.unlink(missing_ok=True)
                raise Refused(
                    "The downloaded file {blob} was damaged; it will be fetched again.", "blob_damaged", blob=blob.hash
                )
            with open(partial, "rb") as handle:
                self.store.blobs.add_stream(iter(lambda: handle.read(1 << 20), b""))
            partial.unlink(missing_ok=True)
            self._set_state(blob.hash, "done")
            self.report.blobs_down += 1
            done += blob.size
