"""The server's own name for each office whose events it hands to another office (a pull's page, a return bundle),
and for each office a relayed tracking report tells of: what a PC that does not know an office names it by, never the
name an office's letter or report gives itself or another office."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.server.models import ServerOffice


def sender_names(
    session: Session, server_ids: Collection[str], viewer: str, abouts: Collection[str] = ()
) -> dict[str, str]:
    """Office id as its events carry it -> the Lao name the server holds for it (as IT staff added or renamed it),
    for these offices (by the server's ids), and for the offices that relayed tracking reports tell of (`abouts`, by
    the ids their events carry; an id the server does not know gets no name), but the one that asks (`viewer`: its
    own name is its own)."""
    wanted = sorted(set(server_ids) - {viewer})
    told = sorted(set(abouts))
    if not wanted and not told:
        return {}
    columns = select(ServerOffice.id, ServerOffice.event_office_id, ServerOffice.name_lo)
    rows = list(session.execute(columns.where(ServerOffice.id.in_(wanted)))) if wanted else []
    if told:
        rows += session.execute(columns.where(ServerOffice.event_office_id.in_(told), ServerOffice.id != viewer))
    return {event_id or office_id: name for office_id, event_id, name in rows if name}
