"""What this office tells other offices about its handling of their letters, and when a letter it sent counts as
lost: one choice for the whole office, made by an administrator, recorded as the event `office.sharing_set`.

The event is folded into settings (the latest by HLC wins), so every PC of the office shares the same way.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import Event
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from sync.protocol.events import EventType

SHARING_SET = EventType.OFFICE_SHARING_SET
KEY = "journey.sharing"
KEY_HLC = "journey.sharing_hlc"


@dataclass(frozen=True)
class SharingPolicy:
    """Safe defaults: where the letter is (status, department) yes, the person holding it no. Minutes and comments
    are never shared, whatever the choice; confidential and secret letters show only "registered" and "completed"."""

    progress: bool = True  # status and department
    holder: bool = False  # the name of the person who holds the letter
    lost_after_days: int = 3  # working days before a letter sent here, not registered there, is flagged


def sharing_policy(session: Session) -> SharingPolicy:
    try:
        data = json.loads(get_setting(session, KEY, "{}"))
    except ValueError:
        data = {}
    return _policy(data if isinstance(data, dict) else {})


def _policy(data: dict[str, Any]) -> SharingPolicy:
    default = SharingPolicy()
    days = data.get("lost_after_days", default.lost_after_days)
    return SharingPolicy(
        progress=bool(data.get("progress", default.progress)),
        holder=bool(data.get("holder", default.holder)),
        lost_after_days=days if isinstance(days, int) and 1 <= days <= 60 else default.lost_after_days,
    )


def fold_sharing_set(session: Session, row: Event, payload: dict[str, Any]) -> None:
    if row.hlc <= get_setting(session, KEY_HLC, ""):
        return  # a later choice (made on another PC) already stands
    set_setting(session, KEY, json.dumps(asdict(_policy(payload)), sort_keys=True))
    set_setting(session, KEY_HLC, row.hlc)
