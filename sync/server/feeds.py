"""Delivery feeds: who may see which event, gap-free positions per office, pulls and the consistency digest.

Positions are handed out under a lock on the office's head row, held until commit, so commit order equals position
order per office and a reader never sees position N+1 before N (PostgreSQL sequences would not guarantee it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import NamedTuple, Protocol

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session

from sync.protocol.events import EventType
from sync.server.bulk import insert_rows, run_sql
from sync.server.models import BlobAccess, FeedEntry, LetterAccess, StoredEvent

# What another office sees of a letter addressed or routed to it: the letter itself, not the internal minutes,
# comments and routing of the office that sent it (CONTEXT.md: confidentiality).
SHARED_WITH_OTHER_OFFICES = {
    EventType.LETTER_REGISTERED,
    EventType.LETTER_ATTACHMENT_ADDED,
    EventType.LETTER_VOIDED,
    EventType.LETTER_FIELD_CORRECTED,
    EventType.LETTER_DELIVERED,
    EventType.LETTER_SIGNED,
    EventType.LETTER_SIGNATURE_TIMESTAMPED,
    EventType.LETTER_PDF_ARCHIVED,
    EventType.LETTER_SIGNATURE_EXTENDED,
}


# What an office that received a letter tells the office that sent it: delivered and registered (receipts), then how
# it is handled there (tracking: a small state, never minutes; docs/sync-protocol.md "Tracking a letter").
RECEIPT_TYPES = {EventType.LETTER_RECEIPT, EventType.LETTER_TRACKING}


MOVE_HEAD = "UPDATE feed_heads SET pos = pos + ? WHERE office_id = ? RETURNING pos"  # locks the row until commit


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


def allow_blobs(session: Session, office_id: str, hashes: Mapping[str, str]) -> set[str]:
    """An office may download the attachment files of the events it may see (of other offices' events), and the
    files it has uploaded itself. `hashes`: {file: the office whose event gives it (the office itself for its own
    upload)}; the first reason is kept, and the text read from the file comes from that office (`scan_texts`).
    Returns the files it may read now and could not before."""
    wanted = set(hashes)
    if not wanted:
        return set()
    known = set(
        session.scalars(select(BlobAccess.hash).where(BlobAccess.office_id == office_id, BlobAccess.hash.in_(wanted)))
    )
    session.add_all(
        BlobAccess(hash=blob_hash, office_id=office_id, via_office=hashes[blob_hash])
        for blob_hash in sorted(wanted - known)
    )
    session.flush()
    return wanted - known


def append(session: Session, office_id: str, event_seqs: list[int], stored: set[int]) -> dict[int, int]:
    """Give these events the next positions of the office's feed: {event seq: pos}. Those in `stored` were stored
    before this push and are skipped if the office already has them; the others were just inserted."""
    if not event_seqs:
        return {}
    maybe_known = [seq for seq in event_seqs if seq in stored]
    known = set()
    if maybe_known:
        known = set(
            session.scalars(
                select(FeedEntry.event_seq).where(
                    FeedEntry.office_id == office_id, FeedEntry.event_seq.in_(maybe_known)
                )
            )
        )
    fresh = [seq for seq in event_seqs if seq not in known]
    if not fresh:
        return {}
    head = int(run_sql(session, MOVE_HEAD, (len(fresh), office_id))[0][0])
    positions = dict(zip(fresh, range(head - len(fresh) + 1, head + 1), strict=True))
    entries = [{"office_id": office_id, "pos": pos, "event_seq": seq} for seq, pos in positions.items()]
    insert_rows(session, FeedEntry, entries)
    return positions


class FreshEvent(Protocol):
    """An event inserted by the push under way (sync.server.push.NewEvent)."""

    @property
    def seq(self) -> int: ...

    @property
    def type(self) -> str: ...

    @property
    def letter_id(self) -> str | None: ...


class FeedBatch:
    """The feed entries a push makes, written together at its end: one head update and one insert per office
    instead of one per event, and the heads locked in one order (two pushes never wait on each other in a cycle).
    Events are given as rows inserted by this push, or as the seq of ones stored before it."""

    def __init__(self) -> None:
        self.pending: dict[str, list[FreshEvent | int]] = {}
        self.blobs: dict[str, dict[str, str]] = {}
        self.positions: dict[tuple[str, int], int] = {}

    def add(
        self, office_id: str, events: Sequence[FreshEvent] | Sequence[int], blobs: list[str], via: str = ""
    ) -> None:
        """`blobs`: the attachment files those events refer to (the office may download them), given by the
        events of office `via`."""
        self.pending.setdefault(office_id, []).extend(events)
        self.add_blobs(office_id, {blob_hash: via for blob_hash in blobs})

    def add_blobs(self, office_id: str, blobs: Mapping[str, str]) -> None:
        """{file: the office whose event gives it}: the first reason for a file is kept."""
        given = self.blobs.setdefault(office_id, {})
        for blob_hash, via in blobs.items():
            given.setdefault(blob_hash, via)

    def flush(self, session: Session) -> None:
        """Write the entries; every event given as a row must have been inserted (its seq known) by now."""
        session.flush()
        for office_id in sorted(self.pending):
            seqs: dict[int, None] = {}
            stored: set[int] = set()
            for item in self.pending[office_id]:
                if isinstance(item, int):
                    stored.add(item)
                    seqs[item] = None
                else:
                    seqs[item.seq] = None
            for seq, pos in append(session, office_id, list(seqs), stored).items():
                self.positions[(office_id, seq)] = pos
            allow_blobs(session, office_id, self.blobs.get(office_id, {}))
        self.pending.clear()
        self.blobs.clear()


def grant(session: Session, feed: FeedBatch, letter_id: str, office_id: str, owner: bool = False) -> bool:
    """Let an office see a letter; when it is new to the office, its visible history goes into the feed too."""
    if session.get(LetterAccess, (letter_id, office_id)) is not None:
        return False
    session.add(LetterAccess(letter_id=letter_id, office_id=office_id, owner=owner))
    session.flush()
    owner_office, offices = letter_offices(session, letter_id)
    rows = session.execute(
        select(StoredEvent.seq, StoredEvent.office_id, StoredEvent.type, StoredEvent.body)
        .where(StoredEvent.letter_id == letter_id, StoredEvent.held.is_(False), StoredEvent.refused.is_(None))
        .order_by(StoredEvent.seq)
    ).all()
    visible = [
        (seq, origin, body)
        for seq, origin, kind, body in rows
        if origin in offices and sees(origin, kind, office_id, owner_office)
    ]
    blobs: dict[str, str] = {}
    for _, origin, body in visible:
        if origin != office_id:  # an office reads its own files once it has uploaded them
            for blob_hash in json.loads(body).get("blobs", []):
                blobs.setdefault(blob_hash, origin)
    feed.add(office_id, [seq for seq, _, _ in visible], [])
    feed.add_blobs(office_id, blobs)
    return True


def fan_out(
    feed: FeedBatch,
    event: FreshEvent,
    blobs: list[str],
    home_office: str,
    owner_office: str | None,
    offices: set[str],
) -> None:
    """Put an accepted event (referring to attachment files `blobs`) into every feed that may see it (`offices`:
    those that may see its letter)."""
    if event.letter_id is None:
        feed.add(home_office, [event], [])
        return
    for office_id in offices:
        if sees(home_office, event.type, office_id, owner_office):
            # Other offices may read the files the event names; the sending office once it has uploaded them.
            feed.add(office_id, [event], blobs if office_id != home_office else [], home_office)


# One page of an office's feed with its head and the server's epoch, in one statement (one snapshot: every entry up
# to the head is committed with it, so the page misses none of them). The first row carries the head and epoch; each
# event's row, the office that made it.
PULL_PAGE = (
    "SELECT -1, CAST(NULL AS TEXT), (SELECT pos FROM feed_heads WHERE office_id = ?), "
    "(SELECT value FROM server_meta WHERE key = 'epoch'), CAST(NULL AS TEXT) UNION ALL SELECT * FROM "
    "(SELECT f.pos, e.body, CAST(NULL AS BIGINT), CAST(NULL AS TEXT), e.office_id FROM feed f "
    "JOIN events e ON e.seq = f.event_seq "
    "WHERE f.office_id = ? AND f.pos > ? AND (e.device_id <> ? OR e.dev_seq > ?) ORDER BY f.pos LIMIT ?) AS page"
)
PULL_PAGE_UPTO = PULL_PAGE.replace(" ORDER BY f.pos", " AND f.pos <= ? ORDER BY f.pos")  # (a return bundle again)


class PullPage(NamedTuple):
    bodies: list[str]  # each event as the JSON text it is stored as (an answer can carry it as it is)
    cursor: int  # where the next page starts
    high: int  # the feed's head
    epoch: str  # the server's epoch
    origins: set[str]  # the (server's) ids of the offices that made the page's events
    # The offices further down a forwarding chain its tracking reports tell of (`about_office_id`, the id their
    # events carry): a page names them too, by the server's name (sender_names).
    abouts: set[str]


def pull_page(
    session: Session,
    office_id: str,
    after: int,
    limit: int,
    max_bytes: int,
    device_id: str | None = None,
    own: int = 0,
    upto: int | None = None,
) -> PullPage:
    """Events of the office's feed after `after`, at most `limit` and about `max_bytes`, in one statement. With
    `device_id`, that PC's own events up to its `dev_seq` `own` are left out (it holds them: it made them); the
    cursor still moves past them. With `upto`, none past that position (the feed ends there for this page)."""
    if device_id is None or own <= 0:
        device_id, own = "", 0  # nobody's events are left out
    if upto is None:
        rows = sorted(run_sql(session, PULL_PAGE, (office_id, office_id, after, device_id, own, limit)))
    else:
        rows = sorted(run_sql(session, PULL_PAGE_UPTO, (office_id, office_id, after, device_id, own, upto, limit)))
    _, _, high, epoch, _ = rows[0]
    high = int(high or 0) if upto is None else min(int(high or 0), upto)
    bodies: list[str] = []
    origins: set[str] = set()
    abouts: set[str] = set()
    size, cursor, cut = 0, after, False
    for pos, body, _, _, origin in rows[1:]:
        size += len(body)
        if bodies and size > max_bytes:
            cut = True
            break
        bodies.append(body)
        origins.add(origin)
        if ABOUT in body:  # (a tracking report relayed up a forwarding chain: a few of them, small)
            abouts.update(_about_office(body))
        cursor = pos
    if not cut and len(rows) - 1 < limit:
        # Nothing else up to `high` is for this PC: every entry up to it was committed with the head (one
        # transaction), so the query saw them all; what it left out is the PC's own.
        cursor = max(cursor, high)
    return PullPage(bodies, cursor, high, epoch or "", origins, abouts)


ABOUT = '"about_office_id"'


def _about_office(body: str) -> list[str]:
    """The office a relayed tracking report tells of, as its events carry its id ([] for any other event)."""
    event = json.loads(body)
    about = event.get("payload", {}).get("about_office_id") if event.get("type") == EventType.LETTER_TRACKING else None
    return [about] if isinstance(about, str) and about else []


def _not_held_by(device_id: str | None, own: int) -> ColumnElement[bool]:
    """Leave out the events a PC made itself and still holds (its `dev_seq` 1..own). A PC restored from an older
    copy declares less and gets the rest of its own events back."""
    if device_id is None or own <= 0:
        return true()
    return or_(StoredEvent.device_id != device_id, StoredEvent.dev_seq > own)


def _id_hash(event_id: str) -> int:
    return int.from_bytes(hashlib.sha256(event_id.encode("ascii")).digest()[:4], "big")


def digest(session: Session, office_id: str, upto: int, device_id: str | None = None, own: int = 0) -> tuple[int, int]:
    """(count, xsum): an order-independent 32-bit sum of a hash of each event id in the feed up to `upto`, leaving
    out the asking PC's own events as its pull does (so it sums what it pulled)."""
    query = (
        select(StoredEvent.id)
        .join(FeedEntry, FeedEntry.event_seq == StoredEvent.seq)
        .where(FeedEntry.office_id == office_id, FeedEntry.pos <= upto)
    )
    count, xsum = 0, 0
    for event_id in session.scalars(query.where(_not_held_by(device_id, own))):
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
