"""Every field of the app's windows that a person reads a label beside (a form's label, a label's buddy) or a hint in
has that text as the name a screen reader says, in English and in Lao: each window as its menu item or button opens
it, the start dialogs, the letter's actions and the register import with a file read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import LoginThrottle
from eoffice_desktop.core.storage.models import Letter
from tests.ui.behind_windows import OPENED, open_windows_behind
from tests.ui.import_register import import_dialog, previewed, register_csv
from tests.ui.test_routing_walk import _sign_in

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)
PARTS_OF = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabWidget)  # (a box's list, a number's text)


def _first_field(widget: QWidget) -> QWidget | None:
    """The field a label before `widget` speaks of: itself, the one it hands its keys to, or the first inside it."""
    if isinstance(widget, FIELDS):
        return widget
    proxy = widget.focusProxy()
    if isinstance(proxy, FIELDS):
        return proxy
    return next((w for w in widget.findChildren(QWidget) if isinstance(w, FIELDS)), None)


def _read_beside(window: QWidget) -> dict[int, str]:
    """id of each field -> the label or hint a person reads for it."""
    said: dict[int, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        field = _first_field(buddy) if buddy is not None else None
        if field is not None and label.text().strip():
            said[id(field)] = label.text()
    for form in window.findChildren(QFormLayout):
        owner = form.parentWidget()
        for widget in owner.findChildren(QWidget) if owner is not None else []:
            label = form.labelForField(widget)
            field = _first_field(widget) if isinstance(label, QLabel) and label is not widget else None
            if field is not None and label.text().strip():
                said.setdefault(id(field), label.text())
    for field in window.findChildren(QWidget):
        if isinstance(field, (QLineEdit, QTextEdit, QPlainTextEdit)) and field.placeholderText().strip():
            said.setdefault(id(field), field.placeholderText())
    return said


def _unnamed(window: QWidget) -> list[str]:
    """The shown fields with a label or a hint whose accessible name is empty."""
    said = _read_beside(window)
    missing = []
    for field in window.findChildren(QWidget):
        if not isinstance(field, FIELDS) or isinstance(field, QHeaderView) or not field.isVisibleTo(window):
            continue
        if isinstance(field.parentWidget(), PARTS_OF) or id(field) not in said:
            continue
        if not field.accessibleName().strip():
            missing.append(f"{type(window).__name__}: {type(field).__name__} read as {said[id(field)]!r}, unnamed")
    return missing


@pytest.fixture(params=["en", "lo"])
def language(request: pytest.FixtureRequest, app: QApplication) -> Iterator[str]:
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, request.param)
    yield request.param
    install_translation(app, "en")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, language: str) -> dict[str, list[str]]:
    """Every dialog opened with exec() or open() is shown, looked at and closed (as Cancel would)."""
    seen: dict[str, list[str]] = {}

    def look(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        seen[type(dialog).__name__] = _unnamed(dialog)
        dialog.reject()
        return 0

    for cls in (QDialog, QPrintDialog):
        monkeypatch.setattr(cls, "exec", look)
    monkeypatch.setattr(QDialog, "open", look)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    return seen


def _problems(opened: dict[str, list[str]]) -> dict[str, list[str]]:
    return {name: problems for name, problems in opened.items() if problems}


def test_the_start_dialogs_name_their_fields(qtbot, tmp_path, demo_store, opened):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.address_book import EntryDialog
    from eoffice_desktop.ui.people_dialogs import UserDialog
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog, LoginDialog
    from eoffice_desktop.ui.sync_problems import SyncProblemsDialog

    store = open_store(tmp_path / "new")
    try:
        for dialog in (
            FirstRunDialog(store),
            LoginDialog(demo_store, LoginThrottle()),
            UserDialog(demo_store),
            EntryDialog("ທີ່ຢູ່", None),
            SyncProblemsDialog([]),
        ):
            qtbot.addWidget(dialog)
            dialog.exec()
    finally:
        store.close()
    assert set(opened) == {"FirstRunDialog", "LoginDialog", "UserDialog", "EntryDialog", "SyncProblemsDialog"}
    assert _problems(opened) == {}


@pytest.mark.parametrize("username", ["admin", "head"])
def test_every_window_from_the_menus_and_the_letter_names_its_fields(qtbot, demo_store, opened, username):  # type: ignore[no-untyped-def]
    window = _sign_in(qtbot, demo_store, username)
    window.show()
    qtbot.waitUntil(lambda: window.isVisible())
    assert _unnamed(window) == []
    with demo_store.db.session() as s:
        letter = s.query(Letter).filter(Letter.direction == "in").first()
        assert letter is not None
        letter_id = letter.id
    window.select_letter(letter_id)
    view = window.view
    assert _unnamed(window) == []
    for slot in (view._correct, view._route, view._redirect, view._forward, view._complete, view._void):
        slot()
    view._print_slip()
    view._print_signed()
    left_alone = {window.tr("Quit"), window.tr("Lock"), window.tr("Switch user…"), window.tr("Sync now")}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isVisible() and action.text() and action.text() not in left_alone:
                action.trigger()
    window.runner.wait()
    assert {"RouteDialog", "CompleteDialog", "VoidDialog", "CorrectFieldDialog", "SettingsDialog"} <= set(opened)
    assert _problems(opened) == {}


def test_the_windows_behind_other_windows_name_their_fields(qtbot, tmp_path, demo_store, opened):  # type: ignore[no-untyped-def]
    """The address book's merge and link, the signing windows, the package check (after its file is chosen)."""
    window = _sign_in(qtbot, demo_store, "head")
    window.show()
    open_windows_behind(window, demo_store, tmp_path)
    assert set(opened) >= OPENED
    assert _problems(opened) == {}


def test_the_register_import_names_its_column_choices(qtbot, demo_store, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    """With a file read, and after the register's drop-down was opened (its list then exists)."""
    dialog, runner = import_dialog(qtbot, demo_store)
    dialog.show()
    dialog.direction.showPopup()
    dialog.direction.hidePopup()
    previewed(qtbot, dialog, register_csv(tmp_path, ["0012/ADM,03/01/2024,ກະຊວງພາຍໃນ,ກອງປະຊຸມ,ດ່ວນ,2"]))
    dialog.hide()
    dialog.show()
    assert _unnamed(dialog) == []
    from eoffice_desktop.ui.import_rows import field_title

    names = [box.accessibleName() for box in dialog.columns.values()]
    assert names == [field_title(name) for name in dialog.columns], names  # (in the window's language)
    runner.wait()
