"""Projection handlers for signature and trust events; kept apart so the projections can import them early.

Registered in `core.projections`: `letter.signed` and `letter.pdf_archived` in LETTER_HANDLERS, the trust events in
OTHER_HANDLERS.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.attachment_fold import add_attachment
from eoffice_desktop.core.signing.tables import Signature, TrustItem
from eoffice_desktop.core.storage.models import Event, Letter
from sync.protocol.events import EventType

SIGNED = EventType.LETTER_SIGNED
CA_ADDED = EventType.TRUST_CA_ADDED
CRL_PUBLISHED = EventType.TRUST_CRL_PUBLISHED
PDF_ARCHIVED = EventType.LETTER_PDF_ARCHIVED


def fold_signed(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    """Projection handler for `letter.signed` (registered in projections.LETTER_HANDLERS)."""
    if session.get(Signature, row.id) is not None:
        return
    signer = p.get("signer", {})
    session.add(
        Signature(
            event_id=row.id,
            letter_id=letter.id,
            position=int(p["order"]),
            role=p["role"],
            signer_user_id=row.author_id,
            signer_name=signer.get("name", ""),
            signer_title=signer.get("title", ""),
            cert_serial=signer.get("serial", ""),
            cert_fingerprint=signer.get("fingerprint", ""),
            signed_at=datetime.fromisoformat(p["signed_at"]),
            manifest_sha256=p["manifest_sha256"],
            code=p["code"],
            pdf_blobs=[copy["blob"] for copy in p.get("pdf_copies", [])],
            status="unchecked",
            status_detail="",
            checked_at=None,
        )
    )
    for copy in p.get("pdf_copies", []):
        add_attachment(session, letter, row, copy)


def fold_pdf_archived(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    """Projection handler for `letter.pdf_archived`: a signature's signed PDF copies taken to PAdES B-LTA at sync.
    They are PDF copies like the signed ones: never part of the manifest."""
    copies = p.get("copies", [])
    signature = session.get(Signature, p.get("signature", ""))
    if signature is not None:
        signature.pdf_blobs = list(dict.fromkeys([*signature.pdf_blobs, *(c["blob"] for c in copies)]))
    for copy in copies:
        add_attachment(session, letter, row, copy)


def _fold_trust(kind: str) -> Any:
    def fold(session: Session, row: Event, p: dict[str, Any]) -> None:
        der = base64.b64decode(p["der"])
        digest = hashlib.sha256(der).hexdigest()
        if session.get(TrustItem, digest) is None:
            session.add(
                TrustItem(id=digest, kind=kind, der=der, subject=p.get("subject", ""), added_at=row.received_at)
            )

    return fold


fold_ca_added = _fold_trust("ca")
fold_crl_published = _fold_trust("crl")
