"""The changes the server refused, each with its reason: nothing is hidden or deleted, and IT can act on them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from eoffice_desktop.ui.sync_words import refusal_reason
from sync.client.status import Refusal


class SyncProblemsDialog(QDialog):
    def __init__(self, refusals: list[Refusal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes the server refused"))
        note = QLabel(
            self.tr(
                "These changes stay on this PC but the server did not accept them. Show this list to IT staff; "
                "the rest of the work keeps flowing."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(refusals), 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Letter"), self.tr("Reason")])
        for row, refusal in enumerate(refusals):
            letter = refusal.letter or refusal.letter_id or "—"
            values = (refusal.at.strftime("%d/%m/%Y %H:%M"), letter, refusal_reason(refusal.code, refusal.message))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{refusal.code}: {refusal.message}")  # the server's own words, for IT staff
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # a reason is a sentence or two: shown whole, on several lines
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)
