"""Cancel in the register book dialog while the period's letters are still being read closes it for good: the
answer that arrives afterwards opens no preview."""

from __future__ import annotations

from eoffice_desktop.core.service import Office
from tests.ui.conftest import clerk_of
from tests.ui.test_late_answers import HeldFirstRead


def test_cancel_while_reading_opens_no_preview(qtbot, app, demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from eoffice_desktop.ui import register_book
    from eoffice_desktop.ui.register_book import RegisterBookDialog
    from eoffice_desktop.ui.tasks import TaskRunner

    opened: list[str] = []
    monkeypatch.setattr(register_book.PrintPreview, "exec", lambda preview: opened.append(preview.windowTitle()) or 0)
    held = HeldFirstRead("register_book")
    monkeypatch.setattr(Office, "register_book", held.method())
    _, viewer, _ = clerk_of(demo_store)
    runner = TaskRunner()
    dialog = RegisterBookDialog(demo_store, viewer, "in", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok.click()  # "Print…": the year's letters are read on the reader pool
    assert held.read.wait(10)
    dialog.reject()  # the clerk presses Cancel before they arrive
    held.release.set()
    qtbot.waitUntil(lambda: not runner._live, timeout=10_000)  # the answer has reached the dialog
    assert opened == [] and dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()

    # Asked again and left to finish, the preview opens as before.
    again = RegisterBookDialog(demo_store, viewer, "in", runner)
    qtbot.addWidget(again)
    again.show()
    again.ok.click()
    qtbot.waitUntil(lambda: opened == ["Register book"], timeout=10_000)
    assert again.result() == QDialog.DialogCode.Accepted
