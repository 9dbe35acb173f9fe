"""Reading the registers page by page, sorted and filtered in SQL, for the table, the CLI and the export.

Rows are plain tuples-as-dataclasses so the Qt model never holds SQLAlchemy objects across threads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import letter_history
from eoffice_desktop.core.journey.links import sends_on, sent_on_as
from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.core.people.permissions import require_view, visible_clause
from eoffice_desktop.core.registry.register_rows import RegisterFilter as RegisterFilter
from eoffice_desktop.core.registry.register_rows import RegisterRow as RegisterRow
from eoffice_desktop.core.storage.models import Attachment, Event, Letter, LetterRecipient, Organisation, User

SORT_KEYS = ("number", "date", "correspondent", "subject", "urgency", "status", "due")


def _filtered(
    query: Select,
    f: RegisterFilter,
    session: Session | None = None,  # type: ignore[type-arg]
    viewer: Viewer | None = None,
) -> Select:  # type: ignore[type-arg]
    query = query.where(Letter.direction == f.direction)
    if f.office_id is not None:
        query = query.where(Letter.office_id == f.office_id)
    if viewer is not None and session is not None:
        query = query.where(visible_clause(session, viewer))
    if f.year is not None:
        query = query.where(Letter.registry_year == f.year)
    if f.status is not None:
        query = query.where(Letter.status == f.status)
    elif not f.include_void:
        query = query.where(Letter.status != "void")
    if f.urgency is not None:
        query = query.where(Letter.urgency == f.urgency)
    if f.date_from is not None:
        query = query.where(Letter.register_date >= f.date_from)
    if f.date_to is not None:
        query = query.where(Letter.register_date <= f.date_to)
    if f.text.strip():
        like = f"%{f.text.strip()}%"
        query = query.where(
            or_(
                Letter.registry_number.like(like),
                Letter.subject.like(like),
                Letter.sender_name.like(like),
                Letter.recipients_text.like(like),
                Letter.sender_ref.like(like),
                Letter.tracking_code == f.text.strip().upper().replace("-", ""),
            )
        )
    return query


def count_letters(session: Session, f: RegisterFilter, viewer: Viewer | None = None) -> int:
    """How many letters match; with `viewer`, only those that person may see (None: IT tools, whole office)."""
    return session.scalar(_filtered(select(func.count()).select_from(Letter), f, session, viewer)) or 0


def holds_letter(session: Session, f: RegisterFilter, letter_id: str, viewer: Viewer | None = None) -> bool:
    """Whether the letter is among those that match (a look-up by its key, whatever the register's size)."""
    query = _filtered(select(Letter.id).where(Letter.id == letter_id), f, session, viewer)
    return session.scalar(query.limit(1)) is not None


def _correspondent(direction: str) -> Any:
    return Letter.sender_name if direction == "in" else Letter.recipients_text


def _order(f: RegisterFilter, sort: str, descending: bool) -> list[object]:
    columns: dict[str, list[object]] = {
        "number": [Letter.registry_year, Letter.registry_seq, Letter.registry_number],
        "date": [Letter.register_date, Letter.registry_seq],
        "correspondent": [_correspondent(f.direction)],
        "subject": [Letter.subject],
        "urgency": [Letter.urgency],
        "status": [Letter.status],
        "due": [Letter.reply_due],
    }
    chosen = columns.get(sort, columns["number"]) + [Letter.id]
    return [c.desc() if descending else c.asc() for c in chosen]  # type: ignore[attr-defined]


def fetch_page(
    session: Session,
    f: RegisterFilter,
    offset: int,
    limit: int,
    sort: str = "number",
    descending: bool = True,
    viewer: Viewer | None = None,
) -> list[RegisterRow]:
    correspondent = _correspondent(f.direction)
    query = _filtered(
        select(
            Letter.id,
            Letter.registry_number,
            Letter.register_date,
            correspondent,
            Letter.sender_ref,
            Letter.subject,
            Letter.urgency,
            Letter.confidentiality,
            Letter.status,
            Letter.reply_due,
            Letter.attachment_count,
            Letter.provisional,
        ),
        f,
        session,
        viewer,
    )
    query = query.order_by(*_order(f, sort, descending)).offset(offset).limit(limit)  # type: ignore[arg-type]
    return [RegisterRow(*row) for row in session.execute(query)]


def years(session: Session, direction: str) -> list[int]:
    return list(
        session.scalars(
            select(Letter.registry_year)
            .where(Letter.direction == direction)
            .distinct()
            .order_by(Letter.registry_year.desc())
        )
    )


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    author: str
    type: str
    details: dict[str, object]


@dataclass
class LetterDetail:
    letter: Letter
    sender: Organisation | None
    recipients: list[Organisation]
    attachments: list[Attachment]
    answers: Letter | None
    replies: list[Letter]
    history: list[HistoryEntry] = field(default_factory=list)
    sent_on_as: list[Letter] = field(default_factory=list)  # an incoming letter: the outgoing letters that sent it on
    sends_on: Letter | None = None  # an outgoing letter: the incoming letter it sends on to other offices


def _author_names(session: Session, events: list[Event]) -> dict[str, str]:
    ids = {e.author_id for e in events}
    return {u.id: u.display_name for u in session.scalars(select(User).where(User.id.in_(ids)))}


def letter_detail(session: Session, letter_id: str, viewer: Viewer | None = None) -> LetterDetail | None:
    """Everything about one letter; with `viewer`, raises NotAllowed if that person may not see it."""
    import json

    letter = require_view(session, viewer, letter_id) if viewer is not None else session.get(Letter, letter_id)
    if letter is None:
        return None
    sender = session.get(Organisation, letter.sender_org_id) if letter.sender_org_id else None
    recipients = list(
        session.scalars(
            select(Organisation)
            .join(LetterRecipient, LetterRecipient.org_id == Organisation.id)
            .where(LetterRecipient.letter_id == letter_id)
            .order_by(LetterRecipient.position)
        )
    )
    attachments = list(
        session.scalars(select(Attachment).where(Attachment.letter_id == letter_id).order_by(Attachment.added_at))
    )
    answers = session.get(Letter, letter.in_reply_to) if letter.in_reply_to else None
    replies = list(session.scalars(select(Letter).where(Letter.in_reply_to == letter_id)))
    events = letter_history(session, letter_id)
    names = _author_names(session, events)
    history = [
        HistoryEntry(
            when=datetime.fromisoformat(e.hlc[:23]),
            author=names.get(e.author_id, e.author_id),
            type=e.type,
            details=json.loads(e.payload),
        )
        for e in events
    ]
    sent_on = sent_on_as(session, letter_id) if letter.direction == "in" else []
    forwarded = sends_on(session, letter_id) if letter.direction == "out" else None
    return LetterDetail(letter, sender, recipients, attachments, answers, replies, history, sent_on, forwarded)


def find_by_number(session: Session, number: str, direction: str | None = None) -> list[Letter]:
    query = select(Letter).where(Letter.registry_number == number.strip())
    if direction:
        query = query.where(Letter.direction == direction)
    return list(session.scalars(query.order_by(Letter.registry_year.desc())))


def incoming_choices(session: Session, text: str = "", limit: int = 50) -> list[Letter]:
    """Incoming letters an outgoing letter may answer, newest first."""
    query = select(Letter).where(Letter.direction == "in", Letter.status != "void")
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(or_(Letter.registry_number.like(like), Letter.subject.like(like)))
    return list(session.scalars(query.order_by(Letter.registered_at.desc()).limit(limit)))
