"""What waits for whom: my inbox, letters I sent that are still open elsewhere, and the sidebar counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.core.people.permissions import acting_for
from eoffice_desktop.core.storage.models import Letter, RoutingStep, User

OPEN = ("sent", "acknowledged")
_URGENCY_RANK = case({"very_urgent": 0, "urgent": 1}, value=Letter.urgency, else_=2)


@dataclass(frozen=True)
class InboxRow:
    letter_id: str
    step_id: str
    registry_number: str
    subject: str
    correspondent: str
    urgency: str
    confidentiality: str
    action: str
    minute: str
    from_name: str
    sent_at: datetime
    due_date: date | None
    acknowledged: bool
    overdue: bool
    holders: str
    registry_year: int = 0  # (numbers restart every year: last year's 0045 is shown with its year)


def _mine(session: Session, viewer: Viewer) -> ColumnElement[bool]:
    users = acting_for(session, viewer)
    condition: ColumnElement[bool] = RoutingStep.to_user_id.in_(users)
    if viewer.department_id:
        condition = or_(condition, RoutingStep.to_department_id == viewer.department_id)
    return condition


def _rows(session: Session, query: Select, today: date) -> list[InboxRow]:  # type: ignore[type-arg]
    rows = []
    for step, letter, from_name in session.execute(query):
        correspondent = letter.sender_name if letter.direction == "in" else letter.recipients_text
        rows.append(
            InboxRow(
                letter.id,
                step.id,
                letter.registry_number,
                letter.subject,
                correspondent,
                letter.urgency,
                letter.confidentiality,
                step.action,
                step.minute,
                from_name or "",
                step.sent_at,
                step.due_date,
                step.status == "acknowledged",
                step.due_date is not None and step.due_date < today,
                letter.holders_text,
                letter.registry_year,
            )
        )
    return rows


def _base() -> Select:  # type: ignore[type-arg]
    return (
        select(RoutingStep, Letter, User.display_name)
        .join(Letter, Letter.id == RoutingStep.letter_id)
        .outerjoin(User, User.id == RoutingStep.from_user_id)
        .where(RoutingStep.status.in_(OPEN), Letter.status != "void")
    )


def inbox(session: Session, viewer: Viewer, today: date | None = None, limit: int = 500) -> list[InboxRow]:
    """Letters waiting for my action: most urgent first, then newest."""
    today = today or date.today()
    query = _base().where(_mine(session, viewer)).order_by(_URGENCY_RANK, RoutingStep.sent_hlc.desc()).limit(limit)
    return _rows(session, query, today)


def sent_by_me(session: Session, viewer: Viewer, today: date | None = None, limit: int = 500) -> list[InboxRow]:
    """Letters I routed that are still open with someone else."""
    today = today or date.today()
    query = (
        _base()
        .where(RoutingStep.from_user_id.in_(acting_for(session, viewer)), RoutingStep.action != "for_information")
        .order_by(RoutingStep.sent_hlc.desc())
        .limit(limit)
    )
    return _rows(session, query, today)


@dataclass(frozen=True)
class Counts:
    inbox: int
    unread: int
    overdue: int
    sent_open: int


def counts(session: Session, viewer: Viewer, today: date | None = None) -> Counts:
    today = today or date.today()
    mine = _mine(session, viewer)
    base = (
        select(func.count(func.distinct(RoutingStep.letter_id)))
        .join(Letter, Letter.id == RoutingStep.letter_id)
        .where(RoutingStep.status.in_(OPEN), Letter.status != "void")
    )
    total = session.scalar(base.where(mine)) or 0
    unread = session.scalar(base.where(mine, RoutingStep.status == "sent")) or 0
    overdue = session.scalar(base.where(mine, RoutingStep.due_date < today)) or 0
    sent = (
        session.scalar(
            base.where(
                RoutingStep.from_user_id.in_(acting_for(session, viewer)), RoutingStep.action != "for_information"
            )
        )
        or 0
    )
    return Counts(total, unread, overdue, sent)


def due_reminders(session: Session, viewer: Viewer, today: date | None = None) -> tuple[list[InboxRow], list[InboxRow]]:
    """(due today, overdue) among my open letters, for the reminder shown at login and every hour."""
    today = today or date.today()
    rows = inbox(session, viewer, today)
    return [r for r in rows if r.due_date == today], [r for r in rows if r.overdue]
