"""The text read from a scan's page, beside its preview: selectable and copyable, the searched words highlighted.

Hidden for files whose text has not been read (or has none); the text comes from `core/ocr/store.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from eoffice_desktop.core.ocr.confusions import scan_spans
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.newest_answer import NewestAnswer
from eoffice_desktop.ui.ops import Ops
from eoffice_desktop.ui.search_highlight import MARK


class ScanTextPane(QWidget):
    def __init__(self, store: OfficeStore, parent: QWidget | None = None, ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ops = ops or Ops.of(store, parent=self)
        self.pages_read = NewestAnswer(self.ops)  # (an older answer arriving late, even for the same scan, is dropped)
        self.query_of: Callable[[], str] = lambda: ""  # the search box's words, set by the window
        self.pages: dict[int, tuple[str, float, str]] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)  # still selectable and copyable
        self.text.setAccessibleName(self.tr("Text read from the page"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        self.clear()

    def clear(self) -> None:
        self.pages_read.drop()
        self.pages = {}
        self.text.clear()
        self.setVisible(False)

    def show_scan(self, blob_hash: str) -> None:
        """Load the text read from this file on the reader pool; page 0 is shown first when it arrives (only the
        answer to the newest request: an older one, for another scan or read before new pages, is dropped)."""

        def arrived(pages: dict[int, tuple[str, float, str]]) -> None:
            self.pages = pages
            self.setVisible(any(text.strip() for text, _, _ in self.pages.values()))
            self.show_page(0)

        self.pages_read.ask(lambda office: office.scan_pages(blob_hash), arrived)

    def show_page(self, page: int) -> None:
        if not self.pages:
            return
        text, confidence, source = self.pages.get(page, ("", 0.0, ""))
        if page not in self.pages:
            self.heading.setText(self.tr("This page has not been read yet."))
        elif source == "layer":
            self.heading.setText(self.tr("Text of this page (from the file itself):"))
        else:
            self.heading.setText(
                self.tr("Text read from this page (confidence {percent}%):").format(percent=round(confidence))
            )
        self.text.setPlainText(text)
        self._highlight(text, source)

    def _highlight(self, text: str, source: str) -> None:
        mark = QTextCharFormat()
        mark.setBackground(MARK)
        for start, end in scan_spans(text, self.query_of(), source):
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark)
