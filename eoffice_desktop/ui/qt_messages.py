"""Qt's own messages go to the app's log; a fatal one (Qt aborts the process right after it) goes into the crash
report first, ahead of the traceback faulthandler writes (core/support/crashes.py)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from eoffice_desktop.core.support.crashes import CrashLog

log = logging.getLogger("eoffice.qt")


def install_qt_messages(crash_log: CrashLog) -> None:
    """Qt's messages into the log; a fatal one (Qt aborts right after) into the crash report first."""

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            crash_log.note_fatal(f"Qt: {message}")
        elif kind == QtMsgType.QtCriticalMsg:
            log.warning("Qt: %s", message)
        else:
            log.debug("Qt: %s", message)
        if kind != QtMsgType.QtDebugMsg and sys.__stderr__ is not None:
            print(message, file=sys.__stderr__, flush=True)  # as Qt itself would

    qInstallMessageHandler(handler)
