"""The sidebar's saved searches ("Urgent, open, from provinces"): click to run, right-click to rename or delete."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QMenu, QMessageBox, QWidget

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.core.search.saved import SavedSearch, SavedSearchError
from eoffice_desktop.ui.ops import Ops

ID_ROLE = Qt.ItemDataRole.UserRole
QUERY_ROLE = Qt.ItemDataRole.UserRole + 1


class SavedSearchList(QListWidget):
    """One user's saved searches. `chosen` carries the query of the one clicked."""

    chosen = Signal(object)

    def __init__(self, store: OfficeStore, user_id: str, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.of(store, parent=self)
        self.user_id = user_id
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemClicked.connect(self._clicked)
        self.ops.hub.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.saved_searches:
            self.reload()

    def reload(self) -> None:
        saved = self.ops.office.saved_searches(self.user_id)
        self.clear()
        for search in saved:
            self._add(search)

    def _add(self, search: SavedSearch) -> None:
        item = QListWidgetItem(search.name)
        item.setData(ID_ROLE, search.id)
        item.setData(QUERY_ROLE, search.query)
        item.setToolTip(search.name)
        self.addItem(item)

    def names(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def save(self, name: str, query: SearchQuery) -> str | None:
        """Store the search; returns a message for the user when the name is not acceptable."""
        user_id = self.user_id
        try:
            self.ops.change_and_wait(lambda office: office.save_search(user_id, name, query))
        except SavedSearchError as exc:
            return self.message(exc)
        return None

    def ask_and_save(self, query: SearchQuery, suggestion: str) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save this search"), self.tr("Name for the sidebar:"), QLineEdit.EchoMode.Normal, suggestion
        )
        if ok:
            problem = self.save(name, query)
            if problem:
                QMessageBox.warning(self, self.tr("Not saved"), problem)

    def rename(self, item: QListWidgetItem, name: str) -> str | None:
        user_id, search_id = self.user_id, item.data(ID_ROLE)
        try:
            self.ops.change_and_wait(lambda office: office.rename_search(user_id, search_id, name))
        except SavedSearchError as exc:
            return self.message(exc)
        return None

    def delete(self, item: QListWidgetItem) -> None:
        user_id, search_id = self.user_id, item.data(ID_ROLE)
        self.ops.change_and_wait(lambda office: office.delete_search(user_id, search_id))

    def message(self, exc: SavedSearchError) -> str:
        if exc.code == "saved_search_name_missing":
            return self.tr("Give the saved search a name.")
        if exc.code == "saved_search_name_too_long":
            return self.tr("The name of a saved search can have at most 200 characters.")
        return self.tr("You already have a saved search with this name. Choose another name.")

    def _clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(QUERY_ROLE))

    def _menu(self, at: QPoint) -> None:
        item = self.itemAt(at)
        if item is None:
            return
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename…"))
        delete = menu.addAction(self.tr("Delete"))
        picked = menu.exec(self.viewport().mapToGlobal(at))
        if picked is rename:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename saved search"), self.tr("New name:"), QLineEdit.EchoMode.Normal, item.text()
            )
            if ok:
                problem = self.rename(item, name)
                if problem:
                    QMessageBox.warning(self, self.tr("Not renamed"), problem)
        elif picked is delete:
            answer = QMessageBox.question(
                self,
                self.tr("Delete saved search"),
                self.tr("Delete “{name}” from the sidebar?").format(name=item.text()),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.delete(item)
