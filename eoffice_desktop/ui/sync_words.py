"""The words the sync parts of the window use: plain messages for each kind of failure, sizes and "3 hours ago"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.core.events import utcnow
from sync.client.errors import SyncError


def error_message(exc: BaseException) -> str:
    """What a clerk should read when a sync, a probe or an enrolment fails, and what to do about it."""
    code = exc.code if isinstance(exc, SyncError) else ""
    if code == "offline":
        return QCoreApplication.translate(
            "SyncWords", "No connection to the server. eOffice keeps working and will try again by itself."
        )
    if code == "server_busy" or code == "server_error":
        return QCoreApplication.translate(
            "SyncWords", "The server is busy or has a problem. eOffice will try again later."
        )
    if code == "device_revoked":
        return QCoreApplication.translate("SyncWords", "The server refused this PC: ask IT to re-enrol it.")
    if code in ("not_enrolled", "unauthorized"):
        return QCoreApplication.translate(
            "SyncWords", "This PC is not enrolled with a server. Ask IT to enrol it (Settings, Sync)."
        )
    if code == "enrolment_refused":
        return QCoreApplication.translate(
            "SyncWords", "The enrolment code is wrong, already used or expired. Ask IT for a new code."
        )
    if isinstance(exc, SyncError):
        return QCoreApplication.translate("SyncWords", "The server refused a request: {reason}").format(reason=str(exc))
    return QCoreApplication.translate("SyncWords", "Sync stopped because of an error: {reason}").format(
        reason=str(exc) or type(exc).__name__
    )


def size_text(nbytes: int) -> str:
    if nbytes >= 1024 * 1024:
        return QCoreApplication.translate("SyncWords", "{mb} MB").format(mb=f"{nbytes / (1024 * 1024):.1f}")
    return QCoreApplication.translate("SyncWords", "{kb} KB").format(
        kb=f"{max(1, round(nbytes / 1024)) if nbytes else 0}"
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
    }.get(phase, QCoreApplication.translate("SyncWords", "Syncing"))
