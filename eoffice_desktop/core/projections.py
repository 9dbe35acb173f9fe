"""Folding events into the tables the screens read; `rebuild` redoes it all from the log.

Order of folding is (hlc, device_id, id) so every replica with the same events gets the same tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses import addressbook_fold
from eoffice_desktop.core.eventlog.attachment_fold import add_attachment
from eoffice_desktop.core.journey.links import JourneyLink, fold_registered
from eoffice_desktop.core.journey.policy import SHARING_SET, fold_sharing_set
from eoffice_desktop.core.journey.tracking import tracking_code
from eoffice_desktop.core.routing.projection import DELEGATION_HANDLERS, ROUTING_HANDLERS
from eoffice_desktop.core.search.index import EXTRA_SOURCES, LETTERS_ADDED, append_search_text
from eoffice_desktop.core.signing import fold as signing_fold
from eoffice_desktop.core.signing.tables import Signature, TrustItem
from eoffice_desktop.core.storage.models import (
    Attachment,
    Delegation,
    Department,
    Event,
    Letter,
    LetterRecipient,
    Office,
    Organisation,
    RoutingStep,
    User,
)
from eoffice_desktop.core.storage.prepared import PreparedInsert, Tx, needs_session
from sync.protocol.events import EventType, understood

NUMBER_CONFIRMED = EventType.LETTER_NUMBER_CONFIRMED

# Fields a correction may change, and how their payload text becomes a column value.
CORRECTABLE: dict[str, Callable[[Any], Any]] = {}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _opt_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _opt_int(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


for _name in (
    "sender_ref",
    "delivery_mode",
    "subject",
    "summary",
    "doc_type",
    "urgency",
    "confidentiality",
    "keywords",
    "signatory",
    "registry_number",
    "sender_name",
):
    CORRECTABLE[_name] = _text
CORRECTABLE.update(
    register_date=lambda v: date.fromisoformat(v),
    letter_date=_opt_date,
    reply_due=_opt_date,
    pages=_opt_int,
    sender_org_id=lambda v: v or None,
    in_reply_to=lambda v: v or None,
)


def _payload(row: Event) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row.payload)
    return data


def _office_created(session: Session, row: Event, p: dict[str, Any]) -> None:
    session.merge(Office(id=p["office_id"], code=p["code"], name_lo=p["name_lo"], name_en=p.get("name_en", "")))


def _user_created(session: Session, row: Event, p: dict[str, Any]) -> None:
    user = session.get(User, p["user_id"])
    if user is None:
        user = User(id=p["user_id"], office_id=row.office_id, username=p["username"], password_hash=None)
        session.add(user)
    user.display_name = p["display_name"]
    user.title = p.get("title", "")
    user.roles = ",".join(p.get("roles", []))
    user.department_id = p.get("department_id")


def _user_updated(session: Session, row: Event, p: dict[str, Any]) -> None:
    user = session.get(User, p["user_id"])
    if user is None:
        return
    if "roles" in p:
        user.roles = ",".join(p["roles"])
    if "department_id" in p:
        user.department_id = p["department_id"]
    if "title" in p:
        user.title = p["title"]
    if "active" in p:
        user.active = bool(p["active"])


def _department_created(session: Session, row: Event, p: dict[str, Any]) -> None:
    session.merge(Department(id=p["department_id"], name_lo=p["name_lo"], name_en=p.get("name_en", "")))


def _known_org(session: Tx, org_id: str | None, fresh: bool) -> str | None:
    if not org_id:
        return None
    return org_id if fresh or needs_session(session).get(Organisation, org_id) is not None else None


def _known_letter(session: Tx, letter_id: str | None, fresh: bool) -> str | None:
    """Another office's reply names the letter it answers by that office's id: unknown here, so not linked."""
    if not letter_id:
        return None
    return letter_id if fresh or needs_session(session).get(Letter, letter_id) is not None else None


def _letter_registered(tx: Tx, row: Event, p: dict[str, Any], fresh: bool = False) -> None:
    if fresh:
        _fresh_letter(tx, row, p)
        return
    session = needs_session(tx)
    if session.get(Letter, row.letter_id) is not None:
        return
    values = _letter_values(session, row, p, fresh)
    session.info[LETTERS_ADDED] = True  # its search index entry follows the commit (core/search/index.py)
    # A letter of another office names organisations of its own address book: keep only those we know.
    recipients = _recipient_rows(row, p.get("recipients", []))
    letter = Letter(**values)
    session.add(letter)
    session.flush()
    session.add_all(LetterRecipient(**r) for r in recipients if session.get(Organisation, r["org_id"]) is not None)
    for attachment in p.get("attachments", []):
        add_attachment(session, letter, row, attachment)
    # Events of this letter that arrived before its registration (out-of-order sync) fold now.
    for later in session.scalars(
        select(Event).where(Event.letter_id == row.letter_id, Event.id != row.id).order_by(Event.hlc)
    ):
        if understood(later.type, later.schema):  # the others stay aside (core/eventlog/held_events.py)
            _apply_to_letter(session, later)


def _fresh_letter(tx: Tx, row: Event, p: dict[str, Any]) -> None:
    """Registered here just now: plain INSERTs, as the unit of work would make them, at a fraction of its cost (in a
    plain transaction too, but for its attachments)."""
    _INSERT_LETTER.insert(tx, _letter_values(tx, row, p, True))
    tx.info[LETTERS_ADDED] = True  # its search index entry follows the commit (core/search/index.py)
    recipients = _recipient_rows(row, p.get("recipients", []))
    if recipients:
        _INSERT_RECIPIENT.insert_many(tx, recipients)
    attachments = p.get("attachments")
    if attachments:
        session = needs_session(tx)
        letter = session.get(Letter, row.letter_id)
        assert letter is not None
        for attachment in attachments:
            add_attachment(session, letter, row, attachment)


def _recipient_rows(row: Event, org_ids: list[str]) -> list[dict[str, Any]]:
    return [
        {"letter_id": row.letter_id, "position": position, "org_id": org_id} for position, org_id in enumerate(org_ids)
    ]


# Every column but those a registration leaves empty (routing, completion), so no column default is needed.
_INSERT_LETTER = PreparedInsert(
    Letter, [c.name for c in Letter.__table__.columns if c.name not in ("routing_due", "completed_at")]
)
_INSERT_RECIPIENT = PreparedInsert(LetterRecipient)


def _letter_values(session: Tx, row: Event, p: dict[str, Any], fresh: bool) -> dict[str, Any]:
    """The letter's row as its registration makes it (the same whether registered here or received)."""
    return dict(
        id=row.letter_id,
        office_id=row.office_id,
        direction=p["direction"],
        registry_number=p["registry_number"],
        registry_year=int(p["registry_year"]),
        registry_seq=p.get("registry_seq"),
        series_key=p.get("series_key", ""),
        provisional=bool(p.get("provisional", False)),
        registered_at=datetime.fromisoformat(p["registered_at"]),
        registered_by=row.author_id,
        register_date=date.fromisoformat(p["register_date"]),
        letter_date=_opt_date(p.get("letter_date")),
        sender_org_id=_known_org(session, p.get("sender_org_id"), fresh),
        sender_name=p.get("sender_name", ""),
        sender_ref=p.get("sender_ref", ""),
        delivery_mode=p.get("delivery_mode", "hand"),
        subject=p["subject"],
        summary=p.get("summary", ""),
        doc_type=p.get("doc_type", "letter"),
        urgency=p.get("urgency", "normal"),
        confidentiality=p.get("confidentiality", "normal"),
        pages=_opt_int(p.get("pages")),
        reply_due=_opt_date(p.get("reply_due")),
        keywords=p.get("keywords", ""),
        signatory=p.get("signatory", ""),
        recipients_text=p.get("recipients_text", ""),
        in_reply_to=_known_letter(session, p.get("in_reply_to"), fresh),
        status="registered",
        outcome="",
        holders_text="",
        void_reason="",
        moved=False,
        attachment_count=0,
        field_versions={},
        updated_hlc=row.hlc,
        tracking_code=tracking_code(p.get("origin") or row.letter_id or ""),  # one code for a whole journey
    )


def _field_corrected(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    name = p["field"]
    convert = CORRECTABLE.get(name)
    if convert is None:
        return
    versions = dict(letter.field_versions or {})
    if versions.get(name, "") >= row.hlc:
        return  # a later correction of the same field already won (last writer by HLC)
    setattr(letter, name, convert(p["new"]))
    versions[name] = row.hlc
    letter.field_versions = versions


def _voided(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    letter.status = "void"
    letter.void_reason = p.get("reason", "")


def _attachment_added(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    add_attachment(session, letter, row, p)


def _number_confirmed(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    """The server gave a provisionally numbered letter its final number; the old one stays a search alias."""
    versions = dict(letter.field_versions or {})
    if versions.get("registry_number", "") < row.hlc:  # a later correction of the number still wins
        letter.registry_number = str(p["new"])
        versions["registry_number"] = row.hlc
        letter.field_versions = versions
    letter.registry_seq = int(p["registry_seq"])
    letter.series_key = str(p["series_key"])
    letter.provisional = False
    session.flush()  # the search trigger rewrites the letter's fields first; the alias goes into its notes
    append_search_text(session, letter.id, str(p["old"]))


def _provisional_aliases(session: Session, letter_ids: list[str] | None) -> list[tuple[str, str]]:
    query = select(Event).where(Event.type == NUMBER_CONFIRMED).order_by(Event.hlc)
    if letter_ids is not None:
        query = query.where(Event.letter_id.in_(letter_ids))
    rows = session.scalars(query)
    return [(row.letter_id or "", str(_payload(row)["old"])) for row in rows]


EXTRA_SOURCES.append(_provisional_aliases)


LETTER_HANDLERS: dict[str, Callable[[Session, Letter, Event, dict[str, Any]], None]] = {
    EventType.LETTER_FIELD_CORRECTED: _field_corrected,
    EventType.LETTER_VOIDED: _voided,
    EventType.LETTER_ATTACHMENT_ADDED: _attachment_added,
    NUMBER_CONFIRMED: _number_confirmed,
    signing_fold.SIGNED: signing_fold.fold_signed,
    signing_fold.PDF_ARCHIVED: signing_fold.fold_pdf_archived,
}

OTHER_HANDLERS: dict[str, Callable[[Session, Event, dict[str, Any]], None]] = {
    EventType.OFFICE_CREATED: _office_created,
    EventType.USER_CREATED: _user_created,
    EventType.USER_UPDATED: _user_updated,
    EventType.DEPARTMENT_CREATED: _department_created,
    addressbook_fold.ORG_ADDED: addressbook_fold.fold_added,
    addressbook_fold.ORG_UPDATED: addressbook_fold.fold_updated,
    addressbook_fold.ORG_MERGED: addressbook_fold.fold_merged,
    EventType.LETTER_REGISTERED: _letter_registered,
    SHARING_SET: fold_sharing_set,
    signing_fold.CA_ADDED: signing_fold.fold_ca_added,
    signing_fold.CRL_PUBLISHED: signing_fold.fold_crl_published,
}


LETTER_HANDLERS.update(ROUTING_HANDLERS)
OTHER_HANDLERS.update(DELEGATION_HANDLERS)


def _apply_to_letter(session: Session, row: Event, payload: dict[str, Any] | None = None) -> None:
    handler = LETTER_HANDLERS.get(row.type)
    if handler is None or row.letter_id is None:
        return
    letter = session.get(Letter, row.letter_id)
    if letter is None:
        return  # its registration has not arrived yet; folded when it does
    handler(session, letter, row, _payload(row) if payload is None else payload)
    if row.hlc > letter.updated_hlc:
        letter.updated_hlc = row.hlc


def apply(tx: Tx, row: Event, fresh: bool = False, payload: dict[str, Any] | None = None) -> None:
    """Fold one newly stored event into the projections (`fresh`: just made on this PC; `payload`: its payload when
    the caller holds it already, else read from the row)."""
    if payload is None:
        payload = _payload(row)
    if row.type == EventType.LETTER_REGISTERED:
        fold_registered(tx, row, payload)  # before the letter: its tracking code follows the journey's origin
        _letter_registered(tx, row, payload, fresh)
        return
    if fresh and row.type == EventType.ORG_ADDED:
        addressbook_fold.add_fresh(tx, row, payload)  # (a registration's new sender, in a plain transaction too)
        return
    session = needs_session(tx)  # (only a registration and its new sender are folded in a plain transaction)
    handler = OTHER_HANDLERS.get(row.type)
    if handler is not None:
        handler(session, row, payload)
    else:
        _apply_to_letter(session, row, payload)


def rebuild(session: Session) -> int:
    """Empty the projections and fold the whole log again; returns the number of events folded."""
    for table in (
        JourneyLink,
        Signature,
        TrustItem,
        RoutingStep,
        Delegation,
        Attachment,
        LetterRecipient,
        Letter,
        Organisation,
        Department,
    ):
        session.execute(delete(table))
    session.flush()
    count = 0
    for row in session.scalars(select(Event).order_by(Event.hlc, Event.device_id, Event.id)):
        if understood(row.type, row.schema):  # the others stay aside (core/eventlog/held_events.py)
            apply(session, row)
        count += 1
    return count
