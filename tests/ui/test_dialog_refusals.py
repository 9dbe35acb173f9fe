"""A dialog whose choices cannot be read as it opens (the core refuses, or a table of the office's database is damaged)
opens all the same and says why in one Lao sentence, with nothing to press but Cancel: it never raises a traceback
at the clerk, and nothing is saved over the office's records from a window that could not read them."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import update_user
from eoffice_desktop.core.service import LetterHeading
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.ui.dashboard import DashboardDialog
from eoffice_desktop.ui.forward_dialog import ForwardDialog
from eoffice_desktop.ui.people_dialogs import DelegateDialog, UserDialog, UsersDialog
from eoffice_desktop.ui.routing_dialogs import CompleteDialog, RouteDialog
from eoffice_desktop.ui.settings_dialog import SettingsDialog

DISABLED = "ບັນຊີຜູ້ໃຊ້ນີ້ບໍ່ມີ ຫຼື ຖືກປິດໃຊ້ງານແລ້ວ."  # account_disabled, in Lao
UNREADABLE_START = "ອ່ານຂໍ້ມູນຂອງຫ້ອງການບໍ່ໄດ້"  # "The office's records could not be read", in Lao


def _user(store: OfficeStore, username: str) -> str:
    with store.db.session() as s:
        return s.scalars(select(User.id).where(User.username == username)).one()


def _heading(store: OfficeStore) -> LetterHeading:
    with store.db.session() as s:
        return LetterHeading.of(s.scalars(select(Letter).where(Letter.direction == "in")).first())


def _damage(store: OfficeStore, table: str) -> None:
    """The table is gone from the office's database file (as after damage found by SQLite): every read of it fails."""
    with sqlite3.connect(store.data_dir.root / "eoffice.sqlite") as connection:
        connection.execute("PRAGMA legacy_alter_table=ON")  # (the triggers that name it are left as they are)
        connection.execute(f"ALTER TABLE {table} RENAME TO {table}_damaged")


def _said(label) -> str:  # type: ignore[no-untyped-def]
    """A label's words without the invisible line-break marks put between Lao words (ui/lao_breaks.py)."""
    return label.text().replace("\u200b", "")


def _ok_enabled(dialog) -> bool:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    return any(
        button.isEnabled()
        for button in box.buttons()
        if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole
    )


def test_the_settings_of_an_account_disabled_meanwhile_say_so_in_lao(qtbot, lao, demo_store):  # type: ignore[no-untyped-def]
    admin, clerk = demo_store.actor(_user(demo_store, "admin")), demo_store.actor(_user(demo_store, "clerk"))
    update_user(demo_store, admin, clerk.user_id, active=False)  # (by the administrator, on another PC)
    dialog = SettingsDialog(demo_store, actor=clerk)
    qtbot.addWidget(dialog)
    box = dialog.sharing_box
    assert box.why_not is not None and _said(box.why_not) == DISABLED
    assert not any(w.isEnabled() for w in (box.progress, box.holder, box.lost_days))
    assert _ok_enabled(dialog)  # the settings of this PC were read: they can be saved


@pytest.mark.parametrize(
    ("table", "make"),
    [
        ("departments", lambda store, letter, clerk, admin: RouteDialog(store, letter, clerk.user_id)),
        ("letters", lambda store, letter, clerk, admin: CompleteDialog(store, letter)),
        ("organisations", lambda store, letter, clerk, admin: ForwardDialog(store, letter)),
        ("users", lambda store, letter, clerk, admin: DelegateDialog(store, clerk)),
        ("departments", lambda store, letter, clerk, admin: UserDialog(store)),
        ("settings", lambda store, letter, clerk, admin: SettingsDialog(store, actor=admin)),
    ],
)
def test_a_dialog_that_cannot_read_its_choices_says_so_and_offers_only_cancel(qtbot, lao, demo_store, table, make):  # type: ignore[no-untyped-def]
    clerk, admin = demo_store.actor(_user(demo_store, "clerk")), demo_store.actor(_user(demo_store, "admin"))
    letter = _heading(demo_store)  # (what the window had shown)
    _damage(demo_store, table)
    dialog = make(demo_store, letter, clerk, admin)
    qtbot.addWidget(dialog)
    assert _said(dialog.error).startswith(UNREADABLE_START)
    assert not _ok_enabled(dialog)


def test_the_users_and_the_overview_say_what_could_not_be_read(qtbot, lao, demo_store):  # type: ignore[no-untyped-def]
    admin = demo_store.actor(_user(demo_store, "admin"))
    with demo_store.db.session() as s:
        from eoffice_desktop.core.people.viewer import viewer_of

        head = viewer_of(s, _user(demo_store, "head"))
    _damage(demo_store, "users")
    users = UsersDialog(demo_store, admin)
    qtbot.addWidget(users)
    assert _said(users.error).startswith(UNREADABLE_START) and users.table.rowCount() == 0
    _damage(demo_store, "letters")
    overview = DashboardDialog(demo_store, head)
    qtbot.addWidget(overview)
    assert _said(overview.summary).startswith(UNREADABLE_START)


def test_settings_refused_on_saving_say_why_and_stay_open(qtbot, lao, demo_store):  # type: ignore[no-untyped-def]
    admin, head = demo_store.actor(_user(demo_store, "admin")), demo_store.actor(_user(demo_store, "head"))
    dialog = SettingsDialog(demo_store, actor=head)
    qtbot.addWidget(dialog)
    dialog.sharing_box.holder.setChecked(not dialog.sharing_box.holder.isChecked())
    update_user(demo_store, admin, head.user_id, active=False)  # (meanwhile, on another PC)
    dialog.show()
    dialog.save()
    assert _said(dialog.error) == DISABLED and dialog.isVisible()  # what was chosen is still there to save later
    dialog.reject()


def test_a_tracking_code_that_cannot_be_looked_up_is_told_not_raised(qtbot, lao, demo_store, quiet_message_boxes):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from eoffice_desktop.core.journey.tracking import format_code
    from eoffice_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import clerk_of, type_text

    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    with demo_store.db.session() as s:
        code = s.scalars(select(Letter.tracking_code).where(Letter.tracking_code != "")).first()
    assert code
    _damage(demo_store, "letters")
    type_text(window.search, format_code(code))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert quiet_message_boxes and quiet_message_boxes[-1][1].startswith(UNREADABLE_START)
    assert window.search.text() == format_code(code)  # what was typed stays, to try again
    window.runner.wait()


def test_a_data_folder_with_a_damaged_database_is_refused_in_lao(qtbot, lao, tmp_path):  # type: ignore[no-untyped-def]
    import random

    from eoffice_desktop.core.demo.build import generate_demo
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog

    copied = open_store(tmp_path / "copied")  # (a folder copied from another disk, damaged on the way)
    generate_demo(copied, 60)
    copied.close()
    database = tmp_path / "copied" / "eoffice.sqlite"
    rng = random.Random(11)
    with open(database, "r+b") as handle:
        for _ in range(20):
            handle.seek(rng.randrange(100, database.stat().st_size - 64))
            handle.write(rng.randbytes(64))
    store = open_store(tmp_path / "new")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "copied"))
    assert not dialog._switch_folder()
    assert "ຖານຂໍ້ມູນຂອງຫ້ອງການເສຍຫາຍ" in _said(dialog.error) and "damaged" not in _said(dialog.error)
    dialog.store.close()


def test_a_folder_holding_an_office_whose_name_cannot_be_read_is_told_in_lao(qtbot, lao, tmp_path):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.demo.build import generate_demo
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog

    copied = open_store(tmp_path / "copied")  # (a folder copied from another disk, its offices damaged on the way)
    generate_demo(copied, 20)
    copied.close()
    with sqlite3.connect(tmp_path / "copied" / "eoffice.sqlite") as connection:
        connection.create_function("eoffice_search_doc", -1, lambda *_: "")  # (named in triggers checked anew)
        connection.execute("ALTER TABLE offices RENAME COLUMN name_en TO name_en_damaged")
    store = open_store(tmp_path / "new")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "copied"))
    dialog.create()
    assert _said(dialog.error).startswith(UNREADABLE_START)
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted  # it stays open: another folder may be chosen
    assert not dialog.ok_button.isEnabled() and dialog.change_folder.isEnabled()
    dialog.runner.wait()
    dialog.store.close()


def test_a_joined_office_whose_administrators_cannot_be_read_is_told_in_lao(qtbot, lao, central, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.office import open_store, setup_office
    from eoffice_desktop.ui import join_office
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog
    from sync.client.session import enrol_pc, sync_once
    from sync.server.admin import add_office, new_enrolment_code
    from tests.ui.test_join_wizard import _enrol_with

    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        first_code, second_code = new_enrolment_code(s, "ຊສຖ"), new_enrolment_code(s, "ຊສຖ")
    first = open_store(tmp_path / "pc1")
    setup_office(first, "ຊສຖ", "ຫ້ອງການເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "ທ່ານ ບຸນມີ", "password-1")
    enrol_pc(first, central.url, first_code, "PC 1")
    sync_once(first)
    first.close()
    received = join_office.receive_office

    def received_then_damaged(parent, store, runner):  # type: ignore[no-untyped-def]
        problem = received(parent, store, runner)
        _damage(store, "users")  # (the disk failed just after the office arrived)
        return problem

    monkeypatch.setattr(join_office, "receive_office", received_then_damaged)
    store = open_store(tmp_path / "pc2")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _enrol_with(monkeypatch, qtbot, central.url, second_code)
    dialog.join()
    assert _said(dialog.error).startswith(UNREADABLE_START)
    assert not dialog.joined and dialog.join_button.isVisible()  # pressed again, it reads the office again
    assert not dialog.ok_button.isEnabled()  # (not "Create the office": this PC's office has arrived)
    dialog.runner.wait()
    store.close()


def test_a_folder_whose_office_cannot_be_looked_for_is_told_in_lao(qtbot, lao, tmp_path):  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.demo.build import generate_demo
    from eoffice_desktop.core.office import open_store
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog

    copied = open_store(tmp_path / "copied")  # (a folder copied from another disk, its offices damaged on the way)
    generate_demo(copied, 20)
    _damage(copied, "offices")
    copied.close()
    store = open_store(tmp_path / "new")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "copied"))
    dialog.create()
    assert _said(dialog.error).startswith(UNREADABLE_START)
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted and not dialog.ok_button.isEnabled()
    dialog.runner.wait()
    dialog.store.close()
