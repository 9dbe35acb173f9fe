"""Reading stored scans a page at a time: `read_next_page` for the `eoffice ocr` command, `OcrWorker` for the app
(one low-priority thread, pausable, that picks up where it stopped after a restart)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import OcrUnavailable, PageText, check_available, recognise
from eoffice_desktop.core.ocr.pages import count_pages, page_of

if TYPE_CHECKING:
    from eoffice_desktop.core.office import OfficeStore

IDLE_SECONDS = 30.0  # how often an idle worker looks for scans that arrived by sync


class ScanReader:
    """Reads the next unread page of the newest waiting scan; keeps the file being read in memory between pages.

    With `everything` it reads every stored scan (the command); without, only what the office agreed to (the app).
    """

    def __init__(self, store: OfficeStore, everything: bool = True) -> None:
        self.store = store
        self.everything = everything
        self._file: tuple[str, bytes] | None = None
        self._read = 0  # pages read since the reader last found nothing to do

    def _since(self, session: Session) -> datetime | None:
        return None if self.everything else ocr_store.reading_since(session)

    def _data(self, blob_hash: str) -> bytes:
        if self._file is None or self._file[0] != blob_hash:
            self._file = (blob_hash, self.store.blobs.read(blob_hash))
        return self._file[1]

    def read_next_page(self) -> bool:
        """Read one page and commit it; False when no scan waits (scans not yet downloaded are left for later)."""
        with self.store.db.session() as s:
            waiting = [(h, m) for h, m in ocr_store.waiting_files(s, since=self._since(s)) if self.store.blobs.has(h)]
            if not waiting:
                self._read = 0
                return False
            blob_hash, media_type = waiting[0]
            pages = ocr_store.file_pages(s, blob_hash)
            page = ocr_store.next_page(s, blob_hash)
        try:
            opened = self._file is not None and self._file[0] == blob_hash
            data = self._data(blob_hash)
            if pages is None or not opened:  # counted here: a count that came by sync with the text is the sender's
                counted = count_pages(data, media_type)
                if counted != pages:
                    pages = counted
                    with self.store.db.write() as s:
                        ocr_store.start_file(s, blob_hash, pages)
            if page >= pages:
                with self.store.db.write() as s:
                    ocr_store.finish_file(s, blob_hash)
                return True
            found = page_of(data, media_type, page)
            read = PageText(found.text, -1.0) if found.text is not None else recognise(found.image, found.suffix)
        except OcrUnavailable:
            raise
        except Exception as exc:  # a damaged scan (PDFium or the reader refuses it) is skipped, not retried forever
            with self.store.db.write() as s:
                ocr_store.fail_file(s, blob_hash, str(exc)[:500] or type(exc).__name__)
            return True
        with self.store.db.write() as s:
            ocr_store.save_page(s, blob_hash, page, read, "layer" if found.text is not None else "ocr")
        self._read += 1
        return True

    def progress(self) -> ocr_store.Progress:
        """Pages read in this run of work, of those plus the pages still to read (a file not opened yet counts as
        one page until it is: counting a PDF's pages means reading it)."""
        with self.store.db.session() as s:
            left = ocr_store.progress(s, since=self._since(s))
        if left.idle:
            return left
        return ocr_store.Progress(done=self._read, total=self._read + left.total - left.done, files=left.files)


class OcrWorker:
    """One background thread that reads scans while OCR is on; `pause`/`resume` hold it between pages, `wake`
    makes it look for new scans at once (after an attachment), `stop` ends it after the current page."""

    def __init__(
        self,
        store: OfficeStore,
        on_progress: Callable[[ocr_store.Progress], None] | None = None,
        on_unavailable: Callable[[str], None] | None = None,
    ) -> None:
        self.reader = ScanReader(store, everything=False)
        self.store = store
        self.on_progress = on_progress
        self.on_unavailable = on_unavailable
        self._running = threading.Event()
        self._running.set()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def start(self) -> bool:
        """Start the thread if OCR is on for this office; False (and no thread) if it is off."""
        with self.store.db.session() as s:
            if not ocr_store.ocr_enabled(s):
                return False
        if not self.alive:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="eoffice-ocr", daemon=True)
            self._thread.start()
        return True

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()
        self._wake.set()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        self._stop.set()
        self._running.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _report(self) -> None:
        if self.on_progress is None:
            return
        try:
            self.on_progress(self.reader.progress())
        except Exception:  # the window is closing (its signal is gone) or the database is busy: report next page
            return

    def _run(self) -> None:
        try:
            check_available()
        except OcrUnavailable as exc:
            if self.on_unavailable is not None:
                self.on_unavailable(str(exc))
            return
        self._report()
        while not self._stop.is_set():
            self._running.wait()
            if self._stop.is_set():
                break
            try:
                read = self.reader.read_next_page()
            except OcrUnavailable as exc:
                if self.on_unavailable is not None:
                    self.on_unavailable(str(exc))
                return
            except Exception:  # the database is busy or closing: try again later, never take the app down
                read = False
            self._report()
            if not read:
                self._wake.wait(IDLE_SECONDS)
                self._wake.clear()
