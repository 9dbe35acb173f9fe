"""Keyboard only, as a clerk without a mouse: from the list of sent letters to follow up, Tab reaches "Send to another
office…" and Enter opens it (ui/widgets.py `enter_presses`); in that window Tab goes through the summary on to Send;
the Arrived list lets Tab leave it for the buttons after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.main_window import VIEWS, MainWindow
from eoffice_desktop.ui.send_again_dialog import SendAgainDialog
from sync.client.session import sync_once
from tests.ui.test_journey_window import _enrolled, _entry_for, _send, _window


def _shown(store: OfficeStore, qtbot: Any, view: str) -> MainWindow:
    """The window on screen and active (the keyboard goes to it), showing the given list."""
    window = _window(store, qtbot)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.sidebar.setCurrentRow(VIEWS.index(view))
    return window


def test_a_returned_letter_is_sent_to_another_office_with_the_keyboard_only(app, qtbot, central, tmp_path: Path):
    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, p_actor = _enrolled(central, tmp_path, "province", "ຂຂ")
    education, _ = _enrolled(central, tmp_path, "education", "ສສ")
    to_province = _entry_for(ministry, m_actor, "ແຂວງຫຼວງພະບາງ", province)
    _entry_for(ministry, m_actor, "ກະຊວງສຶກສາ", education)
    sent = _send(ministry, m_actor, to_province, "ແຜນງານສຶກສາ", summary="ແຜນງານ")
    sync_once(ministry)
    sync_once(province)
    return_to_sender(province, p_actor, sent, "ເລື່ອງນີ້ແມ່ນຂອງກະຊວງສຶກສາ")
    sync_once(province)
    sync_once(ministry)

    window = _shown(ministry, qtbot, "lost")
    page = window.lost
    qtbot.waitUntil(lambda: [row.letter_id for row in page.rows] == [sent], timeout=10_000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.send_again_button.isEnabled(), timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # Tab leaves the list for its button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.send_again_button, timeout=5000)
    qtbot.keyClick(page.send_again_button, Qt.Key.Key_Return)  # (Enter, as Space: Qt's own only in dialogs)
    dialog = page.findChild(SendAgainDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.summary.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.summary, timeout=5000)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)  # on to Send, no tab typed into the summary
    assert dialog.summary.toPlainText() == "ແຜນງານ"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.send_button, timeout=5000)
    qtbot.keyClick(dialog.send_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.close()
    for store in (ministry, province, education):
        store.close()


def test_tab_leaves_the_arrived_list(app, qtbot, central, tmp_path: Path):
    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, _ = _enrolled(central, tmp_path, "province", "ຂຂ")
    _send(ministry, m_actor, _entry_for(ministry, m_actor, "ແຂວງ", province), "ແຜນງານສຶກສາ")
    sync_once(ministry)
    sync_once(province)
    window = _shown(province, qtbot, "arrived")
    page = window.arrived
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)
    page.table.setFocus()
    page.table.selectRow(0)
    seen = []
    for _ in range(6):  # Tab walks the window's buttons, the row's Register among them
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert page.table not in seen
    assert any(isinstance(w, QPushButton) and w.text() == "Register" for w in seen)
    window.close()
    for store in (ministry, province):
        store.close()
