"""Reports relayed up a forwarding chain: an office that sent another office's letter on relays, onto that letter,
what the offices further down report (`about_office_id`). It may tell only of an office whose own word has reached
one of its own letters: that office's receipt or report on it, or a report relayed there about that office by the
office the letter went to. The server remembers each such (owner, office) pair as the reports arrive
(`reported_offices`), so checking a relayed report is one read by primary key. Which of the owner's letters sends the
relayed letter on is not checked (the link is in event bodies the server does not index): any of its letters will do.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol.envelope import EventEnvelope
from sync.protocol.events import EventType
from sync.server.bulk import insert_missing
from sync.server.models import ReportedOffice, ServerOffice


def office_named(session: Session, office_id: object) -> ServerOffice | None:
    """The office an id names: the id its events carry, or the server's id."""
    if not isinstance(office_id, str) or not office_id:
        return None
    return session.scalar(
        select(ServerOffice).where((ServerOffice.event_office_id == office_id) | (ServerOffice.id == office_id))
    )


def _told_of(session: Session, office: ServerOffice, envelope: EventEnvelope) -> str | None:
    """The (server's id of the) office a receipt or report tells of: the one a relayed report names (None when the
    server does not know it), else the reporting office itself."""
    if envelope.type != EventType.LETTER_TRACKING or "about_office_id" not in envelope.payload:
        return office.id
    named = office_named(session, envelope.payload["about_office_id"])
    return named.id if named is not None else None


def relay_heard(session: Session, office: ServerOffice, envelope: EventEnvelope, known: set[tuple[str, str]]) -> bool:
    """False for a relayed report about an office whose word never reached a letter of the relaying office (`known`:
    pairs already found or learnt in this push). An honest PC relays only reports it pulled: the server has them."""
    if envelope.type != EventType.LETTER_TRACKING or "about_office_id" not in envelope.payload:
        return True
    about = _told_of(session, office, envelope)
    if about is None or about == office.id:
        return False
    if (office.id, about) not in known:
        if session.get(ReportedOffice, (office.id, about)) is None:
            return False
        known.add((office.id, about))
    return True


def learn_reported(
    session: Session, office: ServerOffice, envelope: EventEnvelope, owner: str | None, known: set[tuple[str, str]]
) -> None:
    """An accepted receipt or report on `owner`'s letter: the office it tells of has been heard of there."""
    about = _told_of(session, office, envelope)
    if owner is None or about is None or owner == about or (owner, about) in known:
        return
    insert_missing(session, ReportedOffice, {"owner_office_id": owner, "office_id": about})
    known.add((owner, about))
