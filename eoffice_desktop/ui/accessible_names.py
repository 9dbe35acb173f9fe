"""Names for the controls that show no words of their own (lists, tables, filters, the find box), so a screen reader
says what each is and tests find them by name. Buttons and menu items are named by their text; a field is named by
its label in a form (Qt reads a label's "buddy"), which `FormNames` sets, as each window shows, for the form rows Qt
left without one (a label made beforehand, a field inside a row of several, a date field whose typing part is
inside it); a field with no label is named by the hint it shows, a list in a titled box by the box's title. The
rest are named where they are made.

Layouts are read through their widgets and sub-layouts (`indexOf`, `labelForField`, `getItemPosition`), never through
`itemAt`: PySide 6.12 keeps the wrapper of a layout item it handed out after Qt deletes the item, and a later object
made at the same address came back as that item (a table's header as a `QWidgetItem`, which has no `hide`). A wrapper
PySide makes for an object Qt made itself (a drop-down's open list and the window around it, a scroll area's bars)
stops working when PySide frees the wrapper of its parent, though the object is still there: a parent asked for on the
way (`parentWidget`) and dropped took its children's wrappers with it, and naming stopped at the first one, leaving
the rest of the window unnamed. So every object of the window is held while it is named, each is checked
(`isValid`) before it is used, a label is looked for before the field after it is touched, and a child that fails
anyway is skipped alone; naming never raises (an error raised inside an event filter ends the process in PySide
6.11-6.12 on Python 3.11)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import suppress
from typing import TYPE_CHECKING, TypeVar, cast

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
    QHeaderView,
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
VIEWS = (QAbstractItemView, QTextEdit, QPlainTextEdit)  # (named by their box's or their dialog's title when alone)
Thing = TypeVar("Thing", bound=QObject)

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
    if item is None or not isValid(item):
        return None
    if isinstance(item, QWidget):
        if isinstance(item, FIELDS):
            return item
        proxy = item.focusProxy()
        if proxy is not None and isValid(proxy) and isinstance(proxy, FIELDS):
            return proxy
        return next((w for w in item.findChildren(QWidget) if isValid(w) and isinstance(w, FIELDS)), None)
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
        *(owner.findChildren(QWidget, options=direct) if owner is not None and isValid(owner) else []),
        *layout.findChildren(QLayout, options=direct),
    ]
    found = []
    for item in held:
        with suppress(RuntimeError):
            if isValid(item) and isValid(layout):
                found.append((layout.indexOf(item), item))
    return sorted((entry for entry in found if entry[0] >= 0), key=lambda entry: entry[0])


def _each(items: Iterable[Thing], step: Callable[[Thing], None]) -> None:
    """`step` on each item whose object is still there; one that goes while it is read is skipped alone."""
    for item in items:
        if isValid(item):
            with suppress(RuntimeError):
                step(item)


def _name(control: QWidget, text: str) -> None:
    """Give `control` the name `text` unless it has one (or is gone, or `text` says nothing)."""
    name = _plain(text)
    if name and isValid(control) and not control.accessibleName():
        control.setAccessibleName(name)


def name_by_labels(window: QWidget) -> None:
    """Give the window's unnamed fields the names a person reads beside them (see the module's text)."""
    held = window.findChildren(QObject)  # (kept to the end: a wrapper dropped on the way stops its children's)
    _each(window.findChildren(QFormLayout), _name_form_rows)
    _each(window.findChildren(QLayout), _name_label_then_field)
    _each(window.findChildren(QLabel), _name_buddy)
    _each(window.findChildren(QWidget), lambda control: _name_by_hint_or_box(window, control))
    views = []
    for w in window.findChildren(QWidget):
        with suppress(RuntimeError):
            if not isValid(w) or not isinstance(w, VIEWS) or isinstance(w, QHeaderView):  # (a header: its table's)
                continue
            if not w.accessibleName() and w.isVisibleTo(window):
                views.append(w)
    if len(views) == 1 and isinstance(window, QDialog) and window.windowTitle():  # (its one list or text is it)
        _name(views[0], window.windowTitle())
    del held


def _name_form_rows(form: QFormLayout) -> None:
    for _index, field in _entries(form):
        with suppress(RuntimeError):
            label = form.labelForField(field)
            if isinstance(label, QLabel) and isValid(label) and label is not field:
                control = _first_field(field)
                if control is not None:
                    _name(control, label.text())


def _name_label_then_field(layout: QLayout) -> None:
    for label, control in _label_then_field(layout):
        with suppress(RuntimeError):
            _name(control, label.text())


def _name_buddy(label: QLabel) -> None:
    buddy = label.buddy()
    control = _first_field(buddy) if buddy is not None else None
    if control is not None:
        _name(control, label.text())


def _name_by_hint_or_box(window: QWidget, control: QWidget) -> None:
    """A field with no label is named by the hint it shows; a list or text in a titled box by the box's title."""
    if not isinstance(control, FIELDS) or control.accessibleName():
        return
    hint = control.placeholderText() if isinstance(control, (QLineEdit, QTextEdit, QPlainTextEdit)) else ""
    if hint:
        _name(control, hint)
        return
    box = control.parentWidget()
    while box is not None and isValid(box) and box is not window and not isinstance(box, QGroupBox):
        box = box.parentWidget()
    if isinstance(box, QGroupBox) and isValid(box) and box.title() and isinstance(control, VIEWS):
        _name(control, box.title())


def _label_then_field(layout: QLayout) -> list[tuple[QLabel, QWidget]]:
    """A label just before a field in a row or a column of a layout, or just left of it in a grid, speaks of it.
    Only what follows a label is looked at (a drop-down's own list, in a layout of its own, is never touched)."""
    pairs: list[tuple[QLabel, QWidget]] = []
    if isinstance(layout, QGridLayout):
        cells: dict[tuple[int, int], QWidget | QLayout] = {}
        for index, entry in _entries(layout):
            with suppress(RuntimeError):
                position = cast("tuple[int, int, int, int]", layout.getItemPosition(index))  # (stubs: object)
                cells[position[:2]] = entry
        for (row, column), label in cells.items():
            field = cells.get((row, column + 1)) if isinstance(label, QLabel) else None
            if isinstance(label, QLabel) and isinstance(field, FIELDS) and isValid(field):
                pairs.append((label, field))
    elif isinstance(layout, QBoxLayout):
        entries = _entries(layout)
        for (place, before), (next_place, after) in zip(entries, entries[1:], strict=False):
            with suppress(RuntimeError):
                if not isinstance(before, QLabel) or next_place != place + 1 or not isinstance(after, QWidget):
                    continue
                if before.buddy() is None:
                    control = _first_field(after)
                    if control is not None:
                        pairs.append((before, control))
    return pairs


class FormNames(QObject):
    """Installed on the application: each window's fields get their names as the window shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            with suppress(RuntimeError):  # (a control whose object went while it was read: named at the next show)
                name_by_labels(watched)
        return False
