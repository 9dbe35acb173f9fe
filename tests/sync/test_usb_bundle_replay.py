"""A PC's USB bundle read in a second time (a relay retried after its answer was lost, IT staff importing the same file
twice, a copy kept by the office above that relays it) is answered within its first return bundle's limits: the same
number blocks, none reserved anew, and no event the server took after the first. The PC takes either return bundle.
A bundle older than one of the same PC read in already is refused, and nothing of it is taken."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from eoffice_desktop.core.checks.check import check_data_dir
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.replication import outbox
from eoffice_desktop.core.storage.models import Letter
from sync.client.bundles import export_bundle, import_bundle, seal_key_of
from sync.client.errors import Refused
from sync.client.relay import relay_bundle
from sync.client.session import sync_once, transport_for
from sync.protocol.bundle import BundleCancelled, read_bundle
from sync.server.blobstore import ServerBlobStore
from sync.server.bundle_returns import BundleOlder
from sync.server.bundles import read_in
from sync.server.models import BundleReturn, IssuedBlock
from tests.sync.test_usb_bundles import _entry_for, _office, _out_letter, _stored_count


def _register(store, actor, subject: str) -> str:  # type: ignore[no-untyped-def]
    form = LetterForm(register_date=date.today(), sender_name="ກງ", subject=subject)
    return register_letter(store, actor, form).letter_id


def _returned(store, path: Path) -> tuple[list[tuple[str, int, int]], set[str], int]:  # type: ignore[no-untyped-def]
    """A return bundle as its PC reads it: the number blocks it gives, the letters its events are about, its feed
    cursor."""
    bundle = read_bundle(path, key=seal_key_of(store))
    try:
        acks = bundle.manifest.acks
        blocks = [(b["series_key"], b["first"], b["last"]) for b in acks["numbers"]["blocks"]]
        return blocks, {e.letter_id or e.id for e in bundle.events()}, int(acks["feed_next"])
    finally:
        bundle.close()


def _still_unacknowledged(store, stick: Path) -> set[str]:  # type: ignore[no-untyped-def]
    """The stick's events the PC still waits to hear the server took (its outbox also holds the events reading a
    return bundle makes: the final numbers of its provisional letters)."""
    bundle = read_bundle(stick, key=seal_key_of(store))
    try:
        sent = {e.id for e in bundle.events()}
    finally:
        bundle.close()
    with store.db.session() as s:
        return sent & {e.id for e in outbox(s, store.device_id, limit=100_000, max_bytes=1 << 40)}


def _blocks_issued(central) -> int:  # type: ignore[no-untyped-def]
    with central.database.read() as s:
        return int(s.scalar(select(func.count()).select_from(IssuedBlock)) or 0)


def _numbers_final(store, letters: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    with store.db.session() as s:
        rows = [s.get(Letter, i) for i in letters]
        assert all(r is not None and not r.provisional for r in rows)
        return [r.registry_number for r in rows if r is not None]


def test_a_kept_copy_relayed_again_reserves_no_numbers_and_brings_nothing_later(central, tmp_path: Path):
    province, p_actor = _office(central, tmp_path, "ແຂວງ", "ຫ້ອງການແຂວງ")
    district, d_actor = _office(central, tmp_path, "ເມືອງ", "ຫ້ອງການເມືອງ", parent="ແຂວງ")
    sync_once(province)  # (the province's address book knows the district)
    letters = [_register(district, d_actor, f"ໜັງສື {n}") for n in range(60)]  # past its block: it asks for more
    stick = export_bundle(district, tmp_path / "stick.eob")
    to_district = _entry_for(province, p_actor, "ຫ້ອງການເມືອງ", district)
    early = register_letter(province, p_actor, _out_letter(to_district, "ກ່ອນ", []))
    sync_once(province)

    first = relay_bundle(transport_for(province), stick.path, tmp_path / "first.eob")
    issued = _blocks_issued(central)
    blocks, brought, cursor = _returned(district, first.answer)
    assert blocks and early.letter_id in brought  # the province's letter came back with the blocks
    later = register_letter(province, p_actor, _out_letter(to_district, "ພາຍຫຼັງ", []))
    sync_once(province)

    # The province kept a copy of the stick and relays it again: the same blocks, nothing it took since.
    again = relay_bundle(transport_for(province), stick.path, tmp_path / "again.eob")
    assert again.accepted == 0 and again.duplicate == stick.events
    assert _blocks_issued(central) == issued
    again_blocks, again_brought, again_cursor = _returned(district, again.answer)
    assert again_blocks == blocks and again_brought == brought and again_cursor == cursor
    assert later.letter_id not in again_brought

    # The district takes the second return (the first was lost), then the first too: nothing changes the second time.
    import_bundle(district, again.answer)
    assert not _still_unacknowledged(district, stick.path)
    with district.db.session() as s:
        assert s.get(Letter, early.letter_id) is not None and s.get(Letter, later.letter_id) is None
    numbers = _numbers_final(district, letters)
    assert len(set(numbers)) == len(numbers)
    assert import_bundle(district, first.answer).applied == []
    assert _numbers_final(district, letters) == numbers

    # Its next stick brings the later letter, and a fresh block only when asked anew.
    next_stick = export_bundle(district, tmp_path / "next.eob")
    relay_bundle(transport_for(province), next_stick.path, tmp_path / "next-return.eob")
    import_bundle(district, tmp_path / "next-return.eob")
    with district.db.session() as s:
        assert s.get(Letter, later.letter_id) is not None
    assert check_data_dir(district.data_dir.root).ok
    for store in (province, district):
        store.close()


def test_a_relay_whose_answer_was_cut_off_is_sent_again_and_completes(central, tmp_path: Path):
    province, _ = _office(central, tmp_path, "ແຂວງ", "ຫ້ອງການແຂວງ")
    district, d_actor = _office(central, tmp_path, "ເມືອງ", "ຫ້ອງການເມືອງ", parent="ແຂວງ")
    letters = [_register(district, d_actor, f"ໜັງສື {n}") for n in range(60)]
    stick = export_bundle(district, tmp_path / "stick.eob")
    size = stick.path.stat().st_size
    uploaded = [False]

    def seen(done: int, total: int) -> None:
        uploaded[0] = uploaded[0] or done >= size

    before = _blocks_issued(central), _stored_count(central)
    with pytest.raises(BundleCancelled):  # the server read it in; its answer never reached the stick
        relay_bundle(transport_for(province), stick.path, tmp_path / "back.eob", seen, lambda: uploaded[0])
    assert not (tmp_path / "back.eob").exists() and _stored_count(central) == before[1] + stick.events
    issued = _blocks_issued(central)
    assert issued > before[0]

    done = relay_bundle(transport_for(province), stick.path, tmp_path / "back.eob")
    assert done.duplicate == stick.events and _blocks_issued(central) == issued
    import_bundle(district, done.answer)
    assert not _still_unacknowledged(district, stick.path)
    numbers = _numbers_final(district, letters)
    assert len(set(numbers)) == len(numbers)
    after = _register(district, d_actor, "ຫຼັງ")  # the block the retried return gave: a final number at once
    with district.db.session() as s:
        letter = s.get(Letter, after)
        assert letter is not None and not letter.provisional
    for store in (province, district):
        store.close()


def test_an_older_bundle_of_the_pc_is_refused_and_a_retry_of_it_still_answered(central, tmp_path: Path):
    province, _ = _office(central, tmp_path, "ແຂວງ", "ຫ້ອງການແຂວງ")
    district, d_actor = _office(central, tmp_path, "ເມືອງ", "ຫ້ອງການເມືອງ", parent="ແຂວງ")
    _register(district, d_actor, "ທຳອິດ")
    monday = export_bundle(district, tmp_path / "monday.eob")
    _register(district, d_actor, "ສຸດທ້າຍ")
    tuesday = export_bundle(district, tmp_path / "tuesday.eob")  # holds Monday's changes too (none acknowledged)
    assert tuesday.events > monday.events

    done = relay_bundle(transport_for(province), tuesday.path, tmp_path / "tuesday-return.eob")  # came first
    stored = _stored_count(central)
    with pytest.raises(Refused) as older:  # Monday's stick, carried late: nothing of it is taken
        relay_bundle(transport_for(province), monday.path, tmp_path / "monday-return.eob")
    assert older.value.code == "bundle_older" and "older" in str(older.value)
    assert _stored_count(central) == stored and not (tmp_path / "monday-return.eob").exists()
    with pytest.raises(BundleOlder):  # the same at the server
        read_in(central.database, ServerBlobStore(central.blob_dir), monday.path, tmp_path / "m.eob")

    again = relay_bundle(transport_for(province), tuesday.path, tmp_path / "tuesday-again.eob")  # its retry: answered
    assert again.duplicate == tuesday.events
    import_bundle(district, done.answer)
    assert not _still_unacknowledged(district, tuesday.path)
    for store in (province, district):
        store.close()


def test_a_bundle_read_in_before_the_server_kept_returns_is_answered_as_the_first_time(central, tmp_path: Path):
    district, d_actor = _office(central, tmp_path, "ເມືອງ", "ຫ້ອງການເມືອງ")
    for n in range(60):
        _register(district, d_actor, f"ໜັງສື {n}")
    stick = export_bundle(district, tmp_path / "stick.eob")
    blobs = ServerBlobStore(central.blob_dir)
    read_in(central.database, blobs, stick.path, tmp_path / "first.eob")
    issued = _blocks_issued(central)
    with central.database.write() as s:  # as if read in by a server of an earlier version
        s.execute(delete(BundleReturn))
    outcome = read_in(central.database, blobs, stick.path, tmp_path / "second.eob")
    assert outcome.read_before is None and _blocks_issued(central) > issued  # as before: a block reserved anew
    assert _returned(district, tmp_path / "second.eob")[0] != _returned(district, tmp_path / "first.eob")[0]
    district.close()


def test_it_staff_importing_the_same_file_twice_get_the_same_return(central, tmp_path: Path):
    if central.backend != "sqlite":
        pytest.skip("the command is the same on PostgreSQL; run once")
    district, d_actor = _office(central, tmp_path, "ເມືອງ", "ຫ້ອງການເມືອງ")
    letters = [_register(district, d_actor, f"ໜັງສື {n}") for n in range(60)]
    stick = export_bundle(district, tmp_path / "out.eob")
    data_dir = Path(central.database.url.removeprefix("sqlite:///")).parent

    def import_file(target: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sync.server.cli", "--data-dir", str(data_dir), "--database", central.database.url]
            + ["import-bundle", str(stick.path), "-o", str(tmp_path / target), "--blob-dir", str(central.blob_dir)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    first = import_file("back.eob")
    assert first.returncode == 0, first.stderr
    assert "read in before" not in first.stdout
    issued = _blocks_issued(central)
    second = import_file("back-2.eob")
    assert second.returncode == 0, second.stderr
    assert "read in before" in second.stdout and "same registry numbers" in second.stdout
    assert _blocks_issued(central) == issued
    assert _returned(district, tmp_path / "back-2.eob") == _returned(district, tmp_path / "back.eob")
    import_bundle(district, tmp_path / "back-2.eob")
    import_bundle(district, tmp_path / "back.eob")
    numbers = _numbers_final(district, letters)
    assert len(set(numbers)) == len(numbers)
    district.close()
