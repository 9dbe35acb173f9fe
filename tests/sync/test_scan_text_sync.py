"""The text read from scans travels with sync: a PC that reads a scan sends its text after the scan; the office's
other PCs and the office the letter went to find the letter by a word only in the scan without reading it again. An
office that is no party to the letter gets nothing and may send nothing; oversized requests are refused clearly; a
step cut by the link is done by the next sync, and never stops the sync itself."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import READER_VERSION, PageText, tesseract_program
from eoffice_desktop.core.ocr.worker import ScanReader
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.storage.models import OcrFile, OcrPage
from eoffice_desktop.core.storage.settings import set_setting
from sync.client.scan_text import SCAN_TEXT_POSTPONED, ScanTextReport, share_scan_text
from sync.client.session import sync_once
from sync.protocol.scan_text import MAX_PAGE_CHARS, MAX_READINGS_PER_REQUEST, MAX_REQUEST_CHARS
from tests.sync.conftest import RunningServer
from tests.sync.linkproxy import Fault, LinkProxy
from tests.sync.offices import Desk, address_of, another_pc, first_pc, server_office

pytestmark = pytest.mark.skipif(tesseract_program() is None, reason="Tesseract is not installed")
WORD = "electrification"  # only in the scan: never typed about the letter


def _scan(tmp: Path, word: str = WORD) -> Path:
    from eoffice_desktop.ui.scan_sample import draw_page, encode

    path = tmp / f"scan-{word}.png"
    path.write_bytes(encode(draw_page([f"Quarterly {word} report", "ແຈ້ງການກ່ຽວກັບການປະຊຸມ"], width_in=6)))
    return path


def _found(desk: Desk, word: str) -> list[str]:
    with desk.store.db.session() as s:
        return [r.id for r in search_letters(s, SearchQuery(text=word))]


def _read_everything(desk: Desk) -> int:
    reader, pages = ScanReader(desk.store), 0
    while reader.read_next_page():
        pages += 1
    return pages


def _pages(desk: Desk, blob_hash: str) -> list[OcrPage]:
    with desk.store.db.session() as s:
        return list(s.scalars(select(OcrPage).where(OcrPage.blob_hash == blob_hash)))


def _offices(central: RunningServer, tmp: Path) -> tuple[Desk, Desk, Desk, Desk]:
    """Office A with two PCs, office B (the letter goes there) and office C (no party to it)."""
    codes_a = server_office(central.database, "ກຂ", "ເມືອງ ກ", pcs=2)
    (code_b,) = server_office(central.database, "ຄງ", "ເມືອງ ຂ")
    (code_c,) = server_office(central.database, "ຈສ", "ເມືອງ ຄ")
    a = first_pc(tmp, "a", "ກຂ", central.url, codes_a[0])
    a2 = another_pc(tmp, "a2", a, central.url, codes_a[1])
    b = first_pc(tmp, "b", "ຄງ", central.url, code_b)
    c = first_pc(tmp, "c", "ຈສ", central.url, code_c)
    return a, a2, b, c


def _new_code(central: RunningServer, code: str) -> str:
    from sync.server.admin import new_enrolment_code

    with central.database.write() as s:
        return new_enrolment_code(s, code)


def _two_offices(central: RunningServer, tmp_path: Path) -> tuple[Desk, Desk]:
    """Two district offices on the server, one PC each: A sends, B receives."""
    (code_a,) = server_office(central.database, "ກຂ", "ເມືອງ ກ")
    (code_b,) = server_office(central.database, "ຄງ", "ເມືອງ ຂ")
    return first_pc(tmp_path, "a", "ກຂ", central.url, code_a), first_pc(tmp_path, "b", "ຄງ", central.url, code_b)


def _send_scan(a: Desk, b: Desk, scan: Path) -> tuple[str, str]:
    form = LetterForm(
        direction="out", register_date=date.today(), recipients=[address_of(a, b)], subject="ລາຍງານ", attachments=[scan]
    )
    letter_id = register_letter(a.store, a.actor, form).letter_id
    return letter_id, "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()


def test_the_text_one_pc_read_reaches_the_offices_pcs_and_the_recipient_not_others(
    qapp, central: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    a, a2, b, c = _offices(central, tmp_path)
    scan = _scan(tmp_path)
    letter_id, blob = _send_scan(a, b, scan)
    assert _read_everything(a) == 1 and _found(a, WORD) == [letter_id]
    report = sync_once(a.store)
    assert report.blobs_up == 1 and report.scan_text_sent == 1 and report.scan_text_problem == ""
    assert all(p.shared for p in _pages(a, blob))
    assert sync_once(a.store).scan_text_sent == 0  # sent once: the server has it

    monkeypatch.setenv("EOFFICE_TESSERACT", str(tmp_path / "no-reader-here"))  # any page read now would fail
    for desk in (a2, b):
        got = sync_once(desk.store)
        assert got.blobs_down == 1 and got.scan_text_received == 1, desk.name
        assert _found(desk, WORD) == [letter_id], desk.name
        assert ScanReader(desk.store).read_next_page() is False  # nothing left to read: the reader skips the page
        (page,) = _pages(desk, blob)
        assert page.shared and page.reader == READER_VERSION and WORD in page.text
        with desk.store.db.session() as s:
            state = s.get(OcrFile, blob)
            assert state is not None and state.state == "done"
            assert ocr_store.found_in_scans(s, [letter_id], WORD) == {letter_id}
        assert sync_once(desk.store).scan_text_sent == 0  # text taken from the server is not sent back

    # Office C is no party to the letter: it may not send text for the scan, and receives none, even when it names
    # the file in a letter of its own (without uploading its bytes, which would prove it has the file).
    c_form = LetterForm(register_date=date.today(), sender_name="ກົມ", subject="ສຳເນົາ", attachments=[scan])
    register_letter(c.store, c.actor, c_form)
    c.sync(central.url, ("push", "pull"))
    c_transport = _transport(c, central.url)
    assert share_scan_text(c.store, c_transport, c_transport.hello().scan_text_seq).received == 0
    assert not _pages(c, blob)
    auth = {"Authorization": f"Bearer {c.token}"}
    reading = {"page": 0, "text": "forged text", "confidence": 90.0, "source": "ocr", "reader": 99}
    answer = requests.post(
        f"{central.url}/v1/scan-text/push",
        json={"readings": [reading | {"hash": blob, "pages": 1}]},
        headers=auth,
    )
    assert answer.status_code == 200 and answer.json()["results"] == [{"hash": blob, "status": "refused", "stored": 0}]
    pulled = requests.get(f"{central.url}/v1/scan-text/pull", params={"after": 0}, headers=auth).json()
    assert pulled["readings"] == [] and not pulled["more"]  # its cursor moves past what it may not take
    anonymous = requests.get(f"{central.url}/v1/scan-text/pull", params={"after": 0})
    assert anonymous.status_code == 401
    for desk in (a, a2, b, c):
        desk.store.close()
        assert desk.check() == [], desk.name


def test_only_the_senders_and_the_own_offices_reading_count_and_an_older_reader_never_replaces_a_newer(
    central: RunningServer, tmp_path: Path
):
    """No pixels read here: the readings are pushed as the PCs would push them."""
    a, a2, b, c = _offices(central, tmp_path)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n not read here")
    letter_id, blob = _send_scan(a, b, scan)
    a.sync(central.url)
    b.sync(central.url)
    url = central.url

    def push(desk: Desk, text: str, reader: int) -> str:
        reading = {"page": 0, "text": text, "confidence": 80.0, "source": "ocr", "reader": reader}
        answer = requests.post(
            f"{url}/v1/scan-text/push",
            json={"readings": [reading | {"hash": blob, "pages": 1}]},
            headers={"Authorization": f"Bearer {desk.token}"},
        )
        assert answer.status_code == 200, answer.text
        return str(answer.json()["results"][0]["status"])

    def pulled(desk: Desk, reader: int = 1) -> list[str]:
        answer = requests.get(
            f"{url}/v1/scan-text/pull", params={"reader": reader}, headers={"Authorization": f"Bearer {desk.token}"}
        )
        return [r["text"] for r in answer.json()["readings"]]

    assert push(a, "reading by A, reader 2", 2) == "stored"
    assert push(a2, "reading by A's other PC, reader 1", 1) == "kept"  # older: the newer one stays
    assert push(a2, "reading by A's other PC, reader 2", 2) == "kept"  # the same reader: the first one stays
    assert pulled(a2) == ["reading by A, reader 2"]
    assert pulled(a) == []  # a PC never gets back what it sent
    assert pulled(b) == ["reading by A, reader 2"]
    assert pulled(b, reader=3) == []  # a PC with a newer reader reads the page itself
    # The recipient's own reading goes to its own PCs only: never to the sender, nor to other recipients.
    assert push(b, "reading by B", 5) == "stored"
    assert pulled(a2) == ["reading by A, reader 2"]
    assert pulled(c) == []
    # A newer reader at the sending office replaces the reading everywhere it was taken.
    assert push(a2, "reading by A's other PC, reader 3", 3) == "stored"
    assert pulled(a) == ["reading by A's other PC, reader 3"]
    b_transport = _transport(b, url)
    share_scan_text(b.store, b_transport, b_transport.hello().scan_text_seq)
    with b.store.db.session() as s:
        (page,) = s.scalars(select(OcrPage).where(OcrPage.blob_hash == blob))
        assert page.reader == 3 and page.text == "reading by A's other PC, reader 3"
    assert b_transport.bytes_received > 0
    # A server of a version without this step names no newest text in hello: nothing is asked, nothing is told.
    before = (b_transport.bytes_sent, b_transport.bytes_received)
    assert share_scan_text(b.store, b_transport, None) == ScanTextReport()
    assert (b_transport.bytes_sent, b_transport.bytes_received) == before
    assert letter_id in _found(b, "reader 3")
    # A NUL character (a PDF's text layer may hold one; PostgreSQL refuses it) is left out, not a server error.
    assert push(a, "reading by A,\u0000 reader 4", 4) == "stored"
    assert pulled(b, reader=4) == ["reading by A, reader 4"]


def _transport(desk: Desk, url: str):  # type: ignore[no-untyped-def]
    from sync.client.http import HttpTransport

    return HttpTransport(url, desk.token)


def test_requests_over_the_bounds_are_refused_with_a_clear_error(central: RunningServer, tmp_path: Path):
    (code,) = server_office(central.database, "ກຂ", "ເມືອງ ກ")
    a = first_pc(tmp_path, "a", "ກຂ", central.url, code)
    auth = {"Authorization": f"Bearer {a.token}"}
    blob = "sha256:" + "a" * 64

    def refused(readings: list[dict], status: int = 422) -> dict:  # type: ignore[type-arg]
        answer = requests.post(f"{central.url}/v1/scan-text/push", json={"readings": readings}, headers=auth)
        assert answer.status_code == status, answer.text
        return answer.json()  # type: ignore[no-any-return]

    page = {"hash": blob, "pages": 1, "page": 0, "text": "x", "confidence": 50.0, "source": "ocr", "reader": 1}
    too_long = refused([page | {"text": "ກ" * (MAX_PAGE_CHARS + 1)}])
    assert too_long["code"] == "invalid_request" and f"at most {MAX_PAGE_CHARS} characters" in too_long["message_en"]
    many = [page | {"page": n, "pages": 300} for n in range(MAX_READINGS_PER_REQUEST + 1)]
    too_many = refused(many)
    assert f"at most {MAX_READINGS_PER_REQUEST} items" in too_many["message_en"]
    bad_hash = refused([page | {"hash": "sha256:../../etc"}])
    assert "readings.0.hash" in bad_hash["message_en"]
    text_heavy = [
        page | {"page": n, "pages": 100, "text": "a" * MAX_PAGE_CHARS}
        for n in range(MAX_REQUEST_CHARS // MAX_PAGE_CHARS + 1)
    ]
    too_much = refused(text_heavy, 413)
    assert too_much["code"] == "too_large" and f"{MAX_REQUEST_CHARS} characters" in too_much["message_en"]
    huge = requests.post(
        f"{central.url}/v1/scan-text/push",
        data=b'{"readings": [' + b" " * (5 * 1024 * 1024) + b"]}",
        headers=auth | {"Content-Type": "application/json"},
    )
    assert huge.status_code == 413 and huge.json()["message_en"]
    # The PC refuses it before sending, in the server's words.
    from sync.client.errors import Refused

    with pytest.raises(Refused, match="at most"):
        _transport(a, central.url).scan_text_push(many)
    a.store.close()


@pytest.fixture
def relay(central_sqlite: RunningServer) -> Iterator[LinkProxy]:
    proxy = LinkProxy(int(central_sqlite.url.rsplit(":", 1)[1]))
    yield proxy
    proxy.close()


def test_a_step_cut_by_the_link_never_stops_the_sync_and_is_done_by_the_next(
    qapp, central_sqlite: RunningServer, relay: LinkProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    central = central_sqlite
    a, b = _two_offices(central, tmp_path)
    letter_id, blob = _send_scan(a, b, _scan(tmp_path))
    assert _read_everything(a) == 1
    for desk in (a, b):  # both sync through the relay from now on
        with desk.store.db.write() as s:
            set_setting(s, "sync.server_url", relay.url)

    relay.arm(Fault(request=b"POST /v1/scan-text/push"))
    report = sync_once(a.store)  # the letter and its scan went; the text did not
    relay.disarm()
    assert report.blobs_up == 1 and report.scan_text_problem == SCAN_TEXT_POSTPONED and relay.cuts == 1
    assert not any(p.shared for p in _pages(a, blob))
    assert sync_once(a.store).scan_text_sent == 1  # the next sync sends it

    monkeypatch.setenv("EOFFICE_TESSERACT", str(tmp_path / "no-reader-here"))
    relay.arm(Fault(request=b"GET /v1/scan-text/pull"))
    report = sync_once(b.store)
    relay.disarm()
    assert report.blobs_down == 1 and report.scan_text_problem == SCAN_TEXT_POSTPONED
    assert _found(b, WORD) == []
    report = sync_once(b.store)
    assert report.scan_text_received == 1 and report.scan_text_problem == ""
    assert _found(b, WORD) == [letter_id]
    assert ScanReader(b.store).read_next_page() is False
    # Nothing new: the next syncs ask nothing about the scans' text (hello says there is nothing past the cursor).
    for desk in (a, b):
        relay.arm(Fault(request=b"GET /v1/scan-text/pull"))
        assert sync_once(desk.store).scan_text_problem == "" and relay.cuts == 2, desk.name
        relay.disarm()
    for desk in (a, b):
        desk.store.close()
        assert desk.check() == [], desk.name


def test_usb_bundles_carry_the_text_both_ways(
    qapp, central_sqlite: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A district that syncs only by USB stick sends the text it read with its bundle; the office the letter went to,
    also on sticks, gets it in its return bundle and does not read the scan."""
    from sync.client.bundles import export_bundle, import_bundle
    from sync.server.blobstore import ServerBlobStore
    from sync.server.bundles import read_in

    central = central_sqlite
    a, b = _two_offices(central, tmp_path)
    letter_id, blob = _send_scan(a, b, _scan(tmp_path))
    assert _read_everything(a) == 1
    later_id, later = _send_scan(a, b, _scan(tmp_path, "interoperability"))  # read after its bundle left
    blobs = ServerBlobStore(central.blob_dir)

    def round_trip(desk: Desk, name: str) -> Path:
        stick = export_bundle(desk.store, tmp_path / f"{name}.eob")
        outcome = read_in(central.database, blobs, stick.path, tmp_path / f"{name}-return.eob")
        import_bundle(desk.store, outcome.answer)
        return outcome.answer

    round_trip(a, "a1")  # carries both scans and the text of the first
    assert all(p.shared for p in _pages(a, blob))  # the return bundle said the server took the page
    assert _read_everything(a) == 1
    assert not any(p.shared for p in _pages(a, later))
    round_trip(a, "a2")  # carries no scan: the server has it, and takes its text
    assert all(p.shared for p in _pages(a, later))

    monkeypatch.setenv("EOFFICE_TESSERACT", str(tmp_path / "no-reader-here"))
    round_trip(b, "b1")
    assert _found(b, WORD) == [letter_id] and _found(b, "interoperability") == [later_id]
    assert ScanReader(b.store).read_next_page() is False
    (page,) = _pages(b, blob)
    assert page.shared and WORD in page.text
    round_trip(b, "b2")  # its cursor moved: nothing twice
    assert len(_pages(b, blob)) == len(_pages(b, later)) == 1
    for desk in (a, b):
        desk.store.close()
        assert desk.check() == [], desk.name


def test_the_text_arrives_before_a_scan_this_pc_does_not_download(central_sqlite: RunningServer, tmp_path: Path):
    central = central_sqlite
    a, b = _two_offices(central, tmp_path)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n read elsewhere")
    letter_id, blob = _send_scan(a, b, scan)
    with a.store.db.write() as s:  # as A's reader saves a page
        ocr_store.start_file(s, blob, 1)
        ocr_store.save_page(s, blob, 0, PageText(f"Quarterly {WORD} report", 88.0), "ocr")
        set_setting(s, "sync.send_blobs", "no")  # A sends no files for now: the text waits for its scan
    report = sync_once(a.store)
    assert report.blobs_up == 0 and report.scan_text_sent == 0 and report.scan_text_problem == ""
    with a.store.db.write() as s:
        set_setting(s, "sync.send_blobs", "yes")
    report = sync_once(a.store)
    assert report.blobs_up == 1 and report.scan_text_sent == 1
    with b.store.db.write() as s:  # B downloads no files (a metered link)
        set_setting(s, "sync.send_blobs", "no")
    report = sync_once(b.store)
    assert report.blobs_down == 0 and not b.store.blobs.has(blob) and report.scan_text_received == 1
    assert _found(b, WORD) == [letter_id]

    # A second PC of A read the same page itself before its first sync: it keeps its reading and sends none (the
    # server has A's, which every PC of A gets).
    a2 = another_pc(tmp_path, "a2", a, central.url, _new_code(central, "ກຂ"))
    with a2.store.db.write() as s:
        ocr_store.start_file(s, blob, 1)
        ocr_store.save_page(s, blob, 0, PageText(f"Quarterly {WORD} report, read again", 86.0), "ocr")
    report = sync_once(a2.store)
    assert report.scan_text_sent == 0 and report.scan_text_received == 0
    (page,) = _pages(a2, blob)
    assert page.shared and page.text.endswith("read again")


def test_a_pc_following_the_text_while_others_push_never_skips_a_page(central: RunningServer, tmp_path: Path):
    """Three PCs of an office push pages at once while a fourth follows with its cursor: every page reaches it (on
    PostgreSQL, positions of rows committed later could be lower without the push's lock)."""
    import threading

    codes = server_office(central.database, "ກຂ", "ເມືອງ ກ", pcs=4)
    a = first_pc(tmp_path, "a", "ກຂ", central.url, codes[0])
    pushers = [a] + [another_pc(tmp_path, f"a{n}", a, central.url, codes[n]) for n in (1, 2)]
    follower = another_pc(tmp_path, "a3", a, central.url, codes[3])
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n a long scan")
    form = LetterForm(register_date=date.today(), sender_name="ກົມ", subject="ລາຍງານ", attachments=[scan])
    register_letter(a.store, a.actor, form)
    a.sync(central.url)
    blob = "sha256:" + hashlib.sha256(scan.read_bytes()).hexdigest()
    pages = 3 * 40

    def push(n: int, desk: Desk) -> None:
        transport = _transport(desk, central.url)
        for start in range(n * 40, n * 40 + 40, 4):
            readings = [
                {"hash": blob, "pages": pages, "page": page, "text": f"page {page}", "confidence": 80.0}
                | {"source": "ocr", "reader": 1}
                for page in range(start, start + 4)
            ]
            assert transport.scan_text_push(readings).results[0].status == "stored"

    seen: list[int] = []
    stop = threading.Event()

    def follow() -> None:
        transport, cursor = _transport(follower, central.url), 0
        while not stop.is_set() or cursor < int(transport.hello().scan_text_seq or 0):
            answer = transport.scan_text_pull(cursor, READER_VERSION, 7)
            seen.extend(r.page for r in answer.readings)
            cursor = answer.next

    following = threading.Thread(target=follow)
    following.start()
    threads = [threading.Thread(target=push, args=(n, desk)) for n, desk in enumerate(pushers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    following.join(timeout=60)
    assert sorted(seen) == list(range(pages))
