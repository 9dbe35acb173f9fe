"""What this office's records of deliveries on paper say (`letter.paper_delivered`, written by `paper.py`): which
recipients of an outgoing letter got it on paper, and the newest record of each one's delivery, read from the log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import delivered_by_sync
from eoffice_desktop.core.storage.models import Event, LetterRecipient, Organisation
from sync.protocol.events import EventType

PAPER_DELIVERED = EventType.LETTER_PAPER_DELIVERED


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
