"""Signature events in the log: folding `letter.signed` and trust events into tables, and reading them back.

The event carries the CMS signature and the exact manifest bytes (base64), so any replica can verify it alone.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import Actor, EventLog, utcnow
from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.signing.fold import CA_ADDED, CRL_PUBLISHED
from eoffice_desktop.core.signing.held_trust import held_from_server
from eoffice_desktop.core.signing.manifest import CHUNK
from eoffice_desktop.core.signing.tables import Signature, TrustItem
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.signing.verify import SignedItem
from eoffice_desktop.core.storage.models import Event


def trust_store(session: Session) -> TrustStore:
    """The office's trust items (imported by IT, travelling as events) and what this PC holds from the server."""
    store = TrustStore()
    for item in session.scalars(select(TrustItem).order_by(TrustItem.added_at)):
        if item.kind == "ca":
            store.roots.append(x509.load_der_x509_certificate(item.der))
        else:
            store.crls.append(x509.load_der_x509_crl(item.der))
    server = held_from_server(session)
    store.roots += [c for c in server.roots if c not in store.roots]
    store.crls += server.crls
    return store


def add_trust_items(session: Session, log: EventLog, actor: Actor, store: TrustStore) -> int:
    """Record CA certificates and CRLs as events (so they reach every PC); returns how many were new."""
    require(session, actor.user_id, "trust_ca")
    added = 0
    for cert in store.roots:
        der = cert.public_bytes(Encoding.DER)
        if session.get(TrustItem, hashlib.sha256(der).hexdigest()) is None:
            payload = {"der": base64.b64encode(der).decode("ascii"), "subject": cert.subject.rfc4514_string()}
            log.append(session, actor, CA_ADDED, payload)
            added += 1
    for crl in store.crls:
        der = crl.public_bytes(Encoding.DER)
        if session.get(TrustItem, hashlib.sha256(der).hexdigest()) is None:
            payload = {"der": base64.b64encode(der).decode("ascii"), "subject": crl.issuer.rfc4514_string()}
            log.append(session, actor, CRL_PUBLISHED, payload)
            added += 1
    return added


@dataclass(frozen=True)
class StoredSignature:
    row: Signature
    item: SignedItem
    payload: dict[str, Any]


def stored_signature(session: Session, row: Signature) -> StoredSignature:
    payload: dict[str, Any] = json.loads(session.scalars(select(Event.payload).where(Event.id == row.event_id)).one())
    return _stored(row, payload)


def stored_signatures(session: Session, rows: list[Signature]) -> dict[str, StoredSignature]:
    """`stored_signature` of many rows, by event id, reading the events a few hundred at a time."""
    by_event = {row.event_id: row for row in rows}
    ids = list(by_event)
    found: dict[str, StoredSignature] = {}
    for at in range(0, len(ids), CHUNK):
        for event_id, raw in session.execute(select(Event.id, Event.payload).where(Event.id.in_(ids[at : at + CHUNK]))):
            found[event_id] = _stored(by_event[event_id], json.loads(raw))
    return found


def _stored(row: Signature, payload: dict[str, Any]) -> StoredSignature:
    item = SignedItem(
        base64.b64decode(payload["cms"]), base64.b64decode(payload["manifest"]), payload["manifest_sha256"]
    )
    return StoredSignature(row, item, payload)


def signatures_of(session: Session, letter_id: str) -> list[Signature]:
    return list(
        session.scalars(
            select(Signature).where(Signature.letter_id == letter_id).order_by(Signature.position, Signature.signed_at)
        )
    )


def pdf_copy_blobs(session: Session, letter_id: str) -> set[str]:
    return pdf_copies_of(session, [letter_id]).get(letter_id, set())


def pdf_copies_of(session: Session, letter_ids: list[str]) -> dict[str, set[str]]:
    """The signed PDF copies of each letter (blobs that are not part of its manifest)."""
    ids = list(dict.fromkeys(letter_ids))
    found: dict[str, set[str]] = {}
    for at in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(Signature.letter_id, Signature.pdf_blobs).where(Signature.letter_id.in_(ids[at : at + CHUNK]))
        )
        for letter_id, blobs in rows:
            found.setdefault(letter_id, set()).update(blobs)
    return found


def signed_letter_ids(session: Session) -> list[str]:
    """Letters with at least one signature (for `eoffice search --signed` and the register filter)."""
    return list(session.scalars(select(Signature.letter_id).distinct()))


def mark_checked(row: Signature, code: str, detail: str) -> None:
    row.status, row.status_detail, row.checked_at = code, detail[:4000], utcnow()
