"""The words the sync parts of the window use: plain messages for each kind of failure, sizes and "3 hours ago"."""

from __future__ import annotations

import socket
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.core.eventlog.events import utcnow
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.drive_words import file_error
from sync.client.errors import SyncError

NETWORK_ERRORS = (ConnectionError, TimeoutError, socket.gaierror, socket.herror)  # (OSErrors, but of the link)


def _enrolment_refusal(reason: str) -> str | None:
    """The words for why the server refused to enrol this PC (the server's `reason`, sync/server/admin.py)."""
    translate = QCoreApplication.translate
    words = {
        "enrolment_code_invalid": translate(
            "SyncWords", "The enrolment code is wrong, already used or expired. Ask IT for a new code."
        ),
        "pc_holds_other_office": translate(
            "SyncWords", "This PC already holds another office's letters; it cannot join this office."
        ),
        "pc_already_enrolled": translate(
            "SyncWords", "This PC is already enrolled (or was revoked). Ask IT for help with a new data folder."
        ),
        "replaced_pc_not_of_office": translate(
            "SyncWords",
            "This PC's data comes from a PC of another office, so it cannot take over that PC's work here. Nothing "
            "was enrolled. Ask IT for help.",
        ),
        "replaced_pc_taken_over": translate(
            "SyncWords",
            "Another PC has already taken over the work of the PC this data comes from. Nothing was enrolled. Ask "
            "IT for help.",
        ),
    }
    return words.get(reason)


def error_message(exc: BaseException) -> str:
    """What a clerk should read when a sync, a probe or an enrolment fails, and what to do about it."""
    code = exc.code if isinstance(exc, SyncError) else ""
    reason = exc.reason if isinstance(exc, SyncError) else ""
    if reason == "office_id_taken":  # a reason that is also a code of its own, worded below
        code = reason
    worded = _enrolment_refusal(reason) or _enrolment_refusal(code)
    if worded is not None:
        return worded
    if code == "offline":
        return QCoreApplication.translate(
            "SyncWords", "No connection to the server. eOffice keeps working and will try again by itself."
        )
    if code == "enrolment_throttled":
        return QCoreApplication.translate(
            "SyncWords",
            "Too many wrong enrolment codes were tried from this place: wait 15 minutes, check the code with IT, "
            "and try again.",
        )
    if code == "server_storage" and reason == "not_stored":  # changes, an enrolment...: the database did not take it
        return QCoreApplication.translate(
            "SyncWords",
            "The server's disk is full or failing, so what this PC sent was not stored (nothing half stored is kept). "
            "Ask IT staff at the server to free space or repair the disk; the sync sends it again by itself later.",
        )
    if code == "server_storage":  # (the sentence of a USB bundle relayed is the window's own: sync_usb.py)
        return QCoreApplication.translate(
            "SyncWords",
            "The server's disk is full or failing, so the files were not sent (nothing half sent is kept). Ask IT "
            "staff at the server to free space or repair the disk; eOffice sends them again by itself later.",
        )
    if code == "server_busy" or code == "server_error":
        return QCoreApplication.translate(
            "SyncWords", "The server is busy or has a problem. eOffice will try again later."
        )
    if code == "device_revoked":
        return QCoreApplication.translate("SyncWords", "The server refused this PC: ask IT to re-enrol it.")
    if code == "protocol_unsupported":
        return QCoreApplication.translate(
            "SyncWords",
            "This PC's eOffice and the server are of different versions: update eOffice on this PC, or ask IT to "
            "update the server. Nothing was lost.",
        )
    if code == "enrol_again":
        return QCoreApplication.translate(
            "SyncWords",
            "This PC's data was restored from a backup (or copied from another PC), and a backup never carries the "
            "PC's key for the server. Ask IT for an enrolment code and enrol this PC again (Settings, Sync).",
        )
    if code in ("not_enrolled", "unauthorized"):
        return QCoreApplication.translate(
            "SyncWords", "This PC is not enrolled with a server. Ask IT to enrol it (Settings, Sync)."
        )
    if code == "enrolment_refused":
        return QCoreApplication.translate(
            "SyncWords", "The enrolment code is wrong, already used or expired. Ask IT for a new code."
        )
    if code == "invalid_request":
        return QCoreApplication.translate(
            "SyncWords",
            "The server cannot accept this request as it is (a value is wrong or too long). Nothing was changed; "
            "check what was typed, or ask IT.",
        )
    if code == "too_large":
        return QCoreApplication.translate(
            "SyncWords",
            "What this PC sent is larger than the server takes, so it was not taken, and nothing was changed. Ask IT "
            "staff.",
        )
    if code == "office_id_taken":
        return QCoreApplication.translate(
            "SyncWords",
            "The server already has another office with this PC's office (was its data folder copied from another "
            "office's PC?). Ask IT to set this PC up again with a new data folder; the enrolment code is still valid.",
        )
    if isinstance(exc, SyncError):
        worded = core_messages.coded(exc)  # what the client itself refuses (a damaged download ...)
        if worded is not None:
            return worded
        core_messages.log_failure(f"the server refused ({code})", exc)  # (its English, for IT staff)
        return QCoreApplication.translate(
            "SyncWords",
            "The server did not accept what this PC asked, and nothing was changed. Check the server address in "
            "Settings, Sync; if it happens again, ask IT staff.",
        )
    worded = core_messages.coded(exc)  # a refusal of this PC's own (the drive holding the data is full ...)
    if worded is not None:
        return worded
    if isinstance(exc, NETWORK_ERRORS):
        return QCoreApplication.translate(
            "SyncWords", "No connection to the server. eOffice keeps working and will try again by itself."
        )
    if isinstance(exc, OSError) and exc.errno is not None:
        return file_error(exc)  # a file of this PC or a drive (a scan that could not be written ...)
    core_messages.log_failure("sync stopped", exc)
    return QCoreApplication.translate(
        "SyncWords",
        "Sync stopped because of a problem on this PC, and nothing was lost. eOffice tries again by itself; if it "
        "happens again, ask IT staff.",
    )


def long_term_words(code: str) -> str:
    """Why signatures did not get their long-term checking data (CAdES B-LT) in this sync; "" when they all did."""
    if code == "long_term_postponed":
        return QCoreApplication.translate(
            "SyncWords",
            "Some signatures could not get their long-term checking data yet (the authority's certificate or "
            "revocation list is missing here); the next sync tries again.",
        )
    if code:
        return QCoreApplication.translate(
            "SyncWords",
            "Some signatures could not get their long-term checking data; they keep their time-stamp and stay valid.",
        )
    return ""


def scan_text_words(code: str) -> str:
    """Why the text read from scans was not exchanged in this sync; "" when it was."""
    if code:
        return QCoreApplication.translate(
            "SyncWords",
            "The text read from scans was not exchanged with the server this time; the letters and scans are synced, "
            "and the next sync tries again.",
        )
    return ""


def refusal_reason(code: str, message: str) -> str:
    """Why the server refused one change, in the UI language (the server's own words stay in the details)."""
    words = {
        "wrong_device": QCoreApplication.translate(
            "SyncWords", "The change says it was made on another PC. Ask IT to check this PC's enrolment."
        ),
        "wrong_office": QCoreApplication.translate(
            "SyncWords", "The change belongs to another office. Ask IT to check which office this PC is enrolled in."
        ),
        "id_reuse": QCoreApplication.translate(
            "SyncWords", "The server already has a different change under the same number. Show this to IT staff."
        ),
        "foreign_letter": QCoreApplication.translate(
            "SyncWords", "The change is about a letter this office has not received through the server."
        ),
        "arrived_letter": QCoreApplication.translate(
            "SyncWords",
            "The change is about a letter another office sent here that is not registered in this office; only "
            "the sending office changes it. Register it here first, then work on this office's own copy.",
        ),
        "fork": QCoreApplication.translate(
            "SyncWords",
            "This PC sent two different changes with the same number (was it restored from an old copy?). "
            "Ask IT to enrol it again.",
        ),
        "chain": QCoreApplication.translate(
            "SyncWords", "The change does not follow this PC's previous change. Show this to IT staff."
        ),
        "author": QCoreApplication.translate(
            "SyncWords", "The person who made the change is not known to the server as a user of this office."
        ),
        "number": QCoreApplication.translate(
            "SyncWords",
            "The server did not give this registry number to this letter, or another letter already has it. "
            "Show this to IT staff.",
        ),
        "foreign_org": QCoreApplication.translate(
            "SyncWords",
            "The change is about an address-book entry of another office; only that office may change it. "
            "Show this to IT staff.",
        ),
        "tracking": QCoreApplication.translate(
            "SyncWords",
            "The news about another office's letter held more than where it is (only its handling state may be "
            "shared). Show this to IT staff.",
        ),
        "receipt": QCoreApplication.translate(
            "SyncWords",
            "The answer about another office's letter (received, registered or returned) held more than it may, or "
            "a text too long. Show this to IT staff.",
        ),
        "relay": QCoreApplication.translate(
            "SyncWords",
            "The news passed on about a letter sent on names an office that has not reported on this office's "
            "letter that sent it there. Show this to IT staff.",
        ),
        "too_large": QCoreApplication.translate(
            "SyncWords", "The change is larger than the server takes, so it was not stored. Show this to IT staff."
        ),
        "invalid": QCoreApplication.translate("SyncWords", "The change is damaged or incomplete."),
        "invalid_request": QCoreApplication.translate("SyncWords", "The change is damaged or incomplete."),
    }
    if code in words:
        return words[code]
    return QCoreApplication.translate(  # (the server's own words stay in the details, for IT staff)
        "SyncWords",
        "The server refused this change for a reason this version of eOffice does not know. Show this to IT staff.",
    )


def ago(when: datetime | None, now: datetime | None = None) -> str:
    """`when` is UTC without a zone, as the engine stores it."""
    if when is None:
        return QCoreApplication.translate("SyncWords", "never")
    seconds = max(0, int(((now or utcnow()) - when).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("SyncWords", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("SyncWords", "{count} minutes ago").format(count=seconds // 60)
    if seconds < 2 * 86400:
        return QCoreApplication.translate("SyncWords", "{count} hours ago").format(count=seconds // 3600)
    return QCoreApplication.translate("SyncWords", "{count} days ago").format(count=seconds // 86400)


def phase_text(phase: str) -> str:
    return {
        "push": QCoreApplication.translate("SyncWords", "Sending changes"),
        "pull": QCoreApplication.translate("SyncWords", "Receiving changes"),
        "upload": QCoreApplication.translate("SyncWords", "Sending files"),
        "download": QCoreApplication.translate("SyncWords", "Downloading files"),
        "signatures": QCoreApplication.translate("SyncWords", "Checking the signatures that arrived"),
    }.get(phase, QCoreApplication.translate("SyncWords", "Syncing"))
