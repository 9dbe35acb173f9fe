"""Export a register for a date range as CSV (UTF-8 with BOM for spreadsheet programs), in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.export import export_csv
from eoffice_desktop.core.registry.register_query import RegisterFilter
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.export_words import export_words
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import DateField, ErrorLabel


class ExportDialog(QDialog):
    def __init__(
        self,
        store: OfficeStore,
        runner: TaskRunner,
        direction: str,
        parent: QWidget | None = None,
        user_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.user_id = store, runner, user_id
        self.setWindowTitle(self.tr("Export the register"))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Incoming letters"), "in")
        self.direction.addItem(self.tr("Outgoing letters"), "out")
        self.direction.setCurrentIndex(0 if direction == "in" else 1)
        self.date_from = DateField(optional=True)
        self.date_from.set_date(date(date.today().year, 1, 1))
        self.date_to = DateField(optional=True)
        self.date_to.set_date(date.today())
        self.error = ErrorLabel()
        self.note = QLabel(self.tr("The file opens in Excel or LibreOffice with Lao text shown correctly."))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Register"), self.direction)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _export(self) -> None:
        try:
            first, last = self.date_from.value(), self.date_to.value()
        except ValueError:
            self.error.show_error(self.tr("Write the dates as day/month/year."))
            return
        direction = self.direction.currentData()
        name = f"register-{direction}-{first or 'start'}-{last or 'end'}.csv"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the register as"), name, "CSV (*.csv)")
        if not target:
            return
        self.buttons.setEnabled(False)
        f = RegisterFilter(direction=direction, date_from=first, date_to=last)
        words = export_words()  # (read here, on the GUI thread, in the window's language)

        def work(job: object) -> int:
            with self.store.db.session() as s:
                return export_csv(s, Path(target), f, by=self.user_id, words=words)

        self.runner.run(work, self._done, self._failed)

    def _done(self, count: int) -> None:
        QMessageBox.information(self, self.tr("Exported"), self.tr("{count} letters exported.").format(count=count))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        not_saved = self.tr("The register was not saved as a file. {reason}")
        self.error.show_error(
            core_messages.refused_or(
                exc,
                "the register was not exported",
                not_saved.format(reason=self.tr("Try again; if it happens again, ask IT staff.")),
                drive=not_saved,  # (a full or read-only drive, a USB stick taken out: in words)
            )
        )
