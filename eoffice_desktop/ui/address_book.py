"""The office's address book window: find an entry, correct its names, merge a duplicate into the right entry (and
separate it again), with every change recorded so all PCs of the office agree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from eoffice_desktop.core.addressbook import (
    ORG_KINDS,
    add_organisation,
    merge_organisations,
    separate_organisation,
    update_organisation,
)
from eoffice_desktop.core.addressbook_fold import canonical_ids
from eoffice_desktop.core.events import Actor
from eoffice_desktop.core.models import Organisation
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.widgets import ErrorLabel


def kind_name(code: str) -> str:
    return {
        "ministry": QCoreApplication.translate("AddressBook", "Ministry"),
        "province": QCoreApplication.translate("AddressBook", "Province"),
        "district": QCoreApplication.translate("AddressBook", "District"),
        "department": QCoreApplication.translate("AddressBook", "Department"),
        "company": QCoreApplication.translate("AddressBook", "Company"),
        "embassy": QCoreApplication.translate("AddressBook", "Embassy"),
        "other": QCoreApplication.translate("AddressBook", "Other"),
    }.get(code, code)


class EntryDialog(QDialog):
    """The fields of one entry: names, abbreviation, kind, province."""

    def __init__(self, title: str, org: Organisation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name_lo = QLineEdit(org.name_lo if org else "")
        self.name_en = QLineEdit(org.name_en if org else "")
        self.abbr = QLineEdit(org.abbr if org else "")
        self.kind = QComboBox()
        for code in ORG_KINDS:
            self.kind.addItem(kind_name(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(org.kind if org else "other")))
        self.province = QLineEdit(org.province if org else "")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name in Lao"), self.name_lo)
        form.addRow(self.tr("Name in English"), self.name_en)
        form.addRow(self.tr("Abbreviation"), self.abbr)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Province"), self.province)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        if not self.name_lo.text().strip():
            self.error.show_error(self.tr("Write the name in Lao."))
            self.name_lo.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, str | None]:
        return {
            "name_lo": self.name_lo.text(),
            "name_en": self.name_en.text(),
            "abbr": self.abbr.text(),
            "kind": self.kind.currentData(),
            "province": self.province.text(),
        }


class MergeDialog(QDialog):
    """Choose the entry a duplicate is merged into."""

    def __init__(self, duplicate: Organisation, others: list[Organisation], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a duplicate"))
        text = self.tr(
            "“{name}” will no longer be listed. Its letters will be found under the entry you choose; each letter "
            "keeps the name written on it."
        ).format(name=duplicate.name_lo)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.target = QComboBox()
        self.target.setEditable(True)  # type to find the right entry
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for org in others:
            label = org.name_lo if not org.abbr else f"{org.name_lo} ({org.abbr})"
            self.target.addItem(label, org.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        form = QFormLayout()
        form.addRow(self.tr("Merge into"), self.target)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def chosen(self) -> str | None:
        index = self.target.findText(self.target.currentText())
        return self.target.itemData(index) if index >= 0 else None


class AddressBookDialog(QDialog):
    """Every organisation the office writes to or hears from."""

    COLUMNS = 6
    changed = Signal()  # an entry was added, edited, merged or separated

    def __init__(self, store: OfficeStore, actor: Actor, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.runner = store, actor, runner
        self.setWindowTitle(self.tr("Address book"))
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find by name or abbreviation…"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.reload)
        self.show_merged = QCheckBox(self.tr("Show merged entries"))
        self.show_merged.toggled.connect(self.reload)
        self.table = QTableWidget(0, self.COLUMNS)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(960, 560)
        self.reload()

    def reload(self) -> None:
        text = self.find.text().strip().casefold()
        with self.store.db.session() as s:
            canonical = canonical_ids(s)
            orgs = sorted((o for o in s.query(Organisation) if o.name_lo), key=lambda o: o.name_lo)
            s.expunge_all()
        names = {o.id: o.name_lo for o in orgs}
        shown = []
        for org in orgs:
            merged = canonical.get(org.id, org.id) != org.id
            if merged and not self.show_merged.isChecked():
                continue
            if text and not any(text in value.casefold() for value in (org.name_lo, org.name_en, org.abbr)):
                continue
            shown.append((org, names.get(canonical.get(org.id, org.id), "") if merged else ""))
        self.table.setRowCount(len(shown))
        for row, (org, merged_into) in enumerate(shown):
            reach = self.tr("through the server") if org.office_id else self.tr("on paper")
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
        self.buttons["separate"].setVisible(self.show_merged.isChecked())
        self.buttons["separate"].setEnabled(chosen is not None and chosen[1])

    def _change(self, work: Callable[[], object]) -> None:
        """Write on the office's writer thread; the list shows the result, or the reason it was refused."""

        def done(_result: object) -> None:
            self.error.show_error("")
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.error.show_error(core_messages.text(exc))

        self.runner.run(lambda _job: work(), done, failed, write=True)

    def _entry(self, org_id: str) -> Organisation | None:
        with self.store.db.session() as s:
            org = s.get(Organisation, org_id)
            if org is not None:
                s.expunge(org)
            return org

    def new(self) -> None:
        dialog = EntryDialog(self.tr("New address-book entry"), None, self)
        if dialog.exec():
            values = dialog.values()

            def add() -> None:
                with self.store.db.write() as s:
                    add_organisation(s, self.store.log, self.actor, **values)  # type: ignore[arg-type]

            self._change(add)

    def edit(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[1]:
            return
        org = self._entry(chosen[0])
        dialog = EntryDialog(self.tr("Edit address-book entry"), org, self)
        if dialog.exec():
            values = dialog.values()

            def update() -> None:
                with self.store.db.write() as s:
                    update_organisation(s, self.store.log, self.actor, chosen[0], **values)

            self._change(update)

    def merge(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[1]:
            return
        duplicate = self._entry(chosen[0])
        assert duplicate is not None
        with self.store.db.session() as s:
            canonical = canonical_ids(s)
            others = [
                o
                for o in s.query(Organisation).order_by(Organisation.name_lo)
                if o.name_lo and o.id != duplicate.id and canonical.get(o.id, o.id) == o.id
            ]
            s.expunge_all()
        dialog = MergeDialog(duplicate, others, self)
        if dialog.exec():
            target = dialog.chosen()
            if target is None:
                self.error.show_error(self.tr("Choose an entry of the list to merge into."))
                return

            def merge() -> None:
                with self.store.db.write() as s:
                    merge_organisations(s, self.store.log, self.actor, duplicate.id, target)

            self._change(merge)

    def separate(self) -> None:
        chosen = self._selected()
        if chosen is None or not chosen[1]:
            return

        def separate() -> None:
            with self.store.db.write() as s:
                separate_organisation(s, self.store.log, self.actor, chosen[0])

        self._change(separate)
