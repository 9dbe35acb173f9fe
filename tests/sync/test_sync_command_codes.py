"""`eoffice sync` as a scheduled task sees it, against the real server: 0 done, 1 while changes the server refused are
still open (on every run, not only the first), 3 when the server cannot be reached, 4 when this PC was revoked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_shared.exits import OK, REENROL, REFUSED, RETRY
from sync.client.session import enrol_pc, sync_once
from sync.server.admin import add_office, new_enrolment_code, revoke_device


def _office(central, root: Path, code: str):  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        add_office(s, code, f"ຫ້ອງການ {code}", code)
        enrolment = new_enrolment_code(s, code)
    store = open_store(root)
    actor = setup_office(store, code, f"ຫ້ອງການ {code}", code, "admin", "Admin", "password-1")
    enrol_pc(store, central.url, enrolment)
    return store, actor


@pytest.mark.parametrize("central", ["sqlite"], indirect=True)
def test_sync_exit_codes(central, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    other, other_actor = _office(central, tmp_path / "other", "ອື່ນ")
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ", subject="ຂອງຫ້ອງການອື່ນ")
    foreign = register_letter(other, other_actor, form).letter_id
    sync_once(other)
    other.close()
    store, actor = _office(central, tmp_path / "pc", "ນອກ")
    device_id = store.device_id
    store.close()
    data = ["--data-dir", str(tmp_path / "pc")]
    assert main(["sync", *data]) == OK
    capsys.readouterr()

    store = open_store(tmp_path / "pc")
    with store.db.write() as s:  # a change the server refuses: voiding another office's letter
        store.log.append(s, actor, "letter.voided", {"reason": "x"}, letter_id=foreign)
    store.close()
    assert main(["sync", *data]) == REFUSED
    said = capsys.readouterr()
    assert "refused" in said.out and "still open" in said.err
    assert main(["sync", *data]) == REFUSED  # the next run too, while the refusal is still open
    assert "still open" in capsys.readouterr().err

    store = open_store(tmp_path / "pc")
    with store.db.write() as s:
        set_setting(s, "sync.server_url", "http://127.0.0.1:9")  # nothing listens there
    store.close()
    assert main(["sync", *data]) == RETRY
    store = open_store(tmp_path / "pc")
    with store.db.write() as s:
        set_setting(s, "sync.server_url", central.url)
    store.close()
    with central.database.write() as s:
        revoke_device(s, device_id)
    assert main(["sync", *data]) == REENROL
    assert "Traceback" not in capsys.readouterr().err
