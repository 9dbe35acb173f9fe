"""The register table: a lazy Qt model that reads pages of rows from SQL as the user scrolls, sorted in SQL.

The same model shows search results: rows then come from a worker (`set_requester`), which answers with `show_page`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from eoffice_desktop.core.registry.register_query import RegisterRow
from eoffice_desktop.ui import labels

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

# (sort key understood by the core, header); the header text is translated in headerData
COLUMNS = [
    ("number", "No."),
    ("date", "Date"),
    ("correspondent", "From / To"),
    ("subject", "Subject"),
    ("urgency", "Urgency"),
    ("status", "Status"),
    ("due", "Reply due"),
]

CountFn = Callable[[], int]
PageFn = Callable[[int, int, str, bool], list[RegisterRow]]
RequestFn = Callable[[int, str, bool], None]  # (offset, sort, descending): ask for a page that arrives later


def _icon(kind: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(kind)


class RegisterModel(QAbstractTableModel):
    def __init__(self, count: CountFn, page: PageFn, parent: Any = None) -> None:
        super().__init__(parent)
        self._count_fn, self._page_fn = count, page
        self._rows: list[RegisterRow] = []
        self._total = 0
        self.sort_key, self.descending = "number", True
        self.today = date.today()
        self._request: RequestFn | None = None
        self._waiting = False

    # -- loading ---------------------------------------------------------------------------------------------
    def set_source(self, count: CountFn, page: PageFn) -> None:
        self._count_fn, self._page_fn = count, page
        self.reload()

    def set_requester(self, request: RequestFn | None) -> None:
        """Rows from a worker instead of the synchronous source (search results); None goes back to the source."""
        self._request, self._waiting = request, False

    def show_page(self, offset: int, rows: list[RegisterRow], complete: bool) -> None:
        """A page the requester asked for has arrived; `complete` means there are no rows after it."""
        self._waiting = False
        total = offset + len(rows) + (0 if complete else 1)  # until the count arrives: "at least one more"
        if offset == 0:
            self.beginResetModel()
            self._rows, self._total = list(rows), total
            self.today = date.today()
            self.endResetModel()
        elif rows and offset == len(self._rows):
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self._total = max(self._total, total) if not complete else total
        elif complete:
            self._total = len(self._rows)

    def set_total(self, total: int) -> None:
        self._total = max(total, len(self._rows))

    def reload(self) -> None:
        if self._request is not None:
            self._waiting = True
            self._request(0, self.sort_key, self.descending)
            return
        self.beginResetModel()
        self._total = self._count_fn()
        self._rows = self._page_fn(0, PAGE, self.sort_key, self.descending) if self._total else []
        self.today = date.today()
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        if self._request is not None:
            if not self._waiting:
                self._waiting = True
                self._request(len(self._rows), self.sort_key, self.descending)
            return
        more = self._page_fn(len(self._rows), PAGE, self.sort_key, self.descending)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # No column: the search's own order, newest first (instant at any size); the register's is by number.
        self.sort_key = COLUMNS[column][0] if column >= 0 else ("recent" if self._request else "number")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> RegisterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, letter_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == letter_id), -1)

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("No."),
            self.tr("Date"),
            self.tr("From / To"),
            self.tr("Subject"),
            self.tr("Urgency"),
            self.tr("Status"),
            self.tr("Reply due"),
        ]
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("subject", "correspondent"):
            if column == "subject" and getattr(row, "in_scan", False):
                return self._text(row, column) + "\n" + self.tr("Found in the text read from its scan.")
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == "subject":
            if row.confidentiality != "normal":
                return _icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if getattr(row, "in_scan", False):
                return _icon(QStyle.StandardPixmap.SP_FileDialogContentsView)
            if row.attachment_count:
                return _icon(QStyle.StandardPixmap.SP_FileIcon)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row.status == "void":
                font.setStrikeOut(True)
            if row.provisional and column == "number":
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "void":
                return QBrush(QColor("#888888"))
            if column == "urgency" and row.urgency != "normal":
                return QBrush(QColor("#b00020"))
            if column == "due" and self._overdue(row):
                return QBrush(QColor("#b00020"))
        return None

    def _overdue(self, row: RegisterRow) -> bool:
        return row.reply_due is not None and row.reply_due < self.today and row.status not in ("completed", "void")

    def _text(self, row: RegisterRow, column: str) -> str:
        if column == "number":
            number = labels.number_of_year(row.registry_number, row.register_date.year, self.today.year)
            return number + ("  " + self.tr("(provisional)") if row.provisional else "")
        if column == "date":
            return labels.short_date(row.register_date)
        if column == "correspondent":
            return row.correspondent
        if column == "subject":
            return row.subject
        if column == "urgency":
            return labels.urgency(row.urgency) if row.urgency != "normal" else ""
        if column == "status":
            return labels.status(row.status)
        if column == "due":
            return labels.short_date(row.reply_due)
        return ""
