"""The sent letters that need the sending office's attention: those an office returned (until they are sent again to
another office, or voided) first, then those not registered in time by an office they went to through the server."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.journey.links import JourneyLink
from eoffice_desktop.core.journey.receipts import RECEIPT
from eoffice_desktop.core.journey.resending import returned_by
from eoffice_desktop.core.journey.timeline import lost_letters
from eoffice_desktop.core.storage.models import Event, Letter

RETURNED, LATE = "returned", "late"


@dataclass(frozen=True)
class WatchedLetter:
    """One sent letter and one office: `kind` says what happened there (returned, with `reason`; or late)."""

    letter_id: str
    registry_number: str
    subject: str
    office_name: str
    sent_on: date
    kind: str  # RETURNED or LATE
    reason: str = ""  # why the office returned it


def watch_list(
    session: Session, office_id: str, today: date | None = None, window_days: int = 365
) -> list[WatchedLetter]:
    """The letters returned (oldest return first), then the late ones (oldest first). Letters registered more than
    `window_days` ago are no longer watched."""
    today = today or date.today()
    late = [
        WatchedLetter(row.letter_id, row.registry_number, row.subject, row.office_name, row.sent_on, LATE)
        for row in lost_letters(session, office_id, today, window_days)
    ]
    return returned_letters(session, office_id, today - timedelta(days=window_days)) + late


def returned_letters(session: Session, office_id: str, since: date) -> list[WatchedLetter]:
    """This office's outgoing letters (not void, registered since `since`) that an office returned and that were not
    sent again to another office (by a letter not void), one row for each office that returned it."""
    candidates = {
        row.id: row
        for row in session.execute(
            select(Letter.id, Letter.registry_number, Letter.subject, Letter.register_date)
            .join(Event, Event.letter_id == Letter.id)
            .where(Letter.office_id == office_id, Letter.direction == "out", Letter.status != "void")
            .where(Letter.register_date >= since)
            .where(Event.type == RECEIPT, Event.payload.like('%"returned"%'))
            .distinct()
        )
    }
    if not candidates:
        return []
    resent = set(
        session.scalars(
            select(JourneyLink.resends)
            .join(Letter, Letter.id == JourneyLink.letter_id)
            .where(JourneyLink.resends.in_(list(candidates)), Letter.status != "void")
        )
    )
    found = returned_by(session, sorted(set(candidates) - resent))
    rows = [
        (
            returned.when,
            WatchedLetter(
                letter_id,
                row.registry_number,
                row.subject,
                returned.office_name,
                row.register_date,
                RETURNED,
                returned.reason,
            ),
        )
        for letter_id, offices in found.items()
        for returned in offices
        for row in (candidates[letter_id],)
    ]
    return [watched for _, watched in sorted(rows, key=lambda pair: (pair[0], pair[1].registry_number))]


def count_watched(session: Session, office_id: str, today: date | None = None) -> int:
    return len(watch_list(session, office_id, today))
