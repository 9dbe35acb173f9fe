"""Where each outgoing letter of a register page (or a page of search results) is, in one short state for its row
("Registered 1/3", "Returned by X", "Late at Y", "Completed at Z" when the office it went to sent it on and the office
at the end of that chain completed it, "Delivered on paper at V" when that office sent it on on paper): read for the
page's letters only, from the receipts and tracking reports already on this PC, those the offices it went to relayed
about the offices further on included."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.core.addresses.directory import reporting_offices
from eoffice_desktop.core.journey.paper_records import paper_deliveries
from eoffice_desktop.core.journey.policy import sharing_policy
from eoffice_desktop.core.journey.reports import TRACKING_TYPES
from eoffice_desktop.core.journey.sender_names import relayed_names
from eoffice_desktop.core.registry.register_rows import RegisterRow, Whereabouts
from eoffice_desktop.core.routing.workdays import add_working_days, holidays
from eoffice_desktop.core.storage.models import Event, Letter, LetterRecipient, Organisation
from sync.protocol.tracking import paper_ends

# An office's stage from its latest report; "delivered" never undoes a later one (reports may cross on the way).
STAGE = {
    "delivered": "delivered",
    "registered": "registered",
    "in_progress": "registered",
    "completed": "completed",
    "returned": "returned",
}
REGISTERED = ("registered", "completed")
FURTHER = ("", "delivered", "registered", "completed")  # how far a letter got, least first
# A chain's end reached on paper: sent there (as far as an office not yet delivered), delivered (nothing more comes)
PAPER_STAGES = {"paper": "", "paper_delivered": "delivered"}
PROGRESS = ("registered", "in_progress", "completed")
Row = TypeVar("Row", bound=RegisterRow)  # a register row, or a search result's


def with_whereabouts(
    session: Session, rows: list[Row], today: date | None = None, office_id: str | None = None
) -> list[Row]:
    """The rows of a page of the outgoing register (or of search results: `office_id`, only this office's own
    outgoing letters), each with where its letter is."""
    found = whereabouts(session, [row.id for row in rows], today, office_id)
    return [replace(row, where=found.get(row.id)) for row in rows]


def whereabouts(
    session: Session, letter_ids: list[str], today: date | None = None, office_id: str | None = None
) -> dict[str, Whereabouts]:
    """Letter id -> where it is, for the outgoing letters among `letter_ids` that went to other offices (a page's
    worth: a few reads by letter id, whatever the register's size); with `office_id`, only those that office sent
    (not another office's letter that arrived here). Void letters have none."""
    if not letter_ids:
        return {}
    sent = select(Letter.id, Letter.register_date, Letter.office_id).where(
        Letter.id.in_(letter_ids), Letter.direction == "out", Letter.status != "void"
    )
    if office_id is not None:
        sent = sent.where(Letter.office_id == office_id)
    letters = {row.id: row for row in session.execute(sent)}
    if not letters:
        return {}
    # letter -> (reporting office id or "" on paper, name, address-book entry)
    recipients: dict[str, list[tuple[str, str, str]]] = {}
    query = (
        select(LetterRecipient.letter_id, Organisation.office_id, Organisation.name_lo, Organisation.id)
        .join(Organisation, Organisation.id == LetterRecipient.org_id)
        .where(LetterRecipient.letter_id.in_(list(letters)))
        .order_by(LetterRecipient.letter_id, LetterRecipient.position)
    )
    sent_to = session.execute(query).all()
    # an address book link -> the id its office's reports carry ("" on paper)
    reached = reporting_offices(session, {str(link) for _, link, _, _ in sent_to if link})
    for letter_id, link, name, org_id in sent_to:
        office = reached.get(link, "") if link else ""
        if office != letters[letter_id].office_id:
            recipients.setdefault(letter_id, []).append((office, name, org_id))
    reports = _reports(session, list(recipients))
    reports.on_paper = set(paper_deliveries(session, list(recipients)))
    today = today or date.today()
    days, off = sharing_policy(session).lost_after_days, holidays(session)
    found: dict[str, Whereabouts] = {}
    for letter_id, offices in recipients.items():
        late = add_working_days(letters[letter_id].register_date, days, off) < today
        found[letter_id] = _summary(offices, reports, letter_id, late)
    return _named(session, found, reports)


@dataclass
class _Reports:
    """What the receipts and tracking reports on a page's letters say."""

    stages: dict[tuple[str, str], str] = field(default_factory=dict)  # (letter, office) -> its own reports' stage
    sent_on: set[tuple[str, str]] = field(default_factory=set)  # (letter, office) that said it sent the letter on
    # (letter, office it went to) -> office further down the chain -> the stage that office's relayed reports tell
    further: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    said: dict[str, list[tuple[str, dict[str, object]]]] = field(default_factory=dict)  # letter -> relayed reports
    on_paper: set[tuple[str, str]] = field(default_factory=set)  # (letter, address-book entry) delivered on paper
    # (letter, office) -> the offices without eOffice it sent the letter on to -> "paper" or "paper_delivered"
    paper: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def ends(self, letter_id: str, office: str) -> dict[str, str]:
        """The offices at the ends of the chain an office sent the letter on along (those that did not send it on
        again), with their stage; empty when it did not send it on or nothing came back from further on yet."""
        further = self.further.get((letter_id, office), {})
        return {about: stage for about, stage in further.items() if (letter_id, about) not in self.sent_on}

    def paper_ends(self, letter_id: str, office: str) -> dict[str, str]:
        """The offices without eOffice at the ends of that chain (by name), sent on to on paper by the office or by
        one further down, each "paper" or "paper_delivered"."""
        found = dict(self.paper.get((letter_id, office), {}))
        for about in self.further.get((letter_id, office), {}):
            found.update(self.paper.get((letter_id, about), {}))
        return found


def _reports(session: Session, letter_ids: list[str]) -> _Reports:
    found = _Reports()
    query = (
        select(Event.letter_id, Event.office_id, Event.payload)
        .where(Event.letter_id.in_(letter_ids), Event.type.in_(TRACKING_TYPES))
        .order_by(Event.hlc)
    )
    for letter_id, office, payload in session.execute(query):
        state = json.loads(payload)
        stage = STAGE.get(str(state.get("status", "")))
        letter, about = str(letter_id), str(state.get("about_office_id") or "")
        if about:  # a report relayed by the office it went to about an office further on
            found.said.setdefault(letter, []).append((str(office), state))
        if state.get("forwarded_to") or state.get("forward_number"):
            found.sent_on.add((letter, about or str(office)))
        if state.get("status") in PROGRESS:  # (the office's latest word: it shares no more of it when told not to)
            ends = {name: "paper_delivered" if day else "paper" for name, day in paper_ends(state).items()}
            found.paper[(letter, about or str(office))] = ends
        if stage is None:
            continue
        if about:
            _advance(found.further.setdefault((letter, str(office)), {}), about, stage)
        else:
            _advance(found.stages, (letter, str(office)), stage)
    return found


def _advance(stages: dict[Any, str], key: object, stage: str) -> None:
    """An office's stage from its latest report; "delivered" never undoes a later one (reports may cross)."""
    if stage != "delivered" or key not in stages:
        stages[key] = stage


def _summary(offices: list[tuple[str, str, str]], reports: _Reports, letter_id: str, late: bool) -> Whereabouts:
    """The one thing the sender most needs to know: returned, late somewhere, where it is now when the one office
    it went to sent it on, else how far it got everywhere (an office that sent it on counts as completed when every
    office at the end of its chain completed it). Offices reached on paper count only as delivered, once the clerk
    recorded it: only when nothing went through the server, or as long as no office registered it."""
    by_server = [(office, name, reports.stages.get((letter_id, office), "")) for office, name, _ in offices if office]
    on_paper = [org_id for office, _, org_id in offices if not office]
    paper_delivered = sum(1 for org_id in on_paper if (letter_id, org_id) in reports.on_paper)
    if not by_server:
        return Whereabouts("paper", paper_delivered, len(on_paper))
    total = len(by_server)
    returned = [name for _, name, stage in by_server if stage == "returned"]
    if returned:
        return Whereabouts("returned", len(returned), total, returned[0])
    waiting = [name for _, name, stage in by_server if stage not in REGISTERED]
    if waiting and late:
        return Whereabouts("late", total - len(waiting), total, waiting[0])
    if total == 1 and _sent_on(reports, letter_id, by_server[0][0]):
        return _now_at(reports, letter_id, by_server[0][0])
    stages = [_with_chain(reports, letter_id, office, stage) for office, _, stage in by_server]
    if all(stage == "completed" for stage in stages):
        return Whereabouts("completed", total, total)
    registered = total - len(waiting)
    if registered:
        return Whereabouts("registered", registered, total)
    delivered = sum(1 for _, _, stage in by_server if stage == "delivered") + paper_delivered
    everyone = total + len(on_paper)
    return Whereabouts("delivered", delivered, everyone) if delivered else Whereabouts("on_way", 0, total)


def _sent_on(reports: _Reports, letter_id: str, office: str) -> bool:
    return (letter_id, office) in reports.sent_on or bool(reports.further.get((letter_id, office)))


def _with_chain(reports: _Reports, letter_id: str, office: str, stage: str) -> str:
    """An office's stage, "completed" when it sent the letter on and every office at the end of that completed it,
    or got it on paper (delivery is all an office without eOffice ever tells)."""
    ends = list(reports.ends(letter_id, office).values()) + list(reports.paper_ends(letter_id, office).values())
    return "completed" if ends and all(end in ("completed", "paper_delivered") for end in ends) else stage


def _now_at(reports: _Reports, letter_id: str, office: str) -> Whereabouts:
    """Where a letter the one office it went to sent on is now: the office at the end of the chain it got least far
    at (one that returned it only when every one did; its id, named later by `_named`), an office without eOffice
    sent it on paper counting as an office not yet delivered, or delivered once that is recorded (on a tie, the
    office that uses eOffice); no office when none has reported yet and none got it on paper."""
    ends = reports.ends(letter_id, office)
    paper = reports.paper_ends(letter_id, office)
    if not ends and not paper:
        return Whereabouts("sent_on", 0, 1)
    going = [(FURTHER.index(stage), about, stage) for about, stage in ends.items() if stage != "returned"]
    going += [(FURTHER.index(PAPER_STAGES[stage]), name, stage) for name, stage in paper.items()]
    if not going:  # (every one returned it; it may have gone on again since)
        about = next(iter(ends))
        return Whereabouts("sent_on", 0, 1, about, ends[about])
    _, about, stage = min(going, key=lambda end: end[0])  # (the first of the least far)
    return Whereabouts("sent_on", 0, 1, about, stage)


def _named(session: Session, found: dict[str, Whereabouts], reports: _Reports) -> dict[str, Whereabouts]:
    """The offices further down a chain named as the PC names offices, the page's all at once (`relayed_names`)."""
    ends = {
        letter_id: where.office
        for letter_id, where in found.items()
        if where.kind == "sent_on" and where.office and where.stage not in PAPER_STAGES  # (those: named as reported)
    }
    if not ends:
        return found
    names = relayed_names(session, [report for letter_id in ends for report in reports.said.get(letter_id, [])])
    named = {letter_id: replace(found[letter_id], office=names.get(about, "")) for letter_id, about in ends.items()}
    return found | named
