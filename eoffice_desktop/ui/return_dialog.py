"""Returning another office's letter to it: the small window that asks the clerk why (a letter sent to the wrong
office, or one this office will not take), then sends it back on the writer thread (core/journey/returns.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.returns import MAX_REASON, return_to_sender
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.widgets import ErrorLabel


class ReturnDialog(QDialog):
    """`returned` (the letter's id) once the letter is sent back; on a refusal the window stays open and says why."""

    returned = Signal(str)

    def __init__(
        self, ops: Ops, actor: Actor, letter_id: str, sender: str, subject: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops, self.actor, self.letter_id, self.sender = ops, actor, letter_id, sender
        self.setWindowTitle(self.tr("Return to sender"))
        office = sender or self.tr("the office that sent it")
        about = QLabel(
            self.tr(
                "“{subject}” goes back to {office}. Use this when the letter was sent to this office by mistake, "
                "or this office will not take it. {office} sees that it came back, and why."
            ).format(subject=subject, office=office)
        )
        about.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. sent to the wrong office; this is not our work"))
        self.reason.setAccessibleName(self.tr("Why it goes back"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Send it back"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Why does it go back?")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 220)

    def _send(self) -> None:
        if not self.ok.isEnabled():
            return  # (Enter while the reason is still empty)
        store, actor, letter_id, reason = self.ops.store, self.actor, self.letter_id, self.reason.text()
        self.error.show_error("")
        self.ok.setEnabled(False)
        self.reason.setEnabled(False)
        self.ops.change(lambda _office: return_to_sender(store, actor, letter_id, reason), self._done, self._failed)

    def _done(self, _changes: Changes) -> None:
        self.returned.emit(self.letter_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.reason.setEnabled(True)
        self.ok.setEnabled(bool(self.reason.text().strip()))
        self.error.show_error(
            core_messages.refused_or(
                exc,
                "a letter was not returned to its sender",
                self.tr(
                    "Not sent back, because of a problem on this PC. Try again; if it happens again, ask IT staff."
                ),
            )
        )
