"""Printouts are seen before they are printed, and a PDF is saved and given back its Lao text off the GUI thread: the
window stays responsive while the first mending (most of a second on an old PC) runs."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.ui.test_printed_lao_text import MINUTE, SUBJECT, _documents, _text_of
from tests.ui.test_routing_walk import _sign_in


def test_a_pdf_is_saved_and_mended_on_a_worker_thread(qtbot, app, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui import printing
    from eoffice_desktop.ui.print_preview import PrintPreview
    from eoffice_desktop.ui.tasks import TaskRunner

    on_gui_thread: list[bool] = []
    mend = printing.mend_glyph_text

    def watched(path: Path) -> int:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return mend(path)

    monkeypatch.setattr(printing, "mend_glyph_text", watched)
    document, _ = _documents()["slip"]
    runner = TaskRunner()
    preview = PrintPreview(document, "Routing slip", "slip.pdf", runner)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.pages.pageCount() == 1 and preview.print_button.isDefault()
    preview.save_pdf(tmp_path / "slip")  # (".pdf" is added)
    runner.wait()
    qtbot.waitUntil(lambda: not preview.findChildren(QProgressDialog), timeout=10000)
    assert on_gui_thread == [False]
    text = _text_of(tmp_path / "slip.pdf")
    assert SUBJECT in text and MINUTE in text  # mended as before: the marks' text is there
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slip.pdf"]  # no half-written file left


def test_a_failed_save_is_said_in_one_sentence(qtbot, app, tmp_path: Path, quiet_message_boxes) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.ui.printing import print_document
    from eoffice_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    document, _ = _documents()["history"]
    assert print_document(document, pdf=tmp_path / "no-such-folder" / "history.pdf", runner=runner)
    runner.wait()
    qtbot.waitUntil(lambda: bool(quiet_message_boxes), timeout=10000)
    title, text = quiet_message_boxes[-1]
    assert title == "Save as PDF" and text.startswith("The PDF could not be saved:") and "Traceback" not in text


def test_print_slip_opens_the_preview(qtbot, app, demo_store) -> None:  # type: ignore[no-untyped-def]
    from eoffice_desktop.core.storage.models import Letter

    clerk = _sign_in(qtbot, demo_store, "clerk")
    clerk.show()
    with demo_store.db.session() as s:
        letter_id = s.query(Letter.id).filter(Letter.direction == "in").first()[0]
    clerk.select_letter(letter_id)
    qtbot.waitUntil(lambda: clerk.view.detail is not None, timeout=10000)
    clerk.view.print_slip.trigger()
    qtbot.waitUntil(lambda: clerk.view.print_preview is not None, timeout=10000)  # (the slip is read on the pool)
    preview = clerk.view.print_preview
    qtbot.waitExposed(preview)
    assert preview.pages.pageCount() >= 1 and preview.windowTitle() == "Routing slip"
    assert preview.name.startswith("slip-") and preview.name.endswith(".pdf") and "/" not in preview.name
    preview.reject()
    QApplication.processEvents()
    clerk.runner.wait()


def test_a_pdf_the_drive_cannot_take_leaves_no_half_file(tmp_path: Path) -> None:
    """The drive refuses the file partway (here the file-size limit of the process, as a FAT32 stick refuses a file
    past 4 GB): no half-written file is left beside the chosen name. In a process of its own (the limit is the
    process's)."""
    import os
    import subprocess
    import sys

    script = (
        "import resource, signal, sys, pathlib\n"
        "from eoffice_desktop.ui.printing import save_pdf\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))\n"
        "try:\n"
        "    save_pdf(b'%PDF-1.4 ' + bytes(64 * 1024), pathlib.Path(sys.argv[1]) / 'history.pdf')\n"
        "except OSError as exc:\n"
        "    print('refused', exc.errno)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.startswith("refused"), run.stdout + run.stderr[-2000:]
    assert list(tmp_path.iterdir()) == []
