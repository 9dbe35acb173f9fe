"""Run by test_screen_fit.py on an offscreen screen of 1366x728 (a 1366x768 screen less its taskbar): every window
and dialog the app opens, each as its menu item or button opens it, must keep all its buttons on the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QWidget,
)

from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.people.accounts import LoginThrottle
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui.screen_fit import TITLE_BAR
from tests.ui.test_routing_walk import _sign_in

SKIPPED: set[str] = set()  # every dialog, the registration form included


def _room() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def _outside(window: QWidget) -> list[str]:
    """What of the window a person could not reach on the screen."""
    room = _room()
    name = type(window).__name__
    problems = []
    frame = window.geometry().adjusted(0, -TITLE_BAR, 0, 0)
    if frame.width() > room.width() or frame.height() > room.height():
        problems.append(f"{name} is {window.width()}x{window.height()} (+{TITLE_BAR} title bar)")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not window.rect().contains(where):
            problems.append(f"{name}: button {button.text()!r} at {where.getRect()} outside {window.rect().getRect()}")
    return problems


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[str]]]:
    """Every dialog opened with exec() or open() is shown, checked and closed (as Cancel would)."""
    seen: dict[str, list[str]] = {}

    def check(dialog: QDialog) -> int:
        name = type(dialog).__name__
        if name not in SKIPPED:
            dialog.show()
            QApplication.processEvents()
            seen[name] = _outside(dialog)
        dialog.reject()
        return 0

    for cls in (QDialog, QPrintDialog):
        monkeypatch.setattr(cls, "exec", check)
    monkeypatch.setattr(QDialog, "open", check)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    yield seen


def test_screen_is_an_office_laptop(qapp):  # type: ignore[no-untyped-def]
    assert _room().size().toTuple() == (1366, 728)


def test_first_start_and_sign_in_fit(qtbot, app, tmp_path, demo_store, checked):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog, LoginDialog

    store = open_store(tmp_path / "new")
    try:
        for dialog in (FirstRunDialog(store), LoginDialog(demo_store, LoginThrottle())):
            qtbot.addWidget(dialog)
            dialog.exec()
    finally:
        store.close()
    from eoffice_desktop.ui.address_book import EntryDialog
    from eoffice_desktop.ui.people_dialogs import UserDialog
    from eoffice_desktop.ui.sync_problems import SyncProblemsDialog

    for other in (UserDialog(demo_store), EntryDialog("ທີ່ຢູ່", None), SyncProblemsDialog([])):
        qtbot.addWidget(other)
        other.exec()
    assert set(checked) == {"FirstRunDialog", "LoginDialog", "UserDialog", "EntryDialog", "SyncProblemsDialog"}
    assert [p for problems in checked.values() for p in problems] == []


@pytest.mark.parametrize("username", ["admin", "head"])
def test_every_window_from_the_menus_and_the_letter_fits(qtbot, app, demo_store, checked, username):  # type: ignore[no-untyped-def]
    window = _sign_in(qtbot, demo_store, username)
    window.show()  # (app.py shows it maximised, which an offscreen screen does not do: sized here as it would be)
    window.setGeometry(_room().adjusted(0, TITLE_BAR, 0, 0))
    qtbot.waitUntil(lambda: window.isVisible())
    assert _outside(window) == []
    assert window.minimumSizeHint().height() + TITLE_BAR <= _room().height()
    assert window.statusBar().isVisible()
    with demo_store.db.session() as s:
        letter = s.query(Letter).filter(Letter.direction == "in").first()
        assert letter is not None
        letter_id = letter.id
    window.select_letter(letter_id)
    view = window.view
    for slot in (view._correct, view._route, view._redirect, view._forward, view._complete, view._void):
        slot()
    view._print_signed()
    left_alone = {window.tr("Quit"), window.tr("Lock"), window.tr("Switch user…"), window.tr("Sync now")}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isVisible() and action.text() and action.text() not in left_alone:
                action.trigger()
    window.lock()
    window.runner.wait()
    expected = {"RouteDialog", "CompleteDialog", "VoidDialog", "CorrectFieldDialog", "DashboardDialog"}
    expected |= {"SettingsDialog", "AddressBookDialog", "RegisterBookDialog", "LoginDialog", "DelegateDialog"}
    assert expected <= set(checked), sorted(checked)
    assert {name: problems for name, problems in checked.items() if problems} == {}
