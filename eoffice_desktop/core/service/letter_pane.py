"""What the letter pane shows of one letter, read in one read session on the reader pool: its record with sender,
recipients, attachments and answers, its movements, the steps this person may take now, whether a signed copy can be
printed, for a sent letter which offices received it, and for another office's letter that reached this one whom
it was addressed to and whether this office has answered it (registered or returned it); a letter an office returned,
or one that sends such a letter again, the letters on either side."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.core.people.viewer import NotAllowed, Viewer
from eoffice_desktop.core.registry.register_query import LetterDetail, letter_detail
from eoffice_desktop.core.routing.timeline import TimelineEntry, timeline

if TYPE_CHECKING:
    from eoffice_desktop.core.journey.arrivals import Receipt
    from eoffice_desktop.core.journey.resending import Returned
    from eoffice_desktop.core.journey.timeline import OfficeJourney
    from eoffice_desktop.core.storage.models import Letter


@dataclass(frozen=True)
class LetterPane:
    detail: LetterDetail
    entries: list[TimelineEntry]
    available: frozenset[str]  # the steps this person may take (route, acknowledge, complete ...)
    signed_copy: bool  # a signature whose code can be printed on a copy
    recallable: tuple[str, ...] = ()  # the steps this person sent that may still be pulled back
    journey: list[OfficeJourney] = field(default_factory=list)  # a sent letter's way through the offices
    lost_after_days: int = 3  # working days after which a letter not registered there counts as lost
    receipts: list[Receipt] = field(default_factory=list)  # a sent letter: delivered to and registered by
    arrived: bool = False  # another office's letter as it reached this one: only registered or returned here
    settled: str = ""  # an arrived letter this office answered: "registered" or "returned" ("" while it waits)
    addressed_to: tuple[str, ...] = ()  # an arrived letter: all the offices its sender addressed it to
    sent_by: str = ""  # an arrived letter: the name of the office that sent it
    returned: list[Returned] = field(default_factory=list)  # a sent letter: the offices that returned it, and why
    sent_again_as: list[Letter] = field(default_factory=list)  # a returned letter: the letters that sent it again
    sends_again: Letter | None = None  # a letter that sends a returned one again: that letter
    sends_again_returned: tuple[str, ...] = ()  # ... and the offices that had returned it


def letter_pane(store: OfficeStore, letter_id: str, viewer: Viewer | None) -> LetterPane | None:
    """None for a letter not here, or one this person may not see."""
    from eoffice_desktop.core.journey.arrivals import receipts, settled_here
    from eoffice_desktop.core.journey.links import sends_again, sent_again_as
    from eoffice_desktop.core.journey.ownership import is_arrived
    from eoffice_desktop.core.journey.resending import returned_by
    from eoffice_desktop.core.routing.actions import available_actions, recallable_steps
    from eoffice_desktop.core.signing.printed_codes import printed_signers  # (signing loads with a letter)

    with store.db.session() as s:
        try:
            detail = letter_detail(s, letter_id, viewer=viewer)
        except NotAllowed:
            return None
        if detail is None:
            return None
        arrived = is_arrived(detail.letter, store.office_id)
        available: frozenset[str] = frozenset()  # (another office's letter: no step; it is registered or returned)
        if viewer is not None and not arrived:
            available = frozenset(available_actions(s, viewer, letter_id))
        recallable = (
            tuple(step.id for step in recallable_steps(s, viewer, letter_id))
            if viewer is not None and "recall" in available
            else ()
        )
        sent = detail.letter.direction == "out" and not arrived  # (this office's own outgoing letter)
        offices, days = _journey(s, letter_id) if sent else ([], 3)
        again = sends_again(s, letter_id) if sent else None
        before = returned_by(s, [again.id], ever=True).get(again.id, []) if again is not None else []
        return LetterPane(
            detail=detail,
            entries=timeline(s, letter_id),
            available=available,
            signed_copy=bool(printed_signers(s, letter_id)),
            recallable=recallable,
            receipts=receipts(s, letter_id) if sent else [],
            journey=offices,
            lost_after_days=days,
            arrived=arrived,
            settled=settled_here(s, store.office_id, [letter_id]).get(letter_id, "") if arrived else "",
            addressed_to=addressed_to(detail) if arrived else (),
            sent_by=_sent_by(s, detail.letter) if arrived else "",
            returned=returned_by(s, [letter_id]).get(letter_id, []) if sent else [],
            sent_again_as=sent_again_as(s, letter_id) if sent else [],
            sends_again=again,
            sends_again_returned=tuple(returned.office_name for returned in before),
        )


def addressed_to(detail: LetterDetail) -> tuple[str, ...]:
    """Every office the letter was addressed to, as its sender wrote them (`recipients_text`): the address-book
    entries behind them are the sender's, and this PC knows at most its own among them."""
    written = tuple(name.strip() for name in detail.letter.recipients_text.split(";") if name.strip())
    return written or tuple(org.name_lo for org in detail.recipients)


def _journey(s: Session, letter_id: str) -> tuple[list[OfficeJourney], int]:
    """As far as the last sync or USB stick brought it: this PC's database only."""
    from eoffice_desktop.core.journey.policy import sharing_policy
    from eoffice_desktop.core.journey.timeline import journey

    return journey(s, letter_id), sharing_policy(s).lost_after_days


def _sent_by(s: Session, letter: Letter) -> str:
    """The office another office's letter came from: as this PC knows it, else as the letter names its sender."""
    from eoffice_desktop.core.journey.sender_names import office_names, stated_senders

    return office_names(s, {letter.office_id}).get(letter.office_id) or stated_senders(s, [letter])[letter.id]
