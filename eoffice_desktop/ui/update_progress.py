"""What carries the progress of an opening of the office's data from the writer thread to the GUI thread, and shows
the update window (ui/update_window.py, loaded then) at the first stage that takes time: a start with nothing to check
or update loads and shows nothing more."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from eoffice_desktop.core.office import OfficeStore, open_store
from eoffice_desktop.core.storage.opening_progress import OpeningProgress, Step
from eoffice_desktop.ui.ops import wait_for
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from eoffice_desktop.ui.update_window import UpdateWindow


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
            self.window.show()
        self.window.show_step(step)

    def close(self) -> None:
        """The opening has ended (opened, refused or stopped)."""
        if self.window is not None:
            self.window.finish()
            self.window.deleteLater()
            self.window = None
