"""A revoked PC (a stolen laptop) cannot read the USB bundles its office's PCs write after they next sync: revoking it
gives the office a new key, which its other PCs take at their next sync and wrap their bundles with, and which the
revoked PC is refused. Bundles written before, or by a PC that has not synced since, are still read with the older key
every PC keeps. Three PCs of one office, through the real server over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import load_office_keys, load_token
from eoffice_desktop.core.storage.models import Letter
from eoffice_shared.refusals import Refusal
from sync.client.bundles import export_bundle, import_bundle
from sync.client.errors import DeviceRevoked
from sync.client.office_key import newest_office_key
from sync.client.session import sync_once
from sync.protocol.bundle import BundleLocked, peek_manifest, read_bundle
from sync.protocol.bundle_crypt import Undecryptable, office_wrapping_key, unwrap
from sync.protocol.envelope import canonical_json
from sync.server import office_keys
from sync.server.admin import new_enrolment_code, revoke_device
from sync.server.blobstore import ServerBlobStore
from sync.server.bundles import read_in
from sync.server.cli import main as server_cli
from sync.server.models import Device
from tests.sync.offices import Desk, another_pc, enrolled_office

CODE = "ມຕ"


def _pc(central: Any, tmp_path: Path, name: str, first: OfficeStore, actor: Actor) -> OfficeStore:
    with central.database.write() as s:
        enrolment = new_enrolment_code(s, CODE)
    return another_pc(tmp_path, name, Desk("first-pc", tmp_path / CODE, first, actor), central.url, enrolment).store


def _letter(store: OfficeStore, actor: Actor, subject: str) -> str:
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=subject)
    return register_letter(store, actor, form).letter_id


def _has(store: OfficeStore, letter_id: str) -> bool:
    with store.db.session() as s:
        return s.get(Letter, letter_id) is not None


def _stored_keys(store: OfficeStore) -> dict[int, bytes]:
    """The office keys as the PC's credential file holds them (what a thief of the laptop holds)."""
    with store.db.session() as s:
        return load_office_keys(store.data_dir, s)


def _opens(keys: dict[int, bytes], stick: Path, letter_id: str) -> bool:
    """Whether these office keys open the bundle and read the letter in it (as another PC of the office reads it)."""
    wrapped = peek_manifest(stick).keys["office"]
    unwrapped = 0
    for key in keys.values():
        try:
            unwrap(office_wrapping_key(key), wrapped)
            unwrapped += 1
        except Undecryptable:
            pass
    opened = read_bundle(stick, office_keys=keys)
    try:
        if opened.crypt is None:
            with pytest.raises(BundleLocked):
                opened.events()
            assert unwrapped == 0
            return False
        assert unwrapped == 1
        return any(letter_id in canonical_json(e.to_dict()) for e in opened.events())
    finally:
        opened.close()


def _server_reads(central: Any, stick: Path, tmp_path: Path) -> None:
    outcome = read_in(central.database, ServerBlobStore(central.blob_dir), stick, tmp_path / f"{stick.stem}-back.eob")
    assert outcome.count("rejected") == 0 and outcome.results


def _refused(store: OfficeStore, path: Path) -> str:
    with pytest.raises(Refusal) as refused:
        import_bundle(store, path)
    return str(refused.value.code)


def test_a_revoked_pc_reads_none_of_the_bundles_its_office_writes_after_syncing(central, tmp_path: Path, capsys):
    first, actor = enrolled_office(central, tmp_path, CODE, "ຫ້ອງການເມືອງ")
    second = _pc(central, tmp_path, "second-pc", first, actor)
    third = _pc(central, tmp_path, "third-pc", first, actor)
    for store in (first, second, third):
        held = newest_office_key(store)
        assert held is not None and held[0] == 1
    before = _letter(first, actor, "ກ່ອນຖອນສິດ")
    written_before = export_bundle(first, tmp_path / "before.eob").path

    data = ["--data-dir", str(tmp_path / "admin"), "--database", central.database.url]
    assert server_cli([*data, "admin", "revoke", third.device_id]) == 0  # the third PC was stolen
    assert "new key for USB files" in capsys.readouterr().out  # (IT staff are told what the office's PCs will do)
    stolen = _stored_keys(third)
    assert set(stolen) == {1}

    # The first PC, not yet synced since: its bundle is wrapped with the old key, and still read.
    stale = _letter(first, actor, "ກ່ອນຊິງ")
    written_stale = export_bundle(first, tmp_path / "stale.eob").path
    assert peek_manifest(written_stale).office_key_number == 1

    sync_once(first)  # hello names key 2: the first PC fetches it, keeping key 1
    assert set(_stored_keys(first)) == {1, 2} and _stored_keys(first)[1] == stolen[1]
    after = _letter(first, actor, "ຫຼັງຖອນສິດ")
    written_after = export_bundle(first, tmp_path / "after.eob").path
    assert peek_manifest(written_after).office_key_number == 2

    # The second PC cannot open it until it syncs once; then it reads it, and the older bundles too.
    assert _refused(second, written_after) == "bundle_needs_office_key"
    sync_once(second)
    assert set(_stored_keys(second)) == {1, 2}
    assert not _has(second, after)  # (it never reached the server: only the stick carries it)
    import_bundle(second, written_after)
    assert _has(second, after)
    assert _opens(_stored_keys(second), written_before, before)
    assert _opens(_stored_keys(second), written_stale, stale)
    import_bundle(second, written_before)
    import_bundle(second, written_stale)

    # The revoked PC: its keys open nothing of the later bundle, and it is refused the new key.
    assert not _opens(stolen, written_after, after)
    with third.db.session() as s:
        token = load_token(third.data_dir, s)
    asked = requests.get(f"{central.url}/v1/office-key", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert asked.status_code == 401 and "office_key" not in asked.json()
    with pytest.raises(DeviceRevoked):
        sync_once(third)
    assert _stored_keys(third) == stolen
    # What remains: it still reads what was written before, or by a PC that had not synced since.
    assert _opens(stolen, written_before, before) and _opens(stolen, written_stale, stale)

    # The server reads every one of them (with the key it shares with the first PC).
    for stick in (written_before, written_stale, written_after):
        _server_reads(central, stick, tmp_path)
    for store in (first, second, third):
        store.close()


def test_revoking_a_pc_again_makes_no_other_key(central, tmp_path: Path):
    first, actor = enrolled_office(central, tmp_path, CODE, "ຫ້ອງການເມືອງ")
    second = _pc(central, tmp_path, "second-pc", first, actor)
    with central.database.write() as s:
        device = s.get(Device, second.device_id)
        assert device is not None
        office_id = device.office_id
        revoke_device(s, second.device_id)
        revoke_device(s, second.device_id)
        assert office_keys.newest_number(s, office_id) == 2
    sync_once(first)
    held = newest_office_key(first)
    assert held is not None and held[0] == 2
    first.close()
    second.close()
