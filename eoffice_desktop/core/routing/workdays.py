"""Due dates in working days: weekends, the national public holidays (from the server with the directory) and the
office's own local days off do not count."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import national_holidays
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from eoffice_shared.workdays import add_working_days  # counted as the server counts (eoffice_shared)

DEFAULT_DUE_DAYS = {"normal": 30, "urgent": 8, "very_urgent": 4}


def local_days_off(session: Session) -> set[date]:
    """The office's own days off (a provincial holiday, a day in lieu), set on this PC."""
    text = get_setting(session, "calendar.holidays", "")
    return {date.fromisoformat(part) for part in text.split(",") if part.strip()}


def set_holidays(session: Session, days: set[date]) -> None:
    """Set the office's own days off (the national holidays come from the server)."""
    set_setting(session, "calendar.holidays", ",".join(sorted(d.isoformat() for d in days)))


def holidays(session: Session) -> set[date]:
    """Every day off that is not a weekend: the national public holidays and the office's own days off."""
    return local_days_off(session) | set(national_holidays(session))


def due_days(session: Session, urgency: str) -> int:
    return int(get_setting(session, f"routing.due_days.{urgency}", str(DEFAULT_DUE_DAYS.get(urgency, 30))))


def default_due_date(session: Session, urgency: str, start: date) -> date:
    return add_working_days(start, due_days(session, urgency), holidays(session))
