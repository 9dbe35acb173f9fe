"""What the sync indicator shows without asking the server: enrolment, work waiting to go out (changes, files and
their size), files still to come, big files held back, the last good sync, this month's data use, refused items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from eoffice_desktop.core.eventlog.held_events import held_count
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.replication import open_issues, outbox_size
from eoffice_desktop.core.storage.models import Attachment, BlobSync, Letter
from eoffice_desktop.core.storage.settings import get_setting, set_setting


@dataclass(frozen=True)
class Refusal:
    letter_id: str | None
    letter: str  # registry number and subject, when the letter is on this PC
    code: str
    message: str
    at: datetime


@dataclass(frozen=True)
class LocalSyncStatus:
    enrolled: bool = False
    server_url: str = ""
    changes_waiting: int = 0
    files_waiting: int = 0
    bytes_waiting: int = 0
    files_held: int = 0
    bytes_held: int = 0
    files_to_fetch: int = 0
    bytes_to_fetch: int = 0
    last_success: datetime | None = None
    month_bytes: int = 0
    refusals: list[Refusal] = field(default_factory=list)
    held_events: int = 0  # changes from a newer eOffice, kept aside until this PC is updated

    @property
    def nothing_waiting(self) -> bool:
        return not (self.changes_waiting or self.files_waiting or self.files_held)


def month_key(when: datetime | None = None) -> str:
    """The setting the engine adds each sync's bytes to (sent and received, headers included)."""
    return f"sync.usage.{(when or datetime.now()):%Y-%m}"


def count_usage(store: OfficeStore, nbytes: int) -> None:
    """Add bytes that went over the link (sent and received) to this month's data meter."""
    if not nbytes:
        return
    with store.db.write() as s:
        set_setting(s, month_key(), str(int(get_setting(s, month_key(), "0") or 0) + nbytes))


def local_status(store: OfficeStore) -> LocalSyncStatus:
    with store.db.session() as s:
        enrolled = get_setting(s, "sync.enrolled") == "yes"
        url = get_setting(s, "sync.server_url")
        last = get_setting(s, "sync.last_success")
        month = int(get_setting(s, month_key(), "0") or 0)
        changes = outbox_size(s, store.device_id)
        states: dict[str, str] = {h: state for h, state in s.execute(select(BlobSync.hash, BlobSync.state))}
        sizes: dict[str, int] = {h: size for h, size in s.execute(select(Attachment.blob_hash, Attachment.size))}
        kept_aside = held_count(s)
        refusals = []
        for issue in open_issues(s):
            letter = s.get(Letter, issue.letter_id) if issue.letter_id else None
            text = f"{letter.registry_number} {letter.subject}" if letter is not None else ""
            refusals.append(Refusal(issue.letter_id, text, issue.code, issue.message, issue.created_at))
    up = held = fetch = 0
    up_bytes = held_bytes = fetch_bytes = 0
    for blob_hash, size in sizes.items():
        state = states.get(blob_hash)
        if state == "done":
            continue
        if state is None:
            state = "upload" if store.blobs.has(blob_hash) else "download"
        if state == "held":
            held, held_bytes = held + 1, held_bytes + size
        elif state == "upload" or (state == "check" and store.blobs.has(blob_hash)):
            # ("check": noted as sent before the server's restore; it waits to go up until the server says it has it)
            up, up_bytes = up + 1, up_bytes + size
        elif not store.blobs.has(blob_hash):
            fetch, fetch_bytes = fetch + 1, fetch_bytes + size
    return LocalSyncStatus(
        enrolled=enrolled,
        server_url=url,
        changes_waiting=changes,
        files_waiting=up,
        bytes_waiting=up_bytes,
        files_held=held,
        bytes_held=held_bytes,
        files_to_fetch=fetch,
        bytes_to_fetch=fetch_bytes,
        last_success=datetime.fromisoformat(last) if last else None,
        month_bytes=month,
        refusals=refusals,
        held_events=kept_aside,
    )
