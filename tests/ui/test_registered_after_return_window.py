"""A letter returned by mistake, in the window: under the Arrived list a tick box shows the letters this office
returned (when, by whom, why); with the keyboard alone the clerk chooses one and registers it after all, and it leaves
that list; a letter that can no longer be registered says why in one sentence; who may not register sees no button."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from eoffice_desktop.core.eventlog.events import envelope_of
from eoffice_desktop.core.journey.returns import return_to_sender
from eoffice_desktop.core.people.accounts import create_user, viewer_of
from eoffice_desktop.core.registry.register import void_letter
from eoffice_desktop.core.replication import apply_remote
from eoffice_desktop.core.storage.models import Event
from eoffice_desktop.ui.arrived_page import ArrivedPage
from eoffice_desktop.ui.lao_breaks import without_breaks
from eoffice_desktop.ui.letter_view import LetterView
from eoffice_desktop.ui.tasks import TaskRunner
from tests.core.arrived import Arrived, arrived_letter

REASON = "ສົ່ງຜິດຫ້ອງການ"


@pytest.fixture
def returned(tmp_path: Path) -> Iterator[Arrived]:
    found = arrived_letter(tmp_path)
    return_to_sender(found.here, found.actor, found.letter_id, REASON)
    yield found
    found.close()


def _page(returned: Arrived, qtbot, may_register: bool = True) -> ArrivedPage:  # type: ignore[no-untyped-def]
    page = ArrivedPage(returned.here, returned.actor, TaskRunner(), may_register=may_register)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.empty.isVisible())  # nothing waits: the letter was returned
    return page


def _statuses(returned: Arrived) -> list[str]:
    with returned.here.db.session() as s:
        query = select(Event.payload).where(Event.letter_id == returned.letter_id, Event.type == "letter.receipt")
        return [json.loads(raw)["status"] for raw in s.scalars(query.order_by(Event.hlc))]


def test_the_clerk_finds_the_returned_letter_and_registers_it_after_all_by_keyboard(app, qtbot, returned: Arrived):
    page = _page(returned, qtbot)
    section = page.returned
    assert not section.box.isVisible()
    section.toggle.setFocus()
    qtbot.keyClick(section.toggle, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: [row.id for row in section.rows] == [returned.letter_id])
    shown = [without_breaks(section.table.item(0, column).text()) for column in range(6)]
    assert shown[2] == "ແຈ້ງການປະຊຸມ" and shown[4:] == ["Admin", REASON] and shown[3].count("/") == 2
    assert not section.register_button.isEnabled()  # nothing chosen yet

    qtbot.keyClick(section.toggle, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.table
    with qtbot.waitSignal(page.letter_chosen) as chosen:  # the letter pane shows it
        qtbot.keyClick(section.table, Qt.Key.Key_Space)
    assert chosen.args == [returned.letter_id] and section.selected() == returned.letter_id
    qtbot.keyClick(section.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.register_button and section.register_button.isEnabled()
    with qtbot.waitSignal(page.registered, timeout=10_000) as done:
        qtbot.keyClick(section.register_button, Qt.Key.Key_Space)
    number = done.args[0].registry_number
    qtbot.waitUntil(lambda: section.rows == [] and section.empty.isVisible())
    assert number in page.message.text() and "after all" in page.message.text()
    assert _statuses(returned)[-2:] == ["returned", "registered"]
    section.register_after_all(returned.letter_id)  # asked again (a second press before the list was read again)
    qtbot.waitUntil(lambda: "already registered" in section.error.text())
    assert page.message.isHidden()  # the earlier "registered" message does not stand beside the refusal


def test_a_letter_its_office_voided_meanwhile_is_refused_in_one_sentence(app, qtbot, returned: Arrived):
    page = _page(returned, qtbot)
    section = page.returned
    section.toggle.setChecked(True)
    qtbot.waitUntil(lambda: [row.id for row in section.rows] == [returned.letter_id])
    section.table.selectRow(0)
    void_letter(returned.sender, returned.sender_actor, returned.letter_id, "ຍົກເລີກ")
    with returned.sender.db.session() as s:
        envelopes = [envelope_of(e) for e in s.scalars(select(Event).where(Event.letter_id == returned.letter_id))]
    with returned.here.db.write() as s:
        apply_remote(s, returned.here.log, envelopes)
    qtbot.mouseClick(section.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.error.isVisible())
    assert "voided it" in section.error.text() and section.error.text().count(".") <= 3
    qtbot.waitUntil(lambda: section.rows == [])  # read again: a voided letter has nothing more to do
    assert _statuses(returned)[-1] == "returned"


def test_who_may_not_register_sees_the_returned_letters_without_the_button(app, qtbot, returned: Arrived):
    official = create_user(returned.here, returned.actor, "somsak", "ສົມສັກ", "password-1", ["official"])
    returned.actor = returned.here.actor(official)
    page = _page(returned, qtbot, may_register=False)
    page.returned.toggle.setChecked(True)
    qtbot.waitUntil(lambda: len(page.returned.rows) == 1)
    assert not page.returned.register_button.isVisibleTo(page)


def test_after_registering_after_all_the_pane_shows_the_new_incoming_letter(app, qtbot, returned: Arrived):
    page = _page(returned, qtbot)
    view = LetterView(returned.here, TaskRunner())
    qtbot.addWidget(view)
    with returned.here.db.session() as s:
        view.set_user(returned.actor, viewer_of(s, returned.actor.user_id))
    page.letter_chosen.connect(view.show_letter)  # (as the window joins them)
    section = page.returned
    section.toggle.setChecked(True)
    qtbot.waitUntil(lambda: len(section.rows) == 1)
    section.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == returned.letter_id)
    with qtbot.waitSignal(page.registered, timeout=10_000) as done:
        qtbot.mouseClick(section.register_button, Qt.MouseButton.LeftButton)
    new = done.args[0]
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == new.letter_id)  # not the sender's
    assert view.detail.letter.registry_number == new.registry_number and view.detail.letter.direction == "in"
