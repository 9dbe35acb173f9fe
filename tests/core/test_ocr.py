"""Reading scans: a word only in the scan finds the letter, the original stays byte for byte, a power cut in the
middle of a page resumes without losing the pages read, and OCR turned off runs no worker."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from eoffice_desktop.core import projections
from eoffice_desktop.core.demo.files import demo_pdf
from eoffice_desktop.core.ocr import store as ocr_store
from eoffice_desktop.core.ocr.engine import tesseract_program
from eoffice_desktop.core.ocr.lines import lao_share
from eoffice_desktop.core.ocr.worker import OcrWorker, ScanReader
from eoffice_desktop.core.office import open_store, setup_office
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.search.index import reindex
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.core.storage.models import Attachment, OcrFile

pytestmark = pytest.mark.skipif(tesseract_program() is None, reason="Tesseract is not installed")
TODAY = date(2026, 3, 10)
ROOT = Path(__file__).resolve().parents[2]


def scan_png(tmp_path: Path, lines: list[str], name: str = "scan.png") -> Path:
    from eoffice_desktop.ui.scan_sample import draw_page, encode

    path = tmp_path / name
    path.write_bytes(encode(draw_page(lines, width_in=6)))
    return path


def register_with(store, actor, scan: Path, subject: str = "ໜັງສືທົ່ວໄປ") -> str:
    form = LetterForm(direction="in", register_date=TODAY, sender_name="ກະຊວງການເງິນ", subject=subject)
    form.attachments = [scan]
    return register_letter(store, actor, form, today=TODAY).letter_id


def found(store, words: str) -> list[str]:
    with store.db.session() as s:
        return [r.id for r in search_letters(s, SearchQuery(text=words), today=TODAY)]


def read_all(store) -> int:
    reader = ScanReader(store)
    pages = 0
    while reader.read_next_page():
        pages += 1
    return pages


def test_a_word_only_in_the_scan_finds_the_letter_and_the_original_is_unchanged(qapp, store, clerk, tmp_path):
    scan = scan_png(tmp_path, ["ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານ", "Quarterly electrification report"])
    before = hashlib.sha256(scan.read_bytes()).hexdigest()
    letter_id = register_with(store, clerk, scan)
    assert found(store, "electrification") == []

    assert read_all(store) == 1
    assert found(store, "electrification") == [letter_id]
    assert found(store, "ງົບປະມານ") == [letter_id]
    with store.db.session() as s:
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        (page,) = ocr_store.page_texts(s, blob)
        assert page.source == "ocr" and 0 < page.confidence <= 100
        assert ocr_store.progress(s).idle
    with store.db.session() as s:  # results say the letter was found through its scan, not through its subject
        assert ocr_store.found_in_scans(s, [letter_id], "electrification") == {letter_id}
        assert ocr_store.found_in_scans(s, [letter_id], "ໜັງສືທົ່ວໄປ") == set()
    assert blob == f"sha256:{before}"
    assert hashlib.sha256(store.blobs.path_of(blob).read_bytes()).hexdigest() == before
    assert store.blobs.verify(blob)

    with store.db.write() as s:  # a full rebuild of the index keeps the scan's text
        reindex(s)
    assert found(store, "electrification") == [letter_id]
    with store.db.write() as s:  # and so does folding the log again (eoffice reindex --from-log)
        projections.rebuild(s)
    assert found(store, "electrification") == [letter_id]
    with store.db.write() as s:
        reindex(s)
    assert found(store, "electrification") == [letter_id]


def test_a_pdf_with_a_text_layer_is_read_not_recognised(store, clerk, tmp_path):
    pdf = tmp_path / "typed.pdf"
    pdf.write_bytes(demo_pdf("Memorandum on provincial irrigation budgets"))
    letter_id = register_with(store, clerk, pdf)
    assert read_all(store) == 1
    with store.db.session() as s:
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        (page,) = ocr_store.page_texts(s, blob)
    assert page.source == "layer" and page.confidence == -1
    assert found(store, "irrigation") == [letter_id]


def test_the_same_scan_attached_again_is_findable_at_once(qapp, store, clerk, tmp_path):
    scan = scan_png(tmp_path, ["Hydropower concession review"])
    first = register_with(store, clerk, scan)
    read_all(store)
    second = register_with(store, clerk, scan, subject="ສຳເນົາ")
    assert sorted(found(store, "Hydropower")) == sorted([first, second])


def test_a_damaged_scan_is_set_aside_and_the_others_are_read(qapp, store, clerk, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n this is not a real pdf")
    register_with(store, clerk, broken)
    good = register_with(store, clerk, scan_png(tmp_path, ["Malaria prevention campaign"]))
    read_all(store)
    assert found(store, "Malaria") == [good]
    with store.db.session() as s:
        states = sorted(s.scalars(select(OcrFile.state)))
    assert states == ["done", "failed"]


def test_progress_counts_the_pages_of_the_current_work(qapp, store, clerk, tmp_path):
    from eoffice_desktop.ui.scan_sample import draw_page, scan_pdf

    scan = tmp_path / "two.pdf"
    scan.write_bytes(scan_pdf([draw_page(["Irrigation"]), draw_page(["Drainage"])]))
    register_with(store, clerk, scan)
    reader = ScanReader(store)
    assert reader.progress() == ocr_store.Progress(done=0, total=1, files=1)  # not opened yet: one page
    assert reader.read_next_page()
    assert reader.progress() == ocr_store.Progress(done=1, total=2, files=1)  # "reading scans: 1 of 2 pages"
    assert reader.read_next_page()
    assert reader.progress().idle
    assert reader.read_next_page() is False
    assert found(store, "Drainage") == found(store, "Irrigation") != []


def test_ocr_turned_off_runs_no_worker(store, clerk):
    with store.db.write() as s:
        ocr_store.set_ocr_enabled(s, False)
    worker = OcrWorker(store)
    assert worker.start() is False
    assert not worker.alive
    with store.db.write() as s:
        ocr_store.set_ocr_enabled(s, True)
    assert worker.start() is True
    assert worker.alive
    worker.stop(timeout=30)
    assert not worker.alive


def test_without_the_text_reader_the_worker_says_so_and_marks_no_scan_failed(qapp, store, clerk, tmp_path, monkeypatch):
    register_with(store, clerk, scan_png(tmp_path, ["Timber permits"]))
    monkeypatch.setenv("EOFFICE_TESSERACT", str(tmp_path / "no-such-program"))
    said: list[str] = []
    worker = OcrWorker(store, on_unavailable=said.append)
    assert worker.start()
    worker.stop(timeout=30)
    assert said and "not installed" in said[0]
    with store.db.session() as s:
        assert s.scalars(select(OcrFile)).all() == []
        assert ocr_store.progress(s).files == 1  # still waiting for a PC that can read it


def _pages_saved(database: Path) -> dict[int, str]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        return dict(conn.execute("SELECT page, read_at FROM ocr_pages"))


def test_a_power_cut_in_the_middle_of_a_page_resumes_and_repeats_at_most_that_page(qapp, tmp_path):
    from eoffice_desktop.ui.scan_sample import draw_page, scan_pdf

    root = tmp_path / "office"
    store = open_store(root)
    actor = setup_office(store, "ທດລ", "ຫ້ອງການທົດລອງ", "Test office", "admin", "Admin", "password-1")
    body = ["ບົດລາຍງານຜົນການປະຕິບັດແຜນການ 6 ເດືອນຕົ້ນປີ 2026"] * 12
    pages = [draw_page([f"Page {n} turbine"] + body) for n in range(3)]
    scan = tmp_path / "three.pdf"
    scan.write_bytes(scan_pdf(pages))
    letter_id = register_with(store, actor, scan)
    store.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "eoffice_desktop", "ocr", "--data-dir", str(root)]
    run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    database = root / "eoffice.sqlite"
    while run.poll() is None and not (database.exists() and _pages_saved(database)):
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGKILL)  # the power cut: the reader and its Tesseract die mid-page
    run.wait()
    before = _pages_saved(database)
    assert 1 <= len(before) < 3, run.stderr.read().decode()

    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"reading scans: 1 of {3 - len(before)} pages" in done.stdout
    after = _pages_saved(database)
    assert sorted(after) == [0, 1, 2]
    assert {page: after[page] for page in before} == before  # pages read before the cut are not read again

    store = open_store(root)
    try:
        assert found(store, "turbine") == [letter_id]
        with store.db.session() as s:
            assert ocr_store.progress(s).idle
    finally:
        store.close()


def test_scans_stored_before_ocr_wait_for_the_offices_answer(qapp, store, clerk, tmp_path):
    old = register_with(store, clerk, scan_png(tmp_path, ["Cassava export figures"]))
    with store.db.write() as s:
        assert ocr_store.first_start(s) is True  # the upgrade: a scan is already stored
    background = ScanReader(store, everything=False)
    assert background.read_next_page() is False  # only scans added from now on
    assert background.progress().idle
    with store.db.write() as s:
        ocr_store.answer_old_scans(s, read=True)
        assert ocr_store.first_start(s) is False  # asked once
    assert background.read_next_page() is True
    assert found(store, "Cassava") == [old]


def test_a_new_office_is_never_asked_about_old_scans(store, clerk):
    with store.db.write() as s:
        assert ocr_store.first_start(s) is False
        assert ocr_store.reading_since(s) is None


def test_short_lao_lines_in_the_bundled_font_are_read_as_lao_and_found(qapp, store, clerk, tmp_path):
    # Tesseract alone reads such lines as Latin letters ("ud", "1", "+"); the app reads them again with the Lao model.
    from eoffice_desktop.ui.scan_sample import draw_page, encode

    lines = ["ແຈ້ງການ", "Ministry of Finance", "ສົ່ງອອກແລ້ວ", "ບໍ່ສຳເລັດ", "ຄຳສຳຄັນ", "ລອງໃໝ່"]
    scan = tmp_path / "short.png"
    scan.write_bytes(encode(draw_page(lines, point_size=12, width_in=6)))  # a letter's body size
    letter_id = register_with(store, clerk, scan)
    read_all(store)
    with store.db.session() as s:
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        (page,) = ocr_store.page_texts(s, blob)
    read = [line for line in page.text.splitlines() if line.strip()]
    assert len(read) == len(lines)
    for drawn, got in zip(lines, read, strict=True):
        assert lao_share(got) >= 0.9 if lao_share(drawn) else got == drawn, (drawn, got)
    assert found(store, "ແຈ້ງການ") == [letter_id]  # through the skeleton if a tone mark was misread
    assert found(store, "Finance") == [letter_id]


def test_a_page_count_that_came_by_sync_is_checked_against_the_file(qapp, store, clerk, tmp_path):
    """Text taken through sync says how many pages the sender counted; the reader counts the file itself, so a
    wrong count neither leaves pages unread nor marks the scan failed."""
    from eoffice_desktop.core.ocr.engine import PageText

    scan = scan_png(tmp_path, ["Quarterly electrification report"])
    letter_id = register_with(store, clerk, scan)
    with store.db.write() as s:
        blob = s.scalar(select(Attachment.blob_hash).where(Attachment.letter_id == letter_id))
        ocr_store.start_file(s, blob, 3)  # the sender said 3 pages; the file has 1
        ocr_store.save_page(s, blob, 0, PageText("Quarterly electrification report", 90.0), "ocr", shared=True)
    assert ScanReader(store).read_next_page() is True  # counted: nothing is left to read
    with store.db.session() as s:
        state = s.get(OcrFile, blob)
        assert state is not None and (state.state, state.pages) == ("done", 1)
    assert ScanReader(store).read_next_page() is False
    assert found(store, "electrification") == [letter_id]
