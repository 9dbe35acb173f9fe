"""The PCs of one office read each other's USB bundles directly (a district's PCs exchange their changes by stick
while the link is down), with the office's key the server gives only to that office's enrolled PCs; a PC of another
office, or anyone else holding the stick, reads nothing. A PC enrolled before office keys gets its office's key at its
next sync, or with its next return bundle. Through the real server over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import load_office_key, load_token, save_token
from eoffice_desktop.core.storage.models import Letter
from eoffice_shared.refusals import Refusal
from sync.client.bundles import export_bundle, import_bundle, seal_key_of
from sync.client.office_key import newest_office_key, office_keys_of
from sync.client.session import sync_once
from sync.protocol.bundle import BundleInvalid, BundleLocked, peek_manifest, read_bundle
from sync.server.admin import new_enrolment_code, revoke_device
from sync.server.blobstore import ServerBlobStore
from sync.server.bundles import read_in
from tests.sync.offices import Desk, another_pc, enrolled_office
from tests.sync.test_usb_bundles_encrypted import _clear_in

SUBJECT = "ບົດລາຍງານການເງິນຂອງເມືອງ"


def _second_pc(central: Any, tmp_path: Path, code: str, first: OfficeStore, actor: Actor) -> OfficeStore:
    with central.database.write() as s:
        enrolment = new_enrolment_code(s, code)
    return another_pc(
        tmp_path, "second-pc", Desk("first-pc", tmp_path / code, first, actor), central.url, enrolment
    ).store


def office_key_of(store: OfficeStore) -> bytes | None:
    """The newest office key the PC holds (what it wraps its bundles with)."""
    newest = newest_office_key(store)
    return newest[1] if newest is not None else None


def _letter(store: OfficeStore, actor: Actor, subject: str = SUBJECT) -> str:
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=subject)
    return register_letter(store, actor, form).letter_id


def _has(store: OfficeStore, letter_id: str) -> bool:
    with store.db.session() as s:
        letter = s.get(Letter, letter_id)
        return letter is not None and letter.subject == SUBJECT


def _enrolled_before_office_keys(store: OfficeStore) -> None:
    """The credential as a PC of the version before office keys kept it: the token only."""
    with store.db.write() as s:
        token = load_token(store.data_dir, s)
        assert token
        save_token(store.data_dir, s, token)
    assert office_key_of(store) is None


def _refused(store: OfficeStore, path: Path) -> str:
    with pytest.raises(Refusal) as refused:
        import_bundle(store, path)
    return str(refused.value.code)


def test_two_pcs_of_an_office_exchange_a_bundle_and_another_office_reads_nothing(central, tmp_path: Path):
    first, actor = enrolled_office(central, tmp_path, "ມຕ", "ຫ້ອງການເມືອງ")
    elsewhere, _ = enrolled_office(central, tmp_path, "ມອ", "ຫ້ອງການເມືອງອື່ນ")
    second = _second_pc(central, tmp_path, "ມຕ", first, actor)
    assert office_key_of(first) is not None and office_key_of(first) == office_key_of(second)
    assert office_key_of(elsewhere) not in (None, office_key_of(first))

    letter = _letter(first, actor)
    stick = export_bundle(first, tmp_path / "first-to-second.eob").path
    assert set(peek_manifest(stick).keys) == {"pc", "office"}
    assert _clear_in(stick, [SUBJECT.encode("utf-8")]) == []
    import_bundle(second, stick)
    assert _has(second, letter)

    # Another office's PC, enrolled with its own key: refused as another office's, and its keys open nothing.
    assert _refused(elsewhere, stick) == "bundle_for_another_office"
    opened = read_bundle(stick, key=seal_key_of(elsewhere), office_keys=office_keys_of(elsewhere))
    try:
        assert not opened.sealed and opened.crypt is None
        with pytest.raises(BundleLocked):
            opened.events()
    finally:
        opened.close()
    assert not _has(elsewhere, letter)
    # The server reads it too (with the key it shares with the first PC).
    outcome = read_in(central.database, ServerBlobStore(central.blob_dir), stick, tmp_path / "return.eob")
    assert outcome.count("accepted") > 0 and outcome.count("rejected") == 0
    for store in (first, second, elsewhere):
        store.close()


def test_a_pc_enrolled_before_office_keys_gets_its_office_s_key_at_its_next_sync(central, tmp_path: Path):
    first, actor = enrolled_office(central, tmp_path, "ມຕ", "ຫ້ອງການເມືອງ")
    second = _second_pc(central, tmp_path, "ມຕ", first, actor)
    office_key = office_key_of(second)
    _enrolled_before_office_keys(first)
    letter = _letter(first, actor)
    stick = export_bundle(first, tmp_path / "for-the-server-only.eob").path
    assert set(peek_manifest(stick).keys) == {"pc"}  # (no office key to wrap it with: the server reads it only)
    assert _refused(second, stick) == "bundle_needs_office_key"
    assert not _has(second, letter)

    sync_once(first)  # (the letter goes to the server, and the second PC gets it there)
    assert office_key_of(first) == office_key
    later = _letter(first, actor)
    import_bundle(second, export_bundle(first, tmp_path / "for-the-office.eob").path)
    assert _has(second, later)

    # Or with its return bundle, when it next reaches the server by stick.
    _enrolled_before_office_keys(second)
    outcome = read_in(
        central.database,
        ServerBlobStore(central.blob_dir),
        export_bundle(second, tmp_path / "second.eob").path,
        tmp_path / "second-return.eob",
    )
    assert outcome.answer is not None
    import_bundle(second, outcome.answer)
    assert office_key_of(second) == office_key
    first.close()
    second.close()


def test_the_office_key_goes_only_to_the_office_s_enrolled_pcs(central, tmp_path: Path):
    first, _ = enrolled_office(central, tmp_path, "ມຕ", "ຫ້ອງການເມືອງ")
    elsewhere, _ = enrolled_office(central, tmp_path, "ມອ", "ຫ້ອງການເມືອງອື່ນ")
    route = f"{central.url}/v1/office-key"

    def asked(store: OfficeStore) -> requests.Response:
        with store.db.session() as s:
            token = load_token(store.data_dir, s)
        return requests.get(route, headers={"Authorization": f"Bearer {token}"}, timeout=30)

    anonymous = requests.get(route, timeout=30)
    assert anonymous.status_code == 401 and "office_key" not in anonymous.json()
    given = asked(first)
    assert given.status_code == 200
    assert base64.b64decode(given.json()["office_key"]) == office_key_of(first)
    other = asked(elsewhere)  # another office's PC gets its own office's key, never this one's
    assert other.status_code == 200 and base64.b64decode(other.json()["office_key"]) == office_key_of(elsewhere)
    assert other.json()["office_key"] != given.json()["office_key"]
    with central.database.write() as s:
        revoke_device(s, first.device_id)
    deadline = time.monotonic() + 10  # (each server process hears of it as the database delivers its notice)
    while (revoked := asked(first)).status_code == 200:
        assert time.monotonic() < deadline, "a revoked PC was still given the office key"
        time.sleep(0.05)
    assert revoked.status_code == 401 and "office_key" not in revoked.json()
    first.close()
    elsewhere.close()


def test_the_office_key_is_not_in_the_pc_s_database(central, tmp_path: Path):
    first, actor = enrolled_office(central, tmp_path, "ມຕ", "ຫ້ອງການເມືອງ")
    _letter(first, actor)
    sync_once(first)
    key = office_key_of(first)
    assert key is not None
    with first.db.session() as s:
        assert load_office_key(first.data_dir, s) == key
    database = first.data_dir.database
    first.close()
    stored = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*") if p.is_file())
    assert stored and key not in stored and base64.b64encode(key) not in stored


def test_a_scan_damaged_on_the_writing_pc_is_refused_and_the_reading_pc_keeps_none_of_it(central, tmp_path: Path):
    """A scan whose bytes were damaged on the first PC's disk travels encrypted and intact (the encryption's checks
    pass): the second PC finds it does not match its name while copying it, and keeps nothing of it."""
    first, actor = enrolled_office(central, tmp_path, "ມຕ", "ຫ້ອງການເມືອງ")
    second = _second_pc(central, tmp_path, "ມຕ", first, actor)
    scan = tmp_path / "order.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4000)
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject=SUBJECT)
    form.attachments = [scan]
    register_letter(first, actor, form)
    (stored,) = [p for p in first.blobs.root.rglob("*") if p.is_file()]
    damaged = bytearray(stored.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    stored.write_bytes(bytes(damaged))
    stick = export_bundle(first, tmp_path / "first-to-second.eob").path

    before = sorted(p.name for p in second.blobs.root.rglob("*") if p.is_file())
    with pytest.raises(BundleInvalid, match="is damaged: a scan does not match its checksum"):
        import_bundle(second, stick)
    assert sorted(p.name for p in second.blobs.root.rglob("*") if p.is_file()) == before
    with second.db.session() as s:
        assert s.query(Letter).filter(Letter.subject == SUBJECT).count() == 0
    first.close()
    second.close()
