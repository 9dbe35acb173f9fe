"""Accepting pushed events: each stored once by id, checked (well formed, this device's office and chain, a known
author), given its feed positions, and answered one by one. A batch is one transaction."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.envelope import EventEnvelope, canonical_json, sha256_text
from sync.protocol.events import BOOTSTRAP_TYPES, EventType
from sync.protocol.messages import SERIES_KEY_PATTERN, PushResult, WireEvent
from sync.protocol.receipts import receipt_payload_ok
from sync.protocol.tracking import tracking_payload_ok
from sync.server.admin import event_office_id, now
from sync.server.bulk import as_list, insert_missing, insert_rows, run_sql
from sync.server.console.codes import learn_code
from sync.server.directory import directory_recipients
from sync.server.feeds import RECEIPT_TYPES, FeedBatch, fan_out, grant
from sync.server.models import (
    ConfirmedNumber,
    Device,
    LetterAccess,
    OfficeMember,
    OrgOffice,
    ServerOffice,
    StoredEvent,
)
from sync.server.numbers import seen_number
from sync.server.quotas import check_held, check_series
from sync.server.relays import RelayMemo, learn_heard, learn_links, office_named, relay_heard

log = logging.getLogger("eoffice.server.push")


@dataclass
class Checked:
    envelope: EventEnvelope
    body: str
    hash: str


@dataclass
class NewEvent:
    """An event accepted by this push, inserted with the others of the batch (Batch.insert_new); `seq` is known
    from then on."""

    id: str
    office_id: str
    device_id: str
    dev_seq: int
    type: str
    letter_id: str | None
    hash: str
    body: str
    received_at: datetime
    seq: int = 0
    held: bool = False
    refused: str | None = None  # kept only as a link of its PC's chain: never delivered

    def columns(self) -> dict[str, object]:
        return {
            "id": self.id,
            "office_id": self.office_id,
            "device_id": self.device_id,
            "dev_seq": self.dev_seq,
            "type": self.type,
            "letter_id": self.letter_id,
            "hash": self.hash,
            "body": self.body,
            "held": False,
            "refused": self.refused,
            "received_at": self.received_at,
        }


@dataclass(frozen=True)
class KnownEvent:
    """An event stored before this push, as far as checking the batch against it needs."""

    id: str
    dev_seq: int
    hash: str
    refused: str | None
    seq: int
    held: bool = False


# Events stored under the batch's ids, this PC's around the batch's numbers, and those it has held (hot path: plain
# SQL; each part by its own index: the ids, the PC's numbers, the partial index of held events).
_EVENT_COLUMNS = "SELECT seq, id, device_id, dev_seq, hash, held, refused FROM events WHERE "
KNOWN_EVENTS = (
    f"{_EVENT_COLUMNS}id IN (LIST) UNION {_EVENT_COLUMNS}device_id = ? AND dev_seq BETWEEN ? AND ? "
    f"UNION {_EVENT_COLUMNS}device_id = ? AND held"
)
# Who may see the batch's letters (office, owner), and which of them have events (office NULL).
LETTERS_KNOWN = (
    "SELECT letter_id, office_id, owner FROM letter_access WHERE letter_id IN (LIST) "
    "UNION ALL SELECT DISTINCT letter_id, NULL, CAST(NULL AS BOOLEAN) FROM events WHERE letter_id IN (LIST)"
)
Known = StoredEvent | NewEvent | KnownEvent


REASONS = {
    "foreign_letter": "The event refers to a letter this office has not received.",
    "arrived_letter": "Another office's letter is only reported back on; register it in this office to work on it.",
    "author": "The author is not a user of this office.",
    "number": "The server did not give this registry number to this letter.",
    "foreign_org": "The address-book entry belongs to another office (or has no valid id).",
    "tracking": "A tracking report may hold only the letter's handling state (no minutes or comments).",
    "receipt": "A receipt may hold only its status, the office's name, a number, a letter id and a reason, as short "
    "texts.",
    "relay": "A relayed report may tell only of an office that has reported on the letter by which this office sent "
    "it on.",
}


def _check(device: Device, office: ServerOffice, wire: WireEvent) -> tuple[Checked | None, PushResult | None]:
    """Refusals of events that are not this PC's to send at all (nothing of them is kept)."""
    envelope = EventEnvelope(  # as EventEnvelope.from_dict(wire.envelope_dict()), without copying the payload
        id=wire.id,
        type=wire.type,
        office_id=wire.office_id,
        device_id=wire.device_id,
        author_id=wire.author_id,
        hlc=wire.hlc,
        dev_seq=wire.dev_seq,
        prev=wire.prev,
        payload=wire.payload,
        letter_id=wire.letter_id,
        schema=wire.schema_,
        deps=wire.deps,
        blobs=wire.blobs,
        sig=wire.sig,
    )
    if envelope.device_id != device.id:
        return None, PushResult(
            id=wire.id, status="rejected", code="wrong_device", reason="The event says it was made on another PC."
        )
    if envelope.office_id != event_office_id(office):
        return None, _rejected(wire.id, "wrong_office", "The event belongs to another office.")
    hashed = canonical_json(envelope.body())
    body = hashed if envelope.sig is None else canonical_json(envelope.to_dict())  # unsigned: the same text
    return Checked(envelope, body, sha256_text(hashed)), None


def _content_refusal(session: Session, office: ServerOffice, envelope: EventEnvelope, batch: Batch) -> str | None:
    """Why the office may not make this change (a code of REASONS), or None. Registry numbers are checked apart,
    by `_number_given`, once the event is known to fit its PC's chain."""
    refusal = _letter_refusal(office, envelope, batch)
    if refusal is not None:
        return refusal
    if not _author_ok(session, office, envelope, batch):
        return "author"
    if not _org_owned(session, office, envelope):
        return "foreign_org"
    if envelope.type == EventType.LETTER_TRACKING and not tracking_payload_ok(envelope.payload):
        return "tracking"
    if not relay_heard(session, office, envelope, batch.relays):
        return "relay"
    if envelope.type == EventType.LETTER_RECEIPT and not receipt_payload_ok(envelope.payload):
        return "receipt"
    return None


def _org_owned(session: Session, office: ServerOffice, envelope: EventEnvelope) -> bool:
    """An address-book entry is changed only by the office that added it: another office that learnt its id from a
    letter must not make it stand for itself (and so receive the letters addressed to it)."""
    if not envelope.type.startswith("org."):
        return True
    named = [envelope.payload.get("org_id")]
    if envelope.payload.get("into_org_id") is not None:  # org.merged: both entries are the office's own
        named.append(envelope.payload["into_org_id"])
    for org_id in named:
        if not isinstance(org_id, str) or not 0 < len(org_id) <= 36:
            return False
        entry = session.get(OrgOffice, org_id)
        if entry is not None and entry.owner_office_id != office.id:
            return False
    return True


MEMBER = (
    "SELECT office_id FROM office_members WHERE user_id = ? "
    "UNION ALL SELECT * FROM (SELECT NULL FROM office_members WHERE office_id = ? LIMIT 1) AS anyone"
)


def _author_allowed(session: Session, office: ServerOffice, envelope: EventEnvelope) -> bool:
    """A member of the office; or, for the events that set an office up, anyone while the office has no member."""
    rows = run_sql(session, MEMBER, (envelope.author_id, office.id))  # (its office) and (NULL if any member)
    member = [office_id for (office_id,) in rows if office_id is not None]
    if member:
        return member[0] == office.id
    return envelope.type in BOOTSTRAP_TYPES and not rows


def _letter_refusal(office: ServerOffice, envelope: EventEnvelope, batch: Batch) -> str | None:
    """An office writes only about its own letters, and on another office's letter that reached it only reports
    back (receipts, tracking): it routes, corrects, voids or signs its own incoming letter, registered from it. A
    letter the server does not know yet may be the office's own, arriving out of order."""
    if envelope.letter_id is None:
        return None
    owner, offices = batch.letter(envelope.letter_id)
    if envelope.type in RECEIPT_TYPES:  # only about another office's letter that reached this one
        return None if office.id in offices and owner is not None and owner != office.id else "foreign_letter"
    if offices and office.id not in offices:
        return "foreign_letter"
    return "arrived_letter" if owner is not None and owner != office.id else None


def _learn(session: Session, office: ServerOffice, envelope: EventEnvelope, batch: Batch) -> None:
    """Keep what the server needs from the office's own events: its people and the offices in its address book."""
    p = envelope.payload
    # A person is learnt once: kept by the first office that said so (one statement, no read and no ORM flush).
    if envelope.type == EventType.USER_CREATED:
        insert_missing(session, OfficeMember, {"user_id": str(p["user_id"]), "office_id": office.id})
    if envelope.type == EventType.OFFICE_CREATED:
        insert_missing(session, OfficeMember, {"user_id": envelope.author_id, "office_id": office.id})
    if envelope.type in (EventType.ORG_ADDED, EventType.ORG_UPDATED):
        _learn_link(session, office, envelope)
    if envelope.type == EventType.LETTER_SIGNED:
        learn_code(session, office, envelope)  # for the public check page
    if envelope.type == EventType.LETTER_REGISTERED and not p.get("provisional"):
        key, seq = str(p.get("series_key", "")), p.get("registry_seq")
        if isinstance(seq, int) and 0 < seq < 10**9 and re.match(SERIES_KEY_PATTERN, key):
            batch.numbers[key] = max(seq, batch.numbers.get(key, 0))


def _learn_link(session: Session, office: ServerOffice, envelope: EventEnvelope) -> None:
    """Which office an entry of the office's address book stands for (its `org_id` was checked by `_org_owned`).
    Every entry is remembered with its owner, linked or not, so no other office can claim it later; of two edits
    of the link made at once on two PCs, the later by HLC wins, as on the PCs."""
    p = envelope.payload
    fields = p if envelope.type == EventType.ORG_ADDED else p.get("fields", {})
    if not isinstance(fields, dict):
        return
    entry = session.get(OrgOffice, p["org_id"])
    if entry is None:
        entry = OrgOffice(org_id=p["org_id"], owner_office_id=office.id, office_id=None, link_hlc="")
        session.add(entry)
    if "office_id" in fields and entry.link_hlc < envelope.hlc:
        target = office_named(session, fields["office_id"])
        entry.office_id, entry.link_hlc = (target.id if target else None), envelope.hlc
    session.flush()


def _recipient_offices(session: Session, office: ServerOffice, envelope: EventEnvelope) -> set[str]:
    """The enrolled offices an outgoing letter goes to: its recipients that are entries of the sending office's own
    address book linked to an office."""
    if envelope.type != EventType.LETTER_REGISTERED or envelope.payload.get("direction") != "out":
        return set()
    found = set()
    for org_id in envelope.payload.get("recipients", []):
        link = session.get(OrgOffice, str(org_id))
        if link is not None and link.office_id and link.owner_office_id == office.id:
            found.add(link.office_id)
    return found | directory_recipients(session, envelope.payload.get("recipient_offices"))


class Batch:
    """What one push needs to know, fetched once: events already stored under the batch's ids, this PC's stored
    events around the batch's numbers (and any it has held), known authors, the feed entries and numbers to write."""

    def __init__(self, session: Session, device: Device, events: list[WireEvent]) -> None:
        self.session = session
        self.moment = now()  # when the batch's events were received
        self.feed = FeedBatch()
        self.numbers: dict[str, int] = {}
        self.authors: dict[str, bool] = {}
        self.relays = RelayMemo()  # relayed reports taken, links and offices heard on letters, found or learnt
        self.new: list[NewEvent] = []  # accepted, inserted together (insert_new)
        self.new_access: list[dict[str, object]] = []  # offices newly allowed to see a letter, likewise
        self.holds = 0  # events this push held
        ids = {wire.id for wire in events}
        seqs = [wire.dev_seq for wire in events] or [0]
        low, high = min(seqs) - 1, max(seqs) + 1
        found = run_sql(session, KNOWN_EVENTS, (as_list(ids), device.id, low, high, device.id))
        self.by_id: dict[str, Known] = {}
        self.chain: dict[int, Known] = {}
        for seq, event_id, device_id, dev_seq, hash_, held, refused in found:
            # Held events are released (changed or deleted) by this push: those as rows of the session.
            row: Known = KnownEvent(event_id, dev_seq, hash_, refused, seq)
            if held:
                row = session.get_one(StoredEvent, seq)
            if event_id in ids:
                self.by_id[event_id] = row
            if device_id == device.id and (low <= dev_seq <= high or held):
                self.chain[dev_seq] = row
        letter_ids = {wire.letter_id for wire in events if wire.letter_id}
        self.access: dict[str, dict[str, bool]] = {letter_id: {} for letter_id in letter_ids}
        self.had_events: set[str] = set()
        if letter_ids:  # who may see them, and which have events on the server already: one query
            given = as_list(letter_ids)
            for letter_id, office_id, owner in run_sql(session, LETTERS_KNOWN, (given, given)):
                if office_id is None:
                    self.had_events.add(letter_id)
                else:
                    self.access[letter_id][office_id] = bool(owner)

    def letter(self, letter_id: str) -> tuple[str | None, set[str]]:
        """(owner office, offices that may see it) of a letter of this batch (or of a held event released now)."""
        if letter_id not in self.access:
            rows = self.session.execute(
                select(LetterAccess.office_id, LetterAccess.owner).where(LetterAccess.letter_id == letter_id)
            )
            self.access[letter_id] = {office_id: owner for office_id, owner in rows}
            if self.session.scalar(select(StoredEvent.seq).where(StoredEvent.letter_id == letter_id).limit(1)):
                self.had_events.add(letter_id)
        offices = self.access[letter_id]
        return next((office for office, owner in offices.items() if owner), None), set(offices)

    def grant(self, session: Session, row: NewEvent, blobs: list[str], office_id: str, owner: bool) -> None:
        """Let an office see the letter `row` (referring to files `blobs`) registers. A letter with no earlier
        events on the server (the usual case) needs no look-ups: its history is this one event."""
        assert row.letter_id is not None
        self.letter(row.letter_id)
        offices = self.access[row.letter_id]
        if office_id in offices:
            return
        if row.letter_id in self.had_events:
            self.insert_new()  # the letter's history is read from the table
            grant(session, self.feed, row.letter_id, office_id, owner)
        else:
            self.new_access.append({"letter_id": row.letter_id, "office_id": office_id, "owner": owner})
            # The sending office may read a file once it has uploaded it, not because its event names the hash.
            self.feed.add(office_id, [row], blobs if office_id != row.office_id else [], row.office_id)
        offices[office_id] = owner

    def insert_new(self) -> None:
        """Insert the accepted events and letter access not written yet (one statement each); learn the seqs."""
        if self.new:
            rows = [row.columns() for row in self.new]
            seqs = {event_id: seq for seq, event_id in insert_rows(self.session, StoredEvent, rows, ("seq", "id"))}
            for row in self.new:
                row.seq = seqs[row.id]
            self.new.clear()
        insert_rows(self.session, LetterAccess, self.new_access)
        self.new_access.clear()

    def keep(self, row: Known) -> None:
        self.by_id[row.id] = row
        self.chain[row.dev_seq] = row

    def forget(self, row: Known) -> None:
        self.by_id.pop(row.id, None)
        self.chain.pop(row.dev_seq, None)


def _held_row(device: Device, office: ServerOffice, checked: Checked) -> StoredEvent:
    envelope = checked.envelope
    return StoredEvent(
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


def _add_row(
    device: Device, office: ServerOffice, checked: Checked, batch: Batch, refused: str | None = None
) -> NewEvent:
    """The event as a row of this batch: inserted with the rest of it, or when a look-up needs it."""
    envelope = checked.envelope
    row = NewEvent(
        id=envelope.id,
        office_id=office.id,
        device_id=device.id,
        dev_seq=envelope.dev_seq,
        type=envelope.type,
        letter_id=envelope.letter_id,
        hash=checked.hash,
        body=checked.body,
        received_at=batch.moment,
        refused=refused,
    )
    batch.new.append(row)
    batch.keep(row)
    return row


def _store(session: Session, device: Device, office: ServerOffice, checked: Checked, batch: Batch) -> PushResult:
    envelope = checked.envelope
    row = _add_row(device, office, checked, batch)
    _learn(session, office, envelope, batch)
    if envelope.type in RECEIPT_TYPES:
        learn_heard(session, office, envelope, batch.relays)
    if envelope.letter_id is not None and envelope.type == EventType.LETTER_REGISTERED:
        if batch.letter(envelope.letter_id)[0] is None:  # its first registration
            learn_links(session, office, envelope, batch.relays)
        batch.grant(session, row, envelope.blobs, office.id, owner=True)
        for other in sorted(_recipient_offices(session, office, envelope) - {office.id}):
            batch.grant(session, row, envelope.blobs, other, owner=False)
    else:
        owner, offices = batch.letter(envelope.letter_id) if envelope.letter_id else (None, set())
        fan_out(batch.feed, row, envelope.blobs, office.id, owner, offices)
    if envelope.letter_id is not None:
        batch.had_events.add(envelope.letter_id)
    return PushResult.model_construct(id=envelope.id, status="accepted")


def _rejected(event_id: str, code: str, reason: str) -> PushResult:
    return PushResult(id=event_id, status="rejected", code=code, reason=reason)


def _refused_link(device: Device, office: ServerOffice, checked: Checked, batch: Batch, code: str) -> PushResult:
    envelope = checked.envelope
    _add_row(device, office, checked, batch, refused=code)
    return _rejected(envelope.id, code, REASONS[code])


def accept_batch(session: Session, device: Device, events: list[WireEvent]) -> list[PushResult]:
    """One answer per event; the caller commits the whole batch at once. A PC restored from a backup and enrolled
    again sends the events its former device never sent: each is checked against that device's chain, as if that
    device had sent it."""
    replaced = _replaced_devices(session, device)
    if not replaced or all(wire.device_id == device.id for wire in events):
        return _accept_for(session, device, events)
    groups: dict[str, list[WireEvent]] = {}
    for wire in events:
        groups.setdefault(wire.device_id if wire.device_id in replaced else device.id, []).append(wire)
    results: list[PushResult] = []
    for device_id, wires in groups.items():
        results += _accept_for(session, replaced.get(device_id, device), wires)
    return results


def _replaced_devices(session: Session, device: Device) -> dict[str, Device]:
    """The devices this one took over, and those they took over in turn (one PC restored more than once)."""
    found: dict[str, Device] = {}
    current: Device | None = device
    while current is not None and current.replaces and current.replaces not in found:
        current = session.get(Device, current.replaces)
        if current is not None and current.office_id == device.office_id:
            found[current.id] = current
    return found


def _office(session: Session, office_id: str) -> ServerOffice:
    """The device's office, as far as a push needs it (its ids), not tied to the session."""
    found = run_sql(session, "SELECT id, event_office_id FROM offices WHERE id = ?", (office_id,))
    assert found, office_id
    return ServerOffice(id=found[0][0], event_office_id=found[0][1])


def _accept_for(session: Session, device: Device, events: list[WireEvent]) -> list[PushResult]:
    office = _office(session, device.office_id)
    batch = Batch(session, device, events)
    results: list[PushResult] = []
    for wire in events:
        checked, refusal = _check(device, office, wire)
        if refusal is not None or checked is None:
            results.append(refusal)  # type: ignore[arg-type]
            continue
        envelope = checked.envelope
        existing = batch.by_id.get(envelope.id)
        if existing is not None:
            if existing.hash != checked.hash:
                results.append(_rejected(envelope.id, "id_reuse", "The same event id was sent with other content."))
            elif existing.refused:  # sent again: the same answer as the first time
                results.append(_rejected(envelope.id, existing.refused, REASONS.get(existing.refused, "")))
            else:
                results.append(PushResult(id=envelope.id, status="duplicate"))
            continue
        if batch.chain.get(envelope.dev_seq) is not None:
            results.append(
                _rejected(
                    envelope.id,
                    "fork",
                    "This PC sent two different changes with the same number; "
                    "it must be enrolled again (was it restored from a copy?).",
                )
            )
            continue
        code = _content_refusal(session, office, envelope, batch)
        before = batch.chain.get(envelope.dev_seq - 1) if envelope.dev_seq > 1 else None
        gap = envelope.dev_seq > 1 and (before is None or before.held)
        broken = before is not None and not before.held and before.hash != envelope.prev
        if code is not None and (gap or broken):
            results.append(_rejected(envelope.id, code, REASONS[code]))  # not a link of the chain: nothing kept
            continue
        if gap:
            results.append(_hold(session, device, office, checked, batch))
            continue
        if broken:
            results.append(_rejected(envelope.id, "chain", "The event does not follow the previous change of this PC."))
            continue
        if code is None and not _number_given(session, office, envelope, batch):
            code = "number"
        if code is not None:
            # Refused, but kept (never delivered) as a link of this PC's chain, so its later changes still follow.
            results.append(_refused_link(device, office, checked, batch, code))
        else:
            results.append(_store(session, device, office, checked, batch))
        results += _release_held(session, device, office, envelope.dev_seq, batch)
    if batch.holds:  # (the PC's held events are all rows of the session: Batch)
        held = [row for row in batch.chain.values() if isinstance(row, StoredEvent) and row.held]
        check_held(len(held), sum(len(row.body) for row in held))
    batch.insert_new()
    check_series(session, office.id, set(batch.numbers))
    for key, seq in sorted(batch.numbers.items()):
        seen_number(session, office.id, key, seq)
    batch.feed.flush(session)
    home = office.id
    for result in results:
        if result.status == "accepted":
            row = batch.by_id[result.id]
            result.server_pos = batch.feed.positions.get((home, row.seq))
    return results


def _number_given(session: Session, office: ServerOffice, envelope: EventEnvelope, batch: Batch) -> bool:
    """A provisional number is made final with the number the server gave that letter of this office. A
    confirmation the server has no record of (it was restored from an older backup) is learnt again when the number
    is free in the series, and refused when another letter has it."""
    if envelope.type != EventType.LETTER_NUMBER_CONFIRMED:
        return True
    p, letter_id = envelope.payload, envelope.letter_id or ""
    seq, key = p.get("registry_seq"), p.get("series_key")
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(key, str) or not 0 < seq < 10**9:
        return False
    given = session.get(ConfirmedNumber, letter_id)
    if given is not None:
        return given.office_id == office.id and given.seq == seq and given.series_key == key
    owner, _ = batch.letter(letter_id)
    taken = session.scalar(
        select(ConfirmedNumber.letter_id)
        .where(ConfirmedNumber.office_id == office.id, ConfirmedNumber.series_key == key, ConfirmedNumber.seq == seq)
        .limit(1)
    )
    if owner != office.id or taken is not None or not re.match(SERIES_KEY_PATTERN, key):
        return False
    session.add(
        ConfirmedNumber(
            letter_id=letter_id,
            office_id=office.id,
            series_key=key,
            seq=seq,
            device_id=envelope.device_id,
            confirmed_at=now(),
        )
    )
    batch.numbers[key] = max(seq, batch.numbers.get(key, 0))  # never handed out again
    return True


def _author_ok(session: Session, office: ServerOffice, envelope: EventEnvelope, batch: Batch) -> bool:
    known = batch.authors.get(envelope.author_id)
    if known:
        return True
    allowed = _author_allowed(session, office, envelope)
    if allowed and envelope.type not in BOOTSTRAP_TYPES:
        batch.authors[envelope.author_id] = True  # a member stays a member for the rest of the batch
    return allowed


def _hold(session: Session, device: Device, office: ServerOffice, checked: Checked, batch: Batch) -> PushResult:
    """Kept durably but not delivered until the earlier changes of this PC arrive (out-of-order, USB bundles)."""
    envelope = checked.envelope
    row = _held_row(device, office, checked)
    session.add(row)
    session.flush()
    batch.keep(row)
    batch.holds += 1
    return PushResult(id=envelope.id, status="held")


def _release_held(
    session: Session, device: Device, office: ServerOffice, dev_seq: int, batch: Batch
) -> list[PushResult]:
    released: list[PushResult] = []
    while True:
        held = batch.chain.get(dev_seq + 1)
        if not isinstance(held, StoredEvent) or not held.held:  # held events are rows of the session (Batch)
            return released
        envelope = EventEnvelope.from_dict(json.loads(held.body))
        code = _content_refusal(session, office, envelope, batch)
        if code is None and not _number_given(session, office, envelope, batch):
            code = "number"
        if code is not None:  # answered "held" before: now refused, kept as a link, never delivered
            log.warning("held event %s of device %s refused on release: %s", held.id, device.id, code)
            held.held, held.refused = False, code
            session.flush()
            # Release happens in a push of the same PC: the answer tells it (it counted the event as stored).
            released.append(_rejected(held.id, code, REASONS[code]))
            dev_seq += 1
            continue
        batch.forget(held)
        session.delete(held)
        session.flush()
        released.append(_store(session, device, office, Checked(envelope, held.body, held.hash), batch))
        dev_seq += 1
