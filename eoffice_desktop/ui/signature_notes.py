"""The GUI's words for the notes a signature check adds (core/signing/notes.py): each note code with its sentence,
translated, its {values} filled from the note: dates as the GUI shows dates, names and technical values as they are.
A reason in the system's own English (a parser's, a library's) is left out: the CLI and the log keep it.

A note whose code is not in the table keeps its English; a test keeps the table complete.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from eoffice_desktop.core.signing.notes import Note, Value
from eoffice_desktop.ui.signatures_words import local_time

SENTENCES = {
    "trusted_through": QT_TRANSLATE_NOOP("SignatureNotes", "Trusted through the authority {root}."),
    "no_trusted_ca": QT_TRANSLATE_NOOP(
        "SignatureNotes", "No trusted authority's certificate is installed on this PC. Ask IT staff."
    ),
    "path_not_trusted": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "The certificate does not lead to an authority trusted here. IT staff can see why with eoffice verify.",
    ),
    "certificate_not_in_force": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The certificate was valid from {start} to {end}; the signature was made on {signed}."
    ),
    "no_revocation_list": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "No revocation list of the authority {issuer} is on this PC, so whether the certificate was revoked "
        "could not be checked. Press Sync now, or ask IT staff.",
    ),
    "revocation_list_out_of_date": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "The revocation list on this PC is out of date since {since}. Press Sync now, or ask IT staff for a new one.",
    ),
    "revoked": QT_TRANSLATE_NOOP("SignatureNotes", "The certificate (serial {serial}) was revoked on {when}."),
    "revoked_after_time_stamp": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "The certificate (serial {serial}) was revoked on {when}, after the time-stamp of {stamped}: the "
        "signature was made before and stays valid.",
    ),
    "time_stamped_by": QT_TRANSLATE_NOOP("SignatureNotes", "Time-stamped by {authority}."),
    "time_stamp_does_not_hold": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The time-stamp does not hold, so the signing time is the signer's PC clock: {problem}"
    ),
    "stamp_not_rfc3161": QT_TRANSLATE_NOOP("SignatureNotes", "it is not a time-stamp (RFC 3161)."),
    "stamp_unsupported_hash": QT_TRANSLATE_NOOP(
        "SignatureNotes", "it uses a hash this program does not know ({algorithm})."
    ),
    "stamp_of_another_signature": QT_TRANSLATE_NOOP("SignatureNotes", "it belongs to another signature."),
    "stamp_unreadable": QT_TRANSLATE_NOOP("SignatureNotes", "it cannot be read."),
    "stamp_without_authority": QT_TRANSLATE_NOOP(
        "SignatureNotes", "it does not carry the certificate of the authority that made it."
    ),
    "stamp_signed_unknown_way": QT_TRANSLATE_NOOP("SignatureNotes", "it is not signed in a known way."),
    "stamp_changed": QT_TRANSLATE_NOOP("SignatureNotes", "it was changed after it was made."),
    "stamp_signature_differs": QT_TRANSLATE_NOOP(
        "SignatureNotes", "its signature does not match the key of the authority that made it."
    ),
    "stamp_not_by_authority": QT_TRANSLATE_NOOP("SignatureNotes", "it was not made by a time-stamping authority."),
    "stamp_authority_not_trusted": QT_TRANSLATE_NOOP(
        "SignatureNotes", "the time-stamping authority is not trusted here: {reasons}"
    ),
    "long_term_of_another_signature": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "The long-term form recorded for this signature (what checks it in years to come) belongs to another "
        "signature; it was not used.",
    ),
    "long_term_unreadable": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "The long-term form of this signature (what checks it in years to come) cannot be read; it was not used.",
    ),
    "signature_unreadable": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The signature cannot be read. IT staff can see why with eoffice verify."
    ),
    "content_hash_differs": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The hash of the signed contents does not match the signature."
    ),
    "signer_certificate_missing": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The signer's certificate is not included in the signature."
    ),
    "signature_value_differs": QT_TRANSLATE_NOOP("SignatureNotes", "The signature does not match the signer's key."),
    "signer_reference_differs": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The signature names another certificate than the one it carries."
    ),
    "manifest_hash_differs": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The signed contents do not match the hash recorded with the signature."
    ),
    "manifest_unreadable": QT_TRANSLATE_NOOP(
        "SignatureNotes", "The signed contents cannot be read. IT staff can see why with eoffice verify."
    ),
    "file_not_arrived": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "The file {name} has not arrived on this PC yet, so it was not checked. Press Sync now and look again.",
    ),
    "package_index_unreadable": QT_TRANSLATE_NOOP(
        "SignatureNotes",
        "The package's list of signatures (signatures/index.json) cannot be read; the signatures were checked"
        " without it.",
    ),
    "package_file_missing": QT_TRANSLATE_NOOP("SignatureNotes", "{name} is missing from the package."),
    "package_without_signature": QT_TRANSLATE_NOOP("SignatureNotes", "The package holds no signature."),
}


def note_words(note: Note) -> str:
    """The note in the GUI's language; its English when the table does not know its code (or a translation's
    {values} do not match)."""
    sentence = SENTENCES.get(note.code)
    if sentence is None:
        return note.text
    values = {name: _shown(value) for name, value in note.params.items()}
    try:
        return QCoreApplication.translate("SignatureNotes", sentence).format(**values)
    except (KeyError, IndexError, ValueError):
        return note.text


def _shown(value: Value) -> str:
    if isinstance(value, Note):
        return note_words(value)
    if isinstance(value, tuple):
        return "; ".join(note_words(n) for n in value)
    if isinstance(value, datetime):  # a moment (UTC): in the PC's time zone, as signing times are shown
        return local_time(value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value)
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)
