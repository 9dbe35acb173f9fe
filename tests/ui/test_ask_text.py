"""A reason left empty is refused in words (Return, Comment, Reopen), not taken as a silent Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from eoffice_desktop.ui import routing_dialogs
from eoffice_desktop.ui.routing_dialogs import ask_text


def test_an_empty_reason_is_refused_in_words_and_asked_again(qtbot, app, monkeypatch, quiet_message_boxes):
    answers = [("   ", True), ("ຂໍ້ມູນບໍ່ຄົບ", True)]
    monkeypatch.setattr(routing_dialogs, "multi_line_text", lambda *a, **k: answers.pop(0))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_text(parent, "Return the letter", "Why do you return it?") == "ຂໍ້ມູນບໍ່ຄົບ"
    assert [text for _title, text in quiet_message_boxes] == ["Nothing is written yet: write a few words, or Cancel."]
    monkeypatch.setattr(routing_dialogs, "multi_line_text", lambda *a, **k: ("", False))
    assert ask_text(parent, "Return the letter", "Why do you return it?") is None


def test_the_complete_dialog_stops_asking_for_the_answer_once_filed_is_chosen(qtbot, app, demo_store):
    from eoffice_desktop.core.storage.models import Letter
    from eoffice_desktop.ui.routing_dialogs import CompleteDialog

    with demo_store.db.session() as s:
        letter = s.query(Letter).filter(Letter.direction == "in").first()
    dialog = CompleteDialog(demo_store, letter)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._check()  # answered, no answer chosen
    assert dialog.error.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("filed"))
    assert not dialog.error.isVisible()
    assert dialog.reply.currentText() == "(not needed)"
