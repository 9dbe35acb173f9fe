"""A second PC joins an office that already works with the server: it receives the office, its people and letters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.people.accounts import (
    AccountError,
    LoginThrottle,
    NotAllowed,
    authenticate,
    first_local_password,
)
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import Letter
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code


def test_second_pc_joins_and_receives_the_office(central, tmp_path: Path):
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        first_code, second_code = new_enrolment_code(s, "ຊສຖ"), new_enrolment_code(s, "ຊສຖ")
    first = open_store(tmp_path / "pc1")
    admin = setup_office(first, "ຊສຖ", "ຫ້ອງການເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "ທ່ານ ບຸນມີ", "password-1")
    enrol_pc(first, central.url, first_code, "PC 1")
    letter = register_letter(first, admin, LetterForm(register_date=date.today(), sender_name="ກງ", subject="ງົບປະມານ"))
    sync_once(first)

    second = open_store(tmp_path / "pc2")
    assert not second.is_set_up()
    enrol_pc(second, central.url, second_code, "PC 2")
    sync_once(second)
    assert second.is_set_up() and second.office().code == "ຊສຖ"
    # Passwords never travel: nobody can sign in until IT staff give an administrator a password on this PC.
    with pytest.raises(AccountError, match="no password on this PC"):
        authenticate(second, "admin", "password-1", LoginThrottle(), sleep=False)
    with pytest.raises(AccountError, match="administrator"):
        first_local_password(second, "nobody", "password-2")
    first_local_password(second, "ADMIN", "password-2")
    viewer = authenticate(second, "admin", "password-2", LoginThrottle(), sleep=False)
    assert viewer.has("admin")
    with pytest.raises(NotAllowed):  # only once: afterwards the administrator manages passwords
        first_local_password(second, "admin", "password-3")
    with second.db.session() as s:
        assert s.get(Letter, letter.letter_id).registry_number == letter.registry_number
    first.close()
    second.close()
    assert check_data_dir(tmp_path / "pc2").ok
