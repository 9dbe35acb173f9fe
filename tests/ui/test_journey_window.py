"""The sender follows its letter in the window: the Journey tab of a sent letter, the lost-letter flag in the sidebar
with what to do, the receiving office's late letters marked in "Arrived", and a tracking code typed in the search box
opening what this office may see of the letter."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.arrivals import register_arrival
from eoffice_desktop.core.journey.tracking import format_code
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.people.accounts import create_department, viewer_of
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.routing.actions import Recipient, route
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.ui.main_window import VIEWS, MainWindow
from eoffice_desktop.ui.sync_worker import Backoff, SyncWorker
from eoffice_desktop.ui.tasks import TaskRunner
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code
from tests.ui.conftest import settle, type_text


def _office(tmp_path: Path, name: str, code: str) -> tuple[OfficeStore, Actor]:
    store = open_store(tmp_path / name)
    actor = setup_office(store, code, f"ຫ້ອງການ {code}", f"Office {code}", "admin", "Admin", "password-1")
    return store, actor


def _enrolled(central: Any, tmp_path: Path, name: str, code: str) -> tuple[OfficeStore, Actor]:
    with central.database.write() as s:
        add_office(s, code, f"ຫ້ອງການ {code}", code)
        enrolment = new_enrolment_code(s, code)
    store, actor = _office(tmp_path, name, code)
    enrol_pc(store, central.url, enrolment)
    return store, actor


def _window(store: OfficeStore, qtbot: Any) -> MainWindow:
    with store.db.session() as s:
        user = s.scalars(select(User).where(User.username == "admin")).one()
        viewer = viewer_of(s, user.id)
    worker = SyncWorker(store, backoff=Backoff(base=0.2, cap=1.0), change_delay_ms=60_000)
    window = MainWindow(store, store.actor(user.id), viewer, user.display_name, TaskRunner(), sync_worker=worker)
    qtbot.addWidget(window)
    return window


def _showing_sent(store: OfficeStore, qtbot: Any, letter_id: str) -> MainWindow:
    """The window on the outgoing register, the letter selected and shown in the letter pane."""
    window = _window(store, qtbot)
    window.sidebar.setCurrentRow(VIEWS.index("out"))
    qtbot.waitUntil(lambda: window.model.row_of(letter_id) >= 0, timeout=5000)
    window.select_letter(letter_id)
    qtbot.waitUntil(lambda: window.view.detail is not None and window.view.detail.letter.id == letter_id, timeout=5000)
    return window


def _entry_for(store: OfficeStore, actor: Actor, name: str, other: OfficeStore) -> str:
    """The other office's entry in this office's address book, linked to it so letters to it travel there."""
    with store.db.write() as s:
        return add_organisation(s, store.log, actor, EntryFields(name, office_id=other.office_id)).id


def _send(
    store: OfficeStore, actor: Actor, to: str, subject: str, sent_on: date | None = None, summary: str = ""
) -> str:
    form = LetterForm(
        direction="out", register_date=sent_on or date.today(), recipients=[to], subject=subject, summary=summary
    )
    return register_letter(store, actor, form, today=sent_on).letter_id


def _item(window: MainWindow, view: str) -> Any:
    return window.sidebar.item(VIEWS.index(view))


def test_the_journey_tab_shows_where_the_sent_letter_is_in_the_other_office(app, qtbot, central, tmp_path: Path):
    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, p_actor = _enrolled(central, tmp_path, "province", "ຂຂ")
    to_province = _entry_for(ministry, m_actor, "ແຂວງຫຼວງພະບາງ", province)
    sent = _send(ministry, m_actor, to_province, "ແຜນງານສຶກສາ")
    sync_once(ministry)
    sync_once(province)
    incoming = register_arrival(province, p_actor, sent)
    department = create_department(province, p_actor, "ພະແນກສຶກສາ")
    route(province, p_actor, incoming.letter_id, [Recipient(department_id=department)], "ກະລຸນາກະກຽມຄຳຕອບ")
    sync_once(province)
    sync_once(ministry)

    window = _window(ministry, qtbot)
    window.sidebar.setCurrentRow(VIEWS.index("out"))
    qtbot.waitUntil(lambda: window.model.row_of(sent) >= 0, timeout=5000)
    window.select_letter(sent)
    view = window.view
    tab = view.tabs.indexOf(view.journey)
    assert view.tabs.isTabVisible(tab)
    view.tabs.setCurrentIndex(tab)
    text = view.journey.text.toPlainText().replace("\u2060", "")  # (word joiners: lines break only at spaces)
    assert "ແຂວງຫຼວງພະບາງ" in text
    assert f"Registered there as {incoming.registry_number}" in text
    assert "Now with ພະແນກສຶກສາ" in text
    assert "ກະລຸນາກະກຽມຄຳຕອບ" not in text  # the province's minute stays in the province
    assert [step.done for step in view.journey.offices[0].steps] == [True] * 5

    # An incoming letter has no journey tab.
    window.sidebar.setCurrentRow(VIEWS.index("in"))
    other = register_letter(
        ministry, m_actor, LetterForm(register_date=date.today(), sender_name="ບໍລິສັດ", subject="ໃບສະເໜີ")
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.row_of(other.letter_id) >= 0, timeout=5000)
    window.show()  # (on screen, as the clerk clicks it)
    row = window.table.visualRect(window.model.index(window.model.row_of(other.letter_id), 3))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())  # the clerk clicks its row
    settle(window)  # (its record is read on the reader pool, while the sync may announce what it brought)
    assert window.selected_letter() == other.letter_id
    assert view.detail is not None and view.detail.letter.id == other.letter_id
    assert not view.tabs.isTabVisible(tab)

    # At the province, the ministry's tracking code typed in the search box opens the province's own copy.
    code = format_code(_letter(ministry, sent).tracking_code)
    window.close()
    provincial = _window(province, qtbot)
    type_text(provincial.search, code)
    qtbot.keyClick(provincial.search, Qt.Key.Key_Return)
    qtbot.waitUntil(  # (its page and then its record are read on the reader pool)
        lambda: provincial.view.detail is not None and provincial.view.detail.letter.id == incoming.letter_id,
        timeout=10000,
    )
    provincial.close()
    ministry.close()
    province.close()


def _letter(store: OfficeStore, letter_id: str) -> Letter:
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        assert letter is not None
        s.expunge(letter)
        return letter


def test_a_letter_not_registered_in_time_is_flagged_on_both_sides(app, qtbot, central, tmp_path: Path):
    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, _ = _enrolled(central, tmp_path, "province", "ຂຂ")
    to_province = _entry_for(ministry, m_actor, "ແຂວງຫຼວງພະບາງ", province)
    old = _send(ministry, m_actor, to_province, "ເຊີນປະຊຸມ", date.today() - timedelta(days=10))
    recent = _send(ministry, m_actor, to_province, "ແຈ້ງການໃໝ່")
    sync_once(ministry)
    sync_once(province)
    sync_once(ministry)  # "delivered" came back: delivered is not registered, the old letter still counts as lost

    window = _window(ministry, qtbot)
    lost = _item(window, "lost")
    qtbot.waitUntil(lambda: lost.text().endswith("(1)"), timeout=10_000)
    assert lost.text().startswith("Sent letters to follow up") and lost.font().bold()
    window.sidebar.setCurrentRow(VIEWS.index("lost"))
    page = window.lost
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=5000)
    assert page.rows[0].letter_id == old and page.table.item(0, 1).text() == "ແຂວງຫຼວງພະບາງ"
    assert "Call the office" in page.advice.text() and "on paper" in page.advice.text()
    assert "Returned" not in page.advice.text()  # (no advice about letters the list does not hold)
    page.table.selectRow(0)
    assert window.view.detail is not None and window.view.detail.letter.id == old
    journey = window.view.journey
    assert journey.offices[
        0
    ].lost and "Not registered there after 3 working days." in journey.text.toPlainText().replace("\u2060", "")

    # The province sees the same letter first in "Arrived", marked.
    provincial = _window(province, qtbot)
    provincial.sidebar.setCurrentRow(VIEWS.index("arrived"))
    arrived = provincial.arrived
    qtbot.waitUntil(lambda: len(arrived.rows) == 2, timeout=5000)
    assert [row.id for row in arrived.rows] == [old, recent]
    assert arrived.rows[0].late and not arrived.rows[1].late
    assert arrived.table.item(0, 0).text().startswith("⚠") and not arrived.table.item(1, 0).text().startswith("⚠")

    # Registered there: the flag goes at the ministry's next sync.
    register_arrival(province, provincial.actor, old)
    sync_once(province)
    sync_once(ministry)
    window.refresh()
    qtbot.waitUntil(lambda: lost.text().endswith("(0)"), timeout=10_000)
    for each in (window, provincial):
        each.close()
    ministry.close()
    province.close()


def test_the_office_chooses_in_settings_what_other_offices_see(app, qtbot, tmp_path: Path):
    from eoffice_desktop.core.journey.policy import SharingPolicy, sharing_policy
    from eoffice_desktop.core.people.accounts import create_user
    from eoffice_desktop.ui.settings_dialog import SettingsDialog

    store, admin = _office(tmp_path, "province", "ຂຂ")
    clerk = create_user(store, admin, "clerk", "ນາງ ຄຳ", "password-1", ["clerk"])
    dialog = SettingsDialog(store, actor=admin)
    qtbot.addWidget(dialog)
    box = dialog.sharing_box
    assert box.progress.isChecked() and not box.holder.isChecked() and box.lost_days.value() == 3
    box.holder.setChecked(True)
    box.lost_days.setValue(5)
    dialog.save()
    with store.db.session() as s:
        assert sharing_policy(s) == SharingPolicy(progress=True, holder=True, lost_after_days=5)

    as_clerk = SettingsDialog(store, actor=store.actor(clerk))
    qtbot.addWidget(as_clerk)
    assert not as_clerk.sharing_box.holder.isEnabled() and as_clerk.sharing_box.holder.isChecked()
    store.close()


def test_a_tracking_code_of_a_letter_not_registered_here_opens_it_as_it_arrived(app, qtbot, central, tmp_path: Path):
    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, _ = _enrolled(central, tmp_path, "province", "ຂຂ")
    to_province = _entry_for(ministry, m_actor, "ແຂວງ", province)
    sent = _send(ministry, m_actor, to_province, "ແຈ້ງການດ່ວນ")
    sync_once(ministry)
    sync_once(province)
    window = _window(province, qtbot)
    type_text(window.search, format_code(_letter(ministry, sent).tracking_code).lower())
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.view_name == "arrived"
    assert window.view.detail is not None and window.view.detail.letter.id == sent
    assert window.search.text() == ""
    window.close()
    ministry.close()
    province.close()


def test_send_on_to_an_office_makes_a_letter_that_keeps_the_tracking_code(app, qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from eoffice_desktop.core.journey.links import JourneyLink
    from eoffice_desktop.ui.forward_dialog import ForwardDialog

    store, actor = _office(tmp_path, "province", "ຂຂ")
    with store.db.write() as s:
        add_organisation(s, store.log, actor, EntryFields("ເມືອງນານ", office_id="off_district"))
        add_organisation(s, store.log, actor, EntryFields("ບໍລິສັດ ກໍ່ສ້າງ"))  # not on eOffice: not offered
    incoming = register_letter(
        store, actor, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ")
    ).letter_id
    window = _window(store, qtbot)
    window.sidebar.setCurrentRow(VIEWS.index("in"))
    qtbot.waitUntil(lambda: window.model.row_of(incoming) >= 0, timeout=5000)
    window.select_letter(incoming)
    button = window.view.route_buttons["forward"]
    assert button.isVisibleTo(window.view)
    offered: list[str] = []

    def tick_and_accept(dialog: ForwardDialog) -> int:
        offered.extend(dialog.offices.item(row).text() for row in range(dialog.offices.count()))
        dialog._accept()
        assert dialog.error.text() == "Tick at least one office."  # one sentence, nothing sent
        dialog.offices.item(0).setCheckState(Qt.CheckState.Checked)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ForwardDialog, "exec", tick_and_accept)
    with qtbot.waitSignal(window.view.changed, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert offered == ["ເມືອງນານ"]
    with store.db.session() as s:
        link = s.scalars(select(JourneyLink).where(JourneyLink.forwards == incoming)).one()
        sent_on = s.get(Letter, link.letter_id)
        assert sent_on is not None and sent_on.direction == "out" and sent_on.recipients_text == "ເມືອງນານ"
        assert sent_on.tracking_code == s.get(Letter, incoming).tracking_code  # type: ignore[union-attr]
    window.close()
    store.close()


def test_send_on_to_any_office_of_the_directory_found_by_typing(app, qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from eoffice_desktop.core.demo.directory import load_demo_directory
    from eoffice_desktop.ui.forward_dialog import ForwardDialog
    from tests.ui.test_registration import _pick

    store, actor = _office(tmp_path, "province", "ຂຂ")
    with store.db.write() as s:
        load_demo_directory(s)
    incoming = register_letter(
        store, actor, LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ແຈ້ງການ")
    ).letter_id
    window = _window(store, qtbot)
    window.sidebar.setCurrentRow(VIEWS.index("in"))
    qtbot.waitUntil(lambda: window.model.row_of(incoming) >= 0, timeout=5000)
    window.select_letter(incoming)

    def find_and_accept(dialog: ForwardDialog) -> int:
        dialog.show()
        _pick(qtbot, dialog.more, "ເມືອງຫຼວງພະບາງ")
        qtbot.waitUntil(lambda: dialog.directory_offices() != [], timeout=5000)
        dialog._accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ForwardDialog, "exec", find_and_accept)
    with qtbot.waitSignal(window.view.changed, timeout=10_000):
        qtbot.mouseClick(window.view.route_buttons["forward"], Qt.MouseButton.LeftButton)
    with store.db.session() as s:
        sent_on = s.scalars(select(Letter).where(Letter.direction == "out")).one()
        assert "ເມືອງຫຼວງພະບາງ" in sent_on.recipients_text
    window.close()
    store.close()


def test_a_returned_letter_is_on_the_list_and_is_sent_to_another_office_from_it(app, qtbot, central, tmp_path: Path):
    from eoffice_desktop.core.journey.links import sent_again_as
    from eoffice_desktop.core.journey.returns import return_to_sender
    from eoffice_desktop.ui.lao_wrap import shown_text
    from eoffice_desktop.ui.send_again_dialog import SendAgainDialog

    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, p_actor = _enrolled(central, tmp_path, "province", "ຂຂ")
    to_province = _entry_for(ministry, m_actor, "ແຂວງຫຼວງພະບາງ", province)
    education, _ = _enrolled(central, tmp_path, "education", "ສສ")
    _entry_for(ministry, m_actor, "ກະຊວງສຶກສາ", education)  # the right office
    summary = "ແຜນງານປີ 2026 ຂອງໂຮງຮຽນ"
    sent = _send(ministry, m_actor, to_province, "ແຜນງານສຶກສາ", summary=summary)
    late = _send(ministry, m_actor, to_province, "ເຊີນປະຊຸມ", date.today() - timedelta(days=10))
    sync_once(ministry)
    sync_once(province)
    reason = "ເລື່ອງນີ້ແມ່ນຂອງກະຊວງສຶກສາ"
    return_to_sender(province, p_actor, sent, reason)
    sync_once(province)
    sync_once(ministry)

    window = _window(ministry, qtbot)
    lost = _item(window, "lost")
    qtbot.waitUntil(lambda: lost.text().endswith("(2)"), timeout=10_000)
    window.sidebar.setCurrentRow(VIEWS.index("lost"))
    page = window.lost
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=5000)
    assert [row.letter_id for row in page.rows] == [sent, late]  # the returned letter first
    assert page.table.item(0, 3).text() == f"Returned: {reason}"
    assert page.table.item(1, 3).text() == "Not registered after 3 working days"
    assert "Send to another office" in page.advice.text()
    page.table.selectRow(1)
    assert not page.send_again_button.isEnabled()  # (only a returned letter is sent again)
    page.table.selectRow(0)
    assert page.send_again_button.isEnabled()
    qtbot.waitUntil(lambda: window.view.detail is not None and window.view.detail.letter.id == sent, timeout=5000)
    assert window.view.send_again_button.isVisibleTo(window.view)  # the letter view offers it too

    qtbot.mouseClick(page.send_again_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SendAgainDialog)
    assert dialog is not None and dialog.isVisible()
    assert shown_text(dialog.returned) == f"Returned by ແຂວງຫຼວງພະບາງ: {reason}"
    dialog.send_button.click()
    assert dialog.error.text() == "Tick at least one office."  # nothing sent
    assert dialog.summary.toPlainText() == summary  # the letter's, though the follow-up list does not hold it
    names = [dialog.offices.item(row).text() for row in range(dialog.offices.count())]
    assert names == ["ກະຊວງສຶກສາ"]  # not the office that returned it
    dialog.offices.item(names.index("ກະຊວງສຶກສາ")).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.sent_again, timeout=10_000) as sending:
        dialog.send_button.click()
    again = sending.args[0]
    qtbot.waitUntil(lambda: len(page.rows) == 1 and page.rows[0].letter_id == late, timeout=10_000)
    qtbot.waitUntil(lambda: lost.text().endswith("(1)"), timeout=10_000)
    # The new letter is shown, naming the letter it sends again and who returned it; that one names the new one.
    view = window.view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == again, timeout=5000)
    details = view.fields.toPlainText().replace("\u200b", "")
    assert "Sends again" in details and "returned by ແຂວງຫຼວງພະບາງ" in details
    with ministry.db.session() as s:
        assert [letter.id for letter in sent_again_as(s, sent)] == [again]
        number = _letter(ministry, again).registry_number
    view.show_letter(sent)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.letter.id == sent, timeout=5000)
    details = view.fields.toPlainText().replace("\u200b", "")
    assert f"outgoing letter {number} ແຜນງານສຶກສາ" in details
    assert f"Sent again to ກະຊວງສຶກສາ as {number}" in view.history.toPlainText().replace("\u200b", "")
    # The letter view offers it as well (it may go to yet another office).
    qtbot.mouseClick(view.send_again_button, Qt.MouseButton.LeftButton)
    from_view = view.findChild(SendAgainDialog)
    assert from_view is not None and from_view.isVisible() and from_view.windowTitle().startswith("Send letter")
    assert from_view.summary.toPlainText() == summary
    assert [from_view.offices.item(row).text() for row in range(from_view.offices.count())] == ["ກະຊວງສຶກສາ"]
    from_view.done(0)
    window.close()
    for store in (ministry, province, education):
        store.close()


def test_the_registers_very_first_page_says_where_each_sent_letter_is(app, qtbot, tmp_path: Path):
    """The outgoing register chosen while the window opens is read before its services load (plain SQL, no
    whereabouts there): its Status column still says where the letter is, right after the first paint."""
    from eoffice_desktop.core.eventlog.events import envelope_of
    from eoffice_desktop.core.journey.returns import return_to_sender
    from eoffice_desktop.core.replication import apply_remote
    from eoffice_desktop.core.storage.models import Event
    from eoffice_desktop.ui.register_model import COLUMN_OF
    from tests.core.arrived import RECIPIENTS, arrived_letter

    sent = arrived_letter(tmp_path)
    return_to_sender(sent.here, sent.actor, sent.letter_id, "ສົ່ງຜິດຫ້ອງການ")
    with sent.here.db.session() as s:
        receipts = [envelope_of(row) for row in s.scalars(select(Event).where(Event.type == "letter.receipt"))]
    with sent.sender.db.write() as s:
        apply_remote(s, sent.sender.log, receipts)
        viewer = viewer_of(s, sent.sender_actor.user_id)

    window = MainWindow(sent.sender, sent.sender_actor, viewer, "Admin", TaskRunner(), rest_later=True)
    qtbot.addWidget(window)
    # (as when the clerk turns to the outgoing register before anything else was read: the years' read, which
    # loads the services too, races with it; here nothing else is read before the first paint)
    window.register.direction = "out"
    window.register.show()
    assert not window.ops.has_office
    painted: list[tuple[int, str]] = []  # (the model's reading, the status shown) at the first paint

    def status() -> str:
        return str(window.model.index(0, COLUMN_OF["status"]).data())

    window.first_rows_painted.connect(lambda: painted.append((window.model.generation, status())))
    with qtbot.waitSignal(window.first_rows_painted, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: status() == f"Returned by {RECIPIENTS[0]}", timeout=10_000)
    assert painted == [(painted[0][0], "Registered")]  # the first paint: the letter's own status, plain SQL's
    assert window.model.generation == painted[0][0]  # then where it is, filled in without reading the page again
    assert window.model.row_at(0).id == sent.letter_id  # type: ignore[union-attr]
    window.close()
    window.runner.wait()
    sent.close()
