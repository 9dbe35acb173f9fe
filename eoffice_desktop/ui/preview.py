"""Attachment preview inside the app: PDF pages rendered with PDFium and images shown scaled, off the GUI thread.
The stored file is only read, never re-encoded."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from eoffice_desktop.core.documents.pdfium_lock import with_pdfium
from eoffice_desktop.ui.tasks import Job, TaskRunner

RENDER_WIDTH = 900


@with_pdfium
def render_pdf_page(data: bytes, page_number: int, width: int = RENDER_WIDTH) -> tuple[QImage, int]:
    """(image of one page, number of pages). Runs in a worker thread."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        pages = len(document)
        page = document[min(page_number, pages - 1)]
        scale = width / page.get_width()
        bitmap = page.render(scale=scale, rev_byteorder=True)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888,
        )
        return image.copy(), pages
    finally:
        document.close()


def load_image(data: bytes) -> tuple[QImage, int]:
    image = QImage()
    image.loadFromData(data)
    return image, 1


class PreviewPane(QWidget):
    page_shown = Signal(int)  # the page now on screen, from 0 (the scan's read text follows it)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data = b""
        self.media_type = ""
        self.page, self.pages = 0, 0
        self._job: Job | None = None
        self.image = QLabel(self.tr("Choose an attachment to see it here."))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.previous = QPushButton(self.tr("◀ Previous page"))
        self.next = QPushButton(self.tr("Next page ▶"))
        self.position = QLabel()
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addStretch(1)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(nav)
        self._update_nav()

    def show_file(self, data: bytes, media_type: str) -> None:
        self.data, self.media_type = data, media_type
        self.page, self.pages = 0, 0
        self.show_page(0)

    def clear(self) -> None:
        self.data = b""
        self.image.setPixmap(QPixmap())
        self.image.setText(self.tr("Choose an attachment to see it here."))
        self.pages = 0
        self._update_nav()

    def show_page(self, page: int) -> None:
        if not self.data or page < 0 or (self.pages and page >= self.pages):
            return
        if self._job is not None:
            self._job.cancel()
        self.image.setText(self.tr("Opening…"))
        data, media_type = self.data, self.media_type

        def work(job: Job) -> tuple[QImage, int, int]:
            image, pages = render_pdf_page(data, page) if media_type == "application/pdf" else load_image(data)
            return image, pages, page

        self._job = self.runner.run(work, self._shown, self._failed)

    def _shown(self, result: tuple[QImage, int, int]) -> None:
        image, pages, page = result
        self.page, self.pages = page, pages
        if image.isNull():
            self._failed(ValueError("empty image"))
            return
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > RENDER_WIDTH:
            pixmap = pixmap.scaledToWidth(RENDER_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)
        self._update_nav()
        self.page_shown.emit(page)

    def _failed(self, exc: BaseException) -> None:
        self.image.setPixmap(QPixmap())
        self.image.setText(self.tr("This file cannot be shown here. Save a copy and open it with another program."))
        self._update_nav()

    def _update_nav(self) -> None:
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page + 1 < self.pages)
        self.position.setText(
            self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=self.pages) if self.pages > 1 else ""
        )
