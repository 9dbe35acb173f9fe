"""The table of letters waiting for me (or sent by me and still open): most urgent first, overdue in red."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from eoffice_desktop.ui import labels

if TYPE_CHECKING:
    from eoffice_desktop.core.routing.inbox import InboxRow

Index = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[InboxRow] = []
        self.today = date.today()

    def set_rows(self, rows: list[InboxRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = date.today()
        self.endResetModel()

    def row_at(self, row: int) -> InboxRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, letter_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.letter_id == letter_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("No."),
            self.tr("Subject"),
            self.tr("Action"),
            self.tr("From"),
            self.tr("Sent"),
            self.tr("Due"),
            self.tr("Now with"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                labels.number_of_year(row.registry_number, row.registry_year or self.today.year, self.today.year),
                row.subject,
                labels.action(row.action) + ("" if row.acknowledged else " • " + self.tr("new")),
                row.from_name,
                row.sent_at.strftime("%d/%m/%Y"),
                labels.short_date(row.due_date),
                row.holders,
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            return row.minute or row.subject
        if role == Qt.ItemDataRole.FontRole and not row.acknowledged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and column == 5:
                return QBrush(QColor("#b00020"))
            if column == 0 and row.urgency != "normal":
                return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.UserRole:
            return row.letter_id
        return None
