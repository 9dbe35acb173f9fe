"""Names for the controls that show no words of their own (lists, tables, filters, the find box), so a screen reader
says what each is and tests find them by name. Buttons and menu items are named by their text; a field is named by
its label in a form (Qt reads a label's "buddy"), which `FormNames` sets, as each window shows, for the form rows Qt
left without one (a label made beforehand, a field inside a row of several, a date field whose typing part is
inside it); a field with no label is named by the hint it shows, a list in a titled box by the box's title. The
rest are named where they are made.

Layouts are read through their widgets and sub-layouts (`indexOf`, `labelForField`, `getItemPosition`), never through
`itemAt`: PySide 6.12 keeps the wrapper of a layout item it handed out after Qt deletes the item, and a later object
made at the same address came back as that item (a table's header as a `QWidgetItem`, which has no `hide`). For the
same reason a child found may be a wrapper whose object is gone: it is skipped, and naming never raises (an error
raised inside an event filter ends the process in PySide 6.11-6.12 on Python 3.11)."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

ZWSP = "\u200b"  # (the Lao word breaks a wrapped label carries: not part of a name)
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)

if TYPE_CHECKING:
    from eoffice_desktop.ui.main_window import MainWindow


def name_main_window(window: MainWindow) -> None:
    for widget, text in (
        (window.sidebar, QCoreApplication.translate("AccessibleNames", "Registers and lists")),
        (window.saved, QCoreApplication.translate("AccessibleNames", "Saved searches")),
        (window.search, QCoreApplication.translate("AccessibleNames", "Find letters")),
        (window.year, QCoreApplication.translate("AccessibleNames", "Year")),
        (window.status, QCoreApplication.translate("AccessibleNames", "Status")),
        (window.urgency, QCoreApplication.translate("AccessibleNames", "Urgency")),
        (window.table, QCoreApplication.translate("AccessibleNames", "Letters")),
        (window.inbox_table, QCoreApplication.translate("AccessibleNames", "Letters in the list")),
    ):
        widget.setAccessibleName(text)


def _plain(text: str) -> str:
    return text.replace(ZWSP, "").replace("&", "").strip().rstrip(":").strip()


def _first_field(item: QWidget | QLayout | None) -> QWidget | None:
    """The control a form row's label speaks of: the field itself, or the first field inside it."""
    if isinstance(item, QWidget):
        proxy = item.focusProxy()
        if isinstance(item, FIELDS):
            return item
        if isinstance(proxy, FIELDS):
            return proxy
        found = [w for w in item.findChildren(QWidget) if isinstance(w, FIELDS)]
        return found[0] if found else None
    if isinstance(item, QLayout):
        for _index, child in _entries(item):
            field = _first_field(child)
            if field is not None:
                return field
    return None


def _entries(layout: QLayout) -> list[tuple[int, QWidget | QLayout]]:
    """The widgets and sub-layouts a layout holds itself, with their places in it, in its order (spacers left out)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    owner = layout.parentWidget()
    held: list[QWidget | QLayout] = [
        *(owner.findChildren(QWidget, options=direct) if owner is not None else []),
        *layout.findChildren(QLayout, options=direct),
    ]
    found = [(layout.indexOf(item), item) for item in held if isValid(item)]
    return sorted((entry for entry in found if entry[0] >= 0), key=lambda entry: entry[0])


def name_by_labels(window: QWidget) -> None:
    """Give the window's unnamed fields the names a person reads beside them (see the module's text)."""
    for form in window.findChildren(QFormLayout):
        for _index, field in _entries(form):
            label = form.labelForField(field)
            if not isinstance(label, QLabel) or label is field:
                continue
            control = _first_field(field)
            if control is not None and not control.accessibleName():
                control.setAccessibleName(_plain(label.text()))
    for layout in window.findChildren(QLayout):
        for label, control in _label_then_field(layout):
            if not control.accessibleName():
                control.setAccessibleName(_plain(label.text()))
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        control = _first_field(buddy) if buddy is not None else None
        if control is not None and not control.accessibleName():
            control.setAccessibleName(_plain(label.text()))
    for control in window.findChildren(QWidget):
        if not isinstance(control, FIELDS) or control.accessibleName():
            continue
        hint = control.placeholderText() if isinstance(control, (QLineEdit, QTextEdit, QPlainTextEdit)) else ""
        box = control.parentWidget()
        while box is not None and box is not window and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        if hint:
            control.setAccessibleName(_plain(hint))
        elif (
            isinstance(box, QGroupBox)
            and box.title()
            and isinstance(control, (QAbstractItemView, QTextEdit, QPlainTextEdit))
        ):
            control.setAccessibleName(_plain(box.title()))
    views = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, (QAbstractItemView, QTextEdit, QPlainTextEdit))
        and not w.accessibleName()
        and w.isVisibleTo(window)
    ]
    if len(views) == 1 and isinstance(window, QDialog) and window.windowTitle():  # (its one list or text is it)
        views[0].setAccessibleName(_plain(window.windowTitle()))


def _label_then_field(layout: QLayout) -> list[tuple[QLabel, QWidget]]:
    """A label just before a field in a row or a column of a layout, or just left of it in a grid, speaks of it."""
    pairs = []
    if isinstance(layout, QGridLayout):
        cells: dict[tuple[int, int], QWidget | QLayout] = {}
        for index, entry in _entries(layout):
            row, column, _rows, _columns = layout.getItemPosition(index)
            cells[(row, column)] = entry
        for (row, column), widget in cells.items():
            field = cells.get((row, column + 1))
            if isinstance(widget, QLabel) and isinstance(field, FIELDS):
                pairs.append((widget, field))
    elif isinstance(layout, QBoxLayout):
        entries = _entries(layout)
        for (place, before), (next_place, after) in zip(entries, entries[1:], strict=False):
            control = _first_field(after) if next_place == place + 1 and isinstance(after, QWidget) else None
            if isinstance(before, QLabel) and control is not None and not before.buddy():
                pairs.append((before, control))
    return pairs


class FormNames(QObject):
    """Installed on the application: each window's fields get their names as the window shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            with suppress(RuntimeError):  # (a control whose object went while it was read: named at the next show)
                name_by_labels(watched)
        return False
