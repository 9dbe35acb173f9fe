"""Who is asking, as every permission check takes it: a person's roles and department. Plain data (no database code),
so the window's first page can use it before SQLAlchemy loads (core/registry/first_page.py)."""

from __future__ import annotations

from dataclasses import dataclass

from eoffice_shared.refusals import Refusal

ROLES = ("clerk", "official", "head", "signer", "admin")
RESTRICTED = ("confidential", "secret")  # seen only by heads, the clerk who registered them and those routed to


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
