"""Back up the office to a folder or a USB drive, and see when the last automatic backup was made."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import NotAllowed
from eoffice_desktop.core.people.rights import require
from eoffice_desktop.core.storage.backup import (
    BackupCancelled,
    BackupDriveFull,
    BackupError,
    Snapshot,
    list_snapshots,
    make_backup,
)
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel


def _when(moment: datetime) -> str:
    return f"{labels.long_date(moment.date())} {moment:%H:%M}"


class BackupDialog(QDialog):
    """One button: choose the folder (a USB drive), watch the progress, cancel if needed, read where it went."""

    def __init__(
        self, store: OfficeStore, runner: TaskRunner, parent: QWidget | None = None, user_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.user_id = store, runner, user_id
        self.job: Job | None = None
        self.snapshot: Snapshot | None = None
        self.setWindowTitle(self.tr("Back up the office"))
        self.last = QLabel()
        self.last.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "eOffice backs up by itself every day into its data folder. Keep another copy away from this PC: "
                "plug in a USB drive and choose it below. Later backups to the same drive only add what changed."
            )
        )
        explain.setWordWrap(True)
        self.start = QPushButton(self.tr("Back up to a folder or USB drive…"))
        self.start.clicked.connect(self.choose_and_back_up)
        self.progress = QProgressBar()
        self.progress.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.last, explain, self.start, self.progress, self.result, self.error, self.buttons):
            layout.addWidget(widget)
        self.resize(560, 280)
        self._show_last()

    def _show_last(self) -> None:
        snapshots = list_snapshots(self.store.data_dir.backups / "auto")
        if snapshots:
            newest = max(snapshots, key=lambda s: s.created)
            self.last.setText(
                self.tr("Last automatic backup: {when} ({letters} letters).").format(
                    when=_when(newest.created), letters=newest.letters
                )
            )
        else:
            self.last.setText(self.tr("No automatic backup yet: it is made a few seconds after eOffice starts."))

    def choose_and_back_up(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where should the backup go?"))
        if folder:
            self.back_up(Path(folder))

    def back_up(self, target: Path) -> None:
        """Back up into `target/eOffice-backups` in a worker; the button turns into Cancel meanwhile."""
        root = target / "eOffice-backups"
        data_dir = self.store.data_dir
        self.error.show_error("")
        self.result.setText(self.tr("Backing up to {folder}…").format(folder=root))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.start.setText(self.tr("Stop the backup"))
        self.start.clicked.disconnect()
        self.start.clicked.connect(self.cancel)

        def work(job: Job) -> Snapshot:
            if self.user_id is not None:
                with self.store.db.session() as s:
                    require(s, self.user_id, "backup")
            return make_backup(
                data_dir,
                root,
                "manual",
                progress=lambda done, total: job.signals.progress.emit(done, total),
                cancelled=lambda: job.cancelled,
            )

        self.job = self.runner.run(work, self._done, self._failed, on_progress=self._progress)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.start.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.start.setEnabled(True)
        self.start.setText(self.tr("Back up to a folder or USB drive…"))
        self.start.clicked.disconnect()
        self.start.clicked.connect(self.choose_and_back_up)

    def _done(self, snapshot: Snapshot) -> None:
        self._finish()
        self.snapshot = snapshot
        self.result.setText(
            self.tr(
                "Backup done: {letters} letters and {files} attachments in {folder}. "
                "IT staff restore it with: eoffice restore"
            ).format(letters=snapshot.letters, files=len(snapshot.blobs), folder=snapshot.path)
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.result.setText("")
        if isinstance(exc, BackupCancelled):
            self.error.show_error(self.tr("The backup was stopped. Nothing was left half-written on the drive."))
        elif isinstance(exc, BackupDriveFull):
            self.error.show_error(
                self.tr(
                    "The drive is full, so the backup was not made (nothing of it was left there). "
                    "Free some space on it, or use another drive."
                )
            )
        elif isinstance(exc, (BackupError, NotAllowed)):  # (each says what happened and what to do)
            self.error.show_error(core_messages.text(exc))
        else:
            core_messages.log_failure("the backup failed", exc)
            self.error.show_error(
                self.tr(
                    "The backup was not made. Check that the drive is still plugged in and has free space, then "
                    "try again; if it happens again, ask IT staff."
                )
            )

    def reject(self) -> None:
        if self.job is not None:  # closing the window stops the backup; the worker cleans up after itself
            self.job.cancel()
            self.runner.wait()
        super().reject()
