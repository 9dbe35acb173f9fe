"""A failure that is not a refusal (a table of the office's database damaged, a USB stick taken out while a file is
written to it) is told in one Lao sentence saying what happened and what to do, never in the system's English; the
system's reason goes to the log for IT staff, without the file's name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.ui.lao_wrap import shown_text
from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.lao_told import AGAIN, told


def _damage(store: OfficeStore, table: str) -> None:
    """The table is gone from the office's database file (as after damage found by SQLite): every use of it fails."""
    with sqlite3.connect(store.data_dir.root / "eoffice.sqlite") as connection:
        connection.execute("PRAGMA legacy_alter_table=ON")  # (the triggers that name it are left as they are)
        connection.execute(f"ALTER TABLE {table} RENAME TO {table}_damaged")


def _user(store: OfficeStore, username: str) -> str:
    with store.db.session() as s:
        return s.scalars(select(User.id).where(User.username == username)).one()


def test_a_change_of_the_letter_that_fails_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, demo_store, quiet_message_boxes, reasons, monkeypatch
):
    from PySide6.QtCore import Qt

    from eoffice_desktop.ui import letter_view
    from eoffice_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import clerk_of, settle

    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).status != "void")  # type: ignore[union-attr]
    window.select_letter(window.model.row_at(row).id)  # type: ignore[union-attr]
    settle(window)
    monkeypatch.setattr(letter_view, "ask_text", lambda *_args: "ກວດແລ້ວ")
    _damage(demo_store, "events")
    qtbot.mouseClick(window.view.route_buttons["comment"], Qt.MouseButton.LeftButton)
    window.runner.wait()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=10_000)
    told(quiet_message_boxes[-1][1])
    assert "no such table: events" in reasons.text  # the reason, for IT staff


def test_a_letter_that_cannot_be_read_is_told_in_lao(qtbot, lao, demo_store, quiet_message_boxes, reasons):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import clerk_of, settle

    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    chosen = window.model.row_at(0).id  # type: ignore[union-attr]
    _damage(demo_store, "events")
    window.view.show_letter(chosen)
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=10_000)
    told(quiet_message_boxes[-1][1], what_to_do="ເລືອກມັນອີກຄັ້ງ")  # "choose it again"
    assert window.view.detail is None and "no such table" in reasons.text
    window.runner.wait()


def test_a_backup_that_fails_is_told_in_lao(qtbot, lao, demo_store, reasons, tmp_path: Path):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.backup_dialog import BackupDialog

    runner = TaskRunner()
    dialog = BackupDialog(demo_store, runner, user_id=_user(demo_store, "admin"))
    qtbot.addWidget(dialog)
    dialog.show()
    _damage(demo_store, "users")
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.back_up(usb)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    told(shown_text(dialog.error))
    assert "no such table: users" in reasons.text and dialog.start.isEnabled()
    runner.wait()


def test_a_signed_copy_that_cannot_be_made_is_told_in_lao(qtbot, lao, demo_store, reasons):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.print_signed import PrintSignedDialog

    with demo_store.db.session() as s:
        letter = s.scalars(select(Letter).limit(1)).one()
        letter_id, number = letter.id, letter.registry_number
    _damage(demo_store, "letters")
    runner = TaskRunner()
    dialog = PrintSignedDialog(demo_store, runner, letter_id, number)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    told(dialog.facts.text())
    assert "no such table" in reasons.text and not dialog.print_button.isEnabled()
    runner.wait()


def test_an_export_to_a_usb_stick_taken_out_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, demo_store, reasons, tmp_path: Path, monkeypatch
):
    from eoffice_desktop.ui import export_dialog
    from eoffice_desktop.ui.export_dialog import ExportDialog

    gone = tmp_path / "usb-taken-out" / "ທະບຽນ.csv"  # (the stick was pulled out after the file was chosen)
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", lambda *_args: (str(gone), "CSV (*.csv)"))
    runner = TaskRunner()
    dialog = ExportDialog(demo_store, runner, "in", user_id=_user(demo_store, "clerk"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._export()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    told(shown_text(dialog.error))
    assert dialog.buttons.isEnabled() and not gone.exists()  # the dates chosen stay, to export again
    assert "ENOENT" in reasons.text and "ທະບຽນ" not in reasons.text  # the reason for IT staff, not the file's name
    runner.wait()


def _signed_letter(store: OfficeStore) -> str:
    from eoffice_desktop.core.signing.tables import Signature

    with store.db.session() as s:
        return s.scalars(select(Signature.letter_id).limit(1)).one()  # (the demo signs a few letters)


def test_signatures_that_cannot_be_checked_are_told_in_lao(qtbot, lao, demo_store, reasons):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.signatures_panel import SignaturesPanel

    signed = _signed_letter(demo_store)
    _damage(demo_store, "signatures")
    runner = TaskRunner()
    panel = SignaturesPanel(demo_store, runner)
    qtbot.addWidget(panel)
    panel.show_letter(signed)
    qtbot.waitUntil(lambda: panel.job is None, timeout=30_000)
    told(panel.summary.text(), what_to_do="ເລືອກໜັງສືສະບັບນີ້ອີກຄັ້ງ")  # "choose the letter again"
    assert "no such table: signatures" in reasons.text
    runner.wait()


def test_a_signed_package_that_cannot_be_saved_there_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, demo_store, quiet_message_boxes, reasons, tmp_path: Path, monkeypatch
):
    from eoffice_desktop.ui import signatures_panel
    from eoffice_desktop.ui.signatures_panel import SignaturesPanel

    runner = TaskRunner()
    panel = SignaturesPanel(demo_store, runner)
    qtbot.addWidget(panel)
    panel.set_actor(demo_store.actor(_user(demo_store, "admin")))
    panel.show_letter(_signed_letter(demo_store))
    qtbot.waitUntil(lambda: panel.current is not None, timeout=30_000)
    in_the_way = tmp_path / "ເອກະສານ"  # (a file where the folder chosen was meant to be)
    in_the_way.write_text("")
    target = in_the_way / "ໜັງສືລົງລາຍເຊັນ.zip"
    monkeypatch.setattr(signatures_panel.QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    panel.export()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=30_000)
    told(quiet_message_boxes[-1][1], what_to_do="ໂຟນເດີອື່ນ")  # "another folder"
    assert panel.export_button.isEnabled()
    assert "ENOTDIR" in reasons.text or "EEXIST" in reasons.text
    assert "ເອກະສານ" not in reasons.text  # the reason for IT staff, not the file's name
    runner.wait()


def test_a_package_that_cannot_be_checked_against_this_pcs_records_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, demo_store, reasons, tmp_path: Path
):
    from eoffice_desktop.core.signing.package import export_package
    from eoffice_desktop.ui.signatures_package import VerifyPackageDialog

    package = tmp_path / "signed.zip"
    export_package(demo_store, _signed_letter(demo_store), package)
    _damage(demo_store, "trust_items")
    runner = TaskRunner()
    dialog = VerifyPackageDialog(demo_store, runner, package)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result_ok is not None, timeout=30_000)
    told(shown_text(dialog.headline).replace("<b style='color:#b00020'>", "").replace("</b>", ""))
    assert "no such table: trust_items" in reasons.text
    runner.wait()


def test_a_usb_bundle_that_cannot_be_written_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, quiet_message_boxes, reasons, tmp_path: Path
):
    from tests.ui.test_sync_window import _desktop, _window

    store, _actor = _desktop(tmp_path, "pc", "ຊສຖ")
    runner = TaskRunner()
    window = _window(store, runner, qtbot)
    _damage(store, "events")
    stick = tmp_path / "stick"
    stick.mkdir()
    window.usb.save_to(stick / "changes")
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=30_000)
    told(quiet_message_boxes[-1][1])
    assert "no such table" in reasons.text and list(stick.iterdir()) == []
    window.close()
    runner.wait()
    store.close()


def test_a_signing_key_folder_that_cannot_be_written_is_told_in_lao(lao, reasons, tmp_path: Path):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.key_passphrase import refusal_text

    with pytest.raises(OSError) as failed:  # (the key's folder on a drive taken out)
        (tmp_path / "keys-taken-out" / "ກະແຈ.p12").write_bytes(b"key")
    told(refusal_text(failed.value))
    assert "ENOENT" in reasons.text and "ກະແຈ" not in reasons.text


def test_a_registration_that_fails_is_told_in_lao_and_keeps_what_was_typed(qtbot, lao, demo_store, reasons):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from eoffice_desktop.ui.letter_form import LetterFormDialog
    from tests.ui.conftest import clerk_of, type_text

    actor, _viewer, _name = clerk_of(demo_store)
    runner = TaskRunner()
    dialog = LetterFormDialog(demo_store, actor, runner, "in")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.sender.find, "ບ້ານນາຊາຍ")
    type_text(dialog.subject, "ແຈ້ງການກ່ຽວກັບການປະຊຸມ")
    _damage(demo_store, "events")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: AGAIN in dialog.status.text() or "Error" in dialog.status.text(), timeout=10_000)
    told(dialog.status.text())
    assert dialog.registered is None and dialog.isVisible() and dialog.buttons.isEnabled()
    assert dialog.subject.text() == "ແຈ້ງການກ່ຽວກັບການປະຊຸມ"  # nothing typed is lost
    assert "no such table" in reasons.text
    dialog.reject()
    runner.wait()


def test_a_letter_that_arrived_and_cannot_be_registered_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, central, reasons, tmp_path: Path
):
    from eoffice_desktop.ui.main_window import VIEWS
    from sync.client.session import sync_once
    from tests.ui.test_journey_window import _enrolled, _entry_for, _send, _window

    ministry, m_actor = _enrolled(central, tmp_path, "ministry", "ກຊ")
    province, _ = _enrolled(central, tmp_path, "province", "ຂຂ")
    to_province = _entry_for(ministry, m_actor, "ແຂວງຫຼວງພະບາງ", province)
    sent = _send(ministry, m_actor, to_province, "ເຊີນປະຊຸມ")
    sync_once(ministry)
    sync_once(province)
    window = _window(province, qtbot)
    window.sidebar.setCurrentRow(VIEWS.index("arrived"))
    arrived = window.arrived
    qtbot.waitUntil(lambda: len(arrived.rows) == 1, timeout=10_000)
    _damage(province, "events")
    arrived.register(sent)
    qtbot.waitUntil(lambda: bool(arrived.error.text()), timeout=10_000)
    told(shown_text(arrived.error))
    assert arrived.table.isEnabled() and "no such table" in reasons.text
    window.close()
    window.runner.wait()
    ministry.close()
    province.close()


def test_an_address_book_change_that_fails_is_told_in_lao(qtbot, lao, demo_store, reasons, monkeypatch):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui import address_book
    from eoffice_desktop.ui.address_book import AddressBookDialog
    from tests.ui.conftest import clerk_of

    clerk, _viewer, _name = clerk_of(demo_store)
    runner = TaskRunner()
    dialog = AddressBookDialog(demo_store, clerk, runner)
    qtbot.addWidget(dialog)

    def fill(entry) -> int:  # type: ignore[no-untyped-def]
        entry.name_lo.setText("ສູນທົດລອງພືດນາຊາຍ")
        return 1

    monkeypatch.setattr(address_book.EntryDialog, "exec", fill)
    _damage(demo_store, "events")
    dialog.new()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    told(shown_text(dialog.error))
    assert "no such table: events" in reasons.text
    runner.wait()


def test_diagnostics_that_cannot_be_saved_there_are_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, demo_store, quiet_message_boxes, reasons, tmp_path: Path, monkeypatch
):
    from eoffice_desktop.ui import window_menus
    from eoffice_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import clerk_of, settle

    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    qtbot.waitUntil(lambda: hasattr(window, "menus"), timeout=10_000)
    gone = tmp_path / "usb-taken-out" / "eoffice-diagnostics.zip"
    monkeypatch.setattr(window_menus.QFileDialog, "getSaveFileName", lambda *_args: (str(gone), ""))
    window.menus.diagnostics()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=10_000)
    told(quiet_message_boxes[-1][1])
    assert "ENOENT" in reasons.text and "usb-taken-out" not in reasons.text
    window.runner.wait()


def test_a_slip_that_cannot_be_read_to_print_is_told_in_lao(qtbot, lao, demo_store, quiet_message_boxes, reasons):  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import clerk_of, settle

    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    window.select_letter(window.model.row_at(0).id)  # type: ignore[union-attr]
    settle(window)
    _damage(demo_store, "events")
    window.view.print_slip.trigger()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=10_000)
    told(quiet_message_boxes[-1][1])
    assert window.view.print_preview is None and "no such table" in reasons.text
    window.runner.wait()
