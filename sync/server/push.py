"""Accepting pushed events: each stored once by id, checked (well formed, this device's office and chain, a known
author), given its feed positions, and answered one by one. A batch is one transaction."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.envelope import EventEnvelope, canonical_json, sha256_text
from sync.protocol.messages import SERIES_KEY_PATTERN, PushResult, WireEvent
from sync.server.admin import event_office_id, now
from sync.server.feeds import fan_out, grant, letter_offices
from sync.server.models import Device, OfficeMember, OrgOffice, ServerOffice, StoredEvent
from sync.server.numbers import seen_number

# Events that make their author a member of the office (the first account is created by the office's creator).
BOOTSTRAP_TYPES = {"office.created", "user.created"}


@dataclass
class Checked:
    envelope: EventEnvelope
    body: str
    hash: str


def _check(device: Device, office: ServerOffice, wire: WireEvent) -> tuple[Checked | None, PushResult | None]:
    envelope = EventEnvelope.from_dict(wire.envelope_dict())
    if envelope.device_id != device.id:
        return None, PushResult(
            id=wire.id, status="rejected", code="wrong_device", reason="The event says it was made on another PC."
        )
    if envelope.office_id != event_office_id(office):
        return None, PushResult(
            id=wire.id, status="rejected", code="wrong_office", reason="The event belongs to another office."
        )
    body = canonical_json(envelope.to_dict())
    return Checked(envelope, body, sha256_text(canonical_json(envelope.body()))), None


def _author_allowed(session: Session, office: ServerOffice, envelope: EventEnvelope) -> bool:
    member = session.get(OfficeMember, envelope.author_id)
    if member is not None:
        return member.office_id == office.id
    has_members = session.scalar(select(OfficeMember.user_id).where(OfficeMember.office_id == office.id).limit(1))
    return envelope.type in BOOTSTRAP_TYPES and has_members is None


def _letter_allowed(session: Session, office: ServerOffice, envelope: EventEnvelope) -> bool:
    """An office writes only about its own letters and those it received (and registers no letter id another office
    already owns). A letter the server does not know yet may be the office's own, arriving out of order."""
    if envelope.letter_id is None:
        return True
    owner, offices = letter_offices(session, envelope.letter_id)
    if offices and office.id not in offices:
        return False
    return not (envelope.type == "letter.registered" and owner is not None and owner != office.id)


def _learn(session: Session, office: ServerOffice, envelope: EventEnvelope) -> None:
    """Keep what the server needs from the office's own events: its people and the offices in its address book."""
    p = envelope.payload
    if envelope.type == "user.created" and session.get(OfficeMember, p.get("user_id", "")) is None:
        session.add(OfficeMember(user_id=str(p["user_id"]), office_id=office.id))
    if envelope.type == "office.created" and session.get(OfficeMember, envelope.author_id) is None:
        session.add(OfficeMember(user_id=envelope.author_id, office_id=office.id))
    if envelope.type == "org.added" and p.get("office_id"):
        target = session.scalar(
            select(ServerOffice).where(
                (ServerOffice.event_office_id == p["office_id"]) | (ServerOffice.id == p["office_id"])
            )
        )
        if target is not None and session.get(OrgOffice, p["org_id"]) is None:
            session.add(OrgOffice(org_id=str(p["org_id"]), office_id=target.id))
    if envelope.type == "letter.registered" and not p.get("provisional"):
        key, seq = str(p.get("series_key", "")), p.get("registry_seq")
        if isinstance(seq, int) and 0 < seq < 10**9 and re.match(SERIES_KEY_PATTERN, key):
            seen_number(session, office.id, key, seq)


def _recipient_offices(session: Session, envelope: EventEnvelope) -> set[str]:
    if envelope.type != "letter.registered" or envelope.payload.get("direction") != "out":
        return set()
    found = set()
    for org_id in envelope.payload.get("recipients", []):
        link = session.get(OrgOffice, str(org_id))
        if link is not None:
            found.add(link.office_id)
    return found


def _store(session: Session, device: Device, office: ServerOffice, checked: Checked) -> PushResult:
    envelope = checked.envelope
    row = StoredEvent(
        id=envelope.id,
        office_id=office.id,
        device_id=device.id,
        dev_seq=envelope.dev_seq,
        type=envelope.type,
        letter_id=envelope.letter_id,
        hash=checked.hash,
        body=checked.body,
        held=False,
        received_at=now(),
    )
    session.add(row)
    session.flush()
    _learn(session, office, envelope)
    if envelope.letter_id is not None and envelope.type == "letter.registered":
        grant(session, envelope.letter_id, office.id, owner=True)
        for other in _recipient_offices(session, envelope) - {office.id}:
            grant(session, envelope.letter_id, other)
        return PushResult(id=envelope.id, status="accepted", server_pos=None)
    position = fan_out(session, row, office.id)
    return PushResult(id=envelope.id, status="accepted", server_pos=position)


def _previous(session: Session, device: Device, dev_seq: int) -> StoredEvent | None:
    return session.scalar(select(StoredEvent).where(StoredEvent.device_id == device.id, StoredEvent.dev_seq == dev_seq))


def accept_batch(session: Session, device: Device, events: list[WireEvent]) -> list[PushResult]:
    """One answer per event; the caller commits the whole batch at once."""
    office = session.get(ServerOffice, device.office_id)
    assert office is not None
    results: list[PushResult] = []
    for wire in events:
        checked, refusal = _check(device, office, wire)
        if refusal is not None or checked is None:
            results.append(refusal)  # type: ignore[arg-type]
            continue
        envelope = checked.envelope
        existing = session.scalar(select(StoredEvent).where(StoredEvent.id == envelope.id))
        if existing is not None:
            same = existing.hash == checked.hash
            results.append(
                PushResult(
                    id=envelope.id,
                    status="duplicate" if same else "rejected",
                    code=None if same else "id_reuse",
                    reason=None if same else "The same event id was sent with other content.",
                )
            )
            continue
        if not _letter_allowed(session, office, envelope):
            results.append(
                PushResult(
                    id=envelope.id,
                    status="rejected",
                    code="foreign_letter",
                    reason="The event refers to a letter this office has not received.",
                )
            )
            continue
        clash = _previous(session, device, envelope.dev_seq)
        if clash is not None:
            results.append(
                PushResult(
                    id=envelope.id,
                    status="rejected",
                    code="fork",
                    reason="This PC sent two different changes with the same number; "
                    "it must be enrolled again (was it restored from a copy?).",
                )
            )
            continue
        if envelope.dev_seq > 1:
            before = _previous(session, device, envelope.dev_seq - 1)
            if before is None or before.held:
                results.append(_hold(session, device, office, checked))
                continue
            if before.hash != envelope.prev:
                results.append(
                    PushResult(
                        id=envelope.id,
                        status="rejected",
                        code="chain",
                        reason="The event does not follow the previous change of this PC.",
                    )
                )
                continue
        if not _author_allowed(session, office, envelope):
            results.append(
                PushResult(
                    id=envelope.id, status="rejected", code="author", reason="The author is not a user of this office."
                )
            )
            continue
        results.append(_store(session, device, office, checked))
        results += _release_held(session, device, office, envelope.dev_seq)
    return results


def _hold(session: Session, device: Device, office: ServerOffice, checked: Checked) -> PushResult:
    """Kept durably but not delivered until the earlier changes of this PC arrive (out-of-order, USB bundles)."""
    envelope = checked.envelope
    session.add(
        StoredEvent(
            id=envelope.id,
            office_id=office.id,
            device_id=device.id,
            dev_seq=envelope.dev_seq,
            type=envelope.type,
            letter_id=envelope.letter_id,
            hash=checked.hash,
            body=checked.body,
            held=True,
            received_at=now(),
        )
    )
    session.flush()
    return PushResult(id=envelope.id, status="held")


def _release_held(session: Session, device: Device, office: ServerOffice, dev_seq: int) -> list[PushResult]:
    released: list[PushResult] = []
    while True:
        held = _previous(session, device, dev_seq + 1)
        if held is None or not held.held:
            return released
        envelope = EventEnvelope.from_dict(json.loads(held.body))
        if not _author_allowed(session, office, envelope) or not _letter_allowed(session, office, envelope):
            return released  # stays held, never delivered: it was accepted for keeping, not for others to see
        session.delete(held)
        session.flush()
        released.append(_store(session, device, office, Checked(envelope, held.body, held.hash)))
        dev_seq += 1
