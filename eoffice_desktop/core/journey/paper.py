"""Letters carried on paper to offices without eOffice: the sending office's clerk records, from the delivery book the
messenger brings back signed, when each paper recipient got the letter and who received it (`letter.paper_delivered`).

Each record is an event of the office on its own outgoing letter (it replicates to the office's other PCs like any
other); a later record for the same recipient corrects the earlier one, which stays in the letter's History. Nothing is
projected into a table: the Journey, the register's Status and the History read the records from the log, as they
read the other offices' receipts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import delivered_by_sync
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.storage.models import Event, Letter, LetterRecipient, Organisation
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType

PAPER_DELIVERED = EventType.LETTER_PAPER_DELIVERED
MAX_NAME = 120  # who received it, as signed
MAX_NUMBER = 40  # the receiving office's registry number
MAX_NOTE = 300


class PaperDeliveryRefused(Refusal, ValueError):
    """The delivery on paper is not recorded; the message says why."""


@dataclass(frozen=True)
class PaperDelivery:
    """The newest record of one paper recipient's delivery (`at`: when it was recorded, the HLC)."""

    org_id: str
    delivered_on: date
    received_by: str
    their_number: str = ""
    note: str = ""
    at: str = ""


@dataclass(frozen=True)
class PaperRecipient:
    org_id: str
    name: str


def paper_recipients(session: Session, letter_id: str) -> list[PaperRecipient]:
    """The recipients of an outgoing letter that got it on paper (entries not linked to an office that uses eOffice),
    in the letter's order."""
    rows = session.execute(
        select(Organisation.id, Organisation.name_lo, Organisation.office_id)
        .join(LetterRecipient, LetterRecipient.org_id == Organisation.id)
        .where(LetterRecipient.letter_id == letter_id)
        .order_by(LetterRecipient.position)
    )
    return [PaperRecipient(org_id, name) for org_id, name, link in rows if not delivered_by_sync(session, link)]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def record_paper_delivery(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    org_id: str,
    delivered_on: date,
    received_by: str,
    their_number: str = "",
    note: str = "",
    today: date | None = None,
) -> Changes:
    """Record that the paper recipient `org_id` of this office's outgoing letter received it on `delivered_on`,
    signed by `received_by` (with the receiving office's registry number and a note when given). Recording again
    corrects it: the newest counts. Only who may register letters records deliveries."""
    name, number, text = _one_line(received_by), _one_line(their_number), _one_line(note)
    if not name:
        raise PaperDeliveryRefused("Write the name of who received the letter.", code="paper_name_missing")
    if len(name) > MAX_NAME:
        raise PaperDeliveryRefused(
            "The name is longer than {limit} characters; write it more briefly.",
            code="paper_name_too_long",
            limit=MAX_NAME,
        )
    if len(number) > MAX_NUMBER:
        raise PaperDeliveryRefused(
            "Their number is longer than {limit} characters.", code="paper_number_too_long", limit=MAX_NUMBER
        )
    if len(text) > MAX_NOTE:
        raise PaperDeliveryRefused(
            "The note is longer than {limit} characters; write it more briefly.",
            code="paper_note_too_long",
            limit=MAX_NOTE,
        )
    today = today or date.today()
    with store.db.write() as s:
        require(s, actor.user_id, "register")
        letter = s.get(Letter, letter_id)
        if letter is None or letter.direction != "out" or letter.office_id != actor.office_id:
            raise PaperDeliveryRefused(
                "Only an outgoing letter of this office can have its delivery on paper recorded.",
                code="paper_not_own",
            )
        if letter.status == "void":
            raise PaperDeliveryRefused("This letter is void: no delivery is recorded.", code="paper_void")
        if org_id not in {recipient.org_id for recipient in paper_recipients(s, letter_id)}:
            raise PaperDeliveryRefused(
                "This office did not get the letter on paper, so no delivery on paper is recorded for it.",
                code="paper_not_recipient",
            )
        if delivered_on < letter.register_date:
            raise PaperDeliveryRefused(
                "The letter was registered on {registered}: it cannot have been delivered before that.",
                code="paper_before_registered",
                registered=letter.register_date.strftime("%d/%m/%Y"),
            )
        if delivered_on > today:
            raise PaperDeliveryRefused("The date of delivery is in the future.", code="paper_in_future")
        payload = {
            "org_id": org_id,
            "delivered_on": delivered_on.isoformat(),
            "received_by": name,
            "their_number": number,
            "note": text,
        }
        store.log.append(s, actor, PAPER_DELIVERED, payload, letter_id=letter_id)
    return Changes(letters=frozenset({letter_id}), registers=True)


def _delivery(row: Event) -> PaperDelivery | None:
    """A record as written; None for one that does not read as such (an altered or damaged payload)."""
    p = json.loads(row.payload)
    try:
        on = date.fromisoformat(str(p["delivered_on"]))
    except (KeyError, ValueError):
        return None
    return PaperDelivery(
        str(p.get("org_id", "")),
        on,
        str(p.get("received_by", "")),
        str(p.get("their_number", "")),
        str(p.get("note", "")),
        row.hlc,
    )


def paper_deliveries(session: Session, letter_ids: list[str]) -> dict[tuple[str, str], PaperDelivery]:
    """(letter, address-book entry) -> the newest record of its delivery on paper, for a page's letters."""
    found: dict[tuple[str, str], PaperDelivery] = {}
    for start in range(0, len(letter_ids), 500):
        query = (
            select(Event)
            .where(Event.letter_id.in_(letter_ids[start : start + 500]), Event.type == PAPER_DELIVERED)
            .order_by(Event.hlc, Event.device_id, Event.id)
        )
        for row in session.scalars(query):
            delivery = _delivery(row)
            if delivery is not None:
                found[(str(row.letter_id), delivery.org_id)] = delivery  # (the newest wins)
    return found


def delivery_of(row: Event) -> PaperDelivery | None:
    """The record one `letter.paper_delivered` event holds (the letter's History lists each)."""
    return _delivery(row) if row.type == PAPER_DELIVERED else None
