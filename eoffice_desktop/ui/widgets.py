"""Small widgets the forms share: an optional date field (empty until the clerk types the date from the paper),
and the red message shown under a field."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class DateField(QWidget):
    """A date typed as day/month/year, or picked from a calendar; may stay empty when `optional`."""

    changed = Signal()

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.aboutToShow.connect(self._open_on_date)  # (made when first opened: a calendar costs a window's start)
        self.button.setMenu(menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _calendar(self) -> QCalendarWidget:
        menu = self.button.menu()
        found = menu.findChild(QCalendarWidget)
        if found is not None:
            return found
        calendar = QCalendarWidget(menu)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)  # (no week numbers)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)  # (Enter on a day, from the keyboard)
        return calendar

    def _open_on_date(self) -> None:
        """The calendar opens on the date in the field (today's when it is empty or not a date yet)."""
        try:
            shown = self.value() or date.today()
        except ValueError:
            shown = date.today()
        calendar = self._calendar()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setCurrentPage(shown.year, shown.month)
        calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.close()

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.strftime("%d/%m/%Y") if value else "")

    def text(self) -> str:
        return self.edit.text().strip()

    def value(self) -> date | None:
        """The date, None when empty; raises ValueError when the text is not a date."""
        text = self.text()
        if not text:
            return None
        for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise ValueError(text)


class ErrorLabel(QLabel):
    """The message next to a field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def enter_presses(*buttons: QPushButton) -> None:
    """Enter presses these buttons when they have the focus, as Space does: Qt does it by itself only in dialogs, and
    a clerk who went to Register with Tab and pressed Enter saw nothing happen."""
    for button in buttons:
        button.setAutoDefault(True)


def fit_date_columns(table: QTableView, columns: tuple[int, ...]) -> None:
    """Date columns wide enough for the whole date with its year: registry numbers restart every year, so the year
    is what tells two letters with the same number apart."""
    width = (
        table.fontMetrics().horizontalAdvance("00/00/0000")
        + 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin)
        + 16
    )
    for column in columns:
        table.setColumnWidth(column, max(table.columnWidth(column), width))
