"""Signature time-stamps (CAdES-T): an RFC 3161 token from the central server's time-stamping authority over the value
of a manifest signature, proving the signature existed at that time; kept as `letter.signature_timestamped` events.
And the signed PDF copies taken to PAdES B-LTA at sync (`letter.pdf_archived`, new copies beside the signed ones).

The signature's own bytes (and so its verification code) never change: the token travels beside it, and the
long-term form (the same signature with the token and its validation data as unsigned attributes, CAdES B-LT) is a
`letter.signature_extended` event of its own (`long_term.py`).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import cms as acms
from asn1crypto import tsp as atsp
from cryptography import x509
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import Actor, EventLog
from eoffice_desktop.core.signing.fold import PDF_ARCHIVED, SIGNED
from eoffice_desktop.core.signing.manifest import CHUNK
from eoffice_desktop.core.signing.notes import Note, note
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.storage.models import Event
from eoffice_shared.signing.cms import HASHES, Malformed, attributes_of, find_signer, verify_maths
from sync.protocol.events import EventType

TIMESTAMPED = EventType.LETTER_SIGNATURE_TIMESTAMPED
EXTENDED = EventType.LETTER_SIGNATURE_EXTENDED


def signature_value(cms_der: bytes) -> bytes:
    """The signer's signature value: what a CAdES signature time-stamp covers."""
    signed = acms.ContentInfo.load(cms_der)["content"]
    return bytes(signed["signer_infos"][0]["signature"].native)


@dataclass(frozen=True)
class StampCheck:
    time: datetime | None  # the time the authority certifies; None when the token does not hold
    authority: str = ""
    problem: Note | None = None  # why the token does not hold
    authority_cert: x509.Certificate | None = None  # when the token holds: its authority's certificate
    certificates: tuple[x509.Certificate, ...] = ()  # the certificates the token carries


def check_token(token_der: bytes, cms_der: bytes, trust: TrustStore) -> StampCheck:
    """Does this token time-stamp this signature, signed by a time-stamping authority our trusted CAs certify?"""
    try:
        signed = acms.ContentInfo.load(token_der, strict=True)["content"]
        content = signed["encap_content_info"]
        if content["content_type"].native != "tst_info":
            return StampCheck(None, problem=note("stamp_not_rfc3161"))
        info_der = bytes(content["content"].contents)
        info = atsp.TSTInfo.load(info_der)
        imprint = info["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        if algorithm not in HASHES:
            return StampCheck(None, problem=note("stamp_unsupported_hash", algorithm=str(algorithm)))
        if imprint["hashed_message"].native != hashlib.new(algorithm, signature_value(cms_der)).digest():
            return StampCheck(None, problem=note("stamp_of_another_signature"))
        [signer_info] = signed["signer_infos"]
        certificates = [
            x509.load_der_x509_certificate(c.chosen.dump())
            for c in signed["certificates"] or []
            if c.name == "certificate"
        ]
        attributes = attributes_of(signer_info)
        digest = signer_info["digest_algorithm"]["algorithm"].native
        authority = find_signer(signer_info, certificates)
        when: datetime = info["gen_time"].native
    except (Malformed, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        return StampCheck(None, problem=note("stamp_unreadable", reason=str(exc)))
    if authority is None:
        return StampCheck(None, problem=note("stamp_without_authority"))
    name = authority.subject.rfc4514_string()
    if digest not in HASHES or attributes.get("message_digest") is None:
        return StampCheck(None, name, note("stamp_signed_unknown_way"))
    if attributes["message_digest"].native != hashlib.new(digest, info_der).digest():  # type: ignore[attr-defined]
        return StampCheck(None, name, note("stamp_changed"))
    attrs_der = bytearray(signer_info["signed_attrs"].dump())
    attrs_der[0] = 0x31  # signed as a SET (RFC 5652 5.4)
    if not verify_maths(authority, signer_info, bytes(attrs_der), digest):
        return StampCheck(None, name, note("stamp_signature_differs"))
    try:
        usage = authority.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is None or x509.oid.ExtendedKeyUsageOID.TIME_STAMPING not in usage:
        return StampCheck(None, name, note("stamp_not_by_authority"))
    path = trust.check_path(authority, certificates, when)
    if path.code != "valid":
        return StampCheck(None, name, note("stamp_authority_not_trusted", reasons=tuple(path.details)))
    return StampCheck(when, name, authority_cert=authority, certificates=tuple(certificates))


def tokens_of(session: Session, letter_id: str) -> dict[str, bytes]:
    """Time-stamp tokens of a letter's signatures, by the signature's event id (the first one recorded wins)."""
    return tokens_of_letters(session, [letter_id]).get(letter_id, {})


def tokens_of_letters(session: Session, letter_ids: list[str]) -> dict[str, dict[str, bytes]]:
    """`tokens_of` for many letters, a few hundred per query."""
    return _by_signature(session, letter_ids, TIMESTAMPED, "token")


def long_term_of_letters(session: Session, letter_ids: list[str]) -> dict[str, dict[str, bytes]]:
    """The long-term forms (CAdES B-LT) of the letters' signatures, by letter and signature event id."""
    return _by_signature(session, letter_ids, EXTENDED, "cms")


def _by_signature(session: Session, letter_ids: list[str], kind: str, key: str) -> dict[str, dict[str, bytes]]:
    """The base64 field `key` of each letter's `kind` events, by letter and signature (the first one recorded wins:
    all PCs fold the same)."""
    ids = list(dict.fromkeys(letter_ids))
    found: dict[str, dict[str, bytes]] = {}
    for at in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(Event.letter_id, Event.payload)
            .where(Event.letter_id.in_(ids[at : at + CHUNK]), Event.type == kind)
            .order_by(Event.hlc)
        )
        for letter_id, raw in rows:
            payload = json.loads(raw)
            values = found.setdefault(letter_id or "", {})
            values.setdefault(str(payload.get("signature", "")), base64.b64decode(payload.get(key, "")))
    return found


def unstamped(session: Session, device_id: str, limit: int = 100) -> list[tuple[Signature, bytes]]:
    """Signatures made on this PC that have no time-stamp yet, with their CMS bytes, oldest first."""
    stamped = set(session.scalars(select(Event.payload).where(Event.type == TIMESTAMPED)))
    done = {json.loads(raw).get("signature") for raw in stamped}
    rows = session.execute(
        select(Signature, Event.payload)
        .join(Event, Event.id == Signature.event_id)
        .where(Event.type == SIGNED, Event.device_id == device_id)
        .order_by(Event.seq)
    )
    pending = []
    for row, raw in rows:
        if row.event_id not in done:
            pending.append((row, base64.b64decode(json.loads(raw)["cms"])))
        if len(pending) == limit:
            break
    return pending


def record_token(session: Session, log: EventLog, actor: Actor, row: Signature, token: bytes) -> None:
    payload = {"signature": row.event_id, "token": base64.b64encode(token).decode("ascii")}
    log.append(session, actor, TIMESTAMPED, payload, letter_id=row.letter_id)
    stored = session.get(Signature, row.event_id)
    if stored is not None:
        stored.status = "unchecked"  # checked again with its time-stamp after this sync


def unextended(session: Session, device_id: str, limit: int = 100) -> list[tuple[Signature, bytes, bytes]]:
    """Signatures made on this PC that have a time-stamp but no long-term form yet: (row, CMS, token), oldest
    first. Only the signature ids are read from the events' payloads (by SQLite), not the forms and tokens."""
    signature = func.json_extract(Event.payload, "$.signature")
    done = set(session.scalars(select(signature).where(Event.type == EXTENDED)))
    stamped = [s for s in session.scalars(select(signature).where(Event.type == TIMESTAMPED)) if s not in done]
    pending: list[tuple[Signature, bytes]] = []
    for at in range(0, len(stamped), CHUNK):
        rows = session.execute(
            select(Signature, Event.payload)
            .join(Event, Event.id == Signature.event_id)
            .where(Event.type == SIGNED, Event.device_id == device_id, Event.id.in_(stamped[at : at + CHUNK]))
            .order_by(Event.seq)
        )
        pending += [(row, base64.b64decode(json.loads(raw)["cms"])) for row, raw in rows]
        if len(pending) >= limit:
            break
    pending = pending[:limit]
    tokens = tokens_of_letters(session, [row.letter_id for row, _ in pending])
    return [(row, cms, tokens[row.letter_id][row.event_id]) for row, cms in pending]


def record_extended(
    session: Session, log: EventLog, actor: Actor, row: Signature, long_term: bytes, level: str
) -> None:
    payload = {"signature": row.event_id, "cms": base64.b64encode(long_term).decode("ascii"), "level": level}
    log.append(session, actor, EXTENDED, payload, letter_id=row.letter_id)
    stored = session.get(Signature, row.event_id)
    if stored is not None:
        stored.status = "unchecked"  # checked again in its long-term form after this sync


def unarchived(session: Session, device_id: str, limit: int = 20) -> list[tuple[Signature, list[dict[str, object]]]]:
    """The last signature of each letter, made on this PC with PDF copies signed inside, whose copies are not yet
    archived (B-LTA), with those copies."""
    done = {
        json.loads(raw).get("signature")
        for raw in session.scalars(select(Event.payload).where(Event.type == PDF_ARCHIVED))
    }
    rows = session.execute(
        select(Signature, Event.payload)
        .join(Event, Event.id == Signature.event_id)
        .where(Event.type == SIGNED, Event.device_id == device_id)
        .order_by(Event.seq)
    )
    pending = []
    for row, raw in rows:
        copies = json.loads(raw).get("pdf_copies", [])
        if not copies or row.event_id in done:
            continue
        later = session.scalars(
            select(Signature.event_id).where(Signature.letter_id == row.letter_id, Signature.position > row.position)
        ).first()
        if later is None:
            pending.append((row, copies))
        if len(pending) == limit:
            break
    return pending


def record_archived(
    session: Session, log: EventLog, actor: Actor, row: Signature, copies: list[dict[str, object]]
) -> None:
    log.append(
        session,
        actor,
        PDF_ARCHIVED,
        {"signature": row.event_id, "copies": copies},
        letter_id=row.letter_id,
        blobs=[str(c["blob"]) for c in copies],
    )


def archived_copies(session: Session, letter_id: str) -> dict[str, list[dict[str, object]]]:
    """The newest archived PDF copies of a letter (a re-stamp's copy holds everything the earlier one did), by the
    signature event they archive."""
    found: dict[str, list[dict[str, object]]] = {}
    payloads = session.scalars(
        select(Event.payload).where(Event.letter_id == letter_id, Event.type == PDF_ARCHIVED).order_by(Event.hlc)
    )
    for raw in payloads:
        payload = json.loads(raw)
        found[str(payload.get("signature", ""))] = list(payload.get("copies", []))
    return found
