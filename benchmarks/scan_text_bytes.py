"""What the text read from scans costs on the wire, beside the scans themselves.

    python benchmarks/scan_text_bytes.py [--pages 8] [--seed 23]

Office A registers --pages letters, each with a one-page scan made as benchmarks/ocr.py makes its degraded pages
(letter-like Lao and English page at 300 dpi, scanned at 200 dpi, slightly turned, blurred, speckled, JPEG), to
office B. A's PC reads them with the app's own reader, then syncs with the real server over HTTP on 127.0.0.1
(SQLite); B syncs. The transport's own byte counts (request and status lines, headers, bodies as sent, compressed)
give, per page: the scan's upload and download, the text's push and pull (this feature), and as floors measured in
the same run the page's text as UTF-8 (shown and second reading) and as uncompressed JSON. Ends with one line of
figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uvicorn  # noqa: E402
import zstandard  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from benchmarks.ocr import letter_lines  # noqa: E402
from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation  # noqa: E402
from eoffice_desktop.core.ocr.worker import ScanReader  # noqa: E402
from eoffice_desktop.core.office import OfficeStore, open_store, setup_office  # noqa: E402
from eoffice_desktop.core.registry.letterform import LetterForm  # noqa: E402
from eoffice_desktop.core.registry.register import register_letter  # noqa: E402
from eoffice_desktop.core.storage.models import OcrPage  # noqa: E402
from sync.client.engine import SyncEngine, SyncPolicy  # noqa: E402
from sync.client.scan_text import share_scan_text  # noqa: E402
from sync.client.session import enrol_pc, transport_for  # noqa: E402
from sync.server.admin import add_office, new_enrolment_code  # noqa: E402
from sync.server.app import create_app  # noqa: E402
from sync.server.database import ServerDatabase  # noqa: E402


def _serve(tmp: Path) -> tuple[str, ServerDatabase, uvicorn.Server]:
    database = ServerDatabase(f"sqlite:///{tmp / 'server.sqlite'}")
    database.migrate()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(database, tmp / "blobs"), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", database, server


def _office(tmp: Path, url: str, database: ServerDatabase, code: str) -> OfficeStore:
    with database.write() as s:
        add_office(s, code, code, code)
        enrolment = new_enrolment_code(s, code)
    store = open_store(tmp / code)
    setup_office(store, code, f"ຫ້ອງການ {code}", f"Office {code}", "admin", "Admin", "password-1")
    enrol_pc(store, url, enrolment, code)
    return store


def _sync(store: OfficeStore) -> dict[str, int]:
    """One sync as sync_once makes it, with the bytes of the files' part and of the text's part apart."""
    transport = transport_for(store)
    policy = SyncPolicy(big_transfers=True)
    engine = SyncEngine(store, transport, policy)
    engine.run(("push", "pull"))
    up, down = transport.bytes_sent, transport.bytes_received
    engine.run(("blobs",))
    files = (transport.bytes_sent - up, transport.bytes_received - down)
    up, down = transport.bytes_sent, transport.bytes_received
    newest = transport.hello().scan_text_seq  # (sync_once has it from the cycle's own hello)
    hello = (transport.bytes_sent - up, transport.bytes_received - down)
    up, down = transport.bytes_sent, transport.bytes_received
    report = share_scan_text(store, transport, newest, policy)
    assert not report.problem, report.problem
    text = (transport.bytes_sent - up, transport.bytes_received - down)
    return {
        "files_up": files[0],
        "files_down": files[1],
        "text_up": text[0],
        "text_down": text[1],
        "hello": sum(hello),
        "sent": report.sent,
        "received": report.received,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    from eoffice_desktop.ui.scan_sample import degrade, draw_page, encode

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="eoffice-scan-text-") as name:
        tmp = Path(name)
        url, database, server = _serve(tmp)
        a, b = _office(tmp, url, database, "ກຂ"), _office(tmp, url, database, "ຄງ")
        with a.db.write() as s:
            to_b = add_organisation(s, a.log, a.admin_actor(), EntryFields("ຫ້ອງການ ຄງ", office_id=b.office_id)).id
        scan_bytes = 0
        for n in range(args.pages):
            page = tmp / f"scan{n}.jpg"
            image = draw_page(letter_lines(n, rng), point_size=12)
            page.write_bytes(encode(degrade(image, seed=args.seed + n), "JPG", quality=60))
            scan_bytes += page.stat().st_size
            form = LetterForm(
                direction="out", register_date=date.today(), recipients=[to_b], subject=f"ໜັງສື {n}", attachments=[page]
            )
            register_letter(a, a.admin_actor(), form)
        started = time.monotonic()
        reader, read = ScanReader(a), 0
        while reader.read_next_page():
            read += 1
        reading = time.monotonic() - started
        with a.db.session() as s:
            pages = list(s.scalars(select(OcrPage)))
        utf8 = sum(len(p.text.encode()) + len(p.other_text.encode()) for p in pages)
        as_json = sum(
            len(json.dumps({"t": p.text, "o": p.other_text}, ensure_ascii=False).encode()) + 150 for p in pages
        )
        alone = sum(  # each page compressed on its own: no help from the other pages' similar sentences
            len(zstandard.ZstdCompressor(level=6).compress(json.dumps([p.text, p.other_text]).encode())) for p in pages
        )
        sent, got = _sync(a), _sync(b)
        server.should_exit = True
        load = os.getloadavg()[0]
    n = max(1, read)
    print(f"{read} pages read in {reading:.0f} s; scans {scan_bytes / n / 1024:.1f} KB a page (JPEG as scanned)")
    print(f"{'bytes a page':<34} {'up (A)':>9} {'down (B)':>9}")
    print(f"{'the scan (files step)':<34} {sent['files_up'] / n:>9.0f} {got['files_down'] / n:>9.0f}")
    print(f"{'its text (scan-text step)':<34} {sent['text_up'] / n:>9.0f} {got['text_down'] / n:>9.0f}")
    print(f"{'floor: text as UTF-8, both readings':<34} {utf8 / n:>9.0f} {utf8 / n:>9.0f}")
    print(f"{'floor: as uncompressed JSON':<34} {as_json / n:>9.0f} {as_json / n:>9.0f}")
    print(f"{'one page alone, zstd (no headers)':<34} {alone / n:>9.0f} {alone / n:>9.0f}")
    text_up, text_down = sent["text_up"] / n, got["text_down"] / n
    print(
        f"text / scan: up {text_up / (sent['files_up'] / n):.3f}, down {text_down / (got['files_down'] / n):.3f}; "
        f"text / UTF-8 floor: up {text_up / (utf8 / n):.2f}, down {text_down / (utf8 / n):.2f}; "
        f"pages sent {sent['sent']}, taken {got['received']}; hello with the new field {got['hello']} B"
    )
    print(
        f"pages={read} scan_kb={scan_bytes / n / 1024:.1f} text_up_b={text_up:.0f} text_down_b={text_down:.0f} "
        f"utf8_b={utf8 / n:.0f} json_b={as_json / n:.0f} alone_zstd_b={alone / n:.0f} load={load:.1f}"
    )
    del app


if __name__ == "__main__":
    main()
