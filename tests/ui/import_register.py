"""A paper register written as a CSV file in a test's folder, and the import dialog that reads it: the preview is
built on the reader pool, so a test waits for it as a clerk does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import clerk_of

if TYPE_CHECKING:
    from eoffice_desktop.ui.import_dialog import ImportDialog

TITLES = "No.,Date received,From,Subject,Urgency,Pages"


def register_csv(folder: Path, rows: list[str], name: str = "register.csv") -> Path:
    """A register with the usual column titles and `rows` (each a line of the CSV)."""
    path = folder / name
    path.write_text("\n".join([TITLES, *rows]) + "\n", encoding="utf-8")
    return path


def import_dialog(qtbot: Any, store: Any) -> tuple[ImportDialog, TaskRunner]:
    """The dialog as a clerk of `store` opens it, with its own task runner (wait for it at the test's end)."""
    from eoffice_desktop.ui.import_dialog import ImportDialog

    clerk, _viewer, _name = clerk_of(store)
    runner = TaskRunner()
    dialog = ImportDialog(store, clerk, runner)
    qtbot.addWidget(dialog)
    return dialog, runner


def previewed(qtbot: Any, dialog: ImportDialog, path: Path) -> None:
    """Choose `path` and wait until its preview is shown."""
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=20_000)
