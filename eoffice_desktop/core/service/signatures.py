"""Everything the signatures panel shows about a letter's signatures, gathered on the reader pool: the check made
now, the signer's certificate, and what was signed (the hashes of the files); and who a certificate request names."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.ledger import stored_signature
from eoffice_desktop.core.signing.letters import LetterSignature, may_sign, verify_letter
from eoffice_desktop.core.signing.manifest import Manifest
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.storage.models import Attachment, Letter, Office, User
from eoffice_shared.signing.certificates import CertificateInfo, Person, describe
from eoffice_shared.signing.cms import Malformed, check_detached


@dataclass
class SignatureFacts:
    check: LetterSignature
    certificate: CertificateInfo | None
    manifest_sha256: str
    files: list[tuple[str, str, int]] = field(default_factory=list)  # filename, SHA-256, size
    pdf_copies: list[str] = field(default_factory=list)


@dataclass
class LetterSignatures:
    letter_id: str
    signatures: list[SignatureFacts]
    may_sign: bool
    has_pdf: bool
    registry_number: str = ""


def check_letter(store: OfficeStore, letter_id: str, user_id: str | None) -> LetterSignatures:
    """Verify every signature of the letter now (outcomes are saved for the register) and describe each one."""
    checks = verify_letter(store, letter_id)
    facts = []
    with store.db.session() as s:
        for check in checks:
            row = s.get(Signature, check.event_id)
            assert row is not None
            stored = stored_signature(s, row)
            certificate = None
            try:
                signer = check_detached(stored.item.cms, stored.item.manifest).signer
                certificate = describe(signer) if signer is not None else None
            except Malformed:
                pass
            try:
                files = [
                    (str(a["filename"]), str(a["sha256"]), int(a["size"]))
                    for a in Manifest.parse(stored.item.manifest).data.get("attachments", [])
                ]
            except (ValueError, KeyError, TypeError):
                files = []
            copies = [str(c.get("filename", "")) for c in stored.payload.get("pdf_copies", [])]
            facts.append(SignatureFacts(check, certificate, stored.item.manifest_sha256, files, copies))
        allowed = user_id is not None and may_sign(s, user_id)
        media = s.scalars(select(Attachment.media_type).where(Attachment.letter_id == letter_id))
        has_pdf = "application/pdf" in set(media)
        letter = s.get(Letter, letter_id)
        number = letter.registry_number if letter else ""
        allowed = allowed and letter is not None and letter.office_id == store.office_id  # (its own office signs)
    return LetterSignatures(letter_id, facts, allowed, has_pdf, number)


def certificate_person(store: OfficeStore, user_id: str) -> Person | None:
    """What a certificate request says about the official: name, title and office as the office registered them."""
    with store.db.session() as s:
        user = s.get(User, user_id)
        if user is None:
            return None
        office = s.get(Office, user.office_id)
        return Person(user.display_name, user.title or "", office.name_lo if office else "", user_id=user.id)
