"""A stolen backup does not carry the PC's server credential, and a restored PC enrols again (with the real server)."""

from __future__ import annotations

import base64
import stat
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from eoffice_desktop.cli import main
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.backup import list_snapshots
from eoffice_desktop.core.storage.credential import credential_file, load_office_key, load_token
from eoffice_desktop.core.support.diagnostics import write_diagnostics
from sync.client.errors import NotEnrolled
from sync.client.session import enrol_pc, sync_once, transport_for
from sync.server.admin import add_office, new_enrolment_code


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _code(central) -> str:  # type: ignore[no-untyped-def]
    with central.database.write() as s:
        return new_enrolment_code(s, "ທດ")


@pytest.mark.parametrize("central", ["sqlite"], indirect=True)
def test_backup_and_diagnostics_carry_no_token_and_a_restore_enrols_again(central, tmp_path: Path, capsys):
    """Nor the office's key of its PCs' USB bundles, kept with the token (nor is it in the database)."""
    with central.database.write() as s:
        add_office(s, "ທດ", "ຫ້ອງການທົດລອງ", "Test office")
    root = tmp_path / "office"
    store = open_store(root)
    actor = setup_office(store, "ທດ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    enrol_pc(store, central.url, _code(central))
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ກ່ອນການສຳຮອງ")
    register_letter(store, actor, form)
    sync_once(store)
    with store.db.session() as s:
        token = load_token(store.data_dir, s)
        office_key = load_office_key(store.data_dir, s)
    old_device = store.device_id
    assert token and office_key
    secrets = [token.encode(), office_key, base64.b64encode(office_key)]
    if sys.platform != "win32":
        assert stat.S_IMODE(credential_file(store.data_dir).stat().st_mode) == 0o600
    diagnostics = write_diagnostics(store.data_dir, tmp_path / "logs", tmp_path / "diag.zip")
    store.close()

    assert main(["backup", "--data-dir", str(root), "--to", str(tmp_path / "usb")]) == 0
    stick = _all_bytes(tmp_path / "usb")
    assert stick and not [secret for secret in secrets if secret in stick]
    with zipfile.ZipFile(diagnostics) as archive:
        assert all(secret not in archive.read(name) for name in archive.namelist() for secret in secrets)
    database = b"".join(p.read_bytes() for p in root.glob("eoffice.sqlite*"))
    assert database and not [secret for secret in secrets if secret in database]

    (snapshot,) = list_snapshots(tmp_path / "usb")
    assert main(["restore", "--data-dir", str(root), str(snapshot.path), "--yes"]) == 0
    assert "enrol it again and sync it" in capsys.readouterr().out
    assert main(["sync", "--data-dir", str(root)]) == 4  # refused, not worth retrying
    said = capsys.readouterr().err
    assert "enrol this PC again" in said and "Traceback" not in said
    store = open_store(root)
    with pytest.raises(NotEnrolled) as refused:
        transport_for(store)
    assert refused.value.code == "enrol_again"

    enrol_pc(store, central.url, _code(central))  # the same PC, as a new device: the server refuses no event
    assert store.device_id != old_device
    sync_once(store)  # it learns what it did after the backup before it gives a number
    register_letter(store, store.actor(actor.user_id), form)
    report = sync_once(store)
    assert report.refused == 0 and report.pushed > 0
    store.close()
