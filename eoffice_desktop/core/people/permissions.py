"""Who may see and act on a letter. Enforced here, in the core, for every service and query - not only in the UI.

Confidential and secret letters are visible only to the people they were routed to, heads of office and the clerk
who registered them (CONTEXT.md).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.orm import Session, aliased

from eoffice_desktop.core.people.accounts import NotAllowed, Viewer
from eoffice_desktop.core.people.roles import RESTRICTED as RESTRICTED
from eoffice_desktop.core.storage.models import Delegation, Letter, RoutingStep


def acting_for(session: Session, viewer: Viewer, today: date | None = None) -> set[str]:
    """The viewer and everyone whose inbox is delegated to the viewer today."""
    today = today or date.today()
    delegators = session.scalars(
        select(Delegation.from_user_id).where(
            Delegation.to_user_id == viewer.user_id,
            Delegation.cancelled.is_(False),
            Delegation.start <= today,
            Delegation.end >= today,
        )
    )
    return {viewer.user_id, *delegators}


def _addressed_to(users: set[str], department_id: str | None, step: Any = RoutingStep) -> ColumnElement[bool]:
    by_department = step.to_department_id == department_id if department_id else false()
    return or_(step.to_user_id.in_(users), by_department, step.from_user_id.in_(users))


def visible_clause(session: Session, viewer: Viewer) -> ColumnElement[bool]:
    """A WHERE clause on `Letter` that keeps only the letters this viewer may see."""
    if viewer.has("head"):
        return Letter.id.is_not(None)
    users = acting_for(session, viewer)
    # Its own name for the routing table: a query that also reads routing steps (the overview) must not lend its
    # rows to this check.
    step = aliased(RoutingStep)
    routed_to_me = exists().where(step.letter_id == Letter.id, _addressed_to(users, viewer.department_id, step))
    return or_(Letter.confidentiality.not_in(RESTRICTED), Letter.registered_by == viewer.user_id, routed_to_me)


def can_view(session: Session, viewer: Viewer, letter: Letter) -> bool:
    if letter.confidentiality not in RESTRICTED or viewer.has("head") or letter.registered_by == viewer.user_id:
        return True
    users = acting_for(session, viewer)
    found = session.scalar(
        select(RoutingStep.id)
        .where(RoutingStep.letter_id == letter.id, _addressed_to(users, viewer.department_id))
        .limit(1)
    )
    return found is not None


def require_view(session: Session, viewer: Viewer, letter_id: str) -> Letter:
    """The letter, or NotAllowed - with the same message whether it is hidden or absent (no existence leak)."""
    letter = session.get(Letter, letter_id)
    if letter is None or not can_view(session, viewer, letter):
        raise NotAllowed("This letter was not found or you may not see it.", code="letter_hidden")
    return letter


def open_steps_held(session: Session, viewer: Viewer, letter_id: str) -> list[RoutingStep]:
    """Steps of this letter waiting for the viewer (directly, by delegation or through their department)."""
    users = acting_for(session, viewer)
    to_me: ColumnElement[bool] = RoutingStep.to_user_id.in_(users)
    if viewer.department_id:
        to_me = or_(to_me, RoutingStep.to_department_id == viewer.department_id)
    return list(
        session.scalars(
            select(RoutingStep)
            .where(and_(RoutingStep.letter_id == letter_id, RoutingStep.status.in_(("sent", "acknowledged")), to_me))
            .order_by(RoutingStep.sent_hlc)
        )
    )
