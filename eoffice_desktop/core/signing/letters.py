"""Signing a registered letter and checking its signatures: the services the GUI, the CLI and sync share.

`sign_letter` builds the manifest, optionally signs PDF attachments inside, makes the CMS signature and records the
`letter.signed` event in one transaction. `verify_letter` re-checks everything offline, including the files' bytes.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.ownership import refuse_arrived
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.rights import NO, REFUSALS, scope
from eoffice_desktop.core.signing.fold import SIGNED
from eoffice_desktop.core.signing.ledger import (
    StoredSignature,
    mark_checked,
    pdf_copies_of,
    pdf_copy_blobs,
    signatures_of,
    stored_signature,
    stored_signatures,
    trust_store,
)
from eoffice_desktop.core.signing.manifest import Manifest, letter_manifest, letter_manifests
from eoffice_desktop.core.signing.notes import note
from eoffice_desktop.core.signing.status import FILES_MISSING, VALID, SignatureStatus
from eoffice_desktop.core.signing.tables import Signature
from eoffice_desktop.core.signing.timestamps import long_term_of_letters, tokens_of_letters
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_desktop.core.signing.verify import SignedItem, verify_signature
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Attachment, Letter, User
from eoffice_shared.refusals import Refusal
from eoffice_shared.signing.certificates import describe
from eoffice_shared.signing.cms import sign_detached
from eoffice_shared.signing.keys import Identity
from eoffice_shared.signing.roles import ROLE_WORDS, ROLES
from eoffice_shared.signing.vcode import code_for


class SigningRefused(Refusal, ValueError):
    """The letter cannot be signed now; the message says why."""


@dataclass(frozen=True)
class SignResult:
    event_id: str
    code: str
    order: int
    pdf_copies: list[str]


def may_sign(session: Session, user_id: str) -> bool:
    user = session.get(User, user_id)
    return user is not None and user.active and scope(set(user.roles.split(",")), "sign") != NO


def _check_order(existing: list[Signature], role: str, user_id: str) -> None:
    if role not in ROLES:
        raise SigningRefused(
            "Unknown signing role {role}; use one of {roles}.",
            code="signing_role_unknown",
            role=role,
            roles=", ".join(ROLES),
        )
    if existing and existing[-1].role == "signed":
        raise SigningRefused(
            "This letter is already signed; no further signature can be added.", code="letter_signed_final"
        )
    if existing and ROLES.index(role) < ROLES.index(existing[-1].role):
        raise SigningRefused(
            "A '{role}' signature cannot come after a '{previous}' signature.",
            code="signing_order",
            role=role,
            previous=existing[-1].role,
        )
    if any(s.signer_user_id == user_id and s.role == role for s in existing):
        raise SigningRefused("You have already signed this letter in this role.", code="already_signed_in_role")


def _pdf_sources(session: Session, letter_id: str, copies: set[str]) -> list[tuple[Attachment, str]]:
    """Each original PDF with the blob to sign next: its latest signed copy, or the original."""
    attachments = list(
        session.scalars(select(Attachment).where(Attachment.letter_id == letter_id).order_by(Attachment.added_at))
    )
    latest: dict[str, str] = {}
    for row in signatures_of(session, letter_id):
        event = stored_signature(session, row).payload
        for copy in event.get("pdf_copies", []):
            latest[copy["source_sha256"]] = copy["blob"]
    return [
        (a, latest.get(a.blob_hash.removeprefix("sha256:"), a.blob_hash))
        for a in attachments
        if a.media_type == "application/pdf" and a.blob_hash not in copies
    ]


def sign_letter(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    identity: Identity,
    role: str = "signed",
    sign_pdfs: bool = False,
    trust: TrustStore | None = None,
    session: Session | None = None,
) -> SignResult:
    """Sign a letter's manifest (and, with `sign_pdfs`, every PDF attachment inside the PDF).

    With `session` (an open transaction, as batch tools use) the caller commits; otherwise this call does.
    """
    if identity.certificate is None:
        raise SigningRefused(
            "Your key has no certificate yet. Send the request to the CA and install the answer.",
            code="key_no_certificate_send_request",
        )
    if session is not None:
        return _sign_in(session, store, actor, letter_id, identity, role, sign_pdfs, trust)
    # A write transaction from its BEGIN: a reading one that turns to writing fails at once ("database is locked")
    # when another connection (the sync, the search entry of a new letter) wrote since it began.
    with store.db.write() as s:
        return _sign_in(s, store, actor, letter_id, identity, role, sign_pdfs, trust)


def _sign_in(
    s: Session,
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    identity: Identity,
    role: str,
    sign_pdfs: bool,
    trust: TrustStore | None,
) -> SignResult:
    assert identity.certificate is not None
    now = datetime.now(UTC)
    if not may_sign(s, actor.user_id):
        raise SigningRefused(REFUSALS["sign"], code="no_right_sign")
    letter = s.get(Letter, letter_id)
    refuse_arrived(letter, actor.office_id)  # (another office's letter: its own office signs it)
    if letter is None:
        raise SigningRefused("This letter was not found.", code="letter_not_found")
    if letter.status == "void":
        raise SigningRefused("This letter is void and cannot be signed.", code="letter_void_unsignable")
    existing = signatures_of(s, letter_id)
    _check_order(existing, role, actor.user_id)
    copies = pdf_copy_blobs(s, letter_id)
    manifest = letter_manifest(s, letter_id, copies)
    assert manifest is not None
    if existing and existing[0].manifest_sha256 != manifest.sha256:
        raise SigningRefused(
            "The letter changed after the first signature. All signatures must cover the same letter; "
            "ask the first signers to sign again.",
            code="letter_changed_since_signed",
        )
    for item in manifest.data["attachments"]:
        if not store.blobs.verify("sha256:" + item["sha256"]):
            raise SigningRefused(
                "The file {file} is missing or damaged on this PC; it cannot be signed.",
                code="signing_file_missing",
                file=item["filename"],
            )
    trust = trust or trust_store(s)
    cms = sign_detached(manifest.raw, identity, role, now)
    # Sign nothing we would not accept ourselves (unknown CA, expired or revoked certificate).
    status = verify_signature(SignedItem(cms, manifest.raw, manifest.sha256), trust, manifest.data, roles_shown=(role,))
    if status.code != VALID:
        raise SigningRefused(
            "Your certificate cannot be used to sign: {reason}", code="certificate_unusable", reason=status.message_en
        )
    pdf_copies: list[dict[str, Any]] = []
    if sign_pdfs:
        from eoffice_desktop.core.signing.pdfsign import sign_pdf

        for attachment, source_blob in _pdf_sources(s, letter_id, copies):
            signed = sign_pdf(store.blobs.read(source_blob), identity, ROLE_WORDS[role], now)
            blob = store.blobs.add_bytes(signed)
            stem = attachment.filename.rsplit(".", 1)[0]
            pdf_copies.append(
                {
                    "id": uuid7(),
                    "blob": blob,
                    "filename": f"{stem} (signed {len(existing) + 1}).pdf",
                    "media_type": "application/pdf",
                    "size": len(signed),
                    "source_sha256": attachment.blob_hash.removeprefix("sha256:"),
                }
            )
    info = describe(identity.certificate)
    code = code_for(cms)
    payload = {
        "role": role,
        "order": len(existing) + 1,
        "signed_at": (status.signing_time or now).replace(tzinfo=None).isoformat(timespec="seconds"),
        "cms": base64.b64encode(cms).decode("ascii"),
        "manifest": base64.b64encode(manifest.raw).decode("ascii"),
        "manifest_sha256": manifest.sha256,
        "code": code,
        "signer": {
            "name": info.person.name,
            "title": info.person.title,
            "serial": f"{info.serial:x}",
            "fingerprint": info.fingerprint,
        },
        "pdf_copies": pdf_copies,
    }
    event = store.log.append(s, actor, SIGNED, payload, letter_id=letter_id, blobs=[c["blob"] for c in pdf_copies])
    row = s.get(Signature, event.id)
    assert row is not None
    mark_checked(row, VALID, "")
    return SignResult(event.id, code, len(existing) + 1, [c["blob"] for c in pdf_copies])


@dataclass
class LetterSignature:
    """One signature of a letter with the outcome of checking it now."""

    event_id: str
    order: int
    role: str
    signer_name: str
    signer_title: str
    signed_at: datetime
    code: str
    status: SignatureStatus


def _damaged_files(store: OfficeStore, manifest: dict[str, Any], check_files: bool) -> tuple[list[str], list[str]]:
    damaged: list[str] = []
    missing: list[str] = []
    if not check_files:
        return damaged, missing
    for item in manifest.get("attachments", []):
        blob = "sha256:" + item["sha256"]
        if not store.blobs.has(blob):
            missing.append(item["filename"])
        elif not store.blobs.verify(blob):
            damaged.append(item["filename"])
    return damaged, missing


SAVE_BATCH = 100  # outcomes of `verify_pending` saved in one write transaction


def verify_rows(
    store: OfficeStore, session: Session, rows: Iterable[Signature], check_files: bool = True
) -> list[LetterSignature]:
    """Check signatures and record each outcome in the signatures table (the caller commits). What the checks read
    (the letters' manifests, the signature events, the time-stamps) is read for all rows at once, not row by row."""
    rows = list(rows)
    trust = trust_store(session)
    letter_ids = [row.letter_id for row in rows]
    # Outcomes are written at the end; flushing them before every read made each check several times slower.
    with session.no_autoflush:
        manifests = letter_manifests(session, letter_ids, pdf_copies_of(session, letter_ids))
        tokens = tokens_of_letters(session, letter_ids)
        long_term = long_term_of_letters(session, letter_ids)
        stored = stored_signatures(session, rows)
        results = [_verify_row(store, row, trust, manifests, check_files, (tokens, long_term), stored) for row in rows]
    return results


def _verify_row(
    store: OfficeStore,
    row: Signature,
    trust: TrustStore,
    manifests: dict[str, Manifest],
    check_files: bool,
    added: tuple[dict[str, dict[str, bytes]], dict[str, dict[str, bytes]]],
    stored: dict[str, StoredSignature],
) -> LetterSignature:
    """`added`: the time-stamp tokens and the long-term forms of signatures, by letter and signature."""
    current = manifests.get(row.letter_id)
    current_data = current.data if current is not None else None
    damaged, missing = _damaged_files(store, current_data or {}, check_files)
    token = added[0].get(row.letter_id, {}).get(row.event_id)
    long_term = added[1].get(row.letter_id, {}).get(row.event_id)
    item = stored[row.event_id].item
    status = verify_signature(item, trust, current_data, damaged, (row.role,), token, long_term)
    status.warning_notes += [note("file_not_arrived", name=name) for name in missing]
    status.missing_files = missing
    if missing and status.code == VALID:  # what was checked holds, but not every signed file was: not valid yet
        status.code = FILES_MISSING
    mark_checked(row, status.code, status.describe())
    return LetterSignature(
        row.event_id, row.position, row.role, row.signer_name, row.signer_title, row.signed_at, row.code, status
    )


def verify_letter(store: OfficeStore, letter_id: str, check_files: bool = True) -> list[LetterSignature]:
    """Check every signature of a letter now (when it is opened); outcomes are also saved for the register."""
    with store.db.write() as s:
        return verify_rows(store, s, signatures_of(s, letter_id), check_files)


def verify_pending(store: OfficeStore, limit: int = 1000, check_files: bool = True) -> int:
    """Check signatures not checked yet on this PC (after sync brought them); returns how many were checked.
    The checks (and the hashing of the files) run in a read session, which never holds up a writer; the outcomes are
    then saved `SAVE_BATCH` at a time, each batch a short write of its own, so a clerk's registration made meanwhile
    waits for one batch, not for the whole check."""
    with store.db.session() as s:
        rows = list(s.scalars(select(Signature).where(Signature.status == "unchecked").limit(limit)))
        if not rows:  # (the usual answer after a sync or a bundle that brought no signature: no trust store read)
            return 0
        verify_rows(store, s, rows, check_files)  # the outcomes go on the rows; this session is never committed
        outcomes = [(row.event_id, row.status, row.status_detail, row.checked_at) for row in rows]
        s.expunge_all()  # nothing of it is flushed: the session only read
    table = cast(Table, Signature.__table__)  # a plain executemany: the ORM's UPDATE costs more than the check
    save = (
        update(table)  # a signature checked meanwhile (its letter opened) keeps that newer outcome
        .where(table.c.event_id == bindparam("row"), table.c.status == "unchecked")
        .values(status=bindparam("outcome"), status_detail=bindparam("words"), checked_at=bindparam("when"))
    )
    for start in range(0, len(outcomes), SAVE_BATCH):
        with store.db.write() as s:
            batch = outcomes[start : start + SAVE_BATCH]
            s.execute(save, [{"row": e, "outcome": c, "words": d, "when": a} for e, c, d, a in batch])
    return len(rows)


def recheck_arrived(store: OfficeStore) -> int:
    """Signatures checked while a signed file had not arrived (`files_missing`) are marked to be checked again once
    every signed file of their letter is on this PC (a sync or a USB bundle brought it); `verify_pending` then checks
    them. Returns how many were marked. Those still waiting for a file are left as they are, not checked again."""
    with store.db.session() as s:
        rows = list(s.execute(select(Signature.event_id, Signature.letter_id).where(Signature.status == FILES_MISSING)))
        if not rows:
            return 0
        letter_ids = [letter_id for _, letter_id in rows]
        manifests = letter_manifests(s, letter_ids, pdf_copies_of(s, letter_ids))
    arrived = {
        letter_id
        for letter_id, manifest in manifests.items()
        if all(store.blobs.has("sha256:" + item["sha256"]) for item in manifest.data.get("attachments", []))
    }
    ready = [event_id for event_id, letter_id in rows if letter_id in arrived]
    if not ready:
        return 0
    table = cast(Table, Signature.__table__)
    with store.db.write() as s:  # (one checked meanwhile, its letter opened, keeps that newer outcome)
        done = s.execute(
            update(table).where(table.c.event_id.in_(ready), table.c.status == FILES_MISSING).values(status="unchecked")
        )
    return int(getattr(done, "rowcount", 0) or 0)


CHECK_BATCH = 250  # signatures `check_arrived_signatures` checks between two looks at its progress and Stop


@dataclass(frozen=True)
class ArrivedCheck:
    checked: int  # signatures given their status now
    stopped: bool  # asked to stop between two batches: the rest stay "unchecked" (opening the letter, or the next
    # sync or bundle, checks them)


def check_arrived_signatures(
    store: OfficeStore,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ArrivedCheck:
    """What a sync and a USB bundle do once their letters and files are in: signatures that arrived get their stored
    status, and those that waited for a signed file (`files_missing`) whose files are all here now are checked again.
    `CHECK_BATCH` at a time (each `verify_pending`: checks in a read session, outcomes saved in short writes), with
    `progress(done, total)` after each batch and `cancelled()` asked before each; nothing checked is lost on a stop."""
    recheck_arrived(store)
    with store.db.session() as s:
        total = s.scalar(select(func.count()).select_from(Signature).where(Signature.status == "unchecked")) or 0
    done = 0
    if total and progress is not None:
        progress(0, total)  # (the check begins: a window says so before the first batch is done)
    while done < total:
        if cancelled is not None and cancelled():
            return ArrivedCheck(done, True)
        checked = verify_pending(store, limit=CHECK_BATCH)
        if not checked:  # (the rest were checked meanwhile: their letters opened)
            break
        done += checked
        if progress is not None:
            progress(min(done, total), total)
    return ArrivedCheck(done, False)


def find_letter(session: Session, number: str, direction: str | None = None, year: int | None = None) -> Letter:
    """One letter by registry number; asks for the direction or year when the number is ambiguous."""
    query = select(Letter).where(Letter.registry_number == number.strip())
    if direction:
        query = query.where(Letter.direction == direction)
    if year:
        query = query.where(Letter.registry_year == year)
    found = list(session.scalars(query))
    if not found:
        raise SigningRefused("No letter has the registry number {number}.", code="number_not_found", number=number)
    if len(found) > 1:
        raise SigningRefused(
            "Several letters have the number {number}; give --direction and --year.",
            code="number_ambiguous",
            number=number,
        )
    return found[0]
