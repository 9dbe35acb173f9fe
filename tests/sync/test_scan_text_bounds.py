"""The text read from scans that waits to be sent (all of it, the first sync after the upgrade) goes a bounded
part at a time: at most `SYNC_PAGES` pages a sync and `BUNDLE_PAGES` a USB bundle, none when the PC sends no files,
no more than a file may weigh on a metered link, and a cancelled sync stops between requests. The rest goes next.
What other PCs read comes down in the same bounds (a PC joining an office with years of read scans)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import PageText
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.storage.models import OcrPage
from eoffice_desktop.core.storage.settings import set_setting
from sync.client import scan_text
from sync.client.engine import SyncCancelled
from sync.client.session import sync_once
from sync.protocol.scan_text import MAX_PAGE_CHARS
from tests.sync.conftest import RunningServer
from tests.sync.offices import Desk, another_pc, first_pc, server_office

PAGES = 250


def _sent(desk: Desk) -> int:
    with desk.store.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(OcrPage).where(OcrPage.shared.is_(True))) or 0)


def _office_with_read_pages(central: RunningServer, tmp_path: Path, too_long: int = 0) -> Desk:
    """A PC whose scan is on the server and whose reader read its PAGES pages before the upgrade (none shared), the
    first `too_long` of them too long to share (a PDF's huge text layer)."""
    (code,) = server_office(central.database, "ກຂ", "ເມືອງ ກ")
    return _read_pages(first_pc(tmp_path, "a", "ກຂ", central.url, code), tmp_path, too_long)


def _read_pages(a: Desk, tmp_path: Path, too_long: int = 0) -> Desk:
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n a long scan")
    form = LetterForm(register_date=date.today(), sender_name="ກົມ", subject="ລາຍງານ", attachments=[scan])
    register_letter(a.store, a.actor, form)
    assert sync_once(a.store).blobs_up == 1
    blob = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    with a.store.db.write() as s:
        ocr_store.start_file(s, blob, PAGES)
        for page in range(PAGES):
            words = " ".join(hashlib.sha256(f"{page}-{n}".encode()).hexdigest() for n in range(4))  # does not shrink
            ocr_store.save_page(s, blob, page, PageText(f"ໜ້າ {page} {words}", 80.0), "ocr")
        s.execute(update(OcrPage).where(OcrPage.page < too_long).values(text="ກ" * (MAX_PAGE_CHARS + 1)))
    return a


@pytest.fixture
def small_cycles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_text, "SYNC_PAGES", 100, raising=False)  # 2 requests of PUSH_PAGES (50)
    monkeypatch.setattr(scan_text, "BUNDLE_PAGES", 100, raising=False)


def test_each_sync_sends_a_bounded_part_and_the_next_sends_the_rest(
    central_sqlite: RunningServer, tmp_path: Path, small_cycles: None
) -> None:
    a = _office_with_read_pages(central_sqlite, tmp_path)
    assert [sync_once(a.store).scan_text_sent for _ in range(4)] == [100, 100, 50, 0]
    assert _sent(a) == PAGES
    a.store.close()


def test_the_data_saving_settings_hold_the_text_as_they_hold_files(
    central_sqlite: RunningServer, tmp_path: Path, small_cycles: None
) -> None:
    a = _office_with_read_pages(central_sqlite, tmp_path)
    with a.store.db.write() as s:
        set_setting(s, "sync.send_blobs", "no")
    assert sync_once(a.store).scan_text_sent == 0 and _sent(a) == 0  # no files go on this link: nor their text
    with a.store.db.write() as s:
        set_setting(s, "sync.send_blobs", "yes")
        set_setting(s, "sync.hold_blobs_over_mb", "0.001")  # a metered link that takes no file over 1 KB
    assert sync_once(a.store).scan_text_sent == 50  # one request (over 1 KB): the rest waits
    assert sync_once(a.store, big_transfers=True).scan_text_sent == 100  # "send big files now": a whole cycle
    a.store.close()


def test_a_cancelled_sync_stops_between_requests_and_keeps_what_went(
    central_sqlite: RunningServer, tmp_path: Path, small_cycles: None
) -> None:
    a = _office_with_read_pages(central_sqlite, tmp_path)
    with pytest.raises(SyncCancelled):
        sync_once(a.store, cancelled=lambda: _sent(a) > 0)  # the clerk presses Cancel once the first pages went
    assert _sent(a) == 50
    assert sync_once(a.store).scan_text_sent == 100
    a.store.close()


def test_a_usb_bundle_carries_a_bounded_part_and_the_next_bundle_the_rest(
    central_sqlite: RunningServer, tmp_path: Path, small_cycles: None
) -> None:
    from sync.client.bundles import export_bundle, import_bundle
    from sync.server.blobstore import ServerBlobStore
    from sync.server.bundles import read_in

    a = _office_with_read_pages(central_sqlite, tmp_path, too_long=120)
    blobs = ServerBlobStore(central_sqlite.blob_dir)
    shared = []
    for n in range(4):
        stick = export_bundle(a.store, tmp_path / f"a{n}.eob")
        outcome = read_in(central_sqlite.database, blobs, stick.path, tmp_path / f"a{n}-return.eob")
        import_bundle(a.store, outcome.answer)
        shared.append(_sent(a))
    # The pages too long to share are set aside as they are met (never carried, never in the way); of the 130
    # others, 80 go in the second bundle (20 places went to the last pages too long) and 50 in the third.
    assert shared == [100, 200, PAGES, PAGES]
    a.store.close()


def _received(desk: Desk) -> int:
    with desk.store.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(OcrPage)) or 0)


def _office_whose_other_pc_read_pages(central: RunningServer, tmp_path: Path) -> tuple[Desk, Desk]:
    """Two PCs of one office: the first read PAGES pages of a scan and sent them all; the second has none yet."""
    codes = server_office(central.database, "ກຂ", "ເມືອງ ກ", pcs=2)
    a = first_pc(tmp_path, "a", "ກຂ", central.url, codes[0])
    a2 = another_pc(tmp_path, "a2", a, central.url, codes[1])
    _read_pages(a, tmp_path)
    while sync_once(a.store, big_transfers=True).scan_text_sent:
        pass
    assert _sent(a) == PAGES and _received(a2) == 0
    return a, a2


@pytest.fixture
def small_takes(monkeypatch: pytest.MonkeyPatch, small_cycles: None) -> None:
    monkeypatch.setattr(scan_text, "PULL_LIMIT", 50, raising=False)  # 2 requests a sync of SYNC_PAGES (100)


def test_each_sync_takes_a_bounded_part_and_the_next_takes_the_rest(
    central_sqlite: RunningServer, tmp_path: Path, small_takes: None
) -> None:
    """A PC joining an office took all the text its other PCs ever read in one sync, whatever the link."""
    a, a2 = _office_whose_other_pc_read_pages(central_sqlite, tmp_path)
    assert [sync_once(a2.store).scan_text_received for _ in range(4)] == [100, 100, 50, 0]
    assert _received(a2) == PAGES
    a.store.close()
    a2.store.close()


def test_on_a_metered_link_the_text_taken_stops_at_what_a_file_may_weigh(
    central_sqlite: RunningServer, tmp_path: Path, small_takes: None
) -> None:
    a, a2 = _office_whose_other_pc_read_pages(central_sqlite, tmp_path)
    with a2.store.db.write() as s:
        set_setting(s, "sync.hold_blobs_over_mb", "0.001")  # a metered link that takes no file over 1 KB
    assert sync_once(a2.store).scan_text_received == 50  # one request (over 1 KB): the rest waits
    assert sync_once(a2.store, big_transfers=True).scan_text_received == 100  # "send big files now": a whole cycle
    assert sync_once(a2.store).scan_text_received == 50
    assert _received(a2) == 200
    a.store.close()
    a2.store.close()


def test_a_cancelled_sync_stops_taking_between_requests_and_keeps_what_came(
    central_sqlite: RunningServer, tmp_path: Path, small_takes: None
) -> None:
    a, a2 = _office_whose_other_pc_read_pages(central_sqlite, tmp_path)
    with pytest.raises(SyncCancelled):
        sync_once(a2.store, cancelled=lambda: _received(a2) > 0)  # Cancel pressed once the first pages came
    assert _received(a2) == 50
    assert sync_once(a2.store).scan_text_received == 100  # from where it stopped: nothing taken twice
    a.store.close()
    a2.store.close()
