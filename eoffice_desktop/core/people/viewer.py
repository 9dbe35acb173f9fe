"""Who is asking: a person's roles and department, read for every permission check in the core."""

from __future__ import annotations

from sqlalchemy import bindparam, select

from eoffice_desktop.core.people.roles import ROLES as ROLES
from eoffice_desktop.core.people.roles import NotAllowed, Viewer
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.core.storage.prepared import Prepared, Tx


def viewer_of(session: Tx, user_id: str) -> Viewer:
    # Three columns, not the whole account: every registration and correction asks.
    user = _ACCOUNT.run(session, {"user": user_id}).fetchone()
    if user is None or not user[2]:
        raise NotAllowed("This user account does not exist or is disabled.", code="account_disabled")
    roles, department_id, _active = user
    return Viewer(user_id, frozenset(r for r in roles.split(",") if r), department_id)


_ACCOUNT = Prepared(select(User.roles, User.department_id, User.active).where(User.id == bindparam("user")))
