"""Checking one manifest signature: the CMS mathematics, the manifest against the letter or files now, the role the
unsigned list gives against the role signed, the signer's certificate path at signing time and its revocation.
Returns one status; never raises on bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eoffice_desktop.core.signing.manifest import Manifest, differences, sha256_hex
from eoffice_desktop.core.signing.notes import cms_problem, note
from eoffice_desktop.core.signing.status import ALTERED, CHANGED, MALFORMED, VALID, SignatureStatus
from eoffice_desktop.core.signing.trust import TrustStore
from eoffice_shared.signing.cades_lt import LongTermParts, NotOurs, as_made, long_term_parts
from eoffice_shared.signing.certificates import describe
from eoffice_shared.signing.cms import Malformed, check_detached


@dataclass(frozen=True)
class SignedItem:
    """One signature as stored: the CMS bytes, the exact manifest bytes it covers, and the hash recorded with it."""

    cms: bytes
    manifest: bytes
    manifest_sha256: str


def verify_signature(
    item: SignedItem,
    trust: TrustStore,
    current: dict[str, Any] | None,
    damaged_files: list[str] | None = None,
    roles_shown: tuple[str, ...] = (),
    timestamp: bytes | None = None,
    long_term: bytes | None = None,
) -> SignatureStatus:
    """`current` is the manifest of the letter (or package) now; `damaged_files` names attachments whose bytes no
    longer match their recorded SHA-256 (checked by the caller, who knows where the files are); `roles_shown` are the
    roles unsigned lists give this signature (the event, a package's index and file name), each checked against the
    role signed inside; `timestamp` is the signature's RFC 3161 token, if it has one; `long_term` the signature with
    its unsigned attributes (time-stamp token, certificate and revocation values: CAdES B-LT), if it has one."""
    try:
        checked = check_detached(item.cms, item.manifest)
    except Malformed as exc:
        return SignatureStatus(MALFORMED, [cms_problem(str(exc))])
    status = SignatureStatus(VALID, signing_time=checked.signing_time, role_signed=checked.signed_role)
    status.role_shown = next(iter(roles_shown), "")
    if checked.signer is not None:
        person = describe(checked.signer).person
        status.signer_name, status.signer_title, status.signer_office = person.name, person.title, person.office
    if checked.signer is None or (checked.digest_matches and not checked.signature_matches):
        status.code, status.detail_notes = MALFORMED, [cms_problem(p) for p in checked.problems]
        return status
    if not checked.digest_matches or sha256_hex(item.manifest) != item.manifest_sha256:
        status.code = CHANGED
        status.changed = ["the signed manifest"]
        status.detail_notes = [cms_problem(p) for p in checked.problems] or [note("manifest_hash_differs")]
        return status
    try:
        signed = Manifest.parse(item.manifest)
    except ValueError as exc:
        status.code, status.detail_notes = MALFORMED, [note("manifest_unreadable", reason=str(exc))]
        return status
    changed = differences(signed.data, current) if current is not None else ["the letter is missing"]
    for name in damaged_files or []:
        text = f"file '{name}' was changed"
        if text not in changed:
            changed.append(text)
    if changed:
        status.code, status.changed = CHANGED, changed
        return status
    if checked.signed_role is None:
        status.role_unsigned = bool(status.role_shown)
    else:
        wrong = next((role for role in roles_shown if role != checked.signed_role), None)
        if wrong is not None:
            status.code, status.role_shown = ALTERED, wrong
            return status
    from eoffice_desktop.core.signing.long_term import level_of
    from eoffice_desktop.core.signing.timestamps import check_token

    parts = _long_term_parts(long_term, item.cms, status)
    certificates = checked.certificates
    if parts is not None:
        timestamp = timestamp or parts.token
        trust = trust.with_crls(parts.crls)
        certificates = certificates + [c for c in parts.certificates if c not in certificates]
    proven = stamp = embedded = None
    if timestamp is not None:
        stamp = check_token(timestamp, item.cms, trust)
        if stamp.problem is not None:
            status.warning_notes.append(note("time_stamp_does_not_hold", problem=stamp.problem))
        elif stamp.time is not None:
            proven = status.timestamped_at = stamp.time
            status.detail_notes.append(note("time_stamped_by", authority=stamp.authority))
    if parts is not None and parts.token is not None:
        embedded = stamp if parts.token == timestamp else check_token(parts.token, item.cms, trust)
    path = trust.check_path(checked.signer, certificates, proven or checked.signing_time, proven)
    status.code, status.revoked_at = path.code, path.revoked_at
    status.detail_notes += path.details
    status.warning_notes += path.warnings
    status.level = level_of(checked, stamp, parts, embedded, trust.roots)
    return status


def _long_term_parts(long_term: bytes | None, made: bytes, status: SignatureStatus) -> LongTermParts | None:
    """What the long-term form of the signature carries, if it is this very signature with attributes added."""
    if long_term is None:
        return None
    try:
        if as_made(long_term) != made:
            status.warning_notes.append(note("long_term_of_another_signature"))
            return None
        return long_term_parts(long_term)
    except NotOurs as exc:
        status.warning_notes.append(note("long_term_unreadable", reason=str(exc)))
        return None
