"""Reading a sent letter's journey in the offices it went to (the sender's timeline), the letters that look lost, and
the letter a typed or scanned tracking code stands for. Everything is read from this PC's database (offline first).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import delivered_by_sync, events_office_id
from eoffice_desktop.core.journey.paper_records import PaperDelivery, paper_deliveries
from eoffice_desktop.core.journey.policy import sharing_policy
from eoffice_desktop.core.journey.reports import TRACKING_TYPES
from eoffice_desktop.core.journey.sender_names import report_names
from eoffice_desktop.core.routing.workdays import add_working_days, holidays
from eoffice_desktop.core.storage.models import Event, Letter, LetterRecipient, Organisation
from sync.protocol.events import EventType
from sync.protocol.tracking import paper_ends

STEPS = (
    "sent",
    "on_server",
    "paper",
    "paper_delivered",
    "delivered",
    "was_returned",
    "registered",
    "returned",
    "with",
    "forwarded",
    "forwarded_paper",
    "completed",
    "answered",
)
OFFICE_STEPS = STEPS[4:]  # what an office itself reports
PROGRESS = ("registered", "in_progress", "completed")


@dataclass
class Step:
    kind: str  # one of STEPS
    done: bool
    when: datetime | None = None
    number: str = ""  # registry number, the answering letter's or the forwarding letter's number
    department: str = ""
    holder: str = ""
    outcome: str = ""
    to: str = ""  # forwarded to whom (forwarded_paper: the office without eOffice, `when` the day it got it)
    reason: str = ""  # why the office returned it
    note: str = ""  # paper_delivered: the clerk's note (`holder`: who signed for it, `number`: their registry number)


@dataclass
class OfficeJourney:
    """The letter's way through one office: a recipient, or an office further down the chain (`via` reported it)."""

    office_id: str
    office_name: str
    via: str = ""
    steps: list[Step] = field(default_factory=list)
    lost: bool = False  # not registered there within the working days the sending office allows
    paper: bool = False  # the office has no eOffice: the letter went printed, on paper (its clerk records delivery)
    org_id: str = ""  # the address-book entry the letter was addressed to (a recipient's own row)

    def step(self, kind: str) -> Step | None:
        return next((step for step in self.steps if step.kind == kind), None)


def _when(row: Event) -> datetime:
    return datetime.fromisoformat(row.hlc[:23])


def _recipient_offices(session: Session, letter_id: str, own_office: str) -> list[tuple[str, str, str]]:
    """(office id its reports carry, name, address-book entry) of every recipient in the letter's order; "" for one
    reached on paper (not linked to an office that uses eOffice)."""
    rows = session.execute(
        select(Organisation.office_id, Organisation.name_lo, Organisation.id)
        .join(LetterRecipient, LetterRecipient.org_id == Organisation.id)
        .where(LetterRecipient.letter_id == letter_id)
        .order_by(LetterRecipient.position)
    )
    # Linked by directory id or by the id the office's events carry: its reports come under the latter.
    found = [
        (events_office_id(session, str(office)) if delivered_by_sync(session, office) else "", name, org_id)
        for office, name, org_id in rows
    ]
    return [(office, name, org_id) for office, name, org_id in found if not office or office != own_office]


def _on_paper(sent: Step, letter: Letter, name: str, org_id: str, delivery: PaperDelivery | None) -> OfficeJourney:
    """An office without eOffice: printed and carried there, then delivered as its delivery book says (recorded by
    this office's clerk), or still waiting for that record."""
    steps = [sent, Step("paper", True, letter.registered_at)]
    if delivery is None:
        steps.append(Step("paper_delivered", False))
    else:
        on = datetime.combine(delivery.delivered_on, datetime.min.time())
        steps.append(Step("paper_delivered", True, on, delivery.their_number, holder=delivery.received_by))
        steps[-1].note = delivery.note
    return OfficeJourney("", name, "", steps, paper=True, org_id=org_id)


def _late(sent_on: date, today: date, days: int, off: set[date]) -> bool:
    return add_working_days(sent_on, days, off) < today


def _office_steps(reports: list[tuple[Event, dict[str, str]]]) -> list[Step]:
    """delivered, registered or returned, with, forwarded, completed, answered from one office's reports, oldest
    first; was_returned before registered when the office returned it first and registered it after all."""
    steps: dict[str, Step] = {}
    latest: dict[str, str] = {}
    on_paper: list[Step] = []  # sent on on paper, from the latest report: one step per office without eOffice
    for row, state in reports:
        status = state.get("status", "")
        if status == "delivered":
            steps.setdefault("delivered", Step("delivered", True, _when(row)))
            continue
        if status == "returned":
            steps.setdefault("delivered", Step("delivered", True, _when(row)))
            steps["returned"] = Step("returned", True, _when(row), reason=state.get("reason", ""))
            continue
        if status not in PROGRESS:
            continue
        if "returned" in steps:  # registered after all: the return stays in the journey, before it
            was = steps.pop("returned")
            steps["was_returned"] = Step("was_returned", True, was.when, reason=was.reason)
        steps.setdefault("delivered", Step("delivered", True, _when(row)))
        steps.setdefault("registered", Step("registered", True, _when(row), number=state.get("registry_number", "")))
        if state.get("registry_number"):
            steps["registered"].number = state["registry_number"]
        latest = state
        if status == "in_progress":
            steps["with"] = Step("with", True, _when(row), department=state.get("department", ""))
            steps["with"].holder = state.get("holder", "")
        if status == "completed" and "completed" not in steps:
            steps["completed"] = Step("completed", True, _when(row), outcome=state.get("outcome", ""))
        if state.get("forward_number"):  # (sent on again later: every office it went on to, since the first time)
            steps.setdefault("forwarded", Step("forwarded", True, _when(row)))
            steps["forwarded"].number, steps["forwarded"].to = state["forward_number"], state.get("forwarded_to", "")
        on_paper = [_sent_on_paper(name, day) for name, day in paper_ends(state).items()]
        if state.get("answer_number") and "answered" not in steps:
            steps["answered"] = Step("answered", True, _when(row), number=state["answer_number"])
    if latest.get("status") != "in_progress":
        steps.pop("with", None)  # nobody holds it any more
    if latest.get("status") != "completed":
        steps.pop("completed", None)  # reopened
    # shown waiting until they happen; the others only once they did (a returned letter waits for nothing more)
    always = ("delivered",) if "returned" in steps else ("delivered", "registered")
    found = [steps.get(kind) or Step(kind, False) for kind in OFFICE_STEPS if kind in steps or kind in always]
    after = next((i + 1 for i, step in enumerate(found) if step.kind == "forwarded"), len(found))
    return found[:after] + on_paper + found[after:]  # (right after the letter that took it there)


def _sent_on_paper(name: str, day: str) -> Step:
    """An office without eOffice the office sent the letter on to on paper, with the day it got it (`when`) once that
    office's clerk recorded it (the day only: who signed stays with that office)."""
    on = datetime.combine(date.fromisoformat(day), datetime.min.time()) if day else None
    return Step("forwarded_paper", True, on, to=name)


def journey(session: Session, letter_id: str, today: date | None = None) -> list[OfficeJourney]:
    """The sender's view of one of its outgoing letters: per office it went to, what that office shared."""
    letter = session.get(Letter, letter_id)
    if letter is None or letter.direction != "out":
        return []
    today = today or date.today()
    sent = Step("sent", True, letter.registered_at)
    registration = session.scalars(
        select(Event).where(Event.letter_id == letter_id, Event.type == EventType.LETTER_REGISTERED)
    ).first()
    rows = session.scalars(
        select(Event).where(Event.letter_id == letter_id, Event.type.in_(TRACKING_TYPES)).order_by(Event.hlc)
    ).all()
    by_office: dict[tuple[str, str], list[tuple[Event, dict[str, str]]]] = {}
    said: list[tuple[str, dict[str, str]]] = []
    for row in rows:
        state = {key: str(value) for key, value in json.loads(row.payload).items() if isinstance(value, str)}
        about = state.get("about_office_id", "")
        key = (about or row.office_id, row.office_id if about else "")
        by_office.setdefault(key, []).append((row, state))
        said.append((row.office_id, state))
    names = report_names(session, letter_id, said)  # (the server's names too; else as the reports said)
    on_server = Step("on_server", bool(registration is not None and registration.acked) or bool(rows))
    policy = sharing_policy(session)
    off = holidays(session)
    found: list[OfficeJourney] = []
    on_paper = paper_deliveries(session, [letter_id])
    for office_id, name, org_id in _recipient_offices(session, letter_id, letter.office_id):
        if not office_id:
            found.append(_on_paper(sent, letter, name, org_id, on_paper.get((letter_id, org_id))))
            continue
        steps = _office_steps(by_office.pop((office_id, ""), []))
        settled = any(step.kind in ("registered", "returned") and step.done for step in steps)  # (returned: not lost)
        lost = not settled and letter.status != "void"
        lost = lost and _late(letter.register_date, today, policy.lost_after_days, off)
        found.append(OfficeJourney(office_id, name, "", [sent, on_server, *steps], lost, org_id=org_id))
        found += _relayed(by_office, office_id, names)
    for (office_id, via), reports in sorted(by_office.items()):
        if not via:  # reports from an office the letter is not addressed to here (an older address book entry)
            found.append(
                OfficeJourney(office_id, names.get(office_id, ""), "", [sent, on_server, *_office_steps(reports)])
            )
            found += _relayed(by_office, office_id, names)
    return found


def _relayed(
    by_office: dict[tuple[str, str], list[tuple[Event, dict[str, str]]]], via: str, names: dict[str, str]
) -> list[OfficeJourney]:
    found = []
    for key in sorted(k for k in by_office if k[1] == via):
        reports = by_office.pop(key)
        found.append(OfficeJourney(key[0], names.get(key[0], ""), names.get(via, ""), _office_steps(reports)))
    return found


@dataclass(frozen=True)
class LostLetter:
    letter_id: str
    registry_number: str
    subject: str
    office_name: str
    sent_on: date


def lost_letters(
    session: Session, office_id: str, today: date | None = None, window_days: int = 365
) -> list[LostLetter]:
    """Letters this office sent to enrolled offices that have not registered them within the working days the office
    allows (3 by default), oldest first. Letters older than `window_days` are no longer watched."""
    today = today or date.today()
    policy = sharing_policy(session)
    off = holidays(session)
    rows = session.execute(
        select(
            Letter.id,
            Letter.registry_number,
            Letter.subject,
            Letter.register_date,
            Organisation.office_id,
            Organisation.name_lo,
        )
        .join(LetterRecipient, LetterRecipient.letter_id == Letter.id)
        .join(Organisation, Organisation.id == LetterRecipient.org_id)
        .where(Letter.direction == "out", Letter.office_id == office_id, Letter.status != "void")
        .where(Letter.register_date >= today - timedelta(days=window_days))
        .where(Letter.register_date <= today - timedelta(days=policy.lost_after_days))
        .where(Organisation.office_id.is_not(None), Organisation.office_id != office_id)
        .order_by(Letter.register_date, Letter.registry_number)
    ).all()
    # Only letters that went through the server can be watched: one sent on paper sends no report back.
    candidates = [
        row
        for row in rows
        if _late(row.register_date, today, policy.lost_after_days, off) and delivered_by_sync(session, row.office_id)
    ]
    if not candidates:
        return []
    reporting = {str(row.office_id): events_office_id(session, str(row.office_id)) for row in candidates}
    heard = _registered_by(session, [(row.id, reporting[str(row.office_id)]) for row in candidates])
    return [  # (each office named as the letter's "To" names it)
        LostLetter(row.id, row.registry_number, row.subject, row.name_lo, row.register_date)
        for row in candidates
        if (row.id, reporting[str(row.office_id)]) not in heard
    ]


def _registered_by(session: Session, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which (letter, office) pairs have a report from that office that it registered the letter, or returned it (a
    returned letter is not lost: the sender knows where it is)."""
    done: set[tuple[str, str]] = set()
    ids = sorted({letter_id for letter_id, _ in pairs})
    for start in range(0, len(ids), 500):
        query = select(Event.letter_id, Event.office_id, Event.payload).where(
            Event.letter_id.in_(ids[start : start + 500]), Event.type.in_(TRACKING_TYPES)
        )
        for letter_id, office, payload in session.execute(query):
            state = json.loads(payload)
            if state.get("status") in (*PROGRESS, "returned") and not state.get("about_office_id"):
                done.add((str(letter_id), str(office)))
    return done


def letter_for_code(session: Session, code: str, office_id: str) -> Letter | None:
    """The letter a tracking code stands for here: this office's own copy first (incoming, then outgoing), else
    another office's letter that reached this PC. Every copy along a journey carries the first letter's code."""
    found = list(session.scalars(select(Letter).where(Letter.tracking_code == code)))
    own = [letter for letter in found if letter.office_id == office_id]
    own.sort(key=lambda letter: (letter.direction != "in", letter.registered_at))
    others = [letter for letter in found if letter.office_id != office_id]
    chosen = own or others
    return chosen[0] if chosen else None


def count_lost(session: Session, office_id: str, today: date | None = None) -> int:
    return len(lost_letters(session, office_id, today))
