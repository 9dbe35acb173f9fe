"""Keyboard only: Tab into the Arrived list chooses the highlighted letter (the letter pane shows it, the next Tab
reaches its Register), where before the list had the focus and no letter was chosen until the clerk pressed Space."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_arrived_letters import _row_button
from tests.ui.test_enter_presses import arrived_on_screen


def test_tab_into_the_arrived_list_chooses_its_letter(app, qtbot, tmp_path: Path):
    with arrived_on_screen(tmp_path, qtbot) as (arrived, window):
        page = window.arrived
        before = window.saved  # (what comes before the list in the window's Tab order: the saved searches)
        before.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is before, timeout=5000)
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.table
        assert page.selected() == arrived.letter_id
        qtbot.waitUntil(lambda: window.view.detail is not None, timeout=5000)
        assert window.view.detail.letter.id == arrived.letter_id  # type: ignore[union-attr]
        qtbot.keyClick(page.table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is _row_button(page, "Register")
