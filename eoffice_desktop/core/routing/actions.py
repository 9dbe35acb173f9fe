"""Routing services: send a letter to people or departments, and everything they do with it afterwards.

Every action is one event; rules are checked here with the acting user's `Viewer`, whatever screen called.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.changes import Changes
from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.ownership import refuse_arrived
from eoffice_desktop.core.journey.reports import share_progress
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.accounts import NotAllowed, Viewer, viewer_of
from eoffice_desktop.core.people.permissions import acting_for, open_steps_held, require_view
from eoffice_desktop.core.people.rights import ANY, allowed, scope, writing_as
from eoffice_desktop.core.registry.letterform import FieldError, FormInvalid
from eoffice_desktop.core.routing.workdays import default_due_date
from eoffice_desktop.core.storage.ids import uuid7
from eoffice_desktop.core.storage.models import Department, Letter, RoutingStep, User
from eoffice_shared.refusals import Refusal
from sync.protocol.events import EventType

ACTIONS = ("for_action", "for_information", "for_comment", "for_approval", "for_signature")
OUTCOMES = ("answered", "filed", "no_action")
MAX_MINUTE = 4000


class RoutingRefused(Refusal, ValueError):
    """The routing action cannot be done; the message says why in words the user understands."""


@dataclass(frozen=True)
class Recipient:
    user_id: str | None = None
    department_id: str | None = None
    action: str = "for_action"
    due: date | None = None


def _changed(letter_id: str) -> Changes:
    return Changes(letters=frozenset({letter_id}), registers=True, inbox=True)


def _open_letter(s: Session, viewer: Viewer, letter_id: str, office_id: str) -> Letter:
    """The letter `viewer` of office `office_id` acts on: one they may see, of this office, not void."""
    letter = require_view(s, viewer, letter_id)
    refuse_arrived(letter, office_id)  # (another office's letter: register it here first)
    if letter.status == "void":
        raise RoutingRefused("This letter is void.", code="letter_void")
    return letter


def _check_recipients(s: Session, recipients: list[Recipient], today: date) -> None:
    if not recipients:
        raise FormInvalid([FieldError("recipients", "required", "Choose at least one person or department.")])
    for r in recipients:
        if r.action not in ACTIONS:
            raise FormInvalid([FieldError("action", "choice", f"Choose one of: {', '.join(ACTIONS)}.")])
        if bool(r.user_id) == bool(r.department_id):
            raise FormInvalid([FieldError("recipients", "invalid", "Each recipient is one person or one department.")])
        if r.user_id:
            user = s.get(User, r.user_id)
            if user is None or not user.active:
                raise FormInvalid([FieldError("recipients", "not_a_user", "This person is not a user of the office.")])
        if r.department_id and s.get(Department, r.department_id) is None:
            raise FormInvalid([FieldError("recipients", "unknown_department", "This department does not exist.")])
        if r.due is not None and r.due < today:
            raise FormInvalid([FieldError("due", "past", "The due date is in the past.")])


def _step_specs(s: Session, letter: Letter, recipients: list[Recipient], today: date) -> list[dict[str, Any]]:
    default_due = default_due_date(s, letter.urgency, today)
    return [
        {
            "step_id": uuid7(),
            "to_user_id": r.user_id,
            "to_department_id": r.department_id,
            "action": r.action,
            "due": (r.due or default_due).isoformat() if r.action != "for_information" else None,
        }
        for r in recipients
    ]


def _check_minute(minute: str) -> None:
    if len(minute) > MAX_MINUTE:
        raise FormInvalid([FieldError("minute", "too_long", f"The minute is longer than {MAX_MINUTE} characters.")])


def _letter_to_send(
    s: Session, actor: Actor, viewer: Viewer, letter_id: str, recipients: list[Recipient], today: date
) -> Letter:
    """The letter routed or redirected to `recipients`: open, not completed, and the recipients checked."""
    letter = _open_letter(s, viewer, letter_id, actor.office_id)
    if letter.status == "completed":
        raise RoutingRefused("This letter is completed. Reopen it first.", code="letter_completed_reopen_first")
    _check_recipients(s, recipients, today)
    return letter


def _may_start_routing(s: Session, viewer: Viewer, letter: Letter) -> bool:
    return scope(viewer.roles, "route") == ANY or letter.registered_by == viewer.user_id


def route(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    recipients: list[Recipient],
    minute: str = "",
    today: date | None = None,
) -> Changes:
    """Send a letter on. A holder forwards their own step; a clerk or head may route from the register."""
    today = today or date.today()
    _check_minute(minute)
    with writing_as(store.db, actor.user_id, "route") as (s, viewer):
        letter = _letter_to_send(s, actor, viewer, letter_id, recipients, today)
        held = [step for step in open_steps_held(s, viewer, letter_id) if step.action != "for_information"]
        if not held and not _may_start_routing(s, viewer, letter):
            raise NotAllowed("You do not hold this letter, so you cannot send it on.", code="not_holder_send_on")
        payload = {
            "steps": _step_specs(s, letter, recipients, today),
            "minute": minute.strip(),
            "from_step_id": held[0].id if held else None,
        }
        store.log.append(s, actor, EventType.LETTER_ROUTED, payload, letter_id=letter_id)
        share_progress(s, store.log, actor, letter_id)  # the sending office hears of it
    return _changed(letter_id)


def redirectable_steps(session: Session, viewer: Viewer, letter_id: str) -> list[RoutingStep]:
    """Open steps held by someone else that this person may move to other people: any for a clerk or the head of
    office, otherwise the ones they sent themselves."""
    mine = acting_for(session, viewer)
    steps = session.scalars(
        select(RoutingStep)
        .where(RoutingStep.letter_id == letter_id, RoutingStep.status.in_(("sent", "acknowledged")))
        .where(RoutingStep.action != "for_information")
        .order_by(RoutingStep.sent_hlc)
    )
    held = {step.id for step in open_steps_held(session, viewer, letter_id)}
    boss = scope(viewer.roles, "redirect") == ANY
    return [step for step in steps if step.id not in held and (boss or step.from_user_id in mine)]


def redirect(
    store: OfficeStore,
    actor: Actor,
    letter_id: str,
    recipients: list[Recipient],
    minute: str = "",
    today: date | None = None,
) -> Changes:
    """Take the letter from its current holder(s) and send it to others; each previous holder keeps a copy for
    information, so they still see where it went."""
    today = today or date.today()
    _check_minute(minute)
    with writing_as(store.db, actor.user_id, "redirect") as (s, viewer):
        letter = _letter_to_send(s, actor, viewer, letter_id, recipients, today)
        moved = redirectable_steps(s, viewer, letter_id)
        if not moved:
            raise NotAllowed(
                "Nobody else holds this letter, or you may not take it from them.", code="nobody_to_take_from"
            )
        payload = {
            "from_steps": [{"step_id": step.id, "copy_step_id": uuid7()} for step in moved],
            "steps": _step_specs(s, letter, recipients, today),
            "minute": minute.strip(),
        }
        store.log.append(s, actor, EventType.LETTER_REDIRECTED, payload, letter_id=letter_id)
        share_progress(s, store.log, actor, letter_id)  # the sending office hears of it
    return _changed(letter_id)


def _held_step(s: Session, viewer: Viewer, letter_id: str, step_id: str | None) -> RoutingStep:
    held = open_steps_held(s, viewer, letter_id)
    if step_id is not None:
        held = [step for step in held if step.id == step_id]
    if not held:
        raise NotAllowed("You do not hold this letter.", code="not_holder")
    return held[0]


def acknowledge(store: OfficeStore, actor: Actor, letter_id: str, step_id: str | None = None) -> Changes:
    """The receiver confirms they have the letter (after this the sender can no longer pull it back)."""
    with store.db.write() as s:
        viewer = viewer_of(s, actor.user_id)
        _open_letter(s, viewer, letter_id, actor.office_id)
        step = _held_step(s, viewer, letter_id, step_id)
        if step.status != "sent":
            raise RoutingRefused("You have already acknowledged this letter.", code="already_acknowledged")
        store.log.append(s, actor, EventType.LETTER_ACKNOWLEDGED, {"step_id": step.id}, letter_id=letter_id)
        share_progress(s, store.log, actor, letter_id)  # the sending office hears of it
    return _changed(letter_id)


def return_letter(store: OfficeStore, actor: Actor, letter_id: str, minute: str) -> Changes:
    """Give the letter back to whoever sent it, with a reason."""
    if not minute.strip():
        raise FormInvalid([FieldError("minute", "required", "Say why you return the letter.")])
    with store.db.write() as s:
        viewer = viewer_of(s, actor.user_id)
        _open_letter(s, viewer, letter_id, actor.office_id)
        step = _held_step(s, viewer, letter_id, None)
        payload = {"step_id": step.id, "back_step_id": uuid7(), "minute": minute.strip()}
        store.log.append(s, actor, EventType.LETTER_RETURNED, payload, letter_id=letter_id)
        share_progress(s, store.log, actor, letter_id)  # the sending office hears of it
    return _changed(letter_id)


def comment(store: OfficeStore, actor: Actor, letter_id: str, text: str) -> Changes:
    if not text.strip():
        raise FormInvalid([FieldError("comment", "required", "Write the comment.")])
    if len(text) > MAX_MINUTE:
        raise FormInvalid([FieldError("comment", "too_long", f"The comment is longer than {MAX_MINUTE} characters.")])
    with store.db.write() as s:
        viewer = viewer_of(s, actor.user_id)
        _open_letter(s, viewer, letter_id, actor.office_id)
        store.log.append(s, actor, EventType.LETTER_COMMENTED, {"text": text.strip()}, letter_id=letter_id)
    return _changed(letter_id)


def complete(
    store: OfficeStore, actor: Actor, letter_id: str, outcome: str, reply_letter_id: str | None = None, note: str = ""
) -> Changes:
    """Close the letter: answered by an outgoing letter (linked), filed, or no action needed."""
    if outcome not in OUTCOMES:
        raise FormInvalid([FieldError("outcome", "choice", f"Choose one of: {', '.join(OUTCOMES)}.")])
    if outcome == "answered" and not reply_letter_id:
        raise FormInvalid([FieldError("reply", "required", "Choose the outgoing letter that answers it.")])
    with writing_as(store.db, actor.user_id, "complete") as (s, viewer):
        letter = _open_letter(s, viewer, letter_id, actor.office_id)
        if letter.status == "completed":
            raise RoutingRefused("This letter is already completed.", code="already_completed")
        holds = [st for st in open_steps_held(s, viewer, letter_id) if st.action != "for_information"]
        if not holds and scope(viewer.roles, "complete") != ANY:
            raise NotAllowed("You do not hold this letter, so you cannot complete it.", code="not_holder_complete")
        if reply_letter_id:
            reply = require_view(s, viewer, reply_letter_id)
            if reply.direction != "out":
                raise FormInvalid([FieldError("reply", "invalid", "The answer must be an outgoing letter.")])
        payload = {"outcome": outcome, "reply_letter_id": reply_letter_id, "note": note.strip()}
        store.log.append(s, actor, EventType.LETTER_COMPLETED, payload, letter_id=letter_id)
        share_progress(s, store.log, actor, letter_id)  # the sending office hears of it
    changed = {letter_id} | ({reply_letter_id} if reply_letter_id else set())
    return Changes(letters=frozenset(changed), registers=True, inbox=True)


def reopen(store: OfficeStore, actor: Actor, letter_id: str, reason: str) -> Changes:
    if not reason.strip():
        raise FormInvalid([FieldError("reason", "required", "Say why the letter is reopened.")])
    with writing_as(store.db, actor.user_id, "reopen") as (s, viewer):
        letter = _open_letter(s, viewer, letter_id, actor.office_id)
        if letter.status != "completed":
            raise RoutingRefused("This letter is not completed.", code="not_completed")
        store.log.append(
            s, actor, EventType.LETTER_REOPENED, {"reason": reason.strip(), "step_id": uuid7()}, letter_id=letter_id
        )
        share_progress(s, store.log, actor, letter_id)  # the sending office hears of it
    return _changed(letter_id)


def recall(store: OfficeStore, actor: Actor, letter_id: str, step_id: str) -> Changes:
    """Pull back a letter the receiver has not opened yet."""
    with writing_as(store.db, actor.user_id, "recall") as (s, viewer):
        _open_letter(s, viewer, letter_id, actor.office_id)
        step = s.get(RoutingStep, step_id)
        if step is None or step.letter_id != letter_id or step.from_user_id not in acting_for(s, viewer):
            raise NotAllowed("You can only pull back a letter you sent.", code="recall_not_sender")
        if step.status != "sent":
            raise RoutingRefused(
                "The receiver has already opened this letter; it can no longer be pulled back.", code="recall_too_late"
            )
        store.log.append(s, actor, EventType.LETTER_RECALLED, {"step_id": step_id}, letter_id=letter_id)
        share_progress(s, store.log, actor, letter_id)  # the sending office hears of it
    return _changed(letter_id)


def delegate(store: OfficeStore, actor: Actor, to_user_id: str, start: date, end: date) -> str:
    """Hand my inbox to a colleague from `start` to `end` (inclusive), e.g. while on leave."""
    if end < start:
        raise FormInvalid([FieldError("end", "before_start", "The end date is before the start date.")])
    if to_user_id == actor.user_id:
        raise FormInvalid([FieldError("to_user", "self", "Choose a colleague, not yourself.")])
    delegation_id = uuid7()
    with store.db.write() as s:
        viewer_of(s, actor.user_id)
        target = s.get(User, to_user_id)
        if target is None or not target.active:
            raise FormInvalid([FieldError("to_user", "not_a_user", "This person is not a user of the office.")])
        store.log.append(
            s,
            actor,
            EventType.DELEGATION_SET,
            {
                "delegation_id": delegation_id,
                "from_user_id": actor.user_id,
                "to_user_id": to_user_id,
                "start": start.isoformat(),
                "end": end.isoformat(),
            },
        )
    return delegation_id


def cancel_delegation(store: OfficeStore, actor: Actor, delegation_id: str) -> None:
    with store.db.write() as s:
        store.log.append(s, actor, EventType.DELEGATION_CANCELLED, {"delegation_id": delegation_id})


def available_actions(session: Session, viewer: Viewer, letter_id: str) -> set[str]:
    """What this person may do with the letter now (the GUI shows these buttons; the services check again)."""
    letter = require_view(session, viewer, letter_id)
    if letter.status == "void":
        return set()
    actions = {"comment"}
    held = open_steps_held(session, viewer, letter_id)
    holding = [step for step in held if step.action != "for_information"]
    if letter.status == "completed":
        if allowed(viewer, "reopen"):
            actions.add("reopen")
        return actions
    if allowed(viewer, "route") and (holding or _may_start_routing(session, viewer, letter)):
        actions.add("route")
    if any(step.status == "sent" for step in held):
        actions.add("acknowledge")
    if holding:
        actions.add("return")
    if allowed(viewer, "complete") and (holding or scope(viewer.roles, "complete") == ANY):
        actions.add("complete")
    mine = acting_for(session, viewer)
    sent = session.scalars(
        select(RoutingStep.id).where(
            RoutingStep.letter_id == letter_id, RoutingStep.status == "sent", RoutingStep.from_user_id.in_(mine)
        )
    ).first()
    if sent is not None and allowed(viewer, "recall"):
        actions.add("recall")
    if allowed(viewer, "redirect") and redirectable_steps(session, viewer, letter_id):
        actions.add("redirect")
    return actions


def recallable_steps(session: Session, viewer: Viewer, letter_id: str) -> list[RoutingStep]:
    mine = acting_for(session, viewer)
    return list(
        session.scalars(
            select(RoutingStep).where(
                RoutingStep.letter_id == letter_id, RoutingStep.status == "sent", RoutingStep.from_user_id.in_(mine)
            )
        )
    )
