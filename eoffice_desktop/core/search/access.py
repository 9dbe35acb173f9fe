"""Who may see which letters in search results: the office's one visibility rule (core/people/permissions.py), with the
`None` viewer meaning IT tools reading the whole office."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from eoffice_desktop.core.people import permissions
from eoffice_desktop.core.people.accounts import NotAllowed, Viewer
from eoffice_desktop.core.people.accounts import viewer_of as _account_viewer
from eoffice_desktop.core.storage.models import User

__all__ = ["Viewer", "viewer_by_username", "viewer_of", "visible_clause"]


def viewer_of(session: Session, user_id: str) -> Viewer:
    """The viewer for a user account; unknown or disabled accounts see nothing restricted."""
    try:
        return _account_viewer(session, user_id)
    except NotAllowed:
        return Viewer(user_id, frozenset())


def viewer_by_username(session: Session, username: str) -> Viewer | None:
    user_id = session.scalar(select(User.id).where(User.username == username.strip()))
    return viewer_of(session, user_id) if user_id else None


def visible_clause(session: Session, viewer: Viewer | None) -> ColumnElement[bool]:
    """A WHERE clause on `Letter` that keeps only the letters this viewer may see."""
    if viewer is None:
        return true()
    return permissions.visible_clause(session, viewer)
