"""Figures for the head of office: open letters by status and department, overdue by person, letters per month,
days from registration to completion. Each figure names the letters behind it so a chart can open the list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.core.people.permissions import visible_clause
from eoffice_desktop.core.storage.models import Department, Letter, RoutingStep, User

OPEN_STEP = ("sent", "acknowledged")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    letter_ids: tuple[str, ...]


def open_by_status(session: Session, viewer: Viewer) -> list[Bar]:
    rows = session.execute(
        select(Letter.status, Letter.id).where(
            Letter.status.in_(("registered", "in_progress")), visible_clause(session, viewer)
        )
    )
    grouped: dict[str, list[str]] = {}
    for status, letter_id in rows:
        grouped.setdefault(status, []).append(letter_id)
    return [Bar(status, len(ids), tuple(ids)) for status, ids in sorted(grouped.items())]


def _holder_department(session: Session) -> dict[str, str]:
    return {u.id: u.department_id or "" for u in session.scalars(select(User))}


def open_by_department(session: Session, viewer: Viewer) -> list[Bar]:
    """Open letters by the department of whoever holds them ("" = held by people outside any department)."""
    names = {d.id: d.name_lo for d in session.scalars(select(Department))}
    user_dept = _holder_department(session)
    grouped: dict[str, set[str]] = {}
    query = (
        select(RoutingStep.letter_id, RoutingStep.to_user_id, RoutingStep.to_department_id)
        .join(Letter, Letter.id == RoutingStep.letter_id)
        .where(
            RoutingStep.status.in_(OPEN_STEP),
            RoutingStep.action != "for_information",
            Letter.status != "void",
            visible_clause(session, viewer),
        )
    )
    for letter_id, to_user, to_dept in session.execute(query):
        dept = to_dept or user_dept.get(to_user or "", "")
        grouped.setdefault(names.get(dept, ""), set()).add(letter_id)
    return [Bar(label, len(ids), tuple(sorted(ids))) for label, ids in sorted(grouped.items())]


def overdue_by_person(session: Session, viewer: Viewer, today: date | None = None) -> list[Bar]:
    today = today or date.today()
    names = {u.id: u.display_name for u in session.scalars(select(User))}
    grouped: dict[str, set[str]] = {}
    query = (
        select(RoutingStep.letter_id, RoutingStep.to_user_id, RoutingStep.to_department_id)
        .join(Letter, Letter.id == RoutingStep.letter_id)
        .where(
            RoutingStep.status.in_(OPEN_STEP),
            RoutingStep.due_date < today,
            Letter.status != "void",
            visible_clause(session, viewer),
        )
    )
    for letter_id, to_user, to_dept in session.execute(query):
        grouped.setdefault(names.get(to_user or "", to_dept or ""), set()).add(letter_id)
    return sorted((Bar(k, len(v), tuple(sorted(v))) for k, v in grouped.items()), key=lambda b: -b.value)


def per_month(
    session: Session, viewer: Viewer, direction: str, months: int = 12, today: date | None = None
) -> list[Bar]:
    """Letters registered per month for the last `months` months (oldest first, empty months included)."""
    today = today or date.today()
    keys = []
    year, month = today.year, today.month
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    keys.reverse()
    month_of = func.strftime("%Y-%m", Letter.register_date)
    rows = session.execute(
        select(month_of, Letter.id).where(
            Letter.direction == direction, month_of >= keys[0], visible_clause(session, viewer)
        )
    )
    grouped: dict[str, list[str]] = {k: [] for k in keys}
    for key, letter_id in rows:
        if key in grouped:
            grouped[key].append(letter_id)
    return [Bar(k, len(v), tuple(v)) for k, v in grouped.items()]


def average_days_to_completion(session: Session, viewer: Viewer) -> float | None:
    rows = session.execute(
        select(Letter.register_date, Letter.completed_at).where(
            Letter.status == "completed", Letter.completed_at.is_not(None), visible_clause(session, viewer)
        )
    ).all()
    if not rows:
        return None
    days = [max(0, (done.date() - registered).days) for registered, done in rows if done is not None]
    return sum(days) / len(days)


@dataclass(frozen=True)
class Overview:
    """Every figure of the overview, read in one read transaction."""

    status: list[Bar]
    departments: list[Bar]
    late: list[Bar]
    received: list[Bar]
    sent: list[Bar]
    average_days: float | None


def overview(session: Session, viewer: Viewer) -> Overview:
    return Overview(
        open_by_status(session, viewer),
        open_by_department(session, viewer),
        overdue_by_person(session, viewer),
        per_month(session, viewer, "in"),
        per_month(session, viewer, "out"),
        average_days_to_completion(session, viewer),
    )
