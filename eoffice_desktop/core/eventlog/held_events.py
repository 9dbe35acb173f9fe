"""Events this version cannot read (an unknown type, or a newer schema): kept in the log, set aside from the tables the
screens read, reported, and folded in once an update of eOffice can read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core import projections
from eoffice_desktop.core.storage.models import Event, SyncIssue
from eoffice_desktop.core.storage.prepared import Tx, needs_session
from sync.protocol.events import understood, why_not_understood

HELD = "held_event"  # the code of its row in sync_issues (open while it is set aside)


@dataclass(frozen=True)
class HeldEvent:
    event_id: str
    letter_id: str | None
    type: str
    schema: int
    reason: str


def fold_or_hold(session: Tx, row: Event, fresh: bool = False, payload: dict[str, Any] | None = None) -> None:
    """Fold a newly stored event into the projections, or set it aside when this version cannot read it."""
    reason = why_not_understood(row.type, row.schema)
    if reason is None:
        projections.apply(session, row, fresh=fresh, payload=payload)
        return
    issue = SyncIssue(event_id=row.id, letter_id=row.letter_id, code=HELD, message=reason, created_at=_now())
    needs_session(session).add(issue)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)  # (core.events imports this module: its utcnow is not reachable)


def _open(session: Session) -> list[SyncIssue]:
    return list(
        session.scalars(
            select(SyncIssue).where(SyncIssue.code == HELD, SyncIssue.resolved.is_(False)).order_by(SyncIssue.id)
        )
    )


def held_events(session: Session) -> list[HeldEvent]:
    found = []
    for issue in _open(session):
        row = session.scalar(select(Event).where(Event.id == issue.event_id))
        if row is not None:
            found.append(HeldEvent(row.id, row.letter_id, row.type, row.schema, issue.message))
    return found


def held_count(session: Session) -> int:
    query = select(func.count()).select_from(SyncIssue).where(SyncIssue.code == HELD, SyncIssue.resolved.is_(False))
    return session.scalar(query) or 0


def release_readable(session: Session) -> list[str]:
    """After an update: fold the events set aside that this version reads now, in the log's order; returns their ids."""
    issues = {issue.event_id: issue for issue in _open(session)}
    if not issues:
        return []
    rows = session.scalars(
        select(Event).where(Event.id.in_([i for i in issues if i])).order_by(Event.hlc, Event.device_id, Event.id)
    )
    released = []
    for row in rows:
        if understood(row.type, row.schema):
            projections.apply(session, row)
            issues[row.id].resolved = True
            released.append(row.id)
    return released
