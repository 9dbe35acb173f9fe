"""Dialogs that hold typed words (a minute, a reason, a note, an address) ask before Cancel, Escape or the close
button throw them away. The words are compared with what the fields held when the dialog opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget


def typed_text(window: QWidget) -> tuple[str, ...]:
    """What is written in the window's editable text fields (passwords left out: they are typed again anyway)."""
    texts: list[str] = []
    for field in window.findChildren(QLineEdit):
        if not field.isReadOnly() and field.echoMode() == QLineEdit.EchoMode.Normal:
            texts.append(field.text())
    for editor in window.findChildren(QPlainTextEdit):
        if not editor.isReadOnly():
            texts.append(editor.toPlainText())
    for rich in window.findChildren(QTextEdit):
        if not rich.isReadOnly():
            texts.append(rich.toPlainText())
    return tuple(texts)


def may_discard(window: QWidget) -> bool:
    """Ask whether the typed words may go; True when the person chooses to close without keeping them."""
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("TypedInput", "Close without keeping what you wrote?"),
        QCoreApplication.translate(
            "TypedInput", "What you wrote in this window will be lost. Close it anyway, or go back to finish it?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class AsksBeforeDiscard:
    """Put first among a QDialog's bases: reject() (Cancel, Escape, the close button) asks when words were typed."""

    _typed_at_open: tuple[str, ...] | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._typed_at_open is None:
            self._typed_at_open = typed_text(self)  # type: ignore[arg-type]
        super().showEvent(event)  # type: ignore[misc]

    def has_typed_changes(self) -> bool:
        return self._typed_at_open is not None and typed_text(self) != self._typed_at_open  # type: ignore[arg-type]

    def reject(self) -> None:
        if self.has_typed_changes() and not may_discard(self):  # type: ignore[arg-type]
            return
        super().reject()  # type: ignore[misc]
