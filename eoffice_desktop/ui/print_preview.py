"""See a printout before it is printed: the routing slip, the history and the register book open as pages, with
*Print…* and *Save as PDF…* (saved and mended off the GUI thread, ui/printing.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from eoffice_desktop.ui.printing import print_document, printer_for
from eoffice_desktop.ui.tasks import TaskRunner


class PrintPreview(QDialog):
    """The pages of `document` as they will come out; `name` is the file name offered for a PDF."""

    def __init__(
        self,
        document: QTextDocument,
        title: str,
        name: str,
        runner: TaskRunner,
        landscape: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.name, self.runner, self.landscape = document, name, runner, landscape
        self.setWindowTitle(title)
        self.printer = printer_for(landscape)
        self.pages = QPrintPreviewWidget(self.printer, self)
        self.pages.paintRequested.connect(self._paint)
        self.pages.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setDefault(True)
        self.pdf_button = self.buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_pages)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(1000 if landscape else 820, 900)  # (fitted to the screen as it shows)
        self.print_button.setFocus()  # (Enter prints: the focused button is the one Enter presses)

    def _paint(self, printer: QPrinter) -> None:
        self.document.print_(printer)

    def _owner(self) -> QWidget:
        """Where the saving window and any message show: the window that asked, which outlives this one."""
        return self.parentWidget() or self

    def print_pages(self) -> None:
        if print_document(self.document, self._owner(), landscape=self.landscape, runner=self.runner):
            self.accept()

    def save_pdf(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), str(Path.home() / self.name), self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        print_document(self.document, self._owner(), pdf=path, landscape=self.landscape, runner=self.runner)
        self.accept()
