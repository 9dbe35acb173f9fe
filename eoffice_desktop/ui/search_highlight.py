"""Drawing the searched words highlighted in the results table.

Matching is done on folded text (search_text), so a word typed with its tone mark first, or ຫລ for ຫຼ, is marked
where it stands in the letter as written; the folded positions are mapped back to the original characters.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eoffice_desktop.core.search.text import highlight_spans

MARK = QColor("#ffe27a")


@lru_cache(maxsize=4096)
def _spans(text: str, query: str) -> tuple[tuple[int, int], ...]:
    return tuple(highlight_spans(text, query))


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with the parts that match `query` on a yellow background; plain cells as usual, those of
    the columns `middle` cut in the middle when they do not fit (two offices' long names differ at their end: the
    province, the district)."""

    def __init__(self, parent: QWidget | None = None, middle: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.query = ""
        self.middle = middle

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() in self.middle:
            option.textElideMode = Qt.TextElideMode.ElideMiddle

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        return _spans(text, self.query) if self.query and text else ()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        spans = self.spans(text) if isinstance(text, str) else ()
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)

        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        text_option = QTextOption(Qt.AlignmentFlag.AlignLeft)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(text_option)
        document.setPlainText(text)
        mark = QTextCharFormat()
        mark.setBackground(MARK)
        mark.setForeground(QColor("#000000"))
        for start, end in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = rect.top() + max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(rect.left(), top)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
