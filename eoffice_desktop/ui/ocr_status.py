"""The scan reader in the window: starts the background OCR worker when it is on, shows "Reading scans: 3 of 12
pages" in the status bar with a pause button, and offers once to read the scans stored before OCR arrived."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.worker import OcrWorker
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.ops import Ops


class OcrStatus(QWidget):
    """Status-bar part: progress of the reading and its pause/resume button; hidden while nothing is read."""

    progressed = Signal(object)  # ocr_store.Progress, from the worker thread
    unavailable = Signal(str)

    def __init__(self, store: OfficeStore, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ops = ops or Ops.of(store, parent=self)
        self.worker = worker = OcrWorker(store, on_progress=self.progressed.emit, on_unavailable=self.unavailable.emit)
        self.destroyed.connect(lambda *_: worker.stop(timeout=0))  # a window dropped without closing ends it too
        self.label = QLabel()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setFlat(True)
        self.pause_button.clicked.connect(self.toggle_pause)
        # Short, in the status bar beside the sync state (the whole sentence cut the sync button off at 1366 wide).
        self.offer = QLabel(self.tr("Read the older scans for search?"))
        self.offer.setToolTip(self.tr("Scans stored earlier can be read so that search finds their words."))
        self.read_old = QPushButton(self.tr("Read them"))
        self.leave_old = QPushButton(self.tr("Not now"))
        self.read_old.clicked.connect(lambda: self.answer_offer(True))
        self.leave_old.clicked.connect(lambda: self.answer_offer(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.offer, self.read_old, self.leave_old, self.label, self.pause_button):
            layout.addWidget(widget)
        self.progressed.connect(self._show)
        self.unavailable.connect(self._missing)
        self._show_offer(False)
        self._show(ocr_store.Progress(0, 0, 0))

    def start(self) -> bool:
        """Start reading if OCR is on for this office (and ask once about the scans stored earlier)."""
        self._show_offer(self.ops.change_and_wait(lambda office: office.begin_reading_scans()))
        return self.worker.start()

    def apply_setting(self) -> None:
        """After the settings changed: start the worker, or stop it and hide the progress if OCR was turned off."""
        if not self.start():
            self.worker.stop(timeout=0)
            self._show_offer(False)
            self._show(ocr_store.Progress(0, 0, 0))

    def wake(self) -> None:
        """A scan was attached or arrived: read it now rather than at the next look."""
        if self.worker.alive:
            self.worker.wake()

    def stop(self) -> None:
        self.worker.stop(timeout=0)  # the page being read is read again next time

    def toggle_pause(self) -> None:
        if self.worker.paused:
            self.worker.resume()
            self.pause_button.setText(self.tr("Pause"))
        else:
            self.worker.pause()
            self.pause_button.setText(self.tr("Go on"))
        self._show(self.worker.reader.progress())

    def answer_offer(self, read: bool) -> None:
        self._show_offer(False)
        self.ops.change(lambda office: office.answer_old_scans(read), lambda _changes: self.wake())

    def _show_offer(self, visible: bool) -> None:
        for widget in (self.offer, self.read_old, self.leave_old):
            widget.setVisible(visible)

    def _show(self, progress: ocr_store.Progress) -> None:
        busy = not progress.idle and self.worker.alive
        if busy:
            words = self.tr("Reading scans: {done} of {total} pages").format(done=progress.done, total=progress.total)
            self.label.setText(words + (" " + self.tr("(paused)") if self.worker.paused else ""))
        self.label.setVisible(busy)
        self.pause_button.setVisible(busy)

    def _missing(self, message: str) -> None:
        self.label.setText(self.tr("Scans are not read: the text reader is not installed on this PC."))
        self.label.setToolTip(message)
        self.label.setVisible(True)
        self.pause_button.setVisible(False)
