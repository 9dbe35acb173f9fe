"""The address book's small dialogs: the fields of one entry, the entry a duplicate is merged into, and the
directory office an entry stands for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.addresses.addressbook import ORG_KINDS
from eoffice_desktop.core.addresses.correspondents import OFFICE, Correspondent
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.service.address_book import Entry
from eoffice_desktop.ui.office_picker import OfficePicker, delivery_words
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.typed_input import AsksBeforeDiscard
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


class EntryDialog(AsksBeforeDiscard, QDialog):
    """The fields of one entry: names, abbreviation, kind, province."""

    def __init__(self, title: str, org: Entry | None, parent: QWidget | None = None) -> None:
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

    def __init__(self, duplicate: Entry, others: list[Entry], parent: QWidget | None = None) -> None:
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


class LinkDialog(QDialog):
    """Say which office of the national directory an entry stands for: letters to it then go through the server
    when that office uses eOffice. Offices that look like the entry are offered first."""

    def __init__(
        self,
        store: OfficeStore,
        runner: TaskRunner,
        entry: Entry,
        suggested: list[Correspondent],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to an office of the directory"))
        explanation = QLabel(
            self.tr(
                "Which office is “{name}”? Letters to it will reach that office through the server when it uses "
                "eOffice; otherwise they are printed and sent on paper."
            ).format(name=entry.name_lo)
        )
        explanation.setWordWrap(True)
        self.picker = OfficePicker(store, runner, multiple=False)
        self.picker.find.setPlaceholderText(self.tr("Type part of the office's name or its code"))
        self.suggested = QListWidget()
        self.suggested.setMaximumHeight(110)
        for office in suggested:
            item = QListWidgetItem(f"{office.display} — {delivery_words(office)}")
            item.setData(Qt.ItemDataRole.UserRole, office)
            self.suggested.addItem(item)
        self.suggested.currentItemChanged.connect(
            lambda item, _old: self.picker.set_values([item.data(Qt.ItemDataRole.UserRole)]) if item else None
        )
        self.suggested.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        if suggested:
            layout.addWidget(QLabel(self.tr("Offices that look like it:")))
            layout.addWidget(self.suggested)
            self.suggested.setCurrentRow(0)
        form = QFormLayout()
        form.addRow(self.tr("Office"), self.picker)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def chosen(self) -> str | None:
        values = [c for c in self.picker.values() if c.kind == OFFICE]
        return values[0].id if values else None
