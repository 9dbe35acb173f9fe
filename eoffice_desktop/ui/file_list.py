"""A list of attachments by name and size whose long names are shortened in the middle: the end of a name (its date,
its page, ".pdf") and the size stay in sight, and the whole name is in the tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from eoffice_desktop.ui.numbers import file_size

FULL_NAME = Qt.ItemDataRole.UserRole + 1  # (the item's whole text; UserRole holds the attachment)


class FileList(QListWidget):
    """Attachments by name and size; a name too long for the list is shortened in its middle ("scan-of-the-…
    2026.pdf (2 KB)"), never cut at its end, and said whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.viewport().installEventFilter(self)

    def set_files(self, attachments: Sequence[Any]) -> None:
        self.clear()
        for attachment in attachments:
            name = f"{attachment.filename}  ({file_size(attachment.size)})"
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            item.setData(FULL_NAME, name)
            item.setToolTip(name)
            self.addItem(item)
        self._elide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._elide()
        return False

    def _elide(self) -> None:
        room = self.viewport().width() - 2 * self.spacing() - 8
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            full = item.data(FULL_NAME)
            item.setText(metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, max(room, 40)))
