"""Choosing who a letter comes from or goes to by typing: part of a name (Lao or English), a code, or the name of a
province or ministry finds offices of the national directory (those under it after it) and entries of the address
book, each shown with where it belongs and whether the letter will go through the server or on paper; arrows and
Enter choose. The search runs in the reader pool, never on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eoffice_desktop.core.addresses.correspondents import Correspondent, LeaveOut, find_correspondents
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching


def delivery_words(chosen: Correspondent) -> str:
    if chosen.by_sync:
        return QCoreApplication.translate("OfficePicker", "through the server")
    return QCoreApplication.translate("OfficePicker", "on paper")


class _FindBox(QLineEdit):
    """Enter in the box chooses the first office found instead of saving the form half-filled."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            completer = self.findChild(QCompleter)
            if completer is not None and completer.popup().isVisible():
                event.ignore()  # the list is open: Enter takes the row the clerk moved to (the completer does it)
                return
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _ChosenList(QListWidget):
    """The chosen recipients; Delete removes the selected one."""

    removed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.takeItem(self.currentRow())
            self.removed.emit()
            return
        super().keyPressEvent(event)


class OfficePicker(QWidget):
    """`multiple`: recipients of an outgoing letter (a list below the box); otherwise the sender of an incoming one,
    where a name typed without choosing makes a new address-book entry."""

    changed = Signal()

    def __init__(
        self,
        store: OfficeStore,
        runner: TaskRunner,
        multiple: bool,
        include_closed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.multiple, self.include_closed = store, runner, multiple, include_closed
        self.results: dict[str, Correspondent] = {}
        # A window may leave some out of what is found (read with the search, on the reader pool): send_again_dialog.py
        self.leave_out: LeaveOut | None = None
        self.single: Correspondent | None = None
        self._searched = ""  # the text the results are for
        self._pick_first = False  # Enter was pressed before the results came
        self.find = _FindBox()
        self.find.setClearButtonEnabled(True)
        self.find.setPlaceholderText(
            self.tr("Type part of an office's name or its code (Lao or English)")
            if multiple
            else self.tr("Type part of the sender's name or code, or a new name")
        )
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self.find)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.find)
        self.completer.activated.connect(self._choose)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._search)
        self.find.textEdited.connect(self._typed)
        if multiple:  # the sender box lets Enter save the form with a new name typed in it
            self.find.entered.connect(self._enter)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.find)
        self.chosen = _ChosenList()
        self.chosen.setAccessibleName(self.tr("Offices chosen"))
        if multiple:
            self.chosen.setMaximumHeight(96)
            self.chosen.removed.connect(self._list_changed)
            remove = QPushButton(self.tr("Remove"))
            remove.setAutoDefault(False)
            remove.clicked.connect(self._remove_selected)
            row = QHBoxLayout()
            row.addWidget(self.chosen, 1)
            row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        else:
            self.chosen.hide()
        layout.addWidget(self.hint)
        self.setFocusProxy(self.find)
        self._list_changed()

    # -- searching -------------------------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._pick_first = False
        if not self.multiple and self.single is not None:
            self.single = None  # typing again: a new name, or another choice
            self._list_changed()
        self.timer.start()

    def _search(self) -> None:
        text = self.find.text().strip()
        if not text:
            self.model.setStringList([])
            return
        store, include_closed, leave_out = self.store, self.include_closed, self.leave_out

        def read(_job: object) -> list[Correspondent]:
            with store.db.session() as s:
                found = find_correspondents(s, text, include_closed=include_closed)
                return leave_out(s, found) if leave_out is not None else found

        self.runner.run(read, lambda found: self._show(text, found))

    def _show(self, text: str, found: list[Correspondent]) -> None:
        if not isValid(self.find):
            return  # the form was closed while the names were read
        if text != self.find.text().strip():
            return  # the clerk typed on meanwhile: a newer search is coming
        self._searched = text
        self.results = {f"{c.display} — {delivery_words(c)}": c for c in found}
        self.model.setStringList(list(self.results))
        if self._pick_first and self.results:
            self._pick_first = False
            self._choose(next(iter(self.results)))
        elif self.results and self.find.hasFocus():
            self.completer.complete()

    def _enter(self) -> None:
        """Enter: the first office found for what is typed (searching now if the list is not there yet)."""
        text = self.find.text().strip()
        labels = self.model.stringList()
        if labels and self.results and self.timer.isActive() is False and self._searched == text:
            self.completer.popup().hide()
            self._choose(labels[0])
        else:
            self.timer.stop()
            self._pick_first = True
            self._search()

    def _choose(self, label: str) -> None:
        chosen = self.results.get(label)
        if chosen is None:
            return
        if self.multiple:
            self.add(chosen)
            self.find.clear()  # ready for the next one (the completer is not the box's own: it writes nothing)
        else:
            self.single = chosen
            self.find.setText(chosen.display)
            self._list_changed()

    # -- the choice ------------------------------------------------------------------------------------------------
    def add(self, chosen: Correspondent) -> None:
        if any(c.kind == chosen.kind and c.id == chosen.id for c in self.values()):
            return
        item = QListWidgetItem(f"{chosen.display} — {delivery_words(chosen)}")
        item.setData(Qt.ItemDataRole.UserRole, chosen)
        self.chosen.addItem(item)
        self._list_changed()

    def set_values(self, chosen: list[Correspondent], new_name: str = "") -> None:
        """Show a saved choice (a template): the recipients, or the sender (or a sender's name not chosen)."""
        if self.multiple:
            self.chosen.clear()
            for one in chosen:
                self.add(one)
        else:
            self.single = chosen[0] if chosen else None
            self.find.setText(self.single.display if self.single else new_name)
        self._list_changed()

    def values(self) -> list[Correspondent]:
        if not self.multiple:
            return [self.single] if self.single is not None else []
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())]

    def typed_name(self) -> str:
        """The sender's name as typed, when nothing was chosen from the list."""
        return "" if self.single is not None else self.find.text().strip()

    def _remove_selected(self) -> None:
        if self.chosen.currentItem() is not None:
            self.chosen.takeItem(self.chosen.currentRow())
            self._list_changed()

    def _list_changed(self) -> None:
        chosen = self.values()
        if self.multiple:
            on_paper = sum(1 for c in chosen if not c.by_sync)
            if not chosen:
                self.hint.setText(self.tr("Choose one or more. Delete removes the selected one."))
            elif on_paper:
                self.hint.setText(
                    self.tr("{count} of them will get it on paper: print it and send it.").format(count=on_paper)
                )
            else:
                self.hint.setText(self.tr("All of them get it through the server."))
        self.hint.setVisible(self.multiple)
        self.changed.emit()
