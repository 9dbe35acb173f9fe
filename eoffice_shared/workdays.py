"""Counting working days: weekends and the given days off do not count. The desktop's due dates and the server's
lost-letter watch count the same way (the days off of each come from its own data)."""

from __future__ import annotations

from datetime import date, timedelta


def is_working_day(day: date, off: set[date]) -> bool:
    return day.weekday() < 5 and day not in off


def add_working_days(start: date, count: int, off: set[date]) -> date:
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, off):
            count -= 1
    return day
