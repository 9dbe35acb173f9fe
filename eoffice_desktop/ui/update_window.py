"""The small window shown while eOffice checks, copies or updates an office's data at opening (made by
ui/update_progress.py at the first stage that takes time): the stage and its progress, the advice to leave the
computer on, and a Cancel that stops it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.storage.opening_progress import CHECKING, COPYING, SAVING, OpeningProgress, Step

_FINE = 1000  # bar units per stage part (a copy, one revision)
_WIDTH = 480  # the window's, whatever its lines say (a width that follows the text would jump at each step)
_GB = 1000**3
_MB = 1000**2


# A title and a close button, which asks as Cancel does: nothing to minimise or make larger while the data changes.
WINDOW_FLAGS = (
    Qt.WindowType.Dialog
    | Qt.WindowType.CustomizeWindowHint
    | Qt.WindowType.WindowTitleHint
    | Qt.WindowType.WindowCloseButtonHint
)


class UpdateWindow(QDialog):
    """Not the main window: it blocks nothing but itself, and Cancel (or Esc, or closing it) asks first."""

    def __init__(self, opening: OpeningProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opening = opening
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # (a first-start window behind it waits too)
        self.setWindowFlags(WINDOW_FLAGS)
        self.setWindowTitle(self.tr("Updating eOffice"))
        self.stage = QLabel(self.tr("Checking the office's data…"))
        self.stage.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.advice = QLabel(self.tr("Do not switch off the computer."))
        self.advice.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.advice)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignRight)
        # Not resizable: its size follows its lines. Openbox ignores the flags' missing minimise and maximise buttons
        # (it lets every dialog be minimised); a window of fixed size is one it does not let be maximised or resized.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        margins = layout.contentsMargins()
        for line in (self.stage, self.advice):
            line.setFixedWidth(_WIDTH - margins.left() - margins.right())
        self.question: QMessageBox | None = None
        self._done = False

    def show_step(self, step: Step) -> None:
        if self.opening.stopped:
            return  # ("Stopping the update…" stays until the opening ends)
        # (SQLite's check cannot be stopped, it only reads; the update's commit is not stopped once it has begun)
        self.cancel.setEnabled(step.stage not in (CHECKING, SAVING))
        if step.stage == CHECKING:
            self.stage.setText(self.tr("Checking the office's data…"))
            self.bar.setRange(0, 0)  # (as long as it takes: SQLite does not say how far its check is)
        elif step.stage == SAVING:
            if self.question is not None:  # (asked too late: the update is being saved)
                self.question.done(0)
            self.stage.setText(self.tr("Saving the changes…"))
            self.bar.setRange(0, 0)  # (SQLite does not say how far its commit is: not a full bar that waits)
        elif step.stage == COPYING:
            self.stage.setText(self._copying(step.done, step.total))
            self.bar.setRange(0, _FINE)
            self.bar.setValue(_part(step.done, step.total))
        else:
            shown = min(step.step + 1, step.steps)
            self.stage.setText(
                self.tr("Updating the office's data (step {step} of {steps})…").format(step=shown, steps=step.steps)
            )
            self.bar.setRange(0, step.steps * _FINE)
            self.bar.setValue(step.step * _FINE + _part(step.done, step.total))

    def _copying(self, done: int, total: int) -> str:
        if total >= _GB:
            return self.tr("Keeping a copy of the data before the update ({done} of {total} GB)…").format(
                done=f"{done / _GB:.1f}", total=f"{total / _GB:.1f}"
            )
        return self.tr("Keeping a copy of the data before the update ({done} of {total} MB)…").format(
            done=f"{done / _MB:.0f}", total=f"{max(total, 1) / _MB:.0f}"
        )

    def reject(self) -> None:
        """Cancel, Esc: asked first (the update may be nearly done); the answer comes without a nested event loop."""
        if self._done or self.opening.stopped or self.question is not None or not self.cancel.isEnabled():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stop the update?"), "", parent=self)
        box.setText(self.tr("Stop the update? eOffice will close and nothing will be changed."))
        stop = box.addButton(self.tr("Stop the update"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Go on with the update"), QMessageBox.ButtonRole.RejectRole))
        stop.clicked.connect(self._stop)
        box.finished.connect(self._answered)
        self.question = box
        box.open()

    def _answered(self, _result: int) -> None:
        self.question = None

    def _stop(self) -> None:
        if not self._done and self.opening.stop():  # (False once the update is being saved: its step comes next)
            self.stage.setText(self.tr("Stopping the update…"))
            self.bar.setRange(0, 0)
            self.cancel.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done:
            event.accept()
            return
        event.ignore()
        self.reject()

    def finish(self) -> None:
        """The opening has ended: the question, if still open, and the window go."""
        self._done = True
        if self.question is not None:
            self.question.done(0)
        self.close()


def _part(done: int, total: int) -> int:
    return min(_FINE, done * _FINE // total) if total > 0 else 0
