"""*Print signed letter…*: the printable copy (each PDF stamped with the verification code and QR, or a cover page) is
made in a worker, shown, then sent to a printer or saved as a PDF file - also in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.documents.pdfium_lock import with_pdfium
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.signing.printed import PrintedLetter, PrintRefused, print_signed_letter
from eoffice_desktop.ui import core_messages
from eoffice_desktop.ui.drive_words import file_error
from eoffice_desktop.ui.preview import render_pdf_page
from eoffice_desktop.ui.tasks import Job, TaskRunner

PREVIEW_WIDTH = 360
PRINT_DPI = 300


@with_pdfium
def print_pdf(data: bytes, printer: QPrinter, job: Job | None = None) -> int:
    """Paint every page of `data` on `printer`, each rendered at the printer's resolution; runs in a worker (Qt
    allows painting on a QPrinter outside the GUI thread). Returns the number of pages sent."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    painter = QPainter()
    try:
        pages = len(document)
        if not painter.begin(printer):
            raise OSError("The printer could not be opened.")
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(pages):
            if job is not None and job.cancelled:
                break
            if index:
                printer.newPage()
            page = document[index]
            fit = min(target.width() / page.get_width(), target.height() / page.get_height())  # device px per pt
            # Rendered at no more than PRINT_DPI (a 1200 dpi page is 140 MB), then scaled by the printer.
            bitmap = page.render(scale=min(fit, PRINT_DPI / 72), rev_byteorder=True)
            kind = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, kind).copy()
            painter.drawImage(QRectF(0, 0, page.get_width() * fit, page.get_height() * fit), image)
            bitmap.close()
            page.close()
            if job is not None:
                job.signals.progress.emit(index + 1, pages)
        return pages
    finally:
        if painter.isActive():
            painter.end()
        document.close()


class PrintSignedDialog(QDialog):
    def __init__(
        self, store: OfficeStore, runner: TaskRunner, letter_id: str, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.letter_id, self.number = store, runner, letter_id, number
        self.printed: PrintedLetter | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Print signed letter {number}").format(number=number))
        self.facts = QLabel(self.tr("Making the printable copy with the verification codes…"))
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 1.414))
        self.page.setStyleSheet("background:#888")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_copy)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.busy)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)
        self.resize(520, 760)
        self._make()

    # -- making the copy ---------------------------------------------------------------------------------------------
    def _make(self) -> None:
        store, letter_id = self.store, self.letter_id

        def work(job: Job) -> tuple[PrintedLetter, QImage]:
            printed = print_signed_letter(
                store,
                letter_id,
                progress=lambda done, total: job.signals.progress.emit(done, total),
                cancelled=lambda: job.cancelled,
            )
            image, _pages = render_pdf_page(printed.data, 0, PREVIEW_WIDTH)
            return printed, image

        self.job = self.runner.run(work, self._made, self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    def _made(self, result: tuple[PrintedLetter, QImage]) -> None:
        self.job = None
        self.printed, image = result
        self.busy.hide()
        self.page.setPixmap(QPixmap.fromImage(image))
        codes = ", ".join(self.printed.codes)
        if self.printed.stamped:
            text = self.tr(
                "Ready: {pages} page(s) from {files}. Every page carries the verification code(s) {codes} and the QR "
                "code at the bottom. The stored files are not changed."
            ).format(pages=self.printed.pages, files=", ".join(self.printed.stamped), codes=codes)
        else:
            text = self.tr(
                "This letter has no PDF file, so a cover page was made with its details and the verification "
                "code(s) {codes}. Print it and keep it with the paper letter."
            ).format(codes=codes)
        self.facts.setText(text)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.busy.hide()
        self.facts.setText(self.refusal(exc))

    def refusal(self, exc: BaseException) -> str:
        if isinstance(exc, PrintRefused) and exc.filename:
            if exc.code == "print_pdf_unreadable":
                return self.tr("The file {file} is not a readable PDF, so it cannot be printed.").format(
                    file=exc.filename
                )
            return self.tr("The file {file} is missing or damaged on this PC, so it cannot be printed.").format(
                file=exc.filename
            )
        return core_messages.refused_or(
            exc,
            "the copy to print could not be made",
            self.tr(
                "The copy to print could not be made from this PC's records. Close this window and try again; if it "
                "happens again, ask IT staff."
            ),
        )

    # -- printing and saving -----------------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self.printed is None:
            return
        suggested = f"{self.number.replace('/', '-')} signed.pdf"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if not target:
            return
        path = Path(target if target.lower().endswith(".pdf") else target + ".pdf")
        data = self.printed.data
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda job: path.write_bytes(data),
            lambda _n: self._finished(self.tr("Saved as {file}.").format(file=path)),
            self._failed_output,
        )

    def print_copy(self) -> None:
        if self.printed is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.send(printer)

    def send(self, printer: QPrinter) -> None:
        """Print on an already chosen printer (the print dialog's answer) in a worker, with progress."""
        assert self.printed is not None
        data = self.printed.data
        self.print_button.setEnabled(False)
        self.busy.setRange(0, self.printed.pages)
        self.busy.setValue(0)
        self.busy.show()
        self.job = self.runner.run(
            lambda job: print_pdf(data, printer, job),
            lambda pages: self._finished(self.tr("{pages} page(s) sent to the printer.").format(pages=pages)),
            self._failed_output,
            on_progress=self._progress,
        )
        self._printer = printer  # kept alive until the worker is done with it

    def _finished(self, text: str) -> None:
        self.job = None
        self.busy.hide()
        self.facts.setText(text)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed_output(self, exc: BaseException) -> None:
        core_messages.log_failure("the copy was not printed or saved", exc)
        self._finished(
            self.tr("Not done: {error}").format(error=file_error(exc))  # (a full or read-only drive, in words)
            if isinstance(exc, OSError)
            else self.tr(
                "Not done: the copy was not printed or saved. Check that the printer is on, or that the drive is "
                "still plugged in, then try again; if it happens again, ask IT staff."
            )
        )

    def reject(self) -> None:
        if self.job is not None:  # closing stops the work; the worker finishes the page it is on
            self.job.cancel()
            self.runner.wait()
        super().reject()
