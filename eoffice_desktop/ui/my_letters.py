"""My inbox and the letters sent by me: their table, read on the reader pool when the window shows one of them, the
answers to an older question dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from shiboken6 import isValid

from eoffice_desktop.core.people.roles import Viewer
from eoffice_desktop.ui.inbox_model import InboxModel
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.widgets import fit_date_columns

if TYPE_CHECKING:
    from eoffice_desktop.core.routing.inbox import InboxRow


class MyLetters(QObject):
    """The window places `table`; `read` asks for a list ("inbox" or "sent"), `arrived` says its rows are there."""

    arrived = Signal()

    def __init__(self, ops: Ops, viewer: Viewer, on_screen: Callable[[], str], parent: QObject) -> None:
        super().__init__(parent)
        self.ops, self.viewer, self._on_screen = ops, viewer, on_screen
        self.waiting = False  # the list asked for has not arrived
        self._asked = 0  # answers to an older question are dropped
        self.model = InboxModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the letter's buttons; arrows walk the rows
        for column, width in enumerate((88, 200, 118, 120, 78, 78, 130)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_date_columns(self.table, (4, 5))

    def drop_answers(self) -> None:
        """The window reads something again: an answer to a question asked before is not shown."""
        self._asked += 1

    def read(self, which: str) -> None:
        asked, viewer = self._asked, self.viewer
        self.waiting = True
        self.ops.query(lambda office: office.my_letters(viewer, which), lambda rows: self._show(asked, which, rows))

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.row_at(rows[0].row()) if rows else None
        return found.letter_id if found else None

    def _show(self, asked: int, which: str, rows: list[InboxRow]) -> None:
        if not isValid(self) or asked != self._asked or which != self._on_screen():
            return  # another list was chosen (or read again) meanwhile
        self.waiting = False
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)  # (the numbers whole: last year's says its year)
        # In my inbox the holder is me; in "sent by me" the sender is me: the subject gets that room instead.
        self.table.setColumnHidden(6, which == "inbox")
        self.table.setColumnHidden(3, which == "sent")
        self.arrived.emit()
