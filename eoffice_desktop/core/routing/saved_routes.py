"""Saved routes ("budget letters go to Finance, copy to the Deputy") that fill the routing form in one click."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy.orm import Session

from eoffice_desktop.core.routing.actions import ACTIONS, Recipient
from eoffice_desktop.core.storage.settings import get_setting, set_setting
from eoffice_shared.refusals import Invalid

KEY = "routing.saved_routes"


@dataclass
class SavedRoute:
    name: str
    recipients: list[dict[str, str | None]] = field(default_factory=list)  # user_id / department_id / action
    minute: str = ""

    def to_recipients(self) -> list[Recipient]:
        return [
            Recipient(
                user_id=r.get("user_id"), department_id=r.get("department_id"), action=r.get("action") or "for_action"
            )
            for r in self.recipients
        ]


def list_saved_routes(session: Session) -> list[SavedRoute]:
    return [SavedRoute(**item) for item in json.loads(get_setting(session, KEY, "[]"))]


def save_route(session: Session, name: str, recipients: list[Recipient], minute: str = "") -> SavedRoute:
    if not name.strip():
        raise Invalid("Give the saved route a name.", code="saved_route_name_missing")
    if not recipients or any(r.action not in ACTIONS for r in recipients):
        raise Invalid("A saved route needs at least one recipient with an action.", code="saved_route_no_recipient")
    route = SavedRoute(
        name.strip(),
        [{"user_id": r.user_id, "department_id": r.department_id, "action": r.action} for r in recipients],
        minute.strip(),
    )
    routes = [r for r in list_saved_routes(session) if r.name != route.name] + [route]
    set_setting(session, KEY, json.dumps([asdict(r) for r in routes], ensure_ascii=False))
    return route


def delete_route(session: Session, name: str) -> None:
    routes = [r for r in list_saved_routes(session) if r.name != name]
    set_setting(session, KEY, json.dumps([asdict(r) for r in routes], ensure_ascii=False))
