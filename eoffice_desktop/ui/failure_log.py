"""A failure that is not a refusal, told to the clerk in a sentence of the window's own: its technical reason goes
to the log for IT staff (`core_messages.not_done`, `drive_words.file_error`)."""

from __future__ import annotations

import errno
import logging

log = logging.getLogger("eoffice.ui")


def log_failure(what: str, exc: BaseException) -> None:
    """A failure that is not a refusal, told to the clerk in a sentence of the window's own: its technical reason goes
    to the log for IT staff. A file's error by its code and the system's words, not by the file's name (it may say
    what a letter is about); any other by its first line, not the values it was given (a bug's traceback is logged
    where the work ran: ui/tasks.py)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        reason = f"{errno.errorcode.get(exc.errno, exc.errno)} {exc.strerror}"
    else:
        reason = str(exc).partition("\n")[0]
    log.warning("%s: %s: %s", what, type(exc).__name__, reason)
