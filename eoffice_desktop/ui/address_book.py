"""The office's address book window: find an entry, correct its names, merge a duplicate into the right entry (and
separate it again), with every change recorded so all PCs of the office agree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.service import address_book as book
from eoffice_desktop.core.service.address_book import Entry
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.address_book_dialogs import EntryDialog, LinkDialog, MergeDialog, kind_name
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel


class AddressBookDialog(QDialog):
    """Every organisation the office writes to or hears from."""

    COLUMNS = 6
    changed = Signal()  # an entry was added, edited, merged or separated

    def __init__(
        self,
        store: OfficeStore,
        actor: Actor,
        runner: TaskRunner,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.runner = store, actor, runner
        self.ops = ops or Ops.of(store, runner, parent=self)
        self.setWindowTitle(self.tr("Address book"))
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find by name or abbreviation…"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.reload)
        self.show_merged = QCheckBox(self.tr("Show merged entries"))
        self.show_merged.toggled.connect(self.reload)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Address-book entries"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("English name"),
                self.tr("Abbreviation"),
                self.tr("Kind"),
                self.tr("Province"),
                self.tr("Letters reach it"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.error = ErrorLabel()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("new", self.tr("New entry…"), self.new),
            ("edit", self.tr("Edit…"), self.edit),
            ("merge", self.tr("Merge into…"), self.merge),
            ("link", self.tr("Link to an office…"), self.link),
            ("separate", self.tr("Separate again"), self.separate),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)  # Enter in the search box must not open a dialog
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        top.addWidget(self.show_merged)
        # Entries from before the directory that are surely one of its offices (by code, or a name no other office
        # has) are linked in one click; the doubtful ones are offered one by one in "Link to an office…".
        self.matches = QLabel()
        self.matches.setWordWrap(True)
        self.link_sure = QPushButton()
        self.link_sure.setAutoDefault(False)
        self.link_sure.clicked.connect(self.link_sure_ones)
        matches_row = QHBoxLayout()
        matches_row.addWidget(self.matches, 1)
        matches_row.addWidget(self.link_sure)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(matches_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(960, 560)
        self.reload()

    def reload(self) -> None:
        text = self.find.text().strip().casefold()
        suggestions = book.suggestions(self.store)
        sure = sum(1 for suggestion in suggestions if suggestion.sure)
        doubtful = len(suggestions) - sure
        self.matches.setText(
            self.tr(
                "{sure} entries are surely offices of the directory; {doubtful} may be (choose them with Link to an "
                "office…)."
            ).format(sure=sure, doubtful=doubtful)
            if suggestions
            else ""
        )
        self.link_sure.setText(self.tr("Link the {count} sure ones").format(count=sure))
        self.link_sure.setVisible(sure > 0)
        self.matches.setVisible(bool(suggestions))
        shown = []
        for listed in book.entries(self.store):
            org = listed.entry
            if listed.merged and not self.show_merged.isChecked():
                continue
            if text and not any(text in value.casefold() for value in (org.name_lo, org.name_en, org.abbr)):
                continue
            shown.append(listed)
        self.table.setRowCount(len(shown))
        for row, listed in enumerate(shown):
            org, merged_into = listed.entry, listed.merged_into
            reach = self.tr("through the server") if listed.by_sync else self.tr("on paper")
            if listed.directory_code:
                reach = f"{reach} · {listed.directory_code}"
            name = (
                org.name_lo
                if not merged_into
                else self.tr("{name} → merged into {other}").format(name=org.name_lo, other=merged_into)
            )
            values = [name, org.name_en, org.abbr, kind_name(org.kind), org.province, reach]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (org.id, bool(merged_into)))
                if merged_into:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def _selected(self) -> tuple[str, bool] | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        live = chosen is not None and not chosen[1]
        self.buttons["edit"].setEnabled(live)
        self.buttons["merge"].setEnabled(live)
        self.buttons["link"].setEnabled(live)
        self.buttons["separate"].setVisible(self.show_merged.isChecked())
        self.buttons["separate"].setEnabled(chosen is not None and chosen[1])

    def _change(self, work: Callable[[], Changes]) -> None:
        """Write on the office's writer thread; the list shows the result, or the reason it was refused."""

        def done(_result: object) -> None:
            self.error.show_error("")
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.error.show_error(core_messages.not_done(exc))

        self.ops.change(lambda _office: work(), done, failed)

    def _entry(self, org_id: str) -> Entry | None:
        return book.entry(self.store, org_id)

    def new(self) -> None:
        dialog = EntryDialog(self.tr("New address-book entry"), None, self)
        if dialog.exec():
            values, store, actor = dialog.values(), self.store, self.actor
            self._change(lambda: book.add_entry(store, actor, values))  # type: ignore[arg-type]

    def edit(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[1]:
            return
        org = self._entry(chosen[0])
        dialog = EntryDialog(self.tr("Edit address-book entry"), org, self)
        if dialog.exec():
            values, store, actor = dialog.values(), self.store, self.actor
            self._change(lambda: book.update_entry(store, actor, chosen[0], values))

    def merge(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[1]:
            return
        duplicate = self._entry(chosen[0])
        assert duplicate is not None
        others = book.merge_targets(self.store, duplicate.id)
        dialog = MergeDialog(duplicate, others, self)
        if dialog.exec():
            target = dialog.chosen()
            if target is None:
                self.error.show_error(self.tr("Choose an entry of the list to merge into."))
                return

            store, actor = self.store, self.actor
            self._change(lambda: book.merge_entry(store, actor, duplicate.id, target))

    def link(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[1]:
            return
        entry = self._entry(chosen[0])
        assert entry is not None
        suggested = book.suggested_offices(self.store, entry.id)
        dialog = LinkDialog(self.store, self.runner, entry, suggested, self)
        if dialog.exec():
            office_id = dialog.chosen()
            if office_id is None:
                self.error.show_error(self.tr("Choose an office of the directory from the list."))
                return

            store, actor = self.store, self.actor
            self._change(lambda: book.update_entry(store, actor, entry.id, {"office_id": office_id}))

    def link_sure_ones(self) -> None:
        store, actor = self.store, self.actor
        self._change(lambda: book.link_sure_ones(store, actor))

    def separate(self) -> None:
        chosen = self._selected()
        if chosen is None or not chosen[1]:
            return

        store, actor = self.store, self.actor
        self._change(lambda: book.separate_entry(store, actor, chosen[0]))
