"""Letters other offices sent to this one ("Arrived"), registering one as this office's incoming letter, and the
receipts (delivered, registered, returned) the sending office gets back for its own outgoing letters. Returning a
letter to its sender is core/journey/returns.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.links import JourneyLink, origin_of
from eoffice_desktop.core.journey.policy import sharing_policy
from eoffice_desktop.core.journey.receipts import RECEIPT
from eoffice_desktop.core.journey.sender_names import office_names, report_names, stated_senders
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import ActionRefused, Registered, register_letter
from eoffice_desktop.core.routing.workdays import add_working_days, holidays
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Attachment, Event, Letter, Office, Organisation
from sync.protocol.events import EventType

# Written by the receiving office on the sender's letter (status "delivered" or "registered"); the server hands it
# only to the sending office (see core/journey/receipts.py and docs/sync-protocol.md).
RECEIVED = RECEIPT


def copy_attachments(s: Session, store: OfficeStore, actor: Actor, from_letter: str, to_letter: str) -> None:
    """The files of one letter become another's too (an arrived letter registered here, a letter sent on): the
    same stored bytes, named by the same hash, with their names and types."""
    attachments = s.scalars(select(Attachment).where(Attachment.letter_id == from_letter).order_by(Attachment.id))
    for attachment in list(attachments):
        payload: dict[str, Any] = {
            "id": uuid7(),
            "blob": attachment.blob_hash,
            "filename": attachment.filename,
            "media_type": attachment.media_type,
            "size": attachment.size,
        }
        store.log.append(
            s, actor, EventType.LETTER_ATTACHMENT_ADDED, payload, letter_id=to_letter, blobs=[attachment.blob_hash]
        )


@dataclass(frozen=True)
class ArrivedRow:
    id: str
    sender_office_id: str
    sender: str
    registry_number: str
    register_date: date
    subject: str
    urgency: str
    attachment_count: int
    late: bool = False  # not registered within the working days the office allows (the sender sees it as lost)


@dataclass(frozen=True)
class Receipt:
    kind: str  # "delivered", "registered" or "returned"
    office_id: str
    office_name: str
    at: datetime
    registry_number: str = ""
    reason: str = ""  # why the office returned the letter


SETTLED = ("registered", "returned")  # the office's answer to an arrived letter: it leaves the Arrived list


def settled_here(session: Session, office_id: str, letter_ids: list[str]) -> dict[str, str]:
    """Which of these arrived letters this office has registered or returned to its sender: letter id -> "registered"
    or "returned". A registered letter stays registered (also one returned first and registered after all)."""
    done: dict[str, str] = {}
    for start in range(0, len(letter_ids), 500):
        query = (
            select(Event.letter_id, Event.payload)
            .where(
                Event.letter_id.in_(letter_ids[start : start + 500]),
                Event.type == RECEIVED,
                Event.office_id == office_id,
            )
            .order_by(Event.hlc)
        )
        for row in session.execute(query):
            status = json.loads(row.payload).get("status")
            if row.letter_id and status in SETTLED and done.get(row.letter_id) != "registered":
                done[row.letter_id] = status
    return done


def arrived_letters(session: Session, office_id: str, today: date | None = None) -> list[ArrivedRow]:
    """Letters of other offices that reached this PC and are not registered here yet, oldest first (the ones the
    sender may already be worried about on top, marked `late`). The server only delivers another office's letter
    when it is addressed or routed to this office.

    "Another office" is written as two ranges around this office's id, so the office index finds the few letters
    of other offices without reading the office's own (a million of them in a big registry)."""
    names = office_names(session)
    query = (
        select(Letter)
        .where(or_(Letter.office_id < office_id, Letter.office_id > office_id), Letter.status != "void")
        .order_by(Letter.registered_at)
    )
    letters = list(session.scalars(query))
    done = settled_here(session, office_id, [letter.id for letter in letters])
    unknown = [letter for letter in letters if letter.id not in done and letter.office_id not in names]
    stated = stated_senders(session, unknown) if unknown else {}
    today = today or date.today()
    days, off = sharing_policy(session).lost_after_days, holidays(session)
    return [
        ArrivedRow(
            id=letter.id,
            sender_office_id=letter.office_id,
            sender=names.get(letter.office_id) or stated.get(letter.id, ""),
            registry_number=letter.registry_number,
            register_date=letter.register_date,
            subject=letter.subject,
            urgency=letter.urgency,
            attachment_count=letter.attachment_count,
            late=add_working_days(letter.register_date, days, off) < today,
        )
        for letter in letters
        if letter.id not in done
    ]


def count_arrived(session: Session, office_id: str) -> int:
    return len(arrived_letters(session, office_id))


def register_arrival(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    today: date | None = None,
    after_return: Callable[[Session, Letter], None] | None = None,
) -> Registered:
    """Register another office's letter as this office's incoming letter, in one transaction: the new letter (its
    sender, their number as reference, the same files) and a receipt linking both, which the sender sees. A letter
    this office returned is registered only with `after_return`, its rules (core/journey/after_return.py)."""
    with store.db.write() as s:
        arrived = s.get(Letter, letter_id)
        if arrived is None or arrived.office_id == actor.office_id:
            raise ActionRefused("This letter has not arrived on this PC.", code="letter_not_arrived")
        settled = settled_here(s, actor.office_id, [letter_id]).get(letter_id)
        if settled == "registered":
            raise ActionRefused("This letter is already registered in this office.", code="letter_already_registered")
        if settled == "returned" and after_return is None:
            raise ActionRefused(
                "This letter was returned to the office that sent it. If that was a mistake, register it after all: "
                "on the Arrived page, tick Show the letters this office returned to their office.",
                code="letter_already_returned",
            )
        if after_return is not None:
            after_return(s, arrived)
        sender = _sender_org(s, store, actor, arrived)
        answers = _answered_here(s, actor.office_id, letter_id)
        form = LetterForm(
            direction="in",
            register_date=today or date.today(),
            sender_org_id=sender.id,
            sender_ref=arrived.registry_number,
            letter_date=arrived.register_date,
            delivery_mode="sync",
            subject=arrived.subject,
            summary=arrived.summary,
            doc_type=arrived.doc_type,
            urgency=arrived.urgency,
            confidentiality=arrived.confidentiality,
            pages=arrived.pages,
            signatory=arrived.signatory,
            in_reply_to=answers,
        )
        links = {"arrived_from": letter_id, "origin": origin_of(s, letter_id)}
        registered = register_letter(store, actor, form, today=today, session=s, links=links)
        copy_attachments(s, store, actor, letter_id, registered.letter_id)
        office = s.get(Office, actor.office_id)
        store.log.append(
            s,
            actor,
            RECEIVED,
            {
                "status": "registered",
                "office_name": office.name_lo if office else "",
                "registry_number": registered.registry_number,
                "incoming_letter_id": registered.letter_id,
            },
            letter_id=letter_id,
        )
    return Registered(
        registered.letter_id,
        registered.registry_number,
        Changes(letters=frozenset({registered.letter_id, letter_id}), registers=True, arrivals=True),
    )


def _answered_here(s: Session, office_id: str, letter_id: str) -> str | None:
    """Our outgoing letter that the arrived letter answers (its sender named it), if we still have it."""
    link = s.get(JourneyLink, letter_id)
    answered = s.get(Letter, link.answers) if link is not None and link.answers else None
    if answered is None or answered.office_id != office_id or answered.direction != "out":
        return None
    return answered.id


def _sender_org(s: Session, store: OfficeStore, actor: Actor, arrived: Letter) -> Organisation:
    """The address-book entry of the office the letter came from; a new one, linked to that office, the first time
    one of its letters is registered here: named as this PC knows the office, else as the letter names its sender
    (the clerk can rename it in the address book; the link keeps it that office's entry)."""
    office_id = arrived.office_id
    known = s.scalars(select(Organisation).where(Organisation.office_id == office_id)).first()
    if known is not None:
        return known
    name = office_names(s, {office_id}).get(office_id) or stated_senders(s, [arrived])[arrived.id] or office_id
    return add_organisation(s, store.log, actor, EntryFields(name, office_id=office_id))


def receipts(session: Session, letter_id: str) -> list[Receipt]:
    """What the other offices reported back for one of this office's outgoing letters, oldest first; each office
    named as the letter's own recipients name it (as its "To" and Journey do), else as `office_names` does."""
    query = select(Event).where(Event.letter_id == letter_id, Event.type == RECEIVED).order_by(Event.hlc)
    rows = [(row, json.loads(row.payload)) for row in session.scalars(query)]
    names = report_names(session, letter_id, [(row.office_id, payload) for row, payload in rows])
    found: list[Receipt] = []
    for row, payload in rows:
        status = payload.get("status")
        kind = status if status in ("delivered", "returned") else "registered"
        name = names.get(row.office_id, "")
        number, reason = str(payload.get("registry_number", "")), str(payload.get("reason", ""))
        found.append(Receipt(kind, row.office_id, name, row.received_at, number, reason))
    return found
