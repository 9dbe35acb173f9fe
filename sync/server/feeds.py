"""Delivery feeds: who may see which event, gap-free positions per office, pulls and the consistency digest.

Positions are handed out under a lock on the office's head row, held until commit, so commit order equals position
order per office and a reader never sees position N+1 before N (PostgreSQL sequences would not guarantee it).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from sync.server.models import BlobAccess, FeedEntry, FeedHead, LetterAccess, StoredEvent

# What another office sees of a letter addressed or routed to it: the letter itself, not the internal minutes,
# comments and routing of the office that sent it (CONTEXT.md: confidentiality).
SHARED_WITH_OTHER_OFFICES = {
    "letter.registered",
    "letter.attachment_added",
    "letter.voided",
    "letter.field_corrected",
    "letter.delivered",
    "letter.signed",
}


# What an office that received a letter tells the office that sent it (the sender's copy shows it delivered).
RECEIPT_TYPES = {"letter.receipt"}


def sees(origin: str, event_type: str, viewer: str, owner: str | None) -> bool:
    """May office `viewer` see an event about a letter owned by `owner`, made by office `origin`? An office sees its
    own events; the owner's events as far as they are shared; of other offices' events only receipts, if it owns the
    letter. (Another recipient's internal work on the letter is never shown to anyone else.)"""
    if origin == viewer:
        return True
    if origin == owner:
        return viewer == owner or event_type in SHARED_WITH_OTHER_OFFICES
    return viewer == owner and event_type in RECEIPT_TYPES


def letter_offices(session: Session, letter_id: str) -> tuple[str | None, set[str]]:
    """(the owner office, every office that may see the letter)."""
    rows = session.execute(
        select(LetterAccess.office_id, LetterAccess.owner).where(LetterAccess.letter_id == letter_id)
    ).all()
    return next((office for office, owner in rows if owner), None), {office for office, _ in rows}


def allow_blobs(session: Session, office_id: str, bodies: list[str]) -> None:
    """An office may download the attachment files of the events it may see."""
    for body in bodies:
        for blob_hash in json.loads(body).get("blobs", []):
            if session.get(BlobAccess, (blob_hash, office_id)) is None:
                session.add(BlobAccess(hash=blob_hash, office_id=office_id))
                session.flush()


def append(session: Session, office_id: str, event_seqs: list[int]) -> list[int]:
    """Give these events the next positions of the office's feed (skipping any it already has)."""
    if not event_seqs:
        return []
    known = set(
        session.scalars(
            select(FeedEntry.event_seq).where(FeedEntry.office_id == office_id, FeedEntry.event_seq.in_(event_seqs))
        )
    )
    fresh = [seq for seq in event_seqs if seq not in known]
    if not fresh:
        return []
    head = session.execute(
        update(FeedHead)
        .where(FeedHead.office_id == office_id)
        .values(pos=FeedHead.pos + len(fresh))
        .returning(FeedHead.pos)
    ).scalar_one()
    first = head - len(fresh) + 1
    positions = list(range(first, head + 1))
    session.add_all(
        FeedEntry(office_id=office_id, pos=pos, event_seq=seq) for pos, seq in zip(positions, fresh, strict=True)
    )
    return positions


def grant(session: Session, letter_id: str, office_id: str, owner: bool = False) -> bool:
    """Let an office see a letter; when it is new to the office, its visible history goes into the feed too."""
    if session.get(LetterAccess, (letter_id, office_id)) is not None:
        return False
    session.add(LetterAccess(letter_id=letter_id, office_id=office_id, owner=owner))
    session.flush()
    owner_office, offices = letter_offices(session, letter_id)
    rows = session.execute(
        select(StoredEvent.seq, StoredEvent.office_id, StoredEvent.type, StoredEvent.body)
        .where(StoredEvent.letter_id == letter_id, StoredEvent.held.is_(False))
        .order_by(StoredEvent.seq)
    ).all()
    visible = [
        (seq, body)
        for seq, origin, kind, body in rows
        if origin in offices and sees(origin, kind, office_id, owner_office)
    ]
    append(session, office_id, [seq for seq, _ in visible])
    allow_blobs(session, office_id, [body for _, body in visible])
    return True


def fan_out(session: Session, event: StoredEvent, home_office: str) -> int | None:
    """Put an accepted event into every feed that may see it; returns its position in the sender's feed."""
    if event.letter_id is None:
        positions = append(session, home_office, [event.seq])
        allow_blobs(session, home_office, [event.body])
        return positions[0] if positions else None
    home_position = None
    owner_office, offices = letter_offices(session, event.letter_id)
    for office_id in sorted(offices):  # one lock order for the feed heads
        if sees(home_office, event.type, office_id, owner_office):
            positions = append(session, office_id, [event.seq])
            allow_blobs(session, office_id, [event.body])
            if office_id == home_office and positions:
                home_position = positions[0]
    return home_position


def pull(
    session: Session, office_id: str, after: int, limit: int, max_bytes: int
) -> tuple[list[dict[str, Any]], int, int]:
    """Events of the office's feed after `after`: (events, next cursor, high water)."""
    high = session.scalar(select(FeedHead.pos).where(FeedHead.office_id == office_id)) or 0
    rows = session.execute(
        select(FeedEntry.pos, StoredEvent.body)
        .join(StoredEvent, StoredEvent.seq == FeedEntry.event_seq)
        .where(FeedEntry.office_id == office_id, FeedEntry.pos > after)
        .order_by(FeedEntry.pos)
        .limit(limit)
    ).all()
    events: list[dict[str, Any]] = []
    size, cursor = 0, after
    for pos, body in rows:
        size += len(body)
        if events and size > max_bytes:
            break
        events.append(json.loads(body))
        cursor = pos
    return events, cursor, high


def _id_hash(event_id: str) -> int:
    return int.from_bytes(hashlib.sha256(event_id.encode("ascii")).digest()[:4], "big")


def digest(session: Session, office_id: str, upto: int) -> tuple[int, int]:
    """(count, xsum): an order-independent 32-bit sum of a hash of each event id in the feed up to `upto`."""
    ids = session.scalars(
        select(StoredEvent.id)
        .join(FeedEntry, FeedEntry.event_seq == StoredEvent.seq)
        .where(FeedEntry.office_id == office_id, FeedEntry.pos <= upto)
    )
    count, xsum = 0, 0
    for event_id in ids:
        count += 1
        xsum = (xsum + _id_hash(event_id)) & 0xFFFFFFFF
    return count, xsum


def feed_length(session: Session, office_id: str) -> int:
    return session.scalar(select(func.count()).select_from(FeedEntry).where(FeedEntry.office_id == office_id)) or 0


def client_digest(event_ids: list[str]) -> int:
    """What a device computes over the events it pulled (the same sum as `digest`)."""
    xsum = 0
    for event_id in event_ids:
        xsum = (xsum + _id_hash(event_id)) & 0xFFFFFFFF
    return xsum
