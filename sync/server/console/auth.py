"""Console administrators: passwords (Argon2id), sign-in (throttled per address, console/signin_throttle.py), an
optional TOTP second factor, sessions kept only hashed with their CSRF token, and the audit log every action is
written to."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync.server.admin import AdminError, now
from sync.server.console.tables import AuditEntry, ConsoleSession, ConsoleUser
from sync.server.models import ServerOffice

ROLES = ("national", "provincial")
SESSION_LASTS = timedelta(hours=8)
MIN_PASSWORD = 12
_hasher = PasswordHasher()  # Argon2id with the library's current recommended cost
_DUMMY = _hasher.hash("an account that does not exist")  # an unknown name costs the same time as a known one


class SignInRefused(ValueError):
    """The sign-in did not succeed; the message is the same whatever was wrong, except for a locked account."""


@dataclass(frozen=True)
class Admin:
    """The signed-in administrator of one request."""

    id: int
    username: str
    role: str
    province_id: str
    csrf: str

    def may_act_on(self, office: ServerOffice) -> bool:
        """National administrators act on every office; provincial ones on the offices of their province."""
        return self.role == "national" or (bool(self.province_id) and office.province == self.province_id)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def audit(session: Session, username: str, action: str, target: str = "", detail: str = "") -> None:
    session.add(AuditEntry(at=now(), username=username[:64], action=action[:40], target=target[:200], detail=detail))


def add_user(
    session: Session, username: str, password: str, role: str, province_code: str = "", totp: bool = False
) -> tuple[ConsoleUser, str | None]:
    """A new administrator; returns it and, with `totp`, the secret to put into an authenticator app."""
    username = username.strip()
    if not username or len(username) > 64 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise AdminError("A user name has 1 to 64 letters, digits, dots, dashes or underscores.")
    if role not in ROLES:
        raise AdminError(f"The role is one of: {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD:
        raise AdminError(f"The password must have at least {MIN_PASSWORD} characters.")
    if session.scalar(select(ConsoleUser.id).where(ConsoleUser.username == username)) is not None:
        raise AdminError(f"There is already a console user {username}.")
    province_id = ""
    if role == "provincial":
        province = session.scalar(
            select(ServerOffice).where(ServerOffice.code == province_code.strip(), ServerOffice.kind == "province")
        )
        if province is None:
            raise AdminError("A provincial administrator needs --province, the code of a province office.")
        province_id = province.id
    elif province_code.strip():
        raise AdminError("A national administrator acts on every office: leave out --province.")
    secret = pyotp.random_base32() if totp else None
    user = ConsoleUser(
        username=username,
        password_hash=_hasher.hash(password),
        role=role,
        province_id=province_id,
        totp_secret=secret,
        failed=0,
        locked_until=None,
        created_at=now(),
    )
    session.add(user)
    audit(session, "(command line)", "user.added", username, f"{role} {province_code.strip()}".strip())
    session.flush()
    return user, secret


def sign_in(session: Session, username: str, password: str, one_time: str = "") -> tuple[str, str]:
    """(session cookie, CSRF token) for a right name, password and (if set) TOTP code; SignInRefused otherwise."""
    user = session.scalar(select(ConsoleUser).where(ConsoleUser.username == username.strip()[:64]))
    moment = now()
    if user is None:
        _password_ok(_DUMMY, password)
        audit(session, username.strip()[:64], "signin.refused", "", "unknown user")
        raise SignInRefused("The user name or password is wrong.")
    right = _password_ok(user.password_hash, password)
    if right and user.totp_secret is not None:
        right = pyotp.TOTP(user.totp_secret).verify(one_time.strip(), valid_window=1)
    if not right:  # (wrong passwords lock the account for the address giving them: console/signin_throttle.py)
        audit(session, user.username, "signin.refused", "", "wrong password")
        raise SignInRefused("The user name or password is wrong.")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < moment))
    session.add(
        ConsoleSession(token_hash=hash_token(token), user_id=user.id, csrf=csrf, expires_at=moment + SESSION_LASTS)
    )
    audit(session, user.username, "signin", "", "")
    return token, csrf


def _password_ok(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def current_admin(session: Session, token: str | None) -> Admin | None:
    if not token:
        return None
    row = session.get(ConsoleSession, hash_token(token))
    if row is None or row.expires_at < now():
        return None
    user = session.get(ConsoleUser, row.user_id)
    if user is None:
        return None
    return Admin(user.id, user.username, user.role, user.province_id, row.csrf)


def csrf_ok(admin: Admin, given: str) -> bool:
    return bool(given) and hmac.compare_digest(admin.csrf.encode(), given.encode())


def sign_out(session: Session, token: str, admin: Admin) -> None:
    session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == hash_token(token)))
    audit(session, admin.username, "signout")


def audit_log(session: Session, admin: Admin, limit: int = 200) -> list[AuditEntry]:
    """The newest entries: all of them for a national administrator, a provincial one's own for the others."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if admin.role != "national":
        query = query.where(AuditEntry.username == admin.username)
    return list(session.scalars(query))
