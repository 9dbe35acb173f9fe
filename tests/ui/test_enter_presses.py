"""Enter presses the button that has the focus in the main window, as Space does (Qt does it by itself only in
dialogs): a clerk who went with Tab to an arrived letter's Register and pressed Enter saw nothing happen (the same on
the follow-up list's "Send to another office…": tests/ui/test_follow_up_keyboard.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.arrived import Arrived, arrived_letter
from tests.ui.test_arrived_letters import _row_button
from tests.ui.test_follow_up_keyboard import _shown


def test_enter_on_an_arrived_letters_register_registers_it(app, qtbot, tmp_path: Path):
    arrived: Arrived = arrived_letter(tmp_path)
    try:
        window = _shown(arrived.here, qtbot, "arrived")
        page = window.arrived
        qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)
        page.table.setFocus()
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=5000)
        qtbot.keyClick(page.table, Qt.Key.Key_Tab)
        register = _row_button(page, "Register")
        assert QApplication.focusWidget() is register
        qtbot.keyClick(register, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
        assert page.message.text().startswith("Registered as incoming letter ")
        window.runner.wait()
        window.close()
    finally:
        arrived.close()
