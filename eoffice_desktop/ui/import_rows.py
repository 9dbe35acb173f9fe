"""The rows of a register being imported as the window shows them: each row's fields and its problems in the clerk's
language (worded on the reader pool with the rows' check: `ShownRows`), every cell wrapped (Lao between words) so a
row's problems are read whole in the window's width."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from eoffice_desktop.core.registry.import_check import Checked
from eoffice_desktop.core.registry.import_values import CellUnreadable
from eoffice_desktop.core.registry.importer import ParsedRow, RowProblem
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.lao_breaks import soft_breaks, without_breaks
from eoffice_shared.refusals import Refusal

WORDS_SHOWN = {  # how the window shows each word a register's cell may hold
    "urgency": labels.urgency,
    "confidentiality": labels.confidentiality,
    "doc_type": labels.doc_type,
    "delivery_mode": labels.delivery,
    "direction": labels.direction,
}
COLUMN_CHARS = 22  # the widest a preview's column other than the problems grows, in characters (its text wraps)
SUBJECT_CHARS = 40  # the subject's, wider: a long one on fewer lines, so more rows are seen at once
SHOWN = ("registry_number", "register_date", "sender", "subject", "urgency")
ROWS_AT_ONCE = 20  # rows whose height is fitted at one turn of the GUI thread's event loop


def field_title(name: str) -> str:
    if name == "direction":
        return QCoreApplication.translate("ImportDialog", "In / out")
    return labels.field_name(name)


def reason(problem: RowProblem) -> str:
    """A bad row's reason in the user's language (the cell's own text is quoted as it is)."""
    if problem.code == "unreadable" and problem.refusal is not None:
        what = QCoreApplication.translate("ImportDialog", "cannot be read ({detail})").format(
            detail=_cell_reason(problem.field, problem.refusal)
        )
    elif problem.code == "unreadable":  # (a cell no reader could make sense of: the details for IT staff)
        core_messages.log_failure(f"import: {problem.field} cannot be read", ValueError(problem.detail))
        what = QCoreApplication.translate("ImportDialog", "cannot be read")
    elif problem.code == "empty_number":
        what = QCoreApplication.translate(
            "ImportDialog", "empty: the number written in the paper register is kept, so it is needed"
        )
    else:
        what = labels.error(problem.code, problem.detail)
    return f"{labels.field_name(problem.field)}: {what}"


def _cell_reason(field: str, refusal: Refusal) -> str:
    """Why a cell cannot be read, in the user's language; the words its field may hold, as this PC shows them."""
    if refusal.code == "cell_word_unknown" and field in WORDS_SHOWN:
        allowed = ", ".join(WORDS_SHOWN[field](code) for code in str(refusal.params["allowed"]).split(", "))
        refusal = CellUnreadable(refusal.english, refusal.code, **{**refusal.params, "allowed": allowed})
    return core_messages.text(refusal)


def problems_text(reasons: list[str]) -> str:
    """A row's problems one per line (each marked when there are several), so each is read on its own."""
    if len(reasons) < 2:
        return "".join(reasons)
    return "\n".join(f"• {reason}" for reason in reasons)


Cells = tuple[str, ...]  # a row's texts as the preview shows them: its line, the SHOWN fields, its problems


def row_cells(row: ParsedRow) -> Cells:
    """A row's texts as the preview shows them, with their Lao word breaks. Made on the reader pool (Qt's
    translations may be looked up on any thread), so the GUI thread only lays them out."""
    form = row.form
    texts = (
        str(row.line),
        form.registry_number or "",
        labels.short_date(form.register_date),
        row.sender or "; ".join(row.recipients),
        form.subject,
        labels.urgency(form.urgency),
        problems_text([reason(problem) for problem in row.errors]),
    )
    return tuple(soft_breaks(text) for text in texts)


@dataclass
class ShownRows:
    """The texts of the rows a check found to show: the first ones, and the first ones with problems."""

    first: list[Cells]
    first_bad: list[Cells]

    @classmethod
    def of(cls, checked: Checked) -> ShownRows:
        return cls([row_cells(row) for row in checked.first], [row_cells(row) for row in checked.first_bad])


class PreviewTable(QTableWidget):
    """Every cell's text wraps and each row is as tall as its cells' lines at the columns' widths of the moment. The
    cells hold their texts with their Lao word breaks already (`row_cells`), so Qt measures and draws them without
    calling back into Python for each cell (a model in Python, or `LaoCells`, would be asked again for each)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # (a tall row, line by line)
        self.verticalHeader().hide()  # (the row's line in the file is its first column)
        self.fit_rows = QTimer(self, singleShot=True, interval=0)  # (once the header has set every column's width:
        self.fit_rows.timeout.connect(self._fit_rows)  # it tells of a stretched one before)
        self.horizontalHeader().sectionResized.connect(self.fit_rows.start)
        self.more_rows = QTimer(self, singleShot=True, interval=0)
        self.more_rows.timeout.connect(self._fit_more_rows)
        self._next_row = 0

    def fill(self, rows: list[Cells]) -> None:
        self.setColumnCount(len(SHOWN) + 2)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ImportDialog", "Line")]
            + [field_title(n) for n in SHOWN]
            + [QCoreApplication.translate("ImportDialog", "Problems")]
        )
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.setItem(r, c, QTableWidgetItem(text))
        self._fit_columns()

    def text(self, row: int, column: int) -> str:
        """A cell's text as written (without the word breaks it is drawn with)."""
        item = self.item(row, column)
        return without_breaks(item.text()) if item is not None else ""

    def _fit_columns(self) -> None:
        """The columns as wide as their text up to COLUMN_CHARS characters (longer text wraps), the problems
        column taking the rest of the width."""
        header = self.horizontalHeader()
        last = self.columnCount() - 1
        digit = self.fontMetrics().horizontalAdvance("0")
        subject = 1 + SHOWN.index("subject")
        for column in range(last):
            widest = digit * (SUBJECT_CHARS if column == subject else COLUMN_CHARS)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), widest))
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.fit_rows.start()

    def _fit_rows(self) -> None:
        """Every row as tall as its lines, from the top, ROWS_AT_ONCE at a turn of the event loop (a row's wrapped
        cells take time to measure: the window answers the clerk between the turns)."""
        self._next_row = 0
        self._fit_more_rows()

    def _fit_more_rows(self) -> None:
        end = min(self._next_row + ROWS_AT_ONCE, self.rowCount())
        for row in range(self._next_row, end):
            self.resizeRowToContents(row)
        self._next_row = end
        if end < self.rowCount():
            self.more_rows.start()
