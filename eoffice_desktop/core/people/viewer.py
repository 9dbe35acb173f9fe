"""Who is asking: a person's roles and department, read for every permission check in the core."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import User
from eoffice_shared.refusals import Refusal

ROLES = ("clerk", "official", "head", "signer", "admin")


class NotAllowed(Refusal, PermissionError):
    """The signed-in user may not do this; the message says why."""


@dataclass(frozen=True)
class Viewer:
    """Who is asking: every permission check in the core takes one."""

    user_id: str
    roles: frozenset[str]
    department_id: str | None = None

    def has(self, role: str) -> bool:
        return role in self.roles


def viewer_of(session: Session, user_id: str) -> Viewer:
    # Three columns, not the whole account: every registration and correction asks.
    user = session.execute(select(User.roles, User.department_id, User.active).where(User.id == user_id)).first()
    if user is None or not user.active:
        raise NotAllowed("This user account does not exist or is disabled.", code="account_disabled")
    return Viewer(user_id, frozenset(r for r in user.roles.split(",") if r), user.department_id)
