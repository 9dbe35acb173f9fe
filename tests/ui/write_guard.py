"""The window never writes to the database on the GUI thread: `Database.write` and `Database.write_plain` (both
through `Database._writing`) are wrapped during the window tests and a call made on the GUI thread from code under
`eoffice_desktop/ui/` fails the test (test set-up writing directly through the core is not the window's doing)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "eoffice_desktop" / "ui"

# Screens not yet moved onto ui/ops.py: they may still write on the GUI thread. The list only shrinks.
# Empty: the start (ui/app.py) opens the data folder (migrations, this PC's id) on the writer thread too.
NOT_YET_CONVERTED: frozenset[str] = frozenset()


def ui_caller() -> str | None:
    """The innermost module under eoffice_desktop/ui/ on the calling stack (relative path), if any."""
    frame = sys._getframe(1)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(UI):
            return path.relative_to(UI).as_posix()
        frame = frame.f_back
    return None


def gui_thread_writer() -> str | None:
    """The UI module writing, when this write runs on the GUI thread and is not allowed to."""
    if threading.current_thread() is not threading.main_thread():
        return None
    caller = ui_caller()
    return caller if caller is not None and caller not in NOT_YET_CONVERTED else None
