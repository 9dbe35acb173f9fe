"""The sender and recipient box of the registration form: the names found for what was typed may arrive after the form
was closed, and are then left unshown, not raised at the clerk."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from eoffice_desktop.ui import office_picker
from eoffice_desktop.ui.letter_form import LetterFormDialog
from eoffice_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import clerk_of, type_text


def test_names_found_after_the_form_was_closed_are_left_unshown(
    qtbot: Any, app: Any, demo_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    read, released = threading.Event(), threading.Event()
    real = office_picker.find_correspondents

    def found_then_held(*args: Any, **kwargs: Any) -> Any:
        answer = real(*args, **kwargs)
        read.set()
        assert released.wait(30), "the held read was never let go"
        return answer

    monkeypatch.setattr(office_picker, "find_correspondents", found_then_held)
    actor, _viewer, _name = clerk_of(demo_store)
    runner = TaskRunner()
    dialog = LetterFormDialog(demo_store, actor, runner, "in")
    dialog.show()
    type_text(dialog.sender.find, "ກະຊວງ")
    qtbot.waitUntil(read.is_set, timeout=10_000)  # the names are read; the clerk closes the form meanwhile
    dialog.reject()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    released.set()
    runner.wait()
    qtbot.wait(100)  # the answer reaches the GUI thread: nothing is raised (pytest-qt fails the test if it is)
    assert read.is_set()
