"""How signatures read and look in the GUI: the signing roles, each status in plain words, its colour and icon.

The core's status codes (`core/signing/status.py`) are translated here by code, so Lao and English both come from the
translation file like every other GUI string.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from eoffice_desktop.core.signing.status import (
    ALTERED,
    CHANGED,
    EXPIRED,
    FILES_MISSING,
    MALFORMED,
    REVOKED,
    UNTRUSTED,
    VALID,
    SignatureStatus,
)
from eoffice_desktop.ui import labels

COLOURS = {
    VALID: "#1b7a2f",
    CHANGED: "#b00020",
    UNTRUSTED: "#b26a00",
    EXPIRED: "#b26a00",
    REVOKED: "#b00020",
    MALFORMED: "#b00020",
    ALTERED: "#b00020",
    FILES_MISSING: "#b26a00",  # amber: not known to be bad, but not valid either until the file is checked
    "unchecked": "#555555",
}


def local_time(moment: datetime) -> str:
    """Signing times are stored in UTC; people read them in the PC's time zone."""
    return f"{moment.replace(tzinfo=UTC).astimezone():%d/%m/%Y %H:%M}"


def role_label(role: str) -> str:
    return {
        "prepared": QCoreApplication.translate("Signatures", "Prepared by"),
        "approved": QCoreApplication.translate("Signatures", "Approved by"),
        "signed": QCoreApplication.translate("Signatures", "Signed by"),
        "other": QCoreApplication.translate("Signatures", "another role"),
    }.get(role, role)


def change_words(change: str) -> str:
    """One item of the core's list of changes ("file 'scan.pdf' was changed", "field 'subject'") in the UI language."""
    field = re.fullmatch(r"field '(.+)'", change)
    if field:
        return QCoreApplication.translate("Signatures", "the field {field}").format(
            field=labels.field_name(field.group(1))
        )
    file = re.fullmatch(r"file '(.+)' was (changed|removed|added)", change)
    if file:
        name, what = file.groups()
        return {
            "changed": QCoreApplication.translate("Signatures", "the file {name} was changed"),
            "removed": QCoreApplication.translate("Signatures", "the file {name} was removed"),
            "added": QCoreApplication.translate("Signatures", "the file {name} was added"),
        }[what].format(name=name)
    if change == "the signed manifest":
        return QCoreApplication.translate("Signatures", "the signed contents")
    if change == "the letter is missing":
        return QCoreApplication.translate("Signatures", "the letter is missing")
    return change


def status_sentence(status: SignatureStatus) -> str:
    """The headline of a checked signature, with the note that its role is not signed when that is so."""
    if status.code == ALTERED:
        return QCoreApplication.translate(
            "Signatures",
            "This signature is listed as “{shown}” but was signed as “{signed}”: the list of signatures was altered.",
        ).format(shown=role_label(status.role_shown), signed=role_label(status.role_signed or ""))
    text = status_headline(status.code, status.changed, status.revoked_at)
    if status.code == FILES_MISSING and status.missing_files:
        text = QCoreApplication.translate(
            "Signatures",
            "Not checked yet: a signed file has not arrived on this PC ({files}). Press Sync now, then look again.",
        ).format(files=", ".join(status.missing_files))
    if status.code == VALID and status.revoked_at and status.timestamped_at:
        text += " " + QCoreApplication.translate(
            "Signatures",
            "The certificate was revoked on {date}, after this signature was time-stamped: it stays valid.",
        ).format(date=f"{status.revoked_at:%d/%m/%Y}")
    if status.role_unsigned:
        text += " " + QCoreApplication.translate(
            "Signatures", "Role not signed: this older signature does not prove the role “{role}”."
        ).format(role=role_label(status.role_shown))
    return text


def time_words(status: SignatureStatus) -> str:
    """When the signature was made: the central server's time-stamp, or the signer's PC clock until it has one."""
    if status.timestamped_at is not None:
        return QCoreApplication.translate("Signatures", "Time-stamped by the central server at {time}.").format(
            time=local_time(status.timestamped_at.astimezone(UTC).replace(tzinfo=None))
        )
    if status.signing_time is not None and status.code != MALFORMED:
        return QCoreApplication.translate(
            "Signatures", "Signed offline at {time} (the signer's PC clock), not yet time-stamped."
        ).format(time=local_time(status.signing_time.astimezone(UTC).replace(tzinfo=None)))
    return ""


def level_words(level: str) -> str:
    """The baseline level a signature reached, with what it means for a clerk."""
    if level == "CAdES B-LT":
        return QCoreApplication.translate(
            "Signatures", "{level}: time-stamped, and carries what is needed to check it in years to come."
        ).format(level=level)
    if level == "CAdES B-T":
        return QCoreApplication.translate("Signatures", "{level}: time-stamped.").format(level=level)
    if level == "CAdES B-B":
        return QCoreApplication.translate("Signatures", "{level}: not yet time-stamped.").format(level=level)
    return level


def status_headline(code: str, changed: list[str], revoked_at: datetime | None) -> str:
    """One sentence a clerk understands; a changed document names what changed."""
    if code == VALID:
        return QCoreApplication.translate("Signatures", "Valid: the letter is exactly as it was signed.")
    if code == CHANGED:
        text = QCoreApplication.translate("Signatures", "Document changed after signing.")
        if changed:
            text += " " + QCoreApplication.translate("Signatures", "Changed: {files}.").format(
                files="; ".join(change_words(c) for c in changed)
            )
        return text
    if code == UNTRUSTED:
        return QCoreApplication.translate(
            "Signatures", "Signer not trusted: the certificate comes from an authority this office does not know."
        )
    if code == EXPIRED:
        return QCoreApplication.translate("Signatures", "The signer's certificate had expired at the time of signing.")
    if code == REVOKED:
        when = f"{revoked_at:%d/%m/%Y}" if revoked_at else "?"
        return QCoreApplication.translate("Signatures", "The signer's certificate was revoked on {date}.").format(
            date=when
        )
    if code == MALFORMED:
        return QCoreApplication.translate("Signatures", "The signature is damaged or in an unknown format.")
    if code == ALTERED:
        return QCoreApplication.translate("Signatures", "The list of signatures was altered: it names another role.")
    if code == FILES_MISSING:
        return QCoreApplication.translate(
            "Signatures", "Not checked yet: a signed file has not arrived on this PC. Press Sync now, then look again."
        )
    return QCoreApplication.translate("Signatures", "Not checked yet.")


def status_colour(code: str) -> str:
    return COLOURS.get(code, COLOURS["unchecked"])


def status_icon(code: str) -> QIcon:
    pixmap = {
        VALID: QStyle.StandardPixmap.SP_DialogApplyButton,
        UNTRUSTED: QStyle.StandardPixmap.SP_MessageBoxWarning,
        EXPIRED: QStyle.StandardPixmap.SP_MessageBoxWarning,
        FILES_MISSING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        CHANGED: QStyle.StandardPixmap.SP_MessageBoxCritical,
        REVOKED: QStyle.StandardPixmap.SP_MessageBoxCritical,
        MALFORMED: QStyle.StandardPixmap.SP_MessageBoxCritical,
        ALTERED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    }.get(code, QStyle.StandardPixmap.SP_MessageBoxQuestion)
    return QApplication.style().standardIcon(pixmap)
