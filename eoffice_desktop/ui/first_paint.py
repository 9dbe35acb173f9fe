"""The register's first paint with its first page (or with none, in an empty register): the moment the window builds
its other parts and reads its counts, so that nothing delays the first rows on screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QTableView

from eoffice_desktop.ui.register_model import RegisterModel


class FirstPaint(QObject):
    """`painted` once, right after the paint of `table` that shows `model`'s first page has ended."""

    painted = Signal()

    def __init__(self, table: QTableView, model: RegisterModel, parent: QObject) -> None:
        super().__init__(parent)
        self.table, self.model = table, model
        self._done = False
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
            and not self.model.waiting()
        ):
            self._done = True
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted.emit)  # (after this paint has ended)
        return False
