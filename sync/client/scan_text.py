"""Text read from scans at sync, after the files: this PC sends the pages it read of scans the server holds, and takes
the pages other PCs of its office, or the office that sent it a scan, read, so its own reader skips them
(docs/search.md, "Sync"). Derived data: a failure here never stops a sync and never delays a scan's upload; what
was not sent or taken goes with the next sync.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import zstandard
from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import READER_VERSION, PageText
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.storage.models import BlobSync, OcrFile, OcrPage
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.client.engine import SyncPolicy
from sync.client.errors import SyncError
from sync.protocol.scan_text import MAX_PAGE_CHARS, PulledReading
from sync.protocol.zstd import inflate

if TYPE_CHECKING:  # a USB bundle needs no HTTP client
    from sync.client.http import HttpTransport

log = logging.getLogger("eoffice.sync")
CURSOR_KEY = "scan_text.cursor"  # the last reading taken from the server
EPOCH_KEY = "scan_text.epoch"  # the server epoch the cursor and the pages sent belong to
PUSH_PAGES = 50  # pages per request (about 23 KB compressed: 10 s up on a 2G link)
PUSH_CHARS = 150_000  # and at most this much text (dense pages: about 130 KB compressed, under a minute on 2G)
PULL_LIMIT = 100  # readings per request taken
SYNC_PAGES = 500  # pages sent, and pages taken, in one sync at most (10 and 5 requests); the rest with the next syncs
BUNDLE_PAGES = 5_000  # pages one USB bundle carries at most; the rest go in the next bundle
BUNDLE_CHARS = 20_000_000  # and at most this much text (60 MB of Lao at worst; the server inflates 256 MB at most)

# Why the text read from scans was not exchanged in this sync: one sentence (the window has it in Lao too).
SCAN_TEXT_POSTPONED = "scan_text_postponed"
SCAN_TEXT_WORDS = {
    SCAN_TEXT_POSTPONED: "The text read from scans was not exchanged with the server this time; the letters and "
    "scans are synced, and the next sync tries again.",
}


@dataclass
class ScanTextReport:
    sent: int = 0  # pages the server took
    received: int = 0  # pages taken from the server (this PC's reader skips them)
    refused: int = 0  # pages of files the server says this office may not read
    problem: str = ""  # SCAN_TEXT_POSTPONED, or "" when it all went


def share_scan_text(
    store: OfficeStore,
    transport: HttpTransport,
    newest: int | None,
    policy: SyncPolicy | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScanTextReport:
    """Take what others read (asked only when the server's `newest` reading, from hello, is past this PC's cursor),
    then send what this PC read. Each way at most `SYNC_PAGES` pages, and on a metered link (no big transfers) no
    request once what came, or what went, reaches what a file may weigh (`hold_blobs_over`); nothing is sent when the
    data-saving `policy` sends no files. The rest go with the next syncs. `cancelled` is asked between requests.
    `newest` None: the server is of a version without this step; nothing is asked. Never raises: the sync is done
    either way."""
    report = ScanTextReport()
    if newest is None:
        return report
    policy = policy or SyncPolicy()
    stop = cancelled or (lambda: False)
    budget = None if policy.big_transfers else policy.hold_blobs_over
    try:
        _follow_epoch(store)
        if newest > bundle_cursor(store):  # first: a page this PC read too need not go up if the server has it
            _take(store, transport, report, budget, stop)
        if policy.send_blobs:  # the text waits with the files when this link sends none
            _send(store, transport, report, budget, stop)
    except SyncError as exc:  # offline, the server busy or older than this step: the next sync tries again
        log.info("text read from scans not exchanged: %s", exc)
        report.problem = SCAN_TEXT_POSTPONED
    except Exception as exc:  # never stop a sync for derived data
        log.warning("text read from scans not exchanged: %s: %s", type(exc).__name__, exc)
        report.problem = SCAN_TEXT_POSTPONED
    return report


def _follow_epoch(store: OfficeStore) -> None:
    """A server restored from a backup (a new epoch) may have lost pages: send again the pages read here, take all
    again. The pages taken from the server are sent again by the PCs that read them: sent from here, they would be
    kept as this PC's reading (and its office's, for a page the sending office read)."""
    with store.db.session() as s:
        if get_setting(s, "sync.epoch") == get_setting(s, EPOCH_KEY):
            return
    with store.db.write() as s:
        epoch, known = get_setting(s, "sync.epoch"), get_setting(s, EPOCH_KEY)
        if known:
            s.execute(update(OcrPage).where(OcrPage.taken.is_(False)).values(shared=False))
        set_setting(s, CURSOR_KEY, "0")
        set_setting(s, EPOCH_KEY, epoch)


def _waiting(store: OfficeStore, limit: int, unsent: Collection[str] | None = None) -> list[tuple[OcrPage, int]]:
    """At most `limit` pages read here and not sent yet, of scans the server holds whole: uploaded by this PC or
    downloaded (online sync), or, for a USB bundle, any scan but those of the changes still `unsent` (the bundle
    carries the scans of the changes it carries; the server has those of the changes it acknowledged)."""
    with store.db.session() as s:
        if unsent is None:
            on_server = OcrPage.blob_hash.in_(select(BlobSync.hash).where(BlobSync.state == "done"))
        else:
            on_server = OcrPage.blob_hash.not_in(list(unsent))
        rows = s.execute(
            select(OcrPage, OcrFile.pages)
            .join(OcrFile, OcrFile.blob_hash == OcrPage.blob_hash)
            .where(OcrPage.shared.is_(False), on_server)
            .order_by(OcrPage.blob_hash, OcrPage.page)
            .limit(limit)
        ).all()
        return [(page, pages) for page, pages in rows]


def _wire(page: OcrPage, pages: int) -> dict[str, Any] | None:
    """One page as it travels; None when it is too long to share (a PDF's huge text layer: other PCs read it)."""
    if len(page.text) > MAX_PAGE_CHARS or len(page.other_text) > MAX_PAGE_CHARS:
        return None
    return {
        "hash": page.blob_hash,
        "pages": max(pages, page.page + 1),
        "page": page.page,
        "text": page.text,
        "other": page.other_text,
        "confidence": max(-1.0, min(100.0, page.confidence)),
        "source": page.source if page.source in ("ocr", "layer") else "ocr",
        "reader": page.reader,
    }


def _mark_sent(session: Session, pages: Iterable[tuple[str, int, int]]) -> None:
    """The server has these pages (hash, page, reader): the same reading only, as a page read again meanwhile
    goes with the next sync."""
    for blob_hash, number, reader in pages:
        session.execute(
            update(OcrPage)
            .where(OcrPage.blob_hash == blob_hash, OcrPage.page == number, OcrPage.reader == reader)
            .values(shared=True)
        )


def _send(
    store: OfficeStore, transport: HttpTransport, report: ScanTextReport, budget: int | None, stop: Callable[[], bool]
) -> None:
    """Requests of `PUSH_PAGES` pages until none waits, `SYNC_PAGES` went, `budget` bytes went (None: no bound) or
    the sync is cancelled. A page dealt with is marked sent at once: a stop loses nothing."""
    left, start = SYNC_PAGES, transport.bytes_sent
    while left > 0 and not stop() and (budget is None or transport.bytes_sent - start < budget):
        batch = _waiting(store, min(PUSH_PAGES, left))
        if not batch:
            return
        readings, sent = _request(batch, PUSH_CHARS)
        left -= len(sent)
        refused: set[str] = set()
        if readings:
            answer = transport.scan_text_push(readings)
            refused = {r.hash for r in answer.results if r.status == "refused"}
        with store.db.write() as s:
            _mark_sent(s, [(p.blob_hash, p.page, p.reader) for p in sent])
        report.sent += sum(1 for r in readings if r["hash"] not in refused)
        report.refused += sum(1 for r in readings if r["hash"] in refused)


def _request(batch: list[tuple[OcrPage, int]], max_chars: int) -> tuple[list[dict[str, Any]], list[OcrPage]]:
    """The readings of the first pages of `batch` up to `max_chars` characters, and the pages they deal with."""
    readings: list[dict[str, Any]] = []
    chars = 0
    sent: list[OcrPage] = []
    for page, pages in batch:
        wire = _wire(page, pages)
        if wire is not None:
            size = len(page.text) + len(page.other_text)
            if readings and chars + size > max_chars:
                break
            readings.append(wire)
            chars += size
        sent.append(page)  # a page too long to share is dealt with too: never tried again
    return readings, sent


def _take(
    store: OfficeStore, transport: HttpTransport, report: ScanTextReport, budget: int | None, stop: Callable[[], bool]
) -> None:
    """Requests of `PULL_LIMIT` readings after the cursor until the server has no more, `SYNC_PAGES` came, `budget`
    bytes came (None: no bound) or the sync is cancelled. Each answer's pages and the cursor past them are saved in
    one transaction: a stop loses nothing, and the next sync takes the rest."""
    left, start = SYNC_PAGES, transport.bytes_received
    while left > 0 and not stop() and (budget is None or transport.bytes_received - start < budget):
        cursor = bundle_cursor(store)
        answer = transport.scan_text_pull(cursor, READER_VERSION, min(PULL_LIMIT, left))
        left -= len(answer.readings)
        with store.db.write() as s:  # the readings and the cursor that covers them, in one transaction
            for reading in answer.readings:
                report.received += _keep(s, reading)
            set_setting(s, CURSOR_KEY, str(answer.next))
        if not answer.more or answer.next <= cursor:
            return


def _keep(session: Session, reading: PulledReading) -> int:
    """Save one page another PC read, as if read here (the reader then skips it); 1 if it was saved."""
    if reading.reader < READER_VERSION or reading.page >= reading.pages:
        return 0
    state = session.get(OcrFile, reading.hash)
    if state is None:
        ocr_store.start_file(session, reading.hash, reading.pages)
    elif state.pages < reading.pages:
        state.pages = reading.pages
    read = PageText(reading.text, reading.confidence, reading.other)
    source = reading.source if reading.source in ("ocr", "layer") else "ocr"
    if ocr_store.save_page(session, reading.hash, reading.page, read, source, reading.reader, shared=True):
        return 1
    # This PC read the page too, with the same reader: the office's PCs get the reading the server has already.
    _mark_sent(session, [(reading.hash, reading.page, reading.reader)])
    return 0


def bundle_part(store: OfficeStore, unsent: Collection[str]) -> bytes | None:
    """The part `scan_text.json.zst` of this PC's USB bundle: the pages it read and has not sent (at most
    `BUNDLE_PAGES` and `BUNDLE_CHARS`; the rest go in the next bundle), but of the scans `unsent` (of changes the
    server does not have, not in this bundle); None when there is none. They are marked sent when the return bundle
    says the server took them; a page too long to share is marked at once (never offered again, so such pages never
    fill a bundle's places)."""
    readings, dealt = _request(_waiting(store, BUNDLE_PAGES, unsent), BUNDLE_CHARS)
    carried = {(r["hash"], r["page"]) for r in readings}
    too_long = [(p.blob_hash, p.page, p.reader) for p in dealt if (p.blob_hash, p.page) not in carried]
    if too_long:
        with store.db.write() as s:
            _mark_sent(s, too_long)
    if not readings:
        return None
    return zstandard.ZstdCompressor(level=10).compress(json.dumps({"readings": readings}, ensure_ascii=False).encode())


def bundle_cursor(store: OfficeStore) -> int:
    """The position of the last reading taken from the server (online or in a return bundle)."""
    with store.db.session() as s:
        return _cursor(s)


def _cursor(session: Session) -> int:
    return int(get_setting(session, CURSOR_KEY, "0") or 0)


def take_bundle_part(session: Session, packed: bytes | None) -> int:
    """A return bundle's part `scan_text.json.zst`: the pages the server took from this PC's bundle are marked sent,
    the readings it brings are kept as if read here, and the cursor moves on; in the caller's transaction. Returns
    the pages taken."""
    if packed is None:
        return 0
    try:
        data = json.loads(inflate(packed, 1 << 30))
    except (zstandard.ZstdError, ValueError, RecursionError):
        return 0  # sealed by the server but not readable: the next bundle or sync brings it
    if not isinstance(data, dict):
        return 0
    _mark_sent(session, _triples(data.get("sent")))
    taken = 0
    for item in data.get("readings", []):
        try:
            taken += _keep(session, PulledReading.model_validate(item))
        except ValidationError:
            continue
    following = data.get("next")
    if isinstance(following, int) and following > _cursor(session):
        set_setting(session, CURSOR_KEY, str(following))
    return taken


def _triples(given: object) -> Iterable[tuple[str, int, int]]:
    """[hash, page, reader] entries as the server wrote them; anything else is passed over."""
    for item in given if isinstance(given, list) else []:
        if isinstance(item, list) and len(item) == 3:
            blob_hash, page, reader = item
            if isinstance(blob_hash, str) and isinstance(page, int) and isinstance(reader, int):
                yield blob_hash, page, reader
