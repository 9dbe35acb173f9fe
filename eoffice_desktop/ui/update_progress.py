"""What carries the progress of an opening of the office's data from the writer thread to the GUI thread, and shows
the update window (ui/update_window.py, loaded then) at the first stage that takes time: a start with nothing to check
or update loads and shows nothing more."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.storage.opening_progress import CHECKING, OpeningProgress, Step
from eoffice_desktop.ui.ops import wait_for
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from eoffice_desktop.ui.update_window import UpdateWindow

CHECK_SHOWN_AFTER_MS = 700  # the check of a file not closed cleanly shows the window only when it lasts


class UpdateProgress(QObject):
    """Made on the GUI thread before the data folder is opened; `opening` goes to `open_store` on the writer thread,
    whose steps reach the GUI thread through the queued `moved` signal."""

    moved = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opening = OpeningProgress(self.moved.emit)
        self.moved.connect(self._moved)
        self.window: UpdateWindow | None = None

    def open_store(self, runner: TaskRunner, root: Path) -> OfficeStore:
        """`open_store` on the writer thread, the GUI thread painting and this window taking the clicks meanwhile;
        the window is closed when the opening ends, before anyone is told how it ended."""
        try:
            return wait_for(runner, lambda: open_store(root, progress=self.opening), user_input=True)
        finally:
            self.close()

    def _moved(self, step: Step) -> None:
        if self.window is None:
            from eoffice_desktop.ui.update_window import UpdateWindow

            self.window = UpdateWindow(self.opening)
        self.window.show_step(step)
        if step.stage != CHECKING:
            self.window.show()
        elif not self.window.isVisible():  # (the check of a file of a few MB ends before anyone could read it)
            QTimer.singleShot(CHECK_SHOWN_AFTER_MS, self, self._checking_long)

    def _checking_long(self) -> None:
        if self.window is not None:
            self.window.show()

    def close(self) -> None:
        """The opening has ended (opened, refused or stopped)."""
        if self.window is not None:
            self.window.finish()
            self.window.deleteLater()
            self.window = None
