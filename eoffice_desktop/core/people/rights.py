"""Who may change what: one table of the record's services by role, written once and asked by every service;
docs/permissions.md prints it, and the window asks `allowed()` only to hide what the services would refuse."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from eoffice_desktop.core.people.viewer import ROLES, NotAllowed, Viewer, viewer_of
from eoffice_desktop.core.storage.prepared import Tx

if TYPE_CHECKING:
    from eoffice_desktop.core.storage.db import Database

__all__ = ["ROLES", "SERVICES", "MATRIX", "allowed", "require", "scope", "writing_as"]
SERVICES = (
    "register",
    "correct",
    "void",
    "route",
    "redirect",
    "recall",
    "complete",
    "reopen",
    "sign",
    "manage_users",
    "trust_ca",
    "export",
    "backup",
    "restore",
)

ANY = "any"  # on every letter the person may see
OWN = "own"  # only on letters the person holds (route, complete) or routing steps they sent (redirect, recall)
NO = "no"

# A letter routed to someone is theirs to deal with, whatever their roles (even a role this version does not know):
# these services are OWN for every active user of the office.
EVERYONE = {"route": OWN, "redirect": OWN, "recall": OWN, "complete": OWN}
_LETTER_WORK = {"clerk": OWN, "official": OWN, "head": OWN, "signer": OWN, "admin": OWN}
MATRIX: dict[str, dict[str, str]] = {
    "register": {"clerk": ANY, "head": ANY},
    "correct": {"clerk": ANY, "head": ANY},
    "void": {"clerk": ANY, "head": ANY},
    "route": {**_LETTER_WORK, "clerk": ANY, "head": ANY},
    "redirect": {**_LETTER_WORK, "clerk": ANY, "head": ANY},
    "recall": dict(_LETTER_WORK),
    "complete": {**_LETTER_WORK, "head": ANY},
    "reopen": {"clerk": ANY, "head": ANY},
    "sign": {"head": ANY, "signer": ANY},
    "manage_users": {"admin": ANY},
    "trust_ca": {"admin": ANY},
    "export": {"clerk": ANY, "head": ANY, "admin": ANY},
    "backup": {"head": ANY, "admin": ANY},
    "restore": {"admin": ANY},
}

REFUSALS = {
    "register": "Only a clerk or the head of office can register letters.",
    "correct": "Only a clerk or the head of office can correct a registered letter.",
    "void": "Only a clerk or the head of office can void a letter.",
    "route": "You may not send letters on.",
    "redirect": "You may not take a letter from the person who holds it.",
    "recall": "You may not pull letters back.",
    "complete": "You may not complete letters.",
    "reopen": "Only a clerk or the head of office can reopen a letter.",
    "sign": "You do not have signing rights (role 'head' or 'signer').",
    "manage_users": "Only an administrator can manage user accounts.",
    "trust_ca": "Only an administrator can change the trusted certificate authorities.",
    "export": "Only a clerk, the head of office or an administrator can export the register.",
    "backup": "Only the head of office or an administrator can make a backup.",
    "restore": "Only an administrator can restore a backup.",
}


def scope(roles: frozenset[str] | set[str], service: str) -> str:
    """The widest right any of these roles gives for the service: ANY, OWN or NO."""
    cells = {MATRIX[service].get(role, NO) for role in roles} | {EVERYONE.get(service, NO)}
    return ANY if ANY in cells else OWN if OWN in cells else NO


def allowed(viewer: Viewer, service: str) -> bool:
    return scope(viewer.roles, service) != NO


def require(session: Tx, user_id: str, service: str) -> Viewer:
    """The user's `Viewer`, or NotAllowed with the refusal for this service (disabled accounts are refused too)."""
    viewer = viewer_of(session, user_id)
    if not allowed(viewer, service):
        raise NotAllowed(REFUSALS[service], code="no_right_" + service)
    return viewer


@contextmanager
def writing_as(db: Database, user_id: str, service: str) -> Iterator[tuple[Session, Viewer]]:
    """One write transaction of `service` by `user_id`: its session and the user's `Viewer`, once the rights table
    allows it (NotAllowed otherwise, and nothing is written)."""
    with db.write() as session:
        yield session, require(session, user_id, service)
