"""The server's own name for each office whose events it hands to another office (a pull's page, a return bundle):
what a PC that does not know the sender names it by, never the name the sender's letter gives itself."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.models import ServerOffice


def sender_names(session: Session, server_ids: Collection[str], viewer: str) -> dict[str, str]:
    """Office id as its events carry it -> the Lao name the server holds for it (as IT staff added or renamed it),
    for these offices (by the server's ids) but the one that asks (`viewer`: its own name is its own)."""
    wanted = sorted(set(server_ids) - {viewer})
    if not wanted:
        return {}
    rows = session.execute(
        select(ServerOffice.id, ServerOffice.event_office_id, ServerOffice.name_lo).where(ServerOffice.id.in_(wanted))
    )
    return {event_id or office_id: name for office_id, event_id, name in rows if name}
