"""Local settings of this PC and office, stored in the database (no registry, no INI files)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from eoffice_desktop.core.models import Setting


def _cache(session: Session) -> dict[str, str | None]:
    cache: dict[str, str | None] = session.info.setdefault("settings", {})
    return cache


def get_setting(session: Session, key: str, default: str = "") -> str:
    """Read once per session (a registration reads the numbering settings on every letter)."""
    cache = _cache(session)
    if key not in cache:
        row = session.get(Setting, key)
        cache[key] = row.value if row is not None else None
    value = cache[key]
    return default if value is None else value


def set_setting(session: Session, key: str, value: str) -> None:
    _cache(session)[key] = value
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def delete_setting(session: Session, key: str) -> None:
    _cache(session)[key] = None
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)
