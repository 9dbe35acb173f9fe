"""A letter's movement history as readable steps: who, when, what, the minute, from whom to whom."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.eventlog.events import letter_history
from eoffice_desktop.core.journey.after_return import returns_by
from eoffice_desktop.core.journey.links import JourneyLink, sent_again_as, sent_on_as
from eoffice_desktop.core.journey.news import News, news_of
from eoffice_desktop.core.journey.reports import TRACKING_TYPES
from eoffice_desktop.core.journey.sender_names import report_names
from eoffice_desktop.core.storage.models import Department, Event, Letter, Organisation, RoutingStep, User
from sync.protocol.events import EventType


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    who: str
    kind: str  # the event type without "letter.", e.g. "routed", "acknowledged", "field_corrected"
    to: list[tuple[str, str]]  # (name, action) for routing
    text: str  # minute, comment, reason or outcome
    details: dict[str, object]
    news: News | None = None  # another office's report: what happened there


def _names(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    users = {u.id: u.display_name for u in session.scalars(select(User))}
    depts = {d.id: d.name_lo for d in session.scalars(select(Department))}
    return users, depts


def timeline(session: Session, letter_id: str) -> list[TimelineEntry]:
    users, depts = _names(session)
    entries = []
    said: dict[tuple[str, str], dict[str, object]] = {}  # the last report of each office (a report repeats it all)
    history = letter_history(session, letter_id)
    offices = _offices(session, letter_id, history)
    for event in history:
        p = json.loads(event.payload)
        kind = event.type.removeprefix("letter.")
        to: list[tuple[str, str]] = []
        text = ""
        if kind in ("routed", "redirected"):
            for spec in p["steps"]:
                target = spec.get("to_user_id") or spec.get("to_department_id") or ""
                to.append((users.get(target) or depts.get(target) or target, spec["action"]))
            for moved in p.get("from_steps", []):
                step = session.get(RoutingStep, moved["copy_step_id"])
                if step is not None:
                    target = step.to_user_id or step.to_department_id or ""
                    to.append((users.get(target) or depts.get(target) or target, "copy"))
            text = p.get("minute", "")
        elif kind == "returned":
            step = session.get(RoutingStep, p["step_id"])
            if step is not None:
                to.append((users.get(step.from_user_id, step.from_user_id), "for_action"))
            text = p.get("minute", "")
        elif kind == "commented":
            text = p["text"]
        elif kind in ("voided", "reopened"):
            text = p.get("reason", "")
        elif kind == "completed":
            text = p["outcome"]
            reply = session.get(Letter, p["reply_letter_id"]) if p.get("reply_letter_id") else None
            if reply is not None:
                text += f" {reply.registry_number}"
            if p.get("note"):
                text += f" - {p['note']}"
        elif kind == "field_corrected":
            text = p.get("reason", "")
        elif kind == "number_confirmed":
            text = f"{p.get('old', '')} → {p.get('new', '')}"
        elif kind == "paper_delivered":  # this office's clerk, from the delivery book: the office it went to by name
            org = session.get(Organisation, str(p.get("org_id", "")))
            p["office"] = org.name_lo if org is not None else ""
            text = str(p.get("note", ""))
        who = users.get(event.author_id, event.author_id)
        news = None
        if kind in ("receipt", "tracking"):  # written by another office: its name, not its clerk's id
            text = str(p.get("registry_number", ""))
            reporter = (event.office_id, str(p.get("about_office_id", "")))
            news = news_of(p, said.get(reporter))
            said[reporter] = p
            # As this PC knows the office, else as the report said (not where the server did not know it).
            named = offices.get(reporter[1] or reporter[0], "")
            who = named or offices.get(reporter[0], "") or who  # (else the office that wrote the report)
            news = replace(news, office=named, via=offices.get(reporter[0], "") if reporter[1] else "")
        entries.append(TimelineEntry(datetime.fromisoformat(event.hlc[:23]), who, kind, to, text, p, news))
    entries += _sent_on(session, letter_id, users)
    entries += _returned_earlier(session, letter_id)
    entries.sort(key=lambda entry: entry.when)
    return entries


def _offices(session: Session, letter_id: str, history: list[Event]) -> dict[str, str]:
    """The names of the offices whose receipts and reports are in the letter's history, and of the offices further
    down a forwarding chain they tell of (`report_names`)."""
    reports = [(event.office_id, json.loads(event.payload)) for event in history if event.type in TRACKING_TYPES]
    return report_names(session, letter_id, reports)


def _sent_on(session: Session, letter_id: str, users: dict[str, str]) -> list[TimelineEntry]:
    """An incoming letter sent on to other offices, or an outgoing letter an office returned sent again to others: a
    line for each outgoing letter that did it (its own event)."""
    found = []
    later = [("sent_on", letter) for letter in sent_on_as(session, letter_id)]
    later += [("sent_again", letter) for letter in sent_again_as(session, letter_id)]
    for kind, letter in later:
        registered = session.scalars(
            select(Event).where(Event.letter_id == letter.id, Event.type == EventType.LETTER_REGISTERED)
        ).first()
        when = datetime.fromisoformat(registered.hlc[:23]) if registered is not None else letter.registered_at
        details: dict[str, object] = {"letter_id": letter.id, "number": letter.registry_number}
        details["to"] = letter.recipients_text
        who = users.get(letter.registered_by, letter.registered_by)
        found.append(TimelineEntry(when, who, kind, [], letter.registry_number, details))
    return found


def _returned_earlier(session: Session, letter_id: str) -> list[TimelineEntry]:
    """An incoming letter registered from another office's letter that this office had first returned to it (and
    registered after all): who returned it, when, and why."""
    link = session.get(JourneyLink, letter_id)
    letter = session.get(Letter, letter_id)
    if link is None or not link.arrived_from or letter is None:
        return []
    found = returns_by(session, letter.office_id, [link.arrived_from]).get(link.arrived_from)
    if found is None:
        return []
    return [TimelineEntry(found.at, found.by, "returned_earlier", [], found.reason, {"letter_id": link.arrived_from})]
