"""Run by test_stuck_window.py in its own pytest: a dialog that nobody answers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def test_a_dialog_nobody_answers(qtbot):  # type: ignore[no-untyped-def]
    dialog = QDialog()
    dialog.setWindowTitle("Nobody answers")
    qtbot.addWidget(dialog)
    dialog.exec()
