"""A USB bundle between an enrolled PC and the server is encrypted to the key they share: whoever holds the stick,
or the office above that relays it, finds neither a letter's subject nor a scan's bytes in it, in either direction.
A part changed on the way is refused and nothing is imported; the server still reads the clear bundles of PCs of an
earlier version (and answers them clear, which a PC of this version does not take)."""

from __future__ import annotations

import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
import zstandard
from sqlalchemy import func, select

from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
from eoffice_desktop.core.journey.arrivals import arrived_letters
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import outbox_size
from eoffice_desktop.core.storage.models import Event, Letter
from sync.client.bundles import BundleNotForThisPC, export_bundle, import_bundle, seal_key_of
from sync.client.relay import relay_bundle, return_path
from sync.client.session import sync_once, transport_for
from sync.protocol.bundle import BundleInvalid, BundleManifest, read_bundle, write_bundle
from sync.server.blobstore import ServerBlobStore
from sync.server.bundles import read_in
from sync.server.models import StoredEvent
from tests.sync.test_bundle_bounds import _office

DISTRICT_SUBJECT = "ລາຍງານງົບປະມານລັບຂອງເມືອງ"
PROVINCE_SUBJECT = "ຄຳສັ່ງແຕ່ງຕັ້ງຫົວໜ້າພະແນກ"
DISTRICT_SCAN = b"%PDF-1.4 district budget, not for the courier " * 25_000  # about 1.2 MB
PROVINCE_SCAN = b"%PDF-1.4 appointment order of the province " * 2_000


def _scan(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _readable(data: bytes, needles: list[bytes]) -> list[bytes]:
    """The needles found in the bytes as they are, or in them unpacked when they are zstd."""
    found = [n for n in needles if n in data]
    try:
        unpacked = zstandard.ZstdDecompressor().decompress(data, max_output_size=1 << 28)
    except zstandard.ZstdError:
        unpacked = b""
    return found + [n for n in needles if n in unpacked]


def _clear_in(path: Path, needles: list[bytes]) -> list[bytes]:
    """What of the needles a reader of the file finds: in its raw bytes, or in any member unzipped (and unpacked)."""
    found = _readable(path.read_bytes(), needles)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            found += _readable(archive.read(name), needles)
    return found


def _needles(subject: str, scan: bytes) -> list[bytes]:
    return [subject.encode("utf-8"), scan[:40], scan[-4096:]]


def _stored(central) -> int:  # type: ignore[no-untyped-def]
    with central.database.read() as s:
        return int(s.scalar(select(func.count()).select_from(StoredEvent)) or 0)


def _flip(path: Path, member: str, target: Path) -> Path:
    """A copy of the bundle with one byte changed in the middle of a member's stored bytes."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    header = data[info.header_offset : info.header_offset + 30]
    start = info.header_offset + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
    data[start + info.compress_size // 2] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def _scan_part(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(name for name in archive.namelist() if name.startswith("blobs/"))


def test_a_bundle_and_its_return_hold_no_subject_or_scan_in_clear(central, tmp_path: Path):
    district, d_actor = _office(central, tmp_path, "ເມືອງ")
    province, p_actor = _office(central, tmp_path, "ແຂວງ")
    sync_once(province)
    with province.db.write() as s:
        to_district = add_organisation(s, province.log, p_actor, EntryFields("ເມືອງ", office_id=district.office_id)).id
    form = LetterForm(direction="out", register_date=date.today(), recipients=[to_district], subject=PROVINCE_SUBJECT)
    form.attachments = [_scan(tmp_path, "order.pdf", PROVINCE_SCAN)]
    sent = register_letter(province, p_actor, form)
    sync_once(province)
    form = LetterForm(register_date=date.today(), sender_name="ກງ", subject=DISTRICT_SUBJECT)
    form.attachments = [_scan(tmp_path, "budget.pdf", DISTRICT_SCAN)]
    register_letter(district, d_actor, form)

    stick = export_bundle(district, tmp_path / "stick.eob")
    assert stick.blobs == 1
    assert _clear_in(stick.path, _needles(DISTRICT_SUBJECT, DISTRICT_SCAN)) == []
    # The same bundle written clear (as a PC of an earlier version did) shows both: the search finds what is there.
    opened = read_bundle(stick.path, key=seal_key_of(district))
    clear = tmp_path / "clear.eob"
    scans = [(h, district.blobs.path_of(h)) for h in opened.blob_names()]
    write_bundle(clear, opened.manifest, opened.events(), scans, key=seal_key_of(district))
    opened.close()
    assert len(_clear_in(clear, _needles(DISTRICT_SUBJECT, DISTRICT_SCAN))) >= 3

    outcome = read_in(central.database, ServerBlobStore(central.blob_dir), stick.path, tmp_path / "return.eob")
    assert outcome.count("accepted") == stick.events and outcome.blobs_stored == 1
    assert outcome.returned_blobs == 1 and outcome.answer is not None
    assert _clear_in(outcome.answer, _needles(PROVINCE_SUBJECT, PROVINCE_SCAN)) == []
    with zipfile.ZipFile(outcome.answer) as archive:  # the manifest says whose it is, not what it acknowledges
        manifest = archive.read("manifest.json").decode("utf-8")
    assert "event_ids" not in manifest and province.office_id not in manifest

    import_bundle(district, outcome.answer)
    with district.db.session() as s:  # (its own changes acknowledged; left: the receipt of the letter it got)
        assert outbox_size(s, district.device_id) == 1
        assert sent.letter_id in {row.id for row in arrived_letters(s, district.office_id)}
        letter = s.get(Letter, sent.letter_id)
        assert letter is not None and letter.subject == PROVINCE_SUBJECT
    assert any(district.blobs.has(h) and district.blobs.read(h) == PROVINCE_SCAN for h in _hashes(district))
    district.close()
    province.close()


def _hashes(store) -> set[str]:  # type: ignore[no-untyped-def]
    import json

    with store.db.session() as s:
        return {h for row in s.scalars(select(Event)) for h in json.loads(row.blobs or "[]")}


def test_a_flipped_byte_in_an_encrypted_part_is_refused_and_nothing_is_imported(central, tmp_path: Path):
    district, actor = _office(central, tmp_path, "ເມືອງ")
    form = LetterForm(register_date=date.today(), sender_name="ກງ", subject=DISTRICT_SUBJECT)
    form.attachments = [_scan(tmp_path, "budget.pdf", DISTRICT_SCAN)]
    register_letter(district, actor, form)
    stick = export_bundle(district, tmp_path / "stick.eob").path
    blobs = ServerBlobStore(central.blob_dir)
    before = _stored(central)
    for member in (_scan_part(stick), "events.jsonl.zst"):
        damaged = _flip(stick, member, tmp_path / "damaged.eob")
        with pytest.raises(BundleInvalid, match="is damaged"):
            read_in(central.database, blobs, damaged, tmp_path / "back.eob")
        assert _stored(central) == before and not (tmp_path / "back.eob").exists()
        assert not [p for p in central.blob_dir.rglob("*") if p.is_file()]

    # A return bundle changed on the way, even with its checksums made to match and sealed again with the PC's own
    # key (as only the PC and the server could): the encryption's own check refuses it.
    answer = read_in(central.database, blobs, stick, tmp_path / "return.eob").answer
    assert answer is not None
    with district.db.session() as s:
        waiting = outbox_size(s, district.device_id)
    flipped = _flip(answer, "events.jsonl.zst", tmp_path / "flipped-return.eob")
    resealed = _resealed(answer, "events.jsonl.zst", seal_key_of(district), tmp_path / "resealed-return.eob")
    for changed in (flipped, resealed):
        with pytest.raises(BundleInvalid, match="is damaged"):
            import_bundle(district, changed)
        with district.db.session() as s:
            assert outbox_size(s, district.device_id) == waiting  # nothing acknowledged, nothing applied
    import_bundle(district, answer)
    with district.db.session() as s:
        assert outbox_size(s, district.device_id) == 0
    district.close()


def _resealed(path: Path, member: str, key: bytes, target: Path) -> Path:
    """The bundle with one byte of a part changed, its checksums made to match and sealed again with `key`."""
    import hashlib
    import json

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist() if name != "manifest.json"}
        raw = json.loads(archive.read("manifest.json"))
    changed = bytearray(parts[member])
    changed[len(changed) // 2] ^= 0x01
    parts[member] = bytes(changed)
    raw["files"] = {name: "sha256:" + hashlib.sha256(data).hexdigest() for name, data in parts.items()}
    manifest = BundleManifest(**raw)
    manifest.seal = manifest.sealed_with(key)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", manifest.to_json())
    return target


def test_the_server_reads_a_clear_bundle_of_an_earlier_version_and_answers_it_clear(central, tmp_path: Path):
    district, actor = _office(central, tmp_path, "ເມືອງ")
    form = LetterForm(register_date=date.today(), sender_name="ກງ", subject=DISTRICT_SUBJECT)
    form.attachments = [_scan(tmp_path, "budget.pdf", DISTRICT_SCAN)]
    register_letter(district, actor, form)
    key = seal_key_of(district)
    opened = read_bundle(export_bundle(district, tmp_path / "stick.eob").path, key=key)
    old = tmp_path / "old.eob"  # as a PC of the earlier version wrote it: sealed, clear, scans named by their hash
    scans = [(h, district.blobs.path_of(h)) for h in opened.blob_names()]
    write_bundle(old, opened.manifest, opened.events(), scans, key=key)
    opened.close()
    assert "encryption" not in zipfile.ZipFile(old).read("manifest.json").decode("utf-8")

    outcome = read_in(central.database, ServerBlobStore(central.blob_dir), old, tmp_path / "return.eob")
    assert outcome.count("accepted") > 0 and outcome.count("rejected") == 0 and outcome.blobs_stored == 1
    assert outcome.answer is not None
    answered = read_bundle(outcome.answer, key=key)
    assert answered.sealed and not answered.encrypted  # in the form it was sent
    assert set(answered.manifest.acks["event_ids"]) == {r.id for r in outcome.results}
    answered.close()
    with pytest.raises(BundleNotForThisPC):  # a PC of this version takes only encrypted return bundles
        import_bundle(district, outcome.answer)
    district.close()


def test_a_relayed_bundle_goes_through_and_the_relaying_office_holds_nothing_readable(central, tmp_path: Path):
    province, _ = _office(central, tmp_path, "ແຂວງ")
    district, actor = _office(central, tmp_path, "ເມືອງ", parent="ແຂວງ")
    form = LetterForm(register_date=date.today(), sender_name="ກງ", subject=DISTRICT_SUBJECT)
    form.attachments = [_scan(tmp_path, "budget.pdf", DISTRICT_SCAN)]
    register_letter(district, actor, form)
    (tmp_path / "stick").mkdir()
    stick = export_bundle(district, tmp_path / "stick" / "out.eob")

    done = relay_bundle(transport_for(province), stick.path, return_path(stick.path))
    assert done.accepted == stick.events and done.refused == 0
    needles = _needles(DISTRICT_SUBJECT, DISTRICT_SCAN)
    province_files = [p for p in province.data_dir.root.rglob("*") if p.is_file()]
    assert province_files and all(not _readable(p.read_bytes(), needles) for p in province_files)
    assert _clear_in(done.answer, needles) == [] and _clear_in(stick.path, needles) == []
    _gone_soon(central.blob_dir / "incoming")  # the relayed file and its return

    import_bundle(district, done.answer)
    with district.db.session() as s:
        assert outbox_size(s, district.device_id) == 0
    for store in (province, district):
        store.close()


def _gone_soon(folder: Path) -> None:
    """The server removes a relay's files once its answer is sent (a moment after the PC has read it)."""
    deadline = time.monotonic() + 10
    while [p for p in folder.rglob("*") if p.is_file()]:
        assert time.monotonic() < deadline, "the relayed bundle was kept at the server"
        time.sleep(0.05)
