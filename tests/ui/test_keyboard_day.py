"""A clerk's and an official's day with key presses only: the clerk sends a registered letter on, the head of
office finds it in *My inbox*, says it arrived and completes it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui.main_window import VIEWS
from tests.ui.test_routing_walk import _sign_in, _user_id


def _keys(qtbot, keys: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Press keys as the keyboard does: into the window in front, which hands them to its focus or a shortcut."""
    for key in keys:
        key, modifier = key if isinstance(key, tuple) else (key, Qt.KeyboardModifier.NoModifier)
        target = QApplication.focusWindow()
        assert target is not None
        QTest.keyClick(target, key, modifier)


def _in_dialog(qtbot, keys: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Keys for the dialog a shortcut is about to open (it runs its own loop until Enter closes it)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # (not open yet)
            QTimer.singleShot(10, press)
            return
        if QApplication.focusWindow() is not dialog.windowHandle():  # (it takes the keyboard a moment later)
            dialog.activateWindow()
            QTimer.singleShot(10, press)
            return
        _keys(qtbot, keys)

    QTimer.singleShot(0, press)


def _front(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_send_receive_complete_with_the_keyboard_alone(qtbot, app, demo_store):
    store = demo_store
    clerk = _sign_in(qtbot, store, "clerk")
    letter_id = register_letter(
        store,
        clerk.actor,
        LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject="ຂໍຂໍ້ມູນງົບປະມານ"),
    ).letter_id
    clerk.sidebar.setCurrentRow(VIEWS.index("in"))
    clerk.refresh()
    _front(qtbot, clerk)
    clerk.table.setFocus()
    qtbot.waitUntil(lambda: clerk.model.row_of(letter_id) == 0, timeout=5000)
    _keys(
        qtbot, [Qt.Key.Key_Down, (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)]
    )  # the newest letter is the first row (newest number first)
    assert clerk.selected_letter() == letter_id
    _keys(qtbot, [Qt.Key.Key_Tab])
    assert QApplication.focusWidget() is not clerk.table  # Tab leaves the table instead of walking its cells
    assert "Ctrl+T" in clerk.view.route_buttons["route"].toolTip()

    head_id = _user_id(store, "head")
    qtbot.waitUntil(lambda: clerk.view.route_buttons["route"].isVisible(), timeout=5000)
    dialog_rows: list[int] = []

    def find_head() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.focusWindow() is not dialog.windowHandle():
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(10, find_head)
            return
        targets = dialog.targets  # type: ignore[union-attr]
        rows = [
            i for i in range(targets.count()) if targets.item(i).data(Qt.ItemDataRole.UserRole) == ("user", head_id)
        ]
        dialog_rows.extend(rows)
        _keys(qtbot, [Qt.Key.Key_Home] + [Qt.Key.Key_Down] * rows[0] + [Qt.Key.Key_Space, Qt.Key.Key_Return])

    QTimer.singleShot(0, find_head)
    _keys(qtbot, [(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)])  # Send to…
    qtbot.waitUntil(lambda: bool(dialog_rows), timeout=5000)  # (a button's shortcut clicks it a moment later)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    clerk.runner.wait()

    head = _sign_in(qtbot, store, "head")
    head.close()
    from eoffice_desktop.ui.main_window import MainWindow

    official = MainWindow(store, head.actor, head.viewer, "head")
    qtbot.addWidget(official)
    assert official.view_name == "inbox"  # an official's first screen is *My inbox*
    qtbot.waitUntil(lambda: official.inbox_model.row_of(letter_id) >= 0, timeout=5000)
    _front(qtbot, official)
    official.inbox_table.setFocus()
    _keys(
        qtbot,
        [Qt.Key.Key_Down, (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)]
        + [Qt.Key.Key_Down] * official.inbox_model.row_of(letter_id),
    )
    assert official.selected_letter() == letter_id
    qtbot.waitUntil(lambda: official.view.route_buttons["acknowledge"].isVisible(), timeout=5000)
    _keys(qtbot, [(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)])  # Received
    qtbot.waitUntil(lambda: official.view.route_buttons["complete"].isVisible(), timeout=5000)
    _in_dialog(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Return])  # outcome: filed; Enter completes
    _keys(qtbot, [(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)])  # Complete…
    qtbot.waitUntil(lambda: _status(store, letter_id) == "completed", timeout=5000)
    official.runner.wait()


def _status(store, letter_id: str) -> str:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return s.get(Letter, letter_id).status
