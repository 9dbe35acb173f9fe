"""Where each outgoing letter of a register page (or a page of search results) is, in one short state for its row
("Registered 1/3", "Returned by X", "Late at Y"): read for the page's letters only, from the receipts and tracking
reports already on this PC."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import reporting_offices
from eoffice_desktop.core.journey.policy import sharing_policy
from eoffice_desktop.core.journey.reports import TRACKING_TYPES
from eoffice_desktop.core.registry.register_rows import RegisterRow, Whereabouts
from eoffice_desktop.core.routing.workdays import add_working_days, holidays
from eoffice_desktop.core.storage.models import Event, Letter, LetterRecipient, Organisation

# An office's stage from its latest report; "delivered" never undoes a later one (reports may cross on the way).
STAGE = {
    "delivered": "delivered",
    "registered": "registered",
    "in_progress": "registered",
    "completed": "completed",
    "returned": "returned",
}
REGISTERED = ("registered", "completed")
Row = TypeVar("Row", bound=RegisterRow)  # a register row, or a search result's


def with_whereabouts(
    session: Session, rows: list[Row], today: date | None = None, office_id: str | None = None
) -> list[Row]:
    """The rows of a page of the outgoing register (or of search results: `office_id`, only this office's own
    outgoing letters), each with where its letter is."""
    found = whereabouts(session, [row.id for row in rows], today, office_id)
    return [replace(row, where=found.get(row.id)) for row in rows]


def whereabouts(
    session: Session, letter_ids: list[str], today: date | None = None, office_id: str | None = None
) -> dict[str, Whereabouts]:
    """Letter id -> where it is, for the outgoing letters among `letter_ids` that went to other offices (a page's
    worth: a few reads by letter id, whatever the register's size); with `office_id`, only those that office sent
    (not another office's letter that arrived here). Void letters have none."""
    if not letter_ids:
        return {}
    sent = select(Letter.id, Letter.register_date, Letter.office_id).where(
        Letter.id.in_(letter_ids), Letter.direction == "out", Letter.status != "void"
    )
    if office_id is not None:
        sent = sent.where(Letter.office_id == office_id)
    letters = {row.id: row for row in session.execute(sent)}
    if not letters:
        return {}
    recipients: dict[str, list[tuple[str, str]]] = {}  # letter -> (reporting office id or "" on paper, name)
    query = (
        select(LetterRecipient.letter_id, Organisation.office_id, Organisation.name_lo)
        .join(Organisation, Organisation.id == LetterRecipient.org_id)
        .where(LetterRecipient.letter_id.in_(list(letters)))
        .order_by(LetterRecipient.letter_id, LetterRecipient.position)
    )
    sent_to = session.execute(query).all()
    # an address book link -> the id its office's reports carry ("" on paper)
    reached = reporting_offices(session, {str(link) for _, link, _ in sent_to if link})
    for letter_id, link, name in sent_to:
        office = reached.get(link, "") if link else ""
        if office != letters[letter_id].office_id:
            recipients.setdefault(letter_id, []).append((office, name))
    stages = _stages(session, list(recipients))
    today = today or date.today()
    days, off = sharing_policy(session).lost_after_days, holidays(session)
    found: dict[str, Whereabouts] = {}
    for letter_id, offices in recipients.items():
        late = add_working_days(letters[letter_id].register_date, days, off) < today
        found[letter_id] = _summary(offices, stages, letter_id, late)
    return found


def _stages(session: Session, letter_ids: list[str]) -> dict[tuple[str, str], str]:
    """(letter, office) -> the stage that office's own reports put the letter at."""
    stages: dict[tuple[str, str], str] = {}
    query = (
        select(Event.letter_id, Event.office_id, Event.payload)
        .where(Event.letter_id.in_(letter_ids), Event.type.in_(TRACKING_TYPES))
        .order_by(Event.hlc)
    )
    for letter_id, office, payload in session.execute(query):
        state = json.loads(payload)
        stage = STAGE.get(str(state.get("status", "")))
        if stage is None or state.get("about_office_id"):  # (a report relayed about an office further on)
            continue
        key = (str(letter_id), str(office))
        if stage != "delivered" or key not in stages:
            stages[key] = stage
    return stages


def _summary(
    offices: list[tuple[str, str]], stages: dict[tuple[str, str], str], letter_id: str, late: bool
) -> Whereabouts:
    """The one thing the sender most needs to know: returned, late somewhere, else how far it got everywhere."""
    by_server = [(office, name, stages.get((letter_id, office), "")) for office, name in offices if office]
    if not by_server:
        return Whereabouts("paper")
    total = len(by_server)
    returned = [name for _, name, stage in by_server if stage == "returned"]
    if returned:
        return Whereabouts("returned", len(returned), total, returned[0])
    waiting = [name for _, name, stage in by_server if stage not in REGISTERED]
    if waiting and late:
        return Whereabouts("late", total - len(waiting), total, waiting[0])
    if all(stage == "completed" for _, _, stage in by_server):
        return Whereabouts("completed", total, total)
    registered = total - len(waiting)
    if registered:
        return Whereabouts("registered", registered, total)
    delivered = sum(1 for _, _, stage in by_server if stage == "delivered")
    return Whereabouts("delivered", delivered, total) if delivered else Whereabouts("on_way", 0, total)
