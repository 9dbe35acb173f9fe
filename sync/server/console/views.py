"""What the console's pages show, read from the server's tables: the directory as a tree, one office in full, the
PCs and open enrolment codes, and the sync health of every enrolled office (worst first)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import LargeBinary, cast, func, select
from sqlalchemy.orm import Session

from sync.protocol.events import EventType
from sync.server.admin import now
from sync.server.console.auth import Admin
from sync.server.console.sync_health import LostLetter, Relays, files_waiting, lost_by_office, relays
from sync.server.models import Device, EnrolmentCode, LetterAccess, OfficeMember, ServerOffice, StoredEvent


@dataclass
class TreeNode:
    office: ServerOffice
    children: list[TreeNode] = field(default_factory=list)


def visible_offices(session: Session, admin: Admin, closed: bool = False) -> list[ServerOffice]:
    query = select(ServerOffice).order_by(ServerOffice.code)
    if not closed:
        query = query.where(ServerOffice.status == "active")
    if admin.role != "national":
        query = query.where(ServerOffice.province == admin.province_id)
    return list(session.scalars(query))


def office_tree(offices: list[ServerOffice]) -> list[TreeNode]:
    """The offices as a forest: an office whose parent is not shown is a root."""
    nodes = {office.id: TreeNode(office) for office in offices}
    roots: list[TreeNode] = []
    for node in nodes.values():
        parent = nodes.get(node.office.parent_id or "")
        (parent.children if parent is not None and parent is not node else roots).append(node)
    return roots


def search(offices: list[ServerOffice], text: str) -> list[ServerOffice]:
    needle = text.strip().casefold()
    return [o for o in offices if needle in o.code.casefold() or needle in o.name_lo or needle in o.name_en.casefold()]


@dataclass(frozen=True)
class Health:
    office: ServerOffice
    pcs: int
    last_sync: datetime | None
    held: int
    refused: dict[str, int]
    stale: bool
    to_upload: int = 0  # files its events refer to that the server does not hold yet
    to_fetch: int = 0  # files sent to it by other offices that are not on the server yet
    relays: Relays | None = None  # USB bundles read in over the last 30 days
    lost: int = 0  # letters it sent that the receiving office has not registered in time


def health(
    session: Session, offices: list[ServerOffice], stale_days: int, lost: list[LostLetter] | None = None
) -> list[Health]:
    """Every enrolled office among `offices`, worst first: never synced, then the longest without a sync."""
    enrolled = [o for o in offices if o.event_office_id is not None]
    ids = [o.id for o in enrolled]
    last = dict(
        session.execute(
            select(Device.office_id, func.max(Device.last_seen))
            .where(Device.office_id.in_(ids))
            .group_by(Device.office_id)
        ).all()
    )
    pcs = dict(
        session.execute(
            select(Device.office_id, func.count())
            .where(Device.office_id.in_(ids), Device.revoked_at.is_(None))
            .group_by(Device.office_id)
        ).all()
    )
    held = dict(
        session.execute(
            select(StoredEvent.office_id, func.count())
            .where(StoredEvent.office_id.in_(ids), StoredEvent.held.is_(True))
            .group_by(StoredEvent.office_id)
        ).all()
    )
    refused: dict[str, dict[str, int]] = {}
    for office_id, reason, count in session.execute(
        select(StoredEvent.office_id, StoredEvent.refused, func.count())
        .where(StoredEvent.office_id.in_(ids), StoredEvent.refused.is_not(None))
        .group_by(StoredEvent.office_id, StoredEvent.refused)
    ):
        refused.setdefault(office_id, {})[str(reason)] = count
    limit = now() - timedelta(days=stale_days)
    to_upload, to_fetch = files_waiting(session, ids)
    relayed, lost_count = relays(session, ids), lost_by_office(lost or [])
    rows = [
        Health(
            o,
            pcs.get(o.id, 0),
            seen,
            held.get(o.id, 0),
            refused.get(o.id, {}),
            seen is None or seen < limit,
            to_upload.get(o.id, 0),
            to_fetch.get(o.id, 0),
            relayed.get(o.id),
            lost_count[o.id],
        )
        for o in enrolled
        for seen in [last.get(o.id)]
    ]
    return sorted(rows, key=lambda h: (h.last_sync or datetime.min, -h.held, -sum(h.refused.values()), h.office.code))


def devices(session: Session, offices: list[ServerOffice]) -> list[tuple[Device, ServerOffice]]:
    by_id = {o.id: o for o in offices}
    rows = session.scalars(
        select(Device).where(Device.office_id.in_(list(by_id))).order_by(Device.office_id, Device.enrolled_at)
    )
    return [(d, by_id[d.office_id]) for d in rows]


def sent_this_month(session: Session, devices: list[Device]) -> dict[str, tuple[int, int]]:
    """How many changes each PC sent this month (UTC), and their size in bytes (files not counted), by device id."""
    start = now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    body = StoredEvent.body
    size = (
        func.octet_length(body)
        if session.get_bind().dialect.name == "postgresql"
        else func.length(cast(body, LargeBinary))
    )
    rows = session.execute(
        select(StoredEvent.device_id, func.count(), func.sum(size))
        .where(StoredEvent.device_id.in_([d.id for d in devices]), StoredEvent.received_at >= start)
        .group_by(StoredEvent.device_id)
    )
    return {device: (count, int(total or 0)) for device, count, total in rows}


def open_codes(session: Session, offices: list[ServerOffice]) -> list[tuple[EnrolmentCode, ServerOffice]]:
    by_id = {o.id: o for o in offices}
    rows = session.scalars(
        select(EnrolmentCode)
        .where(EnrolmentCode.office_id.in_(list(by_id)), EnrolmentCode.used_at.is_(None))
        .where(EnrolmentCode.expires_at > now())
        .order_by(EnrolmentCode.expires_at)
    )
    return [(c, by_id[c.office_id]) for c in rows]


@dataclass(frozen=True)
class Person:
    user_id: str
    name: str
    roles: str


def people(session: Session, office: ServerOffice) -> list[Person]:
    """The office's people with their roles as its own events made them (the latest `user.created` of each)."""
    members = set(session.scalars(select(OfficeMember.user_id).where(OfficeMember.office_id == office.id)))
    found: dict[str, Person] = {}
    for body in session.scalars(
        select(StoredEvent.body)
        .where(
            StoredEvent.office_id == office.id, StoredEvent.type.in_((EventType.USER_CREATED, EventType.USER_UPDATED))
        )
        .where(StoredEvent.refused.is_(None))
        .order_by(StoredEvent.seq)
    ):
        p = json.loads(body).get("payload", {})
        user_id = str(p.get("user_id", ""))
        if user_id not in members:
            continue
        before = found.get(user_id)
        fields = p.get("fields", p) if isinstance(p.get("fields", p), dict) else p
        name = str(fields.get("display_name") or (before.name if before else "") or p.get("username", ""))
        roles = fields.get("roles")
        shown = ", ".join(map(str, roles)) if isinstance(roles, list) else (before.roles if before else "")
        found[user_id] = Person(user_id, name, shown)
    return [found.get(m, Person(m, m, "")) for m in sorted(members, key=lambda m: found[m].name if m in found else m)]


@dataclass(frozen=True)
class Exchanged:
    number: str
    direction: str  # out: sent by this office; in: another office's letter that reached it
    at: datetime


def letters_this_month(session: Session, office: ServerOffice, limit: int = 100) -> list[Exchanged]:
    """Letters this office sent to other offices, or received from them, registered this month (UTC)."""
    start = now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    shared = select(LetterAccess.letter_id).where(LetterAccess.office_id != office.id)
    sent = (
        select(StoredEvent.body, StoredEvent.received_at)
        .where(StoredEvent.office_id == office.id, StoredEvent.type == EventType.LETTER_REGISTERED)
        .where(StoredEvent.received_at >= start, StoredEvent.letter_id.in_(shared))
    )
    received = (
        select(StoredEvent.body, StoredEvent.received_at)
        .where(StoredEvent.office_id != office.id, StoredEvent.type == EventType.LETTER_REGISTERED)
        .where(StoredEvent.received_at >= start)
        .where(
            StoredEvent.letter_id.in_(
                select(LetterAccess.letter_id).where(LetterAccess.office_id == office.id, LetterAccess.owner.is_(False))
            )
        )
    )
    found = []
    for direction, query in (("out", sent), ("in", received)):
        for body, at in session.execute(query.limit(limit)):
            number = str(json.loads(body).get("payload", {}).get("registry_number", ""))
            found.append(Exchanged(number, direction, at))
    return sorted(found, key=lambda e: e.at, reverse=True)
