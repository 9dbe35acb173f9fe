"""Pages of text read from scans that the server could not take yet are sent again, and only those: a USB bundle's
pages of a scan whose upload is not finished are taken once it is; after the server is restored from a backup, each
PC sends again only the pages it read itself, so every page keeps the office and PC that read it. Against the real
server over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import requests
from sqlalchemy import delete, select

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import PageText
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import BlobSync, OcrPage
from eoffice_desktop.core.storage.settings import set_setting
from sync.client.bundles import export_bundle, import_bundle
from sync.client.session import sync_once
from sync.server.models import ScanText
from tests.sync.conftest import RunningServer
from tests.sync.offices import Desk, another_pc, first_pc, server_office


def _letter_with_scan(desk: Desk, tmp: Path, size: int = 20_000) -> str:
    scan = tmp / f"scan-{desk.name}.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + hashlib.sha256(desk.name.encode()).digest() * (size // 32))
    form = LetterForm(register_date=date.today(), sender_name="ກົມ", subject="ລາຍງານ", attachments=[scan])
    register_letter(desk.store, desk.actor, form)
    return "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()


def _read_here(desk: Desk, blob: str, text: str) -> None:
    with desk.store.db.write() as s:  # as this PC's reader saves a page
        ocr_store.start_file(s, blob, 1)
        assert ocr_store.save_page(s, blob, 0, PageText(text, 85.0), "ocr")


def _page(desk: Desk, blob: str) -> OcrPage:
    with desk.store.db.session() as s:
        return s.scalars(select(OcrPage).where(OcrPage.blob_hash == blob)).one()


def _on_server(central: RunningServer, blob: str) -> list[tuple[str, str]]:
    """(text, the PC that read it) of each reading the server keeps of the file."""
    with central.database.read() as s:
        return [(r.text, r.device_id) for r in s.scalars(select(ScanText).where(ScanText.hash == blob))]


def _relay(central: RunningServer, desk: Desk, tmp: Path, name: str) -> None:
    """The PC's USB bundle, read in by the server (as the office's own relay), and its return bundle imported."""
    stick = export_bundle(desk.store, tmp / f"{name}.eob").path
    auth = {"Authorization": f"Bearer {desk.token}", "Content-Type": "application/octet-stream"}
    answer = requests.post(f"{central.url}/v1/bundles/relay", data=stick.read_bytes(), headers=auth, timeout=120)
    assert answer.status_code == 200, answer.text
    returned = tmp / f"{name}-return.eob"
    returned.write_bytes(answer.content)
    import_bundle(desk.store, returned)


def test_a_bundles_page_of_a_scan_not_yet_uploaded_whole_is_sent_once_the_upload_is_done(
    central: RunningServer, tmp_path: Path
):
    (code,) = server_office(central.database, "ກຂ", "ເມືອງ ກ")
    a = first_pc(tmp_path, "a", "ກຂ", central.url, code)
    blob = _letter_with_scan(a, tmp_path)
    with a.store.db.write() as s:
        set_setting(s, "sync.hold_blobs_over_mb", "0.001")  # a metered link: the scan waits for a cheaper one
    report = sync_once(a.store)
    assert report.blobs_up == 0 and report.held_blobs == 1  # the letter went up; its scan did not
    _read_here(a, blob, "Quarterly report, read here")
    assert sync_once(a.store).scan_text_sent == 0  # online, the text waits for its scan

    _relay(central, a, tmp_path, "first")  # the bundle carries the page (not the scan: its letter went up online)
    assert _on_server(central, blob) == []  # the server has no whole file to keep text for
    assert not _page(a, blob).shared  # so the page still waits: it is not marked sent
    _relay(central, a, tmp_path, "second")  # offered again while the scan is missing, and still not lost
    assert not _page(a, blob).shared

    with a.store.db.write() as s:
        set_setting(s, "sync.hold_blobs_over_mb", "5")
    report = sync_once(a.store)
    assert report.blobs_up == 1 and report.scan_text_sent == 1
    assert [text for text, _ in _on_server(central, blob)] == ["Quarterly report, read here"]
    assert _page(a, blob).shared
    assert sync_once(a.store).scan_text_sent == 0  # nothing twice
    _relay(central, a, tmp_path, "third")  # nor in the next bundle
    assert len(_on_server(central, blob)) == 1
    a.store.close()


def test_after_a_restore_each_pc_sends_again_only_what_it_read(central: RunningServer, tmp_path: Path):
    codes = server_office(central.database, "ກຂ", "ເມືອງ ກ", pcs=2)
    a = first_pc(tmp_path, "a", "ກຂ", central.url, codes[0])
    a2 = another_pc(tmp_path, "a2", a, central.url, codes[1])
    blob = _letter_with_scan(a, tmp_path)
    theirs = _letter_with_scan(a2, tmp_path)
    assert sync_once(a.store).blobs_up == 1
    assert sync_once(a2.store).blobs_up == 1
    _read_here(a, blob, "read by the first PC")
    _read_here(a2, theirs, "read by the second PC")
    assert sync_once(a.store).scan_text_sent == 1
    report = sync_once(a2.store)
    assert report.scan_text_sent == 1 and report.scan_text_received == 1
    assert sync_once(a.store).scan_text_received == 1  # each took the other's page: neither reads it again
    assert _page(a2, blob).taken and not _page(a2, theirs).taken
    ((_, by_a),) = _on_server(central, blob)
    ((_, by_a2),) = _on_server(central, theirs)
    assert by_a != by_a2
    with a2.store.db.session() as s:
        assert s.get(BlobSync, blob).state == "done"  # a2 holds the file: it could send the page it took

    # The server is restored from a backup made before the text was sent: it has lost every reading.
    with central.database.write() as s:
        s.execute(delete(ScanText))
    central.database.new_epoch()
    report = sync_once(a2.store)  # the second PC syncs first: it sends its own page, not the one it took
    assert report.scan_text_sent == 1 and report.scan_text_problem == ""
    assert _on_server(central, blob) == []
    assert _on_server(central, theirs) == [("read by the second PC", by_a2)]
    assert _page(a2, blob).shared  # the page it took stays as it is: never offered as its own
    report = sync_once(a.store)
    assert report.scan_text_sent == 1 and report.scan_text_problem == ""
    assert _on_server(central, blob) == [("read by the first PC", by_a)]  # read by the PC that read it
    assert sync_once(a2.store).scan_text_sent == 0
    for desk in (a, a2):
        desk.store.close()
