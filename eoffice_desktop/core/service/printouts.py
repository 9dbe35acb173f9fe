"""What the printed papers show, read in one read session each and given as plain values: a letter's routing slip
(its fields, its movements, its signatures' codes and the server whose check page the QR code opens), its movement
history, and the register book of a period. The layout is the window's (ui/printing.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.viewer import Viewer
from eoffice_desktop.core.registry.register_query import RegisterFilter, RegisterRow, count_letters, fetch_page
from eoffice_desktop.core.routing.timeline import TimelineEntry, timeline
from eoffice_desktop.core.storage.models import Letter, Office


@dataclass(frozen=True)
class PrintedLetter:
    """The fields of a letter that its papers print."""

    id: str
    registry_number: str
    direction: str
    register_date: date
    tracking_code: str
    sender_name: str
    recipients_text: str
    sender_ref: str | None
    subject: str
    urgency: str
    routing_due: date | None
    reply_due: date | None

    @classmethod
    def of(cls, letter: Letter) -> PrintedLetter:
        return cls(
            letter.id,
            letter.registry_number,
            letter.direction,
            letter.register_date,
            letter.tracking_code,
            letter.sender_name,
            letter.recipients_text,
            letter.sender_ref,
            letter.subject,
            letter.urgency,
            letter.routing_due,
            letter.reply_due,
        )


@dataclass(frozen=True)
class PrintedOffice:
    """The office whose name heads a paper."""

    name_lo: str


@dataclass(frozen=True)
class PrintedSignature:
    role: str
    signer: str
    title: str
    signed_at: datetime
    code: str


@dataclass(frozen=True)
class Slip:
    """A letter's routing slip: the letter, its office, its movements, its signatures and the check page's server
    ('' for an office not enrolled)."""

    letter: PrintedLetter
    office: PrintedOffice
    entries: list[TimelineEntry]
    signatures: list[PrintedSignature]
    server: str


@dataclass(frozen=True)
class RegisterBook:
    """The letters of one register for a period, in number order, as the viewer may see them."""

    office: PrintedOffice
    rows: list[RegisterRow]


def printed_signatures(session: Session, letter_id: str) -> list[PrintedSignature]:
    from eoffice_desktop.core.signing.ledger import signatures_of

    return [
        PrintedSignature(row.role, row.signer_name, row.signer_title, row.signed_at, row.code)
        for row in signatures_of(session, letter_id)
    ]


def _office(session: Session, store: OfficeStore) -> PrintedOffice:
    office = session.get(Office, store.office_id)
    return PrintedOffice(office.name_lo if office is not None else "")


def _letter(session: Session, letter_id: str) -> PrintedLetter | None:
    letter = session.get(Letter, letter_id)
    return None if letter is None else PrintedLetter.of(letter)


def slip(store: OfficeStore, letter_id: str) -> Slip | None:
    """Everything a letter's routing slip prints; None for a letter not here."""
    from eoffice_desktop.core.signing.printed_codes import check_server

    with store.db.session() as s:
        letter = _letter(s, letter_id)
        if letter is None:
            return None
        return Slip(
            letter, _office(s, store), timeline(s, letter_id), printed_signatures(s, letter_id), check_server(s)
        )


def history(store: OfficeStore, letter_id: str) -> tuple[PrintedLetter, list[TimelineEntry]] | None:
    """A letter and its movements, for the printed history; None for a letter not here."""
    with store.db.session() as s:
        letter = _letter(s, letter_id)
        return None if letter is None else (letter, timeline(s, letter_id))


def register_book(
    store: OfficeStore, viewer: Viewer | None, direction: str, first: date | None, last: date | None
) -> RegisterBook:
    """Every letter of the register between the two dates (either may be open), oldest number first."""
    f = RegisterFilter(direction=direction, date_from=first, date_to=last)
    with store.db.session() as s:
        total = count_letters(s, f, viewer=viewer)
        rows = fetch_page(s, f, 0, total, sort="number", descending=False, viewer=viewer)
        return RegisterBook(_office(s, store), rows)
