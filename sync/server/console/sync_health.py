"""The parts of sync health the server's own tables do not keep: files an office's events refer to that the server
does not hold yet (waiting to be uploaded, and so waiting for the offices they were sent to), USB bundles read in,
and the lost-letter watch seen from the centre (letters sent between offices that the receiving office has not
registered after the sending office's working days)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from eoffice_desktop.core.workdays import add_working_days
from sync.server.admin import now
from sync.server.blobstore import ServerBlobStore
from sync.server.console.tables import BundleRead, FileWanted
from sync.server.feeds import RECEIPT_TYPES
from sync.server.models import BlobAccess, Holiday, LetterAccess, Meta, ServerOffice, StoredEvent

FILES_MARK = "console.files_seq"  # the last event whose files are in console_files
SCAN_BATCH = 5000
SCAN_BATCHES = 40  # per page: 200,000 events
LOST_DEFAULT_DAYS = 3  # as an office's own default (its `office.sharing_set` may say otherwise)
LOST_WINDOW_DAYS = 365  # letters older than this are no longer watched (as on the PCs)
REGISTERED = ("registered", "in_progress", "completed")  # a report that says the receiving office registered it
RELAY_DAYS = 30


def refresh_files(session: Session, blobs: ServerBlobStore, batches: int = SCAN_BATCHES) -> bool:
    """Learn the files of the events stored since the last time, then which of the missing ones arrived. A page
    reads at most `batches` batches of events (the first look at a large server's history takes several), and says
    whether it caught up."""
    mark = session.get(Meta, FILES_MARK)
    after = int(mark.value) if mark is not None else 0
    latest = session.scalar(select(func.max(StoredEvent.seq))) or 0
    high = min(latest, after + batches * SCAN_BATCH)
    known = {(f.office_id, f.hash) for f in session.scalars(select(FileWanted).where(FileWanted.present.is_(False)))}
    while after < high:
        upto = min(high, after + SCAN_BATCH)
        rows = session.execute(
            select(StoredEvent.office_id, StoredEvent.body)
            .where(StoredEvent.seq > after, StoredEvent.seq <= upto, StoredEvent.refused.is_(None))
            .where(StoredEvent.body.like('%"blobs":["%'))  # canonical JSON: only events that name a file
        )
        for office_id, body in rows:
            for blob_hash in json.loads(body).get("blobs", []):
                if (office_id, blob_hash) not in known and session.get(FileWanted, (office_id, blob_hash)) is None:
                    session.add(FileWanted(office_id=office_id, hash=str(blob_hash)[:71], present=False))
                    known.add((office_id, blob_hash))
        after = upto
    if mark is None:
        session.add(Meta(key=FILES_MARK, value=str(after)))
    else:
        mark.value = str(after)
    session.flush()
    for wanted in session.scalars(select(FileWanted).where(FileWanted.present.is_(False))):
        try:
            wanted.present = blobs.exists(wanted.hash)
        except ValueError:  # not a file name the store accepts: it never arrives
            continue
    return high == latest


def files_waiting(session: Session, office_ids: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Per office: (its files the server does not hold yet, files other offices sent it that are not here yet)."""
    to_upload = dict(
        session.execute(  # type: ignore[arg-type]
            select(FileWanted.office_id, func.count())
            .where(FileWanted.office_id.in_(office_ids), FileWanted.present.is_(False))
            .group_by(FileWanted.office_id)
        ).all()
    )
    missing = select(FileWanted.hash).where(FileWanted.present.is_(False))
    to_fetch = dict(
        session.execute(  # type: ignore[arg-type]
            select(BlobAccess.office_id, func.count(func.distinct(BlobAccess.hash)))
            .where(BlobAccess.office_id.in_(office_ids), BlobAccess.hash.in_(missing))
            .group_by(BlobAccess.office_id)
        ).all()
    )
    return to_upload, to_fetch


@dataclass(frozen=True)
class Relays:
    count: int  # bundles read in over the last RELAY_DAYS days
    last: datetime | None


def relays(session: Session, office_ids: list[str]) -> dict[str, Relays]:
    since = now() - timedelta(days=RELAY_DAYS)
    rows = session.execute(
        select(BundleRead.office_id, func.count(), func.max(BundleRead.at))
        .where(BundleRead.office_id.in_(office_ids), BundleRead.at >= since)
        .group_by(BundleRead.office_id)
    )
    return {office_id: Relays(count, last) for office_id, count, last in rows}


@dataclass(frozen=True)
class LostLetter:
    registry_number: str
    sent_on: date
    sender: ServerOffice
    receiver: ServerOffice
    late_since: date  # the first day it counts as lost


def _policy_days(session: Session, office_ids: set[str]) -> dict[str, int]:
    """Each sending office's working days before a letter it sent counts as lost (its latest choice by HLC)."""
    chosen: dict[str, tuple[str, int]] = {}
    rows = session.execute(
        select(StoredEvent.office_id, StoredEvent.body).where(
            StoredEvent.type == "office.sharing_set",
            StoredEvent.office_id.in_(office_ids),
            StoredEvent.refused.is_(None),
        )
    )
    for office_id, body in rows:
        event = json.loads(body)
        days = event.get("payload", {}).get("lost_after_days")
        hlc = str(event.get("hlc", ""))
        if isinstance(days, int) and 1 <= days <= 60 and hlc > chosen.get(office_id, ("", 0))[0]:
            chosen[office_id] = (hlc, days)
    return {office_id: days for office_id, (_, days) in chosen.items()}


def lost_letters(session: Session, offices: list[ServerOffice], today: date | None = None) -> list[LostLetter]:
    """Letters an office among `offices` sent to another enrolled office, or received from one, that the receiving
    office has not registered within the sender's working days (weekends and national holidays do not count; an
    office's own days off are known only to its PCs). Oldest first."""
    today = today or now().date()
    ids = [o.id for o in offices]
    receiver, owner = aliased(LetterAccess), aliased(LetterAccess)
    report = aliased(StoredEvent)
    registered_there = exists().where(
        report.letter_id == receiver.letter_id,
        report.office_id == receiver.office_id,
        report.type.in_(RECEIPT_TYPES),
        report.refused.is_(None),
        or_(*(report.body.like(f'%"status":"{status}"%') for status in REGISTERED)),
    )
    start = now() - timedelta(days=LOST_WINDOW_DAYS)
    rows = session.execute(
        select(StoredEvent.body, StoredEvent.office_id, receiver.office_id)
        .join(owner, and_(owner.letter_id == StoredEvent.letter_id, owner.office_id == StoredEvent.office_id))
        .join(receiver, and_(receiver.letter_id == StoredEvent.letter_id, receiver.owner.is_(False)))
        .where(owner.owner.is_(True), StoredEvent.type == "letter.registered", StoredEvent.refused.is_(None))
        .where(StoredEvent.received_at >= start)
        .where(or_(StoredEvent.office_id.in_(ids), receiver.office_id.in_(ids)))
        .where(~registered_there)
    ).all()
    if not rows:
        return []
    by_id = {o.id: o for o in session.scalars(select(ServerOffice).where(ServerOffice.id.in_({*ids, *_ends(rows)})))}
    policy = _policy_days(session, {sender for _, sender, _ in rows})
    off = set(session.scalars(select(Holiday.day).where(Holiday.removed.is_(False))))
    found = []
    for body, sender, to in rows:
        payload: dict[str, Any] = json.loads(body).get("payload", {})
        try:
            sent_on = date.fromisoformat(str(payload.get("register_date", "")))
        except ValueError:
            continue
        late_since = add_working_days(sent_on, policy.get(sender, LOST_DEFAULT_DAYS), off) + timedelta(days=1)
        if payload.get("direction") == "out" and late_since <= today and sender in by_id and to in by_id:
            number = str(payload.get("registry_number", ""))
            found.append(LostLetter(number, sent_on, by_id[sender], by_id[to], late_since))
    return sorted(found, key=lambda lost: (lost.sent_on, lost.sender.code, lost.registry_number, lost.receiver.code))


def _ends(rows: Sequence[Any]) -> set[str]:
    return {office for _, sender, to in rows for office in (sender, to)}


def lost_by_office(letters: list[LostLetter]) -> Counter[str]:
    """How many lost letters each office sent."""
    return Counter(lost.sender.id for lost in letters)
