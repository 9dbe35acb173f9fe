"""A list of letters reached with the keyboard chooses its highlighted letter: Tab into the Arrived list or the list
of letters to follow up showed a faint frame on the first row, yet no letter was chosen (nothing in the letter pane,
Tab skipped the row's buttons, Down did nothing on a list of one) until the clerk pressed Space."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QTableWidget


class ChosenOnFocus(QObject):
    """Installed on a one-row-at-a-time table: on keyboard focus with no row chosen, choose the highlighted row (the
    first when none is)."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.MouseFocusReason  # (the click chooses its own row)
            and self.table.rowCount() > 0
            and not self.table.selectionModel().selectedRows()
        ):
            self.table.selectRow(max(self.table.currentRow(), 0))
        return False
