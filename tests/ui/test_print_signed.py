"""*Print signed letter…* in the letter view of a real demo office: the printable copy is made in a worker, saved as a
PDF (every page stamped, the QR readable), printed to a PDF printer, and the code on the paper opens the letter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from eoffice_desktop.core.demo.signatures import DEMO_KEY_PASSPHRASE
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import viewer_of
from eoffice_desktop.core.registry.letterform import LetterForm
from eoffice_desktop.core.registry.register import register_letter
from eoffice_desktop.core.signing.letters import sign_letter
from eoffice_desktop.core.storage.models import User
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.print_signed import PrintSignedDialog
from eoffice_shared.signing.keys import KeyStore, default_key_folder
from eoffice_shared.signing.vcode import qr_matrix
from tests.core.signing.test_printed_letter import letter_pdf, page_texts, read_qr


@pytest.fixture
def window(qtbot, app, demo_store: OfficeStore) -> MainWindow:  # type: ignore[no-untyped-def]
    with demo_store.db.session() as s:
        user = s.scalars(select(User).where(User.username == "admin")).one()
        viewer, name = viewer_of(s, user.id), user.display_name
    main = MainWindow(demo_store, demo_store.actor(user.id), viewer, name)
    qtbot.addWidget(main)
    return main


def _letter(store: OfficeStore, window: MainWindow, tmp_path: Path, sign: bool) -> str:
    pdf = tmp_path / f"letter-{sign}.pdf"
    pdf.write_bytes(letter_pdf([(200, 0), (40, 0)]))
    form = LetterForm(direction="in", register_date=date.today(), sender_name="ກະຊວງ ການເງິນ", subject="ແຈ້ງການ ພິມ")
    form.attachments = [pdf]
    letter_id = register_letter(store, window.actor, form).letter_id
    if sign:
        identity = KeyStore(default_key_folder(store.data_dir.root)).unlock(window.actor.user_id, DEMO_KEY_PASSPHRASE)
        sign_letter(store, window.actor, letter_id, identity)
    return letter_id


def test_print_signed_letter_saves_a_stamped_pdf_and_prints(
    qtbot, window: MainWindow, demo_store: OfficeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    unsigned = _letter(demo_store, window, tmp_path, sign=False)
    view.show_letter(unsigned)
    assert not view.print_signed.isEnabled()
    letter_id = _letter(demo_store, window, tmp_path, sign=True)
    view.show_letter(letter_id)
    assert view.print_signed.isEnabled()

    view.print_signed.trigger()
    dialog = view.print_dialog
    assert isinstance(dialog, PrintSignedDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20000)
    assert dialog.printed is not None and dialog.printed.pages == 2
    [code] = dialog.printed.codes
    assert code in dialog.facts.text() and dialog.page.pixmap().width() > 100

    # Save as PDF: the file dialog is the operating system's, so its answer is given here.
    target = tmp_path / "out" / "signed copy"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save_button.click()
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(lambda: "Saved" in dialog.facts.text(), timeout=10000)
    texts = page_texts(saved.read_bytes())
    assert len(texts) == 2 and all(code in text for text in texts)
    assert read_qr(saved.read_bytes(), 1, len(qr_matrix(code))) == qr_matrix(code)

    # Print: a PDF printer stands for the one chosen in the print dialog.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    dialog.send(printer)
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.facts.text(), timeout=30000)
    printed = pdfium.PdfDocument(str(tmp_path / "printer.pdf"))
    assert len(printed) == 2
    printed.close()
    dialog.reject()

    # The code as printed on the paper, typed into the search box, opens the letter on its Signatures tab.
    view.show_letter(unsigned)
    window.search.setText(code.lower().replace("-", " "))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert view.detail is not None and view.detail.letter.id == letter_id
    assert view.tabs.currentWidget() is view.signatures


def test_damaged_pdf_gets_a_plain_message(qtbot, window: MainWindow, demo_store: OfficeStore, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    letter_id = _letter(demo_store, window, tmp_path, sign=True)
    with demo_store.db.session() as s:
        from eoffice_desktop.core.storage.models import Attachment

        [attachment] = [a for a in s.scalars(select(Attachment).where(Attachment.letter_id == letter_id))]
        path = demo_store.blobs.path_of(attachment.blob_hash)
    path.chmod(0o644)
    path.write_bytes(b"%PDF-1.4 damaged on this PC")
    window.view.show_letter(letter_id)
    window.view.print_signed.trigger()
    dialog = window.view.print_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=20000)
    assert "is missing or damaged on this PC" in dialog.facts.text() and attachment.filename in dialog.facts.text()
    assert not dialog.save_button.isEnabled()
