"""Enter presses the button that has the focus in the main window, as Space does (Qt does it by itself only in
dialogs): a clerk who went with Tab to an arrived letter's Register and pressed Enter saw nothing happen (the same on
the follow-up list's "Send to another office…": tests/ui/test_follow_up_keyboard.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eoffice_desktop.ui.register_sidebar import VIEWS
from tests.core.arrived import Arrived, arrived_letter
from tests.ui.test_arrived_letters import _row_button
from tests.ui.test_follow_up_keyboard import _shown

if TYPE_CHECKING:
    from eoffice_desktop.ui.main_window import MainWindow


@contextmanager
def arrived_on_screen(tmp_path: Path, qtbot: Any) -> Iterator[tuple[Arrived, MainWindow]]:
    """Another office's letter arrived at this office, whose window is on screen showing the Arrived list."""
    arrived = arrived_letter(tmp_path)
    try:
        window = _shown(arrived.here, qtbot, "arrived")
        qtbot.waitUntil(lambda: len(window.arrived.rows) == 1, timeout=10_000)
        yield arrived, window
        window.runner.wait()
        window.close()
    finally:
        arrived.close()


def test_enter_on_an_arrived_letters_register_registers_it(app, qtbot, tmp_path: Path):
    with arrived_on_screen(tmp_path, qtbot) as (_arrived, window):
        page = window.arrived
        page.table.setFocus()
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=5000)
        qtbot.keyClick(page.table, Qt.Key.Key_Tab)
        register = _row_button(page, "Register")
        assert QApplication.focusWidget() is register
        qtbot.keyClick(register, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
        assert page.message.text().startswith("Registered as incoming letter ")
        qtbot.waitUntil(lambda: not page.rows, timeout=5000)  # (the only letter: the list is empty and hidden)
        assert page.isAncestorOf(QApplication.focusWidget())  # (the keyboard goes on from the page, not nowhere)


def test_enter_on_a_tool_button_clicks_it(app, qtbot, tmp_path: Path):
    """The register's "More filters" (a tool button, as Sync now and Print are) is reached with Tab too: Enter clicks
    it, as Space does."""
    with arrived_on_screen(tmp_path, qtbot) as (_arrived, window):
        window.sidebar.setCurrentRow(VIEWS.index("out"))
        button = window.register.more_button
        qtbot.waitUntil(button.isVisible, timeout=5000)
        button.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=5000)
        with qtbot.waitSignal(button.clicked, timeout=5000):
            qtbot.keyClick(button, Qt.Key.Key_Return)


def test_tab_from_the_sidebar_reaches_the_arrived_list_before_the_box_below_it(app, qtbot, tmp_path: Path):
    with arrived_on_screen(tmp_path, qtbot) as (_arrived, window):
        page = window.arrived
        window.sidebar.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar, timeout=5000)
        reached = []
        for _ in range(12):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
            if QApplication.focusWidget() in (page.table, page.returned.toggle):
                break
        assert reached[-1] is page.table  # (before: the box "Show the letters this office returned" came first)
