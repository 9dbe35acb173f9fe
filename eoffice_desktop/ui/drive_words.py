"""The words for a file on a drive that could not be written or read (a full drive, a USB stick taken out, a file
another program holds): used wherever the window writes or reads a file, and by the sync's own messages."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.ui.failure_log import log_failure

IN_USE = (32, 33)  # Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (Python calls them EACCES)


def file_error(exc: OSError) -> str:
    """A file on a drive could not be written or read: what happened, in words a clerk can act on. An error of the
    system no sentence here fits gets a general one; the system's own (English) words go to the log for IT staff."""
    translate = QCoreApplication.translate
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("SyncWords", "The drive is full. Free some space or use another drive.")
    if code == errno.EFBIG:
        return translate(
            "SyncWords",
            "The file is too large for this drive (a USB stick formatted as FAT32 takes files of up to 4 GB). Use a "
            "drive formatted as exFAT or NTFS.",
        )
    if getattr(exc, "winerror", None) in IN_USE or code in (errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)):
        return translate("SyncWords", "Another program is using this file. Close it there, then try again.")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate(
            "SyncWords", "This drive or folder cannot be written (read-only or no permission). Choose another one."
        )
    if code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return translate("SyncWords", "The drive was removed or cannot be read. Put it back and try again.")
    if code == errno.ENAMETOOLONG:
        return translate(
            "SyncWords",
            "The name of the file or of its folders is too long. Choose a folder nearer the top of the drive.",
        )
    if code in (errno.EISDIR, errno.ENOTDIR, errno.EEXIST):
        return translate(
            "SyncWords", "A folder or file of the same name is in the way. Choose another name or another folder."
        )
    log_failure("a file could not be written or read", exc)  # (the system's words, for IT staff)
    return translate(
        "SyncWords",
        "The file could not be written or read. Try another drive or folder; if it happens again, save the "
        "diagnostics (Help > Save diagnostics for support) and give them to IT staff.",
    )
