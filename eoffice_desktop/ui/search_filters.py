"""The "More filters" popup of the search box: dates, confidentiality, sender, current holder, overdue, signed,
void letters and both registers. Each change applies at once; the values become `SearchQuery` fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.addresses.addressbook import ORG_KINDS
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import CONFIDENTIALITIES
from eoffice_desktop.core.search.request import SearchQuery
from eoffice_desktop.core.service import Office
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.widgets import DateField, ErrorLabel


def _typeable(combo: QComboBox) -> None:
    """A long list (the address book, the office's people) is found by typing any part of a name, in Lao or English."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class MoreFilters(QFrame):
    """Filters beyond year, status and urgency. `changed` after every edit; `save_requested` for "Save search"."""

    changed = Signal()
    save_requested = Signal()

    def __init__(self, store: OfficeStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.store = store
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.both = QCheckBox(self.tr("Search incoming and outgoing letters together"))
        self.date_from = DateField()
        self.date_to = DateField()
        self.date_error = ErrorLabel()
        self.confidentiality = QComboBox()
        self.confidentiality.addItem(self.tr("Any"), None)
        for code in CONFIDENTIALITIES:
            self.confidentiality.addItem(labels.confidentiality(code), code)
        self.sender = QComboBox()
        _typeable(self.sender)
        self.sender_kind = QComboBox()
        self.sender_kind.addItem(self.tr("Any"), None)
        for code in ORG_KINDS:
            self.sender_kind.addItem(self.kind_label(code), code)
        self.holder = QComboBox()
        _typeable(self.holder)
        self.overdue = QCheckBox(self.tr("Only letters whose reply is late"))
        self.signed = QCheckBox(self.tr("Only letters with a signature"))
        self.include_void = QCheckBox(self.tr("Also show void letters"))
        self.clear_button = QPushButton(self.tr("Clear these filters"))
        self.save_button = QPushButton(self.tr("Save this search…"))
        self.reload_choices()

        form = QFormLayout()
        form.addRow(self.both)
        form.addRow(self.tr("Registered from"), self.date_from)
        form.addRow(self.tr("Registered until"), self.date_to)
        form.addRow("", self.date_error)
        form.addRow(self.tr("Confidentiality"), self.confidentiality)
        form.addRow(self.tr("Sender"), self.sender)
        form.addRow(self.tr("Kind of sender"), self.sender_kind)
        form.addRow(self.tr("Now with"), self.holder)
        form.addRow(self.overdue)
        form.addRow(self.signed)
        form.addRow(self.include_void)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

        for box in (self.both, self.overdue, self.signed, self.include_void):
            box.toggled.connect(self.changed)
        for combo in (self.confidentiality, self.sender, self.sender_kind, self.holder):
            combo.currentIndexChanged.connect(self.changed)
        for field in (self.date_from, self.date_to):
            field.changed.connect(self._dates_edited)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save_requested)

    def kind_label(self, code: str) -> str:
        return {
            "ministry": self.tr("Ministries"),
            "province": self.tr("Provinces"),
            "district": self.tr("Districts"),
            "department": self.tr("Departments"),
            "company": self.tr("Companies"),
            "embassy": self.tr("Embassies"),
            "other": self.tr("Others"),
        }[code]

    def reload_choices(self) -> None:
        """The address book and the people and departments of the office (small tables)."""
        sender, holder = self.sender.currentData(), self.holder.currentData()
        choices = Office(self.store).filter_choices()
        orgs, people, departments = choices.organisations, choices.people, choices.departments
        for combo, items, chosen in ((self.sender, orgs, sender), (self.holder, people + departments, holder)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _dates_edited(self) -> None:
        bad = [f.text() for f in (self.date_from, self.date_to) if not self._date_ok(f)]
        if bad:
            self.date_error.setText(self.tr("Type the date as day/month/year, for example 26/02/2026."))
            self.date_error.show()
            return  # the filter keeps its last good dates until this one is a date
        self.date_error.hide()
        self.changed.emit()

    @staticmethod
    def _date_ok(field: DateField) -> bool:
        try:
            field.value()
        except ValueError:
            return False
        return True

    def _date(self, field: DateField) -> Any:
        return field.value() if self._date_ok(field) else None

    def values(self) -> dict[str, Any]:
        """The `SearchQuery` fields these filters set (direction is the main window's: see `both`)."""
        return {
            "date_from": self._date(self.date_from),
            "date_to": self._date(self.date_to),
            "confidentiality": self.confidentiality.currentData(),
            "sender_org_id": self.sender.currentData(),
            "sender_kind": self.sender_kind.currentData(),
            "holder_id": self.holder.currentData(),
            "overdue": self.overdue.isChecked(),
            "signed": self.signed.isChecked(),
            "include_void": self.include_void.isChecked(),
        }

    def active_count(self) -> int:
        return sum(1 for v in self.values().values() if v not in (None, False)) + int(self.both.isChecked())

    def set_values(self, query: SearchQuery) -> None:
        """Show a saved search's filters (without announcing each change)."""
        self.blockSignals(True)
        self.both.setChecked(query.direction is None)
        self.date_from.set_date(query.date_from)
        self.date_to.set_date(query.date_to)
        for combo, value in (
            (self.confidentiality, query.confidentiality),
            (self.sender, query.sender_org_id),
            (self.sender_kind, query.sender_kind),
            (self.holder, query.holder_id),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.overdue.setChecked(query.overdue)
        self.signed.setChecked(query.signed)
        self.include_void.setChecked(query.include_void)
        self.date_error.hide()
        self.blockSignals(False)

    def clear(self) -> None:
        self.set_values(SearchQuery(direction="in"))
        self.changed.emit()
