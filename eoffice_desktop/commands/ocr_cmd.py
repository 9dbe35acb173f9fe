"""`eoffice ocr`: read the scans already stored (a page at a time, resumable) so their words are found by search.

Each page is committed on its own: stopping it (Ctrl+C, a power cut) and running it again repeats at most one page.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import OcrUnavailable, check_available
from eoffice_desktop.core.ocr.worker import ScanReader
from eoffice_desktop.core.office import open_store
from eoffice_shared.exits import NOT_FOUND, CommandFailed


def _ocr(args: argparse.Namespace, data_dir_of: Callable[[argparse.Namespace], Path]) -> int:
    try:
        check_available()
    except OcrUnavailable as exc:
        raise CommandFailed(str(exc), NOT_FOUND) from None
    store = open_store(data_dir_of(args))
    try:
        reader = ScanReader(store)
        with store.db.write() as s:
            ocr_store.first_start(s)
            ocr_store.answer_old_scans(s, read=True)  # the app need not ask any more
        start = reader.progress()
        if start.idle:
            print("No scan waits to be read.")
            return 0
        print(f"Reading scans: {start.files} files, {start.total - start.done} pages to read.", flush=True)
        pages = 0
        while (args.limit is None or pages < args.limit) and reader.read_next_page():
            pages += 1
            now = reader.progress()
            if not now.idle:
                left = f"{now.files} file left" if now.files == 1 else f"{now.files} files left"
                print(f"reading scans: {now.done} of {now.total} pages ({left})", flush=True)
        left = reader.progress()
        print(f"Done: {pages} pages read." + (f" {left.files} files still wait; run it again." if left.files else ""))
    finally:
        store.close()
    return 0


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[..., None],
    data_dir_of: Callable[[argparse.Namespace], Path],
) -> None:
    ocr = sub.add_parser("ocr", help="read the text of stored scans (Lao and English) so search finds it; resumable")
    add_data_dir(ocr)
    ocr.add_argument("--limit", type=_positive, help="stop after this many pages (run it again to go on)")
    ocr.set_defaults(func=lambda args: _ocr(args, data_dir_of))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("give at least 1 page")
    return value
