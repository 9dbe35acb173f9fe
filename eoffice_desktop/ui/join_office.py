"""Joining an office that already works with the central server, from the first-run window: enrol this PC, then
receive the office's people and letters in a first sync (with progress, cancellable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.enrol_dialog import EnrolDialog
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.tasks import Job, TaskRunner
from sync.client.engine import SyncProgress
from sync.client.session import is_enrolled, sync_once


def enrol(parent: QWidget, store: OfficeStore, runner: TaskRunner) -> bool:
    """IT staff's server address and one-time code (skipped when this PC is already enrolled)."""
    if is_enrolled(store):
        return True
    dialog = EnrolDialog(store, runner, parent)
    return bool(dialog.exec()) and dialog.enrolled is not None


def receive_office(parent: QWidget, store: OfficeStore, runner: TaskRunner) -> str | None:
    """The first sync, behind a progress window. Returns None when it worked, else what to tell the user
    (nothing is lost: the PC stays enrolled and the next try continues where this one stopped)."""
    progress = QProgressDialog(
        QCoreApplication.translate("JoinOffice", "Receiving the office's people and letters from the server…"),
        QCoreApplication.translate("JoinOffice", "Stop"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("JoinOffice", "Joining the office"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumDuration(0)
    failures: list[BaseException] = []
    stopped: list[bool] = []
    loop = QEventLoop()

    def work(job: Job) -> object:
        def report(step: SyncProgress) -> None:
            job.signals.progress.emit(step.done, max(step.total, 1))

        return sync_once(store, progress=report, cancelled=lambda: job.cancelled)

    def shown(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(min(done, total))

    job = runner.run(
        work,
        lambda _report: loop.quit(),
        lambda exc: (failures.append(exc), loop.quit()),
        on_progress=shown,
    )
    progress.canceled.connect(lambda: (stopped.append(True), job.cancel()))
    progress.show()
    loop.exec()  # ends only when the work has ended (also after Stop), so no late signal finds the window gone
    progress.canceled.disconnect()
    progress.close()
    progress.deleteLater()
    if stopped:
        return QCoreApplication.translate(
            "JoinOffice", "Stopped. Press the button again to continue receiving the office's data."
        )
    if failures:
        return error_message(failures[0])
    return None
