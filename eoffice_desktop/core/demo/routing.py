"""The demo office's people and the movement of its recent letters, made through the real routing services."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from eoffice_desktop.core.demo.data import DEPARTMENTS, MINUTES, PEOPLE
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import create_department, create_user
from eoffice_desktop.core.routing.actions import Recipient, acknowledge, comment, complete, route
from eoffice_desktop.core.storage.models import Letter, User

DEMO_PASSWORD = "eoffice-demo"


def ensure_people(store: OfficeStore, admin: Actor) -> dict[str, Actor]:
    """Departments and accounts of the demo office (idempotent)."""
    with store.db.session() as s:
        existing = {u.username: u.id for u in s.scalars(select(User))}
    if "head" not in existing:
        dept_ids = [create_department(store, admin, lo, en) for lo, en in DEPARTMENTS]
        for username, name, title, roles, dept in PEOPLE:
            existing[username] = create_user(
                store,
                admin,
                username,
                name,
                DEMO_PASSWORD,
                roles,
                title,
                dept_ids[dept] if dept is not None else None,
            )
    return {username: store.actor(user_id) for username, user_id in existing.items()}


def route_recent(store: OfficeStore, people: dict[str, Actor], how_many: int, seed: int = 11) -> int:
    """Move the latest incoming letters along: head -> official -> comment/complete; older ones completed."""
    rng = random.Random(seed)
    with store.db.session() as s:
        letters = list(
            s.execute(
                select(Letter.id, Letter.register_date)
                .where(Letter.direction == "in", Letter.status == "registered")
                .order_by(Letter.registered_at.desc())
                .limit(how_many)
            )
        )
    officials = ["khamla", "noy", "somsak"]
    today = date.today()
    for letter_id, registered in letters:
        start = max(registered, today - timedelta(days=45))
        route(store, people["clerk"], letter_id, [Recipient(user_id=people["head"].user_id)], MINUTES[0], today=start)
        if rng.random() < 0.2:
            continue  # still waiting for the head of office
        acknowledge(store, people["head"], letter_id)
        official = people[rng.choice(officials)]
        copy = [Recipient(user_id=people["deputy"].user_id, action="for_information")] if rng.random() < 0.3 else []
        route(
            store,
            people["head"],
            letter_id,
            [Recipient(user_id=official.user_id), *copy],
            rng.choice(MINUTES[1:]),
            today=start,
        )
        if rng.random() < 0.3:
            continue  # not yet opened by the official
        acknowledge(store, official, letter_id)
        if rng.random() < 0.5:
            comment(store, official, letter_id, "ກຳລັງລວບລວມຂໍ້ມູນ")
        if (today - registered).days > 20 and rng.random() < 0.8:
            complete(store, official, letter_id, rng.choice(["filed", "no_action"]))
    return len(letters)
