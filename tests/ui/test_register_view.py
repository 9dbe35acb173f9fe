from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.registry.register_query import RegisterFilter, count_letters, years
from eoffice_desktop.core.routing.inbox import counts as inbox_counts
from eoffice_desktop.core.storage.models import Letter
from eoffice_desktop.ui import letter_view
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.register_model import PAGE
from tests.ui.conftest import clerk_of


@pytest.fixture(scope="module")
def big_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big") / "office"
    store = open_store(root)
    generate_demo(store, 2000, attachment_share=0.0, routed=0)
    store.close()
    return root


def test_register_fetches_pages_lazily_and_sorts_in_sql(qtbot, app, big_office):
    store = open_store(big_office)
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    model = window.model
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=10000)
    total = model.total()
    assert total > 1000 and window.count_label.text() == f"{total} letters"
    # Every row is in the table (the scroll bar is the register's), only the first page is read: the rest are
    # placeholders until they come into view.
    assert model.rowCount() == total and len(model.rows()) == PAGE
    assert model.row_at(PAGE) is None and model.data(model.index(PAGE, 0)) == "…"
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(total - 1) is not None, timeout=5000)
    assert model.row_at(total // 2) is None  # the pages in between were never on screen
    window.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # subject, sorted by the database
    qtbot.waitUntil(lambda: not model.waiting(), timeout=5000)
    subjects = [row.subject for row in model.rows()]
    assert len(subjects) >= PAGE and subjects == sorted(subjects)
    window.urgency.setCurrentIndex(window.urgency.findData("very_urgent"))
    qtbot.waitUntil(lambda: not model.waiting() and 0 < model.total() < total, timeout=5000)
    assert all(row.urgency == "very_urgent" for row in model.rows())
    window.runner.wait()
    store.close()


def test_the_keyboard_walks_into_rows_still_on_their_way(qtbot, app, big_office):
    store = open_store(big_office)
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() > PAGE, timeout=10000)  # the count is there: every row, most unread
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = model.rowCount() - 1
    assert window.table.currentIndex().row() == last  # the cursor is there at once, on a placeholder
    qtbot.waitUntil(lambda: model.row_at(last) is not None, timeout=5000)
    letter = model.row_at(last)
    assert window.selected_letter() == letter.id
    qtbot.waitUntil(lambda: letter.registry_number in window.view.title.text().replace("\u200b", ""), timeout=5000)
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    assert window.selected_letter() == model.row_at(last - 1).id
    window.runner.wait()
    store.close()


def test_correct_and_void_from_the_detail_pane(qtbot, app, demo_store, monkeypatch):
    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    window.table.selectRow(0)
    letter_id = window.selected_letter()
    with demo_store.db.session() as s:
        moved = s.get(Letter, letter_id).moved

    def fill_correction(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.field.setCurrentIndex(dialog.field.findData("subject"))
        dialog.editor.setText("ຫົວຂໍ້ທີ່ແກ້ໄຂແລ້ວ")
        dialog.reason.setText("ພິມຜິດ")
        return 1

    monkeypatch.setattr(letter_view.CorrectFieldDialog, "exec", fill_correction)
    window.view._correct()
    qtbot.waitUntil(lambda: "ຫົວຂໍ້ທີ່ແກ້ໄຂແລ້ວ" in window.view.title.text().replace("\u200b", ""), timeout=5000)
    assert "ພິມຜິດ" in window.view.history.toPlainText().replace("\u200b", "")

    def fill_void(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.reason.setText("ລົງທະບຽນຊ້ຳ")
        return 1

    monkeypatch.setattr(letter_view.VoidDialog, "exec", fill_void)
    window.view._void()
    qtbot.waitUntil(lambda: not window.view.void_button.isEnabled(), timeout=5000)
    with demo_store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert (letter.status, letter.void_reason) == ("void", "ລົງທະບຽນຊ້ຳ")
    assert moved in (True, False)
    window.runner.wait()


def test_frozen_field_correction_shows_the_core_message(qtbot, app, demo_store, monkeypatch, quiet_message_boxes):
    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    with demo_store.db.session() as s:
        from sqlalchemy import select

        moved_id = s.scalars(select(Letter.id).where(Letter.moved.is_(True), Letter.status != "void")).first()
    window.view.show_letter(moved_id)

    def change_date(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.field.setCurrentIndex(dialog.field.findData("register_date"))
        dialog.editor.set_date(__import__("datetime").date(2026, 1, 2))
        dialog.reason.setText("x")
        return 1

    monkeypatch.setattr(letter_view.CorrectFieldDialog, "exec", change_date)
    window.view._correct()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=5000)
    assert "frozen" in quiet_message_boxes[-1][1]
    window.runner.wait()


def test_pdf_attachment_is_previewed(qtbot, app, demo_store):
    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    with demo_store.db.session() as s:
        from sqlalchemy import select

        from eoffice_desktop.core.storage.models import Attachment

        attachment = s.scalars(select(Attachment).where(Attachment.media_type == "application/pdf")).first()
    window.view.show_letter(attachment.letter_id)
    window.view.tabs.setCurrentWidget(window.view.attachments_tab)  # the first file shows as the tab opens
    qtbot.waitUntil(lambda: not window.view.preview.image.pixmap().isNull(), timeout=10000)
    shown, room = window.view.preview.image.pixmap().width(), window.view.preview.scroll.viewport().width()
    assert room - 10 <= shown <= room  # the page as wide as the panel shows it
    window.runner.wait()


def test_settings_change_reply_times_and_public_holidays(qtbot, app, demo_store):
    from datetime import date

    from eoffice_desktop.core.routing.workdays import due_days, holidays, local_days_off
    from eoffice_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.due["urgent"].setValue(5)
    dialog.holidays.setPlainText("02/12/2026\nnot a date")
    dialog.save()
    assert dialog.error.text()  # refused, nothing saved
    dialog.holidays.setPlainText("02/12/2026\n01/01/2027")
    dialog.save()
    with demo_store.db.session() as s:
        assert due_days(s, "urgent") == 5
        assert local_days_off(s) == {date(2026, 12, 2), date(2027, 1, 1)}
        assert {date(2026, 12, 2), date(2027, 1, 1)} < holidays(s)  # beside the national ones


def test_counts_and_years_arrive_after_the_window_shows(qtbot, app, demo_store):
    """Counts and the years are read in the background (seconds at a million letters): the window shows the titles
    and its first page at once, then each register's count, the inbox, the letters arrived from other offices, the
    register's own count and its years."""
    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()

    def texts() -> dict[str, str]:
        items = [window.sidebar.item(row) for row in range(window.sidebar.count())]
        return {item.data(Qt.ItemDataRole.UserRole): item.text() for item in items}

    assert all(texts().values())
    with demo_store.db.session() as s:
        registers = {
            d: count_letters(s, RegisterFilter(direction=d, include_void=False, office_id=window.office_id), viewer)
            for d in ("in", "out")
        }
        mine = inbox_counts(s, viewer)
        in_years = years(s, "in")
        shown = count_letters(s, window.current_filter(), viewer=viewer)
    qtbot.waitUntil(lambda: all(text.endswith(")") for text in texts().values()), timeout=10000)
    assert texts()["in"].endswith(f"({registers['in']})") and texts()["out"].endswith(f"({registers['out']})")
    assert f"({mine.inbox}" in texts()["inbox"] and texts()["sent"].endswith(f"({mine.sent_open})")
    assert texts()["arrived"].endswith("(0)")
    qtbot.waitUntil(lambda: window.year.count() == 1 + len(in_years), timeout=10000)
    assert [window.year.itemData(i) for i in range(window.year.count())] == [None, *in_years]
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=10000)
    assert window.model.total() == shown and window.count_label.text() == f"{shown} letters"
    window.runner.wait()


def test_a_long_office_name_keeps_its_end_where_it_does_not_fit(qtbot, app, big_office):
    """Two offices' long names differ at their end ("…, ແຂວງຫຼວງພະບາງ" / "…, ແຂວງສາລະວັນ"): the From / To column cuts
    them in the middle, the subject at its end."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    store = open_store(big_office)
    actor, viewer, name = clerk_of(store)
    window = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.model.index(0, 2).data() not in (None, "…"))
    modes = {}
    for column in (2, 3):
        index = window.model.index(0, column)
        option = QStyleOptionViewItem()
        option.textElideMode = window.table.textElideMode()  # (as the table hands it to its delegates)
        window.table.itemDelegateForColumn(column).initStyleOption(option, index)
        modes[column] = option.textElideMode
        if column == 2:
            text = index.data()
            shown = option.fontMetrics.elidedText(
                text, option.textElideMode, option.fontMetrics.horizontalAdvance(text) // 2
            )
            assert shown.endswith(text[-3:]) and "…" in shown
    assert modes == {2: Qt.TextElideMode.ElideMiddle, 3: Qt.TextElideMode.ElideRight}
    window.close()
    store.close()
