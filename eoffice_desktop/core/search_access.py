"""Who may see which letters in search results: the one visibility rule, as a SQL clause other queries can reuse.

Today: confidential and secret letters are visible to heads of office and the clerk who registered them. Routing
recipients join this rule when routing exists (extend `visible_clause`, nothing else).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session

from eoffice_desktop.core.models import Letter, User

RESTRICTED = ("confidential", "secret")
SEES_ALL_ROLES = frozenset({"head"})


@dataclass(frozen=True)
class Viewer:
    """Who is asking; every search takes one (None means IT tools reading the whole office)."""

    user_id: str
    roles: frozenset[str]
    department_id: str | None = None

    def has(self, role: str) -> bool:
        return role in self.roles


def viewer_of(session: Session, user_id: str) -> Viewer:
    """The viewer for a user account of this office; unknown or disabled accounts see nothing restricted."""
    user = session.get(User, user_id)
    if user is None or not user.active:
        return Viewer(user_id, frozenset())
    return Viewer(user.id, frozenset(r for r in user.roles.split(",") if r))


def viewer_by_username(session: Session, username: str) -> Viewer | None:
    user_id = session.scalar(select(User.id).where(User.username == username.strip()))
    return viewer_of(session, user_id) if user_id else None


def visible_clause(session: Session, viewer: Viewer | None) -> ColumnElement[bool]:
    """A WHERE clause on `Letter` that keeps only the letters this viewer may see."""
    if viewer is None or SEES_ALL_ROLES & viewer.roles:
        return true()
    return or_(Letter.confidentiality.not_in(RESTRICTED), Letter.registered_by == viewer.user_id)
