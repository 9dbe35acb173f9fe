"""Which letters' archived (B-LTA) PDF copies need a fresh document time-stamp soon: the server cannot re-stamp them
itself (the copies belong to the offices' signed records, changed only by their own PCs), so it reports them.

A copy's last time-stamp is dated by the `letter.pdf_archived` event that brought it (made just before that sync)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.events import EventType
from sync.server.models import ServerOffice, StoredEvent

PDF_ARCHIVED = EventType.LETTER_PDF_ARCHIVED
BEFORE_TSA_END = timedelta(days=90)  # as the PCs' `eoffice restamp` (core/signing/restamp.py)


@dataclass(frozen=True)
class DueLetter:
    office: str  # the office's code, or its id when the directory does not know it
    letter_id: str
    last_archived: datetime
    reason: str


@dataclass(frozen=True)
class Authority:
    """One certificate the time-stamping authority signed under: from when, until when (naive UTC)."""

    since: datetime
    ends: datetime


def stamped_under(authorities: list[Authority], when: datetime) -> Authority:
    """The certificate in use at `when`: the newest one made by then (the oldest one for earlier times)."""
    made = [a for a in authorities if a.since <= when]
    return max(made, key=lambda a: a.since) if made else min(authorities, key=lambda a: a.since)


def due_letters(
    session: Session, authorities: list[Authority], now: datetime, older_than: timedelta
) -> list[DueLetter]:
    """Letters whose newest archived copy is older than `older_than`, or whose last time-stamp was made under a
    certificate that ends within `BEFORE_TSA_END` (after a renewal, the copies archived before it stay due until they
    are re-stamped under the new one); oldest first. Times are naive UTC."""
    rows = session.execute(
        select(StoredEvent.office_id, StoredEvent.letter_id, func.max(StoredEvent.received_at))
        .where(StoredEvent.type == PDF_ARCHIVED, StoredEvent.refused.is_(None), StoredEvent.letter_id.is_not(None))
        .group_by(StoredEvent.office_id, StoredEvent.letter_id)
        .order_by(func.max(StoredEvent.received_at))
    )
    codes = {office_id: code for office_id, code in session.execute(select(ServerOffice.id, ServerOffice.code))}
    due = []
    for office_id, letter_id, last in rows:
        authority = stamped_under(authorities, last)
        if authority.ends <= now + BEFORE_TSA_END:
            reason = f"its time-stamping certificate ends {authority.ends:%Y-%m-%d}"
        elif last <= now - older_than:
            reason = f"last time-stamped more than {older_than.days} days ago"
        else:
            continue
        due.append(DueLetter(codes.get(office_id) or office_id, str(letter_id), last, reason))
    return due
