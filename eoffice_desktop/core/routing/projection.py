"""Folding routing events into routing steps and each letter's holders, status and due date.

Concurrent actions merge deterministically (SYNC-DESIGN section 7): all routing applies, acknowledgement beats recall.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.storage.models import Delegation, Department, Event, Letter, RoutingStep, User
from sync.protocol.events import EventType

OPEN = ("sent", "acknowledged")
INFO = "for_information"


def _when(row: Event) -> datetime:
    return datetime.fromisoformat(row.hlc[:23])


def _flag(step: RoutingStep, flag: str) -> None:
    flags = set(filter(None, step.flags.split(",")))
    flags.add(flag)
    step.flags = ",".join(sorted(flags))


def _close(step: RoutingStep, status: str, row: Event) -> bool:
    if step.status not in OPEN:
        return False
    step.status = status
    step.closed_at = _when(row)
    step.acted_by = row.author_id
    return True


def refresh(session: Session, letter: Letter) -> None:
    """Recompute who holds the letter, its routing due date and status from its steps."""
    steps = list(session.scalars(select(RoutingStep).where(RoutingStep.letter_id == letter.id)))
    holding = [s for s in steps if s.status in OPEN and s.action != INFO]
    names = []
    for step in sorted(holding, key=lambda s: s.sent_hlc):
        if step.to_user_id:
            user = session.get(User, step.to_user_id)
            names.append(user.display_name if user else step.to_user_id)
        elif step.to_department_id:
            dept = session.get(Department, step.to_department_id)
            names.append(dept.name_lo if dept else step.to_department_id)
    letter.holders_text = "; ".join(dict.fromkeys(names))
    dues = [s.due_date for s in holding if s.due_date is not None]
    letter.routing_due = min(dues) if dues else None
    if letter.status in ("void", "completed"):
        return
    letter.status = "in_progress" if holding else "registered"


def _add_step(
    session: Session, letter: Letter, row: Event, spec: dict[str, Any], flags: str = "", **fields: Any
) -> RoutingStep:
    """A step an event opens, sent by the event's author: `spec` names it, who it goes to, the action and the due
    date (ISO), as routing events carry them."""
    step = RoutingStep(
        id=spec["step_id"],
        letter_id=letter.id,
        from_user_id=row.author_id,
        to_user_id=spec.get("to_user_id"),
        to_department_id=spec.get("to_department_id"),
        action=spec["action"],
        due_date=date.fromisoformat(spec["due"]) if spec.get("due") else None,
        status="sent",
        sent_at=_when(row),
        sent_hlc=row.hlc,
        flags=flags,
        **fields,
    )
    session.add(step)
    return step


def _send_steps(
    session: Session, letter: Letter, row: Event, p: dict[str, Any], parent_step_id: str | None, parallel: bool
) -> None:
    """Open the event's new steps (those a second delivery or a rebuild finds folded already are left), flagged
    when they run beside an action taken meanwhile on another PC; the letter has moved."""
    for spec in p["steps"]:
        if session.get(RoutingStep, spec["step_id"]) is None:
            step = _add_step(session, letter, row, spec, parent_step_id=parent_step_id, minute=p.get("minute", ""))
            if parallel:
                _flag(step, "parallel_routing")
    session.flush()
    letter.moved = True
    refresh(session, letter)


def _routed(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    parallel = False
    from_step_id = p.get("from_step_id")
    if from_step_id:
        parent = session.get(RoutingStep, from_step_id)
        if parent is not None and not _close(parent, "forwarded", row):
            parallel = parent.status != "forwarded" or parent.acted_by != row.author_id
    _send_steps(session, letter, row, p, from_step_id, parallel)


def _redirected(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    """The old holders' steps close as "redirected" and each gets an information copy; the new steps open.
    If a holder acted on the letter meanwhile (on another PC), their action stands and the new steps run beside it."""
    parallel = False
    for moved in p["from_steps"]:
        old = session.get(RoutingStep, moved["step_id"])
        if old is None:
            continue
        if not _close(old, "redirected", row):
            parallel = True
            continue
        if session.get(RoutingStep, moved["copy_step_id"]) is None:
            spec = {
                "step_id": moved["copy_step_id"],
                "to_user_id": old.to_user_id,
                "to_department_id": old.to_department_id,
                "action": INFO,
            }
            copy = _add_step(session, letter, row, spec, parent_step_id=old.parent_step_id, minute=p.get("minute", ""))
            _flag(copy, "copy")
    _send_steps(session, letter, row, p, None, parallel)


def _acknowledged(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    step = session.get(RoutingStep, p["step_id"])
    if step is None:
        return
    if step.status == "recalled":
        # The receiver had already opened it: acknowledgement wins over a concurrent recall.
        step.status = "acknowledged"
        step.closed_at = None
        _flag(step, "recall_overridden")
        parent = session.get(RoutingStep, step.parent_step_id) if step.parent_step_id else None
        if parent is not None and parent.status == "acknowledged":
            parent.status = "forwarded"
    elif step.status == "sent":
        step.status = "acknowledged"
    step.acknowledged_at = step.acknowledged_at or _when(row)
    refresh(session, letter)


def _recalled(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    step = session.get(RoutingStep, p["step_id"])
    if step is None:
        return
    if step.status != "sent":
        _flag(step, "recall_refused")
        return
    _close(step, "recalled", row)
    parent = session.get(RoutingStep, step.parent_step_id) if step.parent_step_id else None
    if parent is not None and parent.status == "forwarded":
        siblings_open = session.scalars(
            select(RoutingStep).where(
                RoutingStep.parent_step_id == parent.id, RoutingStep.status.in_(OPEN), RoutingStep.action != INFO
            )
        ).first()
        if siblings_open is None:
            parent.status, parent.closed_at = "acknowledged", None
    refresh(session, letter)


def _returned(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    step = session.get(RoutingStep, p["step_id"])
    if step is None:
        return
    _close(step, "returned", row)
    if session.get(RoutingStep, p["back_step_id"]) is None:  # back to the sender, due when the step was
        due = step.due_date.isoformat() if step.due_date else None
        back = {"step_id": p["back_step_id"], "to_user_id": step.from_user_id, "action": "for_action", "due": due}
        _add_step(session, letter, row, back, "returned", parent_step_id=step.id, minute=p.get("minute", ""))
        session.flush()
    refresh(session, letter)


def _completed(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    for step in session.scalars(select(RoutingStep).where(RoutingStep.letter_id == letter.id)):
        if step.action != INFO:
            _close(step, "completed", row)
    if letter.status != "void":
        letter.status = "completed"
    letter.completed_at = _when(row)
    letter.outcome = p["outcome"]
    reply_id = p.get("reply_letter_id")
    if reply_id:
        reply = session.get(Letter, reply_id)
        if reply is not None and reply.in_reply_to is None:
            reply.in_reply_to = letter.id
    refresh(session, letter)


def _reopened(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    if letter.status == "completed":
        letter.status = "in_progress"
        letter.completed_at = None
        letter.outcome = ""
    if session.get(RoutingStep, p["step_id"]) is None:  # the one who reopened it holds it
        again = {"step_id": p["step_id"], "to_user_id": row.author_id, "action": "for_action"}
        _add_step(session, letter, row, again, "reopened", minute=p.get("reason", ""))
        session.flush()
    refresh(session, letter)


def _commented(session: Session, letter: Letter, row: Event, p: dict[str, Any]) -> None:
    """Comments live in the log and the timeline; nothing to fold."""


ROUTING_HANDLERS: dict[str, Callable[[Session, Letter, Event, dict[str, Any]], None]] = {
    EventType.LETTER_ROUTED: _routed,
    EventType.LETTER_REDIRECTED: _redirected,
    EventType.LETTER_ACKNOWLEDGED: _acknowledged,
    EventType.LETTER_RECALLED: _recalled,
    EventType.LETTER_RETURNED: _returned,
    EventType.LETTER_COMPLETED: _completed,
    EventType.LETTER_REOPENED: _reopened,
    EventType.LETTER_COMMENTED: _commented,
}


def _delegation_set(session: Session, row: Event, p: dict[str, Any]) -> None:
    session.merge(
        Delegation(
            id=p["delegation_id"],
            from_user_id=p["from_user_id"],
            to_user_id=p["to_user_id"],
            start=date.fromisoformat(p["start"]),
            end=date.fromisoformat(p["end"]),
            cancelled=False,
        )
    )


def _delegation_cancelled(session: Session, row: Event, p: dict[str, Any]) -> None:
    delegation = session.get(Delegation, p["delegation_id"])
    if delegation is not None:
        delegation.cancelled = True


DELEGATION_HANDLERS: dict[str, Callable[[Session, Event, dict[str, Any]], None]] = {
    EventType.DELEGATION_SET: _delegation_set,
    EventType.DELEGATION_CANCELLED: _delegation_cancelled,
}
