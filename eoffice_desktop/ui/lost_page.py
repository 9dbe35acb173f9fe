"""The list of sent letters to follow up: letters an office returned (until they are sent again to another office or
voided), then letters sent through the server that an office has not registered within the working days this office
allows; each row says what happened, the advice on top what to do about each kind (core/journey/watch.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.watch import RETURNED, WatchedLetter
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.chosen_on_focus import ChosenOnFocus
from eoffice_desktop.ui.lao_wrap import LaoCells
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner

COLUMNS = 5  # number, to, sent on, what happened, subject


class LostPage(QWidget):
    letter_chosen = Signal(object)  # the letter's id, or None
    sent_again = Signal(str)  # a returned letter went to another office: the new letter's id

    def __init__(
        self,
        store: OfficeStore,
        office_id: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        ops: Ops | None = None,
        actor: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.office_id, self.runner, self.actor = store, office_id, runner, actor
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.rows: list[WatchedLetter] = []
        self.days = 3
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("background:#fde7e9; color:#8a1020; padding:6px; border:1px solid #e8a0a8;")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("To"), self.tr("Sent on"), self.tr("What happened"), self.tr("Subject")]
        )
        self.table.setAccessibleName(self.tr("Sent letters to follow up"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to "Send to another office…"; arrows walk the rows
        self.table.setWordWrap(True)
        self.table.setItemDelegate(LaoCells(self.table))  # (a long reason wraps between Lao words)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        ChosenOnFocus(self.table)  # (reached by Tab, the highlighted letter is chosen: its button comes next)
        self.send_again_button = QPushButton(self.tr("Send to another office…"))
        self.send_again_button.setToolTip(self.tr("Send the returned letter to the right office"))
        self.send_again_button.clicked.connect(self.send_again)
        self.send_again_button.setEnabled(False)
        self.send_again_button.setVisible(actor is not None)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_again_button)
        self.empty = QLabel(
            self.tr("Nothing to follow up: no letter came back, and every office registered what was sent to it.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)

    def reload(self) -> None:
        office_id = self.office_id
        self.ops.query(lambda office: office.watch_list(office_id), self._show)

    def _show(self, found: tuple[int, list[WatchedLetter]]) -> None:
        chosen = self.selected()  # (of the rows shown until now)
        self.days, rows = found
        self.rows = rows
        # What to do about each kind of letter on the list (not about a kind it does not hold)
        advice = []
        if any(row.kind == RETURNED for row in rows):
            advice.append(
                self.tr(
                    "Returned: the office sent the letter back and says why. Read the reason, then send it to the "
                    "right office with “Send to another office…”, or void it if it is no longer needed."
                )
            )
        if any(row.kind != RETURNED for row in rows):
            advice.append(
                self.tr(
                    "Not registered: the office has not registered the letter after {days} working days. Call the "
                    "office to ask whether it arrived. If not, sync again or save it for USB and send it once more, "
                    "or print it and send it on paper."
                ).format(days=self.days)
            )
        self.advice.setText("\n".join(advice))
        # Read again (after a change, a sync): the letter chosen stays chosen if it is still here, and the letter
        # view is left alone (it may show a letter chosen elsewhere meanwhile, such as the one just sent again).
        blocked = self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (
                row.registry_number,
                row.office_name,
                labels.short_date(row.sent_on),
                self.what_happened(row),
                row.subject,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setToolTip(value)
                    if row.kind == RETURNED:
                        item.setForeground(QColor("#b00020"))
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.setColumnWidth(1, 200)  # the office's name: whom to call
        self.table.setColumnWidth(3, 280)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.advice.setVisible(bool(rows))
        ids = [row.letter_id for row in rows]
        if chosen in ids:
            self.table.selectRow(ids.index(chosen))
        else:
            self.table.clearSelection()
        self.table.blockSignals(blocked)
        self._enable()

    def what_happened(self, row: WatchedLetter) -> str:
        if row.kind == RETURNED:
            return self.tr("Returned: {reason}").format(reason=row.reason or "—")
        return self.tr("Not registered after {days} working days").format(days=self.days)

    def _chosen(self) -> None:
        row = self._enable()
        self.letter_chosen.emit(row.letter_id if row is not None else None)

    def _enable(self) -> WatchedLetter | None:
        """The selected row; "Send to another office…" only for a returned letter."""
        row = self.selected_row()
        self.send_again_button.setEnabled(row is not None and row.kind == RETURNED)
        return row

    def selected_row(self) -> WatchedLetter | None:
        found = self.table.selectionModel().selectedRows()
        if not found or found[0].row() >= len(self.rows):
            return None
        return self.rows[found[0].row()]

    def selected(self) -> str | None:
        row = self.selected_row()
        return row.letter_id if row is not None else None

    def send_again(self) -> None:
        """The selected returned letter goes to other offices: the send-on window, with every office that returned
        it and why (its summary stays the letter's unless the clerk writes another)."""
        from eoffice_desktop.core.service import LetterHeading
        from eoffice_desktop.ui.send_again_dialog import SendAgainDialog

        row, actor = self.selected_row(), self.actor
        if row is None or row.kind != RETURNED or actor is None:
            return
        returned = [
            (other.office_name, other.reason)
            for other in self.rows
            if other.letter_id == row.letter_id and other.kind == RETURNED
        ]
        heading = LetterHeading(row.letter_id, row.registry_number, "out", "normal")
        dialog = SendAgainDialog(self.store, actor, heading, returned, self.runner, self, ops=self.ops)
        dialog.sent_again.connect(self.sent_again)
        dialog.open()
