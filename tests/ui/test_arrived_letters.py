"""Another office's letter in the window: the letter pane offers none of the changes (only Register and Return to
sender, to who may register letters) and names every office it was addressed to, while the registered copy has
them all; returning it asks why in a small window (Enter and Escape work, OK waits for a reason) and takes the letter
off the Arrived list."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton
from sqlalchemy import select

from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.people.accounts import create_user, viewer_of
from eoffice_desktop.core.storage.models import Event
from eoffice_desktop.ui.arrived_page import ArrivedPage
from eoffice_desktop.ui.lao_breaks import without_breaks
from eoffice_desktop.ui.letter_view import LetterView
from eoffice_desktop.ui.main_window import VIEWS
from eoffice_desktop.ui.tasks import TaskRunner
from tests.core.arrived import RECIPIENTS, Arrived, arrived_letter
from tests.ui.conftest import type_text
from tests.ui.test_journey_window import _window

REASON = "ສົ່ງຜິດຫ້ອງການ"


@pytest.fixture
def arrived(tmp_path: Path) -> Iterator[Arrived]:
    found = arrived_letter(tmp_path)
    yield found
    found.close()


def _view(arrived: Arrived, qtbot, user_id: str | None = None) -> LetterView:  # type: ignore[no-untyped-def]
    view = LetterView(arrived.here, TaskRunner())
    qtbot.addWidget(view)
    user_id = user_id or arrived.actor.user_id
    with arrived.here.db.session() as s:
        view.set_user(arrived.here.actor(user_id), viewer_of(s, user_id))
    view.show()
    return view


def _changes_offered(view: LetterView) -> set[str]:
    buttons = {"correct": view.correct_button, "void": view.void_button, "attach": view.add_attachment_button}
    buttons |= {key: button for key, button in view.route_buttons.items()}
    buttons["sign"] = view.signatures.sign_button
    return {name for name, button in buttons.items() if not button.isHidden()}  # (on a tab not in front too)


def test_an_arrived_letter_offers_register_and_return_only_and_its_registered_copy_everything(
    app, qtbot, arrived: Arrived
):
    view = _view(arrived, qtbot)
    view.show_letter(arrived.letter_id)
    qtbot.waitUntil(lambda: view.signatures.job is None)
    assert _changes_offered(view) == set()
    assert view.register_button.isVisibleTo(view) and view.return_button.isVisibleTo(view)
    details = without_breaks(view.fields.toPlainText())
    assert all(name in details for name in RECIPIENTS)  # every office it was sent to, not only this one
    with qtbot.waitSignal(view.return_arrived) as asked:
        qtbot.mouseClick(view.return_button, Qt.MouseButton.LeftButton)
    assert asked.args[0] == arrived.letter_id and asked.args[2] == "ແຈ້ງການປະຊຸມ"

    copy = register_arrival(arrived.here, arrived.actor, arrived.letter_id).letter_id
    view.show_letter(copy)
    qtbot.waitUntil(lambda: view.signatures.job is None)
    assert {"correct", "void", "attach", "route", "sign"} <= _changes_offered(view)
    assert not view.register_button.isVisibleTo(view) and not view.return_button.isVisibleTo(view)
    view.show_letter(arrived.letter_id)  # registered: nothing more to answer on the sender's letter
    assert not view.register_button.isVisibleTo(view) and not view.return_button.isVisibleTo(view)


def test_only_who_may_register_is_offered_register_and_return(app, qtbot, arrived: Arrived):
    official = create_user(arrived.here, arrived.actor, "somsak", "ສົມສັກ", "password-1", ["official"])
    view = _view(arrived, qtbot, official)
    view.show_letter(arrived.letter_id)
    assert view.detail is not None and view.detail.letter.id == arrived.letter_id
    assert not view.register_button.isVisibleTo(view) and not view.return_button.isVisibleTo(view)
    assert _changes_offered(view) == set()
    details = without_breaks(view.fields.toPlainText())
    assert "clerk or the head of office registers it" in details and "register it, or return" not in details


def test_who_may_not_register_is_told_who_does_it_instead_of_which_button_to_press(app, qtbot, arrived: Arrived):
    official = create_user(arrived.here, arrived.actor, "somsak", "ສົມສັກ", "password-1", ["official"])
    page = ArrivedPage(arrived.here, arrived.here.actor(official), TaskRunner(), may_register=False)
    qtbot.addWidget(page)
    for intro in (page.intro, page.returned.intro):
        assert "press" not in intro.text() and "clerk or the head of office" in intro.text()
    assert not page.returned.register_button.isVisibleTo(page)
    clerk = ArrivedPage(arrived.here, arrived.actor, TaskRunner())
    qtbot.addWidget(clerk)
    assert "press Register" in clerk.intro.text() and "press Register after all" in clerk.returned.intro.text()


def _row_button(page: ArrivedPage, text: str, row: int = 0) -> QPushButton:
    (button,) = [b for b in page.table.cellWidget(row, 5).findChildren(QPushButton) if b.text() == text]
    return button


def _return_button(page: ArrivedPage) -> QPushButton:
    return _row_button(page, "Return to sender…")


def test_a_letter_is_returned_from_the_arrived_page_with_a_reason(app, qtbot, arrived: Arrived):
    page = ArrivedPage(arrived.here, arrived.actor, TaskRunner())
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: [row.id for row in page.rows] == [arrived.letter_id])

    qtbot.mouseClick(_return_button(page), Qt.MouseButton.LeftButton)
    dialog = page.return_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # nothing written: Enter does nothing yet
    assert dialog.isVisible()
    type_text(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()  # spaces are not a reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and [row.id for row in page.rows] == [arrived.letter_id]

    qtbot.mouseClick(_return_button(page), Qt.MouseButton.LeftButton)
    dialog = page.return_dialog
    assert dialog is not None and dialog.reason.text() == ""
    type_text(dialog.reason, REASON)
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.returned, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.rows == [] and page.empty.isVisible())
    assert not dialog.isVisible() and "after the next sync" in page.message.text()
    with arrived.here.db.session() as s:
        sent = s.scalars(select(Event.payload).where(Event.type == "letter.receipt"))
        returned = [json.loads(raw) for raw in sent if json.loads(raw)["status"] == "returned"]
    assert [r["reason"] for r in returned] == [REASON]


def test_after_register_the_next_letter_is_highlighted_and_shown(app, qtbot, arrived: Arrived):
    second = arrived.another("ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ")
    page = ArrivedPage(arrived.here, arrived.actor, TaskRunner())
    qtbot.addWidget(page)
    view = _view(arrived, qtbot)
    page.letter_chosen.connect(view.show_letter)  # (as the window joins them)
    view.register_arrived.connect(page.register)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: [row.id for row in page.rows] == [arrived.letter_id, second])
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == arrived.letter_id)
    qtbot.waitUntil(view.register_button.isEnabled)

    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)  # the first letter, from the letter pane
    qtbot.waitUntil(lambda: [row.id for row in page.rows] == [second])
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == second)
    assert page.selected() == second and "ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມ" in without_breaks(view.fields.toPlainText())

    register = [b for b in page.table.cellWidget(0, 5).findChildren(QPushButton) if b.text() == "Register"]
    qtbot.mouseClick(register[0], Qt.MouseButton.LeftButton)  # the last one, from its row
    qtbot.waitUntil(lambda: page.rows == [] and page.empty.isVisible())
    qtbot.waitUntil(lambda: view.detail is None)
    assert page.selected() is None and view.letter_id is None


def _joined(arrived: Arrived, qtbot, may_register: bool = True) -> tuple[ArrivedPage, LetterView]:  # type: ignore[no-untyped-def]
    """The Arrived page and the letter pane, joined as the window joins them, the list read."""
    page = ArrivedPage(arrived.here, arrived.actor, TaskRunner(), may_register=may_register)
    qtbot.addWidget(page)
    view = _view(arrived, qtbot)
    page.letter_chosen.connect(view.show_letter)
    view.register_arrived.connect(page.register)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: len(page.rows) > 0)
    return page, view


def test_with_no_letter_left_the_pane_shows_its_empty_state_and_no_button(app, qtbot, arrived: Arrived):
    page, view = _joined(arrived, qtbot)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail is not None and view.signatures.current is not None)
    view.tabs.setCurrentWidget(view.signatures)  # (the walk left the pane on this tab)
    qtbot.mouseClick(_row_button(page, "Register"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rows == [] and view.detail is None)
    assert not view.tabs.isVisibleTo(view) and "Choose a letter" in view.title.text()
    assert [b.text() for b in view.findChildren(QAbstractButton) if b.isVisibleTo(view)] == []
    assert not view.signatures.details_button.isEnabled()  # (nothing to show the details of)


def test_who_may_not_register_has_no_empty_buttons_column(app, qtbot, arrived: Arrived):
    official = create_user(arrived.here, arrived.actor, "somsak", "ສົມສັກ", "password-1", ["official"])
    page = ArrivedPage(arrived.here, arrived.here.actor(official), TaskRunner(), may_register=False)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: len(page.rows) == 1)
    assert page.table.isColumnHidden(5) and page.table.cellWidget(0, 5) is None
    clerk, _view_ = _joined(arrived, qtbot)
    assert not clerk.table.isColumnHidden(5) and clerk.table.cellWidget(0, 5) is not None


LONG_NAME = "ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ກົມບໍລິຫານ ແລະ ຈັດຕັ້ງ"


def test_a_long_office_name_is_shown_whole_at_1366_wide(app, lao, qtbot, tmp_path: Path):
    arrived = arrived_letter(tmp_path, sender_name=LONG_NAME)
    try:
        page, _view_ = _joined(arrived, qtbot)
        page.resize(775, 560)  # what the window gives the Arrived page on a 1366x768 screen
        qtbot.waitUntil(lambda: page.table.columnWidth(0) > 0)
        item = page.table.item(0, 0)
        assert item.toolTip() == LONG_NAME
        room = QRect(0, 0, page.table.columnWidth(0) - 8, 10_000)  # (the cell less its margins)
        needed = QFontMetrics(page.table.font()).boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
        assert page.table.wordWrap() and needed.width() <= room.width()
        assert needed.height() <= page.table.rowHeight(0), (needed.height(), page.table.rowHeight(0))
    finally:
        arrived.close()


def test_tab_goes_from_the_arrived_list_to_the_letters_buttons_then_the_pane_and_back(app, qtbot, arrived: Arrived):
    window = _window(arrived.here, qtbot)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.sidebar.setCurrentRow(VIEWS.index("arrived"))
    page = window.arrived
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: window.view.detail is not None and window.view.tabs.isVisible(), timeout=5000)
    way = [page.table, _row_button(page, "Register"), _row_button(page, "Return to sender…"), window.view.tabs.tabBar()]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    for here, there in itertools.pairwise(way):
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is there, (QApplication.focusWidget(), there)
    for here, there in itertools.pairwise(way[::-1]):
        qtbot.keyClick(here, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is there, (QApplication.focusWidget(), there)
    window.runner.wait()
