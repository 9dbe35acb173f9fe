"""Local settings of this PC and office, stored in the database (no registry, no INI files)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from eoffice_desktop.core.models import Setting


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
