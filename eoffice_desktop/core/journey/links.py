"""How letters of different offices belong to one journey: an incoming letter registered from another office's
letter, an outgoing letter that forwards an incoming one onward, a reply naming the other office's letter it answers,
an outgoing letter that sends again to other offices one of this office's letters that an office returned.

A projection of the `letter.registered` payload fields `arrived_from`, `forwards`, `answers`, `origin` and `resends`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, select
from sqlalchemy.orm import InstrumentedAttribute, Mapped, Session, mapped_column

from eoffice_desktop.core.storage.models import Base, Event, Letter, Organisation
from eoffice_desktop.core.storage.prepared import Tx, needs_session

LINK_FIELDS = ("arrived_from", "forwards", "answers", "origin", "resends")


class JourneyLink(Base):
    """One letter's place in a journey across offices (only letters that have one get a row)."""

    __tablename__ = "journey_links"
    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # The other office's letter this incoming letter was registered from (tracking about it goes there).
    arrived_from: Mapped[str | None] = mapped_column(String(36), index=True)
    # This office's incoming letter that this outgoing letter sends on to another office.
    forwards: Mapped[str | None] = mapped_column(String(36), index=True)
    # The other office's letter that this outgoing reply answers (its id as that office knows it).
    answers: Mapped[str | None] = mapped_column(String(36))
    # The first letter of the journey: every copy carries its tracking code.
    origin: Mapped[str | None] = mapped_column(String(36), index=True)
    # This office's outgoing letter, returned by an office, that this outgoing letter sends again to other offices.
    resends: Mapped[str | None] = mapped_column(String(36), index=True)


def origin_of(session: Session, letter_id: str) -> str:
    """The first letter of the journey a letter belongs to (itself when it started one)."""
    link = session.get(JourneyLink, letter_id)
    return link.origin if link is not None and link.origin else letter_id


def fold_registered(tx: Tx, row: Event, payload: dict[str, Any]) -> None:
    values = {name: str(payload[name]) for name in LINK_FIELDS if isinstance(payload.get(name), str) and payload[name]}
    if not values or row.letter_id is None:
        return
    session = needs_session(tx)
    if session.get(JourneyLink, row.letter_id) is not None:
        return
    session.add(JourneyLink(letter_id=row.letter_id, **values))


def sent_on_as(session: Session, incoming_id: str) -> list[Letter]:
    """The outgoing letters (not void) that sent this office's incoming letter on to other offices, oldest first."""
    return _linked_to(session, JourneyLink.forwards, incoming_id)


def sends_on(session: Session, outgoing_id: str) -> Letter | None:
    """The incoming letter this outgoing letter sends on, if it does."""
    link = session.get(JourneyLink, outgoing_id)
    return session.get(Letter, link.forwards) if link is not None and link.forwards else None


def came_from(session: Session, incoming_id: str) -> set[str]:
    """The offices an incoming letter came from: its sender's office (an address-book entry linked to one) and the
    office of the letter it was registered from."""
    letter = session.get(Letter, incoming_id)
    if letter is None:
        return set()
    offices = set()
    sender = session.get(Organisation, letter.sender_org_id) if letter.sender_org_id else None
    if sender is not None and sender.office_id:
        offices.add(sender.office_id)
    link = session.get(JourneyLink, incoming_id)
    arrived = session.get(Letter, link.arrived_from) if link is not None and link.arrived_from else None
    if arrived is not None:
        offices.add(arrived.office_id)
    return offices


def sent_again_as(session: Session, returned_id: str) -> list[Letter]:
    """The outgoing letters (not void) that sent this office's returned letter again to other offices, oldest
    first."""
    return _linked_to(session, JourneyLink.resends, returned_id)


def sends_again(session: Session, outgoing_id: str) -> Letter | None:
    """The returned letter this outgoing letter sends again, if it does."""
    link = session.get(JourneyLink, outgoing_id)
    return session.get(Letter, link.resends) if link is not None and link.resends else None


def _linked_to(session: Session, field: InstrumentedAttribute[str | None], letter_id: str) -> list[Letter]:
    return list(
        session.scalars(
            select(Letter)
            .join(JourneyLink, JourneyLink.letter_id == Letter.id)
            .where(field == letter_id, Letter.status != "void")
            .order_by(Letter.registered_at)
        )
    )
