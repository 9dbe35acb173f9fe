"""Verification codes of stored signatures, and what the public check page may say of one: only what the printed
paper already shows (registry number, date, signer, role, signing time) and whether the signature stands."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_shared.signing.certificates import describe
from eoffice_shared.signing.cms import Malformed, check_detached
from eoffice_shared.signing.vcode import code_for
from sync.protocol.envelope import EventEnvelope
from sync.protocol.events import EventType
from sync.server.console.tables import SignatureCode
from sync.server.models import IssuedCertificate, ServerOffice, StoredEvent


def learn_code(session: Session, office: ServerOffice, envelope: EventEnvelope) -> None:
    """Keep the code of an accepted `letter.signed` event (the first signature with a code wins)."""
    if envelope.letter_id is None or not isinstance(envelope.payload.get("code"), str):
        return
    if session.get(SignatureCode, envelope.payload["code"]) is not None:
        return
    row = code_row(envelope.payload, envelope.id, envelope.letter_id, office.id)
    if row is not None:
        session.add(SignatureCode(**row))


def code_row(p: dict[str, Any], event_id: str, letter_id: str, office_id: str) -> dict[str, str] | None:
    """The row of a `letter.signed` payload, only when its code is the code of the CMS signature it carries and that
    signature verifies over its manifest: an office cannot make the check page vouch for a code, a name or a
    certificate its event does not prove. (Also used by migration 0007 for the signatures stored before it.)"""
    code = p.get("code")
    if not isinstance(code, str) or not 0 < len(code) <= 19:
        return None
    try:
        cms = base64.b64decode(str(p.get("cms", "")), validate=True)
        manifest = base64.b64decode(str(p.get("manifest", "")), validate=True)
        if code_for(cms) != code:
            return None
        checked = check_detached(cms, manifest)
    except (ValueError, Malformed):
        return None
    if checked.signer is None or not (checked.digest_matches and checked.signature_matches):
        return None
    person = describe(checked.signer).person  # the signer's name and title as certified, not as the event says
    return {
        "code": code,
        "event_id": event_id,
        "letter_id": letter_id,
        "office_id": office_id,
        "role": str(p.get("role", ""))[:16],
        "signer_name": person.name[:300],
        "signer_title": person.title[:300],
        "cert_serial": f"{checked.signer.serial_number:x}"[:40],
        "signed_at": str(p.get("signed_at", ""))[:32],
    }


@dataclass(frozen=True)
class CheckAnswer:
    status: str  # valid, revoked, unknown
    confidential: bool = False
    registry_number: str = ""
    letter_date: str = ""
    signer_name: str = ""
    signer_title: str = ""
    role: str = ""
    signed_at: str = ""
    office_name: str = ""


def _registered(session: Session, letter_id: str) -> dict[str, Any]:
    """The letter's registration as its owner sent it, with a provisional number replaced by the confirmed one."""
    found: dict[str, Any] = {}
    rows = session.execute(
        select(StoredEvent.type, StoredEvent.body)
        .where(StoredEvent.letter_id == letter_id, StoredEvent.refused.is_(None))
        .where(StoredEvent.type.in_((EventType.LETTER_REGISTERED, EventType.LETTER_NUMBER_CONFIRMED)))
        .order_by(StoredEvent.seq)
    )
    for kind, body in rows:
        payload = json.loads(body).get("payload", {})
        if kind == EventType.LETTER_REGISTERED and not found:
            found = dict(payload)
        elif kind == EventType.LETTER_NUMBER_CONFIRMED and found and payload.get("new"):
            found["registry_number"] = payload["new"]
    return found


def check_code(session: Session, code: str) -> CheckAnswer:
    """The answer for a well-formed code. The same queries run for a known and an unknown code."""
    row = session.get(SignatureCode, code)
    letter = _registered(session, row.letter_id if row is not None else "-")
    serial = row.cert_serial.lower() if row is not None else "-"
    certificate = session.get(IssuedCertificate, serial)
    office = session.get(ServerOffice, row.office_id if row is not None else "-")
    if row is None or certificate is None or certificate.office_id != row.office_id:
        return CheckAnswer("unknown")  # this server vouches only for certificates its CA gave to that office
    status = "revoked" if certificate.revoked_at is not None else "valid"
    if letter.get("confidentiality") != "normal":  # (or not known): nothing beyond "it exists and stands"
        return CheckAnswer(status, confidential=True)
    return CheckAnswer(
        status,
        registry_number=str(letter.get("registry_number", "")),
        letter_date=str(letter.get("letter_date") or letter.get("register_date") or ""),
        signer_name=row.signer_name,
        signer_title=row.signer_title,
        role=row.role,
        signed_at=row.signed_at.replace("T", " "),
        office_name=office.name_lo if office is not None else "",
    )
