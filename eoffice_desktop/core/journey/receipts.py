"""Delivery receipts between offices: the office a letter was sent to tells the sending office that it arrived and
under which number it was registered; the central server delivers the receipt only to the sending office.

A receipt is the event `letter.receipt` on the sender's letter: payload `{status, office_name, registry_number}`,
status "delivered" (it reached the office), "registered" (a clerk entered it in the office's register) or "returned"
(the office sent it back, with a `reason`: core/journey/returns.py). The server bounds it (sync/protocol/receipts.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.models import Event, Letter, Office
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType
from sync.protocol.receipts import RECEIPT_STATUSES

RECEIPT = EventType.LETTER_RECEIPT
STATUSES = RECEIPT_STATUSES  # delivered, registered, returned


class ReceiptRefused(Refusal, ValueError):
    pass


@dataclass(frozen=True)
class Receipt:
    office_id: str
    office_name: str
    status: str
    registry_number: str
    at: str  # the receiving office's clock (HLC), as recorded
    reason: str = ""  # why it was returned


def send_receipt(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    status: str = "registered",
    registry_number: str = "",
    *,
    reason: str = "",  # a returned letter: why
) -> None:
    """Record that this office received (or registered) another office's letter; it goes back with the next sync."""
    if status not in STATUSES:
        raise ReceiptRefused("Unknown receipt status {status}.", code="receipt_status_unknown", status=repr(status))
    with store.db.write() as s:
        letter = s.get(Letter, letter_id)
        if letter is None or letter.office_id == actor.office_id:
            raise ReceiptRefused(
                "Receipts are sent only for letters that came from another office.", code="receipt_not_from_office"
            )
        office = s.get(Office, actor.office_id)
        payload = {
            "status": status,
            "office_name": office.name_lo if office else "",
            "registry_number": registry_number.strip(),
        }
        if status == "returned":
            payload["reason"] = reason.strip()
        store.log.append(s, actor, RECEIPT, payload, letter_id=letter_id)


def receipts_for(session: Session, letter_id: str) -> list[Receipt]:
    """What the offices a letter was sent to have reported, oldest first."""
    rows = session.scalars(
        select(Event).where(Event.letter_id == letter_id, Event.type == RECEIPT).order_by(Event.hlc)
    ).all()
    found = []
    for row in rows:
        payload = json.loads(row.payload)
        found.append(
            Receipt(
                office_id=row.office_id,
                office_name=str(payload.get("office_name", "")),
                status=str(payload.get("status", "")),
                registry_number=str(payload.get("registry_number", "")),
                at=row.hlc,
                reason=str(payload.get("reason", "")),
            )
        )
    return found
