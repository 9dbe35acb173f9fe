"""Under the Arrived list: the letters this office returned to the office that sent them (when, by whom, why), shown
when the clerk asks, and "Register after all" for one returned by mistake (core/journey/after_return.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from eoffice_desktop.core.journey.after_return import ReturnedHere, register_after_all, returned_here
from eoffice_desktop.core.registry.register import Registered
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.lao_breaks import soft_breaks, without_breaks
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.widgets import ErrorLabel

NARROW = 180  # pixels at most for the sending office's name and for the clerk's


class ReturnedSection(QWidget):
    """`registered` (the new incoming letter, the sending office's name) once a letter is registered after all."""

    registered = Signal(object, str)

    asked = Signal()  # a letter is being registered after all: earlier messages are out of date
    letter_chosen = Signal(object)  # the returned letter's id, or None

    def __init__(self, ops: Ops, actor: Actor, may_register: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.actor, self.may_register = ops, actor, may_register
        self.rows: list[ReturnedHere] = []
        self.toggle = QCheckBox(self.tr("Show the letters this office returned to their office"))
        self.toggle.toggled.connect(self._toggled)
        self.box = QWidget()
        self.intro = intro = QLabel(
            self.tr(
                "Letters this office sent back, with the date and the reason. If one was sent back by mistake, choose "
                "it and press Register after all: it becomes an incoming letter, and the office that sent it sees "
                "that it was registered."
            )
            if may_register
            else self.tr(
                "Letters this office sent back, with the date and the reason. If one was sent back by mistake, ask a "
                "clerk or the head of office to register it after all."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                self.tr("Their number"),
                self.tr("Subject"),
                self.tr("Returned on"),
                self.tr("By"),
                self.tr("Why"),
            ]
        )
        self.table.setAccessibleName(self.tr("Letters returned to their office"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)  # (Tab goes on to Register after all; the arrows move in the list)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # (through a lambda: a bound method of this page, called as the table is deleted with the page, crashed
        # the process one run in three in the tests)
        self.table.itemSelectionChanged.connect(lambda: self._chosen())
        self.empty = QLabel(self.tr("This office has not returned any letter."))
        self.register_button = QPushButton(self.tr("Register after all"))
        self.register_button.setToolTip(
            self.tr("The letter was sent back by mistake: register it now as an incoming letter of this office.")
        )
        self.register_button.clicked.connect(lambda _checked=False: self.register_after_all())
        self.register_button.setVisible(may_register)
        self.register_button.setEnabled(False)
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.empty)
        inner.addLayout(buttons)
        inner.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.box, 1)
        self.box.hide()

    def reload(self) -> None:
        """Read the list again (only while it is shown)."""
        if not self.toggle.isChecked():
            return
        store, office_id = self.ops.store, self.actor.office_id

        def read(job: object) -> list[ReturnedHere]:
            with store.db.session() as s:
                return returned_here(s, office_id)

        self.ops.runner.run(read, self._fill)

    def _toggled(self, shown: bool) -> None:
        self.box.setVisible(shown)
        self.error.show_error("")
        if shown:
            self.reload()
        else:
            self.table.clearSelection()

    def _fill(self, rows: list[ReturnedHere]) -> None:
        before = self.selected()
        blocked = self.table.blockSignals(True)  # (read again: the letter pane keeps the letter it shows)
        self.table.clearSelection()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (
                row.sender or self.tr("Another office"),
                row.registry_number,
                soft_breaks(row.subject),
                labels.short_date(row.returned.at.date()),
                row.returned.by,
                soft_breaks(row.returned.reason),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(without_breaks(value))
                self.table.setItem(index, column, item)
        for column in (0, 1, 3, 4):
            self.table.resizeColumnToContents(column)
        for column in (0, 4):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), NARROW))
        self.table.resizeRowsToContents()  # (a reason is shown whole, on several lines)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        ids = [row.id for row in rows]
        if before in ids:
            self.table.selectRow(ids.index(before))
        self.table.blockSignals(blocked)
        self.register_button.setEnabled(self.selected() is not None)

    def _chosen(self) -> None:
        chosen = self.selected()
        self.register_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.letter_chosen.emit(chosen)

    def forget_choice(self) -> None:
        """A letter of the Arrived list was chosen: only one letter is chosen on the page."""
        blocked = self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(blocked)
        self.register_button.setEnabled(False)

    def selected(self) -> str | None:
        found = self.table.selectionModel().selectedRows()
        if not found or found[0].row() >= len(self.rows):
            return None
        return self.rows[found[0].row()].id

    def register_after_all(self, letter_id: str | None = None) -> None:
        letter_id = letter_id or self.selected()
        if letter_id is None:
            return
        store, actor = self.ops.store, self.actor
        sender = next((row.sender for row in self.rows if row.id == letter_id), "")
        self.error.show_error("")
        self.asked.emit()
        self.register_button.setEnabled(False)
        self.ops.change(
            lambda _office: register_after_all(store, actor, letter_id),
            lambda result: self._registered(result, sender),
            self._failed,
        )

    def _registered(self, result: Registered, sender: str) -> None:
        self.table.clearSelection()
        self.registered.emit(result, sender)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.register_button.setEnabled(self.selected() is not None)
        self.error.show_error(
            core_messages.refused_or(
                exc,
                "a returned letter was not registered after all",
                self.tr(
                    "Not registered, because of a problem on this PC. Try again; if it happens again, ask IT staff."
                ),
                refused=self.tr("Not registered: {error}"),
            )
        )
        self.reload()
