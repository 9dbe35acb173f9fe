"""Send an incoming letter on to other offices (a province passing a ministry's letter to its districts): tick the
offices of the address book that use eOffice; a new outgoing letter with the same scans goes to them and keeps the
letter's tracking code, so the first sender can follow it to the end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from eoffice_desktop.core.models import Letter, Organisation
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.widgets import ErrorLabel


class ForwardDialog(QDialog):
    def __init__(self, store: OfficeStore, letter: Letter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send letter {number} on to other offices").format(number=letter.registry_number))
        own = store.office_id
        with store.db.session() as s:
            offices = list(
                s.scalars(
                    select(Organisation)
                    .where(Organisation.office_id.is_not(None), Organisation.office_id != own)
                    .order_by(Organisation.name_lo)
                )
            )
        intro = QLabel(
            self.tr(
                "Tick the offices to send this letter to. They receive it with its scans through the server (or USB), "
                "and the office that sent it to you sees where it went."
            )
        )
        intro.setWordWrap(True)
        self.offices = QListWidget()
        for org in offices:
            item = QListWidgetItem(org.name_lo)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            self.offices.addItem(item)
        self.summary = QPlainTextEdit(letter.summary)
        self.summary.setFixedHeight(70)
        self.summary.setPlaceholderText(self.tr("Summary for them (optional)"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send on"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.offices, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if not offices:
            self.error.show_error(
                self.tr("No office of the address book uses eOffice yet. Send the letter on paper, as before.")
            )

    def recipients(self) -> list[str]:
        return [
            str(self.offices.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.offices.count())
            if self.offices.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _accept(self) -> None:
        if not self.recipients():
            self.error.show_error(self.tr("Tick at least one office."))
            return
        self.accept()
