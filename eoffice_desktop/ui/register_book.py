"""Print the register book for a period, in the layout of the paper register (to a printer or a PDF file)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.core.registry.register_query import RegisterFilter, count_letters, fetch_page
from eoffice_desktop.ui.printing import print_document, register_book
from eoffice_desktop.ui.widgets import DateField, ErrorLabel


class RegisterBookDialog(QDialog):
    def __init__(self, store: OfficeStore, viewer: Viewer, direction: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.viewer = store, viewer
        self.setWindowTitle(self.tr("Print the register book"))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Incoming letters"), "in")
        self.direction.addItem(self.tr("Outgoing letters"), "out")
        self.direction.setCurrentIndex(0 if direction == "in" else 1)
        today = date.today()
        self.first = DateField(optional=True)
        self.first.set_date(date(today.year, today.month, 1))
        self.last = DateField(optional=True)
        self.last.set_date(today)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Register"), self.direction)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print…"))
        buttons.accepted.connect(self._print)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def document(self):  # type: ignore[no-untyped-def]
        first, last = self.first.value(), self.last.value()
        direction = self.direction.currentData()
        f = RegisterFilter(direction=direction, date_from=first, date_to=last)
        with self.store.db.session() as s:
            total = count_letters(s, f, viewer=self.viewer)
            rows = fetch_page(s, f, 0, total, sort="number", descending=False, viewer=self.viewer)
        return register_book(self.store.office(), direction, first, last, rows)

    def _print(self) -> None:
        try:
            document = self.document()
        except ValueError:
            self.error.show_error(self.tr("Write the dates as day/month/year."))
            return
        if print_document(document, self, landscape=True):
            self.accept()
