"""In the dialogs, a failure of this PC that is not a refusal (a damaged table, a name the system refuses), a refused
form and a cell of a paper register that cannot be read reach the clerk as one Lao sentence saying what to do, never
in the system's English; the system's reason goes to the log for IT staff."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.lao_told import LAO, LATIN, told


def _damage(store: Any, table: str) -> None:
    from tests.ui.test_failures_in_lao import _damage as damage

    damage(store, table)


def test_a_change_of_people_that_fails_is_told_in_lao(qtbot, lao, demo_store, reasons, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog
    from sqlalchemy import select

    from eoffice_desktop.core.storage.models import User
    from eoffice_desktop.ui.lao_wrap import shown_text
    from eoffice_desktop.ui.people_dialogs import UsersDialog

    with demo_store.db.session() as s:
        admin = demo_store.actor(s.scalars(select(User.id).where(User.username == "admin")).one())
    dialog = UsersDialog(demo_store, admin)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("ພະແນກແຜນການ", True)))
    _damage(demo_store, "events")
    dialog.add_dept()
    told(shown_text(dialog.error), "ລອງໃໝ່")  # "try again"
    assert "no such table: events" in reasons.text  # the reason, for IT staff


def test_a_delegation_that_ends_before_it_starts_is_told_in_lao(qtbot, lao, demo_store):  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from eoffice_desktop.ui import labels
    from eoffice_desktop.ui.lao_wrap import shown_text
    from eoffice_desktop.ui.people_dialogs import DelegateDialog
    from tests.ui.conftest import clerk_of

    clerk, _viewer, _name = clerk_of(demo_store)
    dialog = DelegateDialog(demo_store, clerk)
    qtbot.addWidget(dialog)
    dialog.end.set_date(date.today() - timedelta(days=1))
    dialog.save()
    shown = shown_text(dialog.error)
    assert shown == labels.error("before_start", "") and LAO.search(shown) and not LATIN.search(shown)
    assert dialog.result() == 0  # still open, nothing delegated


def test_a_copy_under_a_name_the_system_refuses_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, app, demo_store, reasons, quiet_message_boxes, tmp_path: Path, monkeypatch
):
    """A name the system refuses outright (not an error of the drive: Python's ValueError "embedded null byte")."""
    from PySide6.QtWidgets import QFileDialog
    from sqlalchemy import select

    from eoffice_desktop.core.storage.models import Attachment
    from eoffice_desktop.ui.attachments_tab import AttachmentsTab

    with demo_store.db.session() as s:
        attachment = s.scalars(select(Attachment)).first()
    runner = TaskRunner()
    tab = AttachmentsTab(demo_store, runner)
    qtbot.addWidget(tab)
    tab.set_files([attachment])
    tab.files.setCurrentRow(0)
    target = str(tmp_path / "copy\x00.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (target, "")))
    tab.save_copy.click()
    qtbot.waitUntil(lambda: tab.saving is None, timeout=10_000)
    ((_title, text),) = quiet_message_boxes
    told(text.replace(attachment.filename, ""), "ລອງໃໝ່")
    assert "null byte" in reasons.text and list(tmp_path.iterdir()) == [tmp_path / "office"]
    runner.wait()


def test_cells_of_a_register_that_cannot_be_read_are_told_in_lao(qtbot, lao, demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Each reason a cell of a paper register cannot be read is in Lao, quoting the cell as written; the words a cell
    may hold are offered as the window shows them, and they are read back as those words."""
    from eoffice_desktop.core.registry.import_values import parse_word
    from eoffice_desktop.ui import labels
    from tests.ui.import_register import import_dialog, previewed, register_csv

    register = register_csv(
        tmp_path,
        [
            "0901/ຊສຖ,26/02/2559,ກະຊວງການເງິນ,ງົບປະມານ,ດ່ວນຫຼາຍໆ,ສາມ",
            "0902/ຊສຖ,12/25/2024,ກະຊວງພາຍໃນ,ກອງປະຊຸມ,ດ່ວນ,2",
            "0903/ຊສຖ,ມື້ອື່ນ,ກະຊວງພາຍໃນ,ກອງປະຊຸມ,ດ່ວນ,2",
            "0904/ຊສຖ,26/02/016,ກະຊວງພາຍໃນ,ກອງປະຊຸມ,ດ່ວນ,2",
        ],
    )
    dialog, runner = import_dialog(qtbot, demo_store)
    previewed(qtbot, dialog, register)
    problems = [dialog.preview.text(row, dialog.preview.columnCount() - 1) for row in range(4)]
    for row, cell in enumerate(("ສາມ", "12/25/2024", "ມື້ອື່ນ", "26/02/016")):
        assert f"'{cell}'" in problems[row], problems[row]
        told(problems[row].replace(f"'{cell}'", ""), "")
    assert "'26/02/2559'" in problems[0] and "2016" in problems[0]  # the Gregorian year to write instead
    assert "ວັນ/ເດືອນ/ປີ" in problems[1]  # dates are read day first
    offered = [labels.urgency(code) for code in ("normal", "urgent", "very_urgent")]
    assert all(word in problems[0] for word in offered)
    assert [parse_word("urgency", word) for word in offered] == ["normal", "urgent", "very_urgent"]
    runner.wait()


def test_settings_that_cannot_be_saved_are_told_in_lao(qtbot, lao, demo_store, reasons):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from eoffice_desktop.core.storage.models import User
    from eoffice_desktop.ui.lao_wrap import shown_text
    from eoffice_desktop.ui.settings_dialog import SettingsDialog

    with demo_store.db.session() as s:
        admin = demo_store.actor(s.scalars(select(User.id).where(User.username == "admin")).one())
    dialog = SettingsDialog(demo_store, actor=admin)
    qtbot.addWidget(dialog)
    _damage(demo_store, "settings")
    dialog.save()
    told(shown_text(dialog.error), "ລອງໃໝ່")  # "try again"
    assert dialog.result() == 0 and "no such table: settings" in reasons.text


def test_a_colleague_disabled_meanwhile_is_told_in_lao_when_delegating(qtbot, lao, demo_store):  # type: ignore[no-untyped-def]
    """Not "not found in the address book" (the words of another refusal): that the colleague is not a user now."""
    from sqlalchemy import select

    from eoffice_desktop.core.people.accounts import update_user
    from eoffice_desktop.core.storage.models import User
    from eoffice_desktop.ui import labels
    from eoffice_desktop.ui.lao_wrap import shown_text
    from eoffice_desktop.ui.people_dialogs import DelegateDialog
    from tests.ui.conftest import clerk_of

    clerk, _viewer, _name = clerk_of(demo_store)
    dialog = DelegateDialog(demo_store, clerk)
    qtbot.addWidget(dialog)
    colleague = dialog.colleague.currentData()
    with demo_store.db.session() as s:
        admin = demo_store.actor(s.scalars(select(User.id).where(User.username == "admin")).one())
    update_user(demo_store, admin, colleague, active=False)  # (by the administrator, meanwhile)
    dialog.save()
    shown = shown_text(dialog.error)
    assert shown == labels.error("not_a_user", "") and LAO.search(shown) and not LATIN.search(shown)
    assert shown != labels.error("unknown", "") and dialog.result() == 0


def test_a_password_on_a_joined_pc_that_cannot_be_saved_is_told_in_lao(  # type: ignore[no-untyped-def]
    qtbot, lao, reasons, central, tmp_path: Path, monkeypatch
):
    from eoffice_desktop.core.office import open_store, setup_office
    from eoffice_desktop.ui.lao_wrap import shown_text
    from eoffice_desktop.ui.start_dialogs import FirstRunDialog
    from sync.client.session import enrol_pc, sync_once
    from tests.ui.test_join_wizard import _codes, _enrol_with

    first_code, second_code = _codes(central, 2)
    first = open_store(tmp_path / "pc1")
    setup_office(first, "ຊສຖ", "ຫ້ອງການເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "ທ່ານ ບຸນມີ", "password-1")
    enrol_pc(first, central.url, first_code, "PC 1")
    sync_once(first)
    first.close()
    store = open_store(tmp_path / "pc2")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _enrol_with(monkeypatch, qtbot, central.url, second_code)
    dialog.join()
    assert dialog.joined, dialog.error.text()
    _damage(store, "users")
    dialog.password.setText("pc2-password")
    dialog.password2.setText("pc2-password")
    dialog.create()
    told(shown_text(dialog.error), "ລອງໃໝ່")  # "try again"
    assert dialog.result() == 0 and dialog.password.text() == "pc2-password"  # what was typed stays
    assert "no such table: users" in reasons.text
    dialog.runner.wait()
    store.close()
