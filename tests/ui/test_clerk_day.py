"""A clerk's day on an office PC: the letter's steps in a menu with keys a text field does not use, what the head and
the official wrote shown on the letter's Details, sizes and decimals as people read them, plain words for an office
without a server, and all the letter's tabs in sight at 1366 pixels wide."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from eoffice_desktop.core.letterform import LetterForm
from eoffice_desktop.core.models import Letter
from eoffice_desktop.core.registry import register_letter
from eoffice_desktop.core.routing import Recipient, acknowledge, complete, route
from eoffice_desktop.ui.main_window import VIEWS
from tests.ui.test_routing_walk import _sign_in, _user_id

# The keys a text field keeps for its own editing on some desktop (Ctrl+K deletes to the end of the line on Linux).
TEXT_FIELD_KEYS = (
    QKeySequence.StandardKey.DeleteEndOfLine,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToEndOfLine,
    QKeySequence.StandardKey.MoveToStartOfLine,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
)


def _letter(store, actor, subject: str = "ຂໍຂໍ້ມູນງົບປະມານ") -> str:  # type: ignore[no-untyped-def]
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງການເງິນ", subject=subject)
    return register_letter(store, actor, form).letter_id


def _status(store, letter_id: str) -> str:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return s.get(Letter, letter_id).status


def test_the_letter_menu_shows_the_steps_keys_and_ctrl_k_stays_with_the_text_field(qtbot, app, demo_store):
    store = demo_store
    clerk = _sign_in(qtbot, store, "clerk")
    letter_id = _letter(store, clerk.actor)
    route(store, clerk.actor, letter_id, [Recipient(user_id=_user_id(store, "head"))], "")
    head = _sign_in(qtbot, store, "head")
    menu = next(a.menu() for a in head.menuBar().actions() if a.text() == "&Letter")
    shown = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shown["Received"] == "Ctrl+R" and shown["Send to…"] == "Ctrl+T" and shown["Complete…"] == "Ctrl+D"
    field_keys = {k.toString() for key in TEXT_FIELD_KEYS for k in QKeySequence.keyBindings(key)} | {"Ctrl+K", "Ctrl+E"}
    assert not field_keys & set(shown.values()), "a step takes a key text fields use"

    head.show()
    head.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is head, timeout=5000)
    head.select_letter(letter_id)
    qtbot.waitUntil(lambda: head.view.step_actions["acknowledge"].isEnabled(), timeout=5000)
    head.search.setText("0045 ສອບເສັງ")
    head.search.setFocus()
    head.search.setCursorPosition(4)
    QTest.keyClick(head.search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    head.runner.wait()
    assert _status(store, letter_id) == "in_progress" and head.view.step_actions["acknowledge"].isEnabled()
    head.search.clear()
    head.sidebar.setCurrentRow(VIEWS.index("inbox"))
    head.select_letter(letter_id)
    head.inbox_table.setFocus()
    QTest.keyClick(head.inbox_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Received
    qtbot.waitUntil(lambda: not head.view.step_actions["acknowledge"].isEnabled(), timeout=5000)
    assert head.view.step_actions["complete"].isEnabled()
    for window in (clerk, head):
        window.runner.wait()


def test_details_show_the_minute_and_the_completion_note(qtbot, app, demo_store):
    store = demo_store
    clerk = _sign_in(qtbot, store, "clerk")
    letter_id = _letter(store, clerk.actor)
    route(store, clerk.actor, letter_id, [Recipient(user_id=_user_id(store, "head"))], "")
    head_id = _user_id(store, "head")
    head_actor = store.actor(head_id)
    acknowledge(store, head_actor, letter_id)
    route(store, head_actor, letter_id, [Recipient(user_id=_user_id(store, "noy"))], "ກະລຸນາກະກຽມຄຳຕອບກ່ອນວັນສຸກ")
    noy_actor = store.actor(_user_id(store, "noy"))
    acknowledge(store, noy_actor, letter_id)
    complete(store, noy_actor, letter_id, "filed", None, "ເກັບເຂົ້າແຟ້ມງົບປະມານ 2026")

    clerk.view.show_letter(letter_id)
    details = clerk.view.fields.toPlainText().replace("\u200b", "")
    assert "Minute" in details and "ກະລຸນາກະກຽມຄຳຕອບກ່ອນວັນສຸກ" in details  # the head's instruction
    assert "Filed" in details and "ເກັບເຂົ້າແຟ້ມງົບປະມານ 2026" in details  # the official's note, once lost
    history = clerk.view.history.toPlainText().replace("\u200b", "")
    assert "Filed: ເກັບເຂົ້າແຟ້ມງົບປະມານ 2026" in history
    clerk.runner.wait()


def test_sizes_and_decimals_read_as_people_read_them(app):
    from eoffice_desktop.ui.numbers import decimal, file_size
    from eoffice_desktop.ui.resources import install_translation

    assert file_size(0) == "0 KB"
    assert file_size(300) == "1 KB"  # never "(0.0 MB)" for a small scan
    assert file_size(200 * 1024) == "200 KB"
    assert file_size(5 * 1024 * 1024 + 512 * 1024) == "5.5 MB"
    assert decimal(343.54) == "343.5"
    try:
        assert install_translation(app, "lo")
        # One decimal mark in Lao, the one the settings' spin boxes show too.
        assert file_size(5 * 1024 * 1024 + 512 * 1024) == "5,5 MB" and decimal(343.54) == "343,5"
        assert file_size(300) == "1 KB"
    finally:
        install_translation(app, "en")


def test_an_office_without_a_server_is_told_plainly(qtbot, app, demo_store):
    clerk = _sign_in(qtbot, demo_store, "clerk")
    _letter(demo_store, clerk.actor)
    clerk.sync_indicator.refresh()
    qtbot.waitUntil(lambda: clerk.sync_indicator.state.text() == "Works on this PC only", timeout=5000)
    assert clerk.sync_indicator.detail.text() == ""  # no "809 changes waiting to go out"
    assert "needs none to work" in clerk.sync_indicator.state.toolTip()
    clerk.runner.wait()


def test_every_tab_of_the_letter_is_in_sight_at_1366_wide(qtbot, app, demo_store):
    from eoffice_desktop.ui.resources import install_translation

    assert install_translation(app, "lo")  # (the Lao titles are the long ones)
    try:
        _tabs_in_sight(qtbot, demo_store)
    finally:
        install_translation(app, "en")


def _tabs_in_sight(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    clerk = _sign_in(qtbot, demo_store, "clerk")
    clerk.resize(1366, 728)
    clerk.show()
    clerk.sidebar.setCurrentRow(VIEWS.index("out"))  # an outgoing letter has all five tabs
    qtbot.waitUntil(lambda: clerk.model.rowCount() > 0, timeout=5000)
    clerk.table.selectRow(0)
    qtbot.waitUntil(lambda: clerk.view.detail is not None, timeout=5000)
    tabs = clerk.view.tabs
    bar = tabs.tabBar()
    visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert len(visible) == 5
    split = clerk.view.parentWidget()
    split.setSizes([split.width() - 260, 260])  # narrower than at 1366 (this screen's fonts are narrower than a PC's)
    QApplication.processEvents()
    assert bar.width() < sum(bar.tabSizeHint(i).width() for i in visible)  # the titles do not fit as they are
    for index in visible:
        assert bar.rect().contains(bar.tabRect(index)), (tabs.tabText(index), bar.tabRect(index), bar.rect())
        assert tabs.tabToolTip(index)  # the whole title when the tab shortened it
    clerk.runner.wait()
