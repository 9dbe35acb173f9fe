"""The register's first page as the window opens it, read with the standard `sqlite3` module: no SQLAlchemy, no ORM
models, so the window can show its rows before those load.

The same rows, in the same order, as `register_query.fetch_page` for a register with no filter but its office (sorted
by number, newest first), with the same visibility rule as `permissions.visible_clause`: a head of office sees every
letter; anyone else the letters that are not confidential or secret, those they registered, and those routed to them,
from them, to their department, or to someone whose inbox is delegated to them today.
`tests/core/test_first_page.py` compares the two for several people, void letters and both registers.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from eoffice_desktop.core.people.roles import RESTRICTED, Viewer
from eoffice_desktop.core.registry.register_rows import RegisterFilter, RegisterRow

_COLUMNS = (
    "id, registry_number, register_date, {correspondent}, sender_ref, subject, urgency, confidentiality, status, "
    "reply_due, attachment_count, provisional"
)
_ORDER = "ORDER BY registry_year DESC, registry_seq DESC, registry_number DESC, id DESC"


def acting_for(connection: sqlite3.Connection, viewer: Viewer, today: date) -> list[str]:
    """The viewer and everyone whose inbox is delegated to the viewer today (as `permissions.acting_for`)."""
    found = connection.execute(
        "SELECT from_user_id FROM delegations WHERE to_user_id = ? AND cancelled = 0 AND start <= ? AND end >= ?",
        (viewer.user_id, today.isoformat(), today.isoformat()),
    )
    return [viewer.user_id, *sorted({row[0] for row in found} - {viewer.user_id})]


def _visible(connection: sqlite3.Connection, viewer: Viewer, today: date) -> tuple[str, list[object]]:
    if viewer.has("head"):
        return "", []
    users = acting_for(connection, viewer, today)
    marks = ", ".join("?" for _ in users)
    by_department = "s.to_department_id = ?" if viewer.department_id else "0"
    restricted = ", ".join(f"'{level}'" for level in RESTRICTED)
    clause = (
        f" AND (confidentiality NOT IN ({restricted}) OR registered_by = ? OR EXISTS (SELECT 1 FROM routing_steps AS s "
        f"WHERE s.letter_id = letters.id AND (s.to_user_id IN ({marks}) OR {by_department} OR s.from_user_id IN "
        f"({marks}))))"
    )
    params: list[object] = [viewer.user_id, *users, *([viewer.department_id] if viewer.department_id else []), *users]
    return clause, params


def is_opening_page(f: RegisterFilter, sort: str, descending: bool, viewer: Viewer | None) -> bool:
    """The page is one `first_page` reads: the register as the window opens it (no filter but its office and
    direction, numbers newest first), for a known person."""
    return (
        viewer is not None
        and bool(f.office_id)
        and (sort, descending) == ("number", True)
        and f == RegisterFilter(direction=f.direction, office_id=f.office_id)
    )


def first_page(
    connection: sqlite3.Connection,
    viewer: Viewer,
    direction: str,
    office_id: str,
    limit: int,
    offset: int = 0,
    today: date | None = None,
) -> list[RegisterRow]:
    """The register of `direction` of this office, numbers newest first, as `viewer` may see it."""
    visible, params = _visible(connection, viewer, today or date.today())
    correspondent = "sender_name" if direction == "in" else "recipients_text"
    rows = connection.execute(
        f"SELECT {_COLUMNS.format(correspondent=correspondent)} FROM letters "
        f"WHERE direction = ? AND office_id = ?{visible} {_ORDER} LIMIT ? OFFSET ?",
        (direction, office_id, *params, limit, offset),
    )
    return [_row(*row) for row in rows]


def _row(*values: object) -> RegisterRow:
    """A row as SQLAlchemy's types give it: the dates as dates, the provisional flag as a bool."""
    fields = list(values)
    fields[2] = date.fromisoformat(str(fields[2]))  # register_date
    fields[9] = date.fromisoformat(str(fields[9])) if fields[9] else None  # reply_due
    fields[11] = bool(fields[11])  # provisional
    return RegisterRow(*fields)  # type: ignore[arg-type]
