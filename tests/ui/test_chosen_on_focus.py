"""Keyboard only: Tab into the Arrived list chooses the highlighted letter (the letter pane shows it, the next Tab
reaches its Register), where before the list had the focus and no letter was chosen until the clerk pressed Space."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_arrived_letters import _row_button
from tests.ui.test_enter_presses import arrived_on_screen


def _before(widget: QWidget) -> QWidget:
    """What Tab leaves for the widget: the one before it in the window's Tab order that takes the focus with Tab
    (the order of the window's parts depends on which was made first)."""
    before = widget.previousInFocusChain()
    while not (
        before.isVisible() and before.isEnabled() and before.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    ):
        before = before.previousInFocusChain()
    return before


def test_tab_into_the_arrived_list_chooses_its_letter(app, qtbot, tmp_path: Path):
    with arrived_on_screen(tmp_path, qtbot) as (arrived, window):
        page = window.arrived
        before = _before(page.table)
        before.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is before, timeout=5000)
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.table
        assert page.selected() == arrived.letter_id
        qtbot.waitUntil(lambda: window.view.detail is not None, timeout=5000)
        assert window.view.detail.letter.id == arrived.letter_id  # type: ignore[union-attr]
        qtbot.keyClick(page.table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is _row_button(page, "Register")
