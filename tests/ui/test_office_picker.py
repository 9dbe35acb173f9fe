"""The sender and recipient box of the registration form: offices found as the clerk types (a province's name
offers its offices, each shown with its province) and chosen with the keyboard alone; names found after the form was
closed are left unshown, not raised at the clerk."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from eoffice_desktop.ui import office_picker
from eoffice_desktop.ui.letter_form import LetterFormDialog
from eoffice_desktop.ui.office_picker import OfficePicker
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


def _press(qtbot: Any, key: Qt.Key) -> None:
    """A key pressed on the keyboard: it goes to the open list if there is one, else to the field with the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def _typed(qtbot: Any, picker: OfficePicker, text: str) -> list[str]:
    """Type as a clerk does (one key per character) and wait for the list the box offers."""
    type_text(QApplication.focusWidget(), text)
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible() and picker._searched == text, timeout=10_000)
    return picker.model.stringList()


def test_a_province_s_offices_are_chosen_with_the_keyboard_only(qtbot: Any, app: Any, demo_store: Any) -> None:
    actor, _viewer, _name = clerk_of(demo_store)
    runner = TaskRunner()
    dialog = LetterFormDialog(demo_store, actor, runner, "out")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipients.find.hasFocus(), timeout=5000)  # the form opens in the To box
    picker = dialog.recipients

    # The province's name offers the province first, then its departments and districts, each with its province.
    rows = _typed(qtbot, picker, "ຫຼວງພະບາງ")
    assert rows[0].startswith("ແຂວງຫຼວງພະບາງ (ຫລພ)")
    assert "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ (ສສກ.ຫລພ) — on paper" in rows
    assert all("ແຂວງຫຼວງພະບາງ" in row for row in rows)
    wanted = rows.index("ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ (ສສກ.ຫລພ) — on paper")
    for _ in range(wanted + 1):  # the arrow keys walk down the list
        _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_Down)
    assert picker.completer.popup().currentIndex().row() == wanted
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.chosen.count() == 1 and picker.find.text() == "", timeout=5000)
    assert picker.values()[0].code == "ສສກ.ຫລພ"
    assert picker.find.hasFocus()  # ready for the next office

    # Enter with no arrow takes the first office offered; words of the office and of its province find it.
    rows = _typed(qtbot, picker, "ສຶກສາ ສະຫວັນນະເຂດ")
    assert rows == ["ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງສະຫວັນນະເຂດ (ສສກ.ສຂ) — on paper"]
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.chosen.count() == 2, timeout=5000)
    assert [c.code for c in picker.values()] == ["ສສກ.ຫລພ", "ສສກ.ສຂ"]
    assert dialog.registered is None and dialog.isVisible()  # Enter chose an office; it did not save the form

    # Escape closes the list without choosing; the Tab key leaves the box for the chosen list.
    _typed(qtbot, picker, "ການເງິນ")
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not picker.completer.popup().isVisible(), timeout=5000)
    assert picker.chosen.count() == 2 and dialog.isVisible()
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not picker.find
    dialog.reject()

    # The sender of an incoming letter: the office chosen is written in the box as the clerk sees it.
    dialog = LetterFormDialog(demo_store, actor, runner, "in")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sender.find.hasFocus(), timeout=5000)
    assert _typed(qtbot, dialog.sender, "ຫລວງພະບາງ ສຶກສາ")[0].startswith("ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ")
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sender.values() != [], timeout=5000)
    assert dialog.sender.find.text() == "ພະແນກສຶກສາທິການ ແລະ ກິລາ, ແຂວງຫຼວງພະບາງ (ສສກ.ຫລພ)"
    assert dialog.registered is None
    runner.wait()
