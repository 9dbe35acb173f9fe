"""Sending a letter that came from another office on to further offices (a ministry's letter that the province sends
on to its districts): a new outgoing letter of this office, with the same scans, that keeps the journey's tracking
code so the first sender can follow it to the end."""

from __future__ import annotations

from datetime import date

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import copy_attachments
from eoffice_desktop.core.journey.links import origin_of
from eoffice_desktop.core.journey.ownership import refuse_arrived
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import FieldError, FormInvalid, LetterForm
from eoffice_desktop.core.registry.register import ActionRefused, Registered, register_letter
from eoffice_desktop.core.storage.models import Letter


def forward_letter(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    recipients: list[str],
    summary: str = "",
    today: date | None = None,
    recipient_offices: list[str] | None = None,
) -> Registered:
    """Register an outgoing letter to `recipients` (address-book entries) and `recipient_offices` (offices of the
    national directory) that sends incoming letter `letter_id` on, in one transaction; the office that sent
    `letter_id` sees it forwarded (within this office's sharing)."""
    if not recipients and not recipient_offices:
        raise FormInvalid([FieldError("recipients", "required", "Choose at least one recipient.")])
    with store.db.write() as s:
        incoming = s.get(Letter, letter_id)
        refuse_arrived(incoming, actor.office_id)  # (another office's letter: register it here, send on that)
        if incoming is None or incoming.office_id != actor.office_id or incoming.direction != "in":
            raise ActionRefused("Only an incoming letter of this office can be sent on.", code="only_incoming_sent_on")
        if incoming.status == "void":
            raise ActionRefused("This letter is void and can no longer be changed.", code="letter_void_unchangeable")
        form = outgoing_copy(incoming, recipients, recipient_offices or [], summary, today or date.today())
        links = {"forwards": incoming.id, "origin": origin_of(s, incoming.id)}
        registered = register_letter(store, actor, form, today=today, session=s, links=links)
        copy_attachments(s, store, actor, letter_id, registered.letter_id)
    return registered


def outgoing_copy(letter: Letter, recipients: list[str], offices: list[str], summary: str, today: date) -> LetterForm:
    """A new outgoing letter's form with this letter's subject, kind, urgency, confidentiality and pages, to
    `recipients` (address-book entries) and `offices` (of the national directory), through the server; its summary
    is `summary`, else the letter's."""
    return LetterForm(
        direction="out",
        register_date=today,
        recipients=list(recipients),
        recipient_offices=list(offices),
        subject=letter.subject,
        summary=summary.strip() or letter.summary,
        doc_type=letter.doc_type,
        urgency=letter.urgency,
        confidentiality=letter.confidentiality,
        pages=letter.pages,
        delivery_mode="sync",
    )
