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

from eoffice_desktop.core.storage.models import Attachment, Letter, LetterRecipient, Organisation

FORMAT = "eoffice-manifest/1"
CHUNK = 500  # ids per IN (...) list: well under SQLite's limit of bound values
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
    return letter_manifests(session, [letter_id], {letter_id: set(exclude_blobs)}).get(letter_id)


def letter_manifests(
    session: Session, letter_ids: Iterable[str], exclude_blobs: dict[str, set[str]]
) -> dict[str, Manifest]:
    """The manifests of many letters in three queries (signatures arriving by sync are checked by the thousand);
    letters not found are left out. `exclude_blobs` gives each letter's signed PDF copies."""
    ids = list(dict.fromkeys(letter_ids))
    letters: dict[str, Letter] = {}
    recipients: dict[str, list[str]] = {}
    attachments: dict[str, list[Attachment]] = {}
    for at in range(0, len(ids), CHUNK):
        chunk = ids[at : at + CHUNK]
        letters.update((letter.id, letter) for letter in session.scalars(select(Letter).where(Letter.id.in_(chunk))))
        names = session.execute(
            select(LetterRecipient.letter_id, Organisation.name_lo)
            .join(Organisation, LetterRecipient.org_id == Organisation.id)
            .where(LetterRecipient.letter_id.in_(chunk))
            .order_by(LetterRecipient.letter_id, LetterRecipient.position)
        )
        for letter_id, name in names:
            recipients.setdefault(letter_id, []).append(name)
        files = session.scalars(
            select(Attachment).where(Attachment.letter_id.in_(chunk)).order_by(Attachment.added_at, Attachment.id)
        )
        for a in files:
            attachments.setdefault(a.letter_id, []).append(a)
    found: dict[str, Manifest] = {}
    for letter_id, letter in letters.items():
        skip = exclude_blobs.get(letter_id, set())
        kept = [a for a in attachments.get(letter_id, []) if a.blob_hash not in skip]
        found[letter_id] = _manifest_of(letter, recipients.get(letter_id, []), kept)
    return found


def _manifest_of(letter: Letter, recipients: list[str], files: list[Attachment]) -> Manifest:
    attachments = [
        {
            "filename": a.filename,
            "media_type": a.media_type,
            "size": a.size,
            "sha256": a.blob_hash.removeprefix("sha256:"),
        }
        for a in files
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
