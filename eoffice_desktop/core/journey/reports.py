"""Telling the sending office how its letter is handled here: `letter.tracking` events on the sender's letter, written
automatically when this office's copy changes, relayed up a forwarding chain, and "delivered" when a letter arrives.

A tracking event carries a small state, never minutes or comments: `status` (registered, in_progress, completed),
`registry_number`, `department`, `holder` (only when the office shares it), `outcome`, `answer_number` and
`answer_letter_id`, `forwarded_to` and `forward_number`, `forwarded_on_paper` and `delivered_on_paper` (the offices
without eOffice it was sent on to, and when each got it as this office's clerk recorded), `office_name`; a relayed one
adds `about_office_id` and `about_office_name` (the office further down the chain). The server gives it only to the
letter's owner.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import Actor, EventLog
from eoffice_desktop.core.journey.links import JourneyLink, sent_on_as
from eoffice_desktop.core.journey.paper_records import paper_deliveries, paper_recipients
from eoffice_desktop.core.journey.policy import SHARING_SET, SharingPolicy, sharing_policy
from eoffice_desktop.core.journey.receipts import RECEIPT
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import NotAllowed, viewer_of
from eoffice_desktop.core.people.permissions import RESTRICTED
from eoffice_desktop.core.storage.models import Department, Event, Letter, Office, RoutingStep, User
from eoffice_desktop.core.storage.settings import get_setting
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType
from sync.protocol.tracking import LIST_SEPARATOR, MAX_TEXT
from sync.protocol.tracking import TRACKING_FIELDS as FIELDS

TRACKING = EventType.LETTER_TRACKING
TRACKING_TYPES = (RECEIPT, TRACKING)
BASIC = ("status", "registry_number", "office_name", "about_office_id", "about_office_name")


class PolicyRefused(Refusal, ValueError):
    pass


def set_sharing_policy(store: OfficeStore, actor: Actor, policy: SharingPolicy) -> None:
    """Change what the office shares (administrators and heads of office); every PC of it follows after a sync."""
    if not 1 <= policy.lost_after_days <= 60:
        raise PolicyRefused("Choose between 1 and 60 working days.", code="sharing_days_range")
    with store.db.write() as s:
        viewer = viewer_of(s, actor.user_id)
        if not (viewer.has("admin") or viewer.has("head")):
            raise NotAllowed(
                "Only an administrator or the head of office can change what the office shares.",
                code="sharing_not_allowed",
            )
        store.log.append(s, actor, SHARING_SET, asdict(policy))


def _clean(state: dict[str, Any]) -> dict[str, str]:
    return {key: str(state[key])[:MAX_TEXT] for key in FIELDS if state.get(key) not in (None, "")}


def _office_name(session: Session, office_id: str) -> str:
    office = session.get(Office, office_id)
    return office.name_lo if office is not None else ""


def _holding(session: Session, letter: Letter) -> tuple[list[str], list[str]]:
    """(departments, people) holding the letter now, in the order it reached them."""
    steps = session.scalars(
        select(RoutingStep)
        .where(RoutingStep.letter_id == letter.id, RoutingStep.status.in_(("sent", "acknowledged")))
        .where(RoutingStep.action != "for_information")
        .order_by(RoutingStep.sent_hlc)
    )
    departments: dict[str, None] = {}
    people: dict[str, None] = {}
    for step in steps:
        department_id = step.to_department_id
        if step.to_user_id:
            user = session.get(User, step.to_user_id)
            if user is not None:
                people[user.display_name] = None
                department_id = department_id or user.department_id
        department = session.get(Department, department_id) if department_id else None
        if department is not None:
            departments[department.name_lo] = None
    return list(departments), list(people)


def progress_state(session: Session, letter: Letter, policy: SharingPolicy) -> dict[str, str]:
    """What this office tells the sender about its copy `letter`, within its sharing choice."""
    state: dict[str, Any] = {
        "status": "completed" if letter.status == "completed" else "registered",
        "registry_number": letter.registry_number,
        "office_name": _office_name(session, letter.office_id),
    }
    if letter.confidentiality in RESTRICTED or not policy.progress:
        return _clean(state)  # only "registered" and "completed"
    if letter.status == "in_progress":
        departments, people = _holding(session, letter)
        state["status"] = "in_progress"
        state["department"] = "; ".join(departments)
        if policy.holder:
            state["holder"] = "; ".join(people)
    if letter.status == "completed":
        state["outcome"] = letter.outcome
    replies = session.scalars(
        select(Letter)
        .where(Letter.in_reply_to == letter.id, Letter.direction == "out", Letter.status != "void")
        .order_by(Letter.registered_at)
    ).first()
    if replies is not None:
        state["answer_number"], state["answer_letter_id"] = replies.registry_number, replies.id
    forwards = sent_on_as(session, letter.id)  # every office it went on to, by however many letters
    if forwards:
        state["forwarded_to"] = "; ".join(sent.recipients_text for sent in forwards)
        state["forward_number"] = ", ".join(sent.registry_number for sent in forwards)
        state.update(_on_paper(session, [sent.id for sent in forwards]))
    return _clean(state)


def _listed(entries: list[str]) -> str:
    """Entries joined, as many whole ones as fit in a report's field."""
    text = ""
    for entry in dict.fromkeys(entries):
        longer = f"{text}{LIST_SEPARATOR}{entry}" if text else entry
        if len(longer) > MAX_TEXT:
            break
        text = longer
    return text


def _on_paper(session: Session, forward_ids: list[str]) -> dict[str, str]:
    """The offices without eOffice the letters `forward_ids` went to on paper, and the day each got it as this
    office's clerk recorded it (never who signed, their number or the note)."""
    names: list[str] = []
    delivered: list[str] = []
    on = paper_deliveries(session, forward_ids)
    for forward_id in forward_ids:
        for recipient in paper_recipients(session, forward_id):
            names.append(recipient.name)
            delivery = on.get((forward_id, recipient.org_id))
            if delivery is not None:
                delivered.append(f"{delivery.delivered_on.isoformat()} {recipient.name}")
    return {"forwarded_on_paper": _listed(names), "delivered_on_paper": _listed(delivered)}


def _said(session: Session, office_id: str, letter_id: str, about: str | None) -> dict[str, str] | None:
    """The last state this office reported on another office's letter (about itself, or about `about`)."""
    rows = session.scalars(
        select(Event)
        .where(Event.letter_id == letter_id, Event.type.in_(TRACKING_TYPES), Event.office_id == office_id)
        .order_by(Event.hlc.desc())
    )
    for row in rows:
        payload = json.loads(row.payload)
        if payload.get("about_office_id") != about:
            continue
        if row.type == RECEIPT:
            return _clean({key: payload.get(key) for key in BASIC})
        return _clean(payload)
    return None


def _report(session: Session, log: EventLog, actor: Actor, letter_id: str, state: dict[str, str]) -> bool:
    if _said(session, actor.office_id, letter_id, state.get("about_office_id")) == state:
        return False
    log.append(session, actor, TRACKING, state, letter_id=letter_id)
    return True


def share_progress(session: Session, log: EventLog, actor: Actor, letter_id: str | None) -> None:
    """Called by the services that change a letter of this office (register, route, acknowledge, complete, reply,
    forward): when the letter came from another office, that office hears of the change."""
    if not letter_id:
        return
    letter = session.get(Letter, letter_id)
    if letter is None or letter.office_id != actor.office_id:
        return
    link = session.get(JourneyLink, letter_id)
    if letter.direction == "out":  # a reply or a forward changes the letter it answers or sends on
        if letter.in_reply_to:
            share_progress(session, log, actor, letter.in_reply_to)
        if link is not None and link.forwards:
            share_progress(session, log, actor, link.forwards)
        return
    if link is None or not link.arrived_from:
        return
    source = session.get(Letter, link.arrived_from)
    if source is None or source.office_id == actor.office_id or letter.status == "void":
        return
    session.flush()
    _report(session, log, actor, source.id, progress_state(session, letter, sharing_policy(session)))


def _office_actor(session: Session, log: EventLog, user_id: str | None = None) -> Actor | None:
    """Who automatic reports are written for: the given person, or the office's first administrator."""
    office_id = get_setting(session, "office.id")
    if not office_id or session.get(Office, office_id) is None:
        return None  # a PC still joining its office
    if user_id is None:
        admin = session.scalars(
            select(User).where(User.office_id == office_id, User.roles.contains("admin")).order_by(User.username)
        ).first()
        if admin is None:
            return None
        user_id = admin.id
    return Actor(user_id=user_id, office_id=office_id, device_id=log.device_id)


def note_arrived(session: Session, log: EventLog, event_ids: list[str]) -> int:
    """After events from elsewhere were stored (sync or USB): say "delivered" for letters that reached this office,
    and relay what offices further down a forwarding chain reported. Returns the number of reports written."""
    if not event_ids:
        return 0
    actor = _office_actor(session, log)
    if actor is None:
        return 0
    written = 0
    for start in range(0, len(event_ids), 500):
        rows = session.scalars(
            select(Event)
            .where(Event.id.in_(event_ids[start : start + 500]), Event.office_id != actor.office_id)
            .where(Event.type.in_((EventType.LETTER_REGISTERED, *TRACKING_TYPES)))
            .order_by(Event.hlc)
        )
        for row in list(rows):
            if row.type == EventType.LETTER_REGISTERED:
                written += _delivered(session, log, actor, row)
            elif row.letter_id:
                written += _relay(session, log, row)
    return written


def _delivered(session: Session, log: EventLog, actor: Actor, row: Event) -> int:
    letter = session.get(Letter, row.letter_id) if row.letter_id else None
    if letter is None or letter.direction != "out" or _said(session, actor.office_id, letter.id, None) is not None:
        return 0
    name = _office_name(session, actor.office_id)
    log.append(session, actor, RECEIPT, {"status": "delivered", "office_name": name}, letter_id=letter.id)
    return 1


def _relay(session: Session, log: EventLog, row: Event) -> int:
    """A report on our letter that forwards another office's letter goes on to that office, within our choice."""
    ours = session.get(Letter, row.letter_id)
    link = session.get(JourneyLink, row.letter_id)
    if ours is None or link is None or not link.forwards:
        return 0
    incoming = session.get(Letter, link.forwards)
    incoming_link = session.get(JourneyLink, link.forwards)
    if incoming is None or incoming_link is None or not incoming_link.arrived_from:
        return 0
    source = session.get(Letter, incoming_link.arrived_from)
    actor = _office_actor(session, log, ours.registered_by)
    if source is None or actor is None or source.office_id == actor.office_id or ours.office_id != actor.office_id:
        return 0
    payload = json.loads(row.payload)
    state = _clean(payload)
    if "about_office_id" not in state:
        state["about_office_id"] = row.office_id
        state["about_office_name"] = state.get("office_name", "")
    state.pop("office_name", None)
    state["office_name"] = _office_name(session, actor.office_id)
    policy = sharing_policy(session)
    if incoming.confidentiality in RESTRICTED or ours.confidentiality in RESTRICTED or not policy.progress:
        state = {key: value for key, value in state.items() if key in BASIC}
        if state.get("status") not in ("delivered", "registered", "completed"):
            state["status"] = "registered"
    if not policy.holder:
        state.pop("holder", None)
    state.pop("answer_letter_id", None)  # an id of another office's letter means nothing further up
    return 1 if _report(session, log, actor, source.id, _clean(state)) else 0
