"""What the windows before the main one read, on the reader pool: the office's name on the sign-in window, the
password check (a deliberately slow hash), who signed in and when their window locks, and the administrators of an
office this PC has just joined."""

from __future__ import annotations

from dataclasses import dataclass

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import LoginThrottle, Viewer, authenticate, list_users
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.core.storage.settings import get_setting


@dataclass(frozen=True)
class OfficeNames:
    lao: str
    english: str


@dataclass(frozen=True)
class SignedIn:
    """What the main window needs of the person who signed in, besides their `Viewer`."""

    display_name: str
    lock_minutes: int  # the window locks after this long without use


def office_names(store: OfficeStore) -> OfficeNames:
    office = store.office()
    return OfficeNames(office.name_lo, office.name_en)


def sign_in(store: OfficeStore, username: str, password: str, throttle: LoginThrottle) -> Viewer:
    """The password checked (raises `AccountError`, or `TooManyTries` while the wait after wrong tries lasts)."""
    return authenticate(store, username, password, throttle, sleep=False)


def signed_in(store: OfficeStore, user_id: str) -> SignedIn:
    with store.db.session() as s:
        user = s.get(User, user_id)
        minutes = get_setting(s, "ui.lock_minutes", "10")
        return SignedIn(user.display_name if user is not None else user_id, int(minutes or 10))


def administrators(store: OfficeStore) -> list[str]:
    """The user names of the office's administrators (those who may be given the first password on this PC)."""
    with store.db.session() as s:
        return [u.username for u in list_users(s) if "admin" in u.roles.split(",")]
