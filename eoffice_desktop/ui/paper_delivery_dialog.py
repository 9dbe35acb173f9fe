"""Recording that a letter carried on paper was delivered: the small window where the clerk copies from the signed
delivery book the date, who received it, their registry number and a note (core/journey/paper.py, writer thread)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.paper import MAX_NAME, MAX_NOTE, MAX_NUMBER, record_paper_delivery
from eoffice_desktop.core.journey.timeline import OfficeJourney
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.widgets import DateField, ErrorLabel


class PaperDeliveryDialog(QDialog):
    """`recorded` (the letter's id) once saved; on a refusal the window stays open and says why. `offices`: the
    letter's recipients on paper (the Journey's rows); `chosen`: the one whose row the clerk acted on."""

    recorded = Signal(str)

    def __init__(
        self,
        ops: Ops,
        actor: Actor,
        letter_id: str,
        offices: list[OfficeJourney],
        chosen: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.actor, self.letter_id = ops, actor, letter_id
        self.setWindowTitle(self.tr("Delivered on paper"))
        about = QLabel(
            self.tr(
                "Copy from the delivery book that the messenger brought back signed: when the office received the "
                "letter and who signed for it."
            )
        )
        about.setWordWrap(True)
        self.office = QComboBox()
        for office in offices:
            self.office.addItem(office.office_name, office.org_id)
        waiting = [office.org_id for office in offices if not _delivered(office)]
        start = self.office.findData(chosen or (waiting[0] if waiting else ""))
        self.office.setCurrentIndex(max(start, 0))
        self.office.setAccessibleName(self.tr("Office that received it"))
        self.on = DateField(optional=False)  # (the core refuses a day before the registration or in the future)
        self.on.set_date(date.today())
        self.on.edit.setAccessibleName(self.tr("Date received"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Mr Bounmy, village clerk"))
        self.name.setAccessibleName(self.tr("Received by"))
        self.number = QLineEdit()
        self.number.setMaxLength(MAX_NUMBER)
        self.number.setPlaceholderText(self.tr("if they wrote one"))
        self.number.setAccessibleName(self.tr("Their registry number"))
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE)
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("Office:"), self.office)
        form.addRow(self.tr("Date received:"), self.on)
        form.addRow(self.tr("Received by:"), self.name)
        form.addRow(self.tr("Their number:"), self.number)
        form.addRow(self.tr("Note:"), self.note)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save"))
        self.ok.setEnabled(False)
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(540, 300)
        self.name.setFocus()

    def _fields(self) -> list[QWidget]:
        return [self.office, self.on, self.name, self.number, self.note]

    def _save(self) -> None:
        if not self.ok.isEnabled():
            return  # (Enter while the name is still empty)
        store, actor, letter_id = self.ops.store, self.actor, self.letter_id
        org_id = str(self.office.currentData() or "")
        try:
            on = self.on.value()
        except ValueError:
            on = None
        if on is None:
            self.error.show_error(self.tr("Write the date as day/month/year, for example 12/12/2026."))
            self.on.setFocus()
            return
        name, number, note = self.name.text(), self.number.text(), self.note.text()
        self.error.show_error("")
        self.ok.setEnabled(False)
        for field in self._fields():
            field.setEnabled(False)
        self.ops.change(
            lambda _office: record_paper_delivery(store, actor, letter_id, org_id, on, name, number, note),
            self._done,
            self._failed,
        )

    def _done(self, _changes: Changes) -> None:
        self.recorded.emit(self.letter_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        for field in self._fields():
            field.setEnabled(True)
        self.ok.setEnabled(bool(self.name.text().strip()))
        self.ok.setDefault(True)  # (Enter saves again: while it was off, Cancel had become the default)
        self.error.show_error(
            core_messages.refused_or(
                exc,
                "a delivery on paper was not recorded",
                self.tr("Not saved, because of a problem on this PC. Try again; if it happens again, ask IT staff."),
            )
        )


def _delivered(office: OfficeJourney) -> bool:
    step = office.step("paper_delivered")
    return step is not None and step.done
