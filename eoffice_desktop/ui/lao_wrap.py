"""Wrapped Lao text in every window breaks between words: the application gives each word-wrapped label (message
boxes, dialogs' explanations, field errors) and each tooltip ICU's word breaks as it shows, in this one place; a
table whose cells wrap draws them through `LaoCells`.

The translations stay as written (tests and the console compare and print them); only what is on screen gets the
invisible breaks, and `shown_text` gives the text without them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QLabel, QMessageBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eoffice_desktop.ui.lao_breaks import ZWSP, soft_breaks, without_breaks


def _needs_breaks(text: str) -> bool:
    """Lao text that has not been given its breaks yet (text that has some was broken by whoever set it)."""
    return ZWSP not in text and any("\u0e80" <= c <= "\u0eff" for c in text)


def _wraps(label: QLabel) -> bool:
    """A label whose lines wrap, or may: a message box turns wrapping on only when its text is wider than a limit
    it works out from the text as it is."""
    return label.wordWrap() or isinstance(label.parentWidget(), QMessageBox)


def break_label(label: QLabel) -> None:
    """Give a wrapped label's Lao text its word breaks (once: a text that has them is left alone)."""
    text = label.text()
    if _needs_breaks(text) and _wraps(label):
        label.setText(soft_breaks(text))


def shown_text(widget: QWidget) -> str:
    """What a label (or a button ...) says, without the invisible word breaks: for comparing and copying."""
    return without_breaks(widget.text() if hasattr(widget, "text") else "")


class LaoWrap(QObject):
    """Installed on the application. A label gets its breaks when it shows and when its text changes while shown
    (Qt repaints it then; there is no signal for a label's text); a tooltip when it is about to show."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Paint):
            if isinstance(watched, QLabel):
                break_label(watched)
        elif kind == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            tip = watched.toolTip()
            if _needs_breaks(tip):
                watched.setToolTip(soft_breaks(tip))
        return False


class LaoCells(QStyledItemDelegate):
    """The delegate of a table whose cells wrap: a cell's Lao text is measured (its row's height) and drawn with its
    word breaks, while the table keeps the text as written."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if _needs_breaks(option.text):
            option.text = soft_breaks(option.text)
