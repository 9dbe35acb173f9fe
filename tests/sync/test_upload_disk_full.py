"""A scan sent online, in chunks, to a server whose disk fills up (a real full disk: a small tmpfs, mounted as root):
the PC is told so in one sentence (507 `server_storage`, worded in Lao on the PC), the cause is in the server's log,
a chunk the disk took only in part is not counted, the PC waits (its back-off) instead of sending again at once, and
once there is room the next sync sends the rest and the file on the server is the scan, byte for byte."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from eoffice_desktop.core.office import OfficeStore, open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.credential import load_token
from eoffice_desktop.core.storage.settings import set_setting
from eoffice_desktop.ui.sync_words import error_message
from eoffice_desktop.ui.sync_worker import SyncWorker
from sync.client.backoff import Backoff
from sync.client.errors import ServerBusy
from sync.client.http import HttpTransport
from sync.client.session import enrol_pc
from sync.protocol.messages import CHUNK_SIZE
from sync.server.admin import add_office, new_enrolment_code
from sync.server.blobstore import JOINED, ServerBlobStore
from sync.server.errors import UPLOAD_NOT_STORED
from sync.server.models import BlobAccess, ServerBlob, ServerOffice
from tests.core.test_disk_full import fill_but, small_disk
from tests.sync.conftest import RunningServer, start_server
from tests.sync.full_disk import (
    assert_refused_for_the_disk,
    disk_failures,
    fill_database_disk,
    server_on_small_disk,
    sync_refused_for_the_disk,
)

LAO = (
    "ດິສກ໌ຂອງເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນໄຟລ໌ຈຶ່ງບໍ່ໄດ້ຖືກສົ່ງ (ບໍ່ມີຫຍັງທີ່ສົ່ງໄປເຄິ່ງໆຖືກເກັບໄວ້). "
    "ກະລຸນາໃຫ້ພະນັກງານໄອທີຂອງເຊີບເວີ ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌; eOffice ຈະສົ່ງໃໝ່ເອງພາຍຫຼັງ."
)


def _office(central: RunningServer, tmp_path: Path) -> tuple[OfficeStore, str]:
    with central.database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha", "")
        enrolment = new_enrolment_code(s, "ຊສຖ")
    store = open_store(tmp_path / "office")
    actor = setup_office(store, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha", "admin", "Admin", "password-1")
    enrol_pc(store, central.url, enrolment)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned page, with its number 0000000\n" * 50_000)  # about 2.4 MB: 10 chunks
    form = LetterForm(register_date=date.today(), sender_name="ກະຊວງ", subject="ລາຍງານ", attachments=[scan])
    register_letter(store, actor, form)
    return store, "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()


def _completion_refused(
    transport: HttpTransport, blob: str, scan: Path, fill: Callable[[int, int], None], caplog
) -> str:
    """The scan sent whole, `fill` taking the disk once its last chunk is sent: the completion is refused for the
    server's disk (507). The one line the server logged of it."""
    with caplog.at_level("ERROR", logger="eoffice.server"), pytest.raises(ServerBusy) as full:
        transport.upload_blob(blob, scan, set(), fill, lambda: False)
    assert (full.value.code, full.value.reason) == ("server_storage", UPLOAD_NOT_STORED)
    said = disk_failures(caplog)
    assert len(said) == 1, said
    return said[0]


def test_a_scan_the_servers_disk_cannot_take_is_refused_and_sent_whole_once_there_is_room(
    central: RunningServer, tmp_path: Path, qapp, qtbot, caplog
):
    store, blob = _office(central, tmp_path)
    content = (tmp_path / "scan.pdf").read_bytes()
    count = (len(content) + CHUNK_SIZE - 1) // CHUNK_SIZE
    with store.db.session() as s:
        token = str(load_token(store.data_dir, s))
    with central.database.read() as s:
        office = s.scalars(select(ServerOffice.id).where(ServerOffice.code == "ຊສຖ")).one()
    with small_disk(tmp_path / "small", "4m") as disk:
        running, server = start_server(central.database, disk / "blobs", central.backend)
        worker = SyncWorker(store, backoff=Backoff(base=60.0, cap=120.0), change_delay_ms=60_000)
        try:
            filler = fill_but(disk, 600 * 1024)  # two chunks fit, and a part of the third
            with store.db.write() as s:  # the PC talks to the server of the small disk
                set_setting(s, "sync.server_url", running.url)
            refused, said = sync_refused_for_the_disk(worker, UPLOAD_NOT_STORED, LAO, qapp, qtbot, caplog)
            assert "No space left on device" in said
            assert error_message(refused).startswith("The server's disk is full or failing")

            # What the server counts as arrived is on its disk whole; the rest is asked for again; no file yet.
            transport = HttpTransport(running.url, token)
            counted = transport.blob_status([blob]).have[blob]
            assert counted and len(counted) < count
            upload = ServerBlobStore(disk / "blobs").partial_dir(blob, office)
            joined = (upload / JOINED).read_bytes()
            for index in counted:
                part = slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE)
                assert joined[part] == content[part]
            assert not ServerBlobStore(disk / "blobs").exists(blob)
            with central.database.read() as s:
                assert s.scalar(select(BlobAccess.hash).where(BlobAccess.hash == blob)) is None

            # The refusal as it is on the wire, for any client.
            index = min(set(range(count)) - counted)
            answer = requests.put(
                f"{running.url}/v1/blobs/{blob}/chunks/{index}",
                data=content[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE],
                headers=transport.headers({"Content-Type": "application/octet-stream"}),
                timeout=60,
            )
            assert_refused_for_the_disk(answer, UPLOAD_NOT_STORED)
            assert transport.blob_status([blob]).have[blob] == counted

            filler.unlink()  # IT staff free space: the next sync sends the rest, and the file is the scan
            with qtbot.waitSignal(worker.finished, timeout=120_000):
                worker.sync_now()
            kept = ServerBlobStore(disk / "blobs").path(blob)
            assert "sha256:" + hashlib.sha256(kept.read_bytes()).hexdigest() == blob
            assert not upload.exists()
            with central.database.read() as s:
                assert s.get(BlobAccess, (blob, office)) is not None
                assert s.get(ServerBlob, blob) is not None
            assert transport.blob_status([blob]).have[blob] is None  # the server holds it for this office
        finally:
            worker.stop()
            server.should_exit = True
    store.close()


def test_a_completion_the_servers_disk_cannot_take_keeps_the_chunks_for_the_next_try(
    central: RunningServer, tmp_path: Path, caplog
):
    """Every chunk arrived; then the disk fills up (no file can be made on it: its inodes are taken) before the file
    is completed. The completion is refused (507), logged, and the chunks are put back as they were: once there is
    room, completing sends nothing again and the file is the scan."""
    store, blob = _office(central, tmp_path)
    scan = tmp_path / "scan.pdf"
    count = (scan.stat().st_size + CHUNK_SIZE - 1) // CHUNK_SIZE
    with store.db.session() as s:
        token = str(load_token(store.data_dir, s))
    with small_disk(tmp_path / "small", "8m", inodes=64) as disk:
        running, server = start_server(central.database, disk / "blobs", central.backend)
        fillers: list[Path] = []

        def fill_after_the_last_chunk(sent: int, size: int) -> None:
            while sent == size:  # another program takes what is left of the disk
                try:
                    (disk / f"filler-{len(fillers)}").touch()
                except OSError:
                    return
                fillers.append(disk / f"filler-{len(fillers)}")

        try:
            transport = HttpTransport(running.url, token)
            said = _completion_refused(transport, blob, scan, fill_after_the_last_chunk, caplog)
            assert "completion" in said and "No space left on device" in said
            assert transport.blob_status([blob]).have[blob] == set(range(count))  # the chunks are back
            assert not ServerBlobStore(disk / "blobs").exists(blob)

            for filler in fillers:  # room again: nothing is sent twice, and the file is the scan
                filler.unlink()
            sent = transport.bytes_sent
            transport.upload_blob(blob, scan, set(range(count)), lambda _sent, _size: None, lambda: False)
            assert transport.bytes_sent - sent < CHUNK_SIZE
            kept = ServerBlobStore(disk / "blobs").path(blob)
            assert "sha256:" + hashlib.sha256(kept.read_bytes()).hexdigest() == blob
            assert transport.blob_status([blob]).have[blob] is None
        finally:
            server.should_exit = True
    store.close()


def test_a_completion_the_servers_full_database_disk_refuses_is_sent_again_and_kept(tmp_path: Path, caplog):
    """The server's database (SQLite) is on a disk that fills up after the chunks arrived (its scans on another): the
    completion is refused (507), logged, and the file does not count as this office's; the next try sends the
    chunks again and the office holds the file. (PostgreSQL's disk_full is told apart the same way, by its code.)"""
    with server_on_small_disk(tmp_path) as (running, disk):
        store, blob = _office(running, tmp_path)
        scan = tmp_path / "scan.pdf"
        with store.db.session() as s:
            token = str(load_token(store.data_dir, s))
        filler = disk / "filler"

        def fill_after_the_last_chunk(sent: int, size: int) -> None:
            if sent == size:
                fill_database_disk(disk)

        try:
            transport = HttpTransport(running.url, token)
            said = _completion_refused(transport, blob, scan, fill_after_the_last_chunk, caplog)
            assert "database" in said and "full" in said
            assert transport.blob_status([blob]).have[blob] == set()  # not this office's: it is sent again

            filler.unlink()
            transport.upload_blob(blob, scan, set(), lambda _sent, _size: None, lambda: False)
            assert transport.blob_status([blob]).have[blob] is None
            kept = ServerBlobStore(tmp_path / "server-blobs").path(blob)
            assert "sha256:" + hashlib.sha256(kept.read_bytes()).hexdigest() == blob
        finally:
            store.close()
