"""Real refusals of the core reach real widgets in Lao, worded from their code with their values filled in: a user name
that is taken, a registry number that is taken, a right the user does not have, and a wrong passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import create_user
from eoffice_desktop.core.storage.models import Letter, User
from eoffice_desktop.ui import letter_view, people_dialogs
from eoffice_desktop.ui.key_passphrase import PassphraseDialog
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.people_dialogs import UsersDialog
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.signing.ca import OfflineCA
from eoffice_shared.signing.keys import KeyStore
from tests.ui.conftest import clerk_of


def _actor(store: OfficeStore, username: str):  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        return store.actor(s.scalars(select(User.id).where(User.username == username)).one())


def _add_user(monkeypatch: pytest.MonkeyPatch, dialog: UsersDialog, username: str) -> None:
    def fill(form: people_dialogs.UserDialog) -> int:
        form.username.setText(username)
        form.full_name.setText("ທ່ານ ວັນ ສອງ")
        form.password.setText("password2")
        form.roles["official"].setChecked(True)
        return 1

    monkeypatch.setattr(people_dialogs.UserDialog, "exec", fill)
    dialog.add_user()


def test_a_taken_user_name_and_a_missing_right_are_told_in_lao(qtbot, lao, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    admin = _actor(demo_store, "admin")
    create_user(demo_store, admin, "vanh", "ທ່ານ ວັນ", "password1", ["official"])
    dialog = UsersDialog(demo_store, admin)
    qtbot.addWidget(dialog)
    _add_user(monkeypatch, dialog, "vanh")
    assert dialog.error.text() == "ຊື່ຜູ້ໃຊ້ vanh ມີຄົນໃຊ້ແລ້ວ."  # the name the admin typed, in the Lao sentence

    clerk = _actor(demo_store, "clerk")
    refused = UsersDialog(demo_store, clerk)
    qtbot.addWidget(refused)
    _add_user(monkeypatch, refused, "newcomer")
    assert refused.error.text() == "ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ຈັດການບັນຊີຜູ້ໃຊ້ໄດ້."
    with demo_store.db.session() as s:
        assert s.scalars(select(User).where(User.username == "newcomer")).first() is None


def test_a_taken_registry_number_is_told_in_lao(qtbot, lao, demo_store, monkeypatch, quiet_message_boxes):  # type: ignore[no-untyped-def]
    actor, viewer, name = clerk_of(demo_store)
    window = MainWindow(demo_store, actor, viewer, name)
    qtbot.addWidget(window)
    with demo_store.db.session() as s:
        letter = s.scalars(
            select(Letter).where(Letter.moved.is_(False), Letter.status != "void", Letter.direction == "in")
        ).first()
        other = s.scalars(
            select(Letter.registry_number).where(
                Letter.id != letter.id,
                Letter.direction == "in",
                Letter.registry_year == letter.registry_year,
                Letter.office_id == letter.office_id,
            )
        ).first()
    assert other is not None
    window.view.show_letter(letter.id)

    def take_the_other_number(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.field.setCurrentIndex(dialog.field.findData("registry_number"))
        dialog.editor.setText(other)
        dialog.reason.setText("ພິມຜິດ")
        return 1

    monkeypatch.setattr(letter_view.CorrectFieldDialog, "exec", take_the_other_number)
    window.view._correct()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=5000)
    assert quiet_message_boxes[-1][1] == "ເລກທີນີ້ຖືກໃຊ້ແລ້ວ."
    window.runner.wait()


def _wrong_passphrase_shown(qtbot, work) -> str:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    dialog = PassphraseDialog(runner, "Passphrase", "", [("current", "Passphrase", False)], work)
    qtbot.addWidget(dialog)
    dialog.fields["current"].setText("not the passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.error.text() != "", timeout=20000)
    runner.wait()
    return dialog.error.text()


def test_a_wrong_passphrase_is_told_in_lao(qtbot, lao, tmp_path: Path):  # type: ignore[no-untyped-def]
    ca = OfflineCA.init(tmp_path / "ca", "CA of the test office", "the CA passphrase 2026")
    shown = _wrong_passphrase_shown(qtbot, lambda answers, job: ca._key(answers["current"]))
    assert shown == "ລະຫັດລັບຂອງ CA ບໍ່ຖືກຕ້ອງ (ຫຼື ແຟ້ມ ca.p12 ເສຍຫາຍ)."

    keys = KeyStore(tmp_path / "keys")
    keys.create("usr_test", "the key passphrase 2026")
    shown = _wrong_passphrase_shown(qtbot, lambda answers, job: keys.unlock("usr_test", answers["current"]))
    assert shown.startswith("ລະຫັດລັບບໍ່ຖືກຕ້ອງ.")


def test_a_file_that_cannot_be_read_is_told_in_lao_without_the_systems_english(lao, demo_store, tmp_path: Path, caplog):  # type: ignore[no-untyped-def]
    import logging

    from eoffice_desktop.core.storage.blobs import AttachmentRefused
    from eoffice_desktop.ui import core_messages

    scan = tmp_path / "scan.pdf"
    scan.mkdir()  # (a folder where a file was chosen: the system says "Is a directory")
    with pytest.raises(AttachmentRefused) as refused:
        demo_store.blobs.add_file(scan)
    assert "Is a directory" in str(refused.value)  # the English, with the system's reason, for the log and the CLI
    with caplog.at_level(logging.INFO, logger="eoffice.ui"):
        shown = core_messages.text(refused.value)
    assert shown.startswith("ອ່ານໄຟລ໌ scan.pdf ບໍ່ໄດ້.") and "ກະລຸນາປິດໂປຣແກຣມນັ້ນ" in shown
    assert "directory" not in shown
    assert "Is a directory" in caplog.text and "scan.pdf" not in caplog.text  # the reason for IT staff, not the name
