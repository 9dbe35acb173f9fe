"""The notes a signature check adds for those who ask (how it was trusted, why a time-stamp does not hold, what was
not checked): each a stable code with its values, and its English sentence for the CLI and the log.

The GUI words a note from its code (ui/signature_notes.py), never from the English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeAlias

from eoffice_shared.signing.cms import DIGEST_DIFFERS, NO_SIGNER, OTHER_CERTIFICATE, VALUE_DIFFERS

# A value of a note: plain text (names, technical reasons), a date or a moment (UTC), or notes it carries.
Value: TypeAlias = "str | int | date | datetime | Note | tuple[Note, ...]"

ENGLISH: dict[str, str] = {
    # how the signer's certificate was trusted, and its revocation
    "trusted_through": "trusted through: {root}",
    "no_trusted_ca": "no trusted CA certificate is installed on this PC",
    "path_not_trusted": "certificate path not trusted: {reason}",
    "certificate_not_in_force": "certificate valid {start:%Y-%m-%d} to {end:%Y-%m-%d}, signed {signed:%Y-%m-%d %H:%M}",
    "no_revocation_list": "no revocation list from {issuer} is installed",
    "revocation_list_out_of_date": "the revocation list is out of date since {since:%Y-%m-%d}",
    "revoked": "serial {serial} revoked {when:%Y-%m-%d %H:%M UTC}",
    "revoked_after_time_stamp": (
        "serial {serial} revoked {when:%Y-%m-%d %H:%M UTC}, after the time-stamp ({stamped:%Y-%m-%d %H:%M:%S UTC}): "
        "the signature was made before and stays valid"
    ),
    # the time-stamp
    "time_stamped_by": "time-stamped by {authority}",
    "time_stamp_does_not_hold": "the time-stamp does not hold: {problem}",
    "stamp_not_rfc3161": "the time-stamp is not an RFC 3161 token",
    "stamp_unsupported_hash": "the time-stamp uses an unsupported hash ({algorithm})",
    "stamp_of_another_signature": "the time-stamp belongs to another signature",
    "stamp_unreadable": "the time-stamp cannot be read ({reason})",
    "stamp_without_authority": "the time-stamp does not carry its authority's certificate",
    "stamp_signed_unknown_way": "the time-stamp is not signed in a known way",
    "stamp_changed": "the time-stamp was changed after it was made",
    "stamp_signature_differs": "the time-stamp's signature does not match its authority's key",
    "stamp_not_by_authority": "the time-stamp was not signed by a time-stamping authority",
    "stamp_authority_not_trusted": "the time-stamping authority is not trusted here: {reasons}",
    # the long-term form (CAdES B-LT)
    "long_term_of_another_signature": "the long-term form recorded for this signature is another signature; ignored",
    "long_term_unreadable": "the long-term form of this signature cannot be read ({reason}); ignored",
    # the signature and what it signed
    "signature_unreadable": "{reason}",
    "content_hash_differs": DIGEST_DIFFERS,
    "signer_certificate_missing": NO_SIGNER,
    "signature_value_differs": VALUE_DIFFERS,
    "signer_reference_differs": OTHER_CERTIFICATE,
    "manifest_hash_differs": "the manifest does not match the hash recorded with the signature",
    "manifest_unreadable": "the signed manifest cannot be read: {reason}",
    "file_not_arrived": "the file '{name}' has not arrived on this PC yet; it was not checked",
    # a signed package (zip) as a whole
    "package_index_unreadable": "signatures/index.json cannot be read; the signatures were checked without it",
    "package_file_missing": "{name} is missing from the package",
    "package_without_signature": "the package holds no signature",
}

_CMS_PROBLEMS = {
    DIGEST_DIFFERS: "content_hash_differs",
    NO_SIGNER: "signer_certificate_missing",
    VALUE_DIFFERS: "signature_value_differs",
    OTHER_CERTIFICATE: "signer_reference_differs",
}


@dataclass(frozen=True)
class Note:
    code: str
    params: dict[str, Value] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English sentence (for the CLI, the log and the checked signature's stored description)."""
        return ENGLISH[self.code].format(**{name: _english(value) for name, value in self.params.items()})

    def __str__(self) -> str:
        return self.text

    def __hash__(self) -> int:  # (its values are text, dates and notes: all hashable)
        return hash((self.code, tuple(sorted(self.params.items()))))


def note(code: str, **params: Value) -> Note:
    return Note(code, params)


def cms_problem(problem: str) -> Note:
    """A problem the CMS check reports (one of its sentences) as a note."""
    code = _CMS_PROBLEMS.get(problem)
    return Note(code) if code else note("signature_unreadable", reason=problem)


def texts(notes: list[Note]) -> list[str]:
    return [n.text for n in notes]


def _english(value: Value) -> object:
    if isinstance(value, Note):
        return value.text
    if isinstance(value, tuple):
        return "; ".join(n.text for n in value)
    return value
