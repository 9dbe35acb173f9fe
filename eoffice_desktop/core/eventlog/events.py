"""The append-only event log: making local events (id, clock, hash chain) and storing remote ones.

Every change goes through `EventLog.append`, which applies the event to the projections in the same transaction.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.actor import Actor as Actor
from eoffice_desktop.core.storage.ids import HybridClock, uuid7
from eoffice_desktop.core.storage.models import Event
from eoffice_desktop.core.storage.prepared import Prepared, PreparedInsert, Tx
from eoffice_shared.refusals import Refusal
from sync.protocol.envelope import GENESIS, MAX_EVENT_BYTES, EventEnvelope, canonical_json, sha256_text
from sync.protocol.events import schema_of


class EventTooLarge(Refusal, ValueError):
    pass


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def envelope_of(row: Event) -> EventEnvelope:
    return EventEnvelope(
        id=row.id,
        type=row.type,
        schema=row.schema,
        letter_id=row.letter_id,
        office_id=row.office_id,
        device_id=row.device_id,
        author_id=row.author_id,
        hlc=row.hlc,
        dev_seq=row.dev_seq,
        prev=row.prev,
        payload=json.loads(row.payload),
        deps=json.loads(row.deps),
        blobs=json.loads(row.blobs),
        sig=row.sig,
    )


def payload_of(row: Event) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row.payload)
    return data


class EventLog:
    """Appends this device's events in order; one instance per open database."""

    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        self.clock = HybridClock(device_id)
        self._primed = False

    def _prime(self, session: Tx) -> None:
        found = _LAST_HLC.run(session).fetchone()
        last = found[0] if found else None
        if last:
            self.clock.observe(last)
        self._primed = True

    def append(
        self,
        session: Tx,
        actor: Actor,
        type_: str,
        payload: dict[str, Any],
        letter_id: str | None = None,
        blobs: list[str] | None = None,
    ) -> Event:
        """Record one event and fold it into the projections; the caller owns the transaction."""
        if not self._primed:
            self._prime(session)
        # The head of this device's chain, read once per transaction (an import appends a thousand events in one);
        # another transaction reads it again, as another session may have appended meanwhile.
        # (a plain transaction is its own: its `info` lives as long as it)
        transaction = session.get_transaction() if isinstance(session, Session) else session
        known = session.info.get("event_heads")
        if known is None or known[0] is not transaction:
            known = session.info["event_heads"] = (transaction, {})
        heads: dict[str, tuple[int, str]] = known[1]
        head = heads.get(self.device_id)
        if head is None:
            found = _HEAD.run(session, {"device": self.device_id}).fetchone()
            head = (found[0], found[1]) if found else None
        dev_seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
        envelope = EventEnvelope(
            id=uuid7(),
            type=type_,
            schema=schema_of(type_),
            letter_id=letter_id,
            office_id=actor.office_id,
            device_id=self.device_id,
            author_id=actor.user_id,
            hlc=self.clock.now(),
            dev_seq=dev_seq,
            prev=prev,
            payload=payload,
            blobs=sorted(blobs or []),
        )
        row = _store_fresh(session, envelope)
        heads[self.device_id] = (row.dev_seq, row.hash)
        return row


_LAST_HLC = Prepared(select(func.max(Event.hlc)))
_HEAD = Prepared(
    select(Event.dev_seq, Event.hash)
    .where(Event.device_id == bindparam("device"))
    .order_by(Event.dev_seq.desc())
    .limit(1)
)
# Every column but those an event made here leaves empty (the server's position, a refusal) and its local order.
_INSERT = PreparedInsert(
    Event, [c.name for c in Event.__table__.columns if c.name not in ("seq", "server_pos", "refused")]
)


def _columns_of(envelope: EventEnvelope) -> dict[str, Any]:
    """The event's row as column values, not yet stored; its texts made once (the body's hash covers the same
    payload text)."""
    payload = canonical_json(envelope.payload)
    body = canonical_json(envelope.body())
    if len(body.encode("utf-8")) > MAX_EVENT_BYTES:
        raise EventTooLarge("This change is too large to record; shorten the text.", code="change_too_large")
    return {
        "id": envelope.id,
        "type": envelope.type,
        "schema": envelope.schema,
        "letter_id": envelope.letter_id,
        "office_id": envelope.office_id,
        "device_id": envelope.device_id,
        "author_id": envelope.author_id,
        "hlc": envelope.hlc,
        "dev_seq": envelope.dev_seq,
        "prev": envelope.prev,
        "hash": sha256_text(body),
        "payload": payload,
        "deps": canonical_json(envelope.deps),
        "blobs": canonical_json(envelope.blobs),
        "sig": envelope.sig,
        "received_at": utcnow(),
        "acked": False,
    }


def _fold_or_hold(session: Tx, row: Event, fresh: bool = False, payload: dict[str, Any] | None = None) -> None:
    # The projections load with the first event written, not with every reader of the log: start-up reads only.
    from eoffice_desktop.core.eventlog.held_events import fold_or_hold

    fold_or_hold(session, row, fresh=fresh, payload=payload)


def _store_fresh(session: Tx, envelope: EventEnvelope) -> Event:
    """An event made here just now: one plain INSERT (no unit of work; the ORM never tracks the row) and its fold.

    The row folded and returned is its columns as attributes, read as a stored `Event` is read but without the ORM's
    bookkeeping (making an `Event` costs a registration 23 µs): it is not in the session, and `session.get(Event,
    ...)` reads the stored one. Its payload is folded from the dict it was made from, which holds the same values as
    the stored JSON text (a payload is plain JSON values), not read back from that text."""
    values = _columns_of(envelope)
    values["seq"] = _INSERT.insert(session, values)
    row = cast(Event, SimpleNamespace(**values, server_pos=None, refused=None))  # (those two: set by the sync)
    _fold_or_hold(session, row, fresh=True, payload=envelope.payload)
    return row


def store(session: Session, envelope: EventEnvelope) -> Event:
    """Insert an event received from elsewhere and apply it; the caller has checked it is new."""
    row = Event(**_columns_of(envelope))
    session.add(row)
    session.flush()
    _fold_or_hold(session, row)  # or kept aside: made by a newer eOffice
    return row


def letter_history(session: Session, letter_id: str) -> list[Event]:
    """A letter's events in the order they happened."""
    return list(
        session.scalars(
            select(Event).where(Event.letter_id == letter_id).order_by(Event.hlc, Event.device_id, Event.id)
        )
    )
