"""The register table: a Qt model whose rows come from a reader off the GUI thread, a page at a time, sorted and
filtered in SQL. The register's pages come from the reader pool (register_controller.py), a search's from the
search worker (search_results.py); both answer through the callback the model hands them.

While a page is on its way its rows show as placeholders; once the exact number of rows is known the table has them
all (the scroll bar is the register's, End goes to its last letter) and each page is asked for when it comes into
view. A reload keeps the old rows on screen until the first new page arrives, then changes them in place: no
flicker, and the selection stays where the window puts it back (`reloaded`). The same list read again (after a change
or a sync) keeps its number of rows until the new count arrives: the scroll position stays, and the rows on screen are
read again where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle
from shiboken6 import isValid

from eoffice_desktop.core.registry.register_rows import RegisterRow, Whereabouts
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.journey_words import whereabouts_alarm, whereabouts_text

PAGE = 200
KEEP_PAGES = 60  # pages kept in memory (12,000 rows); the farthest from the last one asked for go first
READERS = 2  # pages asked at once (the reader pool's threads)
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

COLUMN_OF = {key: i for i, (key, _) in enumerate(COLUMNS)}

AnswerFn = Callable[[list[RegisterRow] | None, bool], None]  # (rows or None when the read failed, no rows after)
RequestFn = Callable[[int, str, bool, AnswerFn], None]  # (offset, sort, descending, answer): a page arrives later


def _where(row: RegisterRow) -> Whereabouts | None:
    """Where an outgoing letter is in the offices it went to (rows of a search have none); none once void."""
    where = getattr(row, "where", None)
    return where if isinstance(where, Whereabouts) and row.status != "void" else None


def _icon(kind: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(kind)


class RegisterModel(QAbstractTableModel):
    reloaded = Signal()  # the first page of a reload is on screen (the window selects its letter again)

    def __init__(self, request: RequestFn | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._default: RequestFn | None = request
        self._request: RequestFn | None = request
        self._exclusive = False  # a newer request interrupts the one running (the search worker)
        self._pages: dict[int, list[RegisterRow]] = {}
        self._total = 0  # rows the table has: the exact count, or the rows read so far while it is not known
        self._complete = True  # no rows after `_total`
        self._generation = 0  # one per reload: pages of an older one are dropped when they arrive
        self._fresh = True  # the first page of this reload has arrived
        self._next_total: int | None = None  # the exact count, arrived before the first page
        self._asked: set[int] = set()  # pages on their way
        self.replacing = False  # the rows change into a reload's: the selection's row numbers mean nothing meanwhile
        self._wanted: list[int] = []  # pages on screen still to ask for, the latest last
        self._kept = 0  # rows the table keeps through this reload until the count arrives (the same list read again)
        self.sort_key, self.descending = "number", True
        self.today = date.today()

    # -- loading ---------------------------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    def set_requester(self, request: RequestFn | None, exclusive: bool = False) -> None:
        """Rows from another reader (search results); None goes back to the register's."""
        self._request = request or self._default
        self._exclusive = exclusive and request is not None

    def reload(self, same_list: bool = False) -> None:
        """Read again from the first page; the rows on screen stay until it arrives. With `same_list` (the list
        read again, not another one) the table keeps its rows until the count arrives, and its scroll position."""
        self._generation += 1
        self._kept = self._total if same_list else 0
        self._fresh, self._next_total = False, None
        self._asked.clear()
        self._wanted.clear()
        self._ask(0)

    def empty(self) -> None:
        """No rows (a search that failed): whatever is still on its way is dropped."""
        self._generation += 1
        self._asked.clear()
        self._wanted.clear()
        self._replace([], True)

    def set_total(self, total: int, generation: int | None = None) -> None:
        """The exact number of rows (of reload `generation`, default the current one)."""
        if not isValid(self) or (generation is not None and generation != self._generation):
            return
        if not self._fresh:
            self._next_total = total
            return
        self._resize(max(total, self._loaded_end()))
        self._complete = True

    def set_whereabouts(self, found: dict[str, Whereabouts], generation: int) -> None:
        """Where the outgoing letters of rows already shown are (read after them), for reload `generation`."""
        if not isValid(self) or generation != self._generation or not found:
            return
        status = COLUMN_OF["status"]
        for page, rows in self._pages.items():
            changed = [i for i, row in enumerate(rows) if row.id in found]
            for i in changed:
                rows[i] = replace(rows[i], where=found[rows[i].id])
            if changed:
                first, last = page * PAGE + changed[0], page * PAGE + changed[-1]
                self.dataChanged.emit(self.index(first, status), self.index(last, status))

    def total(self) -> int:
        return self._total

    def rows(self) -> list[RegisterRow]:
        """The rows read so far from the top, in order (up to the first one not read yet)."""
        found: list[RegisterRow] = []
        for page in range(len(self._pages) + 1):
            rows = self._pages.get(page)
            if rows is None:
                break
            found.extend(rows)
        return found[: self._total]

    def waiting(self) -> bool:
        """A page is on its way."""
        return bool(self._asked) or not self._fresh

    def all_read(self) -> bool:
        """Every row of the list is here (a letter not among them is not in the list)."""
        return self._fresh and self._complete and len(self.rows()) >= self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and self._fresh

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid() and self.canFetchMore():
            self._ask(self._total // PAGE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # No column: the search's own order, newest first (instant at any size); the register's is by number.
        self.sort_key = COLUMNS[column][0] if column >= 0 else ("recent" if self._exclusive else "number")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> RegisterRow | None:
        """The row, or None while it is a placeholder."""
        if not 0 <= row < self._total:
            return None
        page = self._pages.get(row // PAGE)
        return page[row % PAGE] if page is not None and row % PAGE < len(page) else None

    def row_of(self, letter_id: str) -> int:
        for page, rows in sorted(self._pages.items()):
            for i, r in enumerate(rows):
                if r.id == letter_id and page * PAGE + i < self._total:
                    return page * PAGE + i
        return -1

    # -- pages -------------------------------------------------------------------------------------------------
    def _ask(self, page: int) -> None:
        if self._request is None or page in self._asked:
            return
        if self._exclusive:
            self._asked.clear()  # the worker drops what it was doing for this one
        elif len(self._asked) >= READERS:
            if page in self._wanted:
                self._wanted.remove(page)
            self._wanted.append(page)
            del self._wanted[:-20]  # pages scrolled past long ago are asked again if they come back into view
            return
        self._asked.add(page)
        generation = self._generation

        def answer(rows: list[RegisterRow] | None, complete: bool) -> None:
            self._arrived(generation, page * PAGE, rows, complete)

        self._request(page * PAGE, self.sort_key, self.descending, answer)

    def _arrived(self, generation: int, offset: int, rows: list[RegisterRow] | None, complete: bool) -> None:
        if not isValid(self) or generation != self._generation:
            return  # (the window was closed while the page was on its way, or the model reloaded since)
        page = offset // PAGE
        self._asked.discard(page)
        if rows is None:  # the read failed: what is on screen stays, and the table stays usable
            if not self._fresh:
                self._fresh = True
                self.reloaded.emit()
            return
        if not self._fresh:
            self._replace(rows, complete)
        else:
            self._fill(page, rows, complete)
        while self._wanted and len(self._asked) < READERS:
            wanted = self._wanted.pop()
            if wanted not in self._pages and wanted * PAGE < self._total:
                self._ask(wanted)

    def _replace(self, rows: list[RegisterRow], complete: bool) -> None:
        """The first page of a reload: the old rows change into the new ones in place."""
        self._fresh = True
        self.today = date.today()
        if complete:  # every row is on this page
            total = len(rows)
        elif self._next_total is not None:  # the count came first: the table has all its rows at once
            total, complete = max(self._next_total, len(rows)), True
        else:  # more pages as the table scrolls down, until the count arrives (the rows kept meanwhile)
            total = max(len(rows), self._kept)
        self._complete = complete
        self._pages = {0: list(rows)}
        self.replacing = True  # (rows removed under the selection say so: the window puts it back after, `reloaded`)
        try:
            self._resize(total)
            if self._total:
                self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(COLUMNS) - 1))
        finally:
            self.replacing = False
        self.reloaded.emit()

    def _fill(self, page: int, rows: list[RegisterRow], complete: bool) -> None:
        self._pages[page] = list(rows)
        self._forget_far_pages(page)
        first, end = page * PAGE, page * PAGE + len(rows)
        if not self._complete:  # read as the table scrolls down, the count not known yet
            if complete:
                self._complete = True
            self._resize(max(end, self._total) if not complete else end)
        if rows and end <= self._total:
            self.dataChanged.emit(self.index(first, 0), self.index(end - 1, len(COLUMNS) - 1))

    def _resize(self, total: int) -> None:
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()

    def _loaded_end(self) -> int:
        return max((p * PAGE + len(rows) for p, rows in self._pages.items()), default=0)

    def _forget_far_pages(self, near: int) -> None:
        while len(self._pages) > KEEP_PAGES:
            far = max((p for p in self._pages if p != 0), key=lambda p: abs(p - near))
            del self._pages[far]

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

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
            return self._placeholder(index, role)
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "status" and _where(row) is not None:
            return labels.status(row.status) + " · " + self._text(row, column)  # (the letter's own status too)
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
            where = _where(row)
            if column == "status" and where is not None and whereabouts_alarm(where):
                return QBrush(QColor("#b00020"))
        return None

    def _placeholder(self, index: Index, role: int) -> Any:
        """A row whose page is on its way: asked for now that it is on screen."""
        if not 0 <= index.row() < self._total:
            return None
        page = index.row() // PAGE
        if page not in self._pages and self._fresh:
            self._ask(page)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return "…"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#888888"))
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
            where = _where(row)  # a letter sent to other offices: where it is there
            return whereabouts_text(where) if where is not None else labels.status(row.status)
        if column == "due":
            return labels.short_date(row.reply_due)
        return ""
