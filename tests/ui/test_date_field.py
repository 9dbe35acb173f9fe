"""A date field's calendar opens on the date written in the field (the letter's date is usually weeks back, and
turning the months one by one to reach it was the only way), and a day is chosen with the keyboard too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QCalendarWidget

from eoffice_desktop.ui.widgets import DateField


def _open_calendar(qtbot, field: DateField, then) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Open the calendar as the "…" button does (the menu's own loop runs until it closes), and hand it to `then`
    while it is open."""
    seen: dict[str, object] = {}

    def look() -> None:
        calendar = field.button.menu().findChild(QCalendarWidget)
        if calendar is None or not calendar.isVisible():
            QTimer.singleShot(20, look)
            return
        seen["page"] = (calendar.yearShown(), calendar.monthShown())
        seen["selected"] = calendar.selectedDate()
        then(calendar)
        if field.button.menu().isVisible():
            field.button.menu().close()

    QTimer.singleShot(0, look)
    field.button.showMenu()
    qtbot.waitUntil(lambda: "selected" in seen)
    return seen


def test_the_calendar_opens_on_the_fields_date_and_picks_with_the_keyboard(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.edit.setText("15/03/2025")

    def next_day_with_enter(calendar: QCalendarWidget) -> None:
        qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
        qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)

    seen = _open_calendar(qtbot, field, next_day_with_enter)
    assert seen["page"] == (2025, 3)
    assert seen["selected"] == QDate(2025, 3, 15)
    assert field.value() == date(2025, 3, 16)  # Enter on the next day wrote it into the field
    assert not field.button.menu().isVisible()

    field.edit.setText("02/11/2024")  # opened again after the clerk typed another date
    seen = _open_calendar(qtbot, field, lambda calendar: None)
    assert seen["page"] == (2024, 11)
    assert seen["selected"] == QDate(2024, 11, 2)
    assert field.value() == date(2024, 11, 2)  # closed without a choice: the field keeps its date


def test_an_empty_or_unfinished_field_opens_the_calendar_on_today(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    today = date.today()
    for text in ("", "31/02/20"):
        field.edit.setText(text)
        seen = _open_calendar(qtbot, field, lambda calendar: None)
        assert seen["page"] == (today.year, today.month)
        assert seen["selected"] == QDate(today.year, today.month, today.day)
        assert field.text() == text  # nothing was written over what the clerk typed
