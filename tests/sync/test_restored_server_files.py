"""A server restored from a backup made before some scans were uploaded: the PCs still note those scans as sent.
After the new epoch each PC asks the server which of its files it holds (`blobs/have`, in batches), uploads again
exactly the ones it lacks, never one it has, and then their text read from scans. Against the real server over
HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import PageText
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import BlobSync
from eoffice_desktop.core.storage.settings import set_setting
from sync.client.session import sync_once
from sync.client.status import local_status
from sync.server.blobstore import ServerBlobStore
from sync.server.models import BlobAccess, ScanText, ServerBlob
from tests.sync.conftest import RunningServer
from tests.sync.offices import Desk, first_pc, server_office


def _letter_with_scan(desk: Desk, tmp: Path, name: str) -> str:
    scan = tmp / f"{name}.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + hashlib.sha256(name.encode()).digest() * 1000)
    form = LetterForm(register_date=date.today(), sender_name="ກົມ", subject=name, attachments=[scan])
    register_letter(desk.store, desk.actor, form)
    blob = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    with desk.store.db.write() as s:  # as this PC's reader saves a page
        ocr_store.start_file(s, blob, 1)
        assert ocr_store.save_page(s, blob, 0, PageText(f"text of {name}", 85.0), "ocr")
    return blob


def _texts(central: RunningServer) -> dict[str, str]:
    with central.database.read() as s:
        return {r.hash: r.text for r in s.scalars(select(ScanText))}


def test_after_a_restore_that_lost_scans_the_pc_uploads_again_exactly_those(central: RunningServer, tmp_path: Path):
    (code,) = server_office(central.database, "ກຂ", "ເມືອງ ກ")
    pc = first_pc(tmp_path, "a", "ກຂ", central.url, code)
    blobs = [_letter_with_scan(pc, tmp_path, f"scan-{i}") for i in range(4)]
    report = sync_once(pc.store)
    assert report.blobs_up == 4 and report.scan_text_sent == 4
    store = ServerBlobStore(central.blob_dir)
    kept, lost = blobs[:2], blobs[2:]
    kept_files = {h: store.path(h).stat().st_ino for h in kept}

    # The server is restored from a backup made after the first two scans went up and before the last two: their
    # files and every reading are gone, the third one's rows too (the fourth's rows survive: its database was
    # restored from a later copy than its file store), and the operator starts a new epoch.
    with central.database.write() as s:
        s.execute(delete(ScanText))
        s.execute(delete(BlobAccess).where(BlobAccess.hash == lost[0]))
        s.execute(delete(ServerBlob).where(ServerBlob.hash == lost[0]))
    for blob in lost:
        store.path(blob).unlink()
    central.database.new_epoch()

    report = sync_once(pc.store)
    assert report.epoch_changed
    assert report.blobs_up == 2 and report.scan_text_problem == ""
    assert all(store.exists(h) for h in blobs)
    assert {h: store.path(h).stat().st_ino for h in kept} == kept_files  # the files it had were not sent again
    assert _texts(central) == {h: f"text of scan-{blobs.index(h)}" for h in blobs}  # the text followed its file
    with pc.store.db.session() as s:
        assert {row.hash: row.state for row in s.scalars(select(BlobSync))} == dict.fromkeys(blobs, "done")
    again = sync_once(pc.store)
    assert again.blobs_up == 0 and again.scan_text_sent == 0  # nothing twice
    pc.store.close()


def test_files_asked_again_after_a_restore_count_as_waiting_until_the_server_says(
    central_sqlite: RunningServer, tmp_path: Path
):
    """A PC set to send no files (records only) notes the new epoch: its scans wait to be asked again, and the sync
    indicator counts them as waiting to go up until a sync with files has asked the server."""
    (code,) = server_office(central_sqlite.database, "ກຂ", "ເມືອງ ກ")
    pc = first_pc(tmp_path, "a", "ກຂ", central_sqlite.url, code)
    blobs = [_letter_with_scan(pc, tmp_path, f"scan-{i}") for i in range(3)]
    assert sync_once(pc.store).blobs_up == 3
    assert local_status(pc.store).files_waiting == 0
    central_sqlite.database.new_epoch()
    with pc.store.db.write() as s:
        set_setting(s, "sync.send_blobs", "no")
    assert sync_once(pc.store).epoch_changed
    with pc.store.db.session() as s:
        assert {row.hash: row.state for row in s.scalars(select(BlobSync))} == dict.fromkeys(blobs, "check")
    waiting = local_status(pc.store)
    assert waiting.files_waiting == 3 and waiting.bytes_waiting > 0 and not waiting.nothing_waiting
    with pc.store.db.write() as s:
        set_setting(s, "sync.send_blobs", "yes")
    assert sync_once(pc.store).blobs_up == 0  # the server still has them: asked, not sent
    assert local_status(pc.store).files_waiting == 0
    pc.store.close()
