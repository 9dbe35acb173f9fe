"""Local settings of this PC and office, stored in the database (no registry, no INI files)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import Setting
from eoffice_desktop.core.storage.prepared import Prepared, Tx


def _cache(session: Tx) -> dict[str, str | None]:
    """Every setting of the office, read in one query at a session's first need (a handful of short rows; a
    registration reads four of them, one query each before)."""
    cache: dict[str, str | None] | None = session.info.get("settings")
    if cache is None:
        rows = _ALL.run(session).fetchall()
        cache = session.info["settings"] = {key: value for key, value in rows}
    return cache


_ALL = Prepared(select(Setting.key, Setting.value))


def get_setting(session: Tx, key: str, default: str = "") -> str:
    """Read once per session (a registration reads the numbering settings on every letter)."""
    value = _cache(session).get(key)
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
