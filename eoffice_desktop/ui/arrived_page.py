"""The "Arrived" list: letters other offices sent to this one through the server, each with a one-click "Register"
that makes this office's incoming letter (linked to the sender's) and "Return to sender…" for a letter that is not
for this office (those returned stay findable below it: ui/returned_section.py); and the receipts the sender's copy
shows."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
from eoffice_desktop.core.journey.arrivals import ArrivedRow, Receipt, arrived_letters, register_arrival
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.register import Registered
from eoffice_desktop.ui import core_messages, labels
from eoffice_desktop.ui.chosen_on_focus import ChosenOnFocus
from eoffice_desktop.ui.lao_breaks import soft_breaks
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.return_dialog import ReturnDialog
from eoffice_desktop.ui.returned_section import ReturnedSection
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel, enter_presses


class ArrivedPage(QWidget):
    registered = Signal(object)  # Registered: the new incoming letter
    letter_chosen = Signal(object)  # the arrived letter's id, or None

    def __init__(
        self,
        store: OfficeStore,
        actor: Actor,
        runner: TaskRunner,
        parent: QWidget | None = None,
        may_register: bool = True,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.runner = store, actor, runner
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.may_register = may_register  # the rights table's "register"; without it the list is for reading
        self.rows: list[ArrivedRow] = []
        self.handled: str | None = None  # the letter just registered or returned: its row's place goes to the next
        self.return_dialog: ReturnDialog | None = None
        self.intro = intro = QLabel(
            self.tr(
                "Letters other offices sent to this office through the server. Check each one. If it is for this "
                "office, press Register: it becomes an incoming letter in the register. If it was sent here by "
                "mistake, or this office will not take it, press Return to sender and say why."
            )
            if may_register
            else self.tr(
                "Letters other offices sent to this office through the server. A clerk or the head of office "
                "registers each one, or returns it to the office that sent it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                self.tr("Their number"),
                self.tr("Date"),
                self.tr("Subject"),
                self.tr("Urgency"),
                "",
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows walk the rows)...
        self.table.installEventFilter(self)  # ... for the chosen letter's buttons, then the letter pane (_tab_way)
        ChosenOnFocus(self.table)  # (reached by Tab, the highlighted letter is chosen: its buttons come next)
        self.pane_entry: QWidget | None = None  # where Tab goes in the letter pane (set_pane)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The sending office's name and the subject share the room left, each whole on as many lines as it needs
        # (a ministry's long name was cut to "ກະຊວງ…" at 1366 wide).
        self.table.setWordWrap(True)
        for column in (0, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(5, not may_register)  # (the buttons' column: empty for who may not register)
        # (through a lambda: a bound method of this page, called as the table is deleted with the page, crashed
        # the process one run in three in the tests)
        self.table.itemSelectionChanged.connect(lambda: self._chosen())
        self.empty = QLabel(self.tr("Nothing has arrived from other offices."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()  # what was just done: registered (with the new number) or sent back
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.hide()
        self.error = ErrorLabel()
        # the letters this office returned, for one returned by mistake (shown when the clerk ticks the box)
        # (no parent until the layout takes it, after the list: Tab reaches the list before the box below it)
        self.returned = ReturnedSection(self.ops, actor, may_register, None)
        self.returned.letter_chosen.connect(self._returned_chosen)
        self.returned.registered.connect(self._registered_after_all)
        self.returned.asked.connect(self.message.hide)
        self.returned.toggle.toggled.connect(self._returned_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.returned)

    def set_pane(self, entry: QWidget) -> None:
        """The letter pane's first stop (its tabs): Tab goes there after the chosen letter's buttons, Shift+Tab from
        there back to them."""
        self.pane_entry = entry
        (entry.focusProxy() or entry).installEventFilter(self)

    def _tab_way(self) -> list[QWidget]:
        """What Tab walks through from the list: the list, the chosen letter's buttons, the letter pane (the window's
        own order put the search box and Sync now first)."""
        way: list[QWidget] = [self.table]
        found = self.table.selectionModel().selectedRows()
        cell = self.table.cellWidget(found[0].row(), 5) if found else None
        if cell is not None:
            way += [b for b in cell.findChildren(QPushButton) if b.isVisibleTo(self) and b.isEnabled()]
        entry = self.pane_entry
        if entry is not None and entry.isVisible() and entry.isEnabled():
            way.append(entry.focusProxy() or entry)
        return way

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.isVisible():
            key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not control:
                back = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                way = self._tab_way()
                place = way.index(watched) if watched in way else -1  # type: ignore[arg-type]
                step = place + (-1 if back else 1)
                if place >= 0 and 0 <= step < len(way) and len(way) > 1:
                    reason = Qt.FocusReason.BacktabFocusReason if back else Qt.FocusReason.TabFocusReason
                    way[step].setFocus(reason)
                    return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        store, office_id = self.store, self.actor.office_id

        def read(job: object) -> list[ArrivedRow]:
            with store.db.session() as s:
                return arrived_letters(s, office_id)

        self.runner.run(read, self._show)
        self.returned.reload()

    def _show(self, rows: list[ArrivedRow]) -> None:
        before, handled = self.selected(), self.handled
        self.handled = None
        chosen = _chosen_after(self.rows, rows, before, handled)
        with QSignalBlocker(self.table):  # (one letter_chosen below, for the row chosen, not one per rebuilt row)
            self._fill(rows)
            self.table.clearSelection()
            if chosen is not None:
                self.table.selectRow(next(i for i, row in enumerate(rows) if row.id == chosen))
        if chosen != before or handled is not None:  # the letter pane shows the highlighted letter, or none
            self.letter_chosen.emit(chosen)
        if QApplication.focusWidget() is None and self.isVisible():  # (it left with the list, disabled or emptied)
            (self.table if rows else self.returned.toggle).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, rows: list[ArrivedRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            late = "⚠ " if row.late else ""  # the sender already counts it as lost: register it first
            values = (
                late + (row.sender or self.tr("Another office")),
                row.registry_number,
                row.register_date.strftime("%d/%m/%Y"),
                row.subject,
                labels.urgency(row.urgency),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(soft_breaks(value))  # (Lao has no spaces to wrap at: breaks for display)
                item.setToolTip(value)
                if row.late:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    lost = self.tr("Waiting for too long: the sending office sees this letter as lost.")
                    item.setToolTip(f"{value}\n{lost}" if column in (0, 3) else lost)
                self.table.setItem(index, column, item)
            if self.may_register:
                self.table.setCellWidget(index, 5, self._row_buttons(row.id))
        for column in (1, 2, 4, 5):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def _row_buttons(self, letter_id: str) -> QWidget:
        """A row's two answers: register it here, or send it back."""
        cell = QWidget()
        buttons = QHBoxLayout(cell)
        buttons.setContentsMargins(2, 0, 2, 0)
        register = QPushButton(self.tr("Register"))
        register.clicked.connect(lambda _checked=False: self.register(letter_id))
        back = QPushButton(self.tr("Return to sender…"))
        back.clicked.connect(lambda _checked=False: self.return_letter(letter_id))
        buttons.addWidget(register)
        buttons.addWidget(back)
        enter_presses(register, back)
        for button in (register, back):
            button.installEventFilter(self)  # (Tab and Shift+Tab: _tab_way)
        return cell

    def selected(self) -> str | None:
        found = self.table.selectionModel().selectedRows()
        if not found or found[0].row() >= len(self.rows):
            return None
        return self.rows[found[0].row()].id

    def register(self, letter_id: str) -> None:
        store, actor = self.store, self.actor
        self.error.show_error("")
        self.table.setEnabled(False)
        self.ops.change(
            lambda _office: register_arrival(store, actor, letter_id),
            lambda result: self._registered(letter_id, result),
            self._failed,
        )

    def return_letter(self, letter_id: str, sender: str = "", subject: str = "") -> None:
        """Ask why the letter goes back, then send it back (the dialog runs it on the writer thread)."""
        row = next((r for r in self.rows if r.id == letter_id), None)
        if row is not None:
            sender, subject = row.sender, row.subject
        self.error.show_error("")
        self.return_dialog = ReturnDialog(self.ops, self.actor, letter_id, sender, subject, self)
        self.return_dialog.returned.connect(self._returned)
        self.return_dialog.open()

    def _returned(self, letter_id: str) -> None:
        self.handled = letter_id
        office = self.return_dialog.sender if self.return_dialog is not None else ""
        self.message.setText(
            self.tr("Sent back to {office}. That office sees it, with the reason, after the next sync.").format(
                office=office or self.tr("the office that sent it")
            )
        )
        self.message.show()
        self.reload()

    def _registered(self, letter_id: str, result: Registered) -> None:
        self.table.setEnabled(True)
        self.handled = letter_id
        self.message.setText(
            self.tr("Registered as incoming letter {number}. The sending office will see it.").format(
                number=result.registry_number
            )
        )
        self.message.show()
        self.registered.emit(result)
        self.reload()

    def _chosen(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.returned.forget_choice()
        self.letter_chosen.emit(chosen)

    def _returned_chosen(self, letter_id: str) -> None:
        """A letter this office returned was chosen: the pane shows it, and no arrived letter stays chosen."""
        with QSignalBlocker(self.table):
            self.table.clearSelection()
        self.letter_chosen.emit(letter_id)

    def _returned_shown(self, shown: bool) -> None:
        """The two lists share the page while the returned letters are shown."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(self.returned, 1 if shown else 0)

    def _registered_after_all(self, result: Registered, sender: str) -> None:
        self.message.setText(
            self.tr(
                "Registered after all as incoming letter {number}. After the next sync, {office} sees it registered "
                "here instead of returned."
            ).format(number=result.registry_number, office=sender or self.tr("the office that sent it"))
        )
        self.message.show()
        self.letter_chosen.emit(result.letter_id)  # the pane shows the new incoming letter, not the sender's copy
        self.registered.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.table.setEnabled(True)
        self.error.show_error(
            core_messages.refused_or(
                exc,
                "a letter that arrived was not registered",
                self.tr(
                    "Not registered, because of a problem on this PC. Try again; if it happens again, ask IT staff."
                ),
                refused=self.tr("Not registered: {error}"),
            )
        )
        self.reload()


def _chosen_after(
    old: list[ArrivedRow], new: list[ArrivedRow], selected: str | None, handled: str | None
) -> str | None:
    """The letter to highlight when the list is read again: the one highlighted if it is still waiting; else, when it
    (or the letter just handled) left the list, the one that took its place (the one before it, if it was last)."""
    waiting = [row.id for row in new]
    if selected in waiting and handled is None:
        return selected
    gone = handled if handled is not None else selected
    place = next((i for i, row in enumerate(old) if row.id == gone), None)
    if place is None or not waiting:
        return selected if selected in waiting else None
    return waiting[min(place, len(waiting) - 1)]


def receipts_html(found: list[Receipt]) -> str:
    """For the sender's copy of an outgoing letter: delivered to, registered or returned by which office, when."""
    lines = []
    for receipt in found:
        office = html.escape(receipt.office_name or QCoreApplication.translate("Arrived", "another office"))
        when = receipt.at.strftime("%d/%m/%Y %H:%M")
        if receipt.kind == "delivered":
            text = QCoreApplication.translate("Arrived", "Delivered to {office} ({when})")
            lines.append(text.format(office=office, when=when))
        elif receipt.kind == "returned":
            text = QCoreApplication.translate("Arrived", "Returned by {office}: {reason} ({when})")
            lines.append(text.format(office=office, reason=html.escape(receipt.reason), when=when))
        else:
            text = QCoreApplication.translate("Arrived", "Registered by {office} as {number} ({when})")
            lines.append(text.format(office=office, number=html.escape(receipt.registry_number), when=when))
    return "<br>".join(lines)
