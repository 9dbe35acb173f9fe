"""The desktop side of sync without any transport: the outbox, acknowledgements, applying events from elsewhere,
and the pull cursor. Online sync and USB bundles both go through here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.checks.check_chain import ACKED_PREFIX, FORMER_IDS
from eoffice_desktop.core.eventlog.events import EventLog, envelope_of, store, utcnow
from eoffice_desktop.core.eventlog.held_events import HELD, release_readable
from eoffice_desktop.core.journey.reports import note_arrived
from eoffice_desktop.core.storage.models import Event, SyncIssue
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.protocol.envelope import EventEnvelope, canonical_json


@dataclass
class ApplyResult:
    applied: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # event id -> reason

    @property
    def changes(self) -> Changes:
        """What reading these events in may have changed (a USB bundle: its acknowledgements and directory too)."""
        return Changes.from_elsewhere()

    def merge(self, other: ApplyResult) -> None:
        self.applied += other.applied
        self.duplicates += other.duplicates
        self.refused.update(other.refused)


def sending_ids(session: Session, device_id: str) -> list[str]:
    """This PC's device id and the ids it had before a restore: events of all of them leave from this PC (the server
    takes a replaced device's events from the device that replaced it)."""
    try:
        former = [str(x) for x in json.loads(get_setting(session, FORMER_IDS, "[]"))]
    except ValueError:
        former = []
    return [*former, device_id]


def outbox(session: Session, device_id: str, limit: int = 500, max_bytes: int = 256 * 1024) -> list[EventEnvelope]:
    """This PC's events the server has not acknowledged yet, oldest first, bounded by count and size."""
    rows = session.scalars(
        select(Event)
        .where(Event.device_id.in_(sending_ids(session, device_id)), Event.acked.is_(False), Event.refused.is_(None))
        .order_by(Event.seq)  # made in this order here: each device's chain in order
        .limit(limit)
    )
    batch: list[EventEnvelope] = []
    size = 0
    for row in rows:
        envelope = envelope_of(row)
        size += len(canonical_json(envelope.to_dict()).encode("utf-8"))
        if batch and size > max_bytes:
            break
        batch.append(envelope)
    return batch


def all_events(session: Session) -> list[EventEnvelope]:
    """The whole log in local order (a snapshot to start a new PC of the same office)."""
    return [envelope_of(row) for row in session.scalars(select(Event).order_by(Event.seq))]


def outbox_size(session: Session, device_id: str) -> int:
    query = select(func.count()).select_from(Event)
    ids = sending_ids(session, device_id)
    query = query.where(Event.device_id.in_(ids), Event.acked.is_(False), Event.refused.is_(None))
    return session.scalar(query) or 0


def refuse_event(session: Session, event_id: str, code: str, reason: str) -> None:
    """The server will never accept this event: take it out of the outbox and tell the people (never silently)."""
    row = session.scalar(select(Event).where(Event.id == event_id))
    if row is None:
        return
    row.refused = f"{code}: {reason}"
    session.add(SyncIssue(event_id=event_id, letter_id=row.letter_id, code=code, message=reason, created_at=utcnow()))


def open_issues(session: Session) -> list[SyncIssue]:
    """What a person must deal with (events set aside for a newer eOffice are counted apart: nobody has to act)."""
    query = select(SyncIssue).where(SyncIssue.resolved.is_(False), SyncIssue.code != HELD).order_by(SyncIssue.id)
    return list(session.scalars(query))


def reset_for_new_epoch(session: Session, device_id: str) -> int:
    """The server was restored from a backup: offer it all our events again (it answers "duplicate" for those it
    has) and re-read our feed from the start. Nothing local is discarded."""
    ids = sending_ids(session, device_id)  # a device this PC replaced can send no more: this PC offers its events
    result = session.execute(update(Event).where(Event.device_id.in_(ids), Event.refused.is_(None)).values(acked=False))
    set_cursor(session, 0)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def mark_acknowledged(session: Session, event_ids: list[str]) -> int:
    """The server has these events durably: never send them again (a lost answer only means a resend)."""
    if not event_ids:
        return 0
    result = session.execute(update(Event).where(Event.id.in_(event_ids)).values(acked=True))
    _note_acked_heads(session, event_ids)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _note_acked_heads(session: Session, event_ids: list[str]) -> None:
    """Keep, per device, the highest event the server took and its hash, apart from the events themselves: `eoffice
    check` then finds a last event deleted or changed and hashed again (core/checks/check_chain.py)."""
    heads = session.execute(
        select(Event.device_id, func.max(Event.dev_seq)).where(Event.id.in_(event_ids)).group_by(Event.device_id)
    )
    for device_id, dev_seq in list(heads):
        key = ACKED_PREFIX + device_id
        known = get_setting(session, key)
        if known and int(known.split(" ")[0]) >= dev_seq:
            continue
        digest = session.scalar(select(Event.hash).where(Event.device_id == device_id, Event.dev_seq == dev_seq))
        set_setting(session, key, f"{dev_seq} {digest}")


def apply_remote(session: Session, log: EventLog, envelopes: list[EventEnvelope]) -> ApplyResult:
    """Store events that came from elsewhere; duplicates are harmless, an id reused for other content is refused."""
    result = ApplyResult()
    released = release_readable(session)  # events set aside before an update of eOffice that reads them now
    for envelope in envelopes:
        existing = session.scalar(select(Event).where(Event.id == envelope.id))
        if existing is not None:
            if existing.hash == envelope.content_hash():
                result.duplicates.append(envelope.id)
            else:
                result.refused[envelope.id] = "the same event id arrived with different content"
            continue
        fork = session.scalar(
            select(Event.id).where(Event.device_id == envelope.device_id, Event.dev_seq == envelope.dev_seq)
        )
        if fork is not None:
            result.refused[envelope.id] = (
                f"device {envelope.device_id} sent two different events as number {envelope.dev_seq}"
            )
            continue
        row = store(session, envelope)
        row.acked = True  # not ours to send; the server already has it
        log.clock.observe(envelope.hlc)
        result.applied.append(envelope.id)
    # Letters that reached this office are "delivered"; reports from further down a forwarding chain go up.
    note_arrived(session, log, released + result.applied)
    return result


def own_held(session: Session, device_id: str) -> int:
    """The `dev_seq` up to which this PC holds every event it made: the server leaves those out of its pull and
    return bundles. A PC put back from an older copy holds fewer, and so gets the later ones back."""
    count, highest = session.execute(
        select(func.count(), func.max(Event.dev_seq)).where(Event.device_id == device_id)
    ).one()
    if not highest or count == highest:
        return int(highest or 0)
    held = 0  # a gap (never made by this app, but a copy could be damaged): only up to the first missing one
    for dev_seq in session.scalars(select(Event.dev_seq).where(Event.device_id == device_id).order_by(Event.dev_seq)):
        if dev_seq != held + 1:
            break
        held = dev_seq
    return held


def cursor(session: Session, key: str = "server") -> int:
    return int(get_setting(session, f"sync.cursor.{key}", "0"))


def set_cursor(session: Session, position: int, key: str = "server") -> None:
    """Stored in the same transaction as the events it covers (a crash in between means a harmless re-pull)."""
    set_setting(session, f"sync.cursor.{key}", str(position))
