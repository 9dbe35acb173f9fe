"""First run on a second PC of an office: join through the server, receive the office, give an administrator a
password on this PC; and on an office's first PC, create the office under the server's office."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.people.accounts import LoginThrottle, authenticate
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.ui import join_office
from eoffice_desktop.ui.start_dialogs import FirstRunDialog
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code
from tests.sync.conftest import RunningServer


def _codes(central: RunningServer, n: int) -> list[str]:
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        return [new_enrolment_code(s, "ຊສຖ") for _ in range(n)]


def _enrol_with(monkeypatch: pytest.MonkeyPatch, qtbot: Any, url: str, code: str) -> None:
    def fill_in(dialog: Any) -> int:
        dialog.server.setText(url)
        dialog.code.setText(code)
        dialog.enrol()
        qtbot.waitUntil(lambda: dialog.enrolled is not None or bool(dialog.error.text()), timeout=20000)
        return 1 if dialog.enrolled is not None else 0

    monkeypatch.setattr(join_office.EnrolDialog, "exec", fill_in)


def test_second_pc_joins_its_office_from_the_first_run_window(qtbot, app, central, tmp_path: Path, monkeypatch):
    first_code, second_code = _codes(central, 2)
    first = open_store(tmp_path / "pc1")
    admin = setup_office(first, "ຊສຖ", "ຫ້ອງການເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "ທ່ານ ບຸນມີ", "password-1")
    enrol_pc(first, central.url, first_code, "PC 1")
    letter = register_letter(first, admin, LetterForm(register_date=date.today(), sender_name="ກງ", subject="ງົບປະມານ"))
    sync_once(first)
    first.close()

    store = open_store(tmp_path / "pc2")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _enrol_with(monkeypatch, qtbot, central.url, second_code)
    dialog.join()
    assert dialog.joined, dialog.error.text()
    assert "ຫ້ອງການເມືອງໄຊເສດຖາ" in dialog.intro.text() and dialog.username.text() == "admin"
    assert not dialog.name_lo.isVisible() and not dialog.join_button.isVisible()
    dialog.password.setText("pc2-password")
    dialog.password2.setText("pc2-password")
    dialog.create()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    viewer = authenticate(store, "admin", "pc2-password", LoginThrottle(), sleep=False)
    assert viewer.has("admin")
    from eoffice_desktop.core.storage.models import Letter

    with store.db.session() as s:
        assert s.get(Letter, letter.letter_id).subject == "ງົບປະມານ"
    dialog.runner.wait()
    store.close()


def test_first_pc_enrols_then_creates_the_office_under_the_servers_office(
    qtbot, app, central, tmp_path: Path, monkeypatch
):
    (code,) = _codes(central, 1)
    store = open_store(tmp_path / "pc1")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _enrol_with(monkeypatch, qtbot, central.url, code)
    dialog.join()
    assert not dialog.joined and not store.is_set_up() and dialog.name_lo.isVisible()
    enrolled_office = store.office_id
    dialog.name_lo.setText("ຫ້ອງການເມືອງໄຊເສດຖາ")
    dialog.code.setText("ຊສຖ")
    dialog.full_name.setText("ທ່ານ ບຸນມີ")
    dialog.password.setText("password-1")
    dialog.password2.setText("password-1")
    dialog.create()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert store.office_id == enrolled_office and store.office().code == "ຊສຖ"
    report = sync_once(store)  # the new office goes to the server under the enrolled office
    assert report.pushed >= 2 and report.refused == 0
    dialog.runner.wait()
    store.close()


def test_join_without_a_server_says_so_and_keeps_the_form(qtbot, app, tmp_path: Path, monkeypatch):
    store = open_store(tmp_path / "pc")
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _enrol_with(monkeypatch, qtbot, "http://127.0.0.1:9", "abcd-efgh")
    dialog.join()
    assert not dialog.joined and not store.is_set_up() and dialog.join_button.isVisible()
    dialog.runner.wait()
    store.close()
