"""Reading scans from the window: a scan attached becomes findable by a word only in the scan, the status bar shows
the reading, and with OCR turned off in the settings no worker runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog

from eoffice_desktop.core.demo.build import generate_demo
from eoffice_desktop.core.ocr.engine import tesseract_program
from eoffice_desktop.core.office import open_store
from eoffice_desktop.core.search.query import SearchQuery, search_letters
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.register_model import COLUMNS
from eoffice_desktop.ui.scan_sample import draw_page, encode
from eoffice_desktop.ui.search_highlight import MARK
from eoffice_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import clerk_of

pytestmark = pytest.mark.skipif(tesseract_program() is None, reason="Tesseract is not installed")


@pytest.fixture
def window(qtbot, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "office")
    generate_demo(store, 8, attachment_share=0.0, routed=0)
    actor, viewer, name = clerk_of(store)
    win = MainWindow(store, actor, viewer, name)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.runner.wait()
    store.close()


def found(win: MainWindow, words: str) -> list[str]:
    with win.store.db.session() as s:
        return [r.id for r in search_letters(s, SearchQuery(text=words), viewer=win.viewer)]


def test_a_scan_attached_in_the_window_becomes_findable_by_a_word_only_in_it(qtbot, window, tmp_path, monkeypatch):
    assert window.ocr_status.worker.alive
    scan = tmp_path / "scan.png"
    scan.write_bytes(encode(draw_page(["ກອງປະຊຸມ Reforestation programme", "ເຊີນເຂົ້າຮ່ວມ"], width_in=6)))
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert found(window, "Reforestation") == []
    window.table.selectRow(0)
    letter_id = window.selected_letter()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(scan)], "")))
    window.view.add_attachment_button.click()

    qtbot.waitUntil(lambda: found(window, "Reforestation") == [letter_id], timeout=120_000)
    assert window.store.blobs.verify(f"sha256:{digest}")
    assert hashlib.sha256(window.store.blobs.path_of(f"sha256:{digest}").read_bytes()).hexdigest() == digest
    qtbot.waitUntil(lambda: not window.ocr_status.label.isVisible(), timeout=30_000)

    # The results say the letter was found through its scan.
    window.search.setText("Reforestation")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.row_at(0).id == letter_id, timeout=10_000)
    subject = window.model.index(0, [c[0] for c in COLUMNS].index("subject"))
    assert "Found in the text read from its scan." in window.model.data(subject, Qt.ItemDataRole.ToolTipRole)

    # The letter's scan view shows the text read beside the preview, copyable, the searched word marked.
    window.view.show_letter(letter_id)
    window.view.attachments.setCurrentRow(0)
    pane = window.view.scan_text
    qtbot.waitUntil(lambda: not pane.isHidden(), timeout=10_000)  # (the text is read on the reader pool)
    assert "Reforestation" in pane.text.toPlainText()
    assert pane.text.isReadOnly() and pane.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    start = pane.text.toPlainText().index("Reforestation")
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(start + 1)
    assert cursor.charFormat().background().color() == MARK


def test_turning_ocr_off_in_the_settings_stops_the_worker(qtbot, window):
    assert window.ocr_status.worker.alive
    dialog = SettingsDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert dialog.read_scans.isChecked()
    dialog.read_scans.setChecked(False)
    dialog.save()
    window.ocr_status.apply_setting()
    qtbot.waitUntil(lambda: not window.ocr_status.worker.alive, timeout=30_000)

    window.ocr_status.start()
    assert not window.ocr_status.worker.alive  # it stays off across starts until turned on again


def test_the_window_offers_once_to_read_the_scans_stored_before(qtbot, app, tmp_path: Path):
    store = open_store(tmp_path / "old")
    generate_demo(store, 6, attachment_share=1.0, routed=0)  # an office upgraded with scans already stored
    actor, viewer, name = clerk_of(store)
    try:
        win = MainWindow(store, actor, viewer, name)
        qtbot.addWidget(win)
        win.show()
        status = win.ocr_status
        assert status.offer.isVisible() and status.read_old.isVisible()
        assert status.worker.reader.progress().idle  # until answered, only new scans are read
        status.leave_old.click()
        assert not status.offer.isVisible()
        win.close()

        again = MainWindow(store, actor, viewer, name)
        qtbot.addWidget(again)
        again.show()
        assert not again.ocr_status.offer.isVisible()  # asked once
        again.close()
    finally:
        store.close()
