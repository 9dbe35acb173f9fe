"""The letter's Attachments tab: the files above (long names shortened in the middle, so the end and the size stay,
the whole name in the tooltip), the chosen page as wide as the panel below, and a window to see it large."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
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
from eoffice_desktop.ui.tasks import Job, TaskRunner

LIST_ROWS = 3  # files seen at once in the panel (more scroll); the page below gets the rest


class AttachmentsTab(QWidget):
    def __init__(self, store: OfficeStore, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.files = FileList()
        self.files.currentItemChanged.connect(self._chosen)
        self.files.itemActivated.connect(lambda _item: self.enlarge())  # Enter or a double-click: see it large
        self.preview = PreviewPane(runner)
        self.preview.setToolTip(self.tr("Double-click to see it larger"))
        self.preview.enlarge.connect(self.enlarge)
        self.scan_text = ScanTextPane(store)
        self.preview.page_shown.connect(self.scan_text.show_page)
        self.larger = QPushButton(self.tr("See it larger…"))
        self.larger.setToolTip(self.tr("The page on the whole screen, with the text read from it (Enter)"))
        self.larger.clicked.connect(self.enlarge)
        self.save_copy = QPushButton(self.tr("Save a copy…"))
        self.save_copy.clicked.connect(self._save_copy)
        self.add = QPushButton(self.tr("Add attachment…"))
        buttons = QGridLayout()
        buttons.addWidget(self.larger, 0, 0)
        buttons.addWidget(self.save_copy, 0, 1)
        buttons.addWidget(self.add, 1, 0, 1, 2)
        pages = QSplitter(Qt.Orientation.Vertical)  # the page, and under it the text read from it when there is some
        pages.addWidget(self.preview)
        pages.addWidget(self.scan_text)
        pages.setStretchFactor(0, 3)
        pages.setStretchFactor(1, 1)
        pages.setChildrenCollapsible(False)
        self.window_: QWidget | None = None
        self.saving: Job | None = None  # a copy being written where the person chose
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        layout.addWidget(pages, 1)
        self.set_files([])

    def set_files(self, attachments: Sequence[Any]) -> None:
        self.preview.clear()
        self.scan_text.clear()
        self.files.set_files(attachments)
        rows = max(1, min(len(attachments), LIST_ROWS))
        row = self.files.sizeHintForRow(0) if attachments else 0
        self.files.setFixedHeight(rows * row + 2 * self.files.frameWidth() + 4)
        self.files.setVisible(bool(attachments))
        for button in (self.larger, self.save_copy):
            button.setEnabled(bool(attachments))
        if self.isVisible():
            self._first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first()

    def _first(self) -> None:
        """The first file's page shows as the tab opens (one click less); read only when the tab is looked at."""
        if self.files.count() and self.files.currentRow() < 0:
            self.files.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        attachment = item.data(Qt.ItemDataRole.UserRole)
        self.scan_text.show_scan(attachment.blob_hash)
        blob = attachment.blob_hash
        self.preview.show_file(lambda: self.store.blobs.read(blob), attachment.media_type)

    def enlarge(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        from eoffice_desktop.ui.attachment_window import AttachmentWindow

        attachments = [self.files.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.files.count())]
        self.window_ = AttachmentWindow(
            self.store, self.runner, attachments, self.files.currentRow(), self.scan_text.query_of, self
        )
        self.window_.open()

    def _save_copy(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        attachment = item.data(Qt.ItemDataRole.UserRole)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), attachment.filename)
        if not target:
            return
        from eoffice_desktop.ui.saving import save_in_background

        blobs, blob_hash, name, path = self.store.blobs, attachment.blob_hash, attachment.filename, Path(target)
        self.save_copy.setEnabled(False)  # (one copy at a time; a big scan onto a USB stick takes seconds)
        self.saving = save_in_background(
            self.runner,
            lambda: blobs.export(blob_hash, path, name),
            self,
            self.tr("Save a copy"),
            self.tr("Saving a copy of {file}…").format(file=name),
            self.tr("The copy of {file} was not saved: {reason}").format(file=name, reason="{reason}"),
            self._saved,
        )

    def _saved(self) -> None:
        self.saving = None
        self.save_copy.setEnabled(self.files.count() > 0)
