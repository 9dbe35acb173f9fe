"""People of the office: accounts, roles, departments, passwords and login with slowed retries.

Accounts travel as events (without passwords); password hashes stay in this PC's database only.
"""

from __future__ import annotations

import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.passwords import check_password, hash_password
from eoffice_desktop.core.people.rights import require, writing_as
from eoffice_desktop.core.people.throttle import LoginThrottle as LoginThrottle
from eoffice_desktop.core.people.viewer import ROLES as ROLES
from eoffice_desktop.core.people.viewer import NotAllowed as NotAllowed
from eoffice_desktop.core.people.viewer import Viewer as Viewer
from eoffice_desktop.core.people.viewer import viewer_of as viewer_of
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Department, User
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType

MIN_PASSWORD = 8
PASSWORD_TOO_SHORT = "The password must have at least {count} characters."


class AccountError(Refusal, ValueError):
    pass


def _require_admin(session: Session, actor: Actor) -> None:
    require(session, actor.user_id, "manage_users")


def _check_roles(roles: list[str]) -> list[str]:
    unknown = set(roles) - set(ROLES)
    if unknown or not roles:
        raise AccountError("Choose roles among: {roles}.", code="roles_unknown", roles=", ".join(ROLES))
    return sorted(set(roles), key=ROLES.index)


def create_department(store: OfficeStore, actor: Actor, name_lo: str, name_en: str = "") -> str:
    if not name_lo.strip():
        raise AccountError("Enter the department name in Lao.", code="department_name_missing")
    dept_id = uuid7()
    with writing_as(store.db, actor.user_id, "manage_users") as (s, _admin):
        store.log.append(
            s,
            actor,
            EventType.DEPARTMENT_CREATED,
            {"department_id": dept_id, "name_lo": name_lo.strip(), "name_en": name_en.strip()},
        )
    return dept_id


def create_user(
    store: OfficeStore,
    actor: Actor,
    username: str,
    display_name: str,
    password: str,
    roles: list[str],
    title: str = "",
    department_id: str | None = None,
) -> str:
    username = username.strip().lower()
    if not username or not display_name.strip():
        raise AccountError("Enter the user name and the full name.", code="user_name_missing")
    if len(password) < MIN_PASSWORD:
        raise AccountError(PASSWORD_TOO_SHORT, code="password_too_short", count=MIN_PASSWORD)
    roles = _check_roles(roles)
    user_id = "usr_" + uuid7()
    with writing_as(store.db, actor.user_id, "manage_users") as (s, _admin):
        if s.scalar(select(func.count()).select_from(User).where(User.username == username)):
            raise AccountError("The user name {username} is already taken.", code="username_taken", username=username)
        if department_id and s.get(Department, department_id) is None:
            raise AccountError("This department does not exist.", code="department_unknown")
        store.log.append(
            s,
            actor,
            EventType.USER_CREATED,
            {
                "user_id": user_id,
                "username": username,
                "display_name": display_name.strip(),
                "title": title.strip(),
                "roles": roles,
                "department_id": department_id,
            },
        )
        user = s.get(User, user_id)
        assert user is not None
        user.password_hash = hash_password(password)
    return user_id


def update_user(
    store: OfficeStore,
    actor: Actor,
    user_id: str,
    *,
    roles: list[str] | None = None,
    department_id: str | None = None,
    title: str | None = None,
    active: bool | None = None,
) -> None:
    with writing_as(store.db, actor.user_id, "manage_users") as (s, _admin):
        user = s.get(User, user_id)
        if user is None:
            raise AccountError("This user does not exist.", code="user_unknown")
        payload: dict[str, object] = {"user_id": user_id}
        if roles is not None:
            payload["roles"] = _check_roles(roles)
        if department_id is not None:
            payload["department_id"] = department_id or None
        if title is not None:
            payload["title"] = title.strip()
        if active is not None:
            if not active and user_id == actor.user_id:
                raise AccountError("You cannot disable your own account.", code="cannot_disable_self")
            payload["active"] = active
        store.log.append(s, actor, EventType.USER_UPDATED, payload)


def reset_password(store: OfficeStore, actor: Actor, user_id: str, new_password: str) -> None:
    """An administrator sets a new password (the user forgot theirs); stays on this PC."""
    if len(new_password) < MIN_PASSWORD:
        raise AccountError(PASSWORD_TOO_SHORT, code="password_too_short", count=MIN_PASSWORD)
    with store.db.write() as s:
        if actor.user_id != user_id:
            _require_admin(s, actor)
        user = s.get(User, user_id)
        if user is None:
            raise AccountError("This user does not exist.", code="user_unknown")
        user.password_hash = hash_password(new_password)


def change_password(store: OfficeStore, user_id: str, old: str, new: str) -> None:
    with store.db.write() as s:
        user = s.get(User, user_id)
        if user is None or not user.password_hash or not check_password(old, user.password_hash):
            raise AccountError("The current password is wrong.", code="current_password_wrong")
        if len(new) < MIN_PASSWORD:
            raise AccountError(PASSWORD_TOO_SHORT, code="password_too_short", count=MIN_PASSWORD)
        user.password_hash = hash_password(new)


class TooManyTries(AccountError):
    code = "too_many_tries"
    english = "Too many wrong passwords. Wait {seconds} seconds and try again."

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds=int(seconds) + 1)
        self.seconds = seconds


def authenticate(
    store: OfficeStore, username: str, password: str, throttle: LoginThrottle, sleep: bool = True
) -> Viewer:
    """Check a login; raises AccountError with a message for the user. After repeated failures a try is only
    accepted once the wait has passed: `sleep` waits it out (command line), otherwise TooManyTries is raised."""
    name = username.strip().lower()
    wait = throttle.remaining(name)
    if wait > 0:
        if not sleep:
            raise TooManyTries(wait)
        time.sleep(wait)
    with store.db.session() as s:
        user = s.scalars(select(User).where(func.lower(User.username) == name)).first()
        if user is not None and user.active and not user.password_hash:
            throttle.failed(name)
            raise AccountError(
                "You have no password on this PC yet. An administrator sets it in Office > Users and departments.",
                code="no_password_yet",
            )
        ok = bool(user and user.active and user.password_hash and check_password(password, user.password_hash))
        if not ok or user is None:
            throttle.failed(name)
            raise AccountError("The user name or the password is wrong.", code="sign_in_wrong")
        throttle.succeeded(name)
        return viewer_of(s, user.id)


def first_local_password(store: OfficeStore, username: str, password: str) -> Actor:
    """Right after this PC joined an office through the server: give one of its administrators a password on this
    PC (passwords never travel). Allowed only while nobody has a password here; that administrator then sets the
    others' passwords."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(PASSWORD_TOO_SHORT, code="password_too_short", count=MIN_PASSWORD)
    with store.db.write() as s:
        if s.scalars(select(User.id).where(User.password_hash.is_not(None), User.password_hash != "")).first():
            raise NotAllowed(
                "Passwords are already set on this PC; sign in and use Users and departments.",
                code="passwords_already_set",
            )
        user = s.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()
        if user is None or not user.active or "admin" not in user.roles.split(","):
            raise AccountError("Choose an administrator of the office.", code="choose_administrator")
        user.password_hash = hash_password(password)
        return store.actor(user.id)


def list_users(session: Session, active_only: bool = True) -> list[User]:
    query = select(User).order_by(User.display_name)
    if active_only:
        query = query.where(User.active.is_(True))
    return list(session.scalars(query))


def list_departments(session: Session) -> list[Department]:
    return list(session.scalars(select(Department).order_by(Department.name_lo)))
