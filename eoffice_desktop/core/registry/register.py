"""Registering, correcting and voiding letters: the services the GUI, the CLI, the import and the demo share.

Each call is one transaction: the event, the projection and the registry number are committed together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.addressbook import (
    EntryFields,
    add_organisation,
    entry_by_name,
    name_of,
    new_entry,
)
from eoffice_desktop.core.addresses.directory import OfficeMatch, receiving_office
from eoffice_desktop.core.addresses.directory import office as directory_office
from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor, utcnow
from eoffice_desktop.core.journey.links import JourneyLink
from eoffice_desktop.core.journey.ownership import refuse_arrived
from eoffice_desktop.core.journey.reports import share_progress
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.projections import CORRECTABLE, NUMBER_CONFIRMED
from eoffice_desktop.core.registry.letterform import (
    FROZEN_AFTER_MOVE,
    FieldError,
    FormInvalid,
    LetterForm,
    validate,
)
from eoffice_desktop.core.registry.numbering import (
    DEFAULT_TEMPLATE,
    RESTORED_MESSAGE,
    after_restore,
    format_number,
    next_number,
    series_for,
)
from eoffice_desktop.core.storage.blobs import StoredBlob, limit_mb_from_setting
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import DirectoryOffice, FormTemplate, Letter, Office, Organisation
from eoffice_desktop.core.storage.plain_write import NeedsSession
from eoffice_desktop.core.storage.prepared import Prepared, Tx, needs_session
from eoffice_desktop.core.storage.settings import get_setting
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType


class ActionRefused(Refusal, ValueError):
    """The action is not allowed on this letter; the message says why."""


@dataclass(frozen=True)
class Registered:
    letter_id: str
    registry_number: str
    changes: Changes


def _attachment_payload(blob: StoredBlob) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "blob": blob.hash,
        "filename": blob.filename,
        "media_type": blob.media_type,
        "size": blob.size,
    }


_NUMBER_TAKEN = Prepared(
    select(Letter.id).where(
        Letter.office_id == bindparam("office"),
        Letter.direction == bindparam("direction"),
        Letter.registry_year == bindparam("year"),
        Letter.registry_number == bindparam("number"),
    )
)
_OFFICE_CODE = Prepared(select(Office.code, Office.name_lo).where(Office.id == bindparam("office")))
_ENTRY_LINK = Prepared(select(Organisation.office_id).where(Organisation.id == bindparam("org")))


def _number_taken(session: Tx, office_id: str, direction: str, year: int, number: str) -> bool:
    params = {"office": office_id, "direction": direction, "year": year, "number": number}
    return _NUMBER_TAKEN.run(session, params).fetchone() is not None


def register_letter(
    store: OfficeStore,
    actor: Actor,
    form: LetterForm,
    today: date | None = None,
    session: Session | None = None,
    links: dict[str, str] | None = None,
) -> Registered:
    """Register an incoming or outgoing letter and give it the office's next registry number.

    With `session` (an open transaction, as the import uses) the caller commits; otherwise this call does.
    `links` places the letter in a journey across offices (`core/journey/links.py`: arrived_from, forwards, origin).
    """
    today = today or date.today()
    errors = validate(form, today)
    if errors:
        raise FormInvalid(errors)
    # Blobs first: content-addressed files are harmless if the transaction below fails.
    stored = [store.blobs.add_file(path) for path in form.attachments]
    if session is not None:
        return _register_in(store, actor, form, stored, session, today, links or {})
    if not stored and not links:
        # Most letters: a known sender, no scan yet. Without the ORM session around its prepared statements
        # (`core/storage/plain_write.py`); a change that needs the ORM is made again from the start below.
        try:
            with store.db.write_plain() as tx:
                return _register_in(store, actor, form, stored, tx, today, {})
        except NeedsSession:
            pass
    with store.db.write() as s:
        return _register_in(store, actor, form, stored, s, today, links or {})


def _register_in(
    store: OfficeStore,
    actor: Actor,
    form: LetterForm,
    stored: list[StoredBlob],
    s: Tx,
    today: date,
    links: dict[str, str],
) -> Registered:
    assert form.register_date is not None
    require(s, actor.user_id, "register")
    office = _OFFICE_CODE.run(s, {"office": actor.office_id}).fetchone()
    if office is None:
        raise ActionRefused("This office has not been set up yet.", code="office_not_set_up")
    if after_restore(s):
        raise ActionRefused(RESTORED_MESSAGE, code="restored_enrol_again")
    sender_org_id, sender_name = form.sender_org_id, form.sender_name.strip()
    if form.direction == "in":
        # The entry chosen, or else (no directory office chosen) the one known by the typed name: most letters
        # come from a sender already in the address book.
        known = _known_sender(s, sender_org_id, sender_name) if sender_org_id or not form.sender_office_id else None
        if sender_org_id and known is None:
            raise FormInvalid([FieldError("sender", "unknown", "This sender is not in the address book.")])
        if known is not None:
            sender_org_id, sender_name = known
        elif form.sender_office_id:
            orm = needs_session(s)
            sender = directory_office(orm, form.sender_office_id)
            if sender is None:
                raise FormInvalid(
                    [FieldError("sender", "unknown_office", "The sender is not in the directory; choose it again.")]
                )
            org = _entry_for_office(store, actor, orm, sender)
            sender_org_id, sender_name = org.id, org.name_lo
        else:
            # Not known by that name (just asked): a new entry.
            sender_org_id = new_entry(s, store.log, actor, EntryFields(sender_name))
    recipients = list(form.recipients)
    names = []
    for org_id in recipients:
        name = name_of(s, org_id)
        if name is None:
            raise FormInvalid([FieldError("recipients", "unknown", "A recipient is not in the address book.")])
        names.append(name)
    office_ids = (
        _directory_recipients(store, actor, needs_session(s), form.recipient_offices, recipients, names)
        if form.recipient_offices
        else []
    )
    links = dict(links)
    if form.in_reply_to:
        orm = needs_session(s)
        answered = orm.get(Letter, form.in_reply_to)
        # An outgoing letter answers an incoming one; an incoming one may answer ours (another office's reply).
        if answered is None or answered.direction == form.direction or answered.office_id != actor.office_id:
            answered_not_found = "The letter this one answers was not found."
            raise FormInvalid([FieldError("in_reply_to", "unknown_letter", answered_not_found)])
        came_from = orm.get(JourneyLink, answered.id)
        if form.direction == "out" and came_from is not None and came_from.arrived_from:
            links["answers"] = came_from.arrived_from  # the other office links our reply to its own letter
    registered_at = utcnow()
    if form.registry_number is not None:
        year = form.register_date.year
        number_text, seq, key, provisional = form.registry_number.strip(), None, f"{form.direction}:historic", False
        leading = number_text.split("/", 1)[0]
        if leading.isdigit():
            # A historic number in the office's own style joins its series, so new numbers continue after it.
            seq, key = int(leading), series_for(s, form.direction, year)
    else:
        year = today.year  # the office's local year, not UTC's
        number = next_number(s, form.direction, year, office[0], device_tag=store.device_id[-4:])
        number_text, seq, key, provisional = number.text, number.seq, number.series_key, number.provisional
    if form.registry_number is not None and _number_taken(s, actor.office_id, form.direction, year, number_text):
        raise FormInvalid(
            [FieldError("registry_number", "taken", f"The registry number {number_text} is already used.")]
        )
    letter_id = uuid7()
    payload: dict[str, Any] = {
        "direction": form.direction,
        "registry_number": number_text,
        "registry_year": year,
        "registry_seq": seq,
        "series_key": key,
        "provisional": provisional,
        "registered_at": registered_at.isoformat(timespec="seconds"),
        "register_date": form.register_date.isoformat(),
        "letter_date": form.letter_date.isoformat() if form.letter_date else None,
        "sender_org_id": sender_org_id,
        "sender_name": sender_name,
        "sender_ref": form.sender_ref.strip(),
        "delivery_mode": form.delivery_mode,
        "subject": form.subject.strip(),
        "summary": form.summary.strip(),
        "doc_type": form.doc_type,
        "urgency": form.urgency,
        "confidentiality": form.confidentiality,
        "pages": form.pages,
        "reply_due": form.reply_due.isoformat() if form.reply_due else None,
        "keywords": form.keywords.strip(),
        "signatory": form.signatory.strip(),
        "recipients": recipients,
        "recipients_text": "; ".join(names),
        "in_reply_to": form.in_reply_to,
        "attachments": [_attachment_payload(blob) for blob in stored],
    }
    if office_ids:  # the server delivers the letter to those of them that are enrolled
        payload["recipient_offices"] = office_ids
    if form.direction == "out" and (office_ids or _reaches_an_office(s, recipients)):
        # How this office names itself, for the offices it reaches: a PC that does not know this office yet (no
        # directory, not in its address book) names the sender of the arrived letter with it.
        payload["office_name"] = office[1]
    payload.update({key: value for key, value in links.items() if value})
    store.log.append(
        s, actor, EventType.LETTER_REGISTERED, payload, letter_id=letter_id, blobs=[b.hash for b in stored]
    )
    if form.direction == "out" and (form.in_reply_to or links.get("forwards")):
        # A reply or a forward: the other office hears of it.
        share_progress(needs_session(s), store.log, actor, letter_id)
    return Registered(letter_id, number_text, Changes(letters=frozenset({letter_id}), registers=True))


def _reaches_an_office(s: Tx, recipients: list[str]) -> bool:
    """Some of these address-book entries stand for an enrolled office (the letter travels through the server)."""
    return any((_ENTRY_LINK.run(s, {"org": org_id}).fetchone() or (None,))[0] for org_id in recipients)


def _known_sender(s: Tx, org_id: str | None, name: str) -> tuple[str, str] | None:
    """The address-book entry chosen (`org_id`) or, when none was, the one known by the typed name: (id, name)."""
    if org_id:
        found = name_of(s, org_id)
        return None if found is None else (org_id, found)
    return entry_by_name(s, name)


# The address book's kind for each kind of directory office.
_ORG_KIND = {"ministry": "ministry", "department": "department", "province": "province", "district": "district"}


def _entry_for_office(store: OfficeStore, actor: Actor, s: Session, target: OfficeMatch) -> Organisation:
    """The address-book entry that stands for a directory office: the one linked to it by its directory id, or by the
    id its events carry (made when a letter came from it); a new entry named with its place when there is none."""
    row = s.get(DirectoryOffice, target.id)
    ids = [target.id] + ([row.event_office_id] if row is not None and row.event_office_id else [])
    linked = select(Organisation).where(Organisation.office_id.in_(ids), Organisation.merged_into.is_(None))
    org = s.scalars(linked.order_by(Organisation.id)).first()
    if org is None:
        org = add_organisation(
            s,
            store.log,
            actor,
            EntryFields(
                target.display,  # with its place: the provinces' departments share one name
                target.name_en,
                target.code,
                _ORG_KIND.get(target.kind, "other"),
                office_id=target.id,
            ),
            reuse=False,
        )
    return org


def _directory_recipients(
    store: OfficeStore, actor: Actor, s: Session, office_ids: list[str], recipients: list[str], names: list[str]
) -> list[str]:
    """The directory offices a letter is addressed to (a merged office's letters go to the office it joined), each
    added to `recipients` through the address-book entry that stands for it (made when there is none)."""
    chosen: list[str] = []
    for office_id in office_ids:
        target = receiving_office(s, office_id)
        if target is None:
            raise FormInvalid(
                [FieldError("recipients", "unknown_office", "An office is not in the directory; choose it again.")]
            )
        if target.status == "closed":
            raise FormInvalid(
                [FieldError("recipients", "closed_office", f"{target.name_lo} was closed; choose another office.")]
            )
        if target.id in chosen:
            continue
        chosen.append(target.id)
        org = _entry_for_office(store, actor, s, target)
        if org.id not in recipients:
            recipients.append(org.id)
            names.append(org.name_lo)
    return chosen


def confirm_number(store: OfficeStore, s: Session, letter_id: str, seq: int) -> str | None:
    """Give a provisionally numbered letter of this PC the final number the server confirmed (`seq` of its series).

    An event, so the change is in the letter's history and reaches the other PCs and offices; the provisional
    number stays findable. Returns the final number, or None when the letter no longer needs one."""
    letter = s.get(Letter, letter_id)
    office = s.get(Office, store.office_id)
    if letter is None or office is None or not letter.provisional:
        return None
    template = get_setting(s, "numbering.template", DEFAULT_TEMPLATE)
    final = format_number(template, seq, office.code, "", letter.registry_year)
    payload = {"old": letter.registry_number, "new": final, "registry_seq": seq, "series_key": letter.series_key}
    # Made by the sync for the clerk who registered the letter: it is their letter's number.
    store.log.append(s, store.actor(letter.registered_by), NUMBER_CONFIRMED, payload, letter_id=letter_id)
    return final


def _letter_for_change(s: Session, actor: Actor, letter_id: str, service: str = "correct") -> Letter:
    require(s, actor.user_id, service)
    letter = s.get(Letter, letter_id)
    refuse_arrived(letter, actor.office_id)  # (another office's letter: register it here first)
    if letter is None:
        raise ActionRefused("This letter was not found.", code="letter_not_found")
    if letter.status == "void":
        raise ActionRefused("This letter is void and can no longer be changed.", code="letter_void_unchangeable")
    return letter


def _display_value(letter: Letter, name: str) -> Any:
    value = getattr(letter, name)
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def correct_field(
    store: OfficeStore, actor: Actor, letter_id: str, field: str, new_value: Any, reason: str, today: date | None = None
) -> Changes:
    """Change one field; the old value, who, when and why stay in the letter's history."""
    if field not in CORRECTABLE:
        raise ActionRefused("The field {field} cannot be corrected.", code="field_not_correctable", field=field)
    if not reason.strip():
        raise FormInvalid([FieldError("reason", "required", "Say why the field is corrected.")])
    if isinstance(new_value, (date, datetime)):
        new_value = new_value.isoformat()
    with store.db.write() as s:
        letter = _letter_for_change(s, actor, letter_id)
        if letter.moved and field in FROZEN_AFTER_MOVE:
            raise ActionRefused("This field is frozen because the letter has already moved on.", code="field_frozen")
        old = _display_value(letter, field)
        if old == new_value or (old in (None, "") and new_value in (None, "")):
            raise ActionRefused("The new value is the same as the old one.", code="value_unchanged")
        try:
            converted = CORRECTABLE[field](new_value)
        except (TypeError, ValueError):
            raise FormInvalid([FieldError(field, "invalid", "This value is not valid.")]) from None
        form = _form_of(letter)
        setattr(form, field if field != "sender_org_id" else "sender_org_id", converted)
        errors = validate(form, today or date.today())
        if errors:
            raise FormInvalid(errors)
        if field == "registry_number" and _number_taken(
            s, letter.office_id, letter.direction, letter.registry_year, str(new_value)
        ):
            raise FormInvalid([FieldError(field, "taken", f"The registry number {new_value} is already used.")])
        store.log.append(
            s,
            actor,
            EventType.LETTER_FIELD_CORRECTED,
            {"field": field, "old": old, "new": new_value, "reason": reason.strip()},
            letter_id=letter_id,
        )
    return Changes(letters=frozenset({letter_id}), registers=True)


def _form_of(letter: Letter) -> LetterForm:
    return LetterForm(
        direction=letter.direction,
        register_date=letter.register_date,
        sender_org_id=letter.sender_org_id,
        sender_name=letter.sender_name,
        sender_ref=letter.sender_ref,
        letter_date=letter.letter_date,
        delivery_mode=letter.delivery_mode,
        subject=letter.subject,
        summary=letter.summary,
        doc_type=letter.doc_type,
        urgency=letter.urgency,
        confidentiality=letter.confidentiality,
        pages=letter.pages,
        reply_due=letter.reply_due,
        keywords=letter.keywords,
        recipients=["-"] if letter.direction == "out" else [],
        signatory=letter.signatory,
    )


def void_letter(store: OfficeStore, actor: Actor, letter_id: str, reason: str) -> Changes:
    """Mark a letter registered by mistake as void; it stays in the register, struck through, with the reason."""
    if not reason.strip():
        raise FormInvalid([FieldError("reason", "required", "Say why the letter is void.")])
    with store.db.write() as s:
        _letter_for_change(s, actor, letter_id, "void")
        store.log.append(s, actor, EventType.LETTER_VOIDED, {"reason": reason.strip()}, letter_id=letter_id)
    return Changes(letters=frozenset({letter_id}), registers=True)


def add_attachments(store: OfficeStore, actor: Actor, letter_id: str, paths: list[Any]) -> Changes:
    stored = [store.blobs.add_file(path) for path in paths]
    with store.db.write() as s:
        _letter_for_change(s, actor, letter_id)
        for blob in stored:
            store.log.append(
                s,
                actor,
                EventType.LETTER_ATTACHMENT_ADDED,
                _attachment_payload(blob),
                letter_id=letter_id,
                blobs=[blob.hash],
            )
    return Changes(letters=frozenset({letter_id}), registers=True)


def save_template(store: OfficeStore, actor: Actor, name: str, form: LetterForm) -> Changes:
    """Keep a filled form for the next letter of the same kind (sender, type, urgency, keywords...)."""
    if not name.strip():
        raise FormInvalid([FieldError("name", "required", "Give the template a name.")])
    fields = form.template_fields()
    with store.db.write() as s:
        existing = s.scalars(
            select(FormTemplate).where(FormTemplate.name == name.strip(), FormTemplate.direction == form.direction)
        ).first()
        if existing is not None:
            existing.fields = fields
        else:
            s.add(
                FormTemplate(
                    id=uuid7(), name=name.strip(), direction=form.direction, fields=fields, created_by=actor.user_id
                )
            )
    return Changes(templates=True)


def list_templates(store: OfficeStore, direction: str) -> list[FormTemplate]:
    with store.db.session() as s:
        return list(
            s.scalars(select(FormTemplate).where(FormTemplate.direction == direction).order_by(FormTemplate.name))
        )


def form_from_template(template: FormTemplate) -> LetterForm:
    known = LetterForm.__dataclass_fields__
    return LetterForm(**{k: v for k, v in template.fields.items() if k in known})  # type: ignore[arg-type]


def attachment_limit_mb(store: OfficeStore) -> int:
    with store.db.session() as s:
        return limit_mb_from_setting(get_setting(s, "attachments.limit_mb"))
