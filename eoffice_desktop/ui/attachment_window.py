"""A letter's attachments on the whole screen: the files on the left, the page as wide as the room allows in the
middle, the text read from it on the right. The letter panel's preview is narrow (the register keeps its room), so
this is where a scan is read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.file_list import FileList
from eoffice_desktop.ui.preview import PreviewPane
from eoffice_desktop.ui.scan_text import ScanTextPane
from eoffice_desktop.ui.screen_fit import TITLE_BAR
from eoffice_desktop.ui.tasks import TaskRunner

LARGE_RENDER = 1600  # pixels across a page is drawn at: sharp when fitted to a 1920-wide screen


class AttachmentWindow(QDialog):
    def __init__(
        self,
        store: OfficeStore,
        runner: TaskRunner,
        attachments: Sequence[Any],
        current: int,
        query_of: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.files = FileList()
        self.files.setAccessibleName(self.tr("Attachments"))
        self.preview = PreviewPane(runner, render_width=LARGE_RENDER)
        self.scan_text = ScanTextPane(store)
        self.scan_text.query_of = query_of
        self.preview.page_shown.connect(self.scan_text.show_page)
        self.files.currentItemChanged.connect(self._chosen)
        split = QSplitter()
        split.addWidget(self.files)
        split.addWidget(self.preview)
        split.addWidget(self.scan_text)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.whole = QPushButton(self.tr("Whole page"))  # (the page across the screen is read; this shows it all)
        self.whole.setCheckable(True)
        self.whole.setShortcut(QKeySequence("Ctrl+0"))
        self.whole.setToolTip(self.tr("The whole page in sight, or as wide as the window (Ctrl+0)"))
        self.whole.toggled.connect(self.preview.show_whole_page)
        buttons.addButton(self.whole, QDialogButtonBox.ButtonRole.ActionRole)
        # Pages from the keyboard as in a PDF reader (the arrows scroll the page).
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.preview.show_page(self.preview.page + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.preview.show_page(self.preview.page - 1))
        self.preview.next.setToolTip(QKeySequence(Qt.Key.Key_PageDown).toString(QKeySequence.SequenceFormat.NativeText))
        self.preview.previous.setToolTip(
            QKeySequence(Qt.Key.Key_PageUp).toString(QKeySequence.SequenceFormat.NativeText)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.files.set_files(attachments)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(room.width(), room.height() - TITLE_BAR)  # (as large as the screen: ScreenFit keeps it inside)
        list_width = min(260, room.width() // 6)
        text_width = min(380, room.width() // 4)
        split.setSizes([list_width, room.width() - list_width - text_width, text_width])
        self.files.setCurrentRow(current)
        self.preview.setFocus()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        attachment = item.data(Qt.ItemDataRole.UserRole)
        self.setWindowTitle(self.tr("Attachment: {name}").format(name=attachment.filename))
        self.scan_text.show_scan(attachment.blob_hash)
        blob = attachment.blob_hash
        self.preview.show_file(lambda: self.store.blobs.read(blob), attachment.media_type)
