"""The sync indicator in the status bar: online or not, the last good sync, what waits to go out (changes, files and
MB), what is downloading with a progress bar in bytes, plain-language errors, "Sync now" and the refused items."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.numbers import file_size
from eoffice_desktop.ui.sync_words import ago, error_message, long_term_words, phase_text, scan_text_words
from eoffice_desktop.ui.sync_worker import SyncWorker
from eoffice_desktop.ui.tasks import TaskRunner
from sync.client.engine import SyncProgress, SyncReport
from sync.client.status import LocalSyncStatus, local_status

COLOURS = {"ok": "#1e7d32", "busy": "#1565c0", "waiting": "#c77700", "bad": "#b00020", "off": "#777777"}


class SyncIndicator(QWidget):
    def __init__(self, store: OfficeStore, worker: SyncWorker, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.worker, self.runner = store, worker, runner
        self.status = LocalSyncStatus()
        self.dot = QLabel("●")
        self.state = QLabel()
        self.detail = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(140)
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.sync_button = QToolButton()
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.clicked.connect(self._sync_clicked)
        self.big_button = QToolButton()
        self.big_button.setText(self.tr("Send big attachments now"))
        self.big_button.clicked.connect(worker.send_big_files)
        self.big_button.hide()
        self.problems_button = QToolButton()
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.dot, self.state, self.detail, self.bar, self.big_button, self.problems_button):
            layout.addWidget(widget)
        layout.addWidget(self.sync_button)
        self.error_text = ""
        self.note_text = ""  # something to tell after a good sync (signatures not taken to B-LT yet)
        worker.started.connect(self._started)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        worker.online_changed.connect(lambda _online: self._show())
        self._clock = QTimer(self, interval=60_000, timeout=self.refresh)  # keeps "N minutes ago" true
        self._clock.start()
        self.refresh()

    # -- reading the local state (off the GUI thread) --------------------------------------------------------
    def refresh(self) -> None:
        store = self.store
        self.runner.run(lambda job: local_status(store), self._status_read)

    def _status_read(self, status: LocalSyncStatus) -> None:
        self.status = status
        self._show()

    # -- showing it ------------------------------------------------------------------------------------------
    def _set_state(self, colour: str, text: str) -> None:
        self.dot.setStyleSheet(f"color: {COLOURS[colour]};")
        self.state.setText(text)

    def _show(self) -> None:
        s = self.status
        if not s.enrolled:  # an office working on its own: nothing is wrong, and nothing "waits" to go out
            self._set_state("off", self.tr("Works on this PC only"))
            self.state.setToolTip(
                self.tr(
                    "This PC is not connected to a server, and needs none to work. Letters are kept on this PC "
                    "(and in its backups). If IT connects it to a server one day, it sends them then."
                )
            )
            self.detail.setText("")
            self.sync_button.setEnabled(False)
            self.big_button.hide()
            self._show_problems()
            return
        self.state.setToolTip("")
        self.sync_button.setEnabled(not self.worker.running)
        if self.worker.running:
            self._set_state("busy", self.tr("Syncing…"))
        elif self.error_text and self.worker.online is not False:
            self._set_state("bad", self.tr("Needs attention"))
        elif self.worker.online is False:
            self._set_state("off", self.tr("Offline"))
        elif s.nothing_waiting:
            self._set_state("ok", self.tr("Up to date"))
        else:
            self._set_state("waiting", self.tr("Waiting to send"))
        parts = [self.tr("Last synced {when}").format(when=ago(s.last_success))]
        waiting = self._waiting_text()
        if waiting:
            parts.append(waiting)
        if s.files_to_fetch:
            parts.append(
                self.tr("{count} files to download ({size})").format(
                    count=s.files_to_fetch, size=file_size(s.bytes_to_fetch)
                )
            )
        if s.held_events:
            parts.append(
                self.tr("{count} changes made with a newer eOffice are kept until eOffice is updated here").format(
                    count=s.held_events
                )
            )
        if self.error_text:
            parts.append(self.error_text)
        if self.note_text:
            parts.append(self.note_text)
        if not self.worker.running:
            self.detail.setText(" · ".join(parts))
        self.detail.setToolTip("\n".join(parts))
        self.big_button.setVisible(s.files_held > 0 and not self.worker.running)
        self.big_button.setToolTip(
            self.tr("{count} big attachments ({size}) wait for a cheaper link.").format(
                count=s.files_held, size=file_size(s.bytes_held)
            )
        )
        self._show_problems()

    def _waiting_text(self) -> str:
        s = self.status
        if s.nothing_waiting:
            return ""
        files = s.files_waiting + s.files_held
        if not files:
            return self.tr("{changes} changes waiting to go out").format(changes=s.changes_waiting)
        return self.tr("{changes} changes and {files} attachments ({size}) waiting to go out").format(
            changes=s.changes_waiting, files=files, size=file_size(s.bytes_waiting + s.bytes_held)
        )

    def _show_problems(self) -> None:
        count = len(self.status.refusals)
        self.problems_button.setVisible(count > 0)
        self.problems_button.setText(self.tr("Refused: {count}").format(count=count))

    # -- following the worker --------------------------------------------------------------------------------
    def _sync_clicked(self) -> None:
        self.worker.sync_now()

    def _started(self) -> None:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.detail.setText(self.tr("Connecting to the server…"))
        self._show()

    def _progress(self, progress: SyncProgress) -> None:
        if progress.phase in ("upload", "download") and progress.total:
            # bytes can pass 2 GB in a long download: the bar counts kilobytes
            self.bar.setRange(0, max(1, progress.total // 1024))
            self.bar.setValue(min(progress.done, progress.total) // 1024)
            self.bar.setFormat(f"{file_size(progress.done)} / {file_size(progress.total)}")
            self.detail.setText(phase_text(progress.phase))
        else:
            self.bar.setRange(0, 0)
            self.detail.setText(
                self.tr("{phase}: {count}").format(phase=phase_text(progress.phase), count=progress.done)
            )

    def _finished(self, report: SyncReport) -> None:
        self.bar.hide()
        self.error_text = ""
        notes = (long_term_words(report.long_term_problem), scan_text_words(report.scan_text_problem))
        self.note_text = " ".join(n for n in notes if n)  # told, but the sync itself went well
        self._show()
        self.refresh()

    def _cancelled(self) -> None:
        self.bar.hide()
        self._show()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.bar.hide()
        self.error_text = error_message(exc)
        self._show()
        self.refresh()

    def show_problems(self) -> None:
        from eoffice_desktop.ui.sync_problems import SyncProblemsDialog

        SyncProblemsDialog(self.status.refusals, self).exec()
