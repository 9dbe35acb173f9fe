"""A letter an office returned, sent again to other offices: which offices returned this office's letters (and why),
and a new outgoing letter with the same subject, summary and scans, linked to the returned one (`resends`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.correspondents import ENTRY, Correspondent
from eoffice_desktop.core.addresses.directory import events_office_id, reporting_offices
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import copy_attachments
from eoffice_desktop.core.journey.links import JourneyLink, origin_of
from eoffice_desktop.core.journey.reports import TRACKING_TYPES
from eoffice_desktop.core.journey.sender_names import report_names
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.register import Registered, register_letter
from eoffice_desktop.core.routing.forwarding import outgoing_copy
from eoffice_desktop.core.storage.models import Event, Letter, Organisation
from eoffice_shared.refusals import Refusal


class ResendRefused(Refusal, ValueError):
    """The letter cannot be sent again to another office; the message says why."""


@dataclass(frozen=True)
class Returned:
    """One office sent the letter back: which, when (its clock) and why."""

    office_id: str
    office_name: str
    reason: str
    when: datetime


def returned_by(session: Session, letter_ids: list[str], ever: bool = False) -> dict[str, list[Returned]]:
    """Letter id -> the offices whose latest word on it is that they returned it (an office that registered it after
    all is not among them, unless `ever`), in the order they returned it. Read from the receipts already on this PC."""
    latest: dict[tuple[str, str], tuple[Event, dict[str, object]]] = {}
    for start in range(0, len(letter_ids), 500):
        query = (
            select(Event)
            .where(Event.letter_id.in_(letter_ids[start : start + 500]), Event.type.in_(TRACKING_TYPES))
            .order_by(Event.hlc)
        )
        for row in session.scalars(query):
            state = json.loads(row.payload)
            status = state.get("status")
            if state.get("about_office_id") or status in (None, "delivered"):  # ("delivered" never undoes a word)
                continue
            if ever and status != "returned" and latest.get((str(row.letter_id), row.office_id)):
                continue
            latest[(str(row.letter_id), row.office_id)] = (row, state)
    returned = sorted(
        ((key, row, state) for key, (row, state) in latest.items() if state.get("status") == "returned"),
        key=lambda item: item[1].hlc,
    )
    by_letter: dict[str, list[tuple[str, dict[str, object]]]] = {}
    for (letter_id, office), _, state in returned:
        by_letter.setdefault(letter_id, []).append((office, state))
    # (as the letter's "To" names them, else as this PC knows them)
    names = {letter_id: report_names(session, letter_id, said) for letter_id, said in by_letter.items()}
    found: dict[str, list[Returned]] = {}
    for (letter_id, office), row, state in returned:
        name = names[letter_id].get(office, "")
        when = datetime.fromisoformat(row.hlc[:23])
        found.setdefault(letter_id, []).append(Returned(office, name, str(state.get("reason", "")), when))
    return found


def send_again(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    recipients: list[str],
    summary: str = "",
    today: date | None = None,
    recipient_offices: list[str] | None = None,
) -> Registered:
    """Register a new outgoing letter to `recipients` (address-book entries) and `recipient_offices` (offices of the
    national directory) with the subject, summary and scans of this office's letter `letter_id` that an office
    returned, in one transaction. The returned letter then leaves the list of letters to follow up."""
    if not recipients and not recipient_offices:
        raise ResendRefused("Choose at least one office to send the letter to.", code="resend_no_recipients")
    with store.db.write() as s:
        letter = s.get(Letter, letter_id)
        if letter is None or letter.office_id != actor.office_id or letter.direction != "out":
            raise ResendRefused(
                "Only an outgoing letter of this office can be sent again to another office.", code="resend_not_own"
            )
        if letter.status == "void":
            raise ResendRefused("This letter is void: it is not sent again.", code="resend_void")
        if not returned_by(s, [letter_id]):
            raise ResendRefused(
                "No office returned this letter, so it is not sent again. To write to another office, register "
                "a new outgoing letter.",
                code="resend_not_returned",
            )
        _refuse_returners(s, letter_id, recipients, recipient_offices or [])
        form = outgoing_copy(letter, recipients, recipient_offices or [], summary, today or date.today())
        links = {"resends": letter.id, "origin": origin_of(s, letter.id)}
        link = s.get(JourneyLink, letter.id)
        if link is not None and link.forwards:  # (a letter sent on: the first sender sees where it went instead)
            links["forwards"] = link.forwards
        registered = register_letter(store, actor, form, today=today, session=s, links=links)
        copy_attachments(s, store, actor, letter_id, registered.letter_id)
    return registered


def resend_targets(session: Session, letter_id: str, targets: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The address-book offices (entry id, name) among `targets` that the letter may be sent again to: those that
    did not return it (an office that sent it back is not offered it again)."""
    returners = {each.office_id for each in returned_by(session, [letter_id]).get(letter_id, [])}
    reporting = _reporting_ids(session, [org_id for org_id, _ in targets])
    return [(org_id, name) for org_id, name in targets if reporting.get(org_id) not in returners]


def without_returners(session: Session, letter_id: str, found: list[Correspondent]) -> list[Correspondent]:
    """`found` (offices of the directory and address-book entries a search found) without the offices that returned
    the letter: the send-again window does not offer them, as `send_again` would refuse them."""
    returners = {each.office_id for each in returned_by(session, [letter_id]).get(letter_id, [])}
    if not returners:
        return found
    entries = _reporting_ids(session, [c.id for c in found if c.kind == ENTRY])
    return [
        c
        for c in found
        if (entries.get(c.id, "") if c.kind == ENTRY else events_office_id(session, c.id)) not in returners
    ]


def _reporting_ids(session: Session, org_ids: list[str]) -> dict[str, str]:
    """Entry id -> the office id its office's events carry ("" for an entry reached on paper)."""
    links = dict(
        session.execute(select(Organisation.id, Organisation.office_id).where(Organisation.id.in_(org_ids))).all()
    )
    reached = reporting_offices(session, {str(link) for link in links.values() if link})
    return {org_id: reached.get(str(link), "") if link else "" for org_id, link in links.items()}


def _refuse_returners(session: Session, letter_id: str, recipients: list[str], offices: list[str]) -> None:
    """An office that returned the letter is not sent it again, chosen from the address book or the directory."""
    returners = {each.office_id: each.office_name for each in returned_by(session, [letter_id]).get(letter_id, [])}
    chosen = list(_reporting_ids(session, recipients).values()) + [events_office_id(session, o) for o in offices]
    again = next((office for office in chosen if office in returners), None)
    if again is not None:
        raise ResendRefused(
            "{office} returned this letter, so it is not sent there again. Choose another office.",
            code="resend_to_returner",
            office=returners[again],
        )
