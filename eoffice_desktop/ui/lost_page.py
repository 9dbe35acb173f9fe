"""The "Not registered by the other office" list (lost-letter watch): letters this office sent to other offices
through the server that were not registered there within the working days the office allows, oldest first, with
what to do about them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.journey.policy import sharing_policy
from eoffice_desktop.core.journey.timeline import LostLetter, lost_letters
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.tasks import TaskRunner


class LostPage(QWidget):
    letter_chosen = Signal(object)  # the letter's id, or None

    def __init__(self, store: OfficeStore, office_id: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.office_id, self.runner = store, office_id, runner
        self.rows: list[LostLetter] = []
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("background:#fde7e9; color:#8a1020; padding:6px; border:1px solid #e8a0a8;")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("To"), self.tr("Sent on"), self.tr("Subject")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(lambda: self.letter_chosen.emit(self.selected()))
        self.empty = QLabel(self.tr("Every letter sent to another office was registered there in time."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def reload(self) -> None:
        store, office_id = self.store, self.office_id

        def read(_job: object) -> tuple[int, list[LostLetter]]:
            with store.db.session() as s:
                return sharing_policy(s).lost_after_days, lost_letters(s, office_id, date.today())

        self.runner.run(read, self._show)

    def _show(self, found: tuple[int, list[LostLetter]]) -> None:
        days, rows = found
        self.rows = rows
        self.advice.setText(
            self.tr(
                "These letters went to other offices through the server, but those offices have not registered them "
                "after {days} working days. Call the office to ask whether it arrived. If not, sync again or save it "
                "for USB and send it once more, or print it and send it on paper."
            ).format(days=days)
        )
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (row.registry_number, row.office_name, labels.short_date(row.sent_on), row.subject)
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.setColumnWidth(1, 240)  # the office's name: whom to call
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.advice.setVisible(bool(rows))

    def selected(self) -> str | None:
        found = self.table.selectionModel().selectedRows()
        if not found or found[0].row() >= len(self.rows):
            return None
        return self.rows[found[0].row()].letter_id
