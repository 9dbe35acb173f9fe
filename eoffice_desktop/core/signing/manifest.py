"""The canonical manifest a signature covers: a letter's key fields and the SHA-256 of every attachment.

Canonical form: JSON, keys sorted, no spaces, UTF-8 (not \\u escapes), so the bytes are the same on every PC and
anyone can read what was signed. The exact signed bytes travel with the signature.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.models import Attachment, Letter, LetterRecipient, Organisation

FORMAT = "eoffice-manifest/1"
LETTER_FIELDS = (
    "letter_id",
    "office_id",
    "direction",
    "registry_number",
    "registry_year",
    "register_date",
    "letter_date",
    "subject",
    "doc_type",
    "sender",
    "sender_ref",
    "recipients",
    "signatory",
)


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Manifest:
    data: dict[str, Any]
    raw: bytes

    @property
    def sha256(self) -> str:
        return sha256_hex(self.raw)

    @classmethod
    def of(cls, data: dict[str, Any]) -> Manifest:
        return cls(data, canonical(data))

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        """Read signed manifest bytes; ValueError if they are not a manifest of ours."""
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("attachments"), list):
            raise ValueError("not an eOffice manifest")
        return cls(data, raw)


def letter_manifest(session: Session, letter_id: str, exclude_blobs: Iterable[str] = ()) -> Manifest | None:
    """The manifest of a letter as it is now; signed PDF copies (`exclude_blobs`) are not part of it."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        return None
    recipients = list(
        session.scalars(
            select(Organisation.name_lo)
            .join(LetterRecipient, LetterRecipient.org_id == Organisation.id)
            .where(LetterRecipient.letter_id == letter_id)
            .order_by(LetterRecipient.position)
        )
    )
    skip = set(exclude_blobs)
    attachments = [
        {
            "filename": a.filename,
            "media_type": a.media_type,
            "size": a.size,
            "sha256": a.blob_hash.removeprefix("sha256:"),
        }
        for a in session.scalars(
            select(Attachment).where(Attachment.letter_id == letter_id).order_by(Attachment.added_at, Attachment.id)
        )
        if a.blob_hash not in skip
    ]
    data = {
        "format": FORMAT,
        "letter_id": letter.id,
        "office_id": letter.office_id,
        "direction": letter.direction,
        "registry_number": letter.registry_number,
        "registry_year": letter.registry_year,
        "register_date": letter.register_date.isoformat(),
        "letter_date": letter.letter_date.isoformat() if letter.letter_date else None,
        "subject": letter.subject,
        "doc_type": letter.doc_type,
        "sender": letter.sender_name,
        "sender_ref": letter.sender_ref,
        "recipients": recipients,
        "signatory": letter.signatory,
        "attachments": attachments,
    }
    return Manifest.of(data)


def differences(signed: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """What changed since signing, in words: field names and attachment file names."""
    changes = [f"field '{name}'" for name in LETTER_FIELDS if signed.get(name) != current.get(name)]
    before = {a["sha256"]: a for a in signed.get("attachments", [])}
    after = {a["sha256"]: a for a in current.get("attachments", [])}
    before_names = {a["filename"]: a for a in signed.get("attachments", [])}
    for digest, item in before.items():
        if digest not in after:
            name = item["filename"]
            replaced = any(a["filename"] == name for a in current.get("attachments", []))
            changes.append(f"file '{name}' " + ("was changed" if replaced else "was removed"))
    for digest, item in after.items():
        if digest not in before and item["filename"] not in before_names:
            changes.append(f"file '{item['filename']}' was added")
    return changes
