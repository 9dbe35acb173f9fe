"""Attachment preview inside the app: PDF pages rendered with PDFium and images shown scaled, off the GUI thread.
The stored file is only read, never re-encoded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
    """One attachment's page, as wide as the pane (a scan is read across its width; the pane scrolls down), with
    the previous and next page below. The file is read and the page drawn on a worker."""

    page_shown = Signal(int)  # the page now on screen, from 0 (the scan's read text follows it)
    enlarge = Signal()  # double-click on the page: see it larger

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, render_width: int = RENDER_WIDTH) -> None:
        super().__init__(parent)
        self.runner = runner
        self.render_width = render_width
        self.read: Callable[[], bytes] | None = None
        self.data = b""
        self.media_type = ""
        self.page, self.pages = 0, 0
        self.page_image = QImage()
        self.whole_page = False  # False: as wide as the pane (read across, scroll down); True: all of it in sight
        self._job: Job | None = None
        self._asked = 0  # (the newest page asked for: an older answer arriving late is dropped)
        self.image = QLabel(self.tr("Choose an attachment to see it here."))
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setWordWrap(True)
        self.image.installEventFilter(self)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        # (always there: a scroll bar that came and went with the page's height would change the width it fits)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().installEventFilter(self)
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
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        self._update_nav()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        elif watched is self.image and event.type() == QEvent.Type.MouseButtonDblClick and self.data:
            self.enlarge.emit()
            return True
        return False

    def show_file(self, read: Callable[[], bytes], media_type: str) -> None:
        """Show the first page of a file; `read` gives its bytes (called on a worker, once)."""
        self.read, self.data, self.media_type = read, b"", media_type
        self.page, self.pages = 0, 0
        self.show_page(0)

    def clear(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._asked += 1
        self.read, self.data = None, b""
        self.page_image = QImage()
        self.image.setPixmap(QPixmap())
        self.image.setText(self.tr("Choose an attachment to see it here."))
        self.pages = 0
        self._update_nav()

    def show_page(self, page: int) -> None:
        if self.read is None or page < 0 or (self.pages and page >= self.pages):
            return
        if self._job is not None:
            self._job.cancel()
        self.image.setText(self.tr("Opening…"))
        read, data, media_type, width = self.read, self.data, self.media_type, self.render_width

        def work(job: Job) -> tuple[QImage, int, int, bytes]:
            content = data or read()
            if media_type == "application/pdf":
                image, pages = render_pdf_page(content, page, width)
            else:
                image, pages = load_image(content)
            return image, pages, page, content

        self._asked += 1
        asked = self._asked
        self._job = self.runner.run(
            work,
            lambda result: self._shown(result) if asked == self._asked else None,
            lambda exc: self._failed(exc) if asked == self._asked else None,
        )

    def _shown(self, result: tuple[QImage, int, int, bytes]) -> None:
        image, pages, page, self.data = result
        self.page, self.pages = page, pages
        if image.isNull():
            self._failed(ValueError("empty image"))
            return
        self.page_image = image
        self._fit()
        self._update_nav()
        self.page_shown.emit(page)

    def show_whole_page(self, whole: bool) -> None:
        self.whole_page = whole
        self._fit()

    def _fit(self) -> None:
        """The page as wide as the pane shows it, or all of it in sight (a small image is not blown up)."""
        if self.page_image.isNull():
            return
        room = self.scroll.viewport().size()
        width = min(self.page_image.width(), max(room.width() - 4, 50))
        if self.whole_page:
            width = min(width, max(int(room.height() * self.page_image.width() / self.page_image.height()) - 4, 50))
        self.image.setPixmap(
            QPixmap.fromImage(self.page_image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    def _failed(self, exc: BaseException) -> None:
        self.page_image = QImage()
        self.image.setPixmap(QPixmap())
        self.image.setText(self.tr("This file cannot be shown here. Save a copy and open it with another program."))
        self._update_nav()

    def _update_nav(self) -> None:
        for button in (self.previous, self.next):
            button.setVisible(self.pages > 1)  # (a one-page file gives the page their row)
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page + 1 < self.pages)
        self.position.setText(
            self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=self.pages) if self.pages > 1 else ""
        )
