"""The register's column widths: the subject is what a clerk reads, so it gets the room. The number, the dates,
the urgency and the status are as wide as their words (the status's and urgency's longest word, the whole date with
its year, the widest number seen); from / to shares what is left with the subject, which keeps at least
SUBJECT_MIN pixels. On a 1366-wide screen the subject was 110-150 pixels: "ຂໍ້ຕົກລົງວ່າດ້ວຍກາ…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from eoffice_desktop.ui import labels
from eoffice_desktop.ui.register_model import COLUMNS, RegisterModel

SUBJECT_MIN = 200  # pixels: about thirty Lao letters, enough to tell a letter by its subject
FROM_MIN, FROM_MAX = 100, 260  # from / to: a short office name whole, a long one up to its first words
FROM_SHARE = 0.4  # of the room the two share, as long as the subject keeps its minimum
STATUS_MAX = 190  # an outgoing letter's state ("Late at <office>"): its first words, the whole in the tooltip

NUMBER, DATE, FROM, SUBJECT, URGENCY, STATUS, DUE = range(len(COLUMNS))


class RegisterColumns(QObject):
    """Installed on the register's table; fits the columns now and whenever the table's width or its numbers change.
    The columns stay resizable by hand (until the window's width changes again)."""

    def __init__(self, table: QTableView, model: RegisterModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._number = 0  # the widest number seen (never narrower: the column does not jump as pages come)
        self._fit_words()
        self._fit_numbers()
        model.reloaded.connect(self._fit_numbers)
        model.reloaded.connect(self._fit_status)
        table.viewport().installEventFilter(self)

    def _padding(self) -> int:
        return 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8

    def _wide(self, column: int, texts: list[str], extra: int = 0) -> int:
        metrics = self.table.fontMetrics()
        words = max((metrics.horizontalAdvance(t) for t in texts), default=0) + self._padding() + extra
        header = self.table.horizontalHeader()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        # (the title whole; the room Qt keeps in every title for a sort arrow is not given: a sorted column's
        # arrow may shorten its own title)
        return max(words, header.fontMetrics().horizontalAdvance(title) + 2 * margin + 4)

    def _fit_words(self) -> None:
        """The columns whose words are known beforehand: the dates with their year, the urgency and status words."""
        self.table.setColumnWidth(DATE, self._wide(DATE, ["00/00/0000"], 2))
        self.table.setColumnWidth(DUE, self._wide(DUE, ["00/00/0000"], 2))
        self.table.setColumnWidth(URGENCY, self._wide(URGENCY, [labels.urgency(u) for u in ("urgent", "very_urgent")]))
        self.table.setColumnWidth(STATUS, self._status_words())

    def _status_words(self) -> int:
        codes = ("registered", "in_progress", "completed", "void")
        return self._wide(STATUS, [labels.status(code) for code in codes])

    def _fit_status(self) -> None:
        """The outgoing register's states (where each letter is in the offices it went to) are longer words: the
        column widens for those on the first page, up to STATUS_MAX, and narrows again for the incoming register."""
        loaded = [row for row in range(min(self.model.rowCount(), 200)) if self.model.row_at(row) is not None]
        texts = [self.model.index(row, STATUS).data() or "" for row in loaded]
        wanted = max(self._status_words(), min(STATUS_MAX, self._wide(STATUS, texts)))
        if wanted != self.table.columnWidth(STATUS):
            self.table.setColumnWidth(STATUS, wanted)
            self._share()

    def _fit_numbers(self) -> None:
        """As wide as the widest number on the pages read so far, a number of another year with its year."""
        loaded = [row for row in range(min(self.model.rowCount(), 200)) if self.model.row_at(row) is not None]
        texts = [self.model.index(row, NUMBER).data() or "" for row in loaded]  # (no read asked for the others)
        wanted = self._wide(NUMBER, [*texts, "0000/"])
        if wanted > self._number:
            self._number = wanted
            self.table.setColumnWidth(NUMBER, wanted)
            self._share()

    def _share(self) -> None:
        """From / to takes its share of what the fixed columns leave; the subject (stretched) takes the rest."""
        others = sum(self.table.columnWidth(c) for c in (NUMBER, DATE, URGENCY, STATUS, DUE))
        room = self.table.viewport().width() - others
        share = min(FROM_MAX, int(room * FROM_SHARE), room - SUBJECT_MIN)
        self.table.setColumnWidth(FROM, max(FROM_MIN, share))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._share()
        return False
