"""Saving a file where the person chose (a copy of an attachment, a printout as PDF) on a worker, never on the GUI
thread: a big scan onto a slow USB stick takes seconds. A small window says so when it takes a while, and a failure
(a full drive, a read-only stick, one pulled out) is said in one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.tasks import Job, TaskRunner


def why_not_saved(exc: BaseException) -> str:
    """What went wrong, in the words of the drive (full, read-only, removed) or of the core's refusal; any other error
    is said in one sentence of the window's language (its reason goes to the log), never in the system's English."""
    return core_messages.not_done(exc)


def save_in_background(
    runner: TaskRunner,
    work: Callable[[], Any],
    parent: QWidget | None,
    title: str,
    busy: str,
    failed: str,
    on_end: Callable[[], None] | None = None,
) -> Job:
    """Run `work` (it writes the file) on the reader pool, not the writer thread: a slow stick must not hold up the
    office's changes. `busy` shows after 300 ms; `failed` is the sentence on failure, with `{reason}` in it;
    `on_end` runs when the work ends either way, before any message."""
    progress = QProgressDialog(busy, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)  # (a half-written file is never left: nothing to cancel)
    progress.setMinimumDuration(300)
    progress.setWindowModality(Qt.WindowModality.WindowModal)

    def finish(_result: Any = None) -> None:
        if isValid(progress):  # (the window that asked may have been closed meanwhile)
            progress.reset()
            progress.deleteLater()
        if on_end is not None and (parent is None or isValid(parent)):
            on_end()

    def refused(exc: BaseException) -> None:
        finish()
        owner = parent if parent is not None and isValid(parent) else None
        QMessageBox.warning(owner, title, failed.replace("{reason}", why_not_saved(exc)))

    return runner.run(lambda _job: work(), finish, refused, write=False)
