"""Letters this office returned to the office that sent them, and registering one of them after all (it was returned
by mistake): registered as any arrived letter is (same numbering, same files, a `registered` receipt the sender gets,
which supersedes its `returned` one there)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import RECEIVED, register_arrival, settled_here
from eoffice_desktop.core.journey.links import JourneyLink
from eoffice_desktop.core.journey.sender_names import office_names
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.registry.register import Registered
from eoffice_desktop.core.storage.models import Event, Letter, User
from eoffice_shared.refusals import Refusal


class AfterReturnRefused(Refusal, ValueError):
    """A letter this office returned cannot be registered after all; the message says why."""


@dataclass(frozen=True)
class Return:
    """This office sent an arrived letter back: when, by whom (a clerk of this office) and why."""

    letter_id: str
    at: datetime
    by: str  # the clerk's name
    reason: str


@dataclass(frozen=True)
class ReturnedHere:
    """A letter of another office that this office returned and has not registered since."""

    id: str
    sender: str
    registry_number: str
    register_date: date
    subject: str
    urgency: str
    returned: Return


def returns_by(session: Session, office_id: str, letter_ids: list[str] | None = None) -> dict[str, Return]:
    """Letter id -> this office's (latest) return of it, for the given letters or all it returned."""
    query = select(Event).where(
        Event.office_id == office_id, Event.type == RECEIVED, Event.payload.like('%"returned"%')
    )
    if letter_ids is not None:
        query = query.where(Event.letter_id.in_(letter_ids))
    rows = [
        (row, payload)
        for row in session.scalars(query.order_by(Event.hlc))
        for payload in (json.loads(row.payload),)
        if row.letter_id and payload.get("status") == "returned"
    ]
    people = dict(
        session.execute(select(User.id, User.display_name).where(User.id.in_({r.author_id for r, _ in rows}))).all()
    )
    return {
        str(row.letter_id): Return(
            str(row.letter_id),
            datetime.fromisoformat(row.hlc[:23]),
            people.get(row.author_id, row.author_id),
            str(payload.get("reason", "")),
        )
        for row, payload in rows
    }


def returned_here(session: Session, office_id: str) -> list[ReturnedHere]:
    """The letters this office returned and did not register after all, the latest return first. Letters their
    office voided since are left out: there is nothing more to do with them."""
    returns = returns_by(session, office_id)
    if not returns:
        return []
    waiting = [letter_id for letter_id, s in settled_here(session, office_id, list(returns)).items() if s == "returned"]
    letters = session.scalars(select(Letter).where(Letter.id.in_(waiting), Letter.status != "void"))
    names = office_names(session)
    found = [
        ReturnedHere(
            letter.id,
            names.get(letter.office_id, ""),
            letter.registry_number,
            letter.register_date,
            letter.subject,
            letter.urgency,
            returns[letter.id],
        )
        for letter in letters
    ]
    return sorted(found, key=lambda row: row.returned.at, reverse=True)


def register_after_all(store: OfficeStore, actor: Actor, letter_id: str, today: date | None = None) -> Registered:
    """Register a letter this office returned to its sender, as any arrived letter is registered. Refused when the
    letter was not returned, when its office voided it, or when its office already sent it here again (that letter
    is on the Arrived list). Only who may register letters may do it."""
    return register_arrival(store, actor, letter_id, today, after_return=_rules(actor))


def _rules(actor: Actor) -> Callable[[Session, Letter], None]:
    def check(s: Session, arrived: Letter) -> None:
        require(s, actor.user_id, "register")
        if settled_here(s, actor.office_id, [arrived.id]).get(arrived.id) != "returned":
            raise AfterReturnRefused(
                "This letter was not returned to its office: register it from the Arrived list.",
                code="after_return_not_returned",
            )
        if arrived.status == "void":
            raise AfterReturnRefused(
                "The office that sent this letter has voided it, so it is not registered here. Ask that office.",
                code="after_return_void",
            )
        again = s.scalars(
            select(Letter)
            .join(JourneyLink, JourneyLink.letter_id == Letter.id)
            .where(JourneyLink.resends == arrived.id, Letter.status != "void")
            .order_by(Letter.registered_at)
        ).first()
        if again is not None:
            raise AfterReturnRefused(
                "The office that sent this letter sent it here again as {number}: register that one from the "
                "Arrived list.",
                code="after_return_sent_again",
                number=again.registry_number,
            )

    return check
