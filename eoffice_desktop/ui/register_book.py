"""Print the register book for a period, in the layout of the paper register (to a printer or a PDF file)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import Viewer
from eoffice_desktop.core.service import printouts
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.print_preview import PrintPreview
from eoffice_desktop.ui.printing import register_book
from eoffice_desktop.ui.tasks import Job, TaskRunner
from eoffice_desktop.ui.widgets import DateField, ErrorLabel


class RegisterBookDialog(QDialog):
    def __init__(
        self,
        store: OfficeStore,
        viewer: Viewer,
        direction: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.viewer, self.runner = store, viewer, runner
        self.ops = ops or Ops.of(store, runner, parent=self)
        self._reading: Job | None = None  # the period's letters being read; cancelled with the dialog
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
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Print…"))
        buttons.accepted.connect(self._print)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _print(self) -> None:
        """Read the period's letters on the reader pool (a year of a busy register takes a moment), then show the
        pages."""
        try:
            first, last = self.first.value(), self.last.value()
        except ValueError:
            self.error.show_error(self.tr("Write the dates as day/month/year."))
            return
        direction, viewer = self.direction.currentData(), self.viewer
        self.ok.setEnabled(False)
        self._reading = self.ops.query(
            lambda office: office.register_book(viewer, direction, first, last),
            lambda book: self._show(book, direction, first, last),
            self._failed,
        )

    def reject(self) -> None:
        """Cancel while the letters are being read: their answer, when it comes, opens nothing."""
        if self._reading is not None:
            self._reading.cancel()
        super().reject()

    def _show(self, book: printouts.RegisterBook, direction: str, first: date | None, last: date | None) -> None:
        if self._reading is None or self._reading.cancelled:
            return
        document = register_book(book.office, direction, first, last, book.rows)
        title = self.tr("Register book")
        name = f"register-{direction}-{date.today():%Y-%m-%d}.pdf"
        preview = PrintPreview(document, title, name, self.runner, landscape=True, parent=self.parentWidget())
        self.accept()
        preview.exec()

    def _failed(self, exc: BaseException) -> None:
        if self._reading is None or self._reading.cancelled:
            return
        self.ok.setEnabled(True)
        self.error.show_error(core_messages.not_done(exc))
